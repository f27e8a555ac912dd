"""Methods named in plain words (``paperkg_coined``), sixth pass: nouns in "-al" ("retrieval", "removal")
as modifiers; a hyphenated word of what steers a part, or an adjective of an established method's name after
another modifier, as the last modifier before a strong head ("a chemistry-informed curriculum", "a
view-quality semantic gate"); the parts listed after "<count> <parts noun>:"; a title-case name that goes
on past a head inside it; a long form and its discovered short form in parentheses as one entity."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a noun in "-al" is no adjective
    ("The framework builds a case library and a skill library, and proposes a dynamic utility retrieval "
     "algorithm.", "dynamic utility retrieval algorithm"),
    # what steers a part, hyphenated, before a strong head
    ("To counter this, we further propose a chemistry-informed curriculum: five structural complexity "
     "descriptors order the training molecules.", "chemistry-informed curriculum"),
    ("To make RL effective for moderate-sized LLMs, we introduce a graph-aware curriculum that schedules "
     "training.", "graph-aware curriculum"),
    # a title-case name goes on past a head inside it
    ("We introduce a Hybrid Optimal Block Partitioning strategy to make the search tractable.",
     "Hybrid Optimal Block Partitioning strategy"),
])
def test_coined_desc9_introduced(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: built on or made for a thing, no name
    "It uses a Transformer-based encoder to read the frames.",
    "We use a retrieval module to fetch the passages.",
])
def test_coined_desc9_no_name(abstract):
    assert not coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: the parts listed after a colon, each with its description
    ("To further accelerate strategy search, we introduce three key techniques: Distribution Preserving "
     "Sampling, which reduces data volume while maintaining distributional integrity; Processing Target "
     "Selection, which uses a binary classifier to identify low-quality samples.",
     {"Distribution Preserving Sampling", "Processing Target Selection"}),
    ("HumanX coordinates them through two decoder-side modules: Expert-Specific Enhancement (ESE), which "
     "preserves branch-specific expert references, and Cross-Expert Modulation (CEM), which enables "
     "selective complementation.", {"Expert-Specific Enhancement", "Cross-Expert Modulation"}),
    ("CC-OR-Net integrates three specialized components: a structural ordinal decomposition module for "
     "robust ranking, an intra-bucket residual module for fine-grained regression, and a targeted high-value "
     "augmentation module for precision on top-tier users.",
     {"structural ordinal decomposition module", "targeted high-value augmentation module"}),
])
def test_coined_desc9_colon_parts(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a listed part with no name, and an enumeration (read as such, not as a colon list)
    "The decoder has two branches: an implicit physics-guided branch employing cross-attention and an "
    "explicit branch.",
    "The attack has two stages: (i) identifying and manipulating Ascending and Descending Edges to align the "
    "global model.",
])
def test_coined_desc9_no_colon_part(abstract):
    found = coined(abstract)
    assert not {s for s in found if "branch" in s or "Edges" in s}


@pytest.mark.issue(12)
def test_coined_desc9_a_listed_part_keeps_a_known_name(shipped):
    # corpus sentence: the listed part does not take over the known method inside it
    abstract = ("The model has two components: a head-level Group Normalization layer and a gated residual "
                "path.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert "Group Normalization" in {m.surface for m in extraction.mentions}


@pytest.mark.issue(12)
def test_coined_desc9_long_form_is_its_short_forms_entity(shipped):
    # corpus sentences: the listed long form and its short form, linked by the abbreviations, are one entity
    abstract = ("On the methodological front, we propose a novel framework featuring two key modules: Motion "
                "Feature Stabilization (MFS) and Trajectory-Aware Alignment (TAA). The MFS module utilizes "
                "frame-agnostic Semantic Basis Primitives, while the TAA module leverages trajectory-guided "
                "deformable sampling.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    ids = {m.surface: m.entity_id for m in extraction.mentions}
    assert ids["Trajectory-Aware Alignment"] == ids["TAA"]


@pytest.mark.issue(12)
def test_coined_desc9_a_listed_step_of_use_is_no_name():
    # seed sentence: a stage that leverages an instruction is a step, not a method's name
    abstract = ("The paper proposes a novel paradigm consisting of three stages: Secondary Pre-training "
                "using Extensive Monolingual Data, Continual Pre-training with Interlinear Text Format "
                "Documents, and Leveraging Source-Language Consistent Instruction for Supervised "
                "Fine-Tuning.")
    assert not {s for s in coined(abstract) if s.startswith("Leveraging")}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an adjective of an established method's name, after another modifier, before a strong
    # head
    ("Features are then integrated through a view-quality semantic gate for cross-view consistency.",
     "view-quality semantic gate"),
    ("ASPEN integrates an adaptive spectral layer with learnable Fourier features directly into the network.",
     "adaptive spectral layer"),
])
def test_coined_desc9_naming_adjective_last(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_desc9_one_naming_adjective_is_no_name():
    # an adjective alone before a strong head names a kind of part
    assert not coined("Features are then integrated through a semantic gate for consistency.")


@pytest.mark.issue(12)
def test_coined_desc9_a_short_form_after_the_name_does_not_go_on():
    # seed sentence: the short form after "... Model" is no part of the name
    abstract = ("We trained a 540-billion parameter, densely activated, Transformer language model, which we "
                "call Pathways Language Model PaLM.")
    assert "Pathways Language Model PaLM" not in coined(abstract)
