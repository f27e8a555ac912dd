"""A ``+`` before a short generic word ("TRIPOD+AI", "Human+AI") joins no two names, so the tokenizer keeps
the word whole and no part of it is linked; and a list item the vocabulary links only weakly (a cue-only
name such as CAPE) still carries the list of datasets it is in. Sentences are quoted from the corpus."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.pipeline import blank_nlp
from tests.ingest._helpers import kinds


@pytest.mark.parametrize(("text", "tokens"), [
    ("TRIPOD+AI", ["TRIPOD+AI"]),
    ("Human+AI", ["Human+AI"]),
    ("BERT+BiLSTM", ["BERT", "+", "BiLSTM"]),  # two names: split as before
])
def test_plus_before_a_generic_word_stays_whole(text, tokens):
    assert [t.text for t in blank_nlp()(text)] == tokens


def test_plus_ai_links_no_part_as_a_dataset():
    # 2604.12258: TRIPOD alone is a dataset's name; TRIPOD+AI is a reporting checklist
    found = kinds("Final reports showed high completeness based on a checklist derived from the TRIPOD+AI "
                  "framework, achieving 96% coverage in LLM evaluation and 82% in human evaluation.")
    assert "TRIPOD" not in found


def test_weak_item_of_the_same_kind_carries_the_list():
    # 2605.25861: CAPE is cue-only, linked weakly; THuman2.0 is listed between known datasets
    found = kinds("We evaluate MuNet on six benchmark datasets for 3D human mesh recovery and 3D clothed "
                  "human reconstruction, including Human3.6M, 3DPW, MPI-INF-3DHP, THuman2.0, CAPE, and "
                  "RenderPeople.")
    assert found["THuman2.0"] == "dataset"
