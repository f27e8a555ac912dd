"""The vocabulary matcher (``paperkg_vocab``): spellings of versions, plurals of aliases, names inside
hyphen-joined words, and words that name no entry (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.vocabulary import DISTILL_VERBS, inflections
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities

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
    # C-STS is not the STS benchmark
    pytest.param("On the official C-STS benchmark, PoLi-RL achieves a "
                 "Spearman correlation coefficient of 48.18.", "Semantic similarity", "dataset/sts-b",
                 id="2510.04080"),
    # C-DPO is not DPO
    pytest.param("Specifically, we train models using a context-aware preference "
                 "loss (C-DPO) that emphasizes discriminative learning.", "Preference learning",
                 "technique/dpo", id="2507.12455"),
])
def test_a_known_name_after_a_hyphen_joined_capital_letter_is_another_name(abstract, title, other):
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


@pytest.mark.parametrize(("abstract", "title", "other"), [
    # colorectal cancer
    pytest.param("Colorectal cancer (CRC) grading is a critical prognostic factor.", "Cancer grading",
                 "dataset/crc", id="2511.03693"),
    # VAST the model
    pytest.param("Evaluation results for models (e.g., InternVideo, VAST, "
                 "UMT-L) are released.", "Video understanding", "dataset/vast", id="2507.18552"),
])
def test_an_acronym_that_names_other_things_is_a_dataset_only_behind_a_cue(abstract, title, other):
    assert other not in entities(abstract, title)
