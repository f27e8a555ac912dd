"""Which nodes and links the HTML view draws: filters first, then the most central under the cap.

Everything here is ordered explicitly (by score, then id), never by set or hash order, so
that the same graph gives the same view whatever its insertion order or ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
import numpy as np

from paperkg.exports.html_options import HtmlOptions, html_options
from paperkg.graph.centrality import Scores, centrality
from paperkg.graph.projections import view_graph

__all__ = ["View", "choose_nodes", "comention_of", "entity_scores", "known_scores", "link_view",
           "select_view"]


@dataclass
class View:
    """The nodes a page draws, most central first, and the links between them.

    ``name`` is ``entities`` or ``papers``; ``scope`` counts the nodes that pass the filters
    before the cap; ``comention`` links the drawn entities by the papers they share (weight
    = papers); ``papers`` are the papers the entities view offers on demand (most linked to
    the drawn entities first); ``distance`` is each node's hop count from ``focus``.
    """

    name: str
    nodes: list[str]
    scores: dict[str, float]
    scope: int
    comention: nx.Graph
    papers: list[str] = field(default_factory=list)
    focus: str | None = None
    distance: dict[str, int] = field(default_factory=dict)
    note: str | None = None


def entity_scores(G: nx.DiGraph, by: str, cache: dict[Any, Any], *, papers: bool = False) -> dict[str, float]:
    """Centrality ``by`` of every entity, and of papers with ``papers``, as ``paperkg rank`` scores them.

    The measure runs on the paper–entity view (:func:`paperkg.graph.projections.view_graph`),
    built once and kept in ``cache`` with the scores (under ``by`` and ``(by, "paper")``) and
    the measure's note (under ``("note", by)``).

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset"},
    ...                        "kind")
    >>> entity_scores(G, "degree", {})
    {'lora': 2.0, 'mmlu': 1.0}
    """
    for key, wanted in ((by, True), ((by, "paper"), papers)):
        if wanted and key not in cache:
            if "view" not in cache:
                cache["view"] = view_graph(G, "papers")
            H = cache["view"]
            targets = [n for n, kind in H.nodes(data="kind") if (kind == "paper") == (key != by)]
            result = centrality(H, by, nodes=targets)
            cache[key] = {n: _finite(result.scores.get(n, 0.0)) for n in targets}
            cache.setdefault(("note", by), result.note)
    return {**cache[by], **(cache[by, "paper"] if papers else {})}


def known_scores(G: nx.DiGraph, known: Mapping[str, Scores], *, entities: Collection[str] | None = None,
                 papers: bool = True) -> dict[Any, Any]:
    """A cache for :func:`entity_scores` holding scores computed before (a store keeps them):
    ``known`` maps a measure to its :class:`~paperkg.graph.centrality.Scores` on the papers
    view, every node's (what :meth:`paperkg.KnowledgeGraph.centrality` gives); ``entities``:
    the entity nodes, when known (else each node's kind tells); ``papers=False`` leaves the
    papers' scores out (a view that sizes no paper).

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset"},
    ...                        "kind")
    >>> cache = known_scores(G, {"degree": centrality(view_graph(G, "papers"), "degree")})
    >>> entity_scores(G, "degree", cache) == entity_scores(G, "degree", {})
    True
    """
    cache: dict[Any, Any] = {}
    if entities is None:
        entities = {n for n, kind in G.nodes(data="kind") if kind != "paper"}
    finite = math.isfinite
    for by, scores in known.items():
        # as _finite, inline: 200k nodes
        cache[by] = {n: s if finite(s := float(v)) else 0.0 for n, v in scores.scores.items()
                     if n in entities}
        if papers:
            cache[by, "paper"] = {n: s if finite(s := float(v)) else 0.0 for n, v in scores.scores.items()
                                  if n not in entities}
        cache["note", by] = scores.note
    return cache


def _finite(score: float) -> float:
    score = float(score)
    return score if math.isfinite(score) else 0.0


def comention_of(G: nx.DiGraph, entities: list[str]) -> nx.Graph:
    """The co-mention links among ``entities`` (weight = papers mentioning both), nodes in that order.

    Only the papers of ``entities`` are read, so the cost follows their links, not the graph.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "a"), ("p1", "b"), ("p2", "a"), ("p2", "b"), ("p2", "c")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "a": "model", "b": "dataset", "c": "model"},
    ...                        "kind")
    >>> H = comention_of(G, ["b", "a"])
    >>> list(H), list(H.edges(data="weight"))
    (['b', 'a'], [('b', 'a', 2)])
    """
    rank = {v: i for i, v in enumerate(entities)}
    nodes = G._node
    rows: dict[str, list[int]] = {}  # per paper, the entities it mentions (by rank, ascending)
    for i, entity in enumerate(entities):
        if nodes[entity].get("kind") not in (None, "paper"):  # what a co-mention projection links
            for paper in G._pred[entity]:
                if paper not in rank:
                    rows.setdefault(paper, []).append(i)
    H = nx.Graph()
    H.add_nodes_from((e, {"kind": nodes[e].get("kind"), "label": str(nodes[e].get("label") or e),
                          "papers": G.in_degree(e)}) for e in entities)
    H.add_edges_from((entities[a], entities[b], {"weight": n, "support": n})
                     for a, b, n in _pairs(rows.values()))
    return H


def _pairs(rows: Iterable[list[int]]) -> list[tuple[int, int, int]]:
    """``(a, b, n)`` for each pair ``a < b`` found together in ``n`` of ``rows`` (each ascending), sorted.

    >>> _pairs([[0, 1, 2], [0, 2], [3]])
    [(0, 1, 1), (0, 2, 2), (1, 2, 1)]
    """
    by_length: dict[int, list[list[int]]] = {}
    for row in rows:
        if len(row) > 1:
            by_length.setdefault(len(row), []).append(row)
    if not by_length:
        return []
    top = 1 + max(max(row[-1] for row in group) for group in by_length.values())
    codes = []
    for length, group in by_length.items():  # every pair of every row, as one number a * top + b
        first, second = np.triu_indices(length, 1)
        table = np.array(group, dtype=np.int64)
        codes.append((table[:, first] * top + table[:, second]).ravel())
    pairs, counts = np.unique(np.concatenate(codes), return_counts=True)
    return [(code // top, code % top, n) for code, n in zip(pairs.tolist(), counts.tolist(), strict=True)]


def _keep_entity(data: dict, options: HtmlOptions) -> bool:
    kind = data.get("kind")
    if kind is None or kind == "paper":
        return False
    if options.kind is not None and kind != options.kind:
        return False
    if data.get("generic") and not options.include_generic:
        return False
    return (options.language_type is None or kind != "language"
            or data.get("language_type") == options.language_type)


def _find(G: nx.DiGraph, name: str) -> str:
    """The entity named ``name`` (id, label or alias, any case), via the KnowledgeGraph lookup."""
    from paperkg.graph.knowledge import KnowledgeGraph

    return KnowledgeGraph(G).entity(name)


def select_view(G: nx.DiGraph, options: HtmlOptions | None = None, /, *, cache: dict[str, Any] | None = None,
                **overrides: Any) -> View:
    """Pick what the page draws: the filters of ``options``, then the ``max_nodes`` most central.

    Entities view: the entities that pass the filters (kind, language type, generic), linked
    by co-mention; ``focus`` keeps those within ``depth`` co-mention hops. Papers view: the
    papers and entities (with ``kind``: the entities of that kind and their papers);
    ``focus`` keeps the nodes within ``depth`` paper–entity hops. Nearest the focus first,
    then by centrality, then by links, then by id.

    Parameters
    ----------
    G : nx.DiGraph
        The paper–entity graph.
    options : HtmlOptions, optional
        The view's options; keyword arguments override its fields.
    cache : dict, optional
        Where centrality scores are memoised (see :func:`entity_scores`), to share them.

    Returns
    -------
    View

    Examples
    --------
    >>> G = nx.DiGraph([("paper/a", "model/x"), ("paper/b", "model/x"), ("paper/b", "dataset/y")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "paper/b": "paper", "model/x": "model",
    ...                            "dataset/y": "dataset"}, "kind")
    >>> view = select_view(G, size_by="degree")
    >>> view.nodes, list(view.comention.edges(data="weight")), view.papers
    (['model/x', 'dataset/y'], [('model/x', 'dataset/y', 1)], ['paper/b', 'paper/a'])
    >>> select_view(G, view="papers", max_nodes=2, size_by="degree").nodes
    ['model/x', 'paper/b']
    """
    options = html_options(options, overrides)
    return link_view(G, choose_nodes(G, options, cache=cache), options)


def choose_nodes(G: nx.DiGraph, options: HtmlOptions, *, cache: dict[str, Any] | None = None) -> View:
    """The nodes :func:`select_view` picks, without the links among them (``comention`` empty,
    no papers on demand: :func:`link_view` adds them).

    On the entities view without a focus the choice reads no link (scores from ``cache``,
    links counted by ``G.degree``), so that a stored graph can read the links of the nodes
    chosen in between (:mod:`paperkg.store.overview`).
    """
    cache = {} if cache is None else cache
    papers_view = options.view_name == "papers"
    scores = entity_scores(G, options.size_by, cache, papers=papers_view)
    note = cache.get(("note", options.size_by))
    focus = _find(G, options.focus) if options.focus is not None else None
    entities = [n for n, data in G._node.items()
                if (data.get("kind") != "paper" and _keep_entity(data, options)) or n == focus]
    if papers_view or focus is not None:
        entities.sort()  # the order the links are walked in (else only a set is kept)
    distance: dict[str, int] = {}
    if papers_view:
        kept = set(entities)
        if options.kind is None:
            candidates = kept | {n for n, kind in G.nodes(data="kind") if kind == "paper"}
        else:
            candidates = kept | {p for e in entities for p in G.predecessors(e)}
        if focus is not None:
            ego = G.subgraph(sorted(candidates)).to_undirected(as_view=True)
            distance = nx.single_source_shortest_path_length(ego, focus, cutoff=options.depth)
            candidates = set(distance)
    else:
        candidates = set(entities)
        if focus is not None:
            linked = comention_of(G, entities)
            distance = nx.single_source_shortest_path_length(linked, focus, cutoff=options.depth)
            candidates = set(distance)

    near, score, degree = distance.get, scores.get, G.degree
    keys = [(near(n, 0), -score(n, 0.0), -degree(n), n) for n in candidates]
    nodes = [key[-1] for key in heapq.nsmallest(options.max_nodes, keys)]  # sorted(keys)[:max_nodes]
    return View(options.view_name, nodes, scores, len(candidates), nx.Graph(), focus=focus, distance=distance,
                note=note)


def link_view(G: nx.DiGraph, view: View, options: HtmlOptions) -> View:
    """``view`` (of :func:`choose_nodes`) with its links: the co-mention links among the entities
    drawn and, on the entities view, the ``max_nodes`` papers offered on demand."""
    shown_entities = [n for n in view.nodes if G._node[n].get("kind") != "paper"]
    view.comention = comention_of(G, shown_entities)
    if view.name != "papers":
        view.papers = _papers_on_demand(G, shown_entities, options.max_nodes)
    return view


def _papers_on_demand(G: nx.DiGraph, entities: list[str], limit: int) -> list[str]:
    """The ``limit`` papers linked to most of ``entities`` (then to the most central one, then by id)."""
    rank = {e: i for i, e in enumerate(entities)}
    links: dict[str, list[int]] = {}
    for entity in entities:
        for paper in G.predecessors(entity):
            links.setdefault(paper, []).append(rank[entity])
    return sorted(links, key=lambda p: (-len(links[p]), min(links[p]), p))[:limit]
