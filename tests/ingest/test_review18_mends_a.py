"""Mends of methods named in plain words (``paperkg_coined``), from the review of release 18.

A listed part's one hyphened modifier names it only when its first half is a noun: "(2) low-degree node
attributes" describes nodes. What a method "uses" is not taken after a negation ("uses no labels, ...,
or per-model calibration") nor from words in quote marks ("an adaptive ''gating'' system"). Sentences
from corpus abstracts.
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "phrase"), [
    # 2602.03808
    ("The model begins by engaging with structurally simpler features, defined as (1) local neighbourhood "
     "patterns (1-hop), (2) low-degree node attributes, and (3) class-separable node pairs identified via "
     "initial graph convolutional networks and graph attention networks (GCN and GAT) embeddings.",
     "low-degree node"),
    # 2605.18163
    ("The method uses no labels, retrieval, pretraining, finetuning, or per-model calibration.",
     "per-model calibration"),
    # 2601.05038
    ("It uses an adaptive ''gating'' system that only adds extra processing power when the information is "
     "complex, keeping the system fast.", "adaptive ''gating"),
])
def test_not_a_named_method(abstract: str, phrase: str) -> None:
    assert phrase not in coined(abstract)
