"""``paperkg_roles``: a discovered name named as a part with an article before it ("a X module",
"an X mechanism") is the paper's own part (real corpus sentences)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # arXiv 2605.10130: after a use word, still the paper's own head
    ("Thermal-Det: Language-Guided Cross-Modal Distillation for Open-Vocabulary Thermal Object Detection",
     "The model further employs a Thermal-Text Alignment Head for text calibration and a Modality-Fused "
     "Cross-Attention module for dual-modality reasoning.", "Thermal-Text Alignment Head"),
    # arXiv 2605.09417: a part with its short form between name and part noun
    ("SAMOFT: Robust Multi-Object Tracking via Region and Flow",
     "Moreover, a Distribution-Based Correction (DBC) module models long-tailed motion patterns in a "
     "training-free manner using historical optical flow statistics and dynamically corrects trajectory "
     "states online.", "Distribution-Based Correction"),
    # arXiv 2605.17577: a lower-case mechanism the method employs
    ("TAME: Test-Time Adversarial Prompt Tuning via Mixture-of-Experts for Vision-Language Models",
     "Specifically, TAME maintains a bank of learnable expert prompts and employs an input-dependent routing "
     "mechanism to aggregate a customized prompt mixture for each unlabeled test sample at inference time.",
     "input-dependent routing mechanism"),
])
def test_a_named_part_with_an_article_is_introduced(title, abstract, name):
    roles = surface_roles(abstract, title)
    assert "introduces" in roles[name], roles
