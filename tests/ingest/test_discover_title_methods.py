"""TitleNames: a method phrase that opens a title before "for"/"of", or follows its "via/through/using",
names the technique the paper introduces, even where the abstract describes it in other words.

Titles and abstracts are real corpus papers (arxiv-cs-ai), cut to their first sentence or two.
"""

from __future__ import annotations

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract, kinds


def _title_links(title: str, abstract: str) -> dict[str, tuple[Kind, Role]]:
    """Surface -> (kind, role) of the title's mentions."""
    return {m.surface: (m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}


def test_opening_phrase_before_of_names_the_method() -> None:
    # 2507.05284: the abstract says "we propose a method that whitens the exogenous input", not the name
    title = "Temporal Window Smoothing of Exogenous Variables for Improved Time Series Prediction"
    abstract = ("Although most transformer-based time series forecasting models primarily depend on "
                "endogenous inputs, recent state-of-the-art approaches have significantly improved "
                "performance by incorporating external information through exogenous inputs.")
    assert _title_links(title, abstract)["Temporal Window Smoothing"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_opening_phrase_after_a_statement_and_colon() -> None:
    # 2606.15590: the part before the colon is no name, so the method phrase after it is the paper's
    title = "Unlocking Diffusion Hierarchies: Adaptive Timestep Selection for Zero-Shot Segmentation"
    abstract = ("Zero-shot segmentation has recently shown notable improvement by leveraging the rich visual "
                "priors in large-scale text-to-image diffusion models, such as Stable Diffusion.")
    assert _title_links(title, abstract)["Adaptive Timestep Selection"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_opening_phrase_before_for() -> None:
    # 2601.15924
    title = "Class Confidence Aware Reweighting for Long Tailed Learning"
    abstract = ("Deep neural network models degrade significantly in the long-tailed data distribution, with "
                "the overall training data dominated by a small set of classes in the head.")
    assert kinds(abstract, title)["Class Confidence Aware Reweighting"] == Kind.TECHNIQUE


def test_means_phrase_with_a_diffusion_head() -> None:
    # 2512.23130: the name before the colon is linked too, and the means after "via" is a technique
    title = "PathoSyn: Imaging-Pathology MRI Synthesis via Disentangled Deviation Diffusion"
    abstract = ("We present PathoSyn, a unified generative framework for Magnetic Resonance Imaging "
                "(MRI) image synthesis that reformulates imaging-pathology as a disentangled additive "
                "deviation on a stable anatomical manifold.")
    links = _title_links(title, abstract)
    assert links["Disentangled Deviation Diffusion"] == (Kind.TECHNIQUE, Role.INTRODUCES)
    assert "PathoSyn" in links


def test_means_phrase_with_a_smoothing_head() -> None:
    # 2605.08191: "smoothing" is a method head although it ends like "nothing"
    title = "A Robust Out-of-Distribution Detection Framework via Synergistic Smoothing"
    abstract = ("Reliable out-of-distribution (OOD) detection is a critical requirement for the safe "
                "deployment of machine learning systems.")
    assert kinds(abstract, title)["Synergistic Smoothing"] == Kind.TECHNIQUE


def test_no_second_entity_after_a_title_name() -> None:
    # 2606.01756: the phrase after "EvoCut:" describes EvoCut; it is not a second method
    title = ("EvoCut: Multi-Layer Evolution-Aware Visual Token Compression for Efficient Large "
             "Vision-Language Models")
    abstract = ("Large vision-language models (LVLMs) achieve strong performance on image and video "
                "understanding tasks, but their inference efficiency is constrained by the large number of "
                "visual tokens produced by vision encoders.")
    assert "Multi-Layer Evolution-Aware Visual Token Compression" not in _title_links(title, abstract)


def test_praise_before_a_known_method_keeps_the_known_method() -> None:
    # 2601.20168: "Efficient Token Pruning" is token pruning, made efficient
    title = "Efficient Token Pruning for LLaDA-V"
    abstract = ("Diffusion-based large multimodal models, such as LLaDA-V, have demonstrated impressive "
                "capabilities in vision-language understanding and generation.")
    links = _title_links(title, abstract)
    assert "Efficient Token Pruning" not in links
    assert links["Token Pruning"][0] == Kind.TECHNIQUE


def test_two_word_opening_phrase_needs_the_abstract() -> None:
    # 2506.12536: a short opening phrase is too often a plain description ("Deep Fusion of ...")
    title = ("Deep Fusion of Ultra-Low-Resolution Thermal Camera and Gyroscope Data for Lighting-Robust and "
             "Compute-Efficient Rotational Odometry")
    abstract = ("Accurate rotational odometry is crucial for autonomous robotic systems, particularly for "
                "small, power-constrained platforms such as drones and mobile robots.")
    assert "Deep Fusion" not in _title_links(title, abstract)
