"""Centrality of entities per kind on the paper–entity graph."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.errors import QueryError
from paperkg.ingest.records import Kind

__all__ = ["MEASURES", "RankRow", "rank_entities", "entity_nodes"]


@dataclass(frozen=True, slots=True)
class RankRow:
    """One ranked entity: ``entity`` is its label, ``id`` its node id."""

    rank: int
    entity: str
    id: str
    kind: str
    score: float
    papers: int

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output)."""
        return asdict(self)


def entity_nodes(G: nx.Graph, kind: str | Kind | None = None) -> list[str]:
    """Entity node ids, of one kind when ``kind`` is given, sorted."""
    if kind is not None:
        kind = _kind(kind)
    return sorted(
        n for n, k in G.nodes(data="kind") if k != "paper" and (kind is None or k == kind)
    )


def _kind(kind: str | Kind) -> str:
    try:
        return Kind(kind).value
    except ValueError:
        raise QueryError(f"unknown kind {kind!r}; known: {', '.join(k.value for k in Kind)}") from None


def _degree(G: nx.DiGraph) -> dict[str, float]:
    return {n: float(d) for n, d in G.in_degree()}


def _weighted_degree(G: nx.DiGraph) -> dict[str, float]:
    return {n: float(d) for n, d in G.in_degree(weight="count")}


def _pagerank(G: nx.DiGraph) -> dict[str, float]:
    # On the undirected paper–entity graph: an entity is central when central papers mention it.
    return nx.pagerank(G.to_undirected(as_view=True), alpha=0.85, weight="count")


#: Measures by name: each maps a paper–entity graph to a score per node.
MEASURES: dict[str, Callable[[nx.DiGraph], dict[str, float]]] = {
    "degree": _degree,
    "weighted-degree": _weighted_degree,
    "pagerank": _pagerank,
}


def rank_entities(
    G: nx.DiGraph, *, kind: str | Kind | None = None, by: str = "pagerank", top: int | None = 10
) -> list[RankRow]:
    """Rank entities (of one kind) by a centrality measure, best first, ties by label.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset"}, "kind")
    >>> [(r.id, r.score) for r in rank_entities(G, by="degree")]
    [('lora', 2.0), ('mmlu', 1.0)]
    """
    if by not in MEASURES:
        raise QueryError(f"unknown measure {by!r}; known: {', '.join(MEASURES)}")
    nodes = entity_nodes(G, kind)
    scores = MEASURES[by](G)
    ordered = sorted(nodes, key=lambda n: (-scores.get(n, 0.0), G.nodes[n].get("label", n), n))
    if top is not None:
        ordered = ordered[:top]
    return [
        RankRow(
            rank=i,
            entity=G.nodes[n].get("label", n),
            id=n,
            kind=G.nodes[n]["kind"],
            score=round(float(scores.get(n, 0.0)), 6),
            papers=G.in_degree(n),
        )
        for i, n in enumerate(ordered, start=1)
    ]
