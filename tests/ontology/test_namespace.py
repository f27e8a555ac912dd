"""namespace.py mirrors paperkg.ttl: the same terms, each with a label and a comment."""

from __future__ import annotations

import inspect
import re

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from paperkg.ontology import ONTOLOGY_IRI, PKG, ROLE_PROPERTY, link_iri, node_id, node_iri, ontology_graph
from paperkg.ontology import namespace as namespace_module

NS = str(PKG)
_LINE = re.compile(r"^    (\w+): URIRef  # (.+)$", re.MULTILINE)


def _ttl_terms(graph: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def _py_comments() -> dict[str, str]:
    return dict(_LINE.findall(inspect.getsource(namespace_module)))


ONTOLOGY = ontology_graph()
TERMS = sorted(_ttl_terms(ONTOLOGY))


def test_namespace_holds_the_same_terms_as_the_ontology() -> None:
    assert set(PKG.__annotations__) == set(TERMS)
    assert set(_py_comments()) == set(TERMS)


@pytest.mark.parametrize("term", TERMS)
def test_namespace_term_has_one_label_and_one_comment(term: str) -> None:
    iri = PKG[term]
    labels = list(ONTOLOGY.objects(iri, RDFS.label))
    comments = list(ONTOLOGY.objects(iri, RDFS.comment))
    assert len(labels) == 1 and str(labels[0]).strip()
    assert len(comments) == 1 and str(comments[0]).strip()


@pytest.mark.parametrize("term", TERMS)
def test_namespace_comment_starts_the_ontology_comment(term: str) -> None:
    """The one-line comment in namespace.py is the start of the term's rdfs:comment."""
    comment = str(ONTOLOGY.value(PKG[term], RDFS.comment))
    assert comment.startswith(_py_comments()[term].rstrip("."))


@pytest.mark.parametrize("term", TERMS)
def test_namespace_term_is_a_declared_class_or_property(term: str) -> None:
    kinds = set(ONTOLOGY.objects(PKG[term], RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term


def test_namespace_unknown_term_raises() -> None:
    with pytest.raises(AttributeError):
        PKG.usesX  # noqa: B018


def test_namespace_ontology_header() -> None:
    ontology = URIRef(ONTOLOGY_IRI)
    assert (ontology, RDF.type, OWL.Ontology) in ONTOLOGY
    assert ONTOLOGY.value(ontology, RDFS.label) is not None


def test_namespace_role_properties_are_mentions_and_its_sub_properties() -> None:
    assert ROLE_PROPERTY["mentions"] == PKG.mentions
    for role, prop in ROLE_PROPERTY.items():
        if role != "mentions":
            assert (prop, RDFS.subPropertyOf, PKG.mentions) in ONTOLOGY


def test_namespace_paper_is_also_fabio_and_schema() -> None:
    supers = {str(o) for o in ONTOLOGY.objects(PKG.Paper, RDFS.subClassOf)}
    assert supers == {"http://purl.org/spar/fabio/ResearchPaper", "https://schema.org/ScholarlyArticle"}


@pytest.mark.parametrize(
    ("node", "iri"),
    [
        ("model/llama-2", "https://w3id.org/paperkg/model/llama-2"),
        ("paper/arxiv-2407.21783", "https://w3id.org/paperkg/paper/arxiv-2407.21783"),
        ("language/c-sharp", "https://w3id.org/paperkg/language/c-sharp"),
        ("model/odd name<>\"#%é", "https://w3id.org/paperkg/model/odd%20name%3C%3E%22%23%25%C3%A9"),
    ],
)
def test_namespace_node_iri_round_trips(node: str, iri: str) -> None:
    assert node_iri(node) == iri
    assert node_id(iri) == node


def test_namespace_link_iri_from_paper_and_entity() -> None:
    assert link_iri("paper/arxiv-2407.21783", "model/llama-2") == (
        "https://w3id.org/paperkg/link/arxiv-2407.21783/model/llama-2"
    )
