"""Plain method names listed after an example cue or a made-of word (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds


@pytest.mark.parametrize("abstract, expected", [
    ("We present TAG-INSTRUCT, a novel framework that enhances instruction complexity through structured "
     "semantic compression and controlled difficulty augmentation.",
     {"structured semantic compression": Kind.TECHNIQUE,
      "controlled difficulty augmentation": Kind.TECHNIQUE}),
    ("Next, bidirectional stage-wise distillation incorporating fine-to-coarse progressive learning and "
     "reverse coarse-to-fine refinement is applied.",
     {"fine-to-coarse progressive learning": Kind.TECHNIQUE}),
])
def test_lists_plain_items_with_a_method_head_are_techniques(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract", [
    # tasks, not methods: no item ends in a method head
    "Retrieval is crucial for knowledge-intensive tasks, such as question answering and fact checking.",
    # "unlike" is no cue, and the clause goes on past the name
    "Unlike conventional Privilege Learning, where ground-truth-derived guidance is typically discarded "
    "after training, we keep it.",
    # a step, not a method; one method head is not a list of methods
    "It involves difficulties such as data collection, model training, and deployment optimization.",
])
def test_lists_no_plain_methods_there(abstract):
    assert kinds(abstract, by="paperkg_lists") == {}
