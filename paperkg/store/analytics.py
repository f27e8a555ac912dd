"""Analytics computed once when a graph is stored, and the KnowledgeGraph that answers from them.

At build time :func:`compute_analytics` runs :meth:`KnowledgeGraph.rank` for every kind and
measure but the path-based ones (betweenness, closeness and harmonic take minutes on a large
graph and are left to the query), :meth:`KnowledgeGraph.communities`, the alias index and the
dated papers per period (:func:`~paperkg.graph.trends.dated_papers`), with their default options.
:class:`StoredKnowledgeGraph` answers those calls from the stored rows, the same rows the
computation gives, without loading the graph; any other call loads the graph (on first use)
and computes as usual.
"""

from __future__ import annotations

import inspect
import json
import marshal
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from paperkg.graph.centrality import MEASURES, Scores
from paperkg.graph.communities import Community
from paperkg.graph.entities import EntityInfo, alias_index, find_entity
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.graph.options import check_top
from paperkg.graph.paths import PathHop, explain_path, shortest_route
from paperkg.graph.related import RelatedRow
from paperkg.graph.ranking import RankRow, Ranking, ranking_of, scores_of
from paperkg.graph.rows import Rows
from paperkg.graph.trends import dated_papers
from paperkg.ingest.records import Kind

if TYPE_CHECKING:
    from paperkg.store.near import StoredLinks

__all__ = ["STORED_MEASURES", "STORED_ROWS", "StoredAliases", "StoredKnowledgeGraph", "compute_analytics",
           "write_analytics"]

#: Rank rows kept per kind and measure (``--top`` up to this is answered from the store).
STORED_ROWS = 1000
#: The measures stored at build time (the path-based ones are computed when asked).
STORED_MEASURES = tuple(m for m in MEASURES if m not in ("betweenness", "closeness", "harmonic"))
#: The measures whose score of every node (papers too) is stored: what the HTML view sizes nodes by.
STORED_SCORES = ("pagerank", "degree")
_KINDS = (None, *(k.value for k in Kind))


def _version() -> str:
    import paperkg

    return paperkg.__version__


def _defaults(method: Callable[..., Any]) -> dict[str, Any]:
    return {name: p.default for name, p in inspect.signature(method).parameters.items()
            if p.default is not inspect.Parameter.empty}


def _rows(rows: Rows) -> dict[str, Any]:
    return {"rows": [row.to_dict() for row in rows], "note": rows.note, "approximate": rows.approximate,
            "meta": dict(rows.meta)}


def _ranking(ranking: Ranking) -> dict[str, Any]:
    """A ranking's candidates up to the :data:`STORED_ROWS`-th visible one, as JSON-ready data."""
    rows, visible = [], 0
    for row in ranking.candidates:
        if visible == STORED_ROWS:
            break
        rows.append(row.to_dict())
        visible += row.id not in ranking.hidden
    complete = len(rows) == len(ranking.candidates)
    return {"rows": rows,
            "hidden": {r["id"]: ranking.hidden[r["id"]] for r in rows if r["id"] in ranking.hidden},
            "note": ranking.note, "spread": ranking.spread, "approximate": ranking.approximate,
            "meta": ranking.meta, "complete": complete}


def compute_analytics(kg: KnowledgeGraph, *, on_step: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Rankings, communities and the alias index of ``kg`` with default options, as JSON-ready data."""
    out: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    cache: dict[Any, Any] = {}  # views and one measure's scores, shared by its rankings
    for by in STORED_MEASURES:
        for kind in _KINDS:
            out[f"rank/{by}/{kind or '*'}"] = _ranking(ranking_of(kg.graph, kind=kind, by=by, cache=cache))
        if by in STORED_SCORES:
            _, scores = scores_of(kg.graph, by, cache=cache)
            kept[f"scores/{by}"] = {"scores": scores.scores, "note": scores.note,
                                    "approximate": scores.approximate}
        for key in [k for k in cache if isinstance(k, tuple) and k[:2] == ("scores", by)]:
            del cache[key]  # a score of every node, per measure: a build of 1M papers cannot keep them all
        if on_step is not None:
            on_step(by)
    nodes = kg.graph._node
    for by in STORED_SCORES:
        out[f"scores/{by}"] = kept[f"scores/{by}"]
        # the entities' alone besides: what the HTML overview reads (half the nodes, a tenth of 1M papers')
        out[f"scores/{by}/entities"] = {**kept[f"scores/{by}"], "scores": {
            n: score for n, score in kept[f"scores/{by}"]["scores"].items() if nodes[n].get("kind") != "paper"
        }}
    cache.clear()  # the papers view (a copy of the graph's links) is not what communities read
    out["communities"] = _rows(kg.communities())
    out["aliases"] = alias_index(kg.graph)  # the index entity() reads, stored as it is
    out["periods"] = dated_papers(kg.graph)  # the trend's totals: show need not date every paper
    out["version"] = _version()
    return out


def write_analytics(db: sqlite3.Connection, analytics: dict[str, Any]) -> None:
    """Store analytics in a store file (replacing any of the same name); the alias index as a table."""
    analytics = dict(analytics)
    db.execute("CREATE TABLE IF NOT EXISTS scores (name TEXT PRIMARY KEY, data BLOB NOT NULL)")
    for name in [n for n in analytics if n.startswith("scores/")]:
        db.execute("INSERT OR REPLACE INTO scores VALUES (?, ?)", (name, marshal.dumps(analytics.pop(name))))
        analytics[name] = True
    aliases = analytics.pop("aliases", None)
    if aliases is not None:
        db.execute(
            "CREATE TABLE IF NOT EXISTS aliases (fold TEXT PRIMARY KEY, node TEXT NOT NULL) WITHOUT ROWID")
        db.execute("DELETE FROM aliases")
        db.executemany("INSERT INTO aliases VALUES (?, ?)", aliases.items())
        analytics["aliases"] = True
    db.executemany("INSERT OR REPLACE INTO analytics VALUES (?, ?)",
                   [(name, json.dumps(value, ensure_ascii=False)) for name, value in analytics.items()])


class StoredAliases(Mapping[str, str]):
    """The alias index of a store file, looked up in SQLite one name at a time (``get``), or read
    whole when iterated (close matches for a name that is not there)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._all: dict[str, str] | None = None

    def _query(self, sql: str, *args: Any) -> list[tuple]:
        from paperkg.store.graphdb import open_db

        db = open_db(self.path)
        try:
            return db.execute(sql, args).fetchall()
        finally:
            db.close()

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if self._all is not None:
            return self._all.get(key, default)
        rows = self._query("SELECT node FROM aliases WHERE fold = ?", key)
        return rows[0][0] if rows else default

    def __getitem__(self, key: str) -> str:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def _whole(self) -> dict[str, str]:
        if self._all is None:
            self._all = dict(self._query("SELECT fold, node FROM aliases"))
        return self._all

    def __iter__(self) -> Iterator[str]:
        return iter(self._whole())

    def __len__(self) -> int:
        return len(self._whole())


def read_analytics(db: sqlite3.Connection) -> dict[str, str]:
    """The stored analytics by name, still as JSON text (parsed when used)."""
    return dict(db.execute("SELECT name, value FROM analytics"))


class StoredKnowledgeGraph(KnowledgeGraph):
    """A KnowledgeGraph opened from a store: the graph is read on first use, and rankings,
    communities and entity lookups with default options come from the store.

    ``store_file`` is the store file. ``graph`` behaves as usual (read from the store when first touched;
    bulky attributes on first use, see :mod:`paperkg.store.lazy`). Stored answers are used while the graph has
    the node and edge counts it was stored with and :meth:`clear_cache` was not called.
    """

    def __init__(self, path: Path, *, meta: dict[str, Any], analytics: dict[str, str]) -> None:
        self.store_file = Path(path)
        self._meta = dict(meta)
        self._stored = dict(analytics)
        self._stored_stamp = (meta.get("papers", 0) + meta.get("entities", 0), meta.get("links", 0))
        super().__init__(nx.DiGraph())
        self._graph: nx.DiGraph | None = None
        self._entity_nodes: nx.DiGraph | None = None
        self._entity_rows: list[tuple[str, dict]] = []
        self._stored_links: StoredLinks | bool | None = None
        self._cache_key = self._stored_stamp  # the graph, once read, is the one the answers were stored for

    @property  # type: ignore[override]
    def graph(self) -> nx.DiGraph:
        if self._graph is None:
            from paperkg.store.graphdb import read_graph

            self._graph = read_graph(self.store_file)
        return self._graph

    @graph.setter
    def graph(self, value: nx.DiGraph) -> None:
        self._graph = value

    def clear_cache(self) -> None:
        """Forget cached and stored answers (after editing ``graph`` in place)."""
        self._stored = {}
        super().clear_cache()

    def _answer(self, name: str) -> Any:
        """A stored answer, while it still holds for the graph (and this paperkg computed it)."""
        if name not in self._stored or self._stored.get("version") != json.dumps(_version()):
            return None
        if self._graph is not None and self._stamp() != self._stored_stamp:
            return None
        return json.loads(self._stored[name])

    def rank(self, **options: Any) -> Rows[RankRow]:  # type: ignore[override]
        """As :meth:`KnowledgeGraph.rank`; default views, levels and pivots come from the store."""
        given = {**_defaults(KnowledgeGraph.rank), **options}
        fixed = {k: v for k, v in given.items() if k not in ("kind", "by", "top")}
        kind = given["kind"].value if isinstance(given["kind"], Kind) else given["kind"]
        stored = None
        if set(given) == set(_defaults(KnowledgeGraph.rank)) and fixed == {
                k: v for k, v in _defaults(KnowledgeGraph.rank).items() if k not in ("kind", "by", "top")}:
            stored = self._answer(f"rank/{given['by']}/{kind or '*'}") if kind in _KINDS else None
        top = check_top(given["top"])
        ranking = None if stored is None else Ranking(
            [RankRow(rank=0, **{k: v for k, v in row.items() if k != "rank"}) for row in stored["rows"]],
            stored["hidden"], stored["note"], stored["spread"], stored["approximate"], stored["meta"],
            stored["complete"])
        if ranking is None or not ranking.covers(top):
            return super().rank(**options)
        return ranking.rows(top)

    def centrality(self, by: str = "pagerank", **options: Any) -> Scores:  # type: ignore[override]
        """As :meth:`KnowledgeGraph.centrality`; PageRank and degree on the default view from the store."""
        defaults = {k: v for k, v in _defaults(KnowledgeGraph.centrality).items() if k not in ("by", "kind")}
        given = {k: v for k, v in options.items() if k != "kind"}
        stored = self._answer(f"scores/{by}") if {**defaults, **given} == defaults else None
        if not stored:
            return super().centrality(by, **options)
        return self._stored_scores(f"scores/{by}")

    def _stored_scores(self, name: str) -> Scores:
        from paperkg.store.graphdb import open_db

        db = open_db(self.store_file)
        try:
            (data,) = db.execute("SELECT data FROM scores WHERE name = ?", (name,)).fetchone()
        finally:
            db.close()
        return Scores(**marshal.loads(data))

    def write(self, path: str | Path, *, format: str | None = None, **options: Any) -> Path:
        """As :meth:`KnowledgeGraph.write`; the HTML view takes the stored PageRank and degree
        scores instead of computing them again and, before the graph is opened, the default
        view (entities, no focus, sized by a stored measure) reads the entities it draws and
        their papers alone (:mod:`paperkg.store.overview`); the other views open the whole graph."""
        from paperkg.exports import guess_format, write

        if (format or guess_format(path)) not in ("html", "pyvis") or "scores" in options:
            return super().write(path, format=format, **options)
        from paperkg.exports.html_options import html_options
        from paperkg.store.overview import draws_overview, overview_graph

        stored = [by for by in STORED_SCORES if self._answer(f"scores/{by}")]
        view = html_options(None, options)
        links = self._links()
        if links is None or self._meta.get("roles") is None or not draws_overview(view, stored):
            return super().write(path, format=format, scores={by: self.centrality(by) for by in stored},
                                 **options)
        # the overview sizes entities alone: their scores, where the store keeps them apart (older stores:
        # all)
        scores = {by: self._stored_scores(f"scores/{by}/entities" if self._answer(f"scores/{by}/entities")
                                          else f"scores/{by}") for by in stored}
        G, chosen, cache = overview_graph(links, self._read_entity_rows(), view, scores,
                                          total_links=self._meta.get("links", 0), roles=self._meta["roles"])
        return write(G, Path(path), format=format, chosen=chosen, cache=cache, **options)

    def communities(self, **options: Any) -> Rows[Community]:  # type: ignore[override]
        """As :meth:`KnowledgeGraph.communities`; with default options, from the store."""
        defaults = _defaults(KnowledgeGraph.communities)
        stored = self._answer("communities") if {**defaults, **options} == defaults else None
        if stored is None:
            return super().communities(**options)
        return Rows([Community(**row) for row in stored["rows"]], note=stored["note"],
                    approximate=stored["approximate"], **stored["meta"])

    def entity(self, name: str) -> str:
        """As :meth:`KnowledgeGraph.entity`; names are looked up in the stored alias index."""
        return find_entity(self._entities(), name, index=self._alias_index)

    def label(self, node: str) -> str:
        """As :meth:`KnowledgeGraph.label`; an entity's from the stored entities."""
        if self._graph is None and node in self._entities():
            return KnowledgeGraph(self._entities()).label(node)
        return super().label(node)

    # -- an entity's neighbourhood, read without opening the whole graph (paperkg.store.near) ---
    def _entities(self) -> nx.DiGraph:
        """The graph once opened; before, its entity nodes alone (the same nodes and attributes)."""
        if self._graph is not None:
            return self._graph
        if self._entity_nodes is None:
            G = nx.DiGraph()  # the rows' own dicts, as read_graph gives them (add_nodes_from copies each)
            for node, attrs in self._read_entity_rows():
                G._node[node], G._succ[node], G._pred[node] = attrs, {}, {}
            self._entity_nodes = G
        return self._entity_nodes

    def _read_entity_rows(self) -> list[tuple[str, dict]]:
        """The store's entity rows (:func:`~paperkg.store.graphdb.read_entities`), read once."""
        if not self._entity_rows:
            from paperkg.store.graphdb import open_db, read_entities

            db = open_db(self.store_file)
            try:
                self._entity_rows = read_entities(db)
            finally:
                db.close()
        return self._entity_rows

    def _links(self) -> StoredLinks | None:
        """The store's adjacency table while the graph is not opened (and the store has one)."""
        if self._graph is not None:
            return None
        if self._stored_links is None:
            from paperkg.store.near import StoredLinks

            links = StoredLinks(self.store_file)
            self._stored_links = links if links.found() else False
        return self._stored_links or None

    def _near(self, links: StoredLinks, **parts: Any) -> KnowledgeGraph:
        from paperkg.store.near import read_near

        self._entities()
        G = read_near(links, self._entity_rows, **parts)
        periods = self._answer("periods")
        if periods:
            G.dated_papers = periods.get
        return KnowledgeGraph(G)

    def related(self, entity: str, **options: Any) -> Rows[RelatedRow]:  # type: ignore[override]
        """As :meth:`KnowledgeGraph.related`; before the graph is opened, from the entity's papers alone."""
        links = self._links()
        if links is None:
            return super().related(entity, **options)
        node = self.entity(entity)
        return self._near(links, mentioning=node).related(node, **options)

    def show(self, entity: str, **options: Any) -> EntityInfo:  # type: ignore[override]
        """As :meth:`KnowledgeGraph.show`; before the graph is opened, from the entity's papers
        alone (and the stored dated papers per period for the trend; a store without them:
        every paper's date)."""
        links = self._links()
        if links is None:
            return super().show(entity, **options)
        node = self.entity(entity)
        return self._near(links, mentioning=node, every_paper=not self._answer("periods")).show(
            node, **options)

    def path(self, a: str, b: str) -> Rows[PathHop]:
        """As :meth:`KnowledgeGraph.path`; before the graph is opened, the route is found on the
        stored adjacency and told from the papers on it alone."""
        links = self._links()
        if links is None:
            return super().path(a, b)
        source, target = self.entity(a), self.entity(b)
        try:
            route = shortest_route(links.neighbours, source, target)
        except nx.NetworkXNoPath:
            route = None
        near = self._near(links, papers=frozenset(route[1::2]) if route else frozenset())
        return explain_path(near.graph, source, target, route=route)

    def _alias_index(self) -> Mapping[str, str]:
        if self._answer("aliases"):
            return StoredAliases(self.store_file)
        return self._cached("aliases", lambda: alias_index(self.graph))
