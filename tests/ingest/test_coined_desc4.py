"""Methods named in plain words (``paperkg_coined``): subjects of a verb of effect, coordinated
introducing verbs, parts added "with a ...", and what a method does to tokens or caches."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined


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
     "regularization sharply enhances performance on complex manipulation tasks.", {"late-layer regularization"}),
])
def test_coined_desc4_a_method_as_the_subject_of_a_verb_of_effect(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.USES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a known method keeps its name under a subject's modifier; a result is no method
    "Our experiments demonstrate that domain-specific fine-tuning significantly enhances retrieval performance.",
    "Furthermore, we demonstrate that age-matched synthetic data augmentation improves pain detection performance.",
    "Our results show that the proposed approach consistently improves accuracy.",
])
def test_coined_desc4_no_subject_over_a_known_method_or_from_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: "..., and propose X", a verb coordinated with an earlier "we"
    ("To address this issue, we enrich the corpus from both dimensions by generation strategies and propose "
     "contrastive denoising learning to ensure the above components learn robustly.", "contrastive denoising learning"),
    ("Furthermore, we analyze the cache eviction error of each layer individually and introduce a layer-adaptive "
     "KV cache allocation strategy.", "layer-adaptive KV cache allocation strategy"),
])
def test_coined_desc4_a_coordinated_introducing_verb(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a part a method is given "with a ...", a strong head needed
    ("Our method dynamically constructs a visual concept pool with a similarity-based filtering mechanism to "
     "prevent redundancy.", "similarity-based filtering mechanism"),
    ("Specifically, we employ self-supervised training with a structural consistency loss to encourage the model "
     "to produce consistent predictions.", "structural consistency loss"),
])
def test_coined_desc4_a_part_given_with_an_article(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: "with a" before a model, a weak head or a constraint of a task is no part's name
    "This requires to simultaneously solve challenges in data storage and change detection with a strict "
    "complexity constraint.",
    "We retrieve document pages, paired with a specialized Ukrainian language model fine-tuned on synthetic data.",
])
def test_coined_desc4_no_part_from_with_and_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: what a method does to tokens, caches or routes ("remasking", "eviction", "routing")
    ("To address this gap, we introduce Arg-LLaDA, a novel framework that iteratively improves summaries via "
     "sufficiency-guided remasking and regeneration.", "sufficiency-guided remasking"),
    ("The framework triggers proactive mitigation through fallback routing, starvation detection, and memory "
     "integrity enforcement.", "fallback routing"),
])
def test_coined_desc4_method_heads_of_what_a_method_does(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


def test_coined_desc4_an_open_sourced_model_keeps_its_name(shipped):
    # corpus sentence: "open-sourced" describes the model; the known model is linked, not a coined name
    abstract = ("We tackle these issues with a clear framework and present an open-sourced Qwen-30B-A3B model with "
                "notable gains.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if "open-sourced" in m.surface]


@pytest.mark.issue(12)
def test_coined_desc4_a_variant_of_an_umbrella_term_after_a_cue_of_use():
    # corpus sentence: "attention" alone is an umbrella term; the variant is named
    abstract = ("We uncover a causal information pathway: temporal cues are progressively synthesized through "
                "inter-frame attention, aggregated in the final frame.")
    assert coined(abstract)["inter-frame attention"] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a setting, a count or a known name of several words: the known method stays
    ("By integrating large-scale pretraining and task-specific fine-tuning, FoundBioNet enables generalizable "
     "glioma characterization.", "task-specific fine-tuning"),
    ("Subsequently, we employ a single-stage distillation process, using the pre-trained VLM as the teacher model.",
     "single-stage distillation"),
    ("To address this issue, we present resolution-adaptive federated learning (RAF), a method that leverages "
     "heatmap-based knowledge distillation.", "heatmap-based knowledge distillation"),
])
def test_coined_desc4_a_known_method_stays_under_a_setting_or_count(abstract, surface):
    assert surface not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a dataset or benchmark, then a participle, is no method
    "To this end, we introduce a novel benchmark comprising a suite of multi-turn tasks.",
    "Moreover, we present a dataset comprising 25,368 samples (CausalDR), where each sample includes an input question.",
])
def test_coined_desc4_no_method_from_a_dataset_and_a_participle(abstract):
    assert coined(abstract) == {}
