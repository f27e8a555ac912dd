"""The kind a paper gives the names it coins (``paperkg_kinds``): real titles and sentences from
arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "a system the paper names, whose kind is unclear, goes to the kind that fits best
(a trained network -> model; a procedure or framework -> technique)".
"""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor, settle_build
from paperkg.ingest.extract.kinds import evidence_kind
from paperkg.ingest.records import Kind, Paper
from tests.ingest._helpers import entity_ids, extract, kinds, kinds_of_paper

# 2503.17097: called "an innovative approach", but "our model achieves ..." (a trained network)
R2LDM = ("R2LDM: An Efficient 4D Radar Super-Resolution Framework Leveraging Diffusion Model",
         "We introduce R2LDM, an innovative approach for generating dense and accurate 4D radar "
         "point clouds, guided by corresponding LiDAR point clouds. As a result, R2LDM effectively generates "
         "LiDAR-like point clouds from paired raw radar data. We evaluate our approach on two different "
         "datasets, and the experimental results demonstrate that our model achieves 6- to 10-fold "
         "densification of radar point clouds, outperforming state-of-the-art baselines in 4D radar point "
         "cloud super-resolution.")
# 2505.12427: "a novel framework" whose "online model" and "original model" are the diffusion model it edits
DRAGLORA = ("DragLoRA: Online Optimization of LoRA Adapters for Drag-based Image Editing in Diffusion Model",
            "To address these limitations, we present DragLoRA, a novel framework that integrates LoRA "
            "(Low-Rank Adaptation) adapters into the drag-based editing pipeline. To enhance the training of "
            "LoRA adapters, we introduce an additional denoising score distillation loss which regularizes "
            "the online model by aligning its output with that of the original model. Extensive experiments "
            "demonstrate that DragLoRA significantly enhances the control precision and computational "
            "efficiency for drag-based image editing.")
# 2505.19075: "a ... reasoning module", trained ("Once trained, UniR can be combined ...")
UNIR = ("Universal Reasoner: A Single, Composable Plug-and-Play Reasoner for Frozen LLMs",
        "To address these challenges, here we propose Universal Reasoner (UniR) - a single, lightweight, "
        "composable, and plug-and-play reasoning module that can be used with any frozen LLM to endow it "
        "with specialized reasoning capabilities. Once trained, UniR can be combined with any frozen LLM at "
        "inference time by simply adding its output logits to those of the LLM backbone.")
# 2511.14721: an optimizer, "a drop-in replacement for AdamW"
ADAMHD = ("AdamHD: Decoupled Huber Decay Regularization for Language Model Pre-Training",
          "Adaptive optimizers with decoupled weight decay, such as AdamW, are the de facto standard for "
          "pre-training large transformer-based generative models. We propose AdamHuberDecay, a drop-in "
          "replacement for AdamW that substitutes the $\\ell_2$ penalty with a decoupled smooth Huber "
          "regularizer. Extensive experiments on GPT-2 and GPT-3 pre-training demonstrate that "
          "AdamHuberDecay (a) converges 10-15% faster in wall-clock time.")
# 2511.04653: a learning paradigm, though "the TT-Fed model" is a model trained that way
TTFED = ("TT-Prune: Joint Model Pruning and Resource Allocation for Communication-efficient Time-triggered "
         "Federated Learning",
         "In contrast to conventional event-based federated learning, time-triggered federated learning "
         "(TT-Fed), as a general form of both asynchronous and synchronous FL, clusters users into different "
         "tiers based on fixed time intervals. In this paper, we introduce adaptive model pruning to "
         "wireless TT-Fed systems. To answer this question, we perform convergence analysis on the gradient "
         "l_2 norm of the TT-Fed model based on model pruning.")
# 2601.05446: a block ("a Mamba-based state-space unit that models ..." says nothing of a model)
TASB = ("TAPM-Net: Trajectory-Aware Perturbation Modeling for Infrared Small Target Detection",
        "TAPM-Net is built upon two novel components: a Perturbation-guided Path Module (PGM) and a "
        "Trajectory-Aware State Block (TASB). The resulting feature trajectories are fed into the TASB, a "
        "Mamba-based state-space unit that models dynamic propagation along each trajectory.")
# 2503.20698: listed with a vocabulary dataset's namesake, but after "language models like"
LANGUAGEBIND = ("MMMORRF: Multimodal Multilingual Modularized Reciprocal Rank Fusion",
                "However, state-of-the-art multimodal language models like VAST and LanguageBind "
                "are built on vision-language models (VLMs), and thus overly prioritize visual signals.")
# 2503.12061: "a novel framework", but what the name stands for is a network
EHNET = ("EHNet: An Efficient Hybrid Network for Crowd Counting and Localization",
         "To address these challenges, we introduce the Efficient Hybrid Network (EHNet), a novel "
         "framework for efficient crowd counting and localization.")
# 2503.16318: "We train a DPM predictor": the predictor is trained, not the representation
DPM = ("Dynamic Point Maps: A Versatile Representation for Dynamic 3D Reconstruction",
       "To address this challenge, we introduce the concept of Dynamic Point Maps (DPM), extending "
       "standard point maps to support 4D tasks such as motion segmentation. We train a DPM predictor on a "
       "mixture of synthetic and real data and evaluate it across diverse benchmarks.")


@pytest.mark.parametrize(("label", "text", "kind"), [
    # kind nouns end their word and head examples:
    # 2504.07288: "a ... model-free ... method" is a method, not a model
    pytest.param("MDIT",
                 "To address this gap, we propose MDIT, a novel model-free data interpolation method for "
                 "diverse instruction tuning, which generates varied and high-quality instruction data.",
                 Kind.TECHNIQUE, id="MDIT"),
    # 2504.06232: "model-agnostic framework"
    pytest.param("HiFlow",
                 "To this end, we present HiFlow, a training-free and model-agnostic framework to unlock "
                 "the resolution potential of pre-trained flow models.", Kind.TECHNIQUE, id="HiFlow"),
    # 2503.20698
    pytest.param("LanguageBind",
                 "state-of-the-art multimodal language models like VAST and LanguageBind are built on",
                 Kind.MODEL, id="LanguageBind"),
    # a kind noun that modifies another yields to it:
    # 2504.08690: a verb ends the noun phrase: "our FST method enables LLMs"
    pytest.param("FST",
                 "Therefore, our FST method enables LLMs to consider a complex problem via a human-like "
                 "cognition process from coarse to fine.", Kind.TECHNIQUE, id="FST"),
    # 2503.16012: a determiner ends it: "the EV-Eye dataset demonstrate the model's accuracy"
    pytest.param("EV-Eye",
                 "Extensive evaluations on the EV-Eye dataset demonstrate the model's accuracy in "
                 "predicting gaze vectors.", Kind.DATASET, id="EV-Eye"),
    # 2503.22178: "a novel model merging framework"
    pytest.param("AdaRank",
                 "In this paper, we propose AdaRank, a novel model merging framework that adaptively "
                 "selects the most beneficial singular directions of task vectors to merge multiple models.",
                 Kind.TECHNIQUE, id="AdaRank"),
    # kind nouns after as and for data:
    # 2507.19361 (dev): "introduce X as a ... evaluation pipeline": a benchmark (ANNOTATION: like HELM)
    pytest.param("SIQ",
                 "We introduce Speech-based Intelligence Quotient (SIQ) as a new form of human "
                 "cognition-inspired evaluation pipeline for voice understanding large language models.",
                 Kind.DATASET, id="SIQ"),
    # 2504.00999: "X as an AR generative model"
    pytest.param("MergeVQ",
                 "Extensive experiments on ImageNet verify that MergeVQ as an AR generative model achieves "
                 "competitive performance.", Kind.MODEL, id="MergeVQ"),
    # 2508.21035 (dev): a challenge is a shared task's data
    pytest.param("MIDOG",
                 "the proposed approach, submitted to the track 2 of the MItosis DOmain Generalization "
                 "(MIDOG) challenge, aims to aid the model", Kind.DATASET, id="MIDOG"),
    # 2504.11942: "vision-language", "Sign Language" modify the noun that heads the phrase
    pytest.param("MedASL",
                 "To evaluate ADAT, we introduce MedASL, the first public medical American Sign Language "
                 "dataset.", Kind.DATASET, id="MedASL"),
    # 2504.06925: a database
    pytest.param("FoodNExTDB",
                 "For the experimental framework, we introduce the FoodNExTDB, a unique food image database "
                 "that contains 9,263 expert-labeled images across 10 categories.", Kind.DATASET,
                 id="FoodNExTDB"),
])
def test_kinds_evidence_kind(label, text, kind):
    assert evidence_kind(label, text) is kind


def test_a_plural_of_a_vocabulary_model_is_that_model():
    # arXiv 2505.05659: "vector-valued EfficientNets (V-EfficientNets), a novel extension of EfficientNet"
    extraction = extract(
        "This paper introduces vector-valued EfficientNets (V-EfficientNets), a novel extension of "
        "EfficientNet designed to process arbitrary vector-valued data.",
        "V-EfficientNets: Vector-Valued Efficiently Scaled Convolutional Neural Network Models")
    ids = {m.entity_id for m in extraction.mentions if m.surface == "EfficientNets"}
    assert ids == {"model/efficientnet"}
    assert "model/efficientnets" not in {e.id for e in extraction.entities}


def test_a_short_form_of_a_procedure_is_a_technique():
    # arXiv 2504.02132: "Multimodal retrieval augmented generation (M-RAG)" is no model, although
    # the text later says "the M-RAG system": what a name stands for says what it is
    extraction = extract(
        "Multimodal retrieval augmented generation (M-RAG) has recently emerged as a method to inhibit "
        "hallucinations of large multimodal models (LMMs) through a factual knowledge base (KB). However, "
        "M-RAG also introduces new attack vectors for adversaries that aim to disrupt the system by "
        "injecting malicious entries into the KB. In this work, we present a poisoning attack against "
        "M-RAG targeting visual document retrieval applications, where the KB contains images of "
        "document pages. Our objective is to craft a single image that is retrieved for a variety of "
        "different user queries, and consistently influences the output produced by the generative model, "
        "thus creating a universal denial-of-service (DoS) attack against the M-RAG system.",
        "One Pic is All it Takes: Poisoning Visual Document Retrieval Augmented Generation with a "
        "Single Image")
    kinds = {m.kind for m in extraction.mentions if m.surface == "M-RAG"}
    assert kinds == {Kind.TECHNIQUE}


def _linked(title: str, abstract: str) -> set[tuple[str, str]]:
    """(surface, entity id) of every mention of the paper."""
    extraction = extract(abstract, title)
    return {(m.surface, m.entity_id) for m in extraction.mentions}


@pytest.mark.parametrize(("title", "abstract", "gone", "kept"), [
    # 2512.01952: RLVR is a name of its own; "reinforcement learning" is one of its words
    ("GrndCtrl: Grounding World Models via Self-Supervised Reward Alignment",
     "Analogous to reinforcement learning from verifiable feedback (RLVR) in language models, we align world "
     "models with geometric rewards.", "technique/reinforcement-learning", None),
    # 2509.25612: the GAN inside the long form of BiGAN (a model the vocabulary knows)
    ("Unsupervised Detection of Spatiotemporal Anomalies in PMU Data Using Transformer-Based BiGAN",
     "We introduce T-BiGAN, a novel framework that integrates window-attention Transformers within a "
     "bidirectional Generative Adversarial Network (BiGAN) to address this challenge.", "technique/gan",
     "model/bigan"),
    # 2511.02329: message-passing least squares is not message passing
    ("Cycle-Sync: Robust Global Camera Pose Estimation through Enhanced Cycle-Consistent Synchronization",
     "Our core innovation is a location solver that adapts message-passing least squares (MPLS) -- "
     "originally developed for group synchronization -- to camera location estimation.",
     "technique/message-passing", None),
    # 2506.22809: "Adapters" is a word of LoRA's long form
    ("Uncertainty quantification for LoRA",
     "We propose a framework that integrates MC-Dropout into Low-Rank Adapters (LoRA).",
     "technique/adapter-tuning", "technique/lora"),
])
def test_a_known_name_inside_another_names_long_form_is_no_mention(title, abstract, gone, kept):
    ids = {eid for _, eid in _linked(title, abstract)}
    assert gone not in ids
    if kept:
        assert kept in ids


@pytest.mark.parametrize(("abstract", "kept"), [
    # 2507.04119: data-free knowledge distillation is knowledge distillation (DFKD names nothing else)
    ("Data-free knowledge distillation (DFKD) transfers knowledge from a teacher to a student without "
     "access to the original data.", "technique/knowledge-distillation"),
    # 2506.13836: built on reinforcement learning
    ("Reinforcement learning-based traffic signal control (RL-TSC) has emerged as a promising approach.",
     "technique/reinforcement-learning"),
    # 2510.23362: the name and a generic head
    ("Proximal gradient algorithms (PGA), while foundational for inverse problems, converge slowly.",
     "technique/proximal-gradient"),
])
def test_a_known_name_heading_or_building_a_long_form_stays(abstract, kept):
    assert kept in {eid for _, eid in _linked("A title", abstract)}


# 2512.01128: "a unified framework", but the title says "A Unified Model" (a loose noun yields to it)
OMNIFD = ("OmniFD: A Unified Model for Versatile Face Forgery Detection",
          "We introduce OmniFD, a unified framework that jointly addresses four core face forgery "
          "detection tasks within a single model, i.e., image and video classification, spatial "
          "localization, and temporal localization.")
# 2511.14199: a plural title head names the topic, not the system ("the first framework")
HFL_FLOWLLM = ("HFL-FlowLLM: Large Language Models for Network Traffic Flow Classification in Heterogeneous "
               "Federated Learning",
               "To address these challenges, we propose HFL-FlowLLM, which to our knowledge is the first "
               "framework to apply large language models to network traffic flow classification in "
               "heterogeneous federated learning.")
# 2503.21268: a title "Dataset and Method" does not say which of the two the name is
CLIMBINGCAP = ("ClimbingCap: Multi-Modal Dataset and Method for Rock Climbing in World Coordinate",
               "To address the limitations of HMR methods for climbing, we propose ClimbingCap, a "
               "motion recovery method that reconstructs continuous 3D human climbing motion in a global "
               "coordinate system.")
# 2506.07116: the head of "a multi-agent pipeline" is the pipeline
MARCUS = ("BRIGHT+: Upgrading the BRIGHT Benchmark with MARCUS, a Multi-Agent RAG Clean-Up Suite",
          "In this study, we present MARCUS, a multi-agent pipeline that leverages large language models "
          "(LLMs) to systematically clean and re-chunk BRIGHT into a higher-quality corpus: BRIGHT-Plus.")
# 2606.00203: the long form in brackets after the name ends in a procedure noun
DESQ = ("DeSQ: Decomposition-based SPARQL Query Generation",
        "To combine the strengths of both paradigms while mitigating their respective weaknesses, we "
        "introduce DeSQ (Decomposition-based SPARQL Query Generation), a KB-agnostic framework that operates "
        "in three stages.")
# 2512.03794: "an efficient VLM paradigm" that "we train" (a loose noun; a trained network)
ADAPTVISION = ("AdaptVision: Efficient Vision-Language Models via Adaptive Visual Acquisition",
               "Inspired by human active vision mechanisms, we introduce AdaptVision, an efficient VLM "
               "paradigm that enables adaptive visual token acquisition through a coarse-to-fine approach. "
               "We train AdaptVision using a reinforcement learning framework that carefully balances "
               "accuracy and efficiency.")
# 2503.15264: "a multimodal large language model (MLLM)-based ... framework" is a framework
LEGION = ("LEGION: Learning to Ground and Explain for Synthetic Image Detection",
          "Furthermore, we propose LEGION (LEarning to Ground and explain for Synthetic Image detectiON), a "
          "multimodal large language model (MLLM)-based image forgery analysis framework that "
          "integrates artifact detection, segmentation, and explanation.")


@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2510.07285 (dev-5): named graph networks used as trained networks are models (vocabulary override)
    ("Our model uniquely fuses a Gated TCN (G-TCN) for extracting hierarchical temporal features "
     "from network flows with a Graph Convolutional Network (GCN) designed to learn from the underlying "
     "graph structure.",
     "GCN", "model/gcn"),
    ("The core innovation lies in the integration of a residual learning mechanism, implemented via a Graph "
     "Attention Network (GAT).", "Graph Attention Network", "model/gat"),
    # 2505.13539 (dev-5)
    ("We also introduce adjacency-informed adaptations of PointNet and Transformer architectures that "
     "rely on our non-Euclidean sampling strategy.", "PointNet", "model/pointnet"),
])
def test_a_named_network_architecture_is_a_model(abstract, surface, entity_id):
    assert (surface, entity_id) in _linked("A title", abstract)


def test_plurals_of_a_named_network_are_that_network():
    # arXiv 2504.04764: "GATs", "Graph Attention Networks" and "GAT" are one model (one entity per concept)
    linked = _linked("A title", "This research presents a hybrid model combining Graph Attention Networks "
                                "(GATs) and Graph Convolution Networks (GCNs) for leaf disease "
                                "classification. GCNs have been widely used for learning from "
                                "graph-structured data, and GATs enhance this by incorporating attention "
                                "mechanisms. The GAT layer weighs the neighbours.")
    assert {eid for surface, eid in linked
            if surface in {"GATs", "Graph Attention Networks", "GAT"}} == {"model/gat"}
    assert {eid for surface, eid in linked if surface == "GCNs"} == {"model/gcn"}


def test_a_plural_short_form_of_a_vocabulary_model_is_that_model():
    # arXiv 2510.07285: "TCNs" (short form of "Temporal Convolutional Networks") and "TCN" are one
    # model; the vocabulary's "TCN" is case-sensitive
    linked = _linked("A title", "Graph Neural Networks (GNNs) excel in modeling topological structures "
                                "and Temporal Convolutional Networks (TCNs) are proficient in capturing "
                                "time-series dependencies. Our model uniquely fuses a Gated TCN (G-TCN) for "
                                "extracting temporal features.")
    assert {eid for surface, eid in linked
            if surface in {"TCNs", "Temporal Convolutional Networks"}} == {"model/tcn"}


# 2511.10684 (dev-6): a workflow is a procedure
SPIDERGEN = ("SpiderGen: Towards Procedure Generation For Carbon Life Cycle Assessments with Generative AI",
             "We present SpiderGen, an LLM-based workflow which integrates the taxonomy and methodology of "
             "traditional LCA with the reasoning capabilities and world knowledge of LLMs to generate the "
             "procedural information used for LCA.")
# 2604.03738 (dev-6): what the name stands for, up to "as", is an embedding
POCO = ("Rethinking Position Embedding as a Context Controller for Multi-Reference and Multi-Shot Video "
        "Generation",
        "To address this, we introduce PoCo (Position Embedding as a Context Controller), which "
        "incorporates position encoding as additional context control beyond semantic retrieval.")
# 2509.22302 (dev-4): a representation scheme, "Solvent Data Driven Embeddings", though the title names models
SODADE = ("SoDaDE: Solvent Data-Driven Embeddings with Small Transformer Models",
          "To empower this research, we propose a new solvent representation scheme by developing Solvent "
          "Data Driven Embeddings (SoDaDE). SoDaDE uses a small transformer model and solvent property "
          "dataset to create a fingerprint for solvents.")
# 2509.23783 (dev-6): fine-tuned from a model: a trained network, not the paper's dataset
FALCONEYE = ("Falcon: A Cross-Modal Evaluation Dataset for Comprehensive Safety Perception",
             "We further propose FalconEye, a specialized evaluator fine-tuned from Qwen2.5-VL-7B using "
             "the Falcon dataset. Experimental results demonstrate that FalconEye reliably identifies "
             "harmful content in complex and safety-critical multimodal dialogue scenarios.")
# 2503.23427 (dev-2): a descriptive name in plain words is a part of the method, trained or not
ADJUSTER = ("CoRanking: Collaborative Ranking with Small and Large Ranking Agents",
            "To alleviate this problem, we introduce a passage order adjuster trained via reinforcement "
            "learning, which reorders the top passages from the small reranker to align with the LLM's "
            "preferences of passage order.")
# 2506.07116 (dev-5): an upgraded BRIGHT is a dataset, as BRIGHT is
BRIGHT_PLUS = ("BRIGHT+: Upgrading the BRIGHT Benchmark with MARCUS, a Multi-Agent RAG Clean-Up Suite",
               "In this study, we present MARCUS, a multi-agent pipeline that leverages large language "
               "models (LLMs) to systematically clean and re-chunk BRIGHT into a higher-quality corpus.")
# 2504.04988: a family-shaped name the text calls a dataset
RSWK = ("RS-RAG: Bridging Remote Sensing Imagery and Comprehensive Knowledge with a Multi-Modal Dataset and "
        "Retrieval-Augmented Generation Model",
        "To address these challenges, we first introduced a multimodal Remote Sensing World Knowledge "
        "(RSWK) dataset, which comprises high-resolution satellite imagery and detailed textual "
        "descriptions.")


# 2510.02915 (dev-4): the abstract never names it; the title's phrase is a procedure ("Speech Hiding")
WAVINWAV = ("WavInWav: Time-domain Speech Hiding via Invertible Neural Network",
            "In this paper, we explore these limitations and introduce a new DNN-based approach. We use a "
            "flow-based invertible neural network to establish a direct link between stego audio, cover "
            "audio, and secret audio.")
# 2503.23174: the title's phrase is a mechanism, "Threshold Relative Attention"
# 2503.16177: the title's phrase ends in a procedure, "Gaussian Splatting" (the abstract never names it)
OCCLUGAUSSIAN = ("OccluGaussian: Occlusion-Aware Gaussian Splatting for Large Scene Reconstruction "
                 "and Rendering",
                 "In this paper, we propose an occlusion-aware scene division strategy that clusters "
                 "training cameras based on their positions and co-visibilities to acquire multiple regions.")
# 2503.15892: a VLM is a model, although the title opens with a procedure
UMIT = ("UMIT: Unifying Medical Imaging Tasks via Vision-Language Models",
        "To address this challenge, we propose UMIT, a unified multi-modal, multi-task VLM designed "
        "specifically for medical imaging tasks.")


@pytest.mark.parametrize(("label", "text"), [
    # 2504.11477
    ("SDIGLM", "This study introduces SDIGLM, an innovative LMM for structural damage identification, "
               "developed based on the open-source VisualGLM-6B architecture."),
    # 2504.06958
    ("VideoChat-R1", "we develop VideoChat-R1, a powerful video MLLM that achieves state-of-the-art "
                     "performance on spatio-temporal perception tasks"),
])
def test_model_class_acronyms_are_model_nouns(label, text):
    assert evidence_kind(label, text) is Kind.MODEL


@pytest.mark.parametrize(("title", "abstract", "surface", "entity_id"), [
    # 2509.23783 (dev-6): the vocabulary's Falcon is a model; this paper's Falcon is a dataset
    ("Falcon: A Cross-Modal Evaluation Dataset for Comprehensive Safety Perception",
     "To bridge this gap, we introduce Falcon, a large-scale vision-language safety dataset containing "
     "57,515 VQA pairs across 13 harm categories.", "Falcon", "dataset/falcon"),
    # 2504.07942: the vocabulary's MARS is a dataset; this paper's MARS is a ranking system
    ("MARS: a Multimodal Alignment and Ranking System for Few-Shot Segmentation",
     "We present MARS, a plug-and-play ranking system that leverages multimodal cues to filter and "
     "merge mask proposals robustly.", "MARS", "model/mars"),
])
def test_a_known_name_the_title_coins_anew_takes_the_kind_the_text_gives_it(
    title, abstract, surface, entity_id):
    extraction = extract(abstract, title)
    assert {m.entity_id for m in extraction.mentions if m.surface == surface} == {entity_id}
    assert {e.origin.value for e in extraction.entities if e.id == entity_id} == {"discovered"}


# A name whose long form heads it as a network, but which the text calls a part of one right after it ("a
# Dual-Branch Feed-Forward Network (DBFFN) module", "Feature Interaction NEtwork (FINE), a lightweight
# semantic alignment module") is a technique (``paperkg_kinds``,
# :meth:`~paperkg.ingest.extract.kind_evidence._Evidence.called_part`), on real sentences from arXiv cs.AI
# abstracts (``../shared/corpora/``), cut to the sentences that decide. A part noun in capitals belongs to a
# name of its own, and the paper's main name is the network it builds: both stay models.
#
# ANNOTATION.md: a technique is "a named method, algorithm, ... architecture component".
CASES = [
    # 2508.04058
    ("Second, it introduces a Dual-Branch Feed-Forward Network (DBFFN) module as a replacement for the "
     "standard FFN to capture local contextual features and multiscale information.",
     "DBFFN", "technique/dbffn"),
    # 2510.16730
    ("Built upon the UKAN architecture, UKANFormer incorporates a Global-Local Transformer (GL-Trans) block "
     "in the decoder, enabling the extraction of both global and local features.",
     "GL-Trans", "technique/gl-trans"),
    # 2606.14005
    ("In this paper, we propose Feature Interaction NEtwork (FINE), a lightweight semantic alignment module "
     "that refines low-level features. FINE is generally applicable to various detectors.",
     "FINE", "technique/fine"),
    # 2504.02416: "Block" in capitals names the block; DSSN is the baseline model
    ("We propose an effective and efficient baseline model for HRSI-SOD, termed the Deep Spectral Saliency "
     "Network (DSSN). The core of DSSN is the Cross-level Saliency Assessment Block, which performs "
     "pixel-wise attention.",
     "DSSN", "model/dssn"),
]


@pytest.mark.parametrize(("abstract", "surface", "expected"), CASES)
def test_kinds_network_part_is_a_technique(abstract: str, surface: str, expected: str) -> None:
    assert expected in entity_ids(abstract).get(surface, set())


def test_kinds_network_part_leaves_the_papers_own_network() -> None:
    # 2510.00634: the paper's main name, a network in its title, stays a model though the text calls it a
    # module
    ids = entity_ids(
        "To direct attention towards critical facial areas, we introduce a Landmark-assisted Adaptive "
        "Kolmogorov-Arnold Network (LAKAN) module. This module uses facial landmarks as a structural prior. "
        "LAKAN improves the detection of forged faces.",
        "LAKAN: Landmark-assisted Adaptive Kolmogorov-Arnold Network for Face Forgery Detection")
    assert ids["LAKAN"] == {"model/lakan"}


def test_kinds_network_part_yields_to_the_names_own_introduction() -> None:
    # 2603.02907: introduced as "a novel deep learning architecture"; a later "HBSN as a general-purpose
    # module" (how it is used) does not make it a technique
    ids = entity_ids(
        "This paper presents the Harmonic Beltrami Signature Network (HBSN), a novel deep learning "
        "architecture for computing the Harmonic Beltrami Signature (HBS) from binary-like images. By "
        "exploiting the function approximation capacity of neural networks, HBSN enables efficient "
        "extraction and utilization of shape prior information. The results confirm the utility of HBSN as "
        "a general-purpose module for embedding geometric shape information into computer vision pipelines.",
        "Harmonic Beltrami Signature Network: a Shape Prior Module in Deep Learning Framework")
    assert ids["HBSN"] == {"model/hbsn"}


# A name and its "+"/"++" variant take one kind; an apposition reads past a short form in brackets.
#
# Sentences are quoted from corpus abstracts (arXiv ids in the comments).
# (title, abstract, surface -> kind)
VARIANTS = [
    (  # 2507.00162: the text types the base only; the variant takes its kind
        "FreeLong++: Training-Free Long Video Generation via Multi-band SpectralFusion",
        "To address this, we propose FreeLong, a training-free framework designed to balance the frequency "
        "distribution of long video features during the denoising process. Building on this, FreeLong++ "
        "extends FreeLong dual-branch design into a multi-branch architecture with multiple attention "
        "branches, each operating at a distinct temporal scale. Without any additional training, FreeLong++ "
        "can be plugged into existing video generation models.",
        {"FreeLong": "technique", "FreeLong++": "technique"},
    ),
    (  # 2507.13793: the variant's apposition types both ("our model" is the code's)
        "An Enhanced Model-based Approach for Short Text Clustering",
        "To address these issues, we propose a collapsed Gibbs Sampling algorithm for the Dirichlet "
        "Multinomial Mixture model (GSDMM), which effectively handles the sparsity and high dimensionality "
        "of short texts. Based on several aspects of GSDMM that warrant further refinement, we propose an "
        "improved approach, GSDMM+, designed to further optimize its performance. GSDMM+ reduces "
        "initialization noise and adaptively adjusts word weights based on entropy. The experimental "
        "results demonstrate the efficiency and effectiveness of our methods. The source code for our model "
        "is publicly available.",
        {"GSDMM": "technique", "GSDMM+": "technique"},
    ),
    (  # 2606.10939: a loose noun does not outweigh a network's name
        "PENet+: A Lightweight Residual Transformer Framework for Efficient Image Steganalysis",
        "We present PENet+, a lightweight steganalysis framework that preserves PENet's discriminative "
        "structure while substantially improving efficiency.",
        {"PENet+": "model"},
    ),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), VARIANTS)
def test_kinds_variant_takes_one_kind(title: str, abstract: str, expected: dict[str, str]) -> None:
    found = kinds_of_paper(title, abstract)
    assert {surface: found.get(surface) for surface in expected} == expected


def test_kinds_variant_of_vocabulary_name() -> None:
    # 2512.00191: "U-Net++" takes the vocabulary U-Net's kind
    abstract = ("The performance of five architectures, the U-Net (Standard and compressed), U-Net++, "
                "Attention U-Net, and CFA U-Net, was systematically evaluated across various data sparsity "
                "regimes.")
    title = ("Hybrid Context-Fusion Attention (CFA) U-Net and Clustering for Robust Seismic Horizon "
             "Interpretation")
    assert kinds_of_paper(title, abstract)["U-Net++"] == "model"


def test_kinds_apposition_past_short_form() -> None:
    # 2506.06786: "(RL)" inside the apposition no longer hides its noun
    abstract = ("We propose CA-MIQ (Context-Aware Max-Information Q-learning), a lightweight dual-critic "
                "reinforcement learning (RL) framework that dynamically adjusts its exploration strategy "
                "whenever mission priorities change.")
    assert kinds_of_paper("A study", abstract)["CA-MIQ"] == "technique"


# A "+"/"++" variant keeps the kind its own evidence gives it; it takes its base's kind only when something
# beyond a default typed the base.
#
# Sentences are quoted from corpus abstracts (arXiv ids in the comments).
# (title, abstract, surface -> kind)
OWN_EVIDENCE = [
    (  # 2606.02955: an apposition calls the variant run without training
        "Fast-dLLM++: Fréchet Profile Decoding for Faster Diffusion LLM Inference",
        "Fast-dLLM addressed this with KV caching and confidence-guided parallel decoding, but its decoding "
        "theory uses a homogeneous high-confidence assumption. We propose \\textbf{Fast-dLLM++}, a "
        "training-free extension that introduces \\emph{Fréchet profile decoding}: selecting parallel commit "
        "sets from the full sorted confidence profile rather than a single worst-case confidence.",
        {"Fast-dLLM++": "technique"},
    ),
    (  # 2606.23992: the title's phrase types the variant, the benchmark stays the base's
        "RASC+: Retrieval-Constrained LLM Adjudication for Clinical Value Set Authoring",
        "The recently introduced Retrieval-Augmented Set Completion (RASC) benchmark showed that direct "
        "zero-shot large language model (LLM) generation is poorly suited to this task.",
        {"RASC+": "technique"},
    ),
    (  # 2504.00030: nothing types the base: it lends the variant no kind
        "Token-Driven GammaTune: Adaptive Calibration for Enchanced Speculative Decoding",
        "We introduce \\textit{GammaTune} and \\textit{GammaTune+}, training-free adaptive algorithms that "
        "dynamically adjust speculation length based on token acceptance rates using a heuristic-based "
        "switching mechanism.",
        {"GammaTune+": "technique"},
    ),
    (  # 2607.01883: a title that calls the variant a paradigm
        "PairCoder++: Pair Programming as a Universal Paradigm for Verified Code-Driven Multimodal and "
        "Structured-Artifact Generation",
        "We present PairCoder, which grounds review in the toolchain and realizes it as two agent pair "
        "programming: a Driver agent writes the program, a Navigator agent reviews it against verification "
        "evidence, and the two switch roles when errors persist.",
        {"PairCoder++": "technique"},
    ),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), OWN_EVIDENCE)
def test_kinds_variant_keeps_own_evidence(title: str, abstract: str, expected: dict[str, str]) -> None:
    found = kinds_of_paper(title, abstract)
    assert {surface: found.get(surface) for surface in expected} == expected


# The kind of a paper's own name from what the paper calls it (``paperkg_kinds``): "Our proposed method,
# called X" and "Our method, which we name X" type X as "a method, called X" does; a "-Diff" ending no longer
# outweighs the text's "framework" or "method"; "we propose the first ... method" is what the paper calls its
# work; and "to train X" or "a trained X model" show a trained network. Real sentences from the corpus.
# (title, abstract, name, kind): each was read with the other kind before
CHANGED = [
    pytest.param(
        "MIRO: MultI-Reward cOnditioned pretraining improves T2I quality and efficiency",
        "Instead of this post-processing, we propose to condition the model on multiple reward models during "
        "training to let the model learn user preferences directly. Our proposed method, called "
        "MIRO, achieves state-of-the-art performances on the GenEval compositional benchmark.",
        "MIRO", Kind.TECHNIQUE, id="our-method-called"),
    pytest.param(
        "BehaviorBox: Automated Discovery of Fine-Grained Performance Differences Between Language Models",
        "In this work, we propose methodology for automated comparison of language models that uses "
        "performance-aware contextual embeddings to find fine-grained features of text where one LM "
        "outperforms another. Our method, which we name BehaviorBox, extracts coherent features that "
        "demonstrate differences with respect to the ease of generation between two LMs.",
        "BehaviorBox", Kind.TECHNIQUE, id="our-method-which-we-name"),
    pytest.param(
        "SenseFlow: Scaling Distribution Matching for Flow-based Text-to-Image Distillation",
        "Furthermore, we propose intra-segment guidance (ISG) to relocate the timestep importance "
        "distribution from the teacher model. Along with other improvements such as scaled up discriminator "
        "models, our final model, dubbed SenseFlow, achieves superior performance in distillation for both "
        "diffusion based text-to-image models such as SDXL, and flow-matching models such as SD 3.5 "
        "Large and FLUX.",
        "SenseFlow", Kind.MODEL, id="our-model-dubbed"),
    pytest.param(
        "Controllable Stylistic Text Generation with Train-Time Attribute-Regularized Diffusion",
        "In this work, we propose RegDiff, a regularized diffusion framework that leverages "
        "attribute features without requiring a pretrained classifier during sampling, thereby achieving "
        "controllable generation with reduced computational costs.",
        "RegDiff", Kind.TECHNIQUE, id="diff-framework"),
    pytest.param(
        "Data Selection for Fine-tuning Vision Language Models via Cross Modal Alignment Trajectories",
        "In this work, we propose the first principled method for data-efficient instruction tuning "
        "of LVLMs. Building on this insight, we propose XMAS, which clusters examples based on the "
        "trajectories of the top singular values of their attention matrices obtained from fine-tuning a "
        "small proxy LVLM.",
        "XMAS", Kind.TECHNIQUE, id="the-first-method"),
    pytest.param(
        "MoTDiff: High-resolution Motion Trajectory estimation from a single blurred image using "
        "Diffusion models",
        "In this paper, we propose the first high-resolution (HR) Motion Trajectory estimation "
        "framework using Diffusion models (MoTDiff). Our experiments demonstrate that the proposed MoTDiff "
        "can outperform state-of-the-art methods in both blind image deblurring and coded exposure "
        "photography applications.",
        "MoTDiff", Kind.TECHNIQUE, id="the-first-hr-framework"),
    pytest.param(
        "ToolCritic: Detecting and Correcting Tool-Use Errors in Dialogue Systems",
        "We introduce ToolCritic, a diagnostic framework that evaluates and improves LLM behavior in "
        "multi-turn, tool-augmented dialogues. We systematically define these error categories and construct "
        "a synthetic dataset to train ToolCritic.",
        "ToolCritic", Kind.MODEL, id="to-train"),
]

# (title, abstract, name, kind): read so before, and still
KEPT = [
    pytest.param(
        "DualDiff: Dual-branch Diffusion Model for Autonomous Driving with Semantic Fusion",
        "In this paper, we propose DualDiff, a dual-branch conditional diffusion model designed to enhance "
        "multi-view driving scene generation.",
        "DualDiff", Kind.MODEL, id="diff-model"),
    pytest.param(
        "Limited-Angle Tomography Reconstruction via Projector Guided 3D Diffusion",
        "To address these challenges, we propose TEMDiff, a novel 3D diffusion-based iterative "
        "reconstruction framework. We further demonstrate that a trained TEMDiff model generalizes well to "
        "real-world TEM tilts obtained under different conditions.",
        "TEMDiff", Kind.MODEL, id="a-trained-x-model"),
    pytest.param(
        "MoQAE: Mixed-Precision Quantization for Long-Context LLM Inference via Mixture of "
        "Quantization-Aware Experts",
        "In this paper, we propose MoQAE, a novel mixed-precision quantization method via mixture of "
        "quantization-aware experts. Second, we design a lightweight router-only fine-tuning "
        "process to train MoQAE with a comprehensive loss to learn the trade-off between model accuracy and "
        "memory usage.",
        "MoQAE", Kind.TECHNIQUE, id="quantization-method-trained-router"),
]


@pytest.mark.parametrize(("title", "abstract", "name", "kind"), CHANGED + KEPT)
def test_own_name_kind(title: str, abstract: str, name: str, kind: Kind) -> None:
    assert kinds(abstract, title)[name] == kind


# (title, abstract, name): a task's short form or a pairing of people and machines, no model
NOT_MODELS = [
    pytest.param(
        "Non-Intrusive Load Monitoring Based on Image Load Signatures and Continual Learning",
        "Non-Intrusive Load Monitoring (NILM) identifies the operating status and energy consumption of each "
        "electrical device in the circuit by analyzing the electrical signals at the bus. However, "
        "the complex and changeable load combinations lead to the challenges of poor feature robustness and "
        "insufficient model generalization of traditional NILM methods.",
        "NILM", id="monitoring"),
    pytest.param(
        "Implicature in Interaction: Understanding Implicature Improves Alignment in Human-LLM Interaction",
        "The rapid advancement of Large Language Models (LLMs) is positioning language at the core of "
        "human-computer interaction (HCI).",
        "Human-LLM", id="human-llm"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), NOT_MODELS)
def test_no_model(title: str, abstract: str, name: str) -> None:
    assert kinds(abstract, title).get(name) != Kind.MODEL


# Model or technique (``paperkg_kinds``): which evidence makes a coined name a model, which a technique.
#
# ANNOTATION.md: "a system the paper names, whose kind is unclear, goes to the kind that fits best (a
# trained network -> model; a procedure or framework -> technique)". The cases: a title that names a
# procedure outweighs "our model" (a "-Net" stays a network); a long form after a colon leads to the
# apposition ("RIFT: RubrIc Failure mode Taxonomy, a taxonomy"); "Building upon an ... architecture, X"
# calls X no architecture; a family that the text calls a framework is a technique, its "RA-MIQA model" a
# model, and a "-Net" family the text calls a network a model; a short form of a lower-case "... system"
# is a system (a model); a name a shape typed as a model that the text calls a framework is a technique,
# one listed among "methods like" networks stays a model; a short form of a procedure ("... Correction
# (OCC)") is a technique; an apposition of eight words still types; a "memory architecture" is an agent's
# memory design, not a network. A build settles a name that papers give different kinds on the kind a
# paper's text says (``consistency``). Real titles and sentences from arXiv cs.AI abstracts
# (``../shared/corpora/``), cut to the sentences that decide.
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
    # a coined name gets the kind its paper gives it:
    pytest.param(R2LDM, "R2LDM", "model", id="our-model"),
    pytest.param(DRAGLORA, "DragLoRA", "technique", id="framework-editing-a-model"),
    pytest.param(UNIR, "UniR", "model", id="once-trained"),
    pytest.param(ADAMHD, "AdamHuberDecay", "technique", id="replacement-for"),
    pytest.param(TTFED, "TT-Fed", "technique", id="long-form-learning"),
    pytest.param(TASB, "TASB", "technique", id="relative-clause"),
    pytest.param(LANGUAGEBIND, "LanguageBind", "model", id="models-like"),
    pytest.param(EHNET, "EHNet", "model", id="long-form-network"),
    pytest.param(DPM, "DPM", "technique", id="trained-predictor"),
    # the head of the phrase that names it gives the kind:
    pytest.param(OMNIFD, "OmniFD", "model", id="title-model-over-framework"),
    pytest.param(HFL_FLOWLLM, "HFL-FlowLLM", "technique", id="plural-title-head"),
    pytest.param(CLIMBINGCAP, "ClimbingCap", "technique", id="title-dataset-and-method"),
    pytest.param(MARCUS, "MARCUS", "technique", id="compound-head"),
    pytest.param(DESQ, "DeSQ", "technique", id="long-form-after-name"),
    pytest.param(ADAPTVISION, "AdaptVision", "model", id="trained-paradigm"),
    pytest.param(LEGION, "LEGION", "technique", id="abbreviated-modifier"),
    # what the text says a coined name is gives its kind:
    pytest.param(SPIDERGEN, "SpiderGen", "technique", id="workflow"),
    pytest.param(POCO, "PoCo", "technique", id="long-form-head-before-as"),
    pytest.param(SODADE, "SoDaDE", "technique", id="embeddings"),
    pytest.param(FALCONEYE, "FalconEye", "model", id="fine-tuned-from"),
    pytest.param(ADJUSTER, "passage order adjuster", "technique", id="plain-words-trained"),
    pytest.param(BRIGHT_PLUS, "BRIGHT+", "dataset", id="improved-dataset"),
    pytest.param(RSWK, "RSWK", "dataset", id="family-called-dataset"),
    # a title naming a procedure makes a technique unless the text says otherwise:
    pytest.param(WAVINWAV, "WavInWav", "technique", id="title-procedure"),
    pytest.param(OCCLUGAUSSIAN, "OccluGaussian", "technique", id="title-splatting"),
    pytest.param(UMIT, "UMIT", "model", id="vlm-noun"),
    # a coined name is a model or a technique by the evidence:
    pytest.param(MAPLE, "MApLe", "technique", id="procedure-title-over-our-model"),
    pytest.param(COXNET, "COXNet", "model", id="net-with-procedure-title"),
    pytest.param(RIFT, "RIFT", "technique", id="colon-long-form"),
    pytest.param(TCLA, "TCLA", "technique", id="building-upon"),
    pytest.param(MIQA, "MIQA", "technique", id="family-called-framework"),
    pytest.param(MIQA, "RA-MIQA", "model", id="its-model"),
    pytest.param(ADAS, "ADAS", "model", id="lower-case-system"),
    pytest.param(TOMCLIP, "ToMCLIP", "technique", id="shape-called-framework"),
    pytest.param(DSFORMER, "Patch-NetVLAD", "model", id="listed-networks"),
    pytest.param(METASCOPE, "OCC", "technique", id="procedure-short-form"),
    pytest.param(METASCOPE, "MetaScope", "model", id="the-network"),
    pytest.param(USFNET, "USF-Net", "model", id="net-family-called-network"),
])
def test_kinds_of_papers(paper, surface, kind):
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
