"""Established techniques written in plain words link (Markov chains, formal verification, agent-based
models, tracking-by-detection), and a case-sensitive technique's spelled-out name matches in any case."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import vocabulary

from tests.ingest._helpers import entity_ids


@pytest.mark.parametrize(("sentence", "surface", "entity_id"), [
    ("We model the interaction between the LLM and the verifier as a discrete-time Markov Chain, with state "
     "transitions determined by a key parameter.", "Markov Chain", "technique/markov-chain"),
    ("The emergence of large language model agents capable of invoking external tools has created urgent "
     "need for formal verification of agent protocols.", "formal verification",
     "technique/formal-verification"),
    ("Using an agent-based model and evolutionary game theory, we compare two types of AI use.",
     "agent-based model", "technique/agent-based-modeling"),
    ("Conventional tracking-by-detection methods are fundamentally limited by their reliance on Kalman "
     "filter (KF).", "tracking-by-detection", "technique/tracking-by-detection"),
    ("A hierarchical attention mechanism jointly learns single-domain and cross-domain preferences, "
     "mimicking human information integration.", "hierarchical attention mechanism",
     "technique/hierarchical-attention"),
    ("VoluMe -- Authentic 3D Video Calls from Live Gaussian Splat Prediction.", "Gaussian Splat",
     "technique/3d-gaussian-splatting"),
    ("We benchmark Google Embeddings (GE2), a Vertex-AI-hosted bi-encoder with 2,048-token context.",
     "bi-encoder", "technique/dual-encoder"),
])
def test_established_plain_names_link(sentence: str, surface: str, entity_id: str) -> None:
    assert entity_id in entity_ids(sentence).get(surface, set())


def test_spelled_out_names_of_case_sensitive_techniques_match_in_any_case() -> None:
    vocab = vocabulary.Vocabulary.load()
    shap = next(e for e in vocab if e.entity.label == "SHAP")
    assert "SHAP" in shap.exact and "Shapley Additive Explanations" in shap.folded
    names = ("CART", "Context Optimization", "analysis of variance")
    assert vocabulary.spelled_out(names) == ("analysis of variance",)
    ids = entity_ids("Feature attributions were computed with Shapley additive explanations.")
    assert "technique/shap" in ids.get("Shapley additive explanations", set())
