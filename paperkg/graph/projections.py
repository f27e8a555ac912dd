"""Views of the paper–entity graph (paper–entity, co-mention projection, family level) and typed rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any, TypeVar

import networkx as nx

from paperkg.errors import QueryError
from paperkg.ingest.records import Kind

__all__ = [
    "VIEWS",
    "LEVELS",
    "Rows",
    "check_kind",
    "check_choice",
    "family_map",
    "family_of",
    "members",
    "paper_entity_graph",
    "comention_graph",
    "view_graph",
]

#: View names: the paper–entity graph and the entity co-mention projection.
VIEWS = ("papers", "comention")
#: Levels: each variant on its own, or variants folded into their top family.
LEVELS = ("variant", "family")

T = TypeVar("T")


class Rows(list[T]):
    """A list of typed rows (each with ``to_dict()``), plus ``note`` and ``approximate``.

    ``note`` says how the answer was computed when that matters (sampling, a fallback, an
    approximation); ``approximate`` is True when the scores are estimates.

    Examples
    --------
    >>> rows = Rows([], note="nothing to rank")
    >>> rows, rows.note, rows.approximate
    ([], 'nothing to rank', False)
    """

    def __init__(self, rows: Iterable[T] = (), *, note: str | None = None, approximate: bool = False,
                 **meta: Any) -> None:
        super().__init__(rows)
        self.note = note
        self.approximate = approximate
        self.meta = meta

    def to_dicts(self) -> list[dict[str, Any]]:
        """The rows as plain dicts (for JSON and CSV)."""
        return [row.to_dict() if hasattr(row, "to_dict") else row for row in self]  # type: ignore[attr-defined]

    def to_pandas(self) -> Any:
        """The rows as a pandas DataFrame (needs pandas, which paperkg does not require).

        The frame's ``attrs`` keep ``note`` and ``approximate``.
        """
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("to_pandas() needs pandas: pip install pandas (or use to_dicts())") from None
        frame = pd.DataFrame(self.to_dicts())
        frame.attrs.update(note=self.note, approximate=self.approximate, **self.meta)
        return frame


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    """Return ``value`` if it is one of ``choices``, else raise QueryError listing them."""
    choices = tuple(choices)
    if value not in choices:
        raise QueryError(f"unknown {what} {value!r}; known: {', '.join(choices)}")
    return value


def check_kind(kind: str | Kind | None, *, papers: bool = False) -> str | None:
    """Validate an entity kind (``"paper"`` too when ``papers``); ``None`` stays None."""
    if kind is None:
        return None
    if papers and kind == "paper":
        return "paper"
    try:
        return Kind(kind).value
    except ValueError:
        known = [k.value for k in Kind] + (["paper"] if papers else [])
        raise QueryError(f"unknown kind {kind!r}; known: {', '.join(known)}") from None


def family_of(G: nx.Graph, node: str) -> str:
    """The top family of an entity: follow ``broader`` up to the root (cycle-safe).

    A ``broader`` id that is not a node of ``G`` still counts as the family.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2-7b", kind="model", broader="model/llama-2")
    >>> G.add_node("model/llama-2", kind="model", broader="model/llama")
    >>> family_of(G, "model/llama-2-7b")
    'model/llama'
    """
    seen = {node}
    while True:
        up = G.nodes[node].get("broader") if node in G else None
        if not up or up in seen:
            return node
        seen.add(up)
        node = up


def family_map(G: nx.Graph) -> dict[str, str]:
    """Every entity node's top family (an entity without ``broader`` is its own family)."""
    return {n: family_of(G, n) for n, k in G.nodes(data="kind") if k is not None and k != "paper"}


def members(G: nx.Graph, family: str) -> list[str]:
    """The entities whose top family is ``family`` (itself included when it is a node), sorted."""
    return sorted(n for n, f in family_map(G).items() if f == family)


def _label(G: nx.Graph, node: str) -> str:
    if node in G:
        return G.nodes[node].get("label") or node
    return node.split("/", 1)[-1].replace("-", " ")


def _kind_of(G: nx.Graph, node: str) -> str:
    if node in G:
        return G.nodes[node].get("kind", "")
    return node.split("/", 1)[0]


def _entity_links(G: nx.DiGraph, level: str, kinds: set[str] | None) -> tuple[dict[str, str], dict[str, dict[str, float]]]:
    """Entities kept (node -> its id at ``level``) and per paper {entity: mention count}."""
    fam = family_map(G) if level == "family" else None
    target: dict[str, str] = {}
    for node, kind in G.nodes(data="kind"):
        if kind is None or kind == "paper" or (kinds is not None and kind not in kinds):
            continue
        target[node] = fam[node] if fam is not None else node
    links: dict[str, dict[str, float]] = {}
    for paper, kind in G.nodes(data="kind"):
        if kind != "paper":
            continue
        row: dict[str, float] = {}
        for entity, data in G._adj[paper].items():  # successors, without the view overhead
            key = target.get(entity)
            if key is not None:
                row[key] = row.get(key, 0) + (data.get("count") or 1)
        if row:
            links[paper] = row
    return target, links


def _add_entity_nodes(H: nx.Graph, G: nx.DiGraph, target: dict[str, str], papers: Counter[str]) -> None:
    H.add_nodes_from(
        (node, {"kind": _kind_of(G, node), "label": _label(G, node), "papers": papers.get(node, 0)})
        for node in sorted(set(target.values()))
    )


def paper_entity_graph(
    G: nx.DiGraph, *, level: str = "variant", kinds: Iterable[str] | None = None, directed: bool = False
) -> nx.Graph:
    """The paper–entity view: papers linked to the entities (or families) they mention.

    Edges carry ``weight`` = 1 (a link, however often the paper repeats the name) and
    ``mentions`` (mention count; at family level summed over the family's variants); entity nodes carry ``kind``, ``label`` and ``papers`` (distinct papers mentioning them).
    Papers that mention no kept entity are left out. ``directed`` gives paper → entity edges.

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
    kinds = {check_kind(k) for k in kinds} if kinds is not None else None  # type: ignore[misc]
    target, links = _entity_links(G, level, kinds)
    H: nx.Graph = nx.DiGraph(view="papers", level=level) if directed else nx.Graph(view="papers", level=level)
    papers: Counter[str] = Counter(e for row in links.values() for e in row)
    _add_entity_nodes(H, G, target, papers)
    nodes = G.nodes
    H.add_nodes_from(
        (paper, {"kind": "paper", "label": nodes[paper].get("label") or nodes[paper].get("title") or paper, "papers": 1})
        for paper in sorted(links)
    )
    # one add_edges_from call: networkx's per-call overhead dominates when called per paper
    H.add_edges_from(
        (paper, entity, {"weight": 1, "mentions": w}) for paper in sorted(links) for entity, w in links[paper].items()
    )
    return H


def comention_graph(
    G: nx.DiGraph, *, level: str = "variant", kinds: Iterable[str] | None = None, min_support: int = 1
) -> nx.Graph:
    """The co-mention projection: entities linked when papers mention both.

    An edge's ``weight`` (= ``support``) is the number of papers mentioning both ends; edges
    below ``min_support`` are dropped. ``kinds`` restricts the projection to entities of those
    kinds (within one kind, or across the kinds given); every kept entity is a node, linked or
    not. Nodes carry ``kind``, ``label`` and ``papers``.

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
    kinds = {check_kind(k) for k in kinds} if kinds is not None else None  # type: ignore[misc]
    target, links = _entity_links(G, level, kinds)
    papers: Counter[str] = Counter(e for row in links.values() for e in row)
    support: Counter[tuple[str, str]] = Counter()
    for row in links.values():
        if len(row) > 1:
            support.update(combinations(sorted(row), 2))
    H = nx.Graph(view="comention", level=level, min_support=min_support)
    _add_entity_nodes(H, G, target, papers)
    H.add_edges_from(
        (a, b, {"weight": n, "support": n}) for (a, b), n in sorted(support.items()) if n >= min_support
    )
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
    """The graph of a named view: ``"papers"`` (:func:`paper_entity_graph`) or ``"comention"``."""
    check_choice(view, VIEWS, "view")
    if view == "papers":
        return paper_entity_graph(G, level=level, kinds=kinds, directed=directed)
    return comention_graph(G, level=level, kinds=kinds, min_support=min_support)
