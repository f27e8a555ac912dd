"""Review-18 mends (B): Title-Case runs that end a longer name, sit in a list of scenarios, or name an
agent by a human job title are no method names."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds

CASES = [
    # F2 (2603.14825): the run ends a made name with a comma in it
    pytest.param("Leveraging this insight, we propose Two Birds, One Projection, an efficient inference time "
                 "jailbreak defence that projects cross-modal features onto the null space of the identified "
                 "bias direction to remove the corresponding components.", "One Projection", id="comma-name"),
    # F3 (2506.04098): an item of a list of scenarios
    pytest.param("Four scenarios-Basic, Obscured, Manual Augmentation, and\nReference-based-investigate the "
                 "impact of semantic understanding, instruction\ncomprehension, and expert demonstrations on "
                 "agents.", "Manual Augmentation", id="scenario-list"),
    # F6 (2511.03179): agents named by a job title
    pytest.param("The framework consists of\nthree key AI agents: a Graph Ontologist, a Design Engineer, "
                 "and a Systems\nEngineer. The Graph Ontologist employs a Large Language Model (LLM) "
                 "to\nconstruct two domain-specific knowledge graphs from airfoil design literature.",
                 "Design Engineer", id="job-title-agents"),
]


@pytest.mark.parametrize(("abstract", "surface"), CASES)
def test_no_method_name(abstract: str, surface: str) -> None:
    assert surface not in kinds(abstract)


def test_coined_agents_kept() -> None:
    found = kinds("We present MMAT, whose harness has three specialized agents: a Knowledge Base Manager, a "
                  "Natural Language Prover, and a Formal Language Prover, all operating in a closed loop.")
    assert found.get("Knowledge Base Manager") == "technique"
    assert found.get("Formal Language Prover") == "technique"
