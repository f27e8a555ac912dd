"""The statement stream behind every RDF export: chunks, VoID counts, N-Triples streaming."""

from __future__ import annotations

import io

import networkx as nx
import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import ExportError
from paperkg.exports.statements import Emitter, NTriplesStream, ntriples, triples, void
from paperkg.ontology import BASE_IRI

VOID_IRI = BASE_IRI + "graph"


def _void_value(statements, predicate):
    return next(int(o[0]) for s, p, o in statements if s == VOID_IRI and p == predicate)


def test_void_comes_first_and_counts_the_streamed_body(sample_kg: KnowledgeGraph) -> None:
    emitter = Emitter(sample_kg)
    chunks = list(emitter.body())
    body = [statement for chunk in chunks for statement in chunk]
    description = emitter.void()
    # no subject is split across chunks, so per-chunk distinct counts add up to the global one
    owners: dict[str, int] = {}
    for i, chunk in enumerate(chunks):
        for s, _, _ in chunk:
            assert owners.setdefault(s, i) == i, s
    assert _void_value(description, void.triples) == len(body)
    assert _void_value(description, void.distinctSubjects) == len({s for s, _, _ in body})
    everything = triples(sample_kg)
    assert everything[: len(description)] == description
    assert everything[len(description):] == body
    assert len(chunks) >= sample_kg.num_papers


def test_void_needs_the_whole_body_first(sample_kg: KnowledgeGraph) -> None:
    emitter = Emitter(sample_kg)
    next(emitter.body())
    with pytest.raises(RuntimeError):
        emitter.void()


def test_ntriples_stream_reads_the_same_bytes_as_one_text(sample_kg: KnowledgeGraph) -> None:
    whole = b"".join(ntriples(chunk) for chunk in Emitter(sample_kg).body())
    stream = io.BufferedReader(NTriplesStream(Emitter(sample_kg).body()), 4096)
    parts = []
    while block := stream.read(1000):  # odd sizes: chunks are split across reads
        parts.append(block)
    assert b"".join(parts) == whole
    assert len(parts) > 100


def test_non_paper_edges_fail_before_anything_is_written() -> None:
    G = nx.DiGraph()
    G.add_node("model/a", kind="model", label="A")
    G.add_node("model/b", kind="model", label="B")
    G.add_edge("model/a", "model/b")
    with pytest.raises(ExportError, match="only paper -> entity edges"):
        next(Emitter(G).body())
