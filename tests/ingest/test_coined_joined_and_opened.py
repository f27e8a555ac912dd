"""Methods named by two steps they join ("X-and-Y" before a method noun), and parts named after an opening
connective ("First, a ...").

"a pruning-and-splitting module", "a modular detection-and-correction framework", "a data-grounded
verification-and-selection loop": the compound and its method noun name a method (the gold marks both,
without a descriptive adjective before them such as "modular" or "hybrid"); a name of the vocabulary inside
the compound is a step's and goes ("pruning"). No method: "a plug-and-play mechanism" (how a method is used),
and "a divide-and-conquer strategy" stays the vocabulary's. A part the paper names at a sentence's start is
named after an opening connective and its comma too ("Furthermore, a spatial-channel modulated fusion module
is presented", "Second, an entropy-driven latent reasoning mechanism conducts ..."), under the same tests as
after a bare "A" (a head noun and a specific phrase). Sentences from corpus abstracts (and dev gold).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined, kinds


@pytest.mark.parametrize(("abstract", "name"), [
    # dev gold (2506.10977): "pruning", a vocabulary name inside the compound, goes
    ("Building on this, we present QuadricFormer, a superquadric-based model for efficient 3D occupancy "
     "prediction, and introduce a pruning-and-splitting module to further enhance modeling efficiency by "
     "concentrating superquadrics in occupied regions.",
     "pruning-and-splitting module"),
    # dev gold (2603.28028): "modular" is no part of the name
    ("We present a modular detection-and-correction framework that achieves near-SOTA accuracy with "
     "single-GPU training.",
     "detection-and-correction framework"),
    # dev gold (2601.22324): after adjectives and a comma, no cue of its own
    ("We introduce AgentScore, which performs semantically guided optimization in this space by using LLMs "
     "to propose candidate rules and a deterministic, data-grounded verification-and-selection loop to "
     "enforce statistical validity and deployability constraints.",
     "verification-and-selection loop"),
    # a corpus slice (2607.22563): "hybrid" is no part of the name
    ("The pipeline constructs evidence-grounded asset profiles, allocates coverage-aware scenario budgets "
     "across operational domains, and generates candidates through a hybrid validation-and-repair loop that "
     "enforces schema validity, tool reachability, physical plausibility, standards alignment, and "
     "deduplication.",
     "validation-and-repair loop"),
    # a corpus slice (2508.04297)
    ("Next, We propose a projection-and-sampling mechanism for deep depth fusion, which constructs a fine "
     "probability volume to guide the regression of the feature map.",
     "projection-and-sampling mechanism"),
])
def test_a_joined_compound_before_a_method_noun_names_a_method(abstract: str, name: str) -> None:
    found = coined(abstract)
    assert found.get(name, (None,))[0] == "technique"
    assert not any(name in other and other != name for other in found)  # no longer phrase around it


def test_a_vocabulary_name_inside_the_compound_goes() -> None:
    found = kinds("Building on this, we introduce a pruning-and-splitting module to further enhance modeling "
                  "efficiency by concentrating superquadrics in occupied regions.")
    assert "pruning" not in found
    assert found.get("pruning-and-splitting module") == "technique"


@pytest.mark.parametrize("abstract", [
    # corpus (2605.07447): how a method is used, no method
    "To the best of our knowledge, this is the first work to explore SAE as a plug-and-play mechanism for "
    "adversarial attack detection in VLMs.",
    # corpus (2511.22862): the vocabulary's name stays
    "BriMPR, consisting of two progressively enhanced modules, tackles the coupling effect with a "
    "divide-and-conquer strategy.",
])
def test_no_joined_name(abstract: str) -> None:
    assert not any("-and-" in name for name in coined(abstract))


@pytest.mark.parametrize(("abstract", "name"), [
    # dev gold (2603.07918)
    ("Furthermore, a spatial-channel modulated fusion module is presented to merge encoder-decoder features "
     "using dynamic gating weights, yielding a high-quality, high-resolution HSI.",
     "spatial-channel modulated fusion module"),
    # a corpus slice (2602.09850)
    ("Second, an entropy-driven latent reasoning mechanism conducts iterative exploration within a compact "
     "latent space using optimizable latent think tokens.",
     "entropy-driven latent reasoning mechanism"),
    ("Furthermore, a dynamic visual injection strategy selectively incorporates the most informative image "
     "patches into the latent sequence.",
     "dynamic visual injection strategy"),
])
def test_a_part_named_after_an_opening_connective(abstract: str, name: str) -> None:
    assert coined(abstract).get(name, (None,))[0] == "technique"


@pytest.mark.parametrize("abstract", [
    # corpus (2511.04671, 2601.12276): no method noun, no name
    "Then, a human action is incorporated into policy training only after it is verified.",
    "First, a controlled experiment compares GPT-RAG and human designers.",
])
def test_no_part_after_an_opening_connective(abstract: str) -> None:
    assert coined(abstract) == {}
