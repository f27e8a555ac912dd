"""Trends: dates parsed from the date field or the arXiv id; counts per period by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.graph.trends import paper_period, trend


@pytest.mark.parametrize("data, period, expected", [
    ({"date": "2024-07-31"}, "year", "2024"),
    ({"date": "2024-07-31"}, "quarter", "2024-Q3"),
    ({"date": "2024-07-31"}, "month", "2024-07"),
    ({"date": "2024"}, "year", "2024"),
    ({"date": "2024"}, "month", None),
    ({"date": "31 Jul 2024"}, "month", "2024-07"),
    ({"date": "July 2024"}, "month", "2024-07"),
    ({"date": "Mar 12"}, "year", None),
    ({"date": None, "arxiv_id": "2407.21783"}, "month", "2024-07"),
    ({"arxiv_id": "hep-th/9901001"}, "year", "1999"),
    ({}, "year", None),
])
def test_trends_paper_period(data: dict, period: str, expected: str | None) -> None:
    assert paper_period(data, period) == expected


def test_trends_unknown_period() -> None:
    with pytest.raises(QueryError, match="unknown period 'week'; known: year, quarter, month"):
        paper_period({}, "week")


def test_trends_counts_match_hand_count() -> None:
    links = [(f"p{i}", "technique/lora") for i in range(6)] + [(f"q{i}", "dataset/mmlu") for i in range(4)]
    dates = {f"p{i}": f"202{i % 3}-0{i % 9 + 1}-01" for i in range(6)} | {f"q{i}": f"202{i % 2}-05-05"
                                                                          for i in range(4)}
    kg = KnowledgeGraph.from_links(links, dates=dates)
    rows = kg.trend("lora")
    totals = Counter(d[:4] for d in dates.values())
    mine = Counter(dates[f"p{i}"][:4] for i in range(6))
    assert [(r.period, r.papers, r.total) for r in rows] == [(y, mine[y], totals[y]) for y in sorted(totals)]


def test_trends_undated_papers_are_noted() -> None:
    kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p2", "technique/lora")],
                                   dates={"p1": "2024-01-01"})
    rows = trend(kg.graph, ["technique/lora"])
    assert [(r.period, r.papers) for r in rows] == [("2024", 1)]
    assert rows.note == "1 paper(s) mentioning it carry no year and are left out"


def test_trends_sample_graph_answers(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    hub = max((n for n, k in G.nodes(data="kind") if k != "paper"), key=G.in_degree)
    rows = sample_kg.trend(hub)
    dated = sum(1 for p in G.predecessors(hub) if paper_period(G.nodes[p]) is not None)
    assert sum(r.papers for r in rows) == dated
