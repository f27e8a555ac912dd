"""``html`` and ``show`` on a store read what they draw or count, not the whole graph, and give
the same bytes and answers as the whole graph does (issue 13)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from paperkg import KnowledgeGraph, load
from paperkg.graph.trends import PERIODS, dated_papers, trend
from paperkg.store import open_store
from paperkg.store.near import StoredLinks, read_near
from paperkg.store.overview import OverviewGraph
from paperkg.store.rdf import read_rdf

pytestmark = pytest.mark.issue(13)

#: Options that change which entities the overview draws (and how).
OVERVIEW_OPTIONS = [
    {},
    {"kind": "model"},
    {"kind": "dataset", "max_nodes": 3},
    {"kind": "language", "language_type": "natural"},
    {"language_type": "programming"},
    {"include_generic": True},
    {"include_generic": True, "kind": "technique", "max_nodes": 7},
    {"max_nodes": 20},
    {"max_nodes": 1},
    {"max_nodes": 100_000},
    {"size_by": "degree"},
    {"size_by": "degree", "kind": "model", "max_nodes": 15},
    {"color_by": "kind", "physics": True, "seed": 3, "title": "x < y"},
]
#: Options the overview cannot draw from its parts: the whole graph is opened.
WHOLE_OPTIONS = [{"focus": "GPT-4"}, {"focus": "GPT-4", "view": "entities", "depth": 2}, {"view": "papers"},
                 {"size_by": "katz", "max_nodes": 30}]


def _pages(folder: Path, tmp_path: Path, options: dict) -> tuple[bytes, bytes, KnowledgeGraph]:
    whole = KnowledgeGraph(read_rdf(folder / "graph.ttl"))
    stored = load(folder)
    here = stored.write(tmp_path / "stored.html", **options).read_bytes()
    return here, whole.write(tmp_path / "whole.html", **options).read_bytes(), stored


@pytest.mark.parametrize("options", OVERVIEW_OPTIONS, ids=str)
def test_overview_of_the_sample_store_is_byte_identical_without_the_whole_graph(
        sample_build, tmp_path, options, whole_graph_refused):
    here, there, stored = _pages(sample_build, tmp_path, options)
    assert here == there
    assert stored._graph is None
    assert b'"view":"entities"' in here


@pytest.mark.parametrize("options", OVERVIEW_OPTIONS[:6] + OVERVIEW_OPTIONS[-3:], ids=str)
def test_overview_of_real_reader_files_is_byte_identical_without_the_whole_graph(
        readers_build, tmp_path, options, whole_graph_refused):
    here, there, stored = _pages(readers_build, tmp_path, options)
    assert here == there and stored._graph is None


@pytest.mark.parametrize("options", WHOLE_OPTIONS, ids=str)
def test_other_views_open_the_whole_graph_and_are_byte_identical(sample_build, tmp_path, options):
    here, there, stored = _pages(sample_build, tmp_path, options)
    assert here == there
    assert stored._graph is not None


def test_overview_graph_counts_every_link_and_loads_few(sample_build, sample_kg, tmp_path):
    stored = load(sample_build)
    seen: list[OverviewGraph] = []
    import paperkg.exports as exports

    write = exports.write
    try:
        exports.write = lambda G, *a, **k: (seen.append(G), write(G, *a, **k))[1]
        stored.write(tmp_path / "view.html", max_nodes=25)
    finally:
        exports.write = write
    (G,) = seen
    whole = sample_kg.graph
    assert isinstance(G, OverviewGraph)
    assert G.number_of_nodes() == whole.number_of_nodes() and G.number_of_edges() == whole.number_of_edges()
    assert 0 < sum(len(links) for links in G._succ.values()) < whole.number_of_edges() / 2
    entities = [n for n, kind in whole.nodes(data="kind") if kind != "paper"]
    assert {n: G.degree(n) for n in entities} == {n: whole.degree(n) for n in entities}
    drawn = [n for n in entities if len(G._pred[n]) == whole.in_degree(n) > 0]
    assert len(drawn) >= 25
    for entity in drawn:  # every paper of a drawn entity with its role
        assert sorted(G.in_edges(entity, data="role")) == sorted(whole.in_edges(entity, data="role"))
    whole_papers = [p for p in G if G.nodes[p].get("kind") == "paper"
                    and len(G._succ[p]) == whole.out_degree(p)]
    paper = next(p for p in whole_papers if G._succ[p] and "evidence" in next(iter(whole.succ[p].values())))
    assert {e: dict(d) for e, d in G.succ[paper].items()} == {e: dict(d)
                                                              for e, d in whole.succ[paper].items()}


def test_a_store_without_entity_roles_draws_from_the_whole_graph(sample_build, sample_kg, tmp_path):
    folder = tmp_path / "out"
    shutil.copytree(sample_build, folder)
    with sqlite3.connect(open_store(folder) / "graph.sqlite") as db:
        db.execute("DROP TABLE entity_roles")
        db.execute("DELETE FROM meta WHERE key = 'roles'")
    stored = load(folder)
    assert stored.write(tmp_path / "a.html").read_bytes() == sample_kg.write(tmp_path / "b.html").read_bytes()
    assert stored._graph is not None


# -- show: the trend's totals are stored -------------------------------------------------------


def test_stored_dated_papers_are_the_whole_graphs(readers_build, sample_build):
    for folder in (readers_build, sample_build):
        whole = read_rdf(folder / "graph.ttl")
        assert load(folder)._answer("periods") == dated_papers(whole)
    assert len(dated_papers(read_rdf(readers_build / "graph.ttl"))["month"]) == 3  # several periods to count


def test_trend_of_a_stored_neighbourhood_needs_no_other_paper(readers_build):
    whole = read_rdf(readers_build / "graph.ttl")
    stored = load(readers_build)
    stored._entities()
    links = StoredLinks(open_store(readers_build) / "graph.sqlite")
    checked = 0
    for entity in sorted(n for n, kind in whole.nodes(data="kind") if kind != "paper"):
        near = read_near(links, stored._entity_rows, mentioning=entity)
        near.dated_papers = stored._answer("periods").get
        assert len(near) < len(whole)  # the other papers are not there ...
        for period in PERIODS:  # ... and the trend is the whole graph's
            here, there = trend(near, [entity], period=period), trend(whole, [entity], period=period)
            assert (here.to_dicts(), here.note) == (there.to_dicts(), there.note), (entity, period)
        checked += 1
    links.close()
    assert checked == 52


def test_show_on_a_store_reads_the_entitys_papers_alone(sample_build, sample_kg, monkeypatch,
                                                        whole_graph_refused):
    import paperkg.graph.trends as trends

    names = ("GPT-4", "LoRA", "MMLU")
    expected = [sample_kg.show(name).to_dict() for name in names]
    monkeypatch.setattr(trends, "_periods", lambda *a, **k: pytest.fail("every paper was dated"))
    stored = load(sample_build)
    assert [stored.show(name).to_dict() for name in names] == expected
