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


def test_by_introducing_does_not_reach_through_a_clause_or_bracket() -> None:
    # "by introducing X" introduces its object, not a name after a relative clause, a preposition or an open
    # bracket of examples (2507.17012, 2602.14476, 2509.03533, 2604.22153)
    roles = surface_roles(
        "Here we reimagine conventional LCA by introducing multimodal AI agents that emulate interactions "
        "between LCA experts and stakeholders like product managers and engineers to calculate the "
        "cradle-to-gate (production) carbon emissions of electronic devices. Compared to human experts "
        "picking the closest LCA database entry, this improves MAPE by 120.26%.",
        "Towards Autonomous Sustainability Assessment via Multimodal AI Agents")
    assert "introduces" not in roles["LCA"]
    roles = surface_roles(
        "We address these gaps by designing a resampling-based procedure that generalizes truthful forward "
        "MAB mechanisms to reverse auctions and prove that any monotone allocation rule with this procedure "
        "is truthful. Using this, we propose a contextual MAB algorithm that learns query-dependent model "
        "quality with sublinear regret.")
    assert "introduces" not in roles["MAB"]
    roles = surface_roles(
        "In this paper, we bridge this gap by developing a principled topic identification method grounded "
        "in the Deterministic Information Bottleneck (DIB) for geometric clustering. Our key contribution "
        "is to transform the DIB method into a practical algorithm for high-dimensional data.")
    assert "introduces" not in roles["Deterministic Information Bottleneck"]
    assert "introduces" not in roles["DIB"]
    roles = surface_roles(
        "We tested this systematically by presenting three leading AI systems (Claude Sonnet 4.5, GPT-5.4, "
        "and Gemini 2.5 Flash) with ten real-life personal dilemmas, framed for users from 10 countries "
        "across 5 continents in 7 languages (n=840 scored responses).")
    assert "introduces" not in roles["Claude Sonnet 4.5"]
    # the object itself, in brackets after its long form, stays introduced (2505.05041, 2505.14043)
    roles = surface_roles(
        "In this study, we address these challenges by introducing an open-source dataset (ADNP-15) of "
        "neuritic plaques (i.e., amyloid deposits combined with a crown of dystrophic tau-positive "
        "neurites) in human brain whole slide images.")
    assert roles["ADNP-15"] == {"introduces"}
    roles = surface_roles(
        "To this end, we enhance Mamba by developing the Enhanced Small Target Detection (ESTD) module and "
        "the Convolutional Attention Residual Gate (CARG) module. The ESTD module bolsters local attention "
        "to capture fine-grained details, while the CARG module, built upon Mamba, emphasizes spatial and "
        "channel-wise information, collectively improving the model's ability to capture distinctive "
        "representations of small targets.",
        "Selective Structured State Space for Multispectral-fused Small Target Detection")
    assert roles["Convolutional Attention Residual Gate"] == {"introduces"}


def test_a_subject_the_text_says_is_used_is_not_introduced() -> None:
    # after the paper's proposal, a name opening a sentence with its abbreviation, then "is applied /
    # employed / leveraged": a standard method the paper uses (2505.12043, 2604.14958, 2606.06845)
    roles = surface_roles(
        "To address these, we propose a novel framework, Mixture of Losses (MoL), which decouples "
        "optimization objectives for domain-specific and general corpora. Specifically, cross-entropy (CE) "
        "loss is applied to domain data to ensure knowledge acquisition, while Kullback-Leibler (KL) "
        "divergence aligns general-corpus training with the base model's foundational capabilities.",
        "MoL for LLMs: Dual-Loss Optimization to Enhance Domain Expertise While Preserving General "
        "Capabilities")
    assert roles["cross-entropy"] == {"uses"}
    assert "introduces" in roles["Mixture of Losses"]
    roles = surface_roles(
        "To address these issues, this paper proposes the Frequency-Enhanced Dual-Subspace Network "
        "(FEDSNet). Specifically, FEDSNet utilizes the Discrete Cosine Transform (DCT) and a low-pass "
        "filtering mechanism to explicitly isolate low-frequency global structural components from spatial "
        "features, thereby suppressing background interference. Truncated Singular Value Decomposition "
        "(SVD) is employed to construct independent, low-rank linear subspaces for both spatial texture and "
        "frequency structural features.",
        "Frequency-Enhanced Dual-Subspace Networks for Few-Shot Fine-Grained Image Classification")
    assert roles["Truncated Singular Value Decomposition"] == {"uses"}
    roles = surface_roles(
        "To tackle this challenge, we propose an efficient alternating optimization framework that "
        "leverages the weighted minimum mean square error (WMMSE) method to reformulate the problem and the "
        "block coordinate descent (BCD) algorithm to iteratively update the variables. Specifically, the "
        "Riemannian conjugate gradient (RCG) algorithm is leveraged to optimize the phase shift matrix, "
        "while the projected gradient descent (PGD) method is adopted to optimize the surface shape of the "
        "FIM.",
        "Weighted Sum-Rate Enhancement for Flexible Intelligent Metasurface-Assisted Multicell Systems")
    assert roles["Riemannian conjugate gradient"] == {"uses"}


def test_relative_to_and_comparison_with_stop_at_a_verb() -> None:
    # the compared name is the one right after "comparison with" / "relative to", not a name after the verb
    # that follows it (2508.01617, 2606.15461, 2510.15103)
    roles = surface_roles(
        "Furthermore, a detailed comparison with LLaVA-Med suggests that LLaDA-MedV is capable of "
        "generating reasonably longer responses by explicitly controlling response length, which can lead "
        "to more informative outputs.",
        "LLaDA-MedV: Exploring Large Language Diffusion Models for Biomedical Image Understanding")
    assert roles["LLaVA-Med"] == {"compares_with"}
    assert "compares_with" not in roles["LLaDA-MedV"]
    roles = surface_roles(
        "Feature comparison with PLCverif shows that ESBMC-PLC is the only open-source tool that combines "
        "native LD, k-induction, and SMT bit-vector semantics.",
        "ESBMC-PLC: Formal Verification of IEC 61131-3 Ladder Diagram Programs Using SMT-Based Model "
        "Checking")
    assert "compares_with" not in roles["ESBMC-PLC"]
    roles = surface_roles(
        "By updating only the memory slots that are highly activated by a new piece of knowledge relative "
        "to usage on pretraining data, we reduce interference between new knowledge and the model's "
        "existing capabilities.")
    assert "compares_with" not in roles["pretraining"]
