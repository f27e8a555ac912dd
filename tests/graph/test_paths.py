"""Explanation paths: hops are real paper→entity links, the path is shortest, no path says so."""

from __future__ import annotations

import networkx as nx
import pytest

from paperkg import KnowledgeGraph


def _far_pair(kg: KnowledgeGraph) -> tuple[str, str]:
    """Two entities in the largest component of the sample graph, as far apart as can be found."""
    U = kg.graph.to_undirected(as_view=True)
    component = max(nx.connected_components(U), key=len)
    entities = sorted(n for n in component if kg.graph.nodes[n]["kind"] != "paper")
    if len(entities) < 2:
        pytest.skip("the sample graph has no two linked entities")
    source = entities[0]
    lengths = nx.single_source_shortest_path_length(U, source)
    target = max((e for e in entities if e != source), key=lambda e: (lengths[e], e))
    return source, target


def test_paths_hops_are_links_of_the_graph(sample_kg: KnowledgeGraph) -> None:
    source, target = _far_pair(sample_kg)
    G = sample_kg.graph
    hops = sample_kg.path(source, target)
    assert hops[0].source_id == source and hops[-1].target_id == target
    for hop, following in zip(hops, hops[1:], strict=False):
        assert hop.target_id == following.source_id
    for hop in hops:
        assert G.has_edge(hop.paper_id, hop.source_id) and G.has_edge(hop.paper_id, hop.target_id)
        assert hop.source_role == G.edges[hop.paper_id, hop.source_id]["role"]
    U = G.to_undirected(as_view=True)
    assert 2 * len(hops) == nx.shortest_path_length(U, source, target)


def test_paths_by_alias(sample_kg: KnowledgeGraph) -> None:
    source, target = _far_pair(sample_kg)
    G = sample_kg.graph
    assert sample_kg.path(G.nodes[source]["label"].upper(),
                          G.nodes[target]["label"]) == sample_kg.path(source, target)


def test_paths_no_path_gives_no_rows() -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a"), ("p2", "model/b")])
    hops = kg.path("a", "b")
    assert hops == [] and hops.note == "no path: a and b share no chain of papers"


def test_paths_evidence_sentences() -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a"), ("p1", "dataset/b")])
    kg.graph.edges["paper/p1", "model/a"]["evidence"] = [{"sentence": "We fine-tune A on B.", "role": "uses"}]
    hop = kg.path("a", "b")[0]
    assert hop.source_evidence == "We fine-tune A on B." and hop.target_evidence == ""
    assert hop.to_dict()["paper_id"] == "paper/p1"
