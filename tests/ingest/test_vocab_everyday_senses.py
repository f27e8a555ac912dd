"""The vocabulary matcher leaves a vocabulary word in its everyday sense unlinked: "attention" that a
topic gains or a paper pays, and a language's name before a nation's place or institution (sentences
from corpus abstracts)."""

from __future__ import annotations

import pytest

from ingest._helpers import entities


@pytest.mark.parametrize("abstract", [
    "While the creation of question-answering datasets and models has recently seen remarkable growth, "
    "most research focuses on question answering (QA) on vision and text, with time series receiving "
    "minute attention.",
    "We herein address these challenges by proposing a novel PnP inference paradigm specifically "
    "designed for embedding generative models within stochastic inverse solvers, with special attention "
    "to Latent Consistency Models (LCMs), which distill LDMs into fast generators.",
    "Graph few-shot learning has attracted increasing attention due to its ability to rapidly adapt.",
])
def test_vocab_everyday_attention_not_linked(abstract: str) -> None:
    assert "technique/attention" not in entities(abstract)


@pytest.mark.parametrize(("abstract", "language"), [
    ("These recommendations informed the February 2025 French AI Action Summit and lay groundwork for "
     "an open, plural, and accountable AI safety discipline.", "language/french"),
    ("We analyze eight days of historical AIS from the Danish Maritime Authority covering the Bornholm "
     "Strait.", "language/danish"),
    ("The commercial vitality of community-scale streets in Chinese cities is shaped by complex "
     "interactions.", "language/chinese"),
])
def test_vocab_language_before_nation_noun_not_linked(abstract: str, language: str) -> None:
    assert language not in entities(abstract)
