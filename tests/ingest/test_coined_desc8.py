"""Methods named in plain words (``paperkg_coined``), fifth pass: heads of a part that holds or moves a
method's data ("engine", "node", "slider", "container"; "loop" as the last word; "tool" and "library" after a
specific phrase), kept in the label; adjectives that start an established method's name after a cue of use
("via multinomial sampling", "through adaptive pooling"); one hyphenated modifier before a strong
head after "we implement|adopt|employ a" ("we implement a time-frequency loss")."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an introduced part named by what it holds or moves
    ("To avoid annotation bottlenecks, we develop a multi-modal automated data engine that synergizes "
     "VFM-driven video masklets.", "multi-modal automated data engine"),
    ("To address this limitation, we first propose a refined UAV-Label engine.", "UAV-Label engine"),
    ("LLM-to-Phy3D introduces a novel online black-box refinement loop that empowers large language models.",
     "online black-box refinement loop"),
    ("In addition, a multidisciplinary discussion tool was introduced to interpret challenging cases.",
     "multidisciplinary discussion tool"),
    ("To support this effort, we introduce the yProv4ML library, a tool designed to collect provenance.",
     "yProv4ML library"),
])
def test_coined_desc8_part_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_desc8_a_title_case_name_keeps_its_part_head(shipped):
    # corpus sentence: the entity is the engine, not "Automatic Scene Creation"
    abstract = "To facilitate large-scale data synthesis, we develop an Automatic Scene Creation Engine."
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert "Automatic Scene Creation Engine" in {e.label for e in extraction.entities}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a tool or library named by what it is for alone, and a loop that goes on
    "To demystify the DDR, we further propose a visualization tool that enables observing the scene "
    "geometry.",
    "This paper presents a software library, called GymPN, that supports optimal decision making.",
    "A novel intra-to-inter loop closure method is designed to achieve local consistency.",
])
def test_coined_desc8_no_part_head_name(abstract):
    found = coined(abstract)
    assert not {s for s in found if s.endswith(("tool", "library", "loop"))}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an adjective of an established method's name after a cue of use
    ("LCR employs a two-stage process: confidence assessment via multinomial sampling and clustering, "
     "followed by binning.", "multinomial sampling"),
    ("The framework employs adaptive fusion that dynamically reconfigures based on input availability.",
     "adaptive fusion"),
    ("LLaVA-SP-Pooling captures global semantics through adaptive pooling, enabling the model to handle "
     "diverse inputs.", "adaptive pooling"),
    ("It enables unsupervised instance segmentation via contrastive clustering.", "contrastive clustering"),
])
def test_coined_desc8_method_adjectives_after_a_cue_of_use(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "absent"), [
    # corpus sentences: the name goes on to its head noun, and "iterative optimization" is a manner
    ("This method incorporates an interpretable adversarial guidance mechanism to gradually shift the "
     "sampling distribution.", "adversarial guidance"),
    ("A successive convex approximation (SCA)-based framework is proposed, incorporating iterative "
     "optimization and finite search.", "iterative optimization"),
])
def test_coined_desc8_method_adjectives_do_not_cut_a_name(abstract, absent):
    assert absent not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "we implement|incorporate a", one hyphenated modifier
    ("To counter transformations that degrade secret audio quality during recovery, we implement a "
     "time-frequency loss on the time-domain signal.", "time-frequency loss"),
    ("To enhance mesh quality, we incorporate a level-set regularizer operating on the opacity field.",
     "level-set regularizer"),
])
def test_coined_desc8_own_part_with_a_hyphenated_modifier(abstract, surface):
    assert surface in coined(abstract)


@pytest.mark.issue(12)
def test_coined_desc8_own_part_needs_more_than_a_count():
    # "two-stage" counts the steps of a strategy, it names none
    assert not coined("We adopt a two-stage strategy to train the model.")
