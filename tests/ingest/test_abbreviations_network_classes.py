"""A long form and short form pair that names a class of networks or a level, not one model: "the
Complex-Valued Neural Network (CVNN) handles ...", "Register Transfer Level (RTL) workflows" make no model (a
network the paper makes its own or calls a model or framework stays one: the doctests of ``names_concept``).
Real corpus sentences."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds

CLASSES = [
    # arXiv 2606.04710: a branch named by the class of network it is
    ("The proposed model, termed DE-CFFN, retains the original two-stream structure: the Real-Valued "
     "Neural Network (RVNN) processes standard hyperspectral patches, while the Complex-Valued Neural "
     "Network (CVNN) handles their Fourier-transformed counterparts.", "CVNN"),
    # arXiv 2606.12983: a level of hardware design
    ("Automated testbench generation has become a critical bottleneck in large language model (LLM)-driven "
     "Register Transfer Level (RTL) workflows, where large numbers of candidate designs must be verified "
     "rapidly and reliably.", "RTL"),
]


@pytest.mark.parametrize(("abstract", "short"), CLASSES)
def test_a_class_of_networks_or_a_level_is_no_model(abstract: str, short: str) -> None:
    assert kinds(abstract).get(short) != "model"

