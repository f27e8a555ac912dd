"""The ``paperkg_roles`` component on real corpus sentences: what a paper does with each name (introduces,
uses, compares with, mentions)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.roles import RoleTagger
from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import surface_roles

# The ``paperkg_roles`` component on real corpus sentences: what a paper does with each name.


@pytest.mark.issue(12)
def test_a_name_in_the_title_is_one_the_paper_uses():
    # arXiv 2503.19152: the title builds its method on U-Net, with no verb before it
    roles = surface_roles("Medical image segmentation is a critical task.",
                          "PSO-UNet: Particle Swarm-Optimized U-Net Framework for Precise Multimodal Brain "
                          "Tumor Segmentation")
    assert roles["U-Net"] == {"uses"}


@pytest.mark.issue(12)
def test_a_name_the_text_builds_on_is_used():
    # arXiv 2505.18587: "an EfficientNet-based classifier", in a sentence with no "we"
    abstract = ("The refined spectral data is then processed by an EfficientNet-based classifier "
                "optimized for spectral analysis, enabling more accurate detection across different "
                "deepfake styles.")
    assert surface_roles(abstract, "Spectral deepfake detection")["EfficientNet"] == {"uses"}


@pytest.mark.issue(12)
def test_models_in_the_papers_experiments_are_used_and_earlier_work_is_mentioned():
    # arXiv 2511.14721 (experiments) and 2503.20698 (earlier work, "However, ...")
    abstract = ("Extensive experiments on GPT-2 and GPT-3 pre-training demonstrate that the optimizer "
                "converges 10-15% faster in wall-clock time. However, state-of-the-art multimodal language "
                "models like VAST and LanguageBind are built on vision-language models, and thus overly "
                "prioritize visual signals.")
    roles = surface_roles(abstract, "An optimizer for pre-training")
    assert roles["GPT-2"] == roles["GPT-3"] == {"uses"}
    assert roles["LanguageBind"] == {"mentions"}


@pytest.mark.issue(12)
def test_a_surveys_subjects_stay_mentioned_even_in_its_title():
    # arXiv 2508.08189: a survey names methods in its title and abstract; it uses none of them
    roles = surface_roles("Extensive experiments with Proximal Policy Optimization are reviewed.",
                          "Reinforcement Learning in Vision: A Survey")
    assert roles["Reinforcement Learning"] == {"mentions"}
    assert roles["Proximal Policy Optimization"] == {"mentions"}


@pytest.mark.issue(12)
def test_a_comparison_reaches_over_the_list_it_introduces():
    # arXiv 2506.05218: the verb stands before "including ..."; a list with no comparison verb before
    # it stays used
    abstract = ("Remarkably, our 3B-parameter model surpasses much larger and top-performing models, "
                "including Qwen2.5-VL (72B) and Gemini 2.5 Pro, achieving state-of-the-art average "
                "performance on document parsing tasks. We fine-tune models such as Llama 2 on our data.")
    roles = surface_roles(abstract, "A document parser")
    assert roles["Gemini 2.5 Pro"] == {"compares_with"}
    assert roles["Llama 2"] == {"uses"}


@pytest.mark.issue(12)
def test_what_the_papers_own_system_is_built_from_is_used():
    # arXiv 2505.11758 ("The method refines ...") and 2603.14416: the subject is the paper's own
    # system, not "we"; and a name the text says is used, after it ("Monte Carlo Dropout is used to")
    abstract = ("The method refines class prototypes through task-conditioned residuals and semantic "
                "hard negative mining. Monte Carlo Dropout is used to quantify predictive uncertainty.")
    roles = surface_roles(abstract, "Few-shot segmentation with prototypes")
    assert roles["hard negative mining"] == {"uses"}
    assert roles["Monte Carlo Dropout"] == {"uses"}


@pytest.mark.issue(12)
def test_with_no_cue_a_name_is_used_unless_its_sentence_is_about_earlier_work():
    # arXiv 2512.15943 (a plain statement, no "we": the paper studies OPT-350M) and 2601.10649
    # ("However, current benchmarks ...": earlier work)
    abstract = ("The OPT-350M model was released by Meta AI in 2022 as part of the OPT family of models. "
                "However, current benchmarks predominantly feature western-centric data and English as the "
                "dominant language, introducing significant biases in evaluation.")
    roles = surface_roles(abstract, "What a small model learns")
    assert roles["OPT-350M"] == {"uses"}
    assert roles["English"] == {"mentions"}


@pytest.mark.issue(12)
def test_exceeding_a_models_performance_is_a_comparison():
    # arXiv 2604.16665: "exceeding the few-shot performance of GPT-4o-mini"
    abstract = ("In the parsing task, our LoRA finetuned Llama-3.2-3B model achieves 92% zero-shot accuracy, "
                "surpassing the base model by 41.54% and exceeding the few-shot performance of GPT-4o-mini, "
                "Gemini-2.0-Flash, and other LLMs.")
    assert surface_roles(abstract, "Parsing with small models")["GPT-4o-mini"] == {"compares_with"}


# ``paperkg_roles``: a name the paper discovers in a sentence presenting its own work is introduced.


@pytest.mark.issue(12)
def test_the_parts_of_a_proposed_method_are_introduced():
    # arXiv 2507.22914: the two steps of the method the paper proposes are its own
    roles = surface_roles("To address this gap, we propose a novel KG integration "
                          "method consisting of label matching and triple matching.",
                          "Knowledge graph integration")
    assert roles["label matching"] == {"introduces"}
    assert roles["triple matching"] == {"introduces"}


@pytest.mark.issue(12)
def test_a_known_name_in_the_same_sentence_is_still_used():
    # arXiv 2509.06011: the paper's module goes into a released detector it did not make
    roles = surface_roles(
        "Furthermore, we propose a novel Cross-Attention Gated "
        "Enhancement Fusion (CAGE) module and integrate it into the YOLO-World architecture.",
        "Open-vocabulary detection")
    assert roles["YOLO-World"] == {"uses"}
    assert "introduces" in roles["CAGE"]


@pytest.mark.issue(12)
def test_a_name_after_we_build_upon_is_not_introduced():
    # arXiv 2503.14910: building on earlier methods presents nothing new; the distance is used
    text = ("To overcome these limitations, we build upon memory-bank-based anomaly detection methods, "
            "optimizing a robust Sinkhorn distance on limited target training data.")
    start = text.index("Sinkhorn distance")
    tagger = RoleTagger(None, "roles")  # type: ignore[arg-type]
    role = tagger.role(text, start, start + len("Sinkhorn distance"), Kind.TECHNIQUE, [0], discovered=True)
    assert role is Role.USES


@pytest.mark.issue(12)
def test_baselines_using_a_model_use_it():
    # arXiv 2508.19762: the use word nearest the name governs it, not the comparison noun before it
    assert surface_roles("We provide strong baselines using the RF-DETR transformer-based "
                         "object detector.",
                         "Detection baselines")["RF-DETR"] == {"uses"}


# ``paperkg_roles``: the nearest cue decides, what a paper does without is mentioned, earlier work's uses
# are mentioned, and a comparison cue may follow the name.


def _role(text: str, name: str, kind: str = Kind.TECHNIQUE) -> Role:
    """The role :class:`RoleTagger` gives the first ``name`` in the one-sentence ``text``."""
    tagger = RoleTagger(None, "roles")  # type: ignore[arg-type]
    start = text.index(name)
    return tagger.role(text, start, start + len(name), kind, [0])


@pytest.mark.parametrize(("text", "name"), [
    # what the paper does without is mentioned:
    # arXiv 2506.12015, 2606.02935, 2606.24330, 2605.26004
    pytest.param("Moreover, without quantization, EMLoC enables fine-tuning of a 38B model on a single 24GB "
                 "GPU.", "quantization", id="quantization"),
    pytest.param("This approach achieves robust registration without intensity calibration or feature "
                 "matching.", "feature matching", id="feature matching"),
    pytest.param("Instead of relying on rotation data augmentation to establish rotational correspondences, "
                 "REDI distills the representations of a VFM.", "data augmentation", id="data augmentation"),
    pytest.param("This formulation avoids backpropagation, auxiliary selector training, and expensive "
                 "clustering.", "backpropagation", id="backpropagation"),
    # what earlier work uses is mentioned:
    # arXiv 2606.20390, 2603.08100
    pytest.param("Existing CNN/ViT pipelines typically rely on global or patch-level features and often "
                 "combine patient metadata via late fusion, which limits spatially grounded multimodal "
                 "reasoning.", "late fusion", id="late fusion"),
    pytest.param("However, the importance computation using one-hot cross entropy loss ignores the "
                 "potential predictions on other categories.", "cross entropy loss", id="cross entropy loss"),
])
def test_roles_mentioned_not_used(text: str, name: str):
    assert _role(text, name) is Role.MENTIONS


def test_a_cue_of_doing_without_stays_in_its_clause():
    # arXiv 2605.30317: FID is what the paper reports, not something it goes without
    text = ("VPG improves generation quality without retraining the base model, reducing FID on VAR by 0.36 "
            "on average.")
    assert _role(text, "FID") is Role.USES


def test_instead_alone_is_no_cue():
    # arXiv 2605.20725: "instead" without "of" says nothing of the name after it
    text = "We instead estimate disentangled reliabilities: bilevel meta-learning produces two scalars."
    assert _role(text, "meta-learning") is Role.USES


def test_the_nearest_cue_decides():
    # arXiv 2505.19075: the model the baselines are run with is used, not compared with
    text = ("Experimental results show that UniR significantly outperforms existing baseline fine-tuning "
            "methods using the Llama3.2 model.")
    assert _role(text, "Llama3.2", Kind.MODEL) is Role.USES


def test_a_use_word_after_a_comparison_word_compares():
    # arXiv 2606.04095
    text = ("A blinded human evaluation confirms that POLARIS-9B is preferred to the base and on par with "
            "Qwen3.5-27B.")
    assert _role(text, "Qwen3.5-27B", Kind.MODEL) is Role.COMPARES_WITH


def test_an_evaluation_cue_outranks_a_use_word_for_a_dataset():
    # arXiv 2606.05901
    text = "We evaluate its performance on questions from MoNaCo, a challenging Wikipedia QA benchmark."
    assert _role(text, "MoNaCo", Kind.DATASET) is Role.EVALUATES_ON


@pytest.mark.parametrize(("text", "name"), [
    # arXiv 2509.03972, 2604.21137, 2605.30924
    ("Llama-3-Motif shows decent performance on Korean-specific benchmarks, outperforming existing models "
     "and achieving results comparable to GPT-4.", "GPT-4"),
    ("A zero-shot GPT-5.4 baseline achieves macro-F1 of 0.467 on UT and 0.476 on RC.", "GPT-5.4"),
    ("EMBGuard achieves performance competitive with proprietary MLLMs (e.g., GPT-5.1, Gemini-2.5-Pro).",
     "GPT-5.1"),
])
def test_comparisons_beyond_a_cue_word_before_the_name(text: str, name: str):
    assert _role(text, name, Kind.MODEL) is Role.COMPARES_WITH


def test_earlier_work_in_a_clause_before_the_papers_own():
    # arXiv 2504.02882: the paper's "we propose" comes after the clause about existing approaches
    roles = surface_roles(
        "While existing approaches rely mainly on Supervised Fine-Tuning "
        "with expert trajectories, we propose DiaTool-DPO, a novel method that enhances dialogue "
        "capabilities through Direct Preference Optimization.",
        "Dialogue tool use")
    assert roles["Supervised Fine-Tuning"] == {"mentions"}
    assert "mentions" not in roles["Direct Preference Optimization"]


# ``paperkg_roles``: the paper introducing its work in the third person, the listed parts of a name it
# introduces, and presentations that are not the paper's own names (real corpus sentences).


@pytest.mark.issue(12)
def test_the_paper_introducing_in_the_third_person_introduces_what_it_names():
    # arXiv 2507.13110: the parts of the framework the paper introduces
    roles = surface_roles("This paper introduces a registration-based anomaly detection "
                          "framework that combines multi-prototype alignment with "
                          "cluster-wise discrepancy analysis to enable precise 3D anomaly "
                          "localization.",
                          "Anomaly detection")
    assert "introduces" in roles["multi-prototype alignment"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "parts"), [
    # arXiv 2508.11569 and 2508.11893: the components a proposed framework is made of are the paper's own
    ("In this paper, we present TrajSV, a trajectory-based framework that addresses various issues in "
     "existing studies. TrajSV comprises three components: data preprocessing, Clip Representation Network "
     "(CRNet), and Video Representation Network (VRNet).", ("CRNet", "VRNet")),
    ("We propose LKMN for image super-resolution. LKMN has two core components: Enhanced Partial Large "
     "Kernel Block (EPLKB) and Cross-Gate Feed-Forward Network (CGFN).", ("EPLKB", "CGFN")),
])
def test_the_listed_components_of_an_introduced_name_are_introduced(abstract, parts):
    roles = surface_roles(abstract)
    for part in parts:
        assert "introduces" in roles[part], part


@pytest.mark.issue(12)
def test_a_part_that_uses_a_name_does_not_make_it_the_papers():
    # arXiv 2507.19315: SapBERT is what one stage uses
    roles = surface_roles("We present AutoPCR for clinical records. AutoPCR performs CR in three "
                          "stages: entity extraction using a hybrid of rule-based and neural "
                          "tagging strategies, candidate retrieval via SapBERT, and entity linking "
                          "through prompting a large language model.",
                          "Coreference")
    assert "introduces" not in roles["SapBERT"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name"), [
    # arXiv 2508.09622: the LLMs a new dataset's texts come from are examples of other work
    ("We present a novel, large-scale dataset comprising 52,305 samples, including human-written abstracts "
     "across 12 diverse scientific domains and AI-generated counterparts from five state-of-the-art LLMs "
     "(GPT-4-Turbo, Gemma2-27B, Llama3.3-70B, Deepseek-V3, and GigaChat-Lite).", "GigaChat-Lite"),
    # arXiv 2507.15641: a submission to a shared task
    ("In this paper, we present our submission to the MM-ArgFallacy2025 shared task, which aims to advance "
     "research in multimodal argument mining.", "MM-ArgFallacy2025"),
    # arXiv 2508.06968: an evaluation of other methods
    ("We present the first evaluation of fisheye-based 3D Gaussian Splatting methods, Fisheye-GS and 3DGUT, "
     "on real images with fields of view exceeding 180 degree.", "Fisheye-GS"),
])
def test_what_the_paper_presents_about_other_work_is_not_introduced(abstract, name):
    assert "introduces" not in surface_roles(abstract)[name]


@pytest.mark.issue(12)
def test_components_listed_with_including_after_we_introduce_stay_introduced():
    # arXiv 2508.05202
    roles = surface_roles("To this end, we introduce several carefully designed "
                          "components and training strategies, including multiscale "
                          "feature aggregation, token context condensation, and "
                          "multispectral visual pre-training, to achieve precise "
                          "pixel-level interpretation.",
                          "Pixel-level interpretation")
    assert "introduces" in roles["multiscale feature aggregation"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "name"), [
    # arXiv 2508.09350 and 2507.22685: names another component found in the title before its colon
    ("Flow-SLM: Joint Learning of Linguistic and Acoustic Information for Spoken Language Modeling",
     "Flow-SLM"),
    ("Hydra-Bench: A Benchmark for Multi-Modal Leaf Wetness Sensing", "Hydra-Bench"),
])
def test_the_name_a_title_opens_with_is_introduced(title, name):
    assert "introduces" in surface_roles("", title)[name]


@pytest.mark.issue(12)
def test_the_parts_an_introduced_name_features_are_introduced():
    # arXiv 2508.03935: the paper's CAP-LLM is the sentence's subject, and "features" lists its parts
    roles = surface_roles(
        "CAP-LLM features a User Preference Encoder to capture long-term user interests, a "
        "Context Injection Adapter to seamlessly integrate these preferences and current article "
        "context into the LLM's generation process.",
        "CAP-LLM: Context-Augmented Personalized Large Language Models for News Headline "
        "Generation")
    assert "introduces" in roles["User Preference Encoder"]
    assert "introduces" in roles["Context Injection Adapter"]


@pytest.mark.issue(12)
def test_a_challenge_the_paper_takes_part_in_is_not_introduced():
    # arXiv 2509.06511
    title = "Predicting Brain Tumor Response to Therapy using a Hybrid Deep Learning and Radiomics Approach"
    roles = surface_roles("This paper presents an automated method for classifying the intervention "
                          "response from longitudinal MRI scans, developed to predict tumor response during "
                          "therapy as part of the BraTS 2025 challenge.",
                          title)
    assert "introduces" not in roles["BraTS 2025"]


# ``paperkg_roles``: a discovered name named as a part with an article before it ("a X module",
# "an X mechanism") is the paper's own part (real corpus sentences).


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


# Roles from four cue shapes, on real corpus sentences: a size, version or split of a name the paper
# introduces is the paper's too; "relative to X" and "a comparison with X" compare the paper with a model
# or technique (not with a language); "we address this gap by proposing X" introduces X, and so does a named
# part opening a sentence once the paper has presented its work ("First, the Box-Guided Compression (BCM)
# module ...").
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
    assert roles["cross-entropy (CE) loss"] == {"uses"}  # (the name as written, short form inside)
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
