"""The RDF export: lossless round trip, byte-identical output, valid IRIs and literals, SPARQL."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from oxrdflib import OxigraphStore
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

import paperkg
import paperkg.exports.rdf_formats
from paperkg import KnowledgeGraph
from paperkg.errors import ExportError, InputError, QueryError
from paperkg.exports import EXPORTERS, guess_format
from paperkg.exports.turtle import to_rdf, write_turtle
from paperkg.store.rdf import read_rdf
from paperkg.store.sparql import query
from paperkg.ontology import BASE_IRI, PKG, link_iri, node_id, node_iri

FABIO = Namespace("http://purl.org/spar/fabio/")
VOID = Namespace("http://rdfs.org/ns/void#")
DATA = Path(__file__).parents[1] / "data" / "rdf"
KIND_CLASS = {"model": PKG.Model, "dataset": PKG.Dataset, "technique": PKG.Technique,
              "language": PKG.Language}


@pytest.fixture(scope="module")
def rich_kg() -> KnowledgeGraph:
    """A hand-made graph using every attribute (aliases, broader, languages, sources, DOIs...)."""
    data = json.loads((DATA / "rich_graph.json").read_text(encoding="utf-8"))
    return KnowledgeGraph(nx.node_link_graph(data, edges="edges"))


def assert_same_graph(G: nx.DiGraph, H: nx.DiGraph) -> None:
    """Same nodes, edges and attribute dicts (same keys, values, list orders; None stays None)."""
    assert set(H.nodes) == set(G.nodes)
    assert set(H.edges) == set(G.edges)
    for node, data in G.nodes(data=True):
        assert H.nodes[node] == data, node
        assert [type(v) for v in H.nodes[node].values()] == [type(data[k]) for k in H.nodes[node]], node
    for u, v, data in G.edges(data=True):
        assert H.edges[u, v] == data, (u, v)


def _parse(path: Path, fmt: str = "turtle") -> Graph:
    graph = Graph()
    graph.parse(path, format=fmt)
    return graph


# -- round trip ---------------------------------------------------------------------------------
def test_turtle_round_trip_sample(sample_kg: KnowledgeGraph, sample_ttl: Path) -> None:
    assert_same_graph(sample_kg.graph, read_rdf(sample_ttl))


def test_turtle_round_trip_every_attribute(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    back = paperkg.load(write_turtle(rich_kg, tmp_path / "graph.ttl"))
    assert_same_graph(rich_kg.graph, back.graph)
    swahili = back.graph.nodes["language/swahili"]
    assert (swahili["language_type"], swahili["iso639_3"], swahili["wikidata"]) == ("natural", "swa", "Q7838")
    assert back.graph.nodes["technique/lora"]["aliases"] == ["Low-Rank Adaptation", "LoRA adapters"]
    assert back.graph.nodes["paper/arxiv-2305.14314"]["authors"][0] == "Tim Dettmers"


@pytest.mark.parametrize("suffix", [".nt", ".jsonld"])
def test_turtle_round_trip_other_rdf_formats(rich_kg: KnowledgeGraph, tmp_path: Path, suffix: str) -> None:
    path = rich_kg.write(tmp_path / f"graph{suffix}")
    assert_same_graph(rich_kg.graph, paperkg.load(path).graph)


def test_turtle_round_trip_unmapped_attributes(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    """Attributes the mapping does not know travel as JSON (pkg:attributes)."""
    G = copy.deepcopy(rich_kg.graph)
    G.nodes["technique/lora"]["community"] = 3
    G.nodes["paper/arxiv-2305.14314"]["scores"] = {"pagerank": 0.25, "tags": ["a", "b"]}
    G.edges["paper/arxiv-2305.14314", "technique/lora"]["weight"] = 0.5
    G.edges["paper/arxiv-2305.14314", "technique/lora"]["evidence"][0]["note"] = "checked"
    G.nodes["paper/arxiv-2305.14314"]["sources"][1]["page"] = 2
    path = write_turtle(KnowledgeGraph(G), tmp_path / "graph.ttl")
    assert_same_graph(G, read_rdf(path))
    assert (URIRef(node_iri("technique/lora")), PKG.attributes,
            Literal('{"community":3}', datatype=RDF.JSON)) in _parse(path)


TRICKY = [
    'quotes " and \'single\' and """triple"""',
    "new\nline\r\nand\ttab",
    "<script>alert('x')</script> & </script>",
    "back\\slash \\n not a newline",
    "unicode: é, 汉字, 🦙, \u2028 line separator",
    "control \x01 char",
    " leading and trailing spaces ",
]


@pytest.mark.parametrize("text", TRICKY)
def test_turtle_literals_survive(rich_kg: KnowledgeGraph, tmp_path: Path, text: str) -> None:
    G = copy.deepcopy(rich_kg.graph)
    paper, entity = "paper/arxiv-2305.14314", "technique/lora"
    G.nodes[paper]["title"] = G.nodes[paper]["label"] = text
    G.nodes[paper]["abstract"] = text + text
    G.nodes[entity]["aliases"] = [text, "LoRA adapters"]
    G.edges[paper, entity]["evidence"][0]["sentence"] = text
    path = write_turtle(KnowledgeGraph(G), tmp_path / "graph.ttl")
    assert_same_graph(G, read_rdf(path))
    graph = _parse(path)  # another parser reads the same text
    assert str(graph.value(URIRef(node_iri(paper)), URIRef("http://purl.org/dc/terms/title"))) == text


# -- determinism ----------------------------------------------------------------------------------
def test_turtle_bytes_identical_across_builds_and_paths(sample_kg: KnowledgeGraph, sample_ttl: Path,
                                                       tmp_path: Path) -> None:
    second = paperkg.build()  # a second build of the same input
    a = write_turtle(second, tmp_path / "a" / "graph.ttl")
    b = write_turtle(sample_kg, tmp_path / "elsewhere" / "deeper" / "other-name.ttl")
    data = sample_ttl.read_bytes()
    assert a.read_bytes() == data
    assert b.read_bytes() == data
    text = data.decode("utf-8")
    assert str(tmp_path) not in text and "other-name" not in text and str(sample_ttl.parent) not in text


def test_turtle_bytes_identical_in_another_process(sample_ttl: Path, tmp_path: Path) -> None:
    """Another interpreter (another hash seed: another set order) writes the same bytes."""
    out = tmp_path / "run" / "graph.ttl"
    code = f"import paperkg; paperkg.build().write({str(out)!r})"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path, capture_output=True,
                   timeout=600)
    assert out.read_bytes() == sample_ttl.read_bytes()


@pytest.mark.parametrize("suffix", [".nt", ".jsonld"])
def test_turtle_other_formats_are_deterministic(rich_kg: KnowledgeGraph, tmp_path: Path, suffix: str) -> None:
    a = rich_kg.write(tmp_path / f"a{suffix}")
    b = KnowledgeGraph(copy.deepcopy(rich_kg.graph)).write(tmp_path / "b" / f"b{suffix}")
    assert a.read_bytes() == b.read_bytes()


def test_turtle_same_graph_in_another_insertion_order_same_bytes(rich_kg: KnowledgeGraph,
                                                                 tmp_path: Path) -> None:
    G = rich_kg.graph
    H = nx.DiGraph()
    H.add_nodes_from(sorted(G.nodes(data=True), reverse=True))
    H.add_edges_from(sorted(G.edges(data=True), reverse=True))
    a = write_turtle(rich_kg, tmp_path / "a.ttl")
    b = write_turtle(KnowledgeGraph(H), tmp_path / "b.ttl")
    assert a.read_bytes() == b.read_bytes()


# -- contents ---------------------------------------------------------------------------------------
def test_turtle_arxiv_id_from_jsonl(tmp_path: Path) -> None:
    kg = paperkg.build([DATA / "arxiv_sample.jsonl"])
    graph = _parse(write_turtle(kg, tmp_path / "graph.ttl"))
    ids = {str(node_id(str(paper))): str(arxiv) for paper, arxiv in graph.subject_objects(FABIO.hasArXivId)}
    assert ids == {
        "paper/arxiv-2312.00752": "2312.00752",
        "paper/arxiv-2404.06395": "2404.06395",
        "paper/arxiv-2407.10671": "2407.10671",
    }
    for paper in ids:
        assert (URIRef(node_iri(paper)), RDF.type, FABIO.ResearchPaper) in graph


def test_turtle_every_entity_has_a_label(sample_kg: KnowledgeGraph, sample_ttl: Path) -> None:
    graph = _parse(sample_ttl)
    for node, data in sample_kg.graph.nodes(data=True):
        if data["kind"] != "paper":
            labels = list(graph.objects(URIRef(node_iri(node)), RDFS.label))
            assert labels == [Literal(data["label"])], node


def test_turtle_parses_back_with_the_same_counts(sample_kg: KnowledgeGraph, sample_ttl: Path) -> None:
    graph = _parse(sample_ttl)
    counts = sample_kg.counts()
    assert len(set(graph.subjects(RDF.type, PKG.Paper))) == counts["paper"]
    for kind, cls in KIND_CLASS.items():
        assert len(set(graph.subjects(RDF.type, cls))) == counts[kind], kind
    assert len(set(graph.subjects(RDF.type, PKG.Link))) == counts["links"]
    assert len(list(graph.triples((None, PKG.mentions, None)))) == counts["links"]
    evidence = sum(len(d["evidence"]) for _, _, d in sample_kg.graph.edges(data=True))
    assert len(set(graph.subjects(RDF.type, PKG.Evidence))) == evidence


def test_turtle_void_description_counts(sample_kg: KnowledgeGraph, sample_ttl: Path) -> None:
    graph = _parse(sample_ttl)
    dataset = URIRef(BASE_IRI + "graph")
    void_triples = [t for t in graph if str(t[0]).startswith(str(dataset))]
    assert graph.value(dataset, VOID.triples).toPython() == len(graph) - len(void_triples)
    assert graph.value(dataset, VOID.entities).toPython() == sample_kg.graph.number_of_nodes()
    partitions = {graph.value(p, VOID["class"]): graph.value(p, VOID.entities).toPython()
                  for p in graph.objects(dataset, VOID.classPartition)}
    assert partitions[PKG.Paper] == sample_kg.num_papers
    assert partitions[PKG.Model] == len(sample_kg.entities("model"))
    assert partitions[PKG.Entity] == sample_kg.graph.number_of_nodes() - sample_kg.num_papers


def test_turtle_link_statement_node_carries_provenance(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    graph = _parse(write_turtle(rich_kg, tmp_path / "graph.ttl"))
    paper, entity = "paper/doi-361f41f858fbc5ff", "technique/lora"
    edge = rich_kg.graph.edges[paper, entity]
    link = URIRef(link_iri(paper, entity))
    assert (URIRef(node_iri(paper)), PKG.uses, URIRef(node_iri(entity))) in graph  # the plain triple
    assert graph.value(link, RDF.subject) == URIRef(node_iri(paper))
    assert graph.value(link, RDF.predicate) == PKG.uses
    assert graph.value(link, RDF.object) == URIRef(node_iri(entity))
    assert graph.value(link, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) == URIRef(node_iri(paper))
    assert graph.value(link, PKG.supportCount).toPython() == edge["count"] == 3
    evidence = sorted(graph.objects(link, PKG.evidence), key=lambda e: graph.value(e, PKG.index).toPython())
    assert [str(graph.value(e, PKG.sentence)) for e in evidence] == [ev["sentence"]
                                                                     for ev in edge["evidence"]]


def test_turtle_iris_are_valid(sample_ttl: Path, rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    G = copy.deepcopy(rich_kg.graph)
    nx.relabel_nodes(G, {"model/mistral-7b": 'model/mistral 7b <"v0.1">#?%'}, copy=False)
    odd = write_turtle(KnowledgeGraph(G), tmp_path / "odd.ttl")
    assert_same_graph(G, read_rdf(odd))
    bad = re.compile(r"[\s<>\"{}|\\^`]")
    for path in (sample_ttl, odd):
        for triple in ox.parse(path=path, format=ox.RdfFormat.TURTLE):  # pyoxigraph checks IRI syntax
            for term in (triple.subject, triple.predicate, triple.object):
                if isinstance(term, ox.NamedNode):
                    assert re.match(r"^https?://", term.value) and not bad.search(term.value), term
                assert not isinstance(term, ox.BlankNode)


# -- the rdflib Graph -------------------------------------------------------------------------------
def test_turtle_to_rdf_is_backed_by_oxigraph(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    graph = to_rdf(rich_kg)
    assert isinstance(graph.store, OxigraphStore)
    assert len(graph) == len(_parse(write_turtle(rich_kg, tmp_path / "graph.ttl")))
    rows = list(graph.query("SELECT ?label WHERE { ?t a pkg:Technique ; rdfs:label ?label } ORDER BY ?label"))
    assert [str(r.label) for r in rows] == ["DPO", "LoRA", "QLoRA", "RLHF"]


def test_turtle_to_rdf_default_store_has_the_same_triples(rich_kg: KnowledgeGraph) -> None:
    ours, default = to_rdf(rich_kg), to_rdf(rich_kg, store="default")
    assert not isinstance(default.store, OxigraphStore)

    def plain(graph: Graph) -> set[tuple[object, ...]]:  # Oxigraph stores "1.0"^^xsd:double as "1"
        return {tuple((t.toPython(), t.datatype or XSD.string) if isinstance(t, Literal) else t
                      for t in triple)
                for triple in graph}

    assert plain(ours) == plain(default)


def test_turtle_exporters_registered() -> None:
    for name, suffix in (("turtle", ".ttl"), ("ntriples", ".nt"), ("jsonld", ".jsonld")):
        assert name in EXPORTERS
        assert guess_format(f"out/graph{suffix}") == name
    assert "ttl" in EXPORTERS["turtle"].aliases


def test_turtle_jsonld_is_safe_in_html(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    text = rich_kg.write(tmp_path / "graph.jsonld").read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text
    document = json.loads(text)
    assert document["@context"]["pkg"] == str(PKG)
    assert any("<script>" in json.dumps(node, ensure_ascii=False) for node in document["@graph"])


# -- SPARQL -----------------------------------------------------------------------------------------
def test_turtle_query_rows_are_plain_values(sample_kg: KnowledgeGraph, sample_ttl: Path) -> None:
    names, rows = query(sample_ttl, "SELECT ?n ?x ?s ?i ?unbound WHERE { { SELECT (COUNT(?p) AS ?n) "
                                    "WHERE { ?p a pkg:Paper } } BIND (1.5 AS ?x) BIND ('s' AS ?s) "
                                    "BIND (<http://a/b> AS ?i) OPTIONAL { ?i rdfs:label ?unbound } }")
    assert names == ["n", "x", "s", "i", "unbound"]
    assert rows == [{"n": sample_kg.num_papers, "x": 1.5, "s": "s", "i": "http://a/b", "unbound": None}]


@pytest.mark.parametrize("source", ["path", "rdflib", "kg"])
def test_turtle_query_sources(rich_kg: KnowledgeGraph, tmp_path: Path, source: str) -> None:
    target = {"path": lambda: write_turtle(rich_kg, tmp_path / "g.ttl"), "rdflib": lambda: to_rdf(rich_kg),
              "kg": lambda: rich_kg}[source]()
    assert query(target, "ASK { ?p pkg:introduces dataset:gsm8k }") == (["ask"], [{"ask": True}])
    names, rows = query(target, "CONSTRUCT { ?t rdfs:label ?l } WHERE { ?t a pkg:Technique ; rdfs:label ?l }")
    assert names == ["subject", "predicate", "object"] and len(rows) == 4


def test_turtle_query_file_and_example_name(sample_ttl: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?p WHERE { ?p a pkg:Paper } LIMIT 1", encoding="utf-8")
    assert len(query(sample_ttl, str(rq))[1]) == 1
    assert len(query(sample_ttl, rq)[1]) == 1
    assert query(sample_ttl, "top_models")[0] == ["model", "label", "papers"]


def test_turtle_query_bad_sparql_raises_query_error(sample_ttl: Path) -> None:
    with pytest.raises(QueryError) as info:
        query(sample_ttl, "SELEC ?x WHERE { ?x ?p ?o }")
    message = str(info.value)
    assert message.startswith("bad SPARQL") and "\n" not in message


def test_turtle_query_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        query(tmp_path / "missing.ttl", "ASK {}")
    assert info.value.path == str(tmp_path / "missing.ttl")


# -- errors -----------------------------------------------------------------------------------------
def test_turtle_read_syntax_error_names_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text('@prefix pkg: <https://w3id.org/paperkg/ontology#> .\n\n<https://w3id.org/paperkg/x> '
                    'pkg:a "b ;\n',
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_rdf(path)
    assert info.value.path == str(path) and info.value.line == 3


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", "no paperkg data"),
    ],
)
def test_turtle_read_rejects_non_paperkg_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as info:
        read_rdf(path)
    assert info.value.path == str(path)


def test_turtle_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        paperkg.load(tmp_path / "nope.ttl")


def test_turtle_write_error_is_export_error(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="cannot write"):
        write_turtle(rich_kg, blocker / "graph.ttl")
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_turtle_edge_between_entities_is_refused(rich_kg: KnowledgeGraph, tmp_path: Path) -> None:
    G = copy.deepcopy(rich_kg.graph)
    G.add_edge("technique/qlora", "technique/lora", role="uses", count=1, confidence=1.0, evidence=[])
    with pytest.raises(ExportError, match="technique/qlora -> technique/lora"):
        write_turtle(KnowledgeGraph(G), tmp_path / "graph.ttl")
