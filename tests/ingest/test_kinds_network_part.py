"""A name whose long form heads it as a network, but which the text calls a part of one right after it ("a
Dual-Branch Feed-Forward Network (DBFFN) module", "Feature Interaction NEtwork (FINE), a lightweight semantic
alignment module") is a technique (``paperkg_kinds``,
:meth:`~paperkg.ingest.extract.kind_evidence._Evidence.called_part`), on real sentences from arXiv cs.AI
abstracts (``../shared/corpora/``), cut to the sentences that decide. A part noun in capitals belongs to a
name of its own, and the paper's main name is the network it builds: both stay models.

ANNOTATION.md: a technique is "a named method, algorithm, ... architecture component".
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids

CASES = [
    # 2508.04058
    ("Second, it introduces a Dual-Branch Feed-Forward Network (DBFFN) module as a replacement for the "
     "standard FFN to capture local contextual features and multiscale information.",
     "DBFFN", "technique/dbffn"),
    # 2510.16730
    ("Built upon the UKAN architecture, UKANFormer incorporates a Global-Local Transformer (GL-Trans) block "
     "in the decoder, enabling the extraction of both global and local features.",
     "GL-Trans", "technique/gl-trans"),
    # 2606.14005
    ("In this paper, we propose Feature Interaction NEtwork (FINE), a lightweight semantic alignment module "
     "that refines low-level features. FINE is generally applicable to various detectors.",
     "FINE", "technique/fine"),
    # 2504.02416: "Block" in capitals names the block; DSSN is the baseline model
    ("We propose an effective and efficient baseline model for HRSI-SOD, termed the Deep Spectral Saliency "
     "Network (DSSN). The core of DSSN is the Cross-level Saliency Assessment Block, which performs "
     "pixel-wise attention.",
     "DSSN", "model/dssn"),
]


@pytest.mark.parametrize(("abstract", "surface", "expected"), CASES)
def test_kinds_network_part_is_a_technique(abstract: str, surface: str, expected: str) -> None:
    assert expected in entity_ids(abstract).get(surface, set())


def test_kinds_network_part_leaves_the_papers_own_network() -> None:
    # 2510.00634: the paper's main name, a network in its title, stays a model though the text calls it a
    # module
    ids = entity_ids(
        "To direct attention towards critical facial areas, we introduce a Landmark-assisted Adaptive "
        "Kolmogorov-Arnold Network (LAKAN) module. This module uses facial landmarks as a structural prior. "
        "LAKAN improves the detection of forged faces.",
        "LAKAN: Landmark-assisted Adaptive Kolmogorov-Arnold Network for Face Forgery Detection")
    assert ids["LAKAN"] == {"model/lakan"}


def test_kinds_network_part_yields_to_the_names_own_introduction() -> None:
    # 2603.02907: introduced as "a novel deep learning architecture"; a later "HBSN as a general-purpose
    # module" (how it is used) does not make it a technique
    ids = entity_ids(
        "This paper presents the Harmonic Beltrami Signature Network (HBSN), a novel deep learning "
        "architecture for computing the Harmonic Beltrami Signature (HBS) from binary-like images. By "
        "exploiting the function approximation capacity of neural networks, HBSN enables efficient "
        "extraction and utilization of shape prior information. The results confirm the utility of HBSN as "
        "a general-purpose module for embedding geometric shape information into computer vision pipelines.",
        "Harmonic Beltrami Signature Network: a Shape Prior Module in Deep Learning Framework")
    assert ids["HBSN"] == {"model/hbsn"}
