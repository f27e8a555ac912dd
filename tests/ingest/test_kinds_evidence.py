"""Kinds of coined names (``paperkg_kinds``) from what the text says of them: appositions and their head
nouns, colons, examples, counts, long forms (real arXiv titles and sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.kind_evidence import _DEFAULT_EVIDENCE, evidence_kind
from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds_of_paper

# Kinds of coined names from what the whole abstract says of them (``paperkg_kinds``): a name built
# on a network's name is a model, examples of plural method nouns are techniques, "X: a ..." is an
# apposition, and names that count what they hold are data. Real titles and sentences from arXiv cs.AI
# abstracts (``../shared/corpora/``), cut to the sentences that decide.
#
# ANNOTATION.md: "a system the paper names, whose kind is unclear, goes to the kind that fits best
# (a trained network -> model; a procedure or framework -> technique)"; a named dataset, corpus or
# benchmark is a dataset.


# 2509.25612: "a novel framework" that is a GAN trained on PMU data
TBIGAN = ("Unsupervised Detection of Spatiotemporal Anomalies in PMU Data Using Transformer-Based BiGAN",
          "We introduce T-BiGAN, a novel framework that integrates window-attention Transformers within a "
          "bidirectional Generative Adversarial Network (BiGAN) to address this challenge. Evaluated on a "
          "realistic hardware-in-the-loop PMU benchmark, T-BiGAN achieves an ROC-AUC of 0.95 and an average "
          "precision of 0.996, significantly outperforming leading supervised and unsupervised methods.")
# 2507.18173: "a cross-modality fusion method" named after Mamba, the network it is built on
WAVEMAMBA = ("WaveMamba: Wavelet-Driven Mamba Fusion for RGB-Infrared Object Detection",
             "In this paper, we propose WaveMamba, a cross-modality fusion method that efficiently "
             "integrates the unique and complementary frequency features of RGB and IR decomposed by "
             "Discrete Wavelet Transform.")
# 2508.09533: "a novel framework" whose name ends in -Net
COXNET = ("COXNet: Cross-Layer Fusion with Adaptive Alignment and Scale Integration for RGBT Tiny Object "
          "Detection",
          "We propose COXNet, a novel framework for RGBT tiny object detection, addressing these issues "
          "through three core innovations. COXNet achieves a 3.32% mAP improvement on the RGBTDronePerson "
          "dataset over state-of-the-art methods, demonstrating its effectiveness for robust detection.")
# 2603.05057: "X: a multilingual transformer ...": an apposition after a colon
MUTEX = ("MUTEX: Leveraging Multilingual Transformers and Conditional Random Fields for Enhanced Urdu Toxic "
         "Span Detection",
         "In this research, we propose MUTEX: a multilingual transformer combined with conditional random "
         "fields (CRF) for Urdu toxic span detection framework that uses manually annotated token-level "
         "toxic span dataset to improve performance and interpretability. The results indicate that MUTEX "
         "achieves 60% token-level F1 score that is the first supervised baseline for Urdu toxic span "
         "detection.")
# 2508.08632: a name the shapes rule typed as a model (-342K), called a dataset
AGRI = ("AgriGPT: a Large Language Model Ecosystem for Agriculture",
        "At its core, we design a multi-agent scalable data engine that systematically compiles credible "
        "data sources into Agri-342K, a high-quality, standardized question-answer (QA) dataset. Trained on "
        "this dataset, AgriGPT supports a broad range of agricultural stakeholders.")
# 2508.08949: "-1M" counts images here, not parameters
LAY2STORY = ("Lay2Story: Extending Diffusion Transformers for Layout-Togglable Story Generation",
             "To address the lack of high-quality datasets with layout annotations for this task, we develop "
             "Lay2Story-1M, which contains over 1 million 720p and higher-resolution images, processed from "
             "approximately 11,300 hours of cartoon videos.")
# 2508.04416: "-110k": thousands of samples
MTVR = ("Thinking With Videos: Multimodal Tool-Augmented Reinforcement Learning for Long Video Reasoning",
        "Therefore, we construct two high-quality multi-task video reasoning datasets MTVR-CoT-72k for "
        "supervised fine-tuning and MTVR-RL-110k for reinforcement learning.")


@pytest.mark.parametrize(("paper", "name"),
                         [(TBIGAN, "T-BiGAN"), (WAVEMAMBA, "WaveMamba"), (COXNET, "COXNet")])
def test_a_name_built_on_a_network_is_a_model(paper: tuple[str, str], name: str) -> None:
    assert kinds_of_paper(*paper)[name] == Kind.MODEL.value


def test_a_colon_apposition_gives_the_kind() -> None:
    assert kinds_of_paper(*MUTEX)["MUTEX"] == Kind.MODEL.value


def test_a_colon_that_opens_a_clause_is_no_apposition() -> None:
    # 2604.09691: "an LLM" is the subject of "synthesizes", not what CAGE is
    text = ("To resolve it, we propose CAGE (Code-Anchored Generative Enhancement): an LLM synthesizes "
            "executable "
            "code producing a structurally correct diagram.")
    assert evidence_kind("CAGE", text) is None


def test_examples_of_plural_method_nouns_are_techniques() -> None:
    # 2601.19606
    text = ("While prior methods like CAVP effectively model semantic and temporal correspondences between "
            "modalities using contrastive objectives, their performance remains suboptimal.")
    assert evidence_kind("CAVP", text) is Kind.TECHNIQUE


def test_a_listed_model_stays_a_model_among_methods() -> None:
    # 2508.07144: sized networks listed as "methods including ..."
    kinds = kinds_of_paper(
        "Dynamic Pattern Alignment Learning for Pretraining Lightweight Human-Centric Vision "
        "Models",
        "Remarkably, when employing PATH-B as the teacher, DPAL-ViT/Ti (5M parameters) achieves "
        "surprising "
        "generalizability similar to existing large HVMs such as PATH-B (84M) and Sapiens-L "
        "(307M), and "
        "outperforms previous distillation-based pretraining methods including Proteus-ViT/Ti "
        "(5M) and "
        "TinyMiM-ViT/Ti (5M) by a large margin.")
    assert kinds["Proteus-ViT/Ti"] == Kind.MODEL.value


@pytest.mark.parametrize(("paper", "name"),
                         [(AGRI, "Agri-342K"), (LAY2STORY, "Lay2Story-1M"), (MTVR, "MTVR-RL-110k")])
def test_names_that_count_what_they_hold_are_datasets(paper: tuple[str, str], name: str) -> None:
    assert kinds_of_paper(*paper)[name] == Kind.DATASET.value


@pytest.mark.parametrize(("name", "text", "kind"), [
    # 2507.21134: an adverb ends the noun phrase ("LLM" is what the benchmark targets)
    ("Trident-Bench", "Building on this foundation, we introduce Trident-Bench, a benchmark specifically "
                      "targeting LLM safety in the legal, financial, and medical domains.", Kind.DATASET),
    # 2508.03686: so does a participle that opens a complement
    ("VerifierBench", "We introduce VerifierBench benchmark comprising model outputs collected from multiple "
                      "data sources, augmented through manual analysis of metaerror patterns.", Kind.DATASET),
    # 2508.06110
    ("PanelTR", "To approach these issues, we introduce PanelTR, a framework utilizing LLM agent scientists "
                "for robust table reasoning through a structured scientific approach.", Kind.TECHNIQUE),
])
def test_what_follows_the_kind_noun_is_not_its_head(name: str, text: str, kind: Kind) -> None:
    assert evidence_kind(name, text) is kind


def test_a_long_form_ending_in_benchmark_is_a_dataset() -> None:
    # 2508.11944: "as a promising tool" later does not undo what the name stands for
    kinds = kinds_of_paper(
        "CHBench: A Cognitive Hierarchy Benchmark for Evaluating Strategic Reasoning "
        "Capability of LLMs",
        "To address this limitation, we propose Cognitive Hierarchy Benchmark (CHBench), a novel "
        "evaluation framework inspired by the cognitive hierarchy models from behavioral "
        "economics. "
        "These insights position CHBench as a promising tool for evaluating LLM capabilities.")
    assert kinds["CHBench"] == Kind.DATASET.value


def test_a_procedure_named_after_a_network_stays_a_technique() -> None:
    # 2508.09661: a way of sampling from a diffusion model, not a network of its own
    kinds = kinds_of_paper(
        "NegFaceDiff: The Power of Negative Context in Identity-Conditioned Diffusion for "
        "Synthetic Face Generation",
        "In this work, we introduce NegFaceDiff, a novel sampling method that incorporates "
        "negative conditions into the identity-conditioned diffusion process.")
    assert kinds["NegFaceDiff"] == Kind.TECHNIQUE.value


def test_a_models_context_window_is_no_count_of_data() -> None:
    # seed paper (MiniCPM): "-128K" is the context a model reads, not 128 thousand samples
    kinds = kinds_of_paper(
        "MiniCPM: Unveiling the Potential of Small Language Models with Scalable Training "
        "Strategies",
        "Additionally, we introduce MiniCPM family, including MiniCPM-DPO, MiniCPM-MoE and "
        "MiniCPM-128K, whose excellent performance further cementing MiniCPM's foundation in "
        "diverse SLM applications.")
    assert kinds["MiniCPM-128K"] == Kind.MODEL.value



# What the text calls a coined name (``paperkg_kinds``): the kind noun of "X, a ..." is the head of the
# phrase, not a noun in a prepositional phrase past it; a quoted name and a long form in brackets with
# markup still lead to the apposition; a title's technique noun names the method without an article.
# Real titles and sentences from arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences
# that decide.
#
# ANNOTATION.md: "a system the paper names, whose kind is unclear, goes to the kind that fits best
# (a trained network -> model; a procedure or framework -> technique)".


# 2509.25522: a paradigm positioned "as a promising path toward foundation models"
LLM_AS_RS = ("Understanding Generative Recommendation with Semantic IDs from a Model-scaling View",
             "We revisit another GR paradigm that directly uses large language models (LLMs) as recommenders "
             "(henceforth, LLM-as-RS). Our experiments show that the LLM-as-RS paradigm has superior model "
             "scaling properties. Our analyses position LLM-as-RS as a promising path toward foundation "
             "models for GR.")
# 2506.05398: a long form in brackets, written with markup, before the apposition
IGSM = ("IGSM: Improved Geometric and Sensitivity Matching for Finetuning Pruned Diffusion Models",
        r"Motivated by this aim, we revisit the finetuning stage and propose IGSM (\textbf{I}mproved "
        r"\textbf{G}eometric and \textbf{S}ensitivity \textbf{M}atching), a general-purpose finetuning "
        "framework that introduces a second-order Jacobian projection loss.")
# 2507.00402: "which is, to the best of our knowledge, the first ... mechanism"
GRAND = ("GRAND: Graph Release with Assured Node Differential Privacy",
         "In this work, we propose GRAND (Graph Release with Assured Node Differential privacy), which is, "
         "to the best of our knowledge, the first network release mechanism that releases entire networks "
         "while ensuring node-level differential privacy.")
# 2509.08738: a title that names a module without an article
CROWDQUERY = ("CrowdQuery: Density-Guided Query Module for Enhanced 2D and 3D Detection in Crowded Scenes",
              "We present CrowdQuery (CQ), whose core component is our CQ module that predicts and "
              "subsequently embeds an object density map.")


def test_a_noun_past_a_preposition_is_not_what_the_name_is() -> None:
    assert evidence_kind("LLM-as-RS", LLM_AS_RS[1]) is Kind.TECHNIQUE  # "the LLM-as-RS paradigm"
    assert kinds_of_paper(*LLM_AS_RS)["LLM-as-RS"] == Kind.TECHNIQUE.value


def test_the_head_noun_before_a_prepositional_phrase_still_counts() -> None:
    # 2511.20068 (cut): "a simple and interpretable approach that can reliably detect AR-generated images"
    text = ("In this work, we present PRADA, a simple and interpretable approach for the detection of "
            "images generated by autoregressive models.")
    assert evidence_kind("PRADA", text) is Kind.TECHNIQUE


def test_a_long_form_with_markup_before_the_apposition() -> None:
    assert kinds_of_paper(*IGSM)["IGSM"] == Kind.TECHNIQUE.value


def test_a_quoted_name_takes_its_apposition() -> None:
    # 2604.13970
    text = ('Here, we propose "MApLe", a multi-task, multi-instance vision language alignment approach that '
            "overcomes these limitations.")
    assert evidence_kind("MApLe", text) is Kind.TECHNIQUE


def test_which_is_to_the_best_of_our_knowledge() -> None:
    assert evidence_kind("GRAND", GRAND[1]) is Kind.TECHNIQUE
    assert kinds_of_paper(*GRAND)["GRAND"] == Kind.TECHNIQUE.value


def test_a_title_technique_noun_needs_no_article() -> None:
    assert _DEFAULT_EVIDENCE.title_kind("CrowdQuery", CROWDQUERY[0]) is Kind.TECHNIQUE
    assert kinds_of_paper(*CROWDQUERY)["CrowdQuery"] == Kind.TECHNIQUE.value


def test_a_title_data_noun_still_needs_an_article() -> None:
    # an activity, not a collection
    title = ("TransitReID: Transit OD Data Collection with Occlusion-Resistant Dynamic Passenger "
             "Re-Identification")
    assert _DEFAULT_EVIDENCE.title_kind("TransitReID", title) is None


def test_an_agent_scaffold_is_a_technique() -> None:
    # 2605.19156
    text = ("We introduce ResearchArena, a minimal scaffold that lets off-the-shelf agents carry out the "
            "full research loop under only lightweight guidance.")
    assert evidence_kind("ResearchArena", text) is Kind.TECHNIQUE



# A name's kind from what its long form names (real arXiv titles and sentences).


def test_a_perceptron_long_form_names_a_model_even_in_a_method_title():
    # arXiv 2510.04660: a multi-layer perceptron is a network, though the title calls it a method
    extraction = extract(
        "We propose a context-aware incremental Multi-Layer Perceptron (IMLP), a compact continual "
        "learner for tabular data streams. IMLP incorporates a windowed scaled dot-product attention "
        "over a sliding latent feature buffer, enabling constant-size memory.",
        "IMLP: An Energy-Efficient Continual Learning Method for Tabular Data Streams")
    kinds = {m.surface: m.kind for m in extraction.mentions}
    assert kinds["IMLP"] is Kind.MODEL
    assert kinds["incremental Multi-Layer Perceptron"] is Kind.MODEL
