"""GraphML, GEXF (Gephi) and nodes/edges CSV exports of the graph or of one of its views.

Graph tools take scalar attributes only, so list and dict values (``aliases``, ``authors``,
``evidence``, ...) are written as JSON strings and ``None`` values are left out; the names
of the JSON-encoded attributes are kept in the graph attribute ``paperkg_json`` so that
:func:`paperkg.store.graphml.read_graphml` turns them back into lists. An attribute that is an int on some
nodes and a float on others is written as a float everywhere (one GraphML key per name).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.errors import ExportError
from paperkg.exports import atomic_write, exporter, graph_of
from paperkg.graph.projections import view_graph

__all__ = ["JSON_KEY", "NX_KEYS", "OPTIONAL", "plain_graph", "write_graphml", "write_gexf", "write_csv",
           "csv_paths"]

JSON_KEY = "paperkg_json"
NX_KEYS = {"node_default", "edge_default", JSON_KEY}
# Characters XML 1.0 cannot carry (a stray control character in an abstract would break the file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Schema attributes that may be None (left out on export, restored on read).
OPTIONAL = {
    "paper": ("date", "arxiv_id", "doi"),
    "entity": ("broader", "language_type", "iso639_3", "wikidata", "hf_id"),
}


def _scalar(value: Any) -> tuple[Any, bool]:
    """(value fit for GraphML/GEXF, whether it was JSON-encoded)."""
    if isinstance(value, str):
        return _NOT_XML.sub("", value), False
    if isinstance(value, bool):
        return value, False
    if isinstance(value, int | float):
        return value, False
    if hasattr(value, "item"):  # numpy scalars
        return value.item(), False
    if isinstance(value, list | tuple | dict | set):
        items = sorted(value) if isinstance(value, set) else value
        return _NOT_XML.sub("", json.dumps(items, ensure_ascii=False, sort_keys=True)), True
    return str(value), False


def _unify(rows: Iterable[dict[str, Any]]) -> dict[str, type]:
    """One type per attribute name: int and float mixed give float, other mixes give str."""
    seen: dict[str, set[type]] = {}
    for data in rows:
        for key, value in data.items():
            seen.setdefault(key, set()).add(type(value))
    out = {}
    for key, types in seen.items():
        if len(types) == 1:
            out[key] = types.pop()
        elif types <= {int, float}:
            out[key] = float
        else:
            out[key] = str
    return out


def plain_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with scalar attributes only (see the module notes), nodes and edges sorted.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2", kind="model", aliases=["LLaMA-2"], broader=None, confidence=1)
    >>> G.add_node("model/mistral", kind="model", aliases=[], broader=None, confidence=0.9)
    >>> H = plain_graph(G)
    >>> H.nodes["model/llama-2"], H.graph["paperkg_json"]
    ({'kind': 'model', 'aliases': '["LLaMA-2"]', 'confidence': 1.0}, 'aliases')
    """
    encoded: set[str] = set()

    def clean(data: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for key, value in data.items():
            if value is None:
                continue
            value, as_json = _scalar(value)
            if as_json:
                encoded.add(key)
            out[str(key)] = value
        return out

    nodes = [(n, clean(d)) for n, d in sorted(G.nodes(data=True), key=lambda item: str(item[0]))]
    edges = [(u, v, clean(d)) for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))]
    for rows in ([d for _, d in nodes], [d for _, _, d in edges]):
        types = _unify(rows)
        for data in rows:
            for key, value in data.items():
                if types[key] is not type(value):
                    data[key] = types[key](value)
    H = G.__class__()
    # node_default/edge_default are networkx's GraphML reader bookkeeping, not graph data
    H.graph.update(clean({k: v for k, v in G.graph.items() if k not in NX_KEYS}))
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    if encoded:
        H.graph[JSON_KEY] = ",".join(sorted(encoded))
    return H


def _graph_for(G: nx.DiGraph, view: str | None, level: str, min_support: int) -> nx.Graph:
    G = graph_of(G)  # a KnowledgeGraph works too
    if view is None:
        return G
    return view_graph(G, view, level=level, min_support=min_support)


def _write_with(nx_writer: Any, name: str, G: nx.DiGraph, path: Path, view: str | None, level: str,
                min_support: int) -> Path:
    H = plain_graph(_graph_for(G, view, level, min_support))

    def write(stream: Any) -> None:
        try:
            nx_writer(H, stream, encoding="utf-8")
        except nx.NetworkXError as error:
            raise ExportError(f"cannot write {name} to {path}: {error}") from error

    return atomic_write(Path(path), write)


@exporter("graphml", suffixes=(".graphml",))
def write_graphml(G: nx.DiGraph, path: Path, *, view: str | None = None, level: str = "variant",
                  min_support: int = 1) -> Path:
    """Write GraphML: the whole graph, or a view (``"papers"``, ``"comention"``) of it.

    Lists are JSON strings (see the module notes); :func:`paperkg.store.graphml.read_graphml`
    reads it back.
    """
    return _write_with(nx.write_graphml, "GraphML", G, path, view, level, min_support)


@exporter("gexf", aliases=("gephi",), suffixes=(".gexf",))
def write_gexf(G: nx.DiGraph, path: Path, *, view: str | None = None, level: str = "variant",
               min_support: int = 1) -> Path:
    """Write GEXF 1.2 for Gephi: the whole graph, or a view (``"papers"``, ``"comention"``)."""
    return _write_with(nx.write_gexf, "GEXF", G, path, view, level, min_support)


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """Where the CSV export writes: ``x.csv`` -> ``x.nodes.csv`` and ``x.edges.csv``; a folder ->
    ``folder/nodes.csv`` and ``folder/edges.csv``.

    >>> [p.name for p in csv_paths("out/graph.csv")]
    ['graph.nodes.csv', 'graph.edges.csv']
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        stem = path.name[: -len(path.suffix)]
        return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")
    return path / "nodes.csv", path / "edges.csv"


def _columns(rows: Iterable[dict[str, Any]], first: list[str]) -> list[str]:
    names: set[str] = set()
    for data in rows:
        names.update(data)
    return first + sorted(names - set(first))


@exporter("csv", aliases=("nodes-edges",), suffixes=(".csv",))
def write_csv(G: nx.DiGraph, path: Path, *, view: str | None = None, level: str = "variant",
              min_support: int = 1) -> Path:
    """Write a nodes CSV and an edges CSV (see :func:`csv_paths`); returns the nodes file.

    Nodes: ``id``, ``kind``, ``label``, then the other attributes; edges: ``source``,
    ``target``, ``weight`` (mentions, or co-mention support), then the others. Lists are
    JSON strings; a header row comes first; the columns Gephi's importer expects.
    """
    H = plain_graph(_graph_for(G, view, level, min_support))
    nodes_path, edges_path = csv_paths(path)
    node_rows = [{"id": n, **d} for n, d in H.nodes(data=True)]
    edge_rows = []
    for u, v, d in H.edges(data=True):
        row = {"source": u, "target": v, **d}
        row.setdefault("weight", d.get("count", 1))
        edge_rows.append(row)
    for target, rows, first in ((nodes_path, node_rows, ["id", "kind", "label"]),
                                (edges_path, edge_rows, ["source", "target", "weight"])):

        def write(stream: Any, rows: list[dict[str, Any]] = rows, first: list[str] = first) -> None:
            text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            writer = csv.DictWriter(text, fieldnames=_columns(rows, first), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            text.flush()
            text.detach()

        atomic_write(target, write)
    return nodes_path
