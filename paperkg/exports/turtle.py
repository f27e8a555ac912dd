"""The RDF export (Turtle) under the paperkg ontology, and the graph as an rdflib Graph.

The statements come from :mod:`paperkg.exports.statements` (the mapping, documented in
``paperkg/ontology/README.md``, in canonical order: the same graph always gives the same
bytes). The mapping is lossless: :func:`paperkg.store.rdf.read_rdf` of what ``write_turtle``
wrote gives back the same nodes, edges and attributes. Oxigraph (pyoxigraph, behind rdflib
through oxrdflib) serialises them, fed a stream of N-Triples so that the export is never held
in memory whole. N-Triples and JSON-LD writers are in :mod:`paperkg.exports.rdf_formats`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from paperkg.errors import ExportError
from paperkg.exports import atomic_write, exporter, graph_of
from paperkg.exports.statements import (
    Emitter,
    Statement,
    ntriples,
    ntriples_reader,
    triples,
    write_void_first,
)
from paperkg.ontology import ONTOLOGY_IRI, PREFIXES

__all__ = ["ntriples", "oxigraph_store", "to_rdf", "triples", "write_turtle"]

_HEADER = (
    "# paperkg knowledge graph: papers linked to the models, datasets, techniques and languages\n"
    f"# they mention. Ontology: {ONTOLOGY_IRI} (paperkg/ontology/paperkg.ttl);\n"
    "# SHACL shapes: paperkg/ontology/shapes.ttl.\n"
)


def _rdflib_triples(statements: Iterable[Statement]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    for s, p, o in statements:
        yield URIRef(s), URIRef(p), URIRef(o) if type(o) is str else Literal(o[0], datatype=URIRef(o[1]))


def oxigraph_store(graph: nx.DiGraph) -> ox.Store:
    """An in-memory Oxigraph store of the export of ``graph``, loaded from a stream."""
    emitter = Emitter(graph)
    store = ox.Store()
    store.load(ntriples_reader(emitter.body()), format=ox.RdfFormat.N_TRIPLES)
    store.load(ntriples(emitter.void()), format=ox.RdfFormat.N_TRIPLES)
    return store


def to_rdf(kg: nx.DiGraph, *, store: str = "oxigraph") -> Graph:
    """The graph as RDF under the paperkg ontology: an rdflib Graph backed by Oxigraph.

    Parameters
    ----------
    kg : the networkx graph (or a KnowledgeGraph).
    store : ``"oxigraph"`` (default: an in-memory Oxigraph store through oxrdflib; fast to
        build, serialise and query) or ``"default"`` (rdflib's own in-memory store).

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("technique/lora", kind="technique", label="LoRA")
    >>> g = to_rdf(G)
    >>> [str(r.label) for r in g.query("SELECT ?label WHERE { ?t a pkg:Technique ; rdfs:label ?label }")]
    ['LoRA']
    """
    if store == "oxigraph":
        graph = Graph(store=OxigraphStore(store=oxigraph_store(graph_of(kg))),
                      identifier=DATASET_DEFAULT_GRAPH_ID, bind_namespaces="none")
    elif store in ("default", "memory"):
        graph = Graph(bind_namespaces="none")
        for triple in _rdflib_triples(triples(kg)):
            graph.add(triple)
    else:
        raise ExportError(f"unknown RDF store {store!r}; known: default, oxigraph")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


# -- writers ----------------------------------------------------------------------------------
@exporter("turtle", aliases=("ttl",), suffixes=(".ttl",))
def write_turtle(kg: nx.DiGraph, path: str | Path) -> Path:
    """Write ``kg`` as Turtle; the same graph always gives the same bytes.

    Returns the path written; raises ExportError when it cannot be written.
    """

    def write(stream: Any) -> None:
        emitter = Emitter(kg)

        def body(out: Any) -> None:
            _turtle(ntriples_reader(emitter.body()), out)

        def void(out: Any, statements: list[Statement]) -> None:
            out.write(_HEADER.encode("utf-8"))
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8"))
            _turtle(ntriples(statements), out)

        write_void_first(emitter, stream, body, void)

    return atomic_write(Path(path), write)


def _turtle(ntriples_input: Any, out: Any) -> None:
    """Serialise N-Triples (bytes or a binary stream) as Turtle into ``out``, without ``@prefix`` lines."""
    sink = _PrefixesDropped(out)
    ox.serialize(ox.parse(ntriples_input, format=ox.RdfFormat.N_TRIPLES), sink, ox.RdfFormat.TURTLE,
                 prefixes=PREFIXES)
    sink.flush()


class _PrefixesDropped:
    """A binary stream that drops the leading ``@prefix`` lines that pyoxigraph writes.

    We write the prefixes ourselves, in a fixed order, so that the bytes never depend on the
    order in which a library happens to list them.
    """

    def __init__(self, stream: Any) -> None:
        self.stream, self.head, self.done = stream, b"", False

    def write(self, data: bytes) -> int:
        if self.done:
            return self.stream.write(data)
        self.head += data
        while not self.done and b"\n" in self.head:
            line, rest = self.head.split(b"\n", 1)
            if line.startswith(b"@prefix "):
                self.head = rest
            else:
                self.done = True
                self.stream.write(self.head)
        return len(data)

    def flush(self) -> None:
        if not self.done:
            self.done = True
            self.stream.write(self.head)
        self.stream.flush()


