"""N-Triples and JSON-LD exports: the same statements as the Turtle export, in the same order."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.exports import atomic_write, exporter
from paperkg.exports.statements import A, Emitter, Statement, ntriples, triples, write_void_first, xsd
from paperkg.ontology import PREFIXES

__all__ = ["jsonld_document", "write_jsonld", "write_ntriples"]


@exporter("ntriples", aliases=("nt", "n-triples"), suffixes=(".nt",))
def write_ntriples(kg: nx.DiGraph, path: str | Path) -> Path:
    """Write ``kg`` as N-Triples: one triple a line, in the order of the Turtle export.

    Returns the path written; raises ExportError when it cannot be written.
    """

    def write(stream: Any) -> None:
        emitter = Emitter(kg)

        def body(out: Any) -> None:
            for chunk in emitter.body():
                out.write(ntriples(chunk))

        write_void_first(emitter, stream, body, lambda out, void: out.write(ntriples(void)))

    return atomic_write(Path(path), write)


@exporter("jsonld", aliases=("json-ld",), suffixes=(".jsonld",))
def write_jsonld(kg: nx.DiGraph, path: str | Path) -> Path:
    """Write ``kg`` as JSON-LD (see :func:`jsonld_document`).

    Returns the path written; raises ExportError when it cannot be written.
    """
    return atomic_write(Path(path), lambda stream: stream.write(jsonld_document(triples(kg)).encode("utf-8")))


def jsonld_document(statements: Iterable[Statement]) -> str:
    """A JSON-LD document: an ``@context`` of the export prefixes and one ``@graph`` of nodes.

    IRIs are compacted with the prefixes (``model:llama-2``); strings are plain JSON strings,
    canonical integers JSON numbers, and other literals ``{"@value", "@type"}`` objects that keep
    their lexical form (``"0.9"^^xsd:double`` stays ``0.9``). ``<``, ``>`` and ``&`` are escaped
    as ``\\u003c``... so that the document can sit inside an HTML script element.

    >>> doc = jsonld_document([("https://w3id.org/paperkg/technique/lora",
    ...     "http://www.w3.org/2000/01/rdf-schema#label", ("LoRA <x>", xsd.string))])
    >>> json.loads(doc)["@graph"]
    [{'@id': 'technique:lora', 'rdfs:label': 'LoRA <x>'}]
    >>> "<" in doc
    False
    """
    namespaces = sorted(PREFIXES.items(), key=lambda item: (-len(item[1]), item[0]))
    compacted: dict[str, str] = {}

    def compact(iri: str) -> str:
        hit = compacted.get(iri)
        if hit is None:
            hit = iri
            for prefix, namespace in namespaces:
                local = iri[len(namespace) :]
                if iri.startswith(namespace) and local and not local.startswith("//"):
                    hit = f"{prefix}:{local}"
                    break
            compacted[iri] = hit
        return hit

    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in statements:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": compact(s)}
        if p == A and type(o) is str:
            node.setdefault("@type", []).append(compact(o))
            continue
        if type(o) is str:
            value: Any = {"@id": compact(o)}
        elif o[1] == xsd.string:
            value = o[0]
        elif o[1] == xsd.integer and o[0] == str(int(o[0])):
            value = int(o[0])
        else:
            value = {"@value": o[0], "@type": compact(o[1])}
        node.setdefault(compact(p), []).append(value)
    graph = [
        {key: values[0] if key != "@type" and isinstance(values, list) and len(values) == 1 else values
         for key, values in node.items()}
        for node in nodes.values()
    ]
    text = json.dumps({"@context": dict(PREFIXES), "@graph": graph}, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
