"""Fewer wrong technique links: "distill" in its plain-English sense links no knowledge distillation
(``paperkg_kinds``), and a title's acronym and the phrase that spells it out are one entity
(``paperkg_title`` and ``paperkg_kinds``); a title phrase ending in "Information" is no method
(``paperkg_title``). Real titles and sentences from arXiv cs.AI abstracts
(``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "One entity per concept per paper: all its surface forms (full name, abbreviation,
spelling variants) are one entity."
"""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Extraction
from tests.ingest._helpers import extract

KD = "technique/knowledge-distillation"


def _surfaces(extraction: Extraction, entity_id: str) -> set[str]:
    return {m.surface for m in extraction.mentions if m.entity_id == entity_id}


@pytest.mark.parametrize("abstract", [
    # 2510.06189
    "We distill best practices for guiding algorithm evolution, from prompt design to evaluator choice.",
    # 2509.26302
    "Dialogue summarization aims to distill the core meaning of a conversation into a concise text.",
    # 2510.23856
    "Our contributions are twofold: presenting early evidence of generalist agents operating at enterprise "
    "scale, and distilling technical and organizational lessons from this initial pilot.",
])
def test_distilling_insights_is_no_knowledge_distillation(abstract: str) -> None:
    assert KD not in {m.entity_id for m in extract(abstract).mentions}


@pytest.mark.parametrize(("abstract", "surface"), [
    # 2510.02617
    ("In this work, we distill a many-step diffusion video model into a few-step student model.", "distill"),
    # heldout gold: a sentence with no model word, but it names the models distilled from and into
    ("We show that such abilities can, in fact, be distilled down from GPT-3.5 (ge 175B) to T5 variants "
     "(le 11B).", "distilled"),
])
def test_distilling_a_model_is_knowledge_distillation(abstract: str, surface: str) -> None:
    assert surface in _surfaces(extract(abstract), KD)


def test_a_title_acronym_spelled_out_after_via_is_one_entity() -> None:
    # 2510.21473
    extraction = extract(
        "To this end, we propose a Multi-Reward Optimization (MRO) approach, which encourages DLMs to consider "
        "the token correlation during the denoising process. More specifically, our MRO approach leverages "
        "test-time scaling, reject sampling, and reinforcement learning to directly optimize the token "
        "correlation with multiple elaborate rewards.",
        "MRO: Enhancing Reasoning in Diffusion Language Models via Multi-Reward Optimization")
    ids = {m.entity_id for m in extraction.mentions if m.surface in {"MRO", "Multi-Reward Optimization"}}
    assert len(ids) == 1


def test_a_title_phrase_and_its_abbreviation_are_one_entity() -> None:
    # 2510.25077: the title's method phrase and "neighborhood feature pooling (NFP)" in the abstract
    extraction = extract(
        "In this work, we propose neighborhood feature pooling (NFP) as a novel texture feature extraction "
        "method for remote sensing image classification.",
        "Neighborhood Feature Pooling for Remote Sensing Image Classification")
    ids = {m.entity_id for m in extraction.mentions
           if m.surface.lower() in {"neighborhood feature pooling", "nfp"}}
    assert len(ids) == 1


def test_a_title_phrase_naming_information_is_no_technique() -> None:
    # 2510.03352: "Side Information" is what the method uses, not a method
    extraction = extract(
        "However, existing approaches typically overlook side information that could significantly improve "
        "reconstruction quality, especially in severely ill-posed settings.",
        "Inference-Time Search using Side Information for Diffusion-based Image Reconstruction")
    assert not any(m.surface.lower() == "side information" for m in extraction.mentions)
