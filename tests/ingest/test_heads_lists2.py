"""Technique heads that type only the name right before them (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds


@pytest.mark.parametrize("abstract, expected", [
    ("We replace conventional noise prediction with a more stable data prediction model, along with an "
     "SDE-Corrector mechanism that maintains perceptual quality for low step counts.",
     {"SDE-Corrector": Kind.TECHNIQUE}),
    ("In addition, a Med-TextGrad module using multi-agent textual gradients is integrated.",
     {"Med-TextGrad": Kind.TECHNIQUE}),
    ("Moreover, the effectiveness of the EII mechanism in reducing exploration time is verified.",
     {"EII": Kind.TECHNIQUE}),
    ("To enhance spatial sensitivity, long-range dependencies across image patches are captured under the "
     "MIL paradigm.", {"MIL": Kind.TECHNIQUE}),
])
def test_heads_technique_part_heads_type_the_name_before(abstract, expected):
    found = kinds(abstract, by="paperkg_heads")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, name", [
    # a describing phrase, not a name, goes before the head
    ("Besides, we design a 2D-to-3D projection training scheme that leverages the relighting results.",
     "2D-to-3D"),
    # a bracket after the head abbreviates the phrase before it
    ("In addition, we design a multi-scale gate module (MSGate) to enhance the denoiser.", "MSGate"),
    # "Within X, a ... strategy": X is where the strategy works, not its name
    ("Within CIR, a saliency-aware masking strategy guides the prompted encoder.", "CIR"),
])
def test_heads_no_technique_part_head_name_there(abstract, name):
    assert name not in kinds(abstract, by="paperkg_heads")


def test_heads_no_part_head_in_title_case():
    """"An Efficient Plug-and-Play Strategy": a capitalised part head names nothing before it."""
    title = "Diffusion Sampling Path Tells More: An Efficient Plug-and-Play Strategy for Sample Filtering"
    assert "Plug-and-Play" not in kinds("We study sampling.", title, by="paperkg_heads")
