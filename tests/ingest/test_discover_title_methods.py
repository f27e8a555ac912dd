"""TitleNames: a method phrase that follows a title's "via/through/using" names the technique the paper
introduces, even where the abstract describes it in other words; one that opens the title before "for"/"of"
does only when the abstract says it again (an opening phrase the abstract does not restate is often the
setting, "Black-Box On-Policy Distillation of Large Language Models", or a second name for the method the
abstract names, "Federated Proximal Optimization for ..." with "(FedProx)").

Titles and abstracts are real corpus papers (arxiv-cs-ai), cut to their first sentence or two.
"""

from __future__ import annotations

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract, kinds


def _title_links(title: str, abstract: str) -> dict[str, tuple[Kind, Role]]:
    """Surface -> (kind, role) of the title's mentions."""
    return {m.surface: (m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}


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


def test_an_opening_phrase_the_abstract_pairs_with_a_short_form_keeps_it() -> None:
    # 2601.17183 and 2606.22330: the abstract spells the title's opening phrase out with its short form,
    # which names the method (the vocabulary's FedProx; the paper's own HDSO)
    title = ("Federated Proximal Optimization for Privacy-Preserving Heart Disease Prediction: A Controlled "
             "Simulation Study on Non-IID Clinical Data")
    abstract = ("This paper presents a comprehensive simulation research of Federated Proximal Optimization "
                "(FedProx) for Heart Disease prediction based on UCI Heart Disease dataset.")
    ids = {m.surface: m.entity_id for m in extract(abstract, title).mentions}
    assert ids["FedProx"] == "technique/fedprox"
    title = "Hypothesis-Driven Skill Optimization for LLM Agents"
    abstract = ("We propose Hypothesis-Driven Skill Optimization (HDSO), a train-free framework in which "
                "both the skill curator and the agent executor are frozen inference endpoints.")
    ids = {m.surface: m.entity_id for m in extract(abstract, title).mentions}
    assert ids["HDSO"] == ids["Hypothesis-Driven Skill Optimization"] == "technique/hdso"
