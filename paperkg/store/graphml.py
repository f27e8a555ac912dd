"""Read back a GraphML file written by :mod:`paperkg.exports.graphml`."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from paperkg.errors import InputError
from paperkg.exports.graphml import JSON_KEY, NX_KEYS, OPTIONAL

__all__ = ["read_graphml"]


def read_graphml(path: str | Path) -> nx.DiGraph:
    """Read a GraphML file that :func:`paperkg.exports.graphml.write_graphml` wrote (the whole
    graph) back into the networkx graph; raises InputError when it cannot be read."""
    try:
        G = nx.read_graphml(Path(path), force_multigraph=False)
    except (OSError, nx.NetworkXError) as error:
        raise InputError(path, f"cannot read GraphML: {error}") from None
    encoded = set(filter(None, str(G.graph.pop(JSON_KEY, "")).split(",")))
    for key in NX_KEYS:
        G.graph.pop(key, None)
    for data in [d for _, d in G.nodes(data=True)] + [d for _, _, d in G.edges(data=True)]:
        for key in encoded & set(data):
            data[key] = json.loads(data[key])
    for _, data in G.nodes(data=True):
        if "kind" in data:
            for key in OPTIONAL["paper" if data["kind"] == "paper" else "entity"]:
                data.setdefault(key, None)
    if not G.is_directed():
        G = nx.DiGraph(G)
    return G
