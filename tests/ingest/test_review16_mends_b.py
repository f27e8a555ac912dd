"""Review findings of 2026-12-07 (round 16): an environment's kind nouns that modify another noun or name no
agents' environment, and a name a coordinated verb introduces (real corpus sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import TITLE, kinds_of_paper, surface_roles


@pytest.mark.issue(16)
@pytest.mark.parametrize(("title", "abstract", "name", "dataset"), [
    # arXiv 2512.04367: "sandbox" modifies "service": a named service is no data
    ("AgentBay: A Hybrid Interaction Sandbox for Seamless Human-AI Intervention in Agentic Systems",
     "In this paper, we present AgentBay, a novel sandbox service designed from the ground up for hybrid "
     "interaction.", "AgentBay", False),
    # arXiv 2606.14119: a playground for no agents to act in
    (TITLE, "In this paper, we propose FactoryLLM, a safe and open-source AI playground designed for "
     "evaluating different LLM-based retrieval-augmented generation (RAG) models by analysing documents "
     "from multiple machines across the manufacturing process.", "FactoryLLM", False),
    # arXiv 2601.21937: a research sandbox is the benchmark the paper builds
    (TITLE, "We introduce DeR2, a controlled deep-research sandbox that isolates document-grounded reasoning "
     "while preserving core difficulties of deep search.", "DeR2", True),
])
def test_an_environments_kind_noun_needs_its_own_head_and_agents(title, abstract, name, dataset):
    kinds = kinds_of_paper(title, abstract)
    assert name in kinds
    assert (kinds[name] is Kind.DATASET) is dataset


@pytest.mark.issue(16)
def test_the_verb_nearest_before_a_name_introduces_it():
    # arXiv 2512.24873: "evaluate" opens the sentence, "introduce" governs the benchmark
    roles = surface_roles(
        "Empirically, we evaluate ROME within a structured setting and introduce Terminal Bench Pro, a "
        "benchmark with improved scale and contamination control.")
    assert roles["Terminal Bench Pro"] == {"introduces"}
