"""Technique precision of plain-word names (``paperkg_coined``, ``paperkg_heads``): corpus sentences, the
shipped pipeline. A description set beside the paper's name for its method is no second method; a method's
head noun alone before a head names a kind of method; a title's compound description is no name."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper
from tests.ingest._helpers import kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name", "description"), [
    # corpus sentences: the name, then the phrase that describes it
    ("We present X-Actor, a novel audio-driven portrait animation framework that generates "
     "lifelike, emotionally "
     "expressive talking head videos from a single reference image and an input audio clip.",
     "X-Actor", "audio-driven portrait animation"),
    ("Motivated by these observations, we propose FreeCP, a novel training-free class purification framework "
     "designed to address these challenges.", "FreeCP", "class purification"),
    ("To address these limitations, we introduce GRASPTrack, a novel depth-aware MOT framework that "
     "integrates "
     "monocular depth estimation and instance segmentation into a standard TbD pipeline.",
     "GRASPTrack", "depth-aware MOT"),
    ("We propose IConMark, a novel in-generation robust semantic watermarking method that embeds "
     "interpretable "
     "concepts into AI-generated images.", "IConMark", "in-generation robust semantic watermarking"),
])
def test_a_description_before_is_not_a_second_method(abstract, name, description):
    links = kinds_and_labels(abstract)
    assert links[name][0] == "technique"
    assert all(label != description for _, label in links.values())


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "description"), [
    # corpus sentences: the phrase, then the name it is given
    ("Building on this insight, we develop a recursive rewriting strategy called Balanced Structural "
     "Decomposition (BSD).", "recursive rewriting"),
    ("To address this challenge, this paper proposes a novel image fusion method, MMIF-AMIN, which "
     "features a new "
     "architecture that can effectively extract these unique and complementary features.", "image fusion"),
    ("Our approach is a lightweight 1D convolutional encoder combined with a learnable differential temporal "
     "operator, termed Differentiable Sequence Delta (DSD), which jointly captures short-term dynamics.",
     "learnable differential temporal operator"),
])
def test_a_description_before_a_name_is_not_a_second_method(abstract, description):
    assert all(label != description for _, label in kinds_and_labels(abstract).values())


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # must not change: a part the named method is built with ("MCP++, a framework incorporating ...")
    ("We further developed MCP++, a framework incorporating cross-modal prototype alignment and residual "
     "learning, introducing prototype residual fine-tuning.", "cross-modal prototype alignment",
     "cross-modal prototype alignment"),
    # must not change: the name belongs to another phrase than the one after "based on"
    ("This paper introduces a novel OT approach based on gradient-preserving compression, named GradOT.",
     "gradient-preserving compression", "gradient-preserving compression"),
    # must not change: the described method is one the paper names again on its own
    ("To address these issues, we propose SegTrans, a novel transfer attack framework that divides the input "
     "sample into multiple local regions. SegTrans achieves an average increase of 8.55% in transfer attack "
     "success rate.", "transfer attack framework", "transfer attack"),
    # must not change: a component with no name beside it
    ("We further propose a hypergraph-enhanced self-attention module where the hyperedges between skeleton "
     "joints are gradually updated.", "hypergraph-enhanced self-attention module",
     "hypergraph-enhanced self-attention module"),
])
def test_methods_beside_no_name_stay(abstract, surface, label):
    assert kinds_and_labels(abstract)[surface] == ("technique", label)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a method's head noun alone before a head noun is a kind of method
    ("To effectively integrate these multimodal features, we propose a fusion strategy comprising two key "
     "components.", "fusion strategy"),
    ("Additionally, we propose an aggregation strategy that combines multiple uncertainty estimates into a "
     "single score.", "aggregation strategy"),
    ("We further propose a compression scheme to encode the geometry and texture efficiently.",
     "compression scheme"),
])
def test_a_kind_of_method_is_no_name(abstract, surface):
    assert surface not in kinds_and_labels(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # must not change: a noun of a specific method ("recomputation"), or two words before the head
    ("Second, we introduce a recomputation strategy to mitigate artifacts arising from instabilities during "
     "alternating minimization.", "recomputation strategy"),
    ("We design a gate module to filter tokens.", "gate module"),
])
def test_a_specific_method_noun_stays(abstract, surface):
    assert kinds_and_labels(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "word"), [
    # corpus titles: a compound description of the titled method, in a title's capitals
    ("evalSmarT: An LLM-Based Framework for Evaluating Smart Contract Generated Comments", "LLM-Based"),
    ("Trans-Adapter: A Plug-and-Play Framework for Transparent Image Inpainting", "Plug-and-Play"),
    ("ImagiDrive: A Unified Imagination-and-Planning Framework for Autonomous Driving",
     "Imagination-and-Planning"),
    ("From EMR Data to Clinical Insight: An LLM-Driven Framework for Automated Pre-Consultation "
     "Questionnaire "
     "Generation", "LLM-Driven"),
])
def test_a_title_compound_description_is_no_name(title, word):
    assert word not in kinds_and_labels("We study this.", title)


@pytest.mark.issue(12)
def test_a_name_before_a_title_head_stays():
    # must not change: a name word before a technique head in a title ("... the HiT-MDP framework")
    links = kinds_and_labels("We propose a policy algorithm that uses variational inference within "
                             "the HiT-MDP "
                             "framework.")
    assert links["HiT-MDP"][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "long", "short"), [
    # corpus sentences: a method named, then its short form of several tokens, which the title names
    ("MS-DETR: Towards Effective Video Moment Retrieval and Highlight Detection by Joint "
     "Motion-Semantic Learning",
     "In this paper, we propose the Motion-Semantics DETR (MS-DETR), a framework that captures rich "
     "motion-semantics features through unified learning.", "Motion-Semantics DETR", "MS-DETR"),
    ("GMF-Drive: Gated Mamba Fusion with Spatial-Aware BEV Representation for End-to-End Autonomous Driving",
     "Second, we propose a novel hierarchical gated mamba fusion (GM-Fusion) architecture that "
     "substitutes an "
     "expensive transformer with a highly efficient one.", "hierarchical gated mamba fusion", "GM-Fusion"),
])
def test_a_short_form_of_several_tokens_is_the_same_entity(shipped, title, abstract, long, short):
    extraction = shipped.extract(Paper(id="t", title=title, abstract=abstract))
    ids = {m.surface: m.entity_id for m in extraction.mentions}
    assert ids[long] == ids[short]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # corpus sentences: praise or degree before a method is no part of its name
    ("Fueled by the inspiration from vanilla ConvNet-4, we introduce a location-aware constellation network "
     "(LCN-4), equipped with a cutting-edge location-aware feature clustering module.",
     "location-aware feature clustering module", "location-aware feature clustering module"),
    ("To address the limitations of existing approaches for unpaired image-to-image translation, we "
     "introduce a "
     "straightforward dual contrastive loss within the proposed framework.", "dual contrastive loss",
     "dual contrastive loss"),
])
def test_praise_is_no_part_of_a_name(abstract, surface, label):
    assert kinds_and_labels(abstract)[surface] == ("technique", label)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "word"), [
    # corpus sentences: a degree and a method noun after a cue of use name no method
    ("Through rigorous theoretical analysis and empirical validation, we show that this RATIO spike "
     "is intrinsic "
     "to the data distribution, independent of the model architecture, and causes exponential error "
     "amplification when paired with strong guidance.", "strong guidance"),
    ("This staged generation leverages the inherent layout-controlling capacity of self-attention to first "
     "ensure global composition, followed by precise refinement.", "precise refinement"),
])
def test_a_degree_and_a_method_noun_name_no_method(abstract, word):
    assert word not in kinds_and_labels(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "long_form"), [
    # 2510.14661, 2601.19286: a pair the paper coins for a measure, which the abbreviations component
    # leaves unlinked (``names_concept``): coined must not link it as an introduced method either
    ("It supports two sustainability-driven tasks: (1) multitemporal mining footprint mapping for consistent "
     "annual land-use delineation, evaluated with a novel Change-Aware Temporal IoU (CA-TIoU) metric, "
     "and (2) cross-temporal change detection to capture both gradual and abrupt surface transformations.",
     "Change-Aware Temporal IoU"),
    ("ReToP aligns the rewriter with prediction objectives using a novel Classifier Supervised Contribution "
     "(CSC) score that enables the EHR rewriter to generate clinically relevant rewrites that directly "
     "enhance prediction.", "Classifier Supervised Contribution"),
])
def test_a_coined_pair_that_names_a_measure_is_no_method(abstract, long_form):
    links = kinds_and_labels(abstract)
    assert long_form not in links
    assert all(label != long_form for _, label in links.values())
