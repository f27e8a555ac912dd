"""GraphML, GEXF and CSV exports: other tools can read them; GraphML reads back the same graph."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from paperkg import KnowledgeGraph
from paperkg.exports import EXPORTERS
from paperkg.exports.graphml import csv_paths, write_csv, write_gexf, write_graphml
from paperkg.store.graphml import read_graphml


def test_graphml_round_trip_keeps_nodes_edges_attributes(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = write_graphml(sample_kg, tmp_path / "graph.graphml")
    back = read_graphml(path)
    G = sample_kg.graph
    assert set(back.nodes) == set(G.nodes) and set(back.edges) == set(G.edges)
    for node, data in G.nodes(data=True):
        assert back.nodes[node] == data, node
    for u, v, data in G.edges(data=True):
        assert back.edges[u, v] == data


def test_graphml_lists_are_json_strings(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = write_graphml(sample_kg, tmp_path / "graph.graphml")
    raw = nx.read_graphml(path)
    entity = next(n for n, k in raw.nodes(data="kind") if k != "paper")
    assert isinstance(json.loads(raw.nodes[entity]["aliases"]), list)


def test_graphml_gexf_readable_by_networkx(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    back = nx.read_gexf(write_gexf(sample_kg, tmp_path / "graph.gexf"))
    assert back.number_of_nodes() == sample_kg.graph.number_of_nodes()
    assert back.number_of_edges() == sample_kg.graph.number_of_edges()
    paper = next(n for n, k in sample_kg.graph.nodes(data="kind") if k == "paper")
    assert back.nodes[paper]["label"] == sample_kg.graph.nodes[paper]["label"]


def test_graphml_csv_nodes_and_edges(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    nodes_path = write_csv(sample_kg, tmp_path / "graph.csv")
    nodes_path, edges_path = csv_paths(tmp_path / "graph.csv")
    with nodes_path.open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with edges_path.open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0])[:3] == ["id", "kind", "label"]
    assert {row["id"] for row in nodes} == set(sample_kg.graph.nodes)
    assert {(row["source"], row["target"]) for row in edges} == set(sample_kg.graph.edges)
    assert all(int(row["weight"]) == sample_kg.graph.edges[row["source"], row["target"]]["count"]
               for row in edges)


def test_graphml_comention_view_export(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    from paperkg.graph.projections import comention_graph

    back = nx.read_graphml(write_graphml(sample_kg, tmp_path / "co.graphml", view="comention", min_support=1))
    expected = comention_graph(sample_kg.graph)
    assert back.number_of_edges() == expected.number_of_edges()
    assert all(back.edges[u, v]["weight"] == w for u, v, w in expected.edges(data="weight"))


def test_graphml_strips_characters_xml_cannot_carry(tmp_path: Path) -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a")], labels={"paper/p1": "A\x0b title\x00"})
    back = read_graphml(write_graphml(kg, tmp_path / "g.graphml"))
    assert back.nodes["paper/p1"]["label"] == "A title"


@pytest.mark.parametrize("name, suffix", [("graphml", ".graphml"), ("gexf", ".gexf"), ("csv", ".csv")])
def test_graphml_exporters_registered(name: str, suffix: str) -> None:
    assert suffix in EXPORTERS[name].suffixes


def test_graphml_write_what_was_read(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    first = KnowledgeGraph(read_graphml(write_graphml(sample_kg, tmp_path / "a.graphml")))
    second = KnowledgeGraph(read_graphml(write_graphml(first, tmp_path / "b.graphml")))
    assert (tmp_path / "a.graphml").read_bytes() == (tmp_path / "b.graphml").read_bytes()
    assert second.graph.graph == first.graph.graph == {}
