"""The learned span classifier's corpus-frequency gate: a lower-case phrase many corpus abstracts
hold is a common phrase, not a name the paper gives its method, and is not linked."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.learned import (
    FREQUENCY_FILE,
    MAX_FREQUENCY,
    _common_phrase,
    phrase_frequency,
    phrase_key,
)
from paperkg.ingest.extract.spans import span_value

# 2604.14706's abstract (lines 55,000-60,000 of the corpus): the shipped model links "joint
# optimization" as a technique, a phrase some 350 corpus abstracts hold.
JOINT = ("A joint optimization strategy aligns 3DGS with a lightweight NeRF module through alignment and "
         "spatial continuity losses, ensuring smooth and consistent segmentation boundaries.")


def _learned(nlp, text: str) -> set[str]:
    spans = nlp(text).spans.get("paperkg", [])
    return {s.text for s in spans if span_value(s, "extractor") == "paperkg_learned"}


def test_frequency_table_is_small_package_data():
    assert FREQUENCY_FILE.is_file() and FREQUENCY_FILE.stat().st_size < 3_000_000


def test_phrase_key_folds_case_and_separators():
    assert phrase_key("Test-Time Optimization") == phrase_key("test time optimization")
    assert phrase_key("joint optimization") != phrase_key("joint learning")


@pytest.mark.parametrize("phrase", ["joint optimization", "minimal supervision", "gradient flow",
                                    "reinforcement learning"])
def test_common_phrases_are_held_by_many_abstracts(phrase):
    assert phrase_frequency(phrase) >= MAX_FREQUENCY


@pytest.mark.parametrize("name", ["topology-preserving mask injection", "head-scale normalization"])
def test_names_a_paper_gives_its_method_are_rare(name):
    assert phrase_frequency(name) < MAX_FREQUENCY


def test_common_phrase_needs_lower_case_and_a_frequency():
    assert _common_phrase("joint optimization", MAX_FREQUENCY)
    assert not _common_phrase("Joint Optimization", MAX_FREQUENCY)  # a title-case name: the model decides
    assert not _common_phrase("joint optimization", 0)  # the gate off
    assert not _common_phrase("topology-preserving mask injection", MAX_FREQUENCY)


def test_gate_keeps_a_common_phrase_unlinked(learned_nlp):
    pipe = learned_nlp.get_pipe("paperkg_learned")
    pipe.cfg["max_frequency"] = 0
    try:
        assert "joint optimization" in _learned(learned_nlp, JOINT)
    finally:
        pipe.cfg["max_frequency"] = MAX_FREQUENCY
    assert "joint optimization" not in _learned(learned_nlp, JOINT)
