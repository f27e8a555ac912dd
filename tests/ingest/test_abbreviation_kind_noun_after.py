"""The kind noun right after a "Long Form (SF)" pair: a network's "(SF) model", and a method's "(SF)
framework" that is no vocabulary dataset known by its short form only (real corpus sentences)."""

from __future__ import annotations

from tests.ingest._helpers import entity_ids

MMS = ("We present a method for accurate multilingual word-level forced alignment, consisting of an "
       "alignment encoder and a learned alignment decoder. The encoder integrates two representations: "
       "one from the Massively Multilingual Speech (MMS) model and another from a self-supervised phoneme "
       "boundary detector (UnSupSeg).")

MMOE = ("To mitigate these issues, we propose a Multi-level Mixture of Experts (MMoE) model for MEL. "
        "MMoE has four components.")

ASAP = ("On the Go Abstractions in Upper Confidence bounds applied to Trees (OGA-UCT) is the "
        "state-of-the-art MCTS abstraction algorithm for deterministic environments that builds its "
        "abstraction using the Abstractions of State-Action Pairs (ASAP) framework, which aims to detect "
        "states and state-action pairs with the same value under optimal play by analysing the search graph.")


def test_a_speech_model_pair_is_a_model() -> None:
    ids = entity_ids(MMS)
    assert ids["MMS"] == {"model/mms"}


def test_a_mixture_of_experts_pair_is_a_model() -> None:
    ids = entity_ids(MMOE)
    assert ids["MMoE"] == {"model/mmoe"}
    assert ids["Multi-level Mixture of Experts"] == {"model/mmoe"}


def test_a_framework_pair_is_no_vocabulary_dataset() -> None:
    ids = entity_ids(ASAP)
    assert "dataset/asap" not in ids.get("ASAP", set())
    assert ids["ASAP"] == {"technique/asap"}


SDM = ("We introduce Similarity-Distance-Magnitude (SDM) language models (LMs), which are sequence "
       "prediction models fine-tuned to maximize the proportion of generations in the well-calibrated, "
       "high-probability region partitioned by a final-layer SDM activation layer used for binary "
       "classification of instruction-following.")


def test_language_models_after_a_pair_are_no_language() -> None:
    ids = entity_ids(SDM)
    assert ids["SDM"] and not any(i.startswith("language/") for i in ids["SDM"])
