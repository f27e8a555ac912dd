"""A name's kind from what its long form names (real arXiv titles and sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract


def test_a_perceptron_long_form_names_a_model_even_in_a_method_title():
    # arXiv 2510.04660: a multi-layer perceptron is a network, though the title calls it a method
    extraction = extract(
        "We propose a context-aware incremental Multi-Layer Perceptron (IMLP), a compact continual "
        "learner for tabular data streams. IMLP incorporates a windowed scaled dot-product attention "
        "over a sliding latent feature buffer, enabling constant-size memory.",
        "IMLP: An Energy-Efficient Continual Learning Method for Tabular Data Streams")
    kinds = {m.surface: m.kind for m in extraction.mentions}
    assert kinds["IMLP"] is Kind.MODEL
    assert kinds["incremental Multi-Layer Perceptron"] is Kind.MODEL
