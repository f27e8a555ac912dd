"""Methods named in plain words after "utilize", "rely on" and the openers of a contrast.

"utilizes entropy-guided index clustering", "existing methods rely on dense matching", "Unlike keypoint
matching, ...", "In contrast to existing methods that rely on feature filtering": the phrase after such a cue
is read as after a cue of use, the words that only say the method is another's ("prior", "conventional")
passed over. What work rests on names a setting or a cost as often ("rely on per-scene optimization", "rely on
pixel-level supervision", "rely on complex training procedures"), and a list after the cue ends where a clause
starts ("Unlike baseline approaches, our method ... and establishes ..."). A part listed after "two key
components:" whose Title-Case name runs through "and" is not cut there. Sentences from corpus abstracts.
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "name"), [
    # corpus slices (2603.27856, 2506.23577): the object of "utilize(s|ing)"
    ("This approach utilizes entropy-guided index clustering to reduce dimensionality and targeted reshaping "
     "to expose latent data correlations.",
     "entropy-guided index clustering"),
    ("It constructs generic prompts by stacking semantically analogous categories, while utilizing "
     "multi-object textual feature fusion to amplify discriminative anomalies among similar objects.",
     "multi-object textual feature fusion"),
    # corpus slices (2605.19556, 2601.15655): what other work relies on
    ("However, most learning-based approaches rely on dense matching or direct regression, leading to "
     "redundancy and reduced geometric interpretability.",
     "dense matching"),
    ("Existing streaming systems rely on fixed-interval decoding or cache pruning, which either produce "
     "repetitive outputs or discard crucial temporal information.",
     "cache pruning"),
    # corpus slices (2510.05051, 2508.17686, 2603.30008): what the paper sets itself apart from
    ("Unlike keypoint matching, which focuses on localized features, segment matching captures structured "
     "regions.",
     "keypoint matching"),
    ("Unlike uniform pruning or keyframe selection, LGTTP retains higher token density in temporally "
     "relevant segments.",
     "uniform pruning"),
    ("Unlike conventional feature fusion strategies, the proposed conditional guidance mechanism dynamically "
     "modulates RGB features.",
     "feature fusion"),
])
def test_named(abstract: str, name: str) -> None:
    assert name in coined(abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    # corpus slices (2604.17965, 2602.10806, 2508.04418, 2505.14124): a setting or a cost of what is relied on
    ("Existing distractor-free NeRF methods rely on per-scene optimization and estimate uncertainty from "
     "per-view reconstruction errors.",
     "per-scene optimization"),
    ("Most existing methods rely on category-specific training, which limits their flexibility in few-shot "
     "scenarios.",
     "category-specific training"),
    # corpus abstract 2506.09479
    ("Existing 3DGS compression methods relying on scene-wise optimization are not applicable due to "
     "architectural incompatibilities.",
     "scene-wise optimization"),
    ("They perform grounding and segmentation without relying on pixel-level supervision.",
     "pixel-level supervision"),
    ("Many existing approaches still rely on architectural modifications or complex training procedures, "
     "which limit their generality.",
     "complex training"),
    # corpus slice (2604.06893): "prior" says whose the method is
    ("Unlike prior pruning methods that enforce rigid sparsity budgets or rely on heuristic importance "
     "scores, ERSM allows the network to autonomously discover an optimal information-density equilibrium.",
     "prior pruning"),
    # corpus slices (2509.18796, 2603.06681): the cue's list ends where a clause starts
    ("Unlike baseline approaches, our method overcomes sample degradation and establishes task-aware "
     "alignment as a key principle.",
     "establishes task-aware alignment"),
    ("In contrast to prior work emphasizing binary error detection or comparison against fully independent "
     "reference reports, RADAR targets fine-grained clinical reasoning and image-text alignment at the "
     "report review stage.",
     "image-text alignment"),
])
def test_not_named(abstract: str, name: str) -> None:
    assert name not in coined(abstract)


def test_title_case_part_through_and() -> None:
    # corpus abstract 2504.02647: one part, not "Adaptive Frequency" and "Spatial feature Interaction Module"
    found = coined("We propose the Adaptive Frequency Enhancement Network (AFENet), which integrates two "
                   "key components: the Adaptive Frequency and Spatial feature Interaction Module (AFSIM) "
                   "and the Selective feature Fusion Module (SFM).")
    assert "Adaptive Frequency" not in found
    assert "Spatial feature Interaction Module" not in found
    assert "Selective feature Fusion Module" in found
