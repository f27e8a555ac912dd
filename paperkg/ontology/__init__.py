"""The paperkg ontology, SHACL shapes and example queries, and the IRI scheme of the exports.

Node ids double as IRI paths: ``paper/arxiv-2407.21783`` is
``https://w3id.org/paperkg/paper/arxiv-2407.21783``; a link's statement node is
``https://w3id.org/paperkg/link/<paper uid>/<entity id>``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import Graph, URIRef

from paperkg.ingest.records import Role
from paperkg.ontology.namespace import BASE_IRI, ONTOLOGY_IRI, PKG, PREFIXES, SHAPES_IRI

__all__ = [
    "BASE_IRI",
    "ONTOLOGY_IRI",
    "ONTOLOGY_PATH",
    "iri_segment",
    "PKG",
    "PREFIXES",
    "QUERIES_DIR",
    "ROLE_PROPERTY",
    "SHAPES_IRI",
    "SHAPES_PATH",
    "example_queries",
    "link_iri",
    "node_id",
    "node_iri",
    "ontology_graph",
    "shapes_graph",
]

HERE = Path(__file__).parent
ONTOLOGY_PATH = HERE / "paperkg.ttl"
SHAPES_PATH = HERE / "shapes.ttl"
QUERIES_DIR = HERE / "queries"

#: Each role (``Role`` value) and the property that states it.
ROLE_PROPERTY: dict[str, URIRef] = {
    Role.INTRODUCES.value: PKG.introduces,
    Role.USES.value: PKG.uses,
    Role.EVALUATES_ON.value: PKG.evaluatesOn,
    Role.COMPARES_WITH.value: PKG.comparesWith,
    Role.MENTIONS.value: PKG.mentions,
}

# Characters kept as they are in IRI paths: node ids are slugs, but any other text is encoded.
_SAFE = "/-._~"
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/._~-]*")  # nothing to encode (the usual case: a fast path)
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9._~-]*")


def node_iri(node: str) -> str:
    """The IRI of a graph node (its id, percent-encoded where needed, under ``BASE_IRI``).

    >>> node_iri("model/llama-2")
    'https://w3id.org/paperkg/model/llama-2'
    >>> node_iri("model/c sharp?")
    'https://w3id.org/paperkg/model/c%20sharp%3F'
    """
    return BASE_IRI + (node if _PLAIN_PATH.fullmatch(node) else quote(node, safe=_SAFE))


def node_id(iri: str) -> str:
    """The node id of a paperkg data IRI (the inverse of :func:`node_iri`).

    >>> node_id("https://w3id.org/paperkg/model/c%20sharp%3F")
    'model/c sharp?'
    """
    if not iri.startswith(BASE_IRI):
        raise ValueError(f"not a paperkg data IRI: {iri}")
    return unquote(iri[len(BASE_IRI) :])


def iri_segment(text: str) -> str:
    """``text`` percent-encoded as one IRI path segment (``/`` encoded too).

    >>> iri_segment("Hugging Face/bert")
    'Hugging%20Face%2Fbert'
    """
    return text if _PLAIN_SEGMENT.fullmatch(text) else quote(text, safe="-._~")


def link_iri(paper: str, entity: str) -> str:
    """The IRI of the statement node of the link ``paper`` -> ``entity`` (node ids).

    >>> link_iri("paper/arxiv-2407.21783", "technique/lora")
    'https://w3id.org/paperkg/link/arxiv-2407.21783/technique/lora'
    """
    entity = entity if _PLAIN_PATH.fullmatch(entity) else quote(entity, safe=_SAFE)
    return f"{BASE_IRI}link/{iri_segment(paper.removeprefix('paper/'))}/{entity}"


@cache
def _parse(path: Path) -> Graph:
    graph = Graph(bind_namespaces="core")
    graph.parse(path, format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The ontology (``paperkg.ttl``) as an rdflib Graph; a fresh copy on each call."""
    graph = Graph(bind_namespaces="core")
    for prefix, namespace in _parse(ONTOLOGY_PATH).namespaces():
        graph.bind(prefix, namespace)
    graph += _parse(ONTOLOGY_PATH)
    return graph


def shapes_graph() -> Graph:
    """The SHACL shapes (``shapes.ttl``) as an rdflib Graph; a fresh copy on each call."""
    graph = Graph(bind_namespaces="core")
    graph += _parse(SHAPES_PATH)
    return graph


def example_queries() -> dict[str, str]:
    """The example SPARQL queries shipped in ``queries/``, by name (file stem), sorted.

    >>> "top_models" in example_queries()
    True
    """
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(QUERIES_DIR.glob("*.rq"))}
