"""The store file: the networkx graph in SQLite, written a paper at a time, opened in a second or two.

One SQLite file (``graph.sqlite`` in a store folder) holds:

- ``skeleton``: chunks of marshalled rows, every node and edge with the attributes queries and
  analytics read (entities whole; papers: kind, label, title, date, arXiv id; links: role,
  count, confidence). Opening the store reads these only.
- ``adjacency``: each node's neighbours by node id, with their number: an entity's papers
  (sorted), a paper's skeleton row (light attributes, key set, entities sorted, light link
  attributes and key sets). What ``related``, ``show`` and ``path`` read instead of the whole
  graph (:mod:`paperkg.store.near`); the skeleton part ``node`` holds every paper's light
  attributes alone. Stores written before it lack both and open whole.
- ``papers``: each paper's whole record (attributes and links with their evidence),
  compressed, by node id: what :class:`~paperkg.store.lazy.LazyAttrs` reads on first use.
- ``meta`` (format, counts, graph attributes) and ``analytics`` (JSON results computed at
  build time, :mod:`paperkg.store.analytics`).
- ``records`` and ``record_keys``: the linked input records a build kept for ``--update``
  (:mod:`paperkg.store.linked`).

A graph opened from the store has its nodes and edges in the order a Turtle export reads
back (papers sorted, then entities sorted; each paper's links sorted).
"""

from __future__ import annotations

import json
import marshal
import sqlite3
from array import array
from collections.abc import Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.collector import collector_paused
from paperkg.errors import ExportError, InputError
from paperkg.store.lazy import FullLoader, LazyAttrs, decode_full, encode_full

__all__ = ["FORMAT", "GraphWriter", "open_db", "read_entities", "read_graph", "read_meta", "write_graph"]

#: Store format; a store of another format is not opened (a cached one is made again; a build's
#: needs a new build).
FORMAT = 2
#: Paper attributes kept in the skeleton (the rest is read on demand).
PAPER_LIGHT = ("kind", "label", "title", "date", "arxiv_id")
#: Link attributes kept in the skeleton (the evidence is read on demand).
LINK_LIGHT = ("role", "count", "confidence")
_CHUNK = 2048

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS skeleton (chunk INTEGER PRIMARY KEY, part TEXT NOT NULL, rows BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS papers (node TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS analytics (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS adjacency (node TEXT PRIMARY KEY, degree INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS entity_roles (node TEXT PRIMARY KEY, degree INTEGER NOT NULL, roles BLOB NOT NULL);
"""


def open_db(path: Path, *, write: bool = False) -> sqlite3.Connection:
    """A connection to a store file (read-only unless ``write``)."""
    if write:
        db = sqlite3.connect(path, isolation_level=None)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;" + _SCHEMA)
        return db
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as error:
        raise InputError(path, f"cannot open the store: {error}") from None


def _light(attrs: Mapping[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {k: attrs[k] for k in keys if k in attrs}


class GraphWriter:
    """Write a graph into a store file, one paper at a time (papers in sorted node order).

    ``add_paper`` for each paper with its links, ``add_entities`` once, then ``close``:
    memory holds one chunk of skeleton rows, and the entity and key-set indexes.

    A paper chunk is columns (marshalled): paper ids, their light attributes, the index of
    their stored key set, their link counts, then per link the entity's index, its light
    attributes and the index of its stored key set. Indexes keep strings and tuples shared.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.papers = 0
        self.links = 0
        self.entities = 0
        self._columns: tuple[list, ...] = ([], [], [], [], [], [], [])
        self._rows: list[tuple] = []
        self._full: list[tuple[str, bytes]] = []
        self._adjacent: list[tuple[str, int, bytes]] = []
        self._paper_names: list[str] = []
        self._entity_papers: dict[int, array] = {}
        self._entity_roles: dict[int, array] = {}
        self._roles: dict[Any, int] = {}
        self._entity_index: dict[str, int] = {}
        self._key_sets: dict[tuple[str, ...], int] = {}
        self._chunk = 0
        self._last: str | None = None
        db.execute("BEGIN")

    def _key_set(self, attrs: Mapping[str, Any], light: Mapping[str, Any]) -> int:
        keys = tuple(k for k in attrs if k not in light)
        return self._key_sets.setdefault(keys, len(self._key_sets))

    def add_paper(self, node: str, attrs: Mapping[str, Any], links: Mapping[str, Mapping[str, Any]]) -> None:
        """Add paper ``node`` and its links ``{entity: attributes}`` (``node`` after the last one)."""
        if self._last is not None and node <= self._last:
            raise ValueError(f"papers must come in sorted order: {node} after {self._last}")
        self._last = node
        nodes, lights, key_sets, degrees, targets, link_lights, link_key_sets = self._columns
        light = _light(attrs, PAPER_LIGHT) or dict(attrs)  # never an empty lazy dict (JSON's fast path)
        nodes.append(node)
        lights.append(light)
        key_sets.append(self._key_set(attrs, light))
        degrees.append(len(links))
        ordered = dict(sorted(links.items()))
        first = len(targets)
        for entity, data in ordered.items():
            link_light = _light(data, LINK_LIGHT) or dict(data)
            target = self._entity_index.setdefault(entity, len(self._entity_index))
            targets.append(target)
            link_lights.append(link_light)
            link_key_sets.append(self._key_set(data, link_light))
            self._entity_papers.setdefault(target, array("i")).append(self.papers)
            role = self._roles.setdefault(data.get("role"), len(self._roles))
            self._entity_roles.setdefault(target, array("H")).append(role)
        self._full.append((node, encode_full(attrs, ordered)))
        self._paper_names.append(node)
        self._adjacent.append((node, len(ordered), self._dumps(
            (light, key_sets[-1], list(ordered), link_lights[first:], link_key_sets[first:]))))
        self.papers += 1
        self.links += len(ordered)
        if len(nodes) >= _CHUNK:
            self._flush()

    def add_entities(self, entities: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        """Add the entity nodes with their attributes (any order; stored sorted), after the papers."""
        self._flush()
        for node, attrs in sorted(entities, key=lambda item: item[0]):
            self._rows.append((node, dict(attrs)))
            self.entities += 1
            if len(self._rows) >= _CHUNK:
                self._flush("entity", self._rows)
                self._rows = []
        self._flush("entity", self._rows)
        self._rows = []

    @staticmethod
    def _dumps(rows: Any) -> bytes:
        try:
            return marshal.dumps(rows)
        except ValueError as error:
            raise ExportError(f"cannot store the graph's attributes: {error} (plain values only)") from None

    def _flush(self, part: str = "paper", rows: Any = None) -> None:
        if part == "paper" and self._columns[0]:
            rows, self._columns = self._columns, ([], [], [], [], [], [], [])
            self._flush("node", rows[:3])  # the papers' light attributes alone (what show's trend reads)
        if rows:
            self.db.execute("INSERT INTO skeleton VALUES (?, ?, ?)", (self._chunk, part, self._dumps(rows)))
            self._chunk += 1
        if self._full:
            self.db.executemany("INSERT INTO papers VALUES (?, ?)", self._full)
            self._full = []
        if self._adjacent:
            self.db.executemany("INSERT INTO adjacency VALUES (?, ?, ?)", self._adjacent)
            self._adjacent = []

    def close(self, graph_attrs: Mapping[str, Any] | None = None) -> None:
        """Write the last rows, the indexes and the counts, and commit."""
        self._flush()
        names = self._paper_names
        self.db.executemany("INSERT INTO adjacency VALUES (?, ?, ?)", (
            (entity, len(papers), marshal.dumps([names[i] for i in papers]))
            for entity, papers in zip(self._entity_index, self._entity_papers.values(), strict=True)))
        self.db.executemany("INSERT INTO entity_roles VALUES (?, ?, ?)", (
            (entity, len(roles), roles.tobytes())
            for entity, roles in zip(self._entity_index, self._entity_roles.values(), strict=True)))
        self._flush("index", (list(self._entity_index), list(self._key_sets)))
        meta = {"format": FORMAT, "papers": self.papers, "entities": self.entities, "links": self.links,
                "roles": list(self._roles), "graph": dict(graph_attrs or {})}
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                            [(k, json.dumps(v)) for k, v in meta.items()])
        self.db.execute("COMMIT")


def write_graph(G: nx.DiGraph, db: sqlite3.Connection) -> GraphWriter:
    """Store the networkx graph ``G`` (papers and their links, then entities).

    Raises ExportError when an edge does not go from a paper to an entity, or a value is not
    plain data.
    """
    writer = GraphWriter(db)
    kinds = G.nodes(data="kind")
    for node in sorted(n for n, k in kinds if k == "paper"):
        writer.add_paper(node, G.nodes[node], G.succ[node])
    entities = [(n, d) for n, d in G.nodes(data=True) if d.get("kind") != "paper"]
    for u, v in G.edges:
        if kinds[u] != "paper" or kinds[v] == "paper":
            raise ExportError(f"edge {u} -> {v}: only paper -> entity edges can be stored")
    writer.add_entities(entities)
    writer.close(G.graph)
    return writer


def read_meta(db: sqlite3.Connection) -> dict[str, Any]:
    """The store's ``meta`` table as a dict (empty for a file that is no store)."""
    try:
        return {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM meta")}
    except sqlite3.Error:
        return {}


def read_entities(db: sqlite3.Connection) -> list[tuple[str, dict]]:
    """The store's entity nodes with their attributes, sorted by node id."""
    entities: list[tuple[str, dict]] = []
    for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'entity' ORDER BY chunk"):
        entities.extend(marshal.loads(rows))
    return entities


def _read_papers(db: sqlite3.Connection, path: Path, keep: bool, G: nx.DiGraph,
                 preds: dict[str, dict]) -> None:
    """Papers and links from the skeleton's columns into ``G`` (the hot loop of opening a store)."""
    loader = FullLoader(path, keep=keep)
    (index,) = db.execute("SELECT rows FROM skeleton WHERE part = 'index'").fetchone()
    names, key_tuples = marshal.loads(index)
    key_sets = [frozenset(keys) for keys in key_tuples]
    in_links = [preds[name] for name in names]
    nodes, succ, pred, lazy = G._node, G._succ, G._pred, LazyAttrs
    for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'paper' ORDER BY chunk"):
        papers, lights, keys, degrees, targets, link_lights, link_keys = marshal.loads(rows)
        links = iter(zip(map(lazy, link_lights), [names[t] for t in targets], targets, link_keys))
        for paper, light, key, degree in zip(papers, lights, keys, degrees, strict=True):
            attrs = lazy(light)
            attrs._loader, attrs._node, attrs._entity, attrs._stored_keys = loader, paper, None, key_sets[key]
            nodes[paper] = attrs
            out = {}
            for link, entity, target, link_key in islice(links, degree):
                link._loader, link._node, link._entity = loader, paper, entity
                link._stored_keys = key_sets[link_key]
                out[entity] = in_links[target][paper] = link
            succ[paper] = out
            pred[paper] = {}


def read_graph(path: Path, *, keep: bool = True, lazy: bool = True) -> nx.DiGraph:
    """Open the graph of a store file: every node and edge now, bulky attributes on first use.

    ``keep``: attributes read on demand stay in the graph (else re-read from a small cache:
    for one pass over a big graph). ``lazy=False`` reads everything now, into plain dicts.
    """
    db = open_db(path)
    # building a few million containers: the collector would walk them again and again
    with collector_paused():
        try:
            meta = read_meta(db)
            if meta.get("format") != FORMAT:
                raise InputError(path, f"not a paperkg store of format {FORMAT}")
            G = nx.DiGraph()
            G.graph.update(meta.get("graph") or {})
            entities = read_entities(db)
            preds: dict[str, dict] = {node: {} for node, _ in entities}
            nodes, succ, pred = G._node, G._succ, G._pred
            if not lazy:
                for paper, data in db.execute("SELECT node, data FROM papers ORDER BY node"):
                    nodes[paper], links = decode_full(data)
                    for entity, attrs in links.items():
                        preds[entity][paper] = attrs
                    succ[paper], pred[paper] = links, {}
            else:
                _read_papers(db, path, keep, G, preds)
            for node, attrs in entities:
                nodes[node] = attrs
                succ[node] = {}
                pred[node] = preds[node]
            return G
        except sqlite3.Error as error:
            raise InputError(path, f"cannot read the store: {error}") from None
        finally:
            db.close()
