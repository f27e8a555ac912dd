"""Entities: lookup on the one case-folding function, and papers by role, on the real sample graph."""

from __future__ import annotations

import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import EntityNotFound
from paperkg.graph.entities import alias_index, find_entity, papers_mentioning
from paperkg.ingest import records
from paperkg.ingest.extract import evaluate, spans


@pytest.mark.issue(16)
def test_entities_one_fold_for_the_package() -> None:
    assert spans.fold is records.fold
    assert evaluate.fold is records.fold


@pytest.mark.issue(16)
@pytest.mark.parametrize("name", ["LLaMA\u20112", "llama\u2013 2", "ＬＬａＭＡ-２", "Llama 2"])
def test_entities_lookup_folds_unicode_separators_and_width(sample_kg: KnowledgeGraph, name: str) -> None:
    # non-breaking hyphen, en dash and full-width forms name the same entity as "Llama 2"
    assert find_entity(sample_kg.graph, name) == find_entity(sample_kg.graph, "llama-2") == "model/llama-2"


@pytest.mark.issue(16)
def test_entities_fold_keeps_accents_lookup_folds_their_case() -> None:
    G = KnowledgeGraph.from_links([("p1", "dataset/thor"), ("p1", "model/llama-2")],
                                  labels={"dataset/thor": "THÖR"}).graph
    G.nodes["dataset/thor"]["aliases"] = ["Thör dataset"]
    assert find_entity(G, "thör") == find_entity(G, "THÖR DATASET") == "dataset/thor"
    assert find_entity(G, "thor") == "dataset/thor"  # through the id's ASCII slug
    # as surfaces, a name that differs by its accent is another name (THOR-MoE is no THÖR variant)
    assert records.fold("THÖR") == "thör" != records.fold("THOR")


def test_entities_alias_index_covers_every_label(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    index = alias_index(G)
    entities = [n for n, k in G.nodes(data="kind") if k != "paper"]
    # every entity is found by its own label, or its label belongs to a vocabulary entity that won
    for node in entities:
        hit = index[records.fold(G.nodes[node]["label"])]
        assert hit == node or records.fold(G.nodes[hit]["label"]) == records.fold(G.nodes[node]["label"]) or \
            records.fold(G.nodes[node]["label"]) in {records.fold(a) for a in G.nodes[hit]["aliases"]}


def test_entities_not_found_lists_close_labels(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFound) as info:
        find_entity(sample_kg.graph, "Lama 2")
    assert "Llama 2" in info.value.suggestions


def test_entities_papers_mentioning_by_role_matches_edges(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    node = "model/llama-2"
    for role in ("introduces", "uses", "evaluates_on", "compares_with", "mentions"):
        expected = sorted(p for p in G.predecessors(node)
                          if G.edges[p, node]["role"] == role
                          or any(e["role"] == role for e in G.edges[p, node]["evidence"]))
        assert papers_mentioning(G, [node], role=role) == expected
    assert papers_mentioning(G, [node]) == sorted(G.predecessors(node))


@pytest.mark.issue(16)
def test_entities_lookup_keeps_letters_of_other_scripts() -> None:
    # an ASCII-only fold made both of these "net", so β-Net found α-Net
    kg = KnowledgeGraph.from_links([("p1", "model/alpha-net"), ("p2", "model/beta-net")],
                                   labels={"model/alpha-net": "α-Net", "model/beta-net": "β-Net"})
    assert find_entity(kg.graph, "β-net") == "model/beta-net"
    assert find_entity(kg.graph, "Α-NET") == "model/alpha-net"
