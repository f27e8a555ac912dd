"""Roles from four cue shapes, on real corpus sentences: a size, version or split of a name the paper
introduces is the paper's too; "relative to X" and "a comparison with X" compare the paper with a model
or technique (not with a language); "we address this gap by proposing X" introduces X, and so does a named
part opening a sentence once the paper has presented its work ("First, the Box-Guided Compression (BCM)
module ...")."""

from __future__ import annotations

from tests.ingest._helpers import surface_roles

P1_TITLE = "P1: Mastering Physics Olympiads with Reinforcement Learning"
P1 = ("We introduce P1, a family of open-source physics reasoning models trained entirely through "
      "reinforcement learning (RL). Among them, P1-235B-A22B is the first open-source model with Gold-medal "
      "performance at the latest International Physics Olympiad (IPhO 2025), and wins 12 gold medals out of "
      "13 international/regional physics competitions in 2024/2025. P1-30B-A3B also surpasses almost all "
      "other open-source models on IPhO 2025, getting a silver medal.")


def test_variants_of_the_papers_own_name_are_introduced() -> None:
    roles = surface_roles(P1, P1_TITLE)
    assert roles["P1-235B-A22B"] == {"introduces"}
    assert roles["P1-30B-A3B"] == {"introduces"}


def test_splits_of_an_introduced_dataset_are_introduced() -> None:
    abstract = ("We introduce BMMR, a large-scale bilingual, multimodal, multi-disciplinary reasoning "
                "dataset. The dataset is organized into two parts: BMMR-Eval that comprises 20,458 "
                "high-quality instances to comprehensively assess LMMs' knowledge and reasoning across "
                "multiple disciplines in both Chinese and English; and BMMR-Train that contains 88,991 "
                "instances to support further research and development.")
    title = "BMMR: A Large-Scale Bilingual Multimodal Multi-Discipline Reasoning Dataset"
    roles = surface_roles(abstract, title)
    assert roles["BMMR-Eval"] == {"introduces"}
    assert roles["BMMR-Train"] == {"introduces"}


def test_relative_to_and_comparison_with_compare_but_not_a_language() -> None:
    roles = surface_roles(
        "Perturbation studies demonstrate improved robustness, with MRR degradation reduced by up to 61% "
        "relative to TransE and by up to 19% compared to RotatE under structural edits such as edge removals "
        "and relation swaps.")
    assert roles["TransE"] == {"compares_with"}
    roles = surface_roles(
        "Furthermore, a detailed comparison with LLaVA-Med suggests that LLaDA-MedV is capable of generating "
        "reasonably longer responses by explicitly controlling response length.")
    assert roles["LLaVA-Med"] == {"compares_with"}
    roles = surface_roles(
        "Using the tokenizers of GPT-3.5 and GPT-4, Indian languages experience an average 8.0x tokenization "
        "tax relative to English, reaching 13.0x for Malayalam.")
    assert "compares_with" not in roles["English"]


def test_by_proposing_introduces_its_object_only() -> None:
    roles = surface_roles(
        "In this work, we address this gap by proposing VRFT-Aug, a visual reinforcement fine-tuning "
        "framework tailored for the medical domain.",
        "Improving Medical Visual Reinforcement Fine-Tuning via Perception and Reasoning Augmentation")
    assert roles["VRFT-Aug"] == {"introduces"}
    roles = surface_roles(
        "We tackle this problem by introducing Elucidated Rolling Diffusion Models (ERDM), the first "
        "framework to successfully unify a rolling forecast structure with the principled, performant design "
        "of Elucidated Diffusion Models (EDM). To do this, we adapt the core EDM components.",
        "Elucidated Rolling Diffusion Models for Probabilistic Weather Forecasting")
    assert "introduces" in roles["ERDM"]
    assert "introduces" not in roles["EDM"]


def test_a_named_part_opening_a_sentence_after_the_papers_proposal_is_introduced() -> None:
    roles = surface_roles(
        "To overcome this, we propose V-Reflection, a framework that transforms the MLLM into an active "
        "interrogator through a \"think-then-look\" visual reflection mechanism. Our approach employs a "
        "two-stage distillation strategy. First, the Box-Guided Compression (BCM) module establishes stable "
        "pixel-to-latent targets through explicit spatial grounding.",
        "V-Reflection: Transforming MLLMs from Passive Observers to Active Interrogators")
    assert "introduces" in roles["Box-Guided Compression"]
    roles = surface_roles(  # no proposal before it: the name is not (yet) the paper's
        "Ray-based Contrastive Distillation (RCD) incorporates contrastive learning into distillation by "
        "sampling along the ray.")
    assert "introduces" not in roles["Ray-based Contrastive Distillation"]
