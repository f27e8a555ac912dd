"""Parts of a stored graph: what ``related``, ``show`` and ``path`` read, without opening it whole.

Opening a whole store builds every link as a networkx edge (a second at 100k papers). An
entity's neighbourhood needs far less: :func:`read_near` reads the entities, the chosen papers
with their links (and, if asked, every other paper without them), as
:func:`~paperkg.store.graphdb.read_graph` gives them, into a :class:`NearGraph` whose
``in_degree`` still counts every paper of an entity. :class:`StoredLinks` reads the store's
``adjacency`` table a node at a time: :func:`~paperkg.graph.paths.shortest_route` walks it
in the order it walks a graph, so the route is the one the whole graph gives.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.store.graphdb import open_db
from paperkg.store.lazy import FullLoader, LazyAttrs

__all__ = ["LinkCount", "NearGraph", "StoredLinks", "add_papers", "read_near"]


class LinkCount:
    """``G.in_degree`` (or ``G.degree``) of a :class:`NearGraph`: every link of a node, loaded
    or not: an entity's papers (``G.papers_of``), a paper's ``papers(node)``."""

    def __init__(self, G: NearGraph, papers: Callable[[str], int]) -> None:
        self._G, self._papers = G, papers

    def __call__(self, node: str) -> int:
        return self[node]

    def __getitem__(self, node: str) -> int:
        if self._G._node[node].get("kind") == "paper":  # KeyError for a node not in the graph, as networkx
            return self._papers(node)
        return self._G.papers_of(node)


class NearGraph(nx.DiGraph):
    """Every node of a stored graph and the links of some of its papers (:func:`read_near`).

    ``papers_of(node)``: a node's number of papers (its loaded links are a part of them),
    which ``in_degree`` answers with. The other views see the loaded links only: give it to
    code that reads the links of the chosen papers, and of their entities the count.
    ``dated_papers(period)``: the whole graph's dated papers per period, when known (what
    :func:`~paperkg.graph.trends.trend` counts as totals), else None.
    """

    def __init__(self, incoming_graph_data: Any = None, **attr: Any) -> None:
        super().__init__(incoming_graph_data, **attr)
        self.papers_of: Callable[[str], int] = lambda node: len(self._pred[node])
        self.dated_papers: Callable[[str], dict[str, int] | None] | None = None

    @property  # type: ignore[override]
    def in_degree(self) -> LinkCount:
        return LinkCount(self, lambda node: 0)  # links go from papers to entities


class StoredLinks:
    """The ``adjacency`` table of a store file: neighbours and paper counts, one node at a time.

    ``neighbours(node)`` gives an entity's papers or a paper's entities, sorted (the order
    :func:`~paperkg.graph.paths.shortest_route` walks a graph in); ``degree(node)`` their
    number; ``row(paper)`` the paper's skeleton row. :meth:`found` says whether the store has
    the table (stores written before it do not).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = open_db(path)
        self._degrees: dict[str, int] = {}
        self._key_sets: list[frozenset[str]] | None = None
        self._loader: FullLoader | None = None

    def found(self) -> bool:
        """Whether the store has the table."""
        return self._db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'adjacency'").fetchone() is not None

    def _data(self, node: str) -> Any:
        row = self._db.execute("SELECT data FROM adjacency WHERE node = ?", (node,)).fetchone()
        return None if row is None else marshal.loads(row[0])

    def neighbours(self, node: str) -> list[str]:
        data = self._data(node)
        return [] if data is None else data[2] if isinstance(data, tuple) else data

    def row(self, paper: str) -> tuple | None:
        return self._data(paper)

    def degree(self, node: str) -> int:
        if node not in self._degrees:
            row = self._db.execute("SELECT degree FROM adjacency WHERE node = ?", (node,)).fetchone()
            self._degrees[node] = 0 if row is None else row[0]
        return self._degrees[node]

    def key_sets(self) -> list[frozenset[str]]:
        """The stored key sets of papers and links (the skeleton's index), by number."""
        if self._key_sets is None:
            (index,) = self._db.execute("SELECT rows FROM skeleton WHERE part = 'index'").fetchone()
            self._key_sets = [frozenset(keys) for keys in marshal.loads(index)[1]]
        return self._key_sets

    def loader(self) -> FullLoader:
        """The reader of whole paper records that the papers' lazy attributes share."""
        if self._loader is None:
            self._loader = FullLoader(self.path)
        return self._loader

    def close(self) -> None:
        self._db.close()


def read_near(links: StoredLinks, entities: list[tuple[str, dict]], *, mentioning: str | None = None,
              papers: frozenset[str] = frozenset(), every_paper: bool = False, light: bool = False,
              graph: NearGraph | None = None) -> NearGraph:
    """The stored graph with the links of the papers in ``papers`` and of those ``mentioning``
    an entity only; ``entities``: the store's entity rows (:func:`read_entities`); the other
    papers too (no links) with ``every_paper``, with their light attributes alone (plain
    dicts, for a reader of titles and kinds only) with ``light``; ``graph``: an empty graph
    to fill (a subclass's), else a new one.

    The nodes' attributes (papers' bulky ones read on first use), the loaded links and their
    order are those of :func:`~paperkg.store.graphdb.read_graph`.
    """
    db = links._db
    G = NearGraph() if graph is None else graph
    G.papers_of = links.degree
    nodes, succ, pred = G._node, G._succ, G._pred
    if every_paper and light:
        for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'node' ORDER BY chunk"):
            names, lights, _ = marshal.loads(rows)
            nodes.update(zip(names, lights))
            succ.update((paper, {}) for paper in names)
            pred.update((paper, {}) for paper in names)
    elif every_paper:
        key_sets, loader = links.key_sets(), links.loader()
        lazy = LazyAttrs
        for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'node' ORDER BY chunk"):
            for paper, light, key in zip(*marshal.loads(rows), strict=True):
                nodes[paper] = attrs = lazy(light)  # LazyAttrs.make, inline: every paper of the graph
                attrs._loader, attrs._node, attrs._entity = loader, paper, None
                attrs._stored_keys = key_sets[key]
                succ[paper], pred[paper] = {}, {}
    preds: dict[str, dict] = {node: {} for node, _ in entities}
    add_papers(links, G, set(papers).union(links.neighbours(mentioning) if mentioning is not None else ()),
               preds)
    for node, attrs in entities:
        nodes[node], succ[node], pred[node] = attrs, {}, preds[node]
    return G


def add_papers(links: StoredLinks, G: nx.DiGraph, papers: Iterable[str],
               preds: Mapping[str, dict] | None = None) -> None:
    """Put ``papers`` with all their links into ``G`` (read from ``links``), in sorted order;
    ``preds``: where each entity's links from papers go (default: ``G``'s, the entities being there).
    A paper already in ``G`` is replaced, links and all."""
    key_sets, loader = links.key_sets(), links.loader()
    nodes, succ, pred, make = G._node, G._succ, G._pred, LazyAttrs.make
    preds = pred if preds is None else preds
    for paper in sorted(papers):
        light, key, targets, link_lights, link_keys = links.row(paper)
        nodes[paper] = make(light, key_sets[key], loader, paper)
        out = {}
        for entity, link_light, link_key in zip(targets, link_lights, link_keys, strict=True):
            out[entity] = preds[entity][paper] = make(link_light, key_sets[link_key], loader, paper, entity)
        succ[paper], pred[paper] = out, {}
