"""Views of the paper–entity graph: the paper–entity view and the co-mention projection, at variant or family
level.

Every measure and community search runs on one of these undirected views (``view_graph``):
``"papers"`` links papers to the entities they mention; ``"comention"`` links entities that
papers mention together, weighted by the number of such papers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import combinations

import networkx as nx

from paperkg.errors import QueryError
from paperkg.graph.families import family_map
from paperkg.graph.options import LEVELS, VIEWS, check_choice, check_kinds

__all__ = ["paper_entity_graph", "comention_graph", "view_graph"]


def _label(G: nx.Graph, node: str) -> str:
    if node in G:
        return G.nodes[node].get("label") or node
    return node.split("/", 1)[-1].replace("-", " ")


def _kind_of(G: nx.Graph, node: str) -> str:
    if node in G:
        return G.nodes[node].get("kind", "")
    return node.split("/", 1)[0]


def _targets(G: nx.DiGraph, level: str, kinds: set[str] | None) -> dict[str, str]:
    """Entities kept: node -> its id at ``level``."""
    fam = family_map(G) if level == "family" else None
    target: dict[str, str] = {}
    for node, kind in G.nodes(data="kind"):
        if kind is None or kind == "paper" or (kinds is not None and kind not in kinds):
            continue
        target[node] = fam[node] if fam is not None else node
    return target


def _entity_links(G: nx.DiGraph, level: str,
                  kinds: set[str] | None) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    """Entities kept (node -> its id at ``level``) and per paper {entity: mention count}."""
    target = _targets(G, level, kinds)
    return target, dict(_rows(G, target))


def _rows(G: nx.DiGraph, target: dict[str, str]) -> Iterator[tuple[str, dict[str, float]]]:
    """Per paper (in node order) its {entity: mention count} over the ``target`` entities, papers
    that mention none left out: one paper at a time, for views that need not hold them all."""
    for paper, kind in G.nodes(data="kind"):
        if kind != "paper":
            continue
        row: dict[str, float] = {}
        for entity, data in G._adj[paper].items():  # successors, without the view overhead
            key = target.get(entity)
            if key is not None:
                row[key] = row.get(key, 0) + (data.get("count") or 1)
        if row:
            yield paper, row


def _add_entity_nodes(H: nx.Graph, G: nx.DiGraph, target: dict[str, str], papers: Counter[str]) -> None:
    H.add_nodes_from(
        (node, {"kind": _kind_of(G, node), "label": _label(G, node), "papers": papers.get(node, 0)})
        for node in sorted(set(target.values()))
    )


def paper_entity_graph(
    G: nx.DiGraph, *, level: str = "variant", kinds: Iterable[str] | None = None, directed: bool = False
) -> nx.Graph:
    """The paper–entity view: papers linked to the entities (or families) they mention.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph (schema in :mod:`paperkg.graph.build`).
    level : {"variant", "family"}
        ``"family"`` folds each variant into its top family (its links go to the family).
    kinds : iterable of str, optional
        Keep only entities of these kinds (default: every kind).
    directed : bool, default False
        Paper → entity edges in a ``DiGraph`` instead of an undirected ``Graph``.

    Returns
    -------
    networkx.Graph
        Edges carry ``weight`` = 1 (a link, however often the paper repeats the name) and
        ``mentions`` (the mention count; at family level summed over the variants). Nodes
        carry ``kind``, ``label`` and ``papers`` (distinct papers mentioning the entity).
        Papers that mention no kept entity are left out.

    Raises
    ------
    QueryError
        For an unknown level or kind.

    See Also
    --------
    comention_graph, view_graph

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from(["p1", "p2"], kind="paper")
    >>> G.add_node("model/llama-2-7b", kind="model", label="Llama 2 7B", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model", label="Llama 2")
    >>> G.add_edges_from([("p1", "model/llama-2-7b"), ("p2", "model/llama-2")], count=1)
    >>> H = paper_entity_graph(G, level="family")
    >>> sorted(H["model/llama-2"]), H.nodes["model/llama-2"]["papers"]
    (['p1', 'p2'], 2)
    """
    check_choice(level, LEVELS, "level")
    kinds = check_kinds(kinds)
    target, links = _entity_links(G, level, kinds)
    H: nx.Graph = nx.DiGraph(view="papers", level=level) if directed else nx.Graph(view="papers", level=level)
    papers: Counter[str] = Counter(e for row in links.values() for e in row)
    _add_entity_nodes(H, G, target, papers)
    nodes = G.nodes
    H.add_nodes_from(
        (paper, {"kind": "paper", "label": nodes[paper].get("label") or nodes[paper].get("title") or paper,
                 "papers": 1})
        for paper in sorted(links)
    )
    _add_links(H, links)
    return H


def _add_links(H: nx.Graph, links: dict[str, dict[str, float]]) -> None:
    """Each paper's links into ``H`` as ``add_edges_from`` would add them (same adjacency order),
    but edges of one mention count share one attribute dict: a view of a million papers holds
    millions of edges, and a dict each was most of its memory. A view is read-only (see
    :func:`paperkg.graph.ranking.view_of`): nothing writes to an edge's attributes."""
    shared: dict[float, dict[str, float]] = {}
    succ, pred = (H._succ, H._pred) if H.is_directed() else (H._adj, H._adj)
    for paper in sorted(links):
        out = succ[paper]
        for entity, w in links[paper].items():
            data = shared.get(w)
            if data is None:
                data = shared[w] = {"weight": 1, "mentions": w}
            out[entity] = data
            pred[entity][paper] = data


def comention_graph(
    G: nx.DiGraph, *, level: str = "variant", kinds: Iterable[str] | None = None, min_support: int = 1
) -> nx.Graph:
    """The co-mention projection: entities linked when papers mention both.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    level : {"variant", "family"}
        ``"family"`` folds each variant into its top family first.
    kinds : iterable of str, optional
        Project only entities of these kinds (within one kind, or across the kinds given).
    min_support : int, default 1
        Drop the links of entities that fewer papers mention together.

    Returns
    -------
    networkx.Graph
        Every kept entity is a node (``kind``, ``label``, ``papers``), linked or not; an
        edge's ``weight`` (= ``support``) is the number of papers mentioning both ends.

    Raises
    ------
    QueryError
        For an unknown level or kind, or ``min_support`` below 1.

    See Also
    --------
    paper_entity_graph, view_graph

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "mmlu"), ("p2", "lora"), ("p2", "mmlu"), ("p2", "gsm8k")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique",
    ...                            "mmlu": "dataset", "gsm8k": "dataset"}, "kind")
    >>> sorted(comention_graph(G).edges(data="weight"))
    [('gsm8k', 'lora', 1), ('gsm8k', 'mmlu', 1), ('lora', 'mmlu', 2)]
    >>> sorted(comention_graph(G, min_support=2).edges(data="weight"))
    [('lora', 'mmlu', 2)]
    >>> sorted(comention_graph(G, kinds=["dataset"]).edges(data="weight"))
    [('gsm8k', 'mmlu', 1)]
    """
    check_choice(level, LEVELS, "level")
    if min_support < 1:
        raise QueryError(f"min_support must be at least 1, not {min_support}")
    kinds = check_kinds(kinds)
    target = _targets(G, level, kinds)
    papers: Counter[str] = Counter()
    support: Counter[tuple[str, str]] = Counter()
    for _, row in _rows(G, target):  # one paper at a time: a million papers' rows do not fit twice
        papers.update(row.keys())  # one per paper (a mapping would add its counts)
        if len(row) > 1:
            support.update(combinations(sorted(row), 2))
    H = nx.Graph(view="comention", level=level, min_support=min_support)
    _add_entity_nodes(H, G, target, papers)
    shared: dict[int, dict[str, int]] = {}  # one attribute dict per support count (see _add_links)
    adj = H._adj
    for (a, b), n in sorted(support.items()):
        if n >= min_support:
            data = shared.get(n)
            if data is None:
                data = shared[n] = {"weight": n, "support": n}
            adj[a][b] = adj[b][a] = data
    return H


def view_graph(
    G: nx.DiGraph,
    view: str = "papers",
    *,
    level: str = "variant",
    kinds: Iterable[str] | None = None,
    min_support: int = 1,
    directed: bool = False,
) -> nx.Graph:
    """The graph of a named view: ``"papers"`` or ``"comention"``.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    view : {"papers", "comention"}
        :func:`paper_entity_graph` or :func:`comention_graph`.
    level, kinds : optional
        As in those functions.
    min_support : int, default 1
        The co-mention view's threshold (ignored on the papers view).
    directed : bool, default False
        The papers view's edge direction (ignored on the co-mention view).

    Returns
    -------
    networkx.Graph
        The view; ``H.graph["view"]`` and ``H.graph["level"]`` name it.

    Raises
    ------
    QueryError
        For an unknown view, level or kind.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "lora": "technique", "mmlu": "dataset"}, "kind")
    >>> sorted(view_graph(G, "papers", directed=True).edges()), sorted(view_graph(G, "comention").edges())
    ([('p1', 'lora'), ('p1', 'mmlu')], [('lora', 'mmlu')])
    """
    check_choice(view, VIEWS, "view")
    if view == "papers":
        return paper_entity_graph(G, level=level, kinds=kinds, directed=directed)
    return comention_graph(G, level=level, kinds=kinds, min_support=min_support)
