"""The store file: the networkx graph in SQLite, written a paper at a time, opened in a second or two.

One SQLite file (``graph.sqlite`` in a store folder) holds:

- ``skeleton``: chunks of marshalled rows, every node and edge with the attributes queries and
  analytics read (entities whole; papers: kind, label, title, date, arXiv id; links: role,
  count, confidence). Opening the store reads these only.
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

import gc
import json
import marshal
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.errors import ExportError, InputError
from paperkg.store.lazy import FullLoader, LazyAttrs, decode_full, encode_full

__all__ = ["FORMAT", "GraphWriter", "open_db", "read_graph", "read_meta", "write_graph"]

#: Store format; a store of another format is not opened (it is rebuilt from its Turtle).
FORMAT = 1
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
    memory holds one chunk of skeleton rows.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.papers = 0
        self.links = 0
        self.entities = 0
        self._rows: list[tuple] = []
        self._full: list[tuple[str, bytes]] = []
        self._chunk = 0
        self._last: str | None = None
        db.execute("BEGIN")

    def add_paper(self, node: str, attrs: Mapping[str, Any], links: Mapping[str, Mapping[str, Any]]) -> None:
        """Add paper ``node`` and its links ``{entity: attributes}`` (``node`` after the last one)."""
        if self._last is not None and node <= self._last:
            raise ValueError(f"papers must come in sorted order: {node} after {self._last}")
        self._last = node
        light = _light(attrs, PAPER_LIGHT) or dict(attrs)  # never an empty lazy dict (JSON's fast path)
        edges = [(entity, light_edge, tuple(k for k in data if k not in light_edge))
                 for entity, data in sorted(links.items())
                 for light_edge in [_light(data, LINK_LIGHT) or dict(data)]]
        self._rows.append((node, light, tuple(k for k in attrs if k not in light), edges))
        self._full.append((node, encode_full(attrs, dict(sorted(links.items())))))
        self.papers += 1
        self.links += len(edges)
        if len(self._rows) >= _CHUNK:
            self._flush("paper")

    def add_entities(self, entities: Iterable[tuple[str, Mapping[str, Any]]]) -> None:
        """Add the entity nodes with their attributes (any order; stored sorted), after the papers."""
        self._flush("paper")
        for node, attrs in sorted(entities, key=lambda item: item[0]):
            self._rows.append((node, dict(attrs)))
            self.entities += 1
            if len(self._rows) >= _CHUNK:
                self._flush("entity")
        self._flush("entity")

    def _flush(self, part: str) -> None:
        if self._rows:
            try:
                rows = marshal.dumps(self._rows)
            except ValueError as error:
                raise ExportError(f"cannot store the graph's attributes: {error} (plain values only)") from None
            self.db.execute("INSERT INTO skeleton VALUES (?, ?, ?)", (self._chunk, part, rows))
            self._chunk += 1
            self._rows = []
        if self._full:
            self.db.executemany("INSERT INTO papers VALUES (?, ?)", self._full)
            self._full = []

    def close(self, graph_attrs: Mapping[str, Any] | None = None) -> None:
        """Write the last rows and the counts, and commit."""
        self._flush("paper")
        meta = {"format": FORMAT, "papers": self.papers, "entities": self.entities, "links": self.links,
                "graph": dict(graph_attrs or {})}
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()])
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


def read_graph(path: Path, *, keep: bool = True, lazy: bool = True) -> nx.DiGraph:
    """Open the graph of a store file: every node and edge now, bulky attributes on first use.

    ``keep``: attributes read on demand stay in the graph (else re-read from a small cache:
    for one pass over a big graph). ``lazy=False`` reads everything now, into plain dicts.
    """
    db = open_db(path)
    collecting = gc.isenabled()
    gc.disable()  # building a few million containers: the collector would walk them again and again
    try:
        meta = read_meta(db)
        if meta.get("format") != FORMAT:
            raise InputError(path, f"not a paperkg store of format {FORMAT}")
        loader = FullLoader(path, keep=keep)
        G = nx.DiGraph()
        G.graph.update(meta.get("graph") or {})
        entities: list[tuple[str, dict]] = []
        for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'entity' ORDER BY chunk"):
            entities.extend(marshal.loads(rows))
        preds: dict[str, dict] = {node: {} for node, _ in entities}
        nodes, succ, pred, make = G._node, G._succ, G._pred, LazyAttrs.make
        if not lazy:
            for paper, data in db.execute("SELECT node, data FROM papers ORDER BY node"):
                nodes[paper], links = decode_full(data)
                for entity, attrs in links.items():
                    preds[entity][paper] = attrs
                succ[paper], pred[paper] = links, {}
        key_sets: dict[tuple[str, ...], frozenset[str]] = {}  # one shared set per combination
        for (rows,) in db.execute("SELECT rows FROM skeleton WHERE part = 'paper' ORDER BY chunk" if lazy else
                                  "SELECT rows FROM skeleton WHERE 0"):
            for paper, light, stored, edges in marshal.loads(rows):
                keys = key_sets.get(stored) or key_sets.setdefault(stored, frozenset(stored))
                nodes[paper] = make(light, keys, loader, paper)
                out = {}
                for entity, data, stored_edge in edges:
                    keys = key_sets.get(stored_edge) or key_sets.setdefault(stored_edge, frozenset(stored_edge))
                    out[entity] = preds[entity][paper] = make(data, keys, loader, paper, entity)
                succ[paper] = out
                pred[paper] = {}
        for node, attrs in entities:
            nodes[node] = attrs
            succ[node] = {}
            pred[node] = preds[node]
        return G
    except sqlite3.Error as error:
        raise InputError(path, f"cannot read the store: {error}") from None
    finally:
        db.close()
        if collecting:
            gc.enable()
