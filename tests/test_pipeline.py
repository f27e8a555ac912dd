"""The whole pipeline: build from files (stats, dedupe, workers) and incremental update."""

from __future__ import annotations

import networkx as nx
import pytest

from paperkg.pipeline import BuildStats, build, update


def _same_graph(a: nx.DiGraph, b: nx.DiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {(u, v): d for u, v, d in a.edges(data=True)} == {(u, v): d for u, v, d in b.edges(data=True)}


def test_pipeline_build_sample_counts(sample_kg):
    counts = sample_kg.counts()
    assert counts["paper"] == 305
    assert counts["links"] > counts["paper"]
    assert all(counts[k] > 0 for k in ("model", "dataset", "technique", "language"))


def test_pipeline_build_stats_and_stage_times(sample_dir):
    stats = BuildStats()
    kg = build([sample_dir], stats=stats)
    assert (stats.report.read, stats.papers, stats.merged) == (361, 305, 56)
    assert set(stats.seconds) == {"read", "extract", "graph"}
    assert kg.num_papers == 305


def test_pipeline_paper_in_several_files_keeps_every_source(sample_kg):
    sources = [d["sources"] for _, d in sample_kg.graph.nodes(data=True) if d["kind"] == "paper"]
    multi = [s for s in sources if len({x["file"] for x in s}) > 1]
    assert multi, "the sample corpus repeats papers across files"
    assert all(x["date"] in (None, "2025-03-12", "2025-07-30", "2025-04-23") for s in sources for x in s)


def test_pipeline_workers_give_the_same_graph(sample_dir):
    one = build([sample_dir], workers=1)
    two = build([sample_dir], workers=2)
    _same_graph(one.graph, two.graph)


@pytest.mark.issue(7)
def test_pipeline_update_equals_full_rebuild(sample_dir):
    files = sorted(sample_dir.glob("*.txt"))
    full = build(files)
    partial = build(files[:2])
    stats = BuildStats()
    update(partial, files[2:], stats=stats)
    assert stats.report.files == 2 and stats.report.read > 0
    _same_graph(full.graph, partial.graph)


@pytest.mark.issue(7)
def test_pipeline_update_with_known_papers_changes_nothing(sample_dir):
    files = sorted(sample_dir.glob("*.txt"))
    kg = build(files[:2])
    before = kg.graph.copy()
    update(kg, files[:1])
    _same_graph(before, kg.graph)
