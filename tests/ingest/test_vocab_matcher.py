"""The vocabulary matcher (``paperkg_vocab``): spellings of versions, plurals of aliases, names inside
hyphen-joined words, and words that name no entry (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.vocabulary import DISTILL_VERBS, inflections
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities, kinds_and_labels

# The vocabulary matcher: spellings of versions and names inside hyphen-joined words (real arXiv sentences).


def test_a_version_written_closed_up_is_the_vocabulary_name():
    # arXiv 2507.00822: the vocabulary writes "Inception-v3"
    links = entities(
        "We evaluated three CNN-based architectures, ResNet-50, InceptionV3, and EfficientNet-B0, for "
        "predicting critical PSD parameters (d10, d50, d90).",
        "Instant Particle Size Distribution Measurement Using CNNs Trained on Synthetic Data")
    assert links["model/inception-v3"] == (Kind.MODEL, {"InceptionV3"})


def test_a_version_written_apart_is_the_vocabulary_name():
    # arXiv 2503.14552: the vocabulary writes "DeepLabv3"
    links = entities("We benchmark the dataset using several state-of-the-art "
                     "algorithms, such as ResNet-50, DeepLab-V3, and YoloV8.",
                     "Segmentation of images")
    assert links["model/deeplabv3"] == (Kind.MODEL, {"DeepLab-V3"})


def test_of_two_names_overlapping_in_a_hyphen_joined_word_the_one_ending_it_wins():
    # arXiv 2510.25588: "OpenAI-gpt" is an alias of GPT-1, but the model is gpt-oss (OpenAI its maker)
    links = entities(
        "The diagnostic predictions from individual models are aggregated through a consensus-based "
        "decision-making process, refined by the OpenAI-gpt-oss reasoning LLM.",
        "Standardization of Psychiatric Diagnoses")
    assert links["model/gpt-oss"][1] == {"gpt-oss"}
    assert "model/gpt-1" not in links


def test_an_adjective_after_the_hyphen_ends_the_word():
    # arXiv 2503.18211: "-based" does not make "transformer-based" the better match
    links = entities(
        "To complement this task, we design an advanced "
        "Diffusion-Transformer-based architecture that separately handles motion and appearance.",
        "Motion generation")
    assert links["model/diffusion-transformer"][1] == {"Diffusion-Transformer"}


def test_a_maker_before_a_hyphen_does_not_free_a_technique_inside_a_longer_name():
    # arXiv 2504.08823: "Meta-Prompting" is no Prompting, though "Meta" makes models
    links = entities("", "FM-LoRA: Factorized Low-Rank Meta-Prompting for Continual Learning")
    assert "technique/prompting" not in links


def test_a_turning_prefix_makes_another_concept_of_the_name_after_it():
    # arXiv 2507.18881 and 2508.02460: "self-supervised contrastive learning" is contrastive learning
    # done self-supervised, not supervised contrastive learning; "non-uniform quantization" is no
    # uniform quantization
    links = entities(
        "We pre-train the encoder with self-supervised contrastive learning and compress it with "
        "non-uniform quantization.",
        "Representation learning for sensors")
    assert "technique/supervised-contrastive-learning" not in links
    assert "technique/uniform-quantization" not in links
    assert links["technique/contrastive-learning"] == (Kind.TECHNIQUE, {"contrastive learning"})
    assert "technique/quantization" in links


# Vocabulary names the matcher missed: plurals of acronym aliases, names after a digit-led prefix,
# established names added by the third review list, and tabular networks as models (real arXiv sentences).


def test_the_plural_of_an_acronym_alias_in_any_case_is_the_technique():
    # arXiv 2606.13852: "VAE" is a case-folded alias of the Variational Autoencoder
    links = entities("These results demonstrate that hybrid VAEs are "
                     "computationally viable even on NISQ-era devices.",
                     "Quantum generative models")
    assert links["technique/vae"] == (Kind.TECHNIQUE, {"VAEs"})


def test_the_plural_of_an_acronym_alias_links_lstm():
    # a gating paper of the corpus: "LSTMs" is an alias of the Long Short-Term Memory model (prec3)
    links = entities("Gating mechanisms have been widely utilized, from early models "
                     "like LSTMs and Highway Networks to recent state space models.",
                     "Gating mechanisms")
    assert links["model/lstm"][1] == {"LSTMs"}


def test_a_name_after_a_digit_led_prefix_is_not_linked():
    # arXiv 2507.16535: a "3D-VAE" is a 3D variant, named on its own, not the VAE
    links = entities(
        "Our architecture separates structural and textural "
        "generation: 1) Dual sparse 3D-VAEs compress high-resolution geometric voxels and textural 2D "
        "Gaussian Splats (2DGS) into compact latent spaces.",
        "City-scale generation")
    assert "technique/vae" not in links


def test_established_names_of_the_third_list_are_techniques():
    # arXiv 2606.27818 and 2606.11314
    links = entities("Prior approaches that rely solely on physically based rendering (PBR) of Gaussian "
                     "representations struggle to achieve realistic results.",
                     "Scalable and Differentiable Point-Cloud Registration Using Maximum Mean Discrepancy")
    assert links["technique/maximum-mean-discrepancy"][0] is Kind.TECHNIQUE
    assert links["technique/physically-based-rendering"][0] is Kind.TECHNIQUE


def test_multi_view_stereo_is_a_technique():
    # arXiv 2606.16638
    links = entities(
        "We compare against SOTA 3D reconstruction and camera pose "
        "estimation methods, such as Structure from Motion, Multi-View Stereo, recent feed forward "
        "methods.",
        "3D reconstruction")
    assert links["technique/multi-view-stereo"] == (Kind.TECHNIQUE, {"Multi-View Stereo"})


def test_tabular_networks_are_models():
    # arXiv 2505.16338
    links = entities(
        "Using frozen features extracted from PanDerm, we "
        "apply non-linear probing with three different classifiers, namely, multi-layer perceptron "
        "(MLP), XGBoost, and TabNet.",
        "Skin lesion classification")
    assert links["model/tabnet"][0] is Kind.MODEL


# The vocabulary matcher's precision: language words that name no language, a known name inside a
# hyphen-joined one, and the verb forms of distillation kept in one constant (real arXiv sentences).


def test_a_language_before_america_names_a_region():
    # arXiv 2508.12794
    links = entities("We provided estimates for some cities in the Middle East, "
                     "Latin America and East Asia.",
                     "Street View imagery")
    assert "language/latin" not in links


def test_a_language_before_a_hyphen_joined_script_names_a_writing_system():
    # arXiv 2509.03300 and 2508.14586
    links = entities(
        "Such systems are needed in speech synthesis and "
        "alignment systems, especially across multiple Latin-script languages. We also propose a "
        "post-processing method for restoring Arabic-script half-space characters.",
        "Grapheme-to-phoneme conversion")
    assert "language/latin" not in links
    assert "language/arabic" not in links


def test_a_language_before_medicine_names_a_tradition():
    # arXiv 2507.21471
    links = entities("Across diverse materials: stamp pad ink, Chinese medicine, "
                     "Pu'er tea, Citri Reticulatae Pericarpium, the method identifies the sample.",
                     "Spectral identification")
    assert "language/chinese" not in links


def test_the_language_itself_is_still_linked():
    # arXiv 2508.11499 and 2507.16463: manuscripts in Latin; Python scripts are written in Python
    links = entities(
        "We apply a state-of-the-art transformer-based HTR "
        "model to 16th-century Latin manuscripts authored by Rudolf Gwalther. The implementation "
        "consists of Python scripts for the popular Blender 3D authoring tool.",
        "Handwritten text recognition")
    assert links["language/latin"] == (Kind.LANGUAGE, {"Latin"})
    assert links["language/python"] == (Kind.LANGUAGE, {"Python"})


def test_taiwanese_alone_is_no_language_but_taiwanese_hokkien_is_min_nan():
    # arXiv 2606.18699 and the title of the Breeze Taigi paper
    links = entities("We present TW-LegalBench that utilizes Taiwanese legal system's rich official corpus.",
                     "TW-LegalBench: Measuring Taiwanese Legal Understanding")
    assert "language/min-nan-chinese" not in links
    links = entities("Taiwanese Hokkien (Taigi) presents unique opportunities for speech technology.",
                     "Breeze Taigi: Benchmarks and Models for Taiwanese Hokkien Speech Recognition and "
                     "Synthesis")
    assert links["language/min-nan-chinese"][0] is Kind.LANGUAGE


@pytest.mark.parametrize(("abstract", "title", "other"), [
    # a known name after a hyphen joined capital letter is another name:
    # C-STS is not the STS benchmark
    pytest.param("On the official C-STS benchmark, PoLi-RL achieves a "
                 "Spearman correlation coefficient of 48.18.", "Semantic similarity", "dataset/sts-b",
                 id="2510.04080"),
    # C-DPO is not DPO
    pytest.param("Specifically, we train models using a context-aware preference "
                 "loss (C-DPO) that emphasizes discriminative learning.", "Preference learning",
                 "technique/dpo", id="2507.12455"),
    # an acronym that names other things is a dataset only behind a cue:
    # colorectal cancer
    pytest.param("Colorectal cancer (CRC) grading is a critical prognostic factor.", "Cancer grading",
                 "dataset/crc", id="2511.03693"),
    # VAST the model
    pytest.param("Evaluation results for models (e.g., InternVideo, VAST, "
                 "UMT-L) are released.", "Video understanding", "dataset/vast", id="2507.18552"),
])
def test_vocab_matcher_another_sense_is_not_the_entity(abstract, title, other):
    assert other not in entities(abstract, title)


def test_the_verbs_of_distillation_are_one_constant_the_matcher_checks():
    assert inflections("distillation")[:len(DISTILL_VERBS)] == list(DISTILL_VERBS)
    # arXiv 2508.08189: "distill" without a model near it is the plain verb
    assert not any(s for _, s in entities("We first formalize visual RL problems, and we "
                                          "distill trends such as curriculum-driven training.",
                                          "A survey").values()
                   if s & set(DISTILL_VERBS))
    links = entities("We distill the teacher model into a compact student.", "Compression")
    assert any({"distill"} <= surfaces for _, surfaces in links.values())


# The vocabulary matcher and variants on real arXiv sentences: "distill" names knowledge distillation only
# with a model near it; a short form the paper defines in other words is no variant of a known name.


KD = "technique/knowledge-distillation"


def test_distilling_findings_into_guidelines_is_the_plain_verb():
    # arXiv 2508.08189 (a survey): the trends are distilled, no model
    abstract = ("For each pillar we examine algorithmic design, reward engineering, benchmark progress, and "
                "we distill trends such as curriculum-driven training, preference-aligned diffusion, and "
                "unified reward modeling.")
    assert KD not in entities(abstract, "A survey of reinforcement learning for generation")


def test_distilling_user_intent_from_conversations_is_the_plain_verb():
    # arXiv 2509.21371
    abstract = ("We propose ReGeS, a reciprocal Retrieval-Generation Synergy framework that unifies "
                "generation-augmented retrieval to distill informative user intent from conversations.")
    assert KD not in entities(abstract, "ReGeS")


def test_distilling_into_a_lightweight_encoder_is_knowledge_distillation():
    # arXiv 2606.24330: the object sits a dozen words after the verb
    abstract = ("Instead of relying on rotation data augmentation to establish rotational correspondences, "
                "REDI distills the non-equivariant semantic representations of a VFM into a lightweight, "
                "strictly rotation-equivariant encoder.")
    assert entities(abstract, "REDI-Match")[KD][1] == {"distills"}


def test_a_distilled_student_is_knowledge_distillation():
    # arXiv 2603.16188: the teacher is the passive's subject, before the verb
    abstract = ("The tracker follows a Teacher--Student paradigm: a privileged teacher policy is distilled "
                "into a lightweight student equipped with an evidential adaptation module.")
    assert "distilled" in entities(abstract, "Motion tracking")[KD][1]


def test_distilling_down_from_a_named_model_is_knowledge_distillation():
    # sample paper 003 ("Specializing Smaller Language Models towards Multi-Step Reasoning"): models named
    abstract = ("We show that such abilities can, in fact, be distilled down from GPT-3.5 (ge 175B) to T5 "
                "variants (le 11B).")
    links = entities(abstract, "Specializing Smaller Language Models towards Multi-Step Reasoning")
    assert links[KD][1] == {"distilled"}


def test_a_short_form_defined_by_other_words_is_no_variant_of_a_known_dataset():
    # arXiv 2510.12293: "GFF" here is General Fourier Feature, not the dataset GFF
    title = ("General Fourier Feature Physics-Informed Extreme Learning Machine (GFF-PIELM) for "
             "High-Frequency PDEs")
    links = entities("", title)
    assert not any(eid.startswith("dataset/") for eid in links)


def test_a_short_form_whose_long_form_writes_the_known_name_stays_its_variant():
    # arXiv 2603.28023: "Modality-aware CLIP" writes CLIP, so MA-CLIP is CLIP's
    abstract = ("Our approach features three key innovations: (1) the Modality-aware CLIP (MA-CLIP), which "
                "provides modality-specific scene understanding guidance through LoRA fine-tuning.")
    assert "model/ma-clip" in entities(abstract, "Multimodal scene understanding")


# The vocabulary matcher leaves a vocabulary word in its everyday sense unlinked: "attention" that a topic
# gains or a paper pays, and a language's name before a nation's place or institution (sentences from corpus
# abstracts).


@pytest.mark.parametrize("abstract", [
    "While the creation of question-answering datasets and models has recently seen remarkable growth, "
    "most research focuses on question answering (QA) on vision and text, with time series receiving "
    "minute attention.",
    "We herein address these challenges by proposing a novel PnP inference paradigm specifically "
    "designed for embedding generative models within stochastic inverse solvers, with special attention "
    "to Latent Consistency Models (LCMs), which distill LDMs into fast generators.",
    "Graph few-shot learning has attracted increasing attention due to its ability to rapidly adapt.",
])
def test_vocab_everyday_attention_not_linked(abstract: str) -> None:
    assert "technique/attention" not in entities(abstract)


@pytest.mark.parametrize(("abstract", "language"), [
    ("These recommendations informed the February 2025 French AI Action Summit and lay groundwork for "
     "an open, plural, and accountable AI safety discipline.", "language/french"),
    ("We analyze eight days of historical AIS from the Danish Maritime Authority covering the Bornholm "
     "Strait.", "language/danish"),
    ("The commercial vitality of community-scale streets in Chinese cities is shaped by complex "
     "interactions.", "language/chinese"),
])
def test_vocab_language_before_nation_noun_not_linked(abstract: str, language: str) -> None:
    assert language not in entities(abstract)


# Vocabulary names written in a variant the matcher had dropped (corpus sentences): a programming language
# whose alias ends in its own cue ("Julia programming language") matched whole, and a technique of three or
# more words ending in "network" written with "architecture" as its head ("generative adversarial
# architectures").


@pytest.mark.parametrize(("abstract", "surface", "label"), [
    ("We propose Herb.jl, a unifying program synthesis library written in the Julia programming language, "
     "to address these issues.", "Julia programming language", "Julia"),
    ("We have developed implementations in the C programming language for computing the Hamming distance "
     "that clearly outperform both state-of-art licensed software and open-source libraries.",
     "C programming language", "C"),
])
def test_language_alias_with_its_own_cue_is_linked(abstract: str, surface: str, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (Kind.LANGUAGE, label)


def test_generative_adversarial_architecture_is_a_gan() -> None:
    found = kinds_and_labels("It also supports complex multi-model training setups such as generative "
                             "adversarial architectures.")
    gan = (Kind.TECHNIQUE, "Generative Adversarial Network")
    assert found.get("generative adversarial architectures") == gan


def test_physics_informed_neural_architectures_are_pinns() -> None:
    found = kinds_and_labels("Deep vs. Shallow: Benchmarking Physics-Informed Neural Architectures on the "
                             "Biharmonic Equation.")
    pinn = (Kind.TECHNIQUE, "physics-informed neural network")
    assert found.get("Physics-Informed Neural Architectures") == pinn
