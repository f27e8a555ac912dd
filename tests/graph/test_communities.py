"""Communities: seeded and reproducible, disjoint, labelled by their most central entities."""

from __future__ import annotations

import pytest

from paperkg import KnowledgeGraph
from paperkg.graph.communities import communities


@pytest.mark.parametrize("view", ["comention", "papers"])
def test_communities_are_reproducible_and_disjoint(sample_kg: KnowledgeGraph, view: str) -> None:
    first = communities(sample_kg.graph, view=view, seed=7)
    again = communities(sample_kg.graph, view=view, seed=7)
    assert first.to_dicts() == again.to_dicts()
    seen: set[str] = set()
    for community in first:
        assert not seen & set(community.entities)
        seen.update(community.entities)
        assert community.size == len(community.entities) >= 2
        assert community.label == ", ".join(community.top)
        assert sum(community.kinds.values()) == community.size
    assert [c.size for c in first] == sorted((c.size for c in first), reverse=True)


def test_communities_count_papers(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    for community in communities(G):
        papers = {p for e in community.entities for p in G.predecessors(e)}
        assert community.papers == len(papers)


def test_communities_two_topics() -> None:
    links = [(f"a{i}", e) for i in range(3) for e in ("model/llama", "technique/lora", "dataset/alpaca")]
    links += [(f"b{i}", e) for i in range(3)
              for e in ("model/resnet", "dataset/imagenet", "technique/dropout")]
    links += [("c", "model/llama"), ("c", "model/resnet")]
    kg = KnowledgeGraph.from_links(links)
    found = kg.communities(top=1)
    assert sorted(frozenset(c.entities) for c in found) == sorted([
        frozenset({"model/llama", "technique/lora", "dataset/alpaca"}),
        frozenset({"model/resnet", "dataset/imagenet", "technique/dropout"}),
    ])
    assert {c.label for c in found} == {"llama", "resnet"}


def test_communities_min_size_drops_isolated() -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a"), ("p1", "model/b"), ("p2", "model/c")])
    assert [c.entities for c in kg.communities()] == [["model/a", "model/b"]]
    assert len(kg.communities(min_size=1)) == 1  # an isolated entity has no community at all
