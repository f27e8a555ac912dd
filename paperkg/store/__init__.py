"""Store: where a built graph lives between commands (open it, load RDF, SPARQL, serve)."""

from __future__ import annotations

from pathlib import Path

from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.store.rdf import load_store, read_rdf

__all__ = ["load", "load_store", "read_rdf"]


def load(path: str | Path) -> KnowledgeGraph:
    """Load a KnowledgeGraph from a paperkg RDF export (Turtle, N-Triples or JSON-LD).

    Lossless: the nodes, edges and attributes that were written come back. Raises InputError
    (with the path) when the file cannot be read or holds no paperkg graph.
    """
    return KnowledgeGraph(read_rdf(Path(path)))
