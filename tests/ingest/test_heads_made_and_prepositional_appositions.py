"""Names in apposition that a head noun types (:mod:`~paperkg.ingest.extract.heads`): a plain capitalised word
right after a verb of making ("We propose Mathesis, a neuro-symbolic architecture"), and a name after a
preposition in mid-sentence with an indefinite apposition ("complemented it with SSDF-Navigator, a pluggable
consultation navigation model"); not a phrase put before the subject ("Working in synergy with DAScan, the
... Model (DS-SSM) modulates")."""

from __future__ import annotations

from tests.ingest._helpers import kinds_and_labels


def test_a_plain_word_the_paper_makes_is_typed_by_its_apposition() -> None:
    # 2601.00125
    found = kinds_and_labels("We propose Mathesis, a neuro-symbolic architecture that encodes mathematical "
                             "states as higher-order hypergraphs.")
    assert found["Mathesis"] == ("model", "Mathesis")
    # 2505.11643
    found = kinds_and_labels("Concretely, we train Cognivolve, a 124 M-parameter GPT-2 model, on a "
                             "four-stage syllabus that ascends from lexical matching to multi-step symbolic "
                             "inference.")
    assert found["Cognivolve"] == ("model", "Cognivolve")
    # 2508.14982
    found = kinds_and_labels("Furthermore, we present Compass, a new multilingual dataset designed for "
                             "custom input extraction in ConvXAI systems.")
    assert found["Compass"] == ("dataset", "Compass")
    # no verb of making: no name
    found = kinds_and_labels("In contrast, Gaussian, a common choice of prior, fails on heavy tails.")
    assert "Gaussian" not in found


def test_a_name_after_a_preposition_in_mid_sentence_is_typed_by_an_indefinite_apposition() -> None:
    # 2603.28191
    found = kinds_and_labels("We then developed a core diagnostic LLM, and complemented it with "
                             "SSDF-Navigator, a pluggable consultation navigation model designed to optimize "
                             "clinical inquiry strategies.")
    assert found["SSDF-Navigator"] == ("model", "SSDF-Navigator")
    # 2505.02046
    found = kinds_and_labels("The preprocessed spectra are subsequently classified using MICAnet, a deep "
                             "learning model for Martian mineral identification.")
    assert found["MICAnet"] == ("model", "MICAnet")
    # a phrase put before the subject, a definite subject after the comma: no apposition
    found = kinds_and_labels("On MMLU-Pro, a model trained with our recipe gains four points.")
    assert found.get("MMLU-Pro", ("dataset",))[0] != "model"
    # 2601.00322
    found = kinds_and_labels("Working in synergy with DAScan, the Depth-Synergized State-Space Model "
                             "(DS-SSM) modulates the sensitivity of state activations.")
    assert "DAScan" not in found
