"""The vocabulary matcher: spellings of versions and names inside hyphen-joined words (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


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
