"""Model or technique (``paperkg_kinds``): which evidence makes a coined name a model, which a technique.

ANNOTATION.md: "a system the paper names, whose kind is unclear, goes to the kind that fits best (a
trained network -> model; a procedure or framework -> technique)". The cases: a title that names a
procedure outweighs "our model" (a "-Net" stays a network); a long form after a colon leads to the
apposition ("RIFT: RubrIc Failure mode Taxonomy, a taxonomy"); "Building upon an ... architecture, X"
calls X no architecture; a family that the text calls a framework is a technique, its "RA-MIQA model" a
model, and a "-Net" family the text calls a network a model; a short form of a lower-case "... system"
is a system (a model); a name a shape typed as a model that the text calls a framework is a technique,
one listed among "methods like" networks stays a model; a short form of a procedure ("... Correction
(OCC)") is a technique; an apposition of eight words still types; a "memory architecture" is an agent's
memory design, not a network. A build settles a name that papers give different kinds on the kind a
paper's text says (``consistency``). Real titles and sentences from arXiv cs.AI abstracts
(``../shared/corpora/``), cut to the sentences that decide.
"""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor, settle_build
from paperkg.ingest.extract.kinds import evidence_kind
from paperkg.ingest.records import Kind, Paper
from tests.ingest._helpers import kinds_of_paper

# 2604.13970: "a ... vision language alignment approach" that the paper later calls "our model"; the
# title names a procedure ("Multi-instance Alignment of ...")
MAPLE = ("MApLe: Multi-instance Alignment of Diagnostic Reports and Large Medical Images",
         'Here, we propose "MApLe", a multi-task, multi-instance vision language alignment approach that '
         "overcomes these limitations. We demonstrate that MApLe can successfully align different "
         "image regions and multiple diagnostic findings in free-text reports. We show that our model "
         "improves the alignment performance compared to state-of-the-art baseline models when evaluated on "
         "several downstream tasks.")
# 2508.09533: a "-Net" is a network of its own, whatever its title's procedure ("Cross-Layer Fusion")
COXNET = ("COXNet: Cross-Layer Fusion with Adaptive Alignment and Scale Integration for RGBT Tiny "
          "Object Detection",
          "We propose COXNet, a novel framework for RGBT tiny object detection, addressing these "
          "issues through three core innovations. COXNet achieves a 3.32% mAP improvement on the "
          "RGBTDronePerson dataset over state-of-the-art methods.")
# 2604.01375: the long form after a colon, then the apposition
RIFT = ("RIFT: A RubrIc Failure Mode Taxonomy and Automated Diagnostics",
        "To address this gap, we introduce RIFT: RubrIc Failure mode Taxonomy, a taxonomy for systematically "
        "characterizing failure modes in rubric composition and design. RIFT consists of eight failure modes "
        "organized into three high-level categories.")
# 2601.19963: "Building upon an autoencoder architecture, TCLA ..." is no apposition
TCLA = ("Cross-Session Decoding of Neural Spiking Data via Task-Conditioned Latent Alignment",
        "To address this challenge, we propose a Task-Conditioned Latent Alignment framework (TCLA) for "
        "cross-session neural decoding. Building upon an autoencoder architecture, TCLA first learns a "
        "low-dimensional representation of neural dynamics from a source session with sufficient data. These "
        "results suggest that TCLA provides an effective strategy for transferring knowledge from source to "
        "target sessions.")
# 2508.19850: the MIQA framework (a family: "RA-MIQA") and its RA-MIQA model
MIQA = ("Image Quality Assessment for Machines: Paradigm, Large-scale Database, and Models",
        "To address this, we propose a machine-centric image quality assessment (MIQA) framework that "
        "quantifies the impact of image degradations on MVS performance. We further propose a "
        "region-aware MIQA (RA-MIQA) model to evaluate MVS visual quality through fine-grained spatial "
        "degradation analysis. Extensive experiments benchmark the proposed RA-MIQA against seven human "
        "visual system (HVS)-based IQA metrics and five retrained classical backbones.")
# 2604.21137: "an automated discourse analysis system (ADAS)": a system, as "... System (CBRS)" is
ADAS = ("Enhancing Science Classroom Discourse Analysis through Joint Multi-Task Learning for "
        "Reasoning-Component Classification",
        "We present an automated discourse analysis system (ADAS) that jointly classifies teacher "
        "and student utterances along two complementary dimensions.")
# 2510.10889: a name shaped like a model's ("...CLIP") that the text calls a framework
TOMCLIP = ("Topological Alignment of Shared Vision-Language Embedding Space",
           "We address this problem by introducing ToMCLIP (Topological Alignment for Multilingual CLIP), a "
           "topology-aware framework aligning embedding spaces with topology-preserving constraints.")
# 2507.18444: networks listed among "reranking methods like ...": the list does not undo their shape
DSFORMER = ("DSFormer: A Dual-Scale Cross-Learning Transformer for Visual Place Recognition",
            "Extensive experiments demonstrate that our approach achieves state-of-the-art "
            "performance across most benchmark datasets, surpassing advanced reranking methods like DELG, "
            "Patch-NetVLAD, TransVPR, and R2Former as a global retrieval solution using 512-dim global "
            "descriptors.")
# 2508.03596: two designs of a network, each a short form of a procedure
METASCOPE = ("MetaScope: Optics-Driven Neural Network for Ultra-Micro Metalens Endoscopy",
             "Second, we propose MetaScope, a novel optics-driven neural network tailored for metalens "
             "endoscopy driven by physical optics. MetaScope comprises two novel designs: Optics-informed "
             "Intensity Adjustment (OIA), rectifying intensity decay by learning optical embeddings, and "
             "Optics-informed Chromatic Correction (OCC), mitigating chromatic aberration by learning "
             "spatial deformations.")
# 2511.09045: a "-Net" family the text calls a network, whatever the rule for variants typed it as
USFNET = ("USF-Net: A Unified Spatiotemporal Fusion Network for Ground-Based Remote Sensing Cloud "
          "Image Sequence Extrapolation",
          "To address these challenges, we propose USF-Net, a Unified Spatiotemporal Fusion Network that "
          "integrates adaptive large-kernel convolutions and a low-complexity attention mechanism, combining "
          "temporal flow information within an encoder-decoder framework. As a key contribution, we also "
          "introduce and release the ASI-CIS dataset. Extensive experiments on ASI-CIS demonstrate that "
          "USF-Net significantly outperforms state-of-the-art methods.")


@pytest.mark.parametrize(("paper", "surface", "kind"), [
    (MAPLE, "MApLe", "technique"),
    (COXNET, "COXNet", "model"),
    (RIFT, "RIFT", "technique"),
    (TCLA, "TCLA", "technique"),
    (MIQA, "MIQA", "technique"),
    (MIQA, "RA-MIQA", "model"),
    (ADAS, "ADAS", "model"),
    (TOMCLIP, "ToMCLIP", "technique"),
    (DSFORMER, "Patch-NetVLAD", "model"),
    (METASCOPE, "OCC", "technique"),
    (METASCOPE, "MetaScope", "model"),
    (USFNET, "USF-Net", "model"),
], ids=["procedure-title-over-our-model", "net-with-procedure-title", "colon-long-form", "building-upon",
        "family-called-framework", "its-model", "lower-case-system", "shape-called-framework",
        "listed-networks", "procedure-short-form", "the-network", "net-family-called-network"])
def test_a_coined_name_is_a_model_or_a_technique_by_the_evidence(paper, surface, kind):
    assert kinds_of_paper(*paper)[surface] == kind


def test_an_apposition_of_eight_words_gives_the_kind() -> None:
    # 2506.22960: "the first visual paraphrase attack-safe and distortion-free image watermarking technique"
    text = ("This paper introduces PECCAVI, the first visual paraphrase attack-safe and "
            "distortion-free image watermarking technique. In visual paraphrase attacks, an image is altered "
            "while preserving its core semantic regions.")
    assert evidence_kind("PECCAVI", text) is Kind.TECHNIQUE


def test_a_colon_long_form_needs_a_capital_to_lead_on() -> None:
    # (a clause after the colon is no long form: its comma opens no apposition of the name)
    assert evidence_kind("RIFT", RIFT[1]) is Kind.TECHNIQUE
    assert evidence_kind("X", "X: the model is trained on web data, a large dataset of pages.") is None


# 2507.18473 and 2507.20136: one paper calls CRUISE "a comprehensive reconstruction-and-synthesis framework";
# the other names "team CRUISE" and says nothing of what it is
CRUISE_FRAMEWORK = Paper(
    id="2507.18473",
    title="CRUISE: Cooperative Reconstruction and Editing in V2X Scenarios using Gaussian Splatting",
    abstract="In this paper, we introduce CRUISE, a comprehensive reconstruction-and-synthesis "
             "framework designed for V2X driving environments. CRUISE employs decomposed Gaussian Splatting "
             "to accurately reconstruct real-world scenes while supporting flexible editing.")
CRUISE_TEAM = Paper(
    id="2507.20136",
    title="Multi-Stage Verification-Centric Framework for Mitigating Hallucination in Multi-Modal RAG",
    abstract="This paper presents the technical solution developed by team CRUISE for the KDD Cup 2025 Meta "
             "Comprehensive RAG Benchmark for Multi-modal, Multi-turn (CRAG-MM) challenge.")


def test_a_build_settles_a_name_on_the_kind_a_text_says() -> None:
    extractions = list(Extractor.shared().pipe([CRUISE_FRAMEWORK, CRUISE_TEAM]))
    kinds = {m.kind for e in extractions for m in e.mentions if m.surface == "CRUISE"}
    assert kinds == {Kind.TECHNIQUE, Kind.DATASET}  # (each paper alone)
    settled = settle_build(extractions)
    assert {m.kind for e in settled for m in e.mentions if m.surface == "CRUISE"} == {Kind.TECHNIQUE}


def test_a_memory_architecture_is_a_technique() -> None:
    # 2606.10677: an agent's memory design, not a network; 2507.16158: "a novel asymmetric architecture" is
    # one
    infini = ("We propose Infini Memory, a maintainable text-based persistent memory architecture that "
              "treats agent memory as topic-structured documents.")
    assert evidence_kind("Infini Memory", infini) is Kind.TECHNIQUE
    ammnet = ("we propose Asymmetric Multi-Modal Network (AMMNet), a novel asymmetric architecture "
              "that achieves robust and efficient semantic segmentation through three designs tailored for "
              "RGB-DSM input pairs.")
    assert evidence_kind("AMMNet", ammnet) is Kind.MODEL
