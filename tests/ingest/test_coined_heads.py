"""Methods named in plain words (``paperkg_coined``): the heads that end a name, the modifiers before them and
the cues around them (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined

# Methods named in plain words (``paperkg_coined``), fourth pass: strong heads that name a component
# by what it generates, plans or filters, or what it adds to training ("kernel", "curriculum", "prior",
# "criterion", "check"), ending a name only as its last word; a lower-case "-driven" word before a
# title-case name is no part of it.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an introduced method ending in a head of a component
    ("Additionally, we propose a threshold-dependent refractory kernel to mitigate excessive neuron "
     "state accumulation.", "threshold-dependent refractory kernel"),
    ("As an initial defense, we propose a simple confidence check which requires no retraining of the "
     "victim model.", "confidence check"),
    ("We first design a 3D frequency filter to selectively prune Gaussians exhibiting abnormally high "
     "frequencies.", "3D frequency filter"),
    ("We tackle this limitation with a reconstruction-guided slot curriculum (SlotCurri).",
     "reconstruction-guided slot curriculum"),
])
def test_coined_component_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_a_component_head_inside_a_name_goes_on():
    # corpus sentence: "prior" is not the name's last word, which is "model"
    abstract = ("To address the challenging problem of cartoon-texture decomposition in the presence of "
                "heavy-tailed noise, we in this paper propose a robust low-rank prior model.")
    assert "low-rank prior" not in coined(abstract)


@pytest.mark.issue(12)
def test_coined_driven_word_before_a_title_case_name():
    # corpus sentences: the name after "large-model-driven" is "User Simulator"; but a lower-case name
    # after "kinematics-driven" keeps it
    found = coined("Second, we develop a large-model-driven User Simulator that generates diverse, "
                   "personalized user queries.")
    assert found["User Simulator"] == ("technique", Role.INTRODUCES)
    found = coined("Firstly, a kinematics-driven Gaussian splatting module is designed to dynamically "
                   "construct anisotropic covariance matrices.")
    assert "kinematics-driven Gaussian splatting module" in found



# Methods named in plain words (``paperkg_coined``), fifth pass: heads of a part that holds or moves a
# method's data ("engine", "node", "slider", "container"; "loop" as the last word; "tool" and "library" after
# a specific phrase), kept in the label; adjectives that start an established method's name after a cue of use
# ("via multinomial sampling", "through adaptive pooling"); one hyphenated modifier before a strong
# head after "we implement|adopt|employ a" ("we implement a time-frequency loss").


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
def test_coined_part_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_a_title_case_name_keeps_its_part_head(shipped):
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
def test_coined_no_part_head_name(abstract):
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
def test_coined_method_adjectives_after_a_cue_of_use(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "absent"), [
    # corpus sentences: the name goes on to its head noun, and "iterative optimization" is a manner
    ("This method incorporates an interpretable adversarial guidance mechanism to gradually shift the "
     "sampling distribution.", "adversarial guidance"),
    ("A successive convex approximation (SCA)-based framework is proposed, incorporating iterative "
     "optimization and finite search.", "iterative optimization"),
])
def test_coined_method_adjectives_do_not_cut_a_name(abstract, absent):
    assert absent not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "we implement|incorporate a", one hyphenated modifier
    ("To counter transformations that degrade secret audio quality during recovery, we implement a "
     "time-frequency loss on the time-domain signal.", "time-frequency loss"),
    ("To enhance mesh quality, we incorporate a level-set regularizer operating on the opacity field.",
     "level-set regularizer"),
])
def test_coined_own_part_with_a_hyphenated_modifier(abstract, surface):
    assert surface in coined(abstract)


@pytest.mark.issue(12)
def test_coined_own_part_needs_more_than_a_count():
    # "two-stage" counts the steps of a strategy, it names none
    assert not coined("We adopt a two-stage strategy to train the model.")



# Methods named in plain words (``paperkg_coined``), sixth pass: nouns in "-al" ("retrieval", "removal")
# as modifiers; a hyphenated word of what steers a part, or an adjective of an established method's name after
# another modifier, as the last modifier before a strong head ("a chemistry-informed curriculum", "a
# view-quality semantic gate"); the parts listed after "<count> <parts noun>:"; a title-case name that goes
# on past a head inside it; a long form and its discovered short form in parentheses as one entity.


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
def test_coined_a_strong_head_after_an_al_noun_or_a_steering_word_is_introduced(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: built on or made for a thing, no name
    "It uses a Transformer-based encoder to read the frames.",
    "We use a retrieval module to fetch the passages.",
])
def test_coined_no_name_for_what_a_part_is_built_on_or_made_for(abstract):
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
def test_coined_colon_parts(abstract, surfaces):
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
def test_coined_no_colon_part(abstract):
    found = coined(abstract)
    assert not {s for s in found if "branch" in s or "Edges" in s}


@pytest.mark.issue(12)
def test_coined_a_listed_part_keeps_a_known_name(shipped):
    # corpus sentence: the listed part does not take over the known method inside it
    abstract = ("The model has two components: a head-level Group Normalization layer and a gated residual "
                "path.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert "Group Normalization" in {m.surface for m in extraction.mentions}


@pytest.mark.issue(12)
def test_coined_long_form_is_its_short_forms_entity(shipped):
    # corpus sentences: the listed long form and its short form, linked by the abbreviations, are one entity
    abstract = ("On the methodological front, we propose a novel framework featuring two key modules: Motion "
                "Feature Stabilization (MFS) and Trajectory-Aware Alignment (TAA). The MFS module utilizes "
                "frame-agnostic Semantic Basis Primitives, while the TAA module leverages trajectory-guided "
                "deformable sampling.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    ids = {m.surface: m.entity_id for m in extraction.mentions}
    assert ids["Trajectory-Aware Alignment"] == ids["TAA"]


@pytest.mark.issue(12)
def test_coined_a_listed_step_of_use_is_no_name():
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
def test_coined_naming_adjective_last(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_one_naming_adjective_is_no_name():
    # an adjective alone before a strong head names a kind of part
    assert not coined("Features are then integrated through a semantic gate for consistency.")


@pytest.mark.issue(12)
def test_coined_a_short_form_after_the_name_does_not_go_on():
    # seed sentence: the short form after "... Model" is no part of the name
    abstract = ("We trained a 540-billion parameter, densely activated, Transformer language model, which we "
                "call Pathways Language Model PaLM.")
    assert "Pathways Language Model PaLM" not in coined(abstract)



# Methods named in plain words (``paperkg_coined``), seventh pass: cues of the parts a method is made of, a
# step after another and what the paper uses ("composed of", "followed by", "we use"); heads of what a method
# puts into a model ("injection", "adaptation"); an adverb after a lower-case name, which is its verb's; the
# steps a method "performs", enumerated; and no name in a noun and the participle that starts a clause about
# it ("approaches outperforming the ...") or in what the paper says is a task ("Evidence Ranking, a novel
# task").


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (open dev papers): a cue of the parts, a step after another, what the paper uses
    # 2603.14892
    ("Motivated by this insight, we propose PromPrune, a sample-adaptive visual token selection framework "
     "composed of semantic prominence-aware budget allocation and a two-stage selection pipeline.",
     "semantic prominence-aware budget allocation"),
    ("LCR employs a two-stage process: confidence assessment via multinomial sampling and "
     "clustering, followed "  # 2602.13571
     "by binning and multi-level sorting based on query and document confidence thresholds.",
     "multi-level sorting"),
    # 2603.24821
    ("For point-regression models, we employ scene-density-specific high-confidence logit suppression; for "
     "density-map approaches, we use peak-targeted density map suppression.",
     "peak-targeted density map suppression"),
    # heads of what a method puts into a model
    ("It proposes a fine-tuning algorithm framework based on knowledge graph injection.",  # 2508.14427
     "knowledge graph injection"),
    ("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive framework "
     "grounded in "  # 2506.23844
     "Constrained Markov Decision Processes (CMDPs), which incorporates risk-aware world modeling, "
     "meta-policy adaptation, and joint reward-risk optimization to enable principled, proactive safety.",
     "meta-policy adaptation"),
    # 2601.03637
    ("The generator combines topology-preserving mask injection with boundary-gated modulation to maintain "
     "thin-structure continuity.", "topology-preserving mask injection"),
])
def test_coined_used(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences (open dev papers): an adverb after a lower-case name is its verb's
    # 2606.22886
    ("Perturbation-based analysis is used to evaluate explanation stability. An adaptive fusion strategy "
     "dynamically combines local and global explanation to generate more reliable token-level explanations.",
     {"adaptive fusion strategy"}),
    # the steps a method performs, enumerated
    ("ComprExIT performs (i) depth-wise transmission to selectively transmit multi-layer information "
     "into token "  # 2602.03784
     "anchors, mitigating progressive overwriting, and (ii) width-wise transmission to aggregate "
     "anchors into a small number of slots.", {"depth-wise transmission", "width-wise transmission"}),
])
def test_coined_a_name_before_an_adverb_and_enumerated_steps_are_introduced(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "wrong"), [
    # corpus sentences: a noun and the participle that starts a clause about it
    ("This work introduces panoptic captioning, a novel task striving to seek the minimum text "
     "equivalence of "  # 2505.16334
     "images.", "task striving"),
    ("We experimentally evaluate the results of the proposed approaches outperforming the dice "
     "coefficient and "  # 2601.00794
     "the average perpendicular distance than other state-of-the-art approaches.",
     "approaches outperforming"),
    ("We further present two diagnostic case studies showing that exploration functions as a critical "
     "branching "  # 2512.19995
     "step associated with correctness.", "diagnostic case studies showing"),
    ("We also present a code correcting a single substitution with few redundant bits and prove that it "
     "is within "  # 2601.10256
     "one bit of optimality.", "code correcting"),
    # 2601.23206
    ("To validate this approach, we present a proof-of-concept focusing on a single specialized SLM as the "
     "fundamental building block.", "proof-of-concept focusing"),
    # what the paper says is a task
    # 2601.21387
    ("To address this, we propose Evidence Ranking, a novel task that prioritizes presenting sufficient "
     "information as early as possible in a ranked list.", "Evidence Ranking"),
    ("In our work, we introduce Video Connecting, an innovative task that aims to generate smooth "
     "intermediate "  # 2601.19236
     "video content between given start and end clips.", "Video Connecting"),
    # what the paper says is a metric or a capability
    # 2512.21336
    ("To quantify this uncertainty, we introduce Denoising Entropy, a computable metric that serves as an "
     "internal signal for evaluating generative process.", "Denoising Entropy"),
    ("Furthermore, to address the critical gap in evaluation, we propose the Light Stability Score, "
     "the first "  # 2601.23167
     "quantitative metric designed to specifically measure lighting consistency.", "Light Stability Score"),
    ("To address this gap, we introduce scientific instruction following: the capability to solve "
     "problems while "  # 2601.04770
     "strictly adhering to the constraints that establish scientific validity.",
     "scientific instruction following"),
    # an adjective of degree names no method
    # 2512.21797
    ("Our ablation shows that moderate guidance improves reconstruction quality, with the best configuration "
     "achieved at a small noise level.", "moderate guidance"),
])
def test_coined_no_name_from_a_participle_clause_a_task_or_a_metric(abstract, wrong):
    assert wrong not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a name in "-ing" before its apposition stays, with the comma apart or not
    # 2602.05391
    ("In this paper, we introduce statistical flow matching , a stable and efficient supervised learning "
     "framework that optimizes synthetic images.", "statistical flow matching"),
    ("We address this gap diagnostically and propose greedy pruning, a likelihood-preserving deletion "
     "procedure "  # 2601.03066
     "that iteratively removes reasoning tokens.", "greedy pruning"),
])
def test_coined_a_name_in_ing_stays(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "our", in lower-case words with a strong head
    # 2511.14187
    ("Our two-stage inference strategy achieves up to fivefold acceleration, enhancing clinical "
     "practicality.", "two-stage inference strategy"),
    # a step the method performs, named by what steers it or by two modifiers
    # 2512.21185
    ("We achieve this by performing voxel-based refinement at fixed spatial locations, where voxel queries "
     "derived from coarse geometry provide explicit positional anchors.", "voxel-based refinement"),
    # 2601.15829
    ("Besides, we further perform latent space clustering on training samples to select representative and "
     "diverse prototypes as visual style guidance.", "latent space clustering"),
    # after a cue of use, the mention goes on to the head noun after the method's name
    # 2510.22119
    ("CogStereo employs a dual-conditional refinement mechanism that combines pixel-wise uncertainty with "
     "cognition-guided features for consistent global correction of mismatches.",
     "dual-conditional refinement mechanism"),
    # 2602.10079
    ("We propose a visual state-space model that leverages normalized attention maps to identify internal "
     "similarities, paired with a region-based block attention module to distinguish manipulated regions.",
     "region-based block attention module"),
])
def test_coined_own_parts_and_steps(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences (guards): a kind of step performed, and a model's size after "our", name nothing
    "The advantage of RGB-Thermal (RGB-T) detection lies in its ability to perform modality fusion and "
    "integrate "  # 2601.08458
    "cross-modality complementary information.",
    # 2601.03018
    "Notably, on the ADNI benchmark, our 7B model rivals GPT-4o, effectively capturing fluctuating trends.",
])
def test_coined_no_name_performed_or_ours(abstract):
    assert not coined(abstract)


@pytest.mark.issue(12)
def test_coined_a_title_names_the_method_without_its_head(shipped):
    """2601.11102: the title's "Graph Smoothing" is the method the abstract integrates as "a graph smoothing
    module", one entity (the label is the method's name without the head noun)."""
    from paperkg.ingest.records import Paper
    extraction = shipped.extract(Paper(
        id="t", title="Graph Smoothing for Enhanced Local Geometry Learning in Point Cloud Analysis",
        abstract="To address these challenges, we propose a novel method that integrates a graph "
                 "smoothing module with an enhanced local geometry learning module."))
    ids = {m.entity_id for m in extraction.mentions if m.surface.lower().startswith("graph smoothing")}
    assert len(ids) == 1 and any(m.surface == "graph smoothing module" for m in extraction.mentions)
