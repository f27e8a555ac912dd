"""The store a build leaves: it opens without the Turtle, gives back the built graph, answers queries."""

from __future__ import annotations

import json
import shutil

import networkx as nx
import pytest

import paperkg.store as store_module
from paperkg import KnowledgeGraph, load
from paperkg.errors import InputError
from paperkg.store import open_store, sparql_store
from paperkg.store.analytics import StoredKnowledgeGraph
from paperkg.store.rdf import read_rdf
from paperkg.store.sparql import query


def _same_graph(a: nx.DiGraph, b: nx.DiGraph) -> None:
    assert list(a.nodes) == list(b.nodes)
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {(u, v): d for u, v, d in a.edges(data=True)} == {(u, v): d for u, v, d in b.edges(data=True)}


@pytest.fixture
def no_turtle_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing any RDF file now fails the test: what runs must come from the store."""

    def refuse(path: object) -> nx.DiGraph:
        raise AssertionError(f"parsed {path}")

    monkeypatch.setattr(store_module, "read_rdf", refuse)


def test_store_round_trip_gives_the_built_graph(sample_build, sample_kg):
    kg = load(sample_build)
    assert isinstance(kg, StoredKnowledgeGraph)
    built = nx.DiGraph()  # the in-memory build, in the store's node order
    order = sorted(sample_kg.graph, key=lambda n: (sample_kg.graph.nodes[n]["kind"] != "paper", n))
    built.add_nodes_from((n, sample_kg.graph.nodes[n]) for n in order)
    built.add_edges_from(sorted(sample_kg.graph.edges(data=True), key=lambda e: (e[0], e[1])))
    _same_graph(kg.graph, built)
    _same_graph(kg.graph, read_rdf(sample_build / "graph.ttl"))


def test_store_queries_open_the_store_without_parsing_turtle(
    sample_build, sample_kg, no_turtle_parsing, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    (folder / "graph.ttl").unlink()  # nothing to parse: the answers must come from the store
    kg = load(folder)
    assert (kg.rank(kind="model", by="pagerank").to_dicts()
            == sample_kg.rank(kind="model", by="pagerank").to_dicts())
    assert kg.related("LoRA").to_dicts() == sample_kg.related("LoRA").to_dicts()
    assert kg.path("LoRA", "MMLU").to_dicts() == sample_kg.path("LoRA", "MMLU").to_dicts()
    assert kg.show("Llama 2").to_dict() == sample_kg.show("Llama 2").to_dict()
    assert kg.communities().to_dicts() == sample_kg.communities().to_dicts()


def test_store_graph_ttl_of_a_build_opens_its_store(sample_build, no_turtle_parsing):
    assert open_store(sample_build / "graph.ttl") == open_store(sample_build)
    assert load(sample_build / "graph.ttl").num_papers == 305


def test_store_rankings_and_communities_come_without_loading_the_graph(sample_build, sample_kg, monkeypatch):
    import paperkg.store.graphdb as graphdb

    kg = load(sample_build)
    monkeypatch.setattr(graphdb, "read_graph", lambda *a, **k: pytest.fail("the graph was loaded"))
    for by in ("pagerank", "degree", "katz", "hits"):
        for kind in (None, "model", "dataset"):
            stored, live = kg.rank(kind=kind, by=by, top=15), sample_kg.rank(kind=kind, by=by, top=15)
            assert (stored.to_dicts(), stored.note, stored.meta) == (live.to_dicts(), live.note, live.meta)
    assert kg.communities().to_dicts() == sample_kg.communities().to_dicts()


def test_store_other_options_are_computed_on_the_graph(sample_build, sample_kg):
    kg = load(sample_build)
    assert (kg.rank(kind="model", by="betweenness").to_dicts()
            == sample_kg.rank(kind="model", by="betweenness").to_dicts())
    assert (kg.rank(by="pagerank", view="comention").to_dicts()
            == sample_kg.rank(by="pagerank", view="comention").to_dicts())
    assert kg.communities(top=2).to_dicts() == sample_kg.communities(top=2).to_dicts()


def test_store_stored_answers_stop_once_the_graph_changes(sample_build):
    kg = load(sample_build)
    kg.graph.add_edge("paper/new", "model/gpt-4", role="uses", count=5, confidence=1.0, evidence=[])
    kg.graph.nodes["paper/new"].update(kind="paper", label="new", title="new")
    live = KnowledgeGraph(kg.graph).rank(kind="model", by="degree", top=None)
    assert kg.rank(kind="model", by="degree", top=None).to_dicts() == live.to_dicts()
    papers = {r.id: r.papers for r in live}
    stored = {r.id: r.papers for r in load(sample_build).rank(kind="model", by="degree", top=None)}
    assert papers["model/gpt-4"] == stored["model/gpt-4"] + 1


def test_store_foreign_turtle_is_parsed_once_and_cached(sample_build, tmp_path, monkeypatch):
    foreign = tmp_path / "elsewhere" / "mine.ttl"
    foreign.parent.mkdir()
    shutil.copyfile(sample_build / "graph.ttl", foreign)
    cache = tmp_path / "cache"
    monkeypatch.setenv("PAPERKG_CACHE", str(cache))
    parsed = []
    real = store_module.read_rdf
    monkeypatch.setattr(store_module, "read_rdf", lambda path: parsed.append(path) or real(path))
    first = load(foreign)
    second = load(foreign)
    assert parsed == [foreign]  # once
    assert isinstance(second, StoredKnowledgeGraph) and second.store_file.parent.parent == cache / "stores"
    _same_graph(first.graph, read_rdf(foreign))
    assert json.loads((second.store_file.parent / "source.json").read_text())["path"] == str(
        foreign.resolve())
    rows = query(sparql_store(foreign), "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }")[1]
    assert rows == [{"n": 305}]


def test_store_foreign_turtle_edited_is_parsed_again(sample_build, tmp_path, monkeypatch):
    foreign = tmp_path / "mine.ttl"
    shutil.copyfile(sample_build / "graph.ttl", foreign)
    monkeypatch.setenv("PAPERKG_CACHE", str(tmp_path / "cache"))
    load(foreign)
    text = foreign.read_text(encoding="utf-8")
    foreign.write_text(text.replace('rdfs:label "LoRA" ;', 'rdfs:label "LoRA (edited)" ;', 1),
                       encoding="utf-8")
    assert load(foreign).graph.nodes["technique/lora"]["label"] == "LoRA (edited)"
    assert len(list((tmp_path / "cache" / "stores").iterdir())) == 1  # the stale store went


def test_store_cache_off_parses_in_memory(sample_build, tmp_path, monkeypatch):
    foreign = tmp_path / "mine.ttl"
    shutil.copyfile(sample_build / "graph.ttl", foreign)
    monkeypatch.setenv("PAPERKG_CACHE", "off")
    kg = load(foreign)
    assert not isinstance(kg, StoredKnowledgeGraph) and kg.num_papers == 305
    assert open_store(foreign) is None


def test_store_edited_graph_ttl_of_a_build_is_not_paired_with_its_store(sample_build, tmp_path, monkeypatch):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    ttl = folder / "graph.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8").replace('rdfs:label "LoRA" ;',
                                                           'rdfs:label "LoRA (edited)" ;', 1),
                   encoding="utf-8")
    monkeypatch.setenv("PAPERKG_CACHE", str(tmp_path / "cache"))
    assert load(folder).graph.nodes["technique/lora"]["label"] == "LoRA (edited)"
    assert load(ttl).graph.nodes["technique/lora"]["label"] == "LoRA (edited)"


def test_store_sparql_store_is_read_only_and_answers_like_the_turtle(sample_build):
    triples = sparql_store(sample_build)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert query(triples, count) == query(sample_build / "graph.ttl", count)
    with pytest.raises((OSError, RuntimeError), match="read-write"):
        triples.update("INSERT DATA { <http://a> <http://b> <http://c> }")


def test_store_no_graph_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no graph here"):
        load(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "missing.ttl")


def test_store_entity_lookup_uses_the_stored_alias_index(sample_build, monkeypatch):
    import paperkg.store.analytics as analytics

    kg = load(sample_build)
    kg.rank(kind="model")  # stored
    monkeypatch.setattr(analytics, "alias_index", lambda G: pytest.fail("the alias index was rebuilt"))
    assert kg.entity("llama 2") == kg.entity("LLaMA-2") == "model/llama-2"
    with pytest.raises(KeyError, match="close matches"):
        kg.entity("Llama 9")


def test_store_centrality_of_every_node_comes_from_the_store(sample_build, sample_kg, monkeypatch):
    import paperkg.store.graphdb as graphdb

    kg = load(sample_build)
    monkeypatch.setattr(graphdb, "read_graph", lambda *a, **k: pytest.fail("the graph was loaded"))
    for by in ("pagerank", "degree"):
        stored, live = kg.centrality(by), sample_kg.centrality(by)
        assert (stored.scores, stored.note, stored.approximate) == (live.scores, live.note, live.approximate)
        assert any(node.startswith("paper/") for node in stored.scores)


def test_store_an_open_graph_reads_on_after_a_new_build_replaces_its_store(sample_build, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    kg = load(folder)
    paper = next(n for n, k in kg.graph.nodes(data="kind") if k == "paper")
    old_store = kg.store_file.parent
    shutil.rmtree(old_store)  # what the next build's commit does to the old generation
    assert kg.graph.nodes[paper]["abstract"]  # read from the store file opened before
