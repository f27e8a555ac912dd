"""Names a paper introduces in its title, and short forms the paper defines (real arXiv titles and
sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import entities_and_roles


@pytest.mark.parametrize("title, name", [
    ("Scheduled Style Injection: Expanding the Style-Content Pareto Frontier in Training-Free "
     "Diffusion-based Style Transfer", "Scheduled Style Injection"),
    ("Top-H Decoding: Adapting the Creativity and Coherence with Bounded Entropy in Text Generation",
     "Top-H Decoding"),
    ("Reward-Weighted Sampling: Enhancing Non-Autoregressive Characteristics in Masked Diffusion LLMs",
     "Reward-Weighted Sampling"),
])
def test_title_opening_with_a_plain_method_phrase_introduces_that_technique(title, name):
    found = {surface: (kind, roles) for kind, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    assert found[name] == (Kind.TECHNIQUE, {Role.INTRODUCES})


@pytest.mark.parametrize("title", [
    "Small Object Detection: A Survey",  # a task, not a method
    "Beyond Contrastive Learning: Synthetic Data Enables List-wise Training",  # a statement
    "Rethinking Chain-of-Thought Prompting: A Study",
    "Every Sample Matters: Leveraging Mixture-of-Experts",
    # a title that opens with a gerund says something about a name
    "Hijacking JARVIS: Benchmarking Mobile GUI Agents against Unprivileged Third Parties",
    "Reviving Your MNEME: Predicting The Side Effects of LLM Unlearning and Fine-Tuning",
])
def test_title_statement_or_task_before_the_colon_is_no_name(title):
    head = title.split(":")[0]
    surfaces = {s for _, ss, _ in entities_and_roles("", title).values() for s in ss}
    assert head not in surfaces


def test_method_named_in_the_title_and_defined_in_the_abstract_is_one_entity():
    title = "Delta Sampling: Data-Free Knowledge Transfer Across Diffusion Models"
    abstract = ("In this work, we propose Delta Sampling (DS), a novel method that enables "
                "knowledge transfer across base models with different architectures, without requiring "
                "access to the original training data. DS operates entirely at inference time by leveraging "
                "the delta.")
    found = entities_and_roles(abstract, title)
    delta = [(kind, surfaces) for kind, surfaces, _ in found.values() if "Delta Sampling" in surfaces]
    assert delta == [(Kind.TECHNIQUE, {"Delta Sampling", "DS"})]


def test_plural_short_form_spells_its_singular_long_form():
    abstract = ("We introduce generalized orders of magnitude (GOOMs), a principled extension of traditional "
                "orders of magnitude that incorporates floating-point numbers as a special case.")
    found = entities_and_roles(abstract, "Generalized Orders of Magnitude for Scalable, Parallel Computation")
    goom = [(kind, surfaces, roles) for kind, surfaces, roles in found.values() if "GOOMs" in surfaces]
    assert goom == [(Kind.TECHNIQUE, {"GOOMs", "generalized orders of magnitude"}, {Role.INTRODUCES})]


def test_title_method_phrase_after_via_is_a_technique_over_the_names_inside_it():
    title = "SlimInfer: Accelerating Long-Context LLM Inference via Dynamic Token Pruning"
    found = {surface: kind for kind, surfaces, _ in entities_and_roles(
        "",
        title).values() for surface in surfaces}
    assert found["Dynamic Token Pruning"] is Kind.TECHNIQUE
    assert "Token Pruning" not in found  # the more specific name the title gives wins


def test_title_task_phrase_after_via_is_no_name():
    title = "Improving Robustness via Adversarial Example Detection"
    surfaces = {s for _, ss, _ in entities_and_roles("", title).values() for s in ss}
    assert "Adversarial Example Detection" not in surfaces


def test_title_method_phrase_restated_with_its_short_form_is_one_entity():
    title = "Advancing Complex Wide-Area Scene Understanding with Hierarchical Coresets Selection"
    abstract = ("To address the challenges, this paper proposes a Hierarchical Coresets Selection (HCS) "
                "mechanism to advance the adaptation of VLMs in complex wide-area scene understanding. HCS "
                "progressively refines the selected regions.")
    found = entities_and_roles(abstract, title)
    hcs = [(kind, surfaces) for kind, surfaces, _ in found.values()
           if surfaces & {"HCS", "Hierarchical Coresets Selection"}]
    assert hcs == [(Kind.TECHNIQUE, {"HCS", "Hierarchical Coresets Selection"})]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # corpus papers: a title-case compound set off by an apposition is the name the paper introduces
    ("Cycle-Sync: Robust Global Camera Pose Estimation through Enhanced Cycle-Consistent Synchronization",
     "We introduce Cycle-Sync, a robust and global framework for estimating camera poses.", "Cycle-Sync"),
    ("A study", "We propose Self-Segregate, a prompting method enabling metacognitive awareness.",
     "Self-Segregate"),
])
def test_a_title_case_compound_in_apposition_is_introduced(title, abstract, name):
    found = {surface: roles for _, surfaces, roles in entities_and_roles(abstract, title).values()
             for surface in surfaces}
    assert Role.INTRODUCES in found[name]


@pytest.mark.issue(12)
def test_a_compound_adjective_after_an_intro_verb_is_no_name():
    found = entities_and_roles("We present Vision-Language models for remote sensing.")
    assert "Vision-Language" not in {s for _, surfaces, _ in found.values() for s in surfaces}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "name"), [
    # a method head that is also a task noun ("tuning", "optimization") names the method after "via"
    ("ECTSpeech: Enhancing Efficient Speech Synthesis via Easy Consistency Tuning",
     "Easy Consistency Tuning"),
    ("Building Coding Agents via Entropy-Enhanced Multi-Turn Preference Optimization",
     "Entropy-Enhanced Multi-Turn Preference Optimization"),
])
def test_title_method_phrase_after_via_with_a_task_noun_head(title, name):
    found = {surface: (kind, roles) for kind, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    assert found[name] == (Kind.TECHNIQUE, {Role.INTRODUCES})


@pytest.mark.issue(12)
def test_title_phrase_after_via_that_goes_on_with_of_is_no_name():
    title = ("PhysMorph-GS: Differentiable Shape Morphing via Joint Optimization of Physics and Rendering "
             "Objectives")
    assert "Joint Optimization" not in {s for _, surfaces, _ in entities_and_roles(
        "",
        title).values() for s in surfaces}


def test_a_title_case_long_form_with_as_defines_its_short_form():
    # a corpus abstract's first sentence: "as" inside a coined title-case long form
    abstract = ("Safety as Polytope (SaP) learns linear half-space constraints in LLM hidden space "
                "but requires per-category training.")
    found = entities_and_roles(abstract, "Geometry-Guided Constraint Learning for LLM Safety Classification")
    sap = [(kind, surfaces) for kind, surfaces, _ in found.values() if "SaP" in surfaces]
    assert sap == [(Kind.TECHNIQUE, {"Safety as Polytope", "SaP"})]


@pytest.mark.parametrize("abstract, names", [
    # real arXiv sentences: networks another paper named, mentioned in passing
    ("we are decoding tasks categories while generating synthetic data samples using well-known "
     "Synthetic Data Generators CTGAN and its variations such as CopulaGAN and Gretel AI Synthetic Data "
     "generators.",
     {"CTGAN", "CopulaGAN"}),
    ("Experimental results show that our approach outperforms the state-of-the-art PLM-based code search "
     "approaches, i.e., CoCoSoDa and UniXcoder, by an average of 21.4% and 24.9% in MRR.", {"UniXcoder"}),
    ("outperforming traditional models such as CFNet, SegStereo, and iResNet.", {"CFNet", "iResNet"}),
    ("Atlas is 2.95x faster and 7.38% better than FasterViT, 2.25x faster and 4.96% better than LongViT.",
     {"FasterViT", "LongViT"}),
])
def test_network_names_are_models_by_their_ending(abstract, names):
    found = {surface: kind for kind, surfaces, _ in entities_and_roles(abstract).values()
             for surface in surfaces}
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, Kind.MODEL)


@pytest.mark.parametrize("title", [
    "Your Text Encoder Can Be An Object-Level Watermarking Controller",
    "Multi-encoder nnU-Net outperforms Transformer models with self-supervised pretraining",
    "A Novel Channel Boosted Residual CNN-Transformer with Regional-Boundary Learning for Breast "
    "Cancer Detection",
])
def test_english_words_with_a_network_ending_are_no_names(title):
    found = {surface for _, surfaces, _ in entities_and_roles("", title).values() for surface in surfaces}
    assert not found & {"Encoder", "Multi-encoder", "CNN-Transformer"}


def test_plural_of_a_network_model_is_that_model():
    # real sentence (KAConvNet, arXiv 2604.23320)
    abstract = "achieves competitive performance compared to mainstream ViTs and CNNs."
    found = {surface: eid for eid, (_, surfaces, _) in entities_and_roles(abstract).items()
             for surface in surfaces}
    assert found.get("ViTs") == "model/vit"


def test_title_phrase_ends_before_a_capitalised_connector():
    title = "Real-Time Person Image Synthesis Using a Flow Matching Model"
    abstract = "In these scenarios, real-time person image synthesis using a flow matching model is critical."
    surfaces = {s for _, ss, _ in entities_and_roles(abstract, title).values() for s in ss}
    assert not any(s.endswith("Using") for s in surfaces)
