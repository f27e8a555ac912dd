"""Methods named in plain words (``paperkg_coined``): the verbs, subjects and modifiers that start or end a
description (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.coined import _adverb, _effect_ends
from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined, extract

# Methods named in plain words (``paperkg_coined``): subjects of a verb of effect, coordinated
# introducing verbs, parts added "with a ...", and what a method does to tokens or caches.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: a method named in plain words is the subject of a verb of effect
    ("We also demonstrate that cross-lingual neuron steering enhances downstream performance.",
     {"cross-lingual neuron steering"}),
    ("While context compression mitigates this issue, existing methods apply fixed compression rates.",
     {"context compression"}),
    ("Our results show that prompt aggregation substantially improves zero-shot detection performance.",
     {"prompt aggregation"}),
    ("In evaluation, we find that early-layer regularization benefits simple tasks, while late-layer "
     "regularization sharply enhances performance on complex manipulation tasks.",
     {"late-layer regularization"}),
])
def test_coined_a_method_as_the_subject_of_a_verb_of_effect(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.USES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a known method keeps its name under a subject's modifier; a result is no method
    "Our experiments demonstrate that domain-specific fine-tuning significantly enhances retrieval "
    "performance.",
    "Furthermore, we demonstrate that age-matched synthetic data augmentation improves pain detection "
    "performance.",
    "Our results show that the proposed approach consistently improves accuracy.",
])
def test_coined_no_subject_over_a_known_method_or_from_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: "..., and propose X", a verb coordinated with an earlier "we"
    ("To address this issue, we enrich the corpus from both dimensions by generation strategies and propose "
     "contrastive denoising learning to ensure the above components learn robustly.",
     "contrastive denoising learning"),
    ("Furthermore, we analyze the cache eviction error of each layer individually and introduce a "
     "layer-adaptive KV cache allocation strategy.", "layer-adaptive KV cache allocation strategy"),
])
def test_coined_a_coordinated_introducing_verb(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a part a method is given "with a ...", a strong head needed
    ("Our method dynamically constructs a visual concept pool with a similarity-based filtering mechanism to "
     "prevent redundancy.", "similarity-based filtering mechanism"),
    ("Specifically, we employ self-supervised training with a structural consistency loss to encourage "
     "the model to produce consistent predictions.", "structural consistency loss"),
])
def test_coined_a_part_given_with_an_article(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: "with a" before a model, a weak head or a constraint of a task is no part's name
    "This requires to simultaneously solve challenges in data storage and change detection with a strict "
    "complexity constraint.",
    "We retrieve document pages, paired with a specialized Ukrainian language model fine-tuned on "
    "synthetic data.",
])
def test_coined_no_part_from_with_and_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: what a method does to tokens, caches or routes ("remasking", "eviction", "routing")
    ("To address this gap, we introduce Arg-LLaDA, a novel framework that iteratively improves summaries via "
     "sufficiency-guided remasking and regeneration.", "sufficiency-guided remasking"),
    ("The framework triggers proactive mitigation through fallback routing, starvation detection, and memory "
     "integrity enforcement.", "fallback routing"),
])
def test_coined_method_heads_of_what_a_method_does(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


def test_coined_an_open_sourced_model_keeps_its_name(shipped):
    # corpus sentence: "open-sourced" describes the model; the known model is linked, not a coined name
    abstract = ("We tackle these issues with a clear framework and present an open-sourced Qwen-30B-A3B "
                "model with notable gains.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if "open-sourced" in m.surface]


@pytest.mark.issue(12)
def test_coined_a_variant_of_an_umbrella_term_after_a_cue_of_use():
    # corpus sentence: "attention" alone is an umbrella term; the variant is named
    abstract = ("We uncover a causal information pathway: temporal cues are progressively "
                "synthesized through inter-frame attention, aggregated in the final frame.")
    assert coined(abstract)["inter-frame attention"] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a setting, a count or a known name of several words: the known method stays
    ("By integrating large-scale pretraining and task-specific fine-tuning, FoundBioNet enables "
     "generalizable glioma characterization.", "task-specific fine-tuning"),
    ("Subsequently, we employ a single-stage distillation process, using the pre-trained VLM as the "
     "teacher model.",
     "single-stage distillation"),
    ("To address this issue, we present resolution-adaptive federated learning (RAF), a method that "
     "leverages heatmap-based knowledge distillation.", "heatmap-based knowledge distillation"),
])
def test_coined_a_known_method_stays_under_a_setting_or_count(abstract, surface):
    assert surface not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a dataset or benchmark, then a participle, is no method
    "To this end, we introduce a novel benchmark comprising a suite of multi-turn tasks.",
    "Moreover, we present a dataset comprising 25,368 samples (CausalDR), where each sample includes an "
    "input question.",
])
def test_coined_no_method_from_a_dataset_and_a_participle(abstract):
    assert coined(abstract) == {}



# Methods named in plain words (``paperkg_coined``), second pass: a descriptive adjective ("adaptive",
# "hybrid") starts the name, an evaluative one ("novel") does not.


def _surfaces(abstract: str) -> set[str]:
    """The surfaces the whole pipeline links."""
    return {m.surface for m in extract(abstract).mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a descriptive adjective is the first word of the name
    ("Furthermore, we design an adaptive compression mechanism to enhance both generalization and training "
     "efficiency.", "adaptive compression mechanism"),
    ("Third, we propose an adaptive discretization strategy to reduce the accuracy drop when converting a "
     "continuous-valued network.", "adaptive discretization strategy"),
    ("Furthermore, we devise a dual modulation strategy: the noise schedule aligns diverse degradations.",
     "dual modulation strategy"),
    # before a title-case name, it is passed over
    ("To address this, we propose an automated Coarse-to-Fine Rubric Generation framework.",
     "Coarse-to-Fine Rubric Generation framework"),
])
def test_coined_a_descriptive_adjective_starts_the_name(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a descriptive adjective alone before a head names no method
    "In this paper, we propose a hybrid framework that unifies the strengths of both paradigms.",
    "To mitigate the adverse effects of varying degrees of distribution shift, we introduce an adaptive "
    "mechanism that dynamically adjusts the proportions of common, specific, and confounding components.",
])
def test_coined_a_descriptive_adjective_alone_is_no_name(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
def test_coined_a_known_method_after_a_descriptive_adjective_stays():
    # corpus sentence: "hybrid" before a known method and a head is no new method
    abstract = ("In addition, we introduce a hybrid knowledge distillation strategy to train an "
                "ultra-compact student model.")
    assert "hybrid knowledge distillation strategy" not in coined(abstract)
    assert "knowledge distillation" in _surfaces(abstract)



# Methods named in plain words (``paperkg_coined``), third pass: nouns in "-ly", subjects after a
# determiner, more heads and verbs of effect, and verbs of effect anywhere in the field.


@pytest.mark.issue(12)
def test_coined_a_noun_in_ly_is_no_adverb():
    # corpus sentence: "anomaly" is a noun, the phrase a method's name
    abstract = ("Furthermore, to enhance robustness and score calibration, we propose a context-calibrated "
                "anomaly scoring mechanism, which assesses a point's anomaly.")
    found = coined(abstract)
    assert found["context-calibrated anomaly scoring mechanism"] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a subject after "this"; verbs of effect "enhances", "yields", "uses", "combines"
    ("Using a manually labelled set of skeptical and conspiratorial seed tweets, we demonstrate that this "
     "core-coverage projection significantly improves the recovery of long-tail, problematic hashtags.",
     "core-coverage projection"),
    ("This test-time learning enhances performance substantially across a range of tasks.",
     "test-time learning"),
    ("Our results show that inverse transform sampling yields the most significant performance improvement.",
     "inverse transform sampling"),
    ("Cross-conditioned fusion uses low-rank bilinear interaction and a Switch--MoE head to align motion and "
     "impact tokens and suppress object-drop confounders.", "Cross-conditioned fusion"),
    ("In the second stage, a gating-adjusting aggregation dynamically combines the diverse insights guided "
     "by input motion data.", "gating-adjusting aggregation"),
    # corpus sentences: heads of spreading, sharing or settling values after a cue of use
    ("This structure is maintained through elastic weight anchoring, which protects critical shared "
     "knowledge.", "elastic weight anchoring"),
    ("The pipeline integrates dynamic token allocation, zeroshot multi-agent extraction, and conditional "
     "table parsing to balance accuracy against computation.", "dynamic token allocation"),
    ("We illustrate the approach using a first-order uncertainty propagation as the analytical estimator.",
     "first-order uncertainty propagation"),
])
def test_coined_methods_used_in_plain_words(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentence: a like setting is no method
    "The IDE methods tested were generally less accurate on QuIIEst manifolds than on existing benchmarks "
    "under identical resource allocation.",
])
def test_coined_no_method_from_a_like_setting(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("word", "adverb"), [("theoretically", True), ("jointly", True), ("anomaly", False),
                                              ("family", False)])
def test_coined_nouns_in_ly_are_no_adverbs(word, adverb):
    assert _adverb(word) is adverb


@pytest.mark.issue(12)
def test_coined_a_verb_of_effect_at_the_field_start_does_not_stop_the_scan():
    # a verb at offset 0 has no subject; the same verb later in the field still has one
    assert _effect_ends("improves recall. Low-confidence remasking improves quality") == [41]
