"""Established techniques written in plain words that the vocabulary missed (issue 12, ninth list of
``scripts/vocab/established_review.tsv``): names in >= 20 corpus abstracts and other spellings of
existing entries, on real arXiv sentences, each quoting its corpus id."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import extract, surface_ids


def vocabulary_links(abstract: str) -> dict[str, str]:
    """Surface -> entity id of the mentions the vocabulary made (not discovered names of the same id)."""
    return {m.surface: m.entity_id for m in extract(abstract).mentions if m.origin == "vocabulary"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2504.01337
    ("By employing a gating network to route input tokens, it selectively activates a subset of expert "
     "networks to process the corresponding token embeddings.", "gating network", "technique/gating-network"),
    # 2504.14870
    ("Tool-integrated reasoning (TIR) augments large language models (LLMs) with the ability to invoke "
     "external tools, such as search engines and code interpreters, to solve tasks beyond the capabilities "
     "of language-only reasoning.", "Tool-integrated reasoning", "technique/tool-integrated-reasoning"),
    # 2608.10438: the other spelling
    ("Continuous Interaction Diffusion: A Diffusion-Native Runtime for Asynchronous Tool-Augmented "
     "Reasoning", "Tool-Augmented Reasoning", "technique/tool-integrated-reasoning"),
    # 2508.05498
    ("GRAIL:Learning to Interact with Large Knowledge Graphs for Retrieval Augmented Reasoning",
     "Retrieval Augmented Reasoning", "technique/retrieval-augmented-reasoning"),
    # 2603.13355
    ("Our method employs a cross attention fusion of sparse motion cues and scene point clouds, offering a "
     "novel approach that directly interprets the user's spatial intention within the scene.",
     "cross attention fusion", "technique/cross-attention-fusion"),
    # 2505.21528
    ("Diffusion Bridges enable transitions between arbitrary distributions, with the Unified Diffusion "
     "Bridge (UniDB) framework achieving high-fidelity image generation via a Stochastic Optimal Control "
     "(SOC) formulation.", "Stochastic Optimal Control", "technique/stochastic-optimal-control"),
    # 2510.13939
    ("Mediation analysis shows this reversal occurs because fine-tuning eliminates detectable AI stylistic "
     "quirks (e.g., cliche density) that penalize in-context outputs.", "Mediation analysis",
     "technique/mediation-analysis"),
    # 2601.22123
    ("Simulating the long-time evolution of Hamiltonian systems is limited by the small timesteps required "
     "for stable numerical integration.", "numerical integration", "technique/numerical-integration"),
    # 2504.07448
    ("We propose LoRA with Reduced Interference (LoRI), a simple yet effective approach that freezes the "
     "projection matrices $A$ as random projections and sparsifies the matrices $B$ using task-specific "
     "masks.", "random projections", "technique/random-projection"),
])
def test_an_established_plain_word_name_is_linked(abstract: str, surface: str, entity_id: str) -> None:
    assert vocabulary_links(abstract).get(surface) == entity_id


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2505.15963: a paradigm written as training
    ("In this work, we propose an Online Vision-language Preference Learning (OViP) framework that "
     "dynamically constructs contrastive training data based on the model's own hallucinated outputs.",
     "contrastive training", "technique/contrastive-learning"),
    # 2601.22318
    ("Our theoretical results also validate that federated training reduces routing suboptimality.",
     "federated training", "technique/federated-learning"),
    # 2606.31811: a curriculum of stages
    ("To handle the complexity of real-world scores, we adopt a two-stage curriculum: a synthetic warm-up "
     "on typeset scores followed by large-scale training on the full IMSLP.", "two-stage curriculum",
     "technique/curriculum-learning"),
    # 2510.00953: a state machine without 'finite'
    ("Modeling Market States with Clustering and State Machines", "State Machines",
     "technique/finite-automaton"),
])
def test_another_spelling_of_a_vocabulary_technique_is_linked(abstract: str, surface: str,
                                                               entity_id: str) -> None:
    assert vocabulary_links(abstract).get(surface) == entity_id


@pytest.mark.issue(12)
def test_a_course_curriculum_and_logic_tensor_networks_are_not_taken() -> None:
    # a course curriculum is not curriculum learning (2503.22876); Logic Tensor Networks are their own
    # framework, not a tensor network (2603.26944)
    links = surface_ids(extract(
        "We propose a new open-source and open-hardware curriculum based on VizFlyt for the future. "
        "Neuro-Symbolic Learning for Predictive Process Monitoring via Two-Stage Logic Tensor Networks "
        "with Rule Pruning."))
    assert "technique/curriculum-learning" not in links.values()
    assert "technique/tensor-network" not in links.values()
    assert vocabulary_links("Neuro-Symbolic Learning for Predictive Process Monitoring via Two-Stage Logic "
                            "Tensor Networks with Rule Pruning.").get("Logic Tensor Networks") \
        == "technique/logic-tensor-network"
