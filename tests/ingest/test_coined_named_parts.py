"""A method's parts the paper names itself: Title-Case parts with their initials, parts a sentence opens on,
and plain-word parts whose head noun modifies a later one (sentences from corpus abstracts)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entities, kinds


@pytest.mark.parametrize(("abstract", "long_form", "short_form"), [
    ("Specifically, OCNet is mainly composed of the General Object Mining Module (GOMM) and Correlation "
     "Construction Module (CCM). Specifically, GOMM constructs the query general object feature.",
     "Correlation Construction Module", "CCM"),
    ("In addition, a pretrained Patch Classifier (PC) and a pretrained Structure-Aware Encoder (SAE) are "
     "employed to derive the generated image.", "Structure-Aware Encoder", "SAE"),
    ("Second, we build on the recent SAM 3D approach for single-object reconstruction and extend it with "
     "Multi-Object Decoder (MOD) for joint object-level scene reconstruction.",
     "Multi-Object Decoder", "MOD"),
])
def test_coined_named_parts_short_formed(abstract: str, long_form: str, short_form: str) -> None:
    by_surfaces = {frozenset(surfaces): kind for kind, surfaces in entities(abstract).values()}
    assert by_surfaces.get(frozenset({long_form, short_form})) == "technique"


@pytest.mark.parametrize(("abstract", "name"), [
    ("The framework is composed of three synergistic modules. The Graph-guided Adaptive Refinement Module "
     "explicitly models semantic associations between generalizable and modality-specific features.",
     "Graph-guided Adaptive Refinement Module"),
    ("To strengthen the model's ability, we introduce three uncertainty-driven loss functions. Adaptive "
     "Uncertainty Separation Loss ensures a consistent difference in uncertainty estimates between known and "
     "unknown objects at a global scale.", "Adaptive Uncertainty Separation Loss"),
])
def test_coined_named_parts_sentence_first(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"


@pytest.mark.parametrize(("abstract", "name"), [
    ("LMAC-Net introduces a multimodal attention consistency mechanism to explicitly align multimodal "
     "features, enabling stable integration of visual and audio information.",
     "multimodal attention consistency mechanism"),
    ("We then develop a residual attention fusion block to integrate the most informative geometric-spectral "
     "features from the two parallel streams.", "residual attention fusion block"),
])
def test_coined_named_parts_head_as_modifier(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"

