"""Model and technique precision (``paperkg_kinds``, ``paperkg_title``): names that are no model, "distill" in
its plain sense, a title's acronym and its long form as one entity (real arXiv titles and sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Extraction
from tests.ingest._helpers import entity_ids, extract

# Model precision (``paperkg_kinds``): names that are no model's -- descriptions in lower-case words,
# short forms of tasks and of classes of models, pairs of modalities -- on real titles and sentences
# from arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences that decide.
#
# ANNOTATION.md: "Generic phrases ... are never models"; research tasks are neither rewarded nor
# penalised; "a procedure or framework -> technique".


@pytest.mark.parametrize(("title", "abstract", "surface", "entity_id"), [
    # 2506.05419: a part of the method described in plain words
    ("Dream to Generalize: Zero-Shot Model-Based Reinforcement Learning for Unseen Visual Distractions",
     "Dr. G trains its encoder and world model with dual contrastive learning which efficiently captures "
     "task-relevant features among multi-view data augmentations. We also "
     "introduce a recurrent state inverse "
     "dynamics model that helps the world model to better understand the temporal structure.",
     "recurrent state inverse dynamics model", "technique/recurrent-state-inverse-dynamics"),
    # 2509.06862: the title writes the words with capitals, the abstract in lower case (gold: a technique)
    ("Matching Shapes Under Different Topologies: A Topology-Adaptive Deformation Guided Approach",
     "To this end, we propose a topology-adaptive deformation model "
     "allowing changes in shape topology to align "
     "shape pairs under ARAP and bijective association constraints.",
     "topology-adaptive deformation model", "technique/topology-adaptive-deformation"),
])
def test_a_name_in_lower_case_words_is_no_model(title, abstract, surface, entity_id):
    linked = entity_ids(abstract, title)
    assert linked[surface] == {entity_id}


def test_a_described_surrogate_is_no_model():
    # 2505.18097: "a unique surrogate model" describes; praise before a bare head is no name (coined), and
    # no model in any case
    linked = entity_ids(
        "In this paper, we propose a novel loss function coupled with a unique surrogate model "
        "to validate our hypothesis.",
        "Towards more transferable adversarial attack in black-box manner")
    assert linked["adversarial attack"] == {"technique/adversarial-attack"}
    assert not any(i.startswith("model/") for ids in linked.values() for i in ids)


@pytest.mark.parametrize(("title", "abstract", "surface", "entity_id"), [
    # 2506.04054: a lower-case long form with a short form of its own names the paper's network
    ("Video Deblurring with Deconvolution and Aggregation Networks",
     "In this paper, we propose a deconvolution and aggregation network (DAN) for video deblurring that "
     "utilizes the information of neighbor frames well.", "DAN", "model/dan"),
    # 2506.06987: the short form of a task's words that the text calls a model
    ("Cultural Bias Matters: A Cross-Cultural Benchmark Dataset and "
     "Sentiment-Enriched Model for Understanding "
     "Multimodal Metaphors",
     "Additionally, we propose Sentiment-Enriched Metaphor Detection "
     "(SEMD), a baseline model that integrates "
     "sentiment embeddings to enhance metaphor comprehension across "
     "cultural backgrounds.", "SEMD", "model/semd"),
    # 2608.07651: a task and, in brackets, the model that does it (no short form)
    ("Agentic AI for glaucoma detection",
     "The workflow had three steps: (1) LLM initial assessment; (2) function calling to invoke specialized "
     "tools for image quality (QAModel, FundaQ-8), glaucoma classification (SwinV2-Tiny), and optic disc/cup "
     "segmentation (SegFormer-B0).", "SwinV2-Tiny", "model/swinv2-tiny"),
])
def test_named_models_stay(title, abstract, surface, entity_id):
    assert entity_id in entity_ids(abstract, title).get(surface, set())


@pytest.mark.parametrize(("title", "abstract", "surface"), [
    # 2505.24713: the short form of a task
    ("Voice Conversion Improves Cross-Domain Robustness for Spoken Arabic Dialect Identification",
     "Arabic dialect identification (ADI) systems are essential for "
     "large-scale data collection pipelines that "
     "enable the development of inclusive speech technologies for Arabic language varieties. However, the "
     "reliability of current ADI systems is limited by poor generalization to out-of-domain speech. In this "
     "paper, we present an effective approach based on voice conversion for "
     "training ADI models that achieves "
     "state-of-the-art performance and significantly improves robustness in "
     "cross-domain scenarios. Evaluated "
     "on a newly collected real-world test set spanning four different "
     "domains, our approach yields consistent "
     "improvements of up to +34.1% in accuracy across domains. Furthermore, we present an analysis of our "
     "approach and demonstrate that voice conversion helps mitigate the speaker bias in the ADI dataset.",
     "ADI"),
    # 2506.03956: the short form of a class of models written in lower-case words
    ("Adapt before Continual Learning",
     "While pre-trained models (PTMs) have become pivotal in CL, prevailing "
     "approaches freeze the PTM backbone "
     "to preserve stability, limiting their plasticity, particularly when "
     "encountering significant domain gaps "
     "in incremental tasks.", "PTM"),
    # 2505.17280: a pair of modalities names a task
    ("Mitigate One, Skew Another? Tackling Intersectional Biases in Text-to-Image Models",
     "The biases exhibited by text-to-image (TTI) models are often treated "
     "as independent, though in reality, "
     "they may be deeply interrelated.", "Text-to-Image"),
])
def test_tasks_and_classes_of_models_are_no_models(title, abstract, surface):
    assert not {eid for eid in entity_ids(abstract, title).get(surface, set()) if eid.startswith("model/")}


def test_a_coined_pair_name_stays():
    # 2505.18596: "Debate-to-Detect" pairs no modalities: the paper's own name
    linked = entity_ids(
        "We propose Debate-to-Detect (D2D), a novel multi-agent debate "
        "framework that reformulates misinformation detection as a structured "
        "adversarial debate.",
        "Debate-to-Detect: Reformulating Misinformation Detection as a Real-World Debate with "
        "Large Language Models")
    assert linked.get("Debate-to-Detect")


@pytest.mark.parametrize(("title", "abstract", "surface", "entity_id"), [
    # 2505.20789: one of "two novel methods"
    ("Integrating Intermediate Layer Optimization and Projected Gradient "
     "Descent for Solving Inverse Problems "
     "with Diffusion Models",
     "In this work, building upon the idea of the recent work DMPlug, we "
     "propose two novel methods, DMILO and "
     "DMILO-PGD, to address these challenges.", "DMILO", "technique/dmilo"),
    # 2505.24535: one of "two new benchmarks"
    ("A title",
     "To evaluate our method, we propose two new benchmarks, ToneBank and DebateMix, targeting compositional "
     "behavioral control.", "ToneBank", "dataset/tonebank"),
])
def test_one_of_a_counted_set_takes_its_noun(title, abstract, surface, entity_id):
    assert entity_ids(abstract, title)[surface] == {entity_id}


def test_a_counted_set_past_a_preposition_says_nothing():
    # 2506.00232: "on four ... benchmarks," ends a phrase; ComposeRAG is not one of the benchmarks
    linked = entity_ids("We introduce ComposeRAG, a novel modular abstraction. Evaluated on "
                        "four challenging multi-hop "
                        "QA benchmarks, ComposeRAG consistently outperforms strong baselines.",
                        "ComposeRAG: A Modular and Composable RAG for Corpus-Grounded "
                        "Multi-Hop Question Answering")
    assert not {eid for eid in linked.get("ComposeRAG", set()) if eid.startswith("dataset/")}



# Fewer wrong technique links: "distill" in its plain-English sense links no knowledge distillation
# (``paperkg_kinds``), and a title's acronym and the phrase that spells it out are one entity
# (``paperkg_title`` and ``paperkg_kinds``); a title phrase ending in "Information" is no method
# (``paperkg_title``). Real titles and sentences from arXiv cs.AI abstracts
# (``../shared/corpora/``), cut to the sentences that decide.
#
# ANNOTATION.md: "One entity per concept per paper: all its surface forms (full name, abbreviation,
# spelling variants) are one entity."


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
        "To this end, we propose a Multi-Reward Optimization (MRO) approach, which encourages DLMs "
        "to consider the token correlation during the denoising process. More specifically, our MRO approach "
        "leverages test-time scaling, reject sampling, and reinforcement learning to directly optimize "
        "the token correlation with multiple elaborate rewards.",
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
