"""Methods named in plain words (``paperkg_coined``), seventh pass: cues of the parts a method is made of, a
step after another and what the paper uses ("composed of", "followed by", "we use"); heads of what a method
puts into a model ("injection", "adaptation"); an adverb after a lower-case name, which is its verb's; the
steps a method "performs", enumerated; and no name in a noun and the participle that starts a clause about it
("approaches outperforming the ...") or in what the paper says is a task ("Evidence Ranking, a novel task")."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Role
from tests.ingest._helpers import coined


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (open dev papers): a cue of the parts, a step after another, what the paper uses
    ("Motivated by this insight, we propose PromPrune, a sample-adaptive visual token selection framework "  # 2603.14892
     "composed of semantic prominence-aware budget allocation and a two-stage selection pipeline.",
     "semantic prominence-aware budget allocation"),
    ("LCR employs a two-stage process: confidence assessment via multinomial sampling and clustering, followed "  # 2602.13571
     "by binning and multi-level sorting based on query and document confidence thresholds.", "multi-level sorting"),
    ("For point-regression models, we employ scene-density-specific high-confidence logit suppression; for "  # 2603.24821
     "density-map approaches, we use peak-targeted density map suppression.",
     "peak-targeted density map suppression"),
    # heads of what a method puts into a model
    ("It proposes a fine-tuning algorithm framework based on knowledge graph injection.",  # 2508.14427
     "knowledge graph injection"),
    ("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive framework grounded in "  # 2506.23844
     "Constrained Markov Decision Processes (CMDPs), which incorporates risk-aware world modeling, meta-policy "
     "adaptation, and joint reward-risk optimization to enable principled, proactive safety.",
     "meta-policy adaptation"),
    ("The generator combines topology-preserving mask injection with boundary-gated modulation to maintain "  # 2601.03637
     "thin-structure continuity.", "topology-preserving mask injection"),
])
def test_coined_desc10_used(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences (open dev papers): an adverb after a lower-case name is its verb's
    ("Perturbation-based analysis is used to evaluate explanation stability. An adaptive fusion strategy "  # 2606.22886
     "dynamically combines local and global explanation to generate more reliable token-level explanations.",
     {"adaptive fusion strategy"}),
    # the steps a method performs, enumerated
    ("ComprExIT performs (i) depth-wise transmission to selectively transmit multi-layer information into token "  # 2602.03784
     "anchors, mitigating progressive overwriting, and (ii) width-wise transmission to aggregate anchors into a "
     "small number of slots.", {"depth-wise transmission", "width-wise transmission"}),
])
def test_coined_desc10_introduced(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "wrong"), [
    # corpus sentences: a noun and the participle that starts a clause about it
    ("This work introduces panoptic captioning, a novel task striving to seek the minimum text equivalence of "  # 2505.16334
     "images.", "task striving"),
    ("We experimentally evaluate the results of the proposed approaches outperforming the dice coefficient and "  # 2601.00794
     "the average perpendicular distance than other state-of-the-art approaches.", "approaches outperforming"),
    ("We further present two diagnostic case studies showing that exploration functions as a critical branching "  # 2512.19995
     "step associated with correctness.", "diagnostic case studies showing"),
    ("We also present a code correcting a single substitution with few redundant bits and prove that it is within "  # 2601.10256
     "one bit of optimality.", "code correcting"),
    ("To validate this approach, we present a proof-of-concept focusing on a single specialized SLM as the "  # 2601.23206
     "fundamental building block.", "proof-of-concept focusing"),
    # what the paper says is a task
    ("To address this, we propose Evidence Ranking, a novel task that prioritizes presenting sufficient "  # 2601.21387
     "information as early as possible in a ranked list.", "Evidence Ranking"),
    ("In our work, we introduce Video Connecting, an innovative task that aims to generate smooth intermediate "  # 2601.19236
     "video content between given start and end clips.", "Video Connecting"),
    # what the paper says is a metric or a capability
    ("To quantify this uncertainty, we introduce Denoising Entropy, a computable metric that serves as an "  # 2512.21336
     "internal signal for evaluating generative process.", "Denoising Entropy"),
    ("Furthermore, to address the critical gap in evaluation, we propose the Light Stability Score, the first "  # 2601.23167
     "quantitative metric designed to specifically measure lighting consistency.", "Light Stability Score"),
    ("To address this gap, we introduce scientific instruction following: the capability to solve problems while "  # 2601.04770
     "strictly adhering to the constraints that establish scientific validity.", "scientific instruction following"),
    # an adjective of degree names no method
    ("Our ablation shows that moderate guidance improves reconstruction quality, with the best configuration "  # 2512.21797
     "achieved at a small noise level.", "moderate guidance"),
])
def test_coined_desc10_no_name(abstract, wrong):
    assert wrong not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a name in "-ing" before its apposition stays, with the comma apart or not
    ("In this paper, we introduce statistical flow matching , a stable and efficient supervised learning "  # 2602.05391
     "framework that optimizes synthetic images.", "statistical flow matching"),
    ("We address this gap diagnostically and propose greedy pruning, a likelihood-preserving deletion procedure "  # 2601.03066
     "that iteratively removes reasoning tokens.", "greedy pruning"),
])
def test_coined_desc10_a_name_in_ing_stays(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "our", in lower-case words with a strong head
    ("Our two-stage inference strategy achieves up to fivefold acceleration, enhancing clinical "  # 2511.14187
     "practicality.", "two-stage inference strategy"),
    # a step the method performs, named by what steers it or by two modifiers
    ("We achieve this by performing voxel-based refinement at fixed spatial locations, where voxel queries "  # 2512.21185
     "derived from coarse geometry provide explicit positional anchors.", "voxel-based refinement"),
    ("Besides, we further perform latent space clustering on training samples to select representative and "  # 2601.15829
     "diverse prototypes as visual style guidance.", "latent space clustering"),
    # after a cue of use, the mention goes on to the head noun after the method's name
    ("CogStereo employs a dual-conditional refinement mechanism that combines pixel-wise uncertainty with "  # 2510.22119
     "cognition-guided features for consistent global correction of mismatches.",
     "dual-conditional refinement mechanism"),
    ("We propose a visual state-space model that leverages normalized attention maps to identify internal "  # 2602.10079
     "similarities, paired with a region-based block attention module to distinguish manipulated regions.",
     "region-based block attention module"),
])
def test_coined_desc10_own_parts_and_steps(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences (guards): a kind of step performed, and a model's size after "our", name nothing
    "The advantage of RGB-Thermal (RGB-T) detection lies in its ability to perform modality fusion and integrate "  # 2601.08458
    "cross-modality complementary information.",
    "Notably, on the ADNI benchmark, our 7B model rivals GPT-4o, effectively capturing fluctuating trends.",  # 2601.03018
])
def test_coined_desc10_no_name_performed_or_ours(abstract):
    assert not coined(abstract)


@pytest.mark.issue(12)
def test_coined_desc10_a_title_names_the_method_without_its_head(shipped):
    """2601.11102: the title's "Graph Smoothing" is the method the abstract integrates as "a graph smoothing
    module", one entity (the label is the method's name without the head noun)."""
    from paperkg.ingest.records import Paper
    extraction = shipped.extract(Paper(
        id="t", title="Graph Smoothing for Enhanced Local Geometry Learning in Point Cloud Analysis",
        abstract="To address these challenges, we propose a novel method that integrates a graph smoothing module "
                 "with an enhanced local geometry learning module."))
    ids = {m.entity_id for m in extraction.mentions if m.surface.lower().startswith("graph smoothing")}
    assert len(ids) == 1 and any(m.surface == "graph smoothing module" for m in extraction.mentions)
