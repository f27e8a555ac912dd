"""Every export conforms to shapes.ttl (plain, and with the ontology and RDFS inference); broken ones do
not."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pyshacl
import pytest
from rdflib import DCTERMS, OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef

from paperkg import KnowledgeGraph
from paperkg.exports.turtle import write_turtle
from paperkg.ontology import PKG, link_iri, node_iri, ontology_graph, shapes_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
FABIO = Namespace("http://purl.org/spar/fabio/")
GRAPH = URIRef("https://w3id.org/paperkg/graph")
DATA = Path(__file__).parents[1] / "data" / "rdf"


@pytest.fixture(scope="module")
def rich_ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made graph of tests/data/rdf (every attribute in use), written as Turtle."""
    data = json.loads((DATA / "rich_graph.json").read_text(encoding="utf-8"))
    kg = KnowledgeGraph(nx.node_link_graph(data, edges="edges"))
    return write_turtle(kg, tmp_path_factory.mktemp("shapes") / "rich.ttl")


def _parse(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def _validate(graph: Graph, *, inference: bool = False) -> tuple[bool, Graph, str]:
    if inference:
        conforms, results, text = pyshacl.validate(
            graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="rdfs"
        )
    else:
        conforms, results, text = pyshacl.validate(graph, shacl_graph=shapes_graph())
    return conforms, results, text


@pytest.mark.parametrize("inference", [False, True], ids=["plain", "rdfs"])
def test_shapes_sample_export_conforms(sample_ttl: Path, inference: bool) -> None:
    conforms, _, text = _validate(_parse(sample_ttl), inference=inference)
    assert conforms, text


@pytest.mark.parametrize("inference", [False, True], ids=["plain", "rdfs"])
def test_shapes_rich_export_conforms(rich_ttl: Path, inference: bool) -> None:
    conforms, _, text = _validate(_parse(rich_ttl), inference=inference)
    assert conforms, text


def test_shapes_to_rdf_graph_conforms(rich_ttl: Path) -> None:
    """kg.to_rdf() (Oxigraph-backed: it normalises some literals) conforms as well."""
    from paperkg import load

    graph = Graph()
    graph += load(rich_ttl).to_rdf()
    conforms, _, text = _validate(graph)
    assert conforms, text


def test_shapes_are_valid_shacl() -> None:
    conforms, _, text = pyshacl.validate(shapes_graph(), shacl_graph=shapes_graph(), meta_shacl=True)
    assert conforms, text


QLORA = URIRef(node_iri("paper/arxiv-2305.14314"))
LLAMA2 = URIRef(node_iri("model/llama-2"))
LORA = URIRef(node_iri("technique/lora"))
QLORA_LINK = URIRef(link_iri("paper/arxiv-2305.14314", "technique/lora"))


def _replace(graph: Graph, s: URIRef, p: URIRef, o: object) -> None:
    graph.remove((s, p, None))
    graph.add((s, p, o))  # type: ignore[arg-type]


# Each breakage: what it does to the graph, and the (focus node, path or None, value or None) of a
# result the validation must report.
BREAKAGES: dict[str, tuple[Callable[[Graph], None], tuple[URIRef, URIRef | None, URIRef | None]]] = {
    "paper-without-title": (lambda g: g.remove((QLORA, DCTERMS.title, None)), (QLORA, DCTERMS.title, None)),
    "entity-without-label": (lambda g: g.remove((LORA, RDFS.label, None)), (LORA, RDFS.label, None)),
    "arxiv-id-with-version": (
        lambda g: _replace(g, QLORA, FABIO.hasArXivId, Literal("arXiv:2305.14314v2")),
        (QLORA, FABIO.hasArXivId, None),
    ),
    "link-without-evidence": (
        lambda g: g.remove((QLORA_LINK, PKG.evidence, None)),
        (QLORA_LINK, PKG.evidence, None),
    ),
    "support-count-off": (
        lambda g: _replace(g, QLORA_LINK, PKG.supportCount, Literal(5)),
        (GRAPH, None, QLORA_LINK),
    ),
    "confidence-above-one": (
        lambda g: _replace(g, QLORA_LINK, PKG.confidence, Literal(1.5)),
        (QLORA_LINK, PKG.confidence, None),
    ),
    "mention-without-link-node": (
        lambda g: g.add((QLORA, PKG.mentions, LLAMA2)),
        (GRAPH, None, QLORA),
    ),
    "sub-property-without-mentions": (
        lambda g: g.remove((QLORA, PKG.mentions, LORA)),
        (GRAPH, None, QLORA),
    ),
    "family-of-another-kind": (
        lambda g: _replace(g, URIRef(node_iri("technique/qlora")), SKOS.broader, LLAMA2),
        (URIRef(node_iri("technique/qlora")), SKOS.broader, None),
    ),
    "family-not-in-graph": (
        lambda g: _replace(g, URIRef(node_iri("technique/qlora")), SKOS.broader,
                           URIRef(node_iri("technique/nowhere"))),
        (URIRef(node_iri("technique/qlora")), SKOS.broader, None),
    ),
    "same-as-not-wikidata": (
        lambda g: g.add((LORA, OWL.sameAs, URIRef("http://dbpedia.org/resource/LoRA"))),
        (LORA, OWL.sameAs, None),
    ),
    "two-kinds": (lambda g: g.add((LORA, RDF.type, PKG.Model)), (LORA, None, None)),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_shapes_broken_graph_does_not_conform(rich_ttl: Path, name: str) -> None:
    graph = _parse(rich_ttl)
    assert (QLORA_LINK, RDF.type, PKG.Link) in graph  # the fixture still has what we break
    breakage, (focus, path, value) = BREAKAGES[name]
    breakage(graph)
    conforms, results, text = _validate(graph)
    assert not conforms
    found = [
        (results.value(r, SH.focusNode), results.value(r, SH.resultPath), results.value(r, SH.value))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    ]
    assert any(
        f == focus and (path is None or p == path) and (value is None or v == value) for f, p, v in found
    ), text
