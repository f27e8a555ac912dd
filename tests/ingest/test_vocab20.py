"""Established names the vocabulary lacked (branch vocab20, thirteenth list of established_review.tsv):
LLM training signals (process/outcome supervision, length penalty, KL penalty, rubric-based rewards),
retrieval and long-context methods (query decomposition, token compression), masked
autoencoding as MAE, the LLM-judge variants, Bayesian experimental design, the BioLORD model, and "Muon
Tomography" in a physics title as muon tomography, not the Muon optimizer;
each on a real arXiv sentence."""

from __future__ import annotations

from paperkg.ingest.records import Kind, Origin
from tests.ingest._helpers import entities, extract


def test_process_and_outcome_supervision_are_techniques():
    # arXiv 2504.16073, 2503.18665
    links = entities("To address these challenges, we propose an approach that guides VLM agents with "
                     "process supervision by a reward model during GUI navigation and control at inference "
                     "time.")
    assert links["technique/process-supervision"] == (Kind.TECHNIQUE, {"process supervision"})
    links = entities("However, current training paradigms face critical limitations, including reliance on "
                     "outcome supervision and labor-intensive human annotations.")
    assert links["technique/outcome-supervision"] == (Kind.TECHNIQUE, {"outcome supervision"})


def test_length_penalty_is_a_technique_and_kl_penalty_is_kl_regularization():
    # arXiv 2604.05643, 2605.03426
    links = entities("(3) GRPO with length penalty to jointly optimize answer correctness and efficiency.")
    assert links["technique/length-penalty"] == (Kind.TECHNIQUE, {"length penalty"})
    links = entities("The server then optimizes a base VLM using GRPO with a KL penalty to a reference "
                     "model, enabling preference alignment without requiring client models to share "
                     "architectures.")
    assert links["technique/kl-regularization"] == (Kind.TECHNIQUE, {"KL penalty"})


def test_rubric_based_rewards_are_a_technique():
    # arXiv 2508.12790
    links = entities("To overcome this, we extend the RLVR paradigm to open-ended tasks by integrating "
                     "rubric-based rewards, where carefully designed rubrics serve as structured criteria.")
    assert links["technique/rubric-based-reward"] == (Kind.TECHNIQUE, {"rubric-based rewards"})


def test_query_decomposition_and_token_compression_are_techniques():
    # arXiv 2603.21925, 2509.01552
    links = entities("The system integrates query decomposition, query rewriting, retrieval, reranking, and "
                     "multimodal reasoning, and provides traceable outputs with guideline page references.")
    assert links["technique/query-decomposition"] == (Kind.TECHNIQUE, {"query decomposition"})
    links = entities("Token compression offers a direct solution by reducing the number of tokens to be "
                     "processed, thereby improving computational efficiency.")
    assert links["technique/token-compression"] == (Kind.TECHNIQUE, {"Token compression"})


def test_masked_autoencoding_is_the_masked_autoencoder():
    # arXiv 2511.14427
    links = entities("MSDP is based on masked autoencoding and trains a transformer-based encoder by "
                     "reconstructing multisensory observations from only a subset of sensor embeddings.")
    assert links["technique/mae"] == (Kind.TECHNIQUE, {"masked autoencoding"})


def test_mllm_as_a_judge_is_a_judge_technique():
    # arXiv 2608.11616
    links = entities("Following prior work, we evaluate agents across six business-oriented criteria using "
                     "MLLM-as-a-Judge.")
    assert links["technique/mllm-as-a-judge"] == (Kind.TECHNIQUE, {"MLLM-as-a-Judge"})


def test_bayesian_experimental_design_and_expected_information_gain():
    # arXiv 2510.06735, 2605.24981
    links = entities("We propose a causal elicitation strategy for heterogeneous settings, based on Bayesian "
                     "experimental design (BED) principles.")
    assert links["technique/bayesian-experimental-design"][0] == Kind.TECHNIQUE
    links = entities("To this end, we introduce a query selection rule based on expected information gain, "
                     "computed from pairwise similarities between candidate model outputs.")
    assert links["technique/expected-information-gain"] == (Kind.TECHNIQUE, {"expected information gain"})


def test_biolord_is_a_model():
    # arXiv 2606.15449 (in this list of models the name links as a model without the vocabulary's entry too,
    # discovered by paperkg_lists: only the entry makes it the vocabulary's entity, found by paperkg_vocab)
    extraction = extract("We compare six methods (TF-IDF, frozen MiniLM, BioBERT, BioLORD, contrastively "
                         "fine-tuned MiniLM, and a TF-IDF+GPT reranker).")
    biolord = [(m.entity_id, m.kind, m.extractor) for m in extraction.mentions if m.surface == "BioLORD"]
    assert biolord == [("model/biolord", Kind.MODEL, "paperkg_vocab")]
    entity = next(e for e in extraction.entities if e.id == "model/biolord")
    assert (entity.origin, entity.label) == (Origin.VOCABULARY, "BioLORD")


def test_muon_tomography_in_a_physics_title_is_not_the_optimizer():
    # arXiv 2604.03741 (title)
    links = entities("We present SA-DSVN, a 3D convolutional architecture for voxel-level segmentation of "
                     "structural defects in reinforced concrete.",
                     title="Shower-Aware Dual-Stream Voxel Networks for Structural Defect Detection in "
                           "Cosmic-Ray Muon Tomography")
    assert "technique/muon-optimizer" not in links
    assert links["technique/muon-tomography"][0] == Kind.TECHNIQUE
