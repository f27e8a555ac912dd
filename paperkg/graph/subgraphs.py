"""Parts of the graph as new graphs: papers and entities chosen by entity, kind, date or language
type, and ego networks. Each is a deep copy that keeps the families of the entities in it."""

from __future__ import annotations

import copy
from collections.abc import Iterable

import networkx as nx

from paperkg.graph.options import check_kinds, check_language_type, hidden_by
from paperkg.graph.trends import paper_period
from paperkg.ingest.records import Kind

__all__ = ["subgraph", "ego_graph", "copy_with_families"]


def copy_with_families(G: nx.DiGraph, nodes: Iterable[str]) -> nx.DiGraph:
    """A deep copy of ``G`` induced on ``nodes`` plus the families (``broader`` chains) of their entities.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    nodes : iterable of str
        The nodes to keep.

    Returns
    -------
    networkx.DiGraph
        A new graph: changing its attributes leaves ``G`` as it was.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "model/llama-2-7b"), ("p2", "model/llama-2")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "model/llama-2-7b": "model",
    ...                            "model/llama-2": "model"}, "kind")
    >>> G.nodes["model/llama-2-7b"]["broader"] = "model/llama-2"
    >>> sorted(copy_with_families(G, ["p1", "model/llama-2-7b"]))
    ['model/llama-2', 'model/llama-2-7b', 'p1']
    """
    keep = set(nodes)
    for entity in [n for n in keep if G.nodes[n].get("kind") != "paper"]:
        up = G.nodes[entity].get("broader")
        while up and up in G and up not in keep:
            keep.add(up)
            up = G.nodes[up].get("broader")
    H = G.subgraph(keep)
    out = nx.DiGraph()
    out.graph.update(copy.deepcopy(G.graph))
    out.add_nodes_from((n, copy.deepcopy(d)) for n, d in H.nodes(data=True))
    out.add_edges_from((u, v, copy.deepcopy(d)) for u, v, d in H.edges(data=True))
    return out


def _within(data: dict, since: str | None, until: str | None) -> bool:
    when = paper_period(data, "month") or paper_period(data, "year")
    if when is None:
        return False
    if since is not None and when[: len(since)] < since[: len(when)]:
        return False
    if until is not None and when[: len(until)] > until[: len(when)]:
        return False
    return True


def subgraph(
    G: nx.DiGraph,
    *,
    entities: Iterable[str] | None = None,
    kind: str | Kind | Iterable[str] | None = None,
    papers: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    language_type: str | None = None,
) -> nx.DiGraph:
    """Some papers and the entities they mention, as a new graph (a copy).

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entities : iterable of str, optional
        Keep the papers mentioning any of these entity ids (add variants with
        :func:`~paperkg.graph.families.variants_of` first to follow the family down).
    kind : str or iterable of str, optional
        Keep only entities of this kind (or these kinds).
    papers : iterable of str, optional
        Keep only these paper ids.
    since, until : str, optional
        Keep only papers dated within these periods, inclusive (``"2024"``, ``"2024-03"``);
        undated papers drop out when either is given.
    language_type : {"natural", "programming"}, optional
        Keep only the languages of this type.

    Returns
    -------
    networkx.DiGraph
        The kept papers, the entities they mention that pass the filters, and those
        entities' families. A paper that the ``kind`` or ``language_type`` filter leaves with
        no entity drops out.

    Raises
    ------
    QueryError
        For an unknown kind or language type.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "python"), ("p2", "english"), ("p2", "python")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "python": "language",
    ...                            "english": "language"}, "kind")
    >>> nx.set_node_attributes(G, {"python": "programming", "english": "natural"}, "language_type")
    >>> sorted(subgraph(G, kind="language", language_type="natural"))
    ['english', 'p2']
    >>> sorted(subgraph(G, entities=["lora"]))
    ['lora', 'p1', 'python']
    """
    kinds = check_kinds(kind)
    language_type = check_language_type(language_type)
    chosen = {n for n, k in G.nodes(data="kind") if k == "paper"}
    if entities is not None:
        chosen = {p for e in entities for p in G.predecessors(e)}
    if papers is not None:
        chosen &= set(papers)
    if since is not None or until is not None:
        chosen = {p for p in chosen if _within(G.nodes[p], since, until)}
    filtered = kinds is not None or language_type is not None
    keep: set[str] = set()
    for paper in chosen:
        linked = [e for e in G.successors(paper)
                  if (kinds is None or G.nodes[e].get("kind") in kinds)
                  and hidden_by(G.nodes[e], include_generic=True, language_type=language_type) is None]
        if linked or not filtered or G.out_degree(paper) == 0:
            keep.add(paper)
            keep.update(linked)
    return copy_with_families(G, keep)


def ego_graph(G: nx.DiGraph, entity: str, *, radius: int = 1) -> nx.DiGraph:
    """The ego network of ``entity`` as a new graph (a copy, with the entities' families).

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entity : str
        An entity node id.
    radius : int, default 1
        Entity-to-entity hops (each through a paper).

    Returns
    -------
    networkx.DiGraph

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "llama"), ("p2", "llama"), ("p2", "mmlu")])
    >>> sorted(ego_graph(G, "mmlu").edges())
    [('p2', 'llama'), ('p2', 'mmlu')]
    >>> sorted(ego_graph(G, "mmlu", radius=2))
    ['llama', 'lora', 'mmlu', 'p1', 'p2']
    """
    return copy_with_families(G, nx.ego_graph(G.to_undirected(as_view=True), entity, radius=2 * radius))
