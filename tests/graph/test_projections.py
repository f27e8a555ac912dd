"""Views: the co-mention projection's support equals a hand count on the real graph."""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.graph.families import family_map
from paperkg.graph.projections import comention_graph, paper_entity_graph


def _hand_support(kg: KnowledgeGraph, kinds: set[str] | None = None) -> Counter:
    G = kg.graph
    support: Counter = Counter()
    for paper, kind in G.nodes(data="kind"):
        if kind != "paper":
            continue
        ents = sorted(e for e in G.successors(paper) if kinds is None or G.nodes[e]["kind"] in kinds)
        for a, b in combinations(ents, 2):
            support[a, b] += 1
    return support


@pytest.mark.parametrize("kinds", [None, {"model"}, {"model", "dataset"}])
def test_projections_comention_support_matches_hand_count(sample_kg: KnowledgeGraph,
                                                          kinds: set[str] | None) -> None:
    H = comention_graph(sample_kg.graph, kinds=kinds)
    assert {tuple(sorted(e)): w for *e, w in H.edges(data="weight")} == dict(_hand_support(sample_kg, kinds))
    expected_nodes = {n for n, k in sample_kg.graph.nodes(data="kind") if k != "paper"
                      and (kinds is None or k in kinds)}
    assert set(H) == expected_nodes


@pytest.mark.parametrize("min_support", [1, 2, 3])
def test_projections_comention_min_support_drops_weak_links(sample_kg: KnowledgeGraph,
                                                            min_support: int) -> None:
    H = comention_graph(sample_kg.graph, min_support=min_support)
    expected = {k for k, v in _hand_support(sample_kg).items() if v >= min_support}
    assert {tuple(sorted(e)) for e in H.edges()} == expected


def test_projections_comention_rejects_zero_support(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="min_support must be at least 1"):
        comention_graph(sample_kg.graph, min_support=0)


def test_projections_papers_view_keeps_linked_papers(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    H = paper_entity_graph(G)
    linked = {p for p, k in G.nodes(data="kind") if k == "paper" and G.out_degree(p) > 0}
    assert {n for n, k in H.nodes(data="kind") if k == "paper"} == linked
    assert H.number_of_edges() == G.number_of_edges()
    assert all(H.edges[p, e]["mentions"] == G.edges[p, e]["count"] for p, e in G.edges())


def _family_kg() -> KnowledgeGraph:
    kg = KnowledgeGraph.from_links([("p1", "model/llama-2-7b"), ("p1", "model/llama-2-13b"),
                                    ("p2", "model/llama-2"), ("p2", "dataset/mmlu"),
                                    ("p3", "model/llama-2-13b"), ("p3", "dataset/mmlu")])
    kg.graph.nodes["model/llama-2-7b"]["broader"] = "model/llama-2"
    kg.graph.nodes["model/llama-2-13b"]["broader"] = "model/llama-2"
    kg.graph.nodes["model/llama-2"]["broader"] = "model/llama"  # a family that is not a node
    return kg


def test_projections_family_map_climbs_to_the_root() -> None:
    fam = family_map(_family_kg().graph)
    assert fam["model/llama-2-7b"] == fam["model/llama-2"] == "model/llama"
    assert fam["dataset/mmlu"] == "dataset/mmlu"


def test_projections_family_level_merges_variant_links() -> None:
    kg = _family_kg()
    H = paper_entity_graph(kg.graph, level="family")
    assert H.nodes["model/llama"]["papers"] == 3
    assert H.nodes["model/llama"]["label"] == "llama"
    assert H.edges["paper/p1", "model/llama"]["mentions"] == 2
    C = comention_graph(kg.graph, level="family")
    assert C.edges["model/llama", "dataset/mmlu"]["weight"] == 2


def test_projections_family_cycle_terminates() -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a"), ("p1", "model/b")])
    kg.graph.nodes["model/a"]["broader"] = "model/b"
    kg.graph.nodes["model/b"]["broader"] = "model/a"
    assert set(family_map(kg.graph).values()) <= {"model/a", "model/b"}
