"""``paperkg_shapes``: a Title-Case phrase inside an abstract's sentence, ending in a method head, is a
named method (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities_and_roles


def _surfaces(abstract: str) -> dict[str, Kind]:
    return {surface: kind for kind, surfaces, _ in entities_and_roles(abstract).values()
            for surface in surfaces}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "names"), [
    # arXiv 2508.01653
    ("Additionally, a Global-Local Logit Fusion mechanism combines logits obtained before and after.",
     ["Global-Local Logit Fusion mechanism"]),
    # arXiv 2508.03935
    ("CAP-LLM features a User Preference Encoder to capture long-term user interests, a Context Injection "
     "Adapter to seamlessly integrate these preferences.", ["User Preference Encoder", "Context Injection "
                                                                                       "Adapter"]),
    # arXiv 2507.11994
    ("The Pseudo-label Refiner comprises three modules: a Threshold Filter Module for preprocessing, a "
     "Prompt Generation Module for extracting connected regions and generating prompts for SAM, and a Label "
     "Refinement Module for final label stitching.", ["Threshold Filter Module", "Prompt Generation Module",
                                          "Label Refinement Module"]),
])
def test_a_title_case_method_phrase_inside_a_sentence_is_a_technique(abstract, names):
    found = _surfaces(abstract)
    for name in names:
        assert found.get(name) is Kind.TECHNIQUE, (name, found)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "not_a_name"), [
    # the short form's expansion in a bracket belongs to the short form (arXiv 2508.05618)
    ("We propose GRPO-ATS (Group Relative Policy Optimization with Adaptive Temperature Sampling), an "
     "algorithm that applies dynamic temperature.", "Adaptive Temperature Sampling"),
    # an apposition restating a name the paper gives (arXiv 2508.07140)
    ("We propose CMAMRNet, a Contextual Mask-Aware Mural Restoration Network that addresses these "
     "limitations.",
     "Contextual Mask-Aware Mural Restoration Network"),
])
def test_title_case_words_that_are_no_name_of_their_own(abstract, not_a_name):
    assert not_a_name not in _surfaces(abstract)


@pytest.mark.issue(12)
def test_a_long_form_with_its_short_form_stays_one_entity():
    # arXiv 2507.15773: "Rotary Positional Embeddings (RoPE)" is the vocabulary's RoPE, not a second name
    found = entities_and_roles("Our architecture combines Rotary Positional Embeddings (RoPE), "
                               "Grouped Query Attention (GQA) with a 3:1 compression ratio, "
                               "RMSNorm for computational efficiency, and SwiGLU activation "
                               "functions.")
    assert [surfaces for _, surfaces, _ in found.values() if "RoPE" in surfaces] != []
    assert all("RoPE" in surfaces for _, surfaces, _ in found.values()
               if "Rotary Positional Embeddings" in surfaces)


@pytest.mark.issue(12)
def test_a_title_case_network_is_a_model():
    # arXiv 2601.15859: a trained network the paper names is a model (ANNOTATION.md)
    found = _surfaces("In this work, we present the first framework for generating dark-field "
                               "images directly from standard attenuation chest X-rays using an "
                               "Uncertainty-Guided Progressive Generative Adversarial Network.")
    assert found["Uncertainty-Guided Progressive Generative Adversarial Network"] is Kind.MODEL
