"""The RDF export (Turtle) under the paperkg ontology, its lossless reader, and SPARQL over it.

The mapping (documented in ``paperkg/ontology/README.md``) is lossless: ``read_turtle`` of what
``write_turtle`` wrote gives back the same nodes, edges and attributes. The triples are made in a
canonical order (papers, each followed by its links and their evidence; then entities; then
extractors; a VoID description first), so the same graph always gives the same bytes. Oxigraph
(pyoxigraph, behind rdflib through oxrdflib) serialises, stores and queries them. N-Triples and
JSON-LD writers are in :mod:`paperkg.exports.rdf_formats`.
"""

from __future__ import annotations

import json
import math
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote, unquote

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import DC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from paperkg.errors import ExportError, InputError, QueryError
from paperkg.exports import exporter
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ingest.records import ROLE_ORDER, Kind
from paperkg.ontology import (
    BASE_IRI,
    ONTOLOGY_IRI,
    PKG,
    PREFIXES,
    QUERIES_DIR,
    ROLE_PROPERTY,
    SHAPES_IRI,
    link_iri,
    node_id,
    node_iri,
)
from paperkg.ontology.namespace import BIBO, FABIO, LEXVO, LVONT, NIF, SCHEMA, WD

__all__ = [
    "load_store",
    "ntriples",
    "query",
    "read_turtle",
    "to_rdf",
    "triples",
    "write_turtle",
]

# A statement is (subject IRI, predicate IRI, object); the object is an IRI (str) or a literal
# (lexical form, datatype IRI). Plain strings keep the build fast and feed every backend.
Lit = tuple[str, str]
Statement = tuple[str, str, "str | Lit"]


def _plain(namespace: Any, names: str) -> SimpleNamespace:
    """Terms of ``namespace`` as plain-string IRIs (cheap to look up in the hot loops)."""
    return SimpleNamespace(**{name: str(namespace[name]) for name in names.split()})


pkg = _plain(PKG, " ".join(PKG.__annotations__))
rdf = _plain(RDF, "type subject predicate object Statement Seq JSON")
xsd = _plain(XSD, "string integer double boolean date nonNegativeInteger anyURI int long decimal float")
dct = _plain(DCTERMS, "title abstract identifier date subject conformsTo")
prov = _plain(PROV, "Entity SoftwareAgent wasDerivedFrom wasAttributedTo")
void = _plain(VOID, "Dataset classPartition propertyPartition property triples entities "
                    "distinctSubjects uriSpace vocabulary")
A, LABEL, VOID_CLASS = rdf.type, str(RDFS.label), str(VOID["class"])
CREATOR, ALT_LABEL, BROADER, SAME_AS = str(DC.creator), str(SKOS.altLabel), str(SKOS.broader), str(OWL.sameAs)
ARXIV_ID, DOI, AUTHOR_LIST, ISO639_3 = (str(FABIO.hasArXivId), str(BIBO.doi), str(BIBO.authorList),
                                        str(LVONT.iso639P3PCode))
BEGIN, END, ANCHOR = str(NIF.beginIndex), str(NIF.endIndex), str(NIF.anchorOf)
MEMBER = f"{RDF}_"  # rdf:_1, rdf:_2, ...: the members of an rdf:Seq
_INTEGER_TYPES = {xsd.integer, xsd.nonNegativeInteger, xsd.int, xsd.long}
_FLOAT_TYPES = {xsd.double, xsd.float, xsd.decimal}

_KIND_CLASS = {Kind.MODEL.value: pkg.Model, Kind.DATASET.value: pkg.Dataset,
               Kind.TECHNIQUE.value: pkg.Technique, Kind.LANGUAGE.value: pkg.Language}
_CLASS_KIND = {iri: kind for kind, iri in _KIND_CLASS.items()}
_LANGUAGE_CLASS = {"natural": pkg.NaturalLanguage, "programming": pkg.ProgrammingLanguage}
_CLASS_LANGUAGE = {iri: kind for kind, iri in _LANGUAGE_CLASS.items()}
_ROLE_IRI = {role: str(iri) for role, iri in ROLE_PROPERTY.items()}
_IRI_ROLE = {iri: role for role, iri in _ROLE_IRI.items()}
_PAPER_TYPES = (pkg.Paper, str(FABIO.ResearchPaper), str(SCHEMA.ScholarlyArticle))
_LINK_TYPES = (pkg.Link, rdf.Statement, prov.Entity)
_EXTRACTOR_IRI = BASE_IRI + "extractor/"
_VOID_IRI = BASE_IRI + "graph"
_WD, _LEXVO = str(WD), str(LEXVO)

# Attribute keys each record has in the networkx schema (paperkg.graph.build); any other key
# goes, as JSON, into pkg:attributes so that the export stays lossless.
_PAPER_KEYS = ("kind", "label", "title", "abstract", "authors", "date", "arxiv_id", "doi",
               "categories", "links", "sources", "input_id")
_ENTITY_KEYS = ("kind", "label", "aliases", "broader", "origin", "confidence", "language_type",
                "iso639_3", "wikidata", "hf_id")
_EDGE_KEYS = ("role", "count", "confidence", "evidence")
_EVIDENCE_KEYS = ("field", "start", "end", "surface", "role", "origin", "confidence", "extractor", "sentence")
_SOURCE_KEYS = ("file", "record", "date")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: The vocabularies an export uses (VoID ``void:vocabulary``).
_VOCABULARIES = (ONTOLOGY_IRI, *(str(ns) for ns in (DCTERMS, DC, FABIO, BIBO, SCHEMA, SKOS, PROV, NIF, LVONT, OWL, VOID)))

_HEADER = (
    "# paperkg knowledge graph: papers linked to the models, datasets, techniques and languages\n"
    f"# they mention. Ontology: {ONTOLOGY_IRI} (paperkg/ontology/paperkg.ttl);\n"
    "# SHACL shapes: paperkg/ontology/shapes.ttl.\n"
)


# -- literals ---------------------------------------------------------------------------------
def _double(value: float) -> Lit:
    value = float(value)
    if math.isnan(value):
        return ("NaN", xsd.double)
    if math.isinf(value):
        return ("INF" if value > 0 else "-INF", xsd.double)
    return (repr(value), xsd.double)


def _lit(value: Any, *, where: str) -> Lit:
    """A typed literal for a plain Python value (str, int, float, bool)."""
    if isinstance(value, bool):
        return ("true" if value else "false", xsd.boolean)
    if isinstance(value, int):
        return (str(value), xsd.integer)
    if isinstance(value, float):
        return _double(value)
    if isinstance(value, str):
        return (value, xsd.string)
    raise ExportError(f"{where}: cannot export a {type(value).__name__} value ({value!r}); expected str, int or float")


def _date(value: Any, *, where: str) -> Lit:
    """A date: xsd:date when it is a valid ISO date, else as ``_lit`` (a page date like "Mar 12")."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return (value, xsd.date)
    return _lit(value, where=where)


def _json(extra: Mapping[str, Any], *, where: str) -> Lit:
    try:
        text = json.dumps(dict(extra), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as error:
        raise ExportError(f"{where}: attributes {sorted(extra)} have no RDF mapping and are not JSON ({error})") from None
    return (text, rdf.JSON)


def _py(term: ox.Literal) -> Any:
    """The Python value of a literal: int, float, bool, or the lexical form as str (IRIs: the IRI)."""
    if not isinstance(term, ox.Literal):
        return term.value
    datatype = term.datatype.value
    if datatype in _INTEGER_TYPES:
        return int(term.value)
    if datatype in _FLOAT_TYPES:
        return float(term.value)
    if datatype == xsd.boolean:
        return term.value in ("true", "1")
    return term.value


# -- networkx -> statements -------------------------------------------------------------------
class _Emitter:
    """Appends the statements of one graph, in canonical order, to ``out``."""

    def __init__(self, graph: nx.DiGraph) -> None:
        self.graph = graph
        self.out: list[Statement] = []
        self.extractors: set[str] = set()
        self.classes: dict[str, int] = {}
        self.properties: dict[str, int] = {}

    def add(self, s: str, p: str, o: str | Lit) -> None:
        self.out.append((s, p, o))

    def strings(self, s: str, p: str, values: Iterable[str], *, datatype: str = xsd.string) -> None:
        for value in sorted(set(values)):
            self.out.append((s, p, (value, datatype)))

    def seq(self, s: str, p: str, name: str, values: list[Any], *, where: str, datatype: str | None = None) -> None:
        """An rdf:Seq ``<s#name>`` keeping the order of ``values`` (when there are two or more)."""
        if len(values) < 2:
            return
        seq = f"{s}#{name}"
        self.add(s, p, seq)
        self.add(seq, A, rdf.Seq)
        for i, value in enumerate(values, start=1):
            self.add(seq, f"{MEMBER}{i}", (value, datatype) if datatype else _lit(value, where=where))

    def count(self, cls: str, n: int = 1) -> None:
        self.classes[cls] = self.classes.get(cls, 0) + n

    def run(self) -> list[Statement]:
        graph = self.graph
        papers, entities = [], []
        for node, data in graph.nodes(data=True):
            (papers if data.get("kind") == "paper" else entities).append(node)
        links = 0
        for paper in sorted(papers):
            links += self.paper(paper, graph.nodes[paper])
        if links != graph.number_of_edges():
            odd = next((u, v) for u, v in graph.edges if graph.nodes[u].get("kind") != "paper")
            raise ExportError(f"edge {odd[0]} -> {odd[1]}: only paper -> entity edges can be exported")
        for entity in sorted(entities):
            self.entity(entity, graph.nodes[entity])
        for name in sorted(self.extractors):
            iri = _EXTRACTOR_IRI + _quote(name)
            self.add(iri, A, pkg.Extractor)
            self.add(iri, A, prov.SoftwareAgent)
            self.add(iri, LABEL, (name, xsd.string))
        return self.out

    def paper(self, node: str, data: Mapping[str, Any]) -> int:
        s, where = node_iri(node), f"paper {node}"
        self.count(pkg.Paper)
        for cls in _PAPER_TYPES:
            self.add(s, A, cls)
        for key, p in (("label", LABEL), ("title", dct.title), ("abstract", dct.abstract),
                       ("input_id", dct.identifier), ("arxiv_id", ARXIV_ID),
                       ("doi", DOI)):
            if data.get(key) is not None:
                self.add(s, p, _lit(data[key], where=where))
        if data.get("date") is not None:
            self.add(s, dct.date, _date(data["date"], where=where))
        authors, categories, urls = (list(data.get(k) or ()) for k in ("authors", "categories", "links"))
        self.strings(s, CREATOR, authors)
        self.seq(s, AUTHOR_LIST, "authors", authors, where=where)
        self.strings(s, dct.subject, categories)
        self.seq(s, pkg.subjectList, "subjects", categories, where=where)
        self.strings(s, pkg.url, urls, datatype=xsd.anyURI)
        self.seq(s, pkg.urlList, "urls", urls, where=where, datatype=xsd.anyURI)
        sources = list(data.get("sources") or ())
        for i in range(1, len(sources) + 1):
            self.add(s, pkg.source, f"{s}#source-{i}")
        targets = sorted(self.graph.succ[node])
        for entity in targets:
            self.add(s, pkg.mentions, node_iri(entity))
        for role in ROLE_ORDER[:-1]:  # the sub-properties, strongest first
            for entity in targets:
                if self.graph.edges[node, entity].get("role") == role.value:
                    self.add(s, _ROLE_IRI[role.value], node_iri(entity))
        self.extra(s, data, _PAPER_KEYS, where)
        for i, source in enumerate(sources, start=1):
            self.source(f"{s}#source-{i}", i, source, where)
        for entity in targets:
            self.link(node, entity, self.graph.edges[node, entity])
        return len(targets)

    def source(self, s: str, index: int, source: Mapping[str, Any], where: str) -> None:
        self.count(pkg.SourceRecord)
        self.add(s, A, pkg.SourceRecord)
        self.add(s, pkg.index, (str(index), xsd.integer))
        if source.get("file") is not None:
            self.add(s, pkg.file, _lit(source["file"], where=where))
        if source.get("record") is not None:
            self.add(s, pkg.record, _lit(source["record"], where=where))
        if source.get("date") is not None:
            self.add(s, dct.date, _date(source["date"], where=where))
        self.extra(s, source, _SOURCE_KEYS, f"{where} source {index}")

    def link(self, paper: str, entity: str, edge: Mapping[str, Any]) -> None:
        s, where = link_iri(paper, entity), f"link {paper} -> {entity}"
        role = _role_iri(edge.get("role", "mentions"), where)
        evidence = list(edge.get("evidence") or ())
        self.count(pkg.Link)
        self.properties[role] = self.properties.get(role, 0) + 1
        for cls in _LINK_TYPES:
            self.add(s, A, cls)
        self.add(s, rdf.subject, node_iri(paper))
        self.add(s, rdf.predicate, role)
        self.add(s, rdf.object, node_iri(entity))
        self.add(s, prov.wasDerivedFrom, node_iri(paper))
        extractors = sorted({e["extractor"] for e in evidence if e.get("extractor") is not None})
        self.extractors.update(extractors)
        for name in extractors:
            self.add(s, prov.wasAttributedTo, _EXTRACTOR_IRI + _quote(name))
        if edge.get("confidence") is not None:
            self.add(s, pkg.confidence, _double(edge["confidence"]))
        if edge.get("count") is not None:
            self.add(s, pkg.supportCount, _lit(edge["count"], where=where))
        for i in range(1, len(evidence) + 1):
            self.add(s, pkg.evidence, f"{s}#evidence-{i}")
        self.extra(s, edge, _EDGE_KEYS, where)
        for i, item in enumerate(evidence, start=1):
            self.evidence(f"{s}#evidence-{i}", i, item, f"{where} evidence {i}")

    def evidence(self, s: str, index: int, item: Mapping[str, Any], where: str) -> None:
        self.count(pkg.Evidence)
        self.add(s, A, pkg.Evidence)
        self.add(s, pkg.index, (str(index), xsd.integer))
        get = item.get
        if get("field") is not None:
            self.add(s, pkg.field, _lit(get("field"), where=where))
        for key, p in (("start", BEGIN), ("end", END)):
            if get(key) is not None:
                self.add(s, p, (str(int(get(key))), xsd.integer))
        if get("surface") is not None:
            self.add(s, ANCHOR, _lit(get("surface"), where=where))
        if get("sentence") is not None:
            self.add(s, pkg.sentence, _lit(get("sentence"), where=where))
        if get("role") is not None:
            self.add(s, pkg.role, _role_iri(get("role"), where))
        if get("origin") is not None:
            self.add(s, pkg.origin, _lit(get("origin"), where=where))
        if get("confidence") is not None:
            self.add(s, pkg.confidence, _double(get("confidence")))
        if get("extractor") is not None:
            self.add(s, prov.wasAttributedTo, _EXTRACTOR_IRI + _quote(get("extractor")))
        self.extra(s, item, _EVIDENCE_KEYS, where)

    def entity(self, node: str, data: Mapping[str, Any]) -> None:
        s, where = node_iri(node), f"entity {node}"
        cls = _KIND_CLASS.get(data.get("kind"))  # type: ignore[arg-type]
        if cls is None:
            known = ", ".join(["paper", *_KIND_CLASS])
            raise ExportError(f"{where}: unknown kind {data.get('kind')!r}; known: {known}")
        self.count(cls)
        self.add(s, A, cls)
        language_type = data.get("language_type")
        if language_type is not None:
            if language_type not in _LANGUAGE_CLASS:
                raise ExportError(f"{where}: unknown language_type {language_type!r}; known: natural, programming")
            self.count(_LANGUAGE_CLASS[language_type])
            self.add(s, A, _LANGUAGE_CLASS[language_type])
        if data.get("label") is not None:
            self.add(s, LABEL, _lit(data["label"], where=where))
        aliases = list(data.get("aliases") or ())
        self.strings(s, ALT_LABEL, aliases)
        self.seq(s, pkg.aliasList, "aliases", aliases, where=where)
        if data.get("broader") is not None:
            self.add(s, BROADER, node_iri(data["broader"]))
        if data.get("origin") is not None:
            self.add(s, pkg.origin, _lit(data["origin"], where=where))
        if data.get("confidence") is not None:
            self.add(s, pkg.confidence, _double(data["confidence"]))
        if data.get("iso639_3") is not None:
            self.add(s, ISO639_3, _lit(data["iso639_3"], where=where))
        same = [_LEXVO + _quote(data["iso639_3"])] if data.get("iso639_3") is not None else []
        if data.get("wikidata") is not None:
            same.append(_WD + _quote(data["wikidata"]))
        for iri in sorted(same):
            self.add(s, SAME_AS, iri)
        if data.get("hf_id") is not None:
            self.add(s, pkg.huggingFaceId, _lit(data["hf_id"], where=where))
        self.extra(s, data, _ENTITY_KEYS, where)

    def extra(self, s: str, data: Mapping[str, Any], known: tuple[str, ...], where: str) -> None:
        extra = {k: v for k, v in data.items() if k not in known}
        if extra:
            self.add(s, pkg.attributes, _json(extra, where=where))


def _quote(text: str) -> str:
    return quote(str(text), safe="-._~")


def _role_iri(role: str, where: str) -> str:
    try:
        return _ROLE_IRI[role]
    except KeyError:
        raise ExportError(f"{where}: unknown role {role!r}; known: {', '.join(_ROLE_IRI)}") from None


def _void(data: list[Statement], emitter: _Emitter, graph: nx.DiGraph) -> list[Statement]:
    """The VoID description of the export: counts of triples, papers, entities, links."""
    s = _VOID_IRI
    papers = emitter.classes.get(pkg.Paper, 0)
    out: list[Statement] = [
        (s, A, void.Dataset),
        (s, dct.title, ("paperkg knowledge graph", xsd.string)),
        (s, dct.conformsTo, SHAPES_IRI),
        (s, void.uriSpace, (BASE_IRI, xsd.string)),
        (s, void.triples, (str(len(data)), xsd.integer)),
        (s, void.entities, (str(graph.number_of_nodes()), xsd.integer)),
        (s, void.distinctSubjects, (str(len({st[0] for st in data})), xsd.integer)),
    ]
    out += [(s, void.vocabulary, v) for v in sorted(_VOCABULARIES)]
    classes = {pkg.Paper: papers, pkg.Entity: graph.number_of_nodes() - papers}
    for cls in (*_KIND_CLASS.values(), *_LANGUAGE_CLASS.values(), pkg.Link, pkg.Evidence,
                pkg.SourceRecord):
        classes[cls] = emitter.classes.get(cls, 0)
    partitions: list[Statement] = []
    for cls, n in sorted(classes.items()):
        part = f"{s}#{cls.rsplit('#', 1)[-1]}"
        out.append((s, void.classPartition, part))
        partitions += [(part, VOID_CLASS, cls), (part, void.entities, (str(n), xsd.integer))]
    links = sum(emitter.properties.values())
    counts = {_ROLE_IRI[r.value]: emitter.properties.get(_ROLE_IRI[r.value], 0) for r in ROLE_ORDER[:-1]}
    counts[pkg.mentions] = links
    for prop, n in sorted(counts.items()):
        part = f"{s}#{prop.rsplit('#', 1)[-1]}"
        out.append((s, void.propertyPartition, part))
        partitions += [(part, void.property, prop), (part, void.triples, (str(n), xsd.integer))]
    return out + partitions


def triples(kg: KnowledgeGraph | nx.DiGraph) -> list[Statement]:
    """The export's statements ``(subject, predicate, object)`` in canonical order.

    IRIs are strings and literals ``(lexical form, datatype IRI)`` pairs; a VoID description of
    the dataset comes first.

    >>> G = nx.DiGraph()
    >>> G.add_node("technique/lora", kind="technique", label="LoRA", aliases=[], origin="vocabulary")
    >>> [(p.rsplit("#")[-1], o) for s, p, o in triples(G) if s.endswith("/lora")]
    [('type', 'https://w3id.org/paperkg/ontology#Technique'), ('label', ('LoRA', 'http://www.w3.org/2001/XMLSchema#string')), ('origin', ('vocabulary', 'http://www.w3.org/2001/XMLSchema#string'))]
    """
    graph = kg.graph if isinstance(kg, KnowledgeGraph) else kg
    emitter = _Emitter(graph)
    data = emitter.run()
    return _void(data, emitter, graph) + data


# -- statements -> Oxigraph / rdflib ----------------------------------------------------------
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def ntriples(statements: Iterable[Statement]) -> bytes:
    r"""The statements as N-Triples (UTF-8), in their order: the fast road into Oxigraph.

    Building this text in Python and letting Oxigraph parse it is several times faster than
    making one pyoxigraph term object per IRI and literal.

    >>> ntriples([("http://a/s", "http://a/p", ('say "hi"\n', xsd.string))])
    b'<http://a/s> <http://a/p> "say \\"hi\\"\\n" .\n'
    """
    out: list[str] = []
    append, string = out.append, xsd.string
    for s, p, o in statements:
        if type(o) is str:
            append(f"<{s}> <{p}> <{o}> .\n")
        elif o[1] == string:
            append(f'<{s}> <{p}> "{o[0].translate(_ESCAPES)}" .\n')
        else:
            append(f'<{s}> <{p}> "{o[0].translate(_ESCAPES)}"^^<{o[1]}> .\n')
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as error:
        raise ExportError(f"text that is not valid Unicode cannot be exported: {error.reason} "
                          f"in {error.object[max(0, error.start - 40):error.end + 40]!r}") from None


def _parse_ntriples(data: bytes) -> Iterator[ox.Triple]:
    return ox.parse(data, format=ox.RdfFormat.N_TRIPLES)


def _rdflib_triples(statements: Iterable[Statement]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    for s, p, o in statements:
        yield URIRef(s), URIRef(p), URIRef(o) if type(o) is str else Literal(o[0], datatype=URIRef(o[1]))


def _store(statements: Iterable[Statement]) -> ox.Store:
    store = ox.Store()
    store.load(ntriples(statements), format=ox.RdfFormat.N_TRIPLES)
    return store


def to_rdf(kg: KnowledgeGraph | nx.DiGraph, *, store: str = "oxigraph") -> Graph:
    """The graph as RDF under the paperkg ontology: an rdflib Graph backed by Oxigraph.

    Parameters
    ----------
    kg : the knowledge graph (or its networkx graph).
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
    statements = triples(kg)
    if store == "oxigraph":
        graph = Graph(store=OxigraphStore(store=_store(statements)), identifier=DATASET_DEFAULT_GRAPH_ID,
                      bind_namespaces="none")
    elif store in ("default", "memory"):
        graph = Graph(bind_namespaces="none")
        for triple in _rdflib_triples(statements):
            graph.add(triple)
    else:
        raise ExportError(f"unknown RDF store {store!r}; known: default, oxigraph")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


# -- writers ----------------------------------------------------------------------------------
def _write(path: Path, write: Callable[[Any], None]) -> Path:
    """Write through a temporary file beside ``path``, then rename (no half-written exports)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "xb") as stream:  # the usual permissions, unlike mkstemp's 0600
                write(stream)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    return path


@exporter("turtle", aliases=("ttl",), suffixes=(".ttl",))
def write_turtle(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``kg`` as Turtle; the same graph always gives the same bytes.

    Returns the path written; raises ExportError when it cannot be written.
    """

    def write(stream: Any) -> None:
        stream.write(_HEADER.encode("utf-8"))
        stream.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8"))
        turtle = _PrefixesDropped(stream)
        ox.serialize(_parse_ntriples(ntriples(triples(kg))), turtle, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        turtle.flush()

    return _write(Path(path), write)


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


# -- reading ----------------------------------------------------------------------------------
def _format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its first bytes (JSON-LD) else Turtle (which reads N-Triples)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if b"\0" in head:
        raise InputError(path, "binary data, not an RDF file (expected Turtle, N-Triples or JSON-LD)")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text[:1] in (b"{", b"["):
        return ox.RdfFormat.JSON_LD
    return ox.RdfFormat.N_TRIPLES if path.suffix.lower() == ".nt" else ox.RdfFormat.TURTLE


def _syntax_error(path: Path, error: SyntaxError) -> InputError:
    reason = str(error.msg or error).splitlines()[0]
    return InputError(path, f"not valid RDF: {reason}", line=error.lineno)


def load_store(path: str | Path) -> ox.Store:
    """An in-memory Oxigraph store holding an RDF file (Turtle, N-Triples or JSON-LD).

    Raises InputError (with the path and, for syntax errors, the line) when it cannot be read.
    """
    path = Path(path)
    fmt = _format(path)
    store = ox.Store()
    try:
        store.load(path=path, format=fmt)
    except SyntaxError as error:
        raise _syntax_error(path, error) from None
    except (OSError, ValueError) as error:
        raise InputError(path, f"cannot read RDF: {error}") from None
    return store


class _Props(dict[str, list[Any]]):
    """The predicate -> objects of one subject, with typed getters."""

    def iri(self, p: str) -> str | None:
        values = self.get(p)
        return values[0].value if values else None

    def value(self, p: str) -> Any:
        values = self.get(p)
        return _py(values[0]) if values else None

    def types(self) -> set[str]:
        return {t.value for t in self.get(A, ())}


def _group(path: Path) -> dict[str, _Props]:
    subjects: dict[str, _Props] = {}
    try:
        for triple in ox.parse(path=path, format=_format(path)):
            s = triple.subject.value
            props = subjects.get(s)
            if props is None:
                props = subjects[s] = _Props()
            props.setdefault(triple.predicate.value, []).append(triple.object)
    except SyntaxError as error:
        raise _syntax_error(path, error) from None
    except (OSError, ValueError) as error:
        raise InputError(path, f"cannot read RDF: {error}") from None
    return subjects


def read_turtle(path: str | Path) -> KnowledgeGraph:
    """Read a paperkg export (Turtle, N-Triples or JSON-LD) back into a KnowledgeGraph.

    The inverse of :func:`write_turtle`: nodes, edges and every attribute come back (lists in
    their order, None as None). Raises InputError when the file cannot be read or holds no
    paperkg graph.
    """
    path = Path(path)
    subjects = _group(path)
    if not any(s.startswith(BASE_IRI) for s in subjects):
        raise InputError(path, f"no paperkg data in this file (no subject under {BASE_IRI})")
    reader = _Reader(path, subjects)
    return KnowledgeGraph(reader.graph())


class _Reader:
    def __init__(self, path: Path, subjects: dict[str, _Props]) -> None:
        self.path, self.subjects = path, subjects

    def fail(self, iri: str, reason: str) -> InputError:
        return InputError(self.path, f"{iri}: {reason}")

    def props(self, iri: str) -> _Props:
        return self.subjects.get(iri) or _Props()

    def seq(self, props: _Props, p: str, simple: str) -> list[Any]:
        """A list in order: from its rdf:Seq if there is one, else the (single) simple value."""
        seq = props.iri(p)
        if seq is None:
            return sorted(_py(v) for v in props.get(simple, ()))
        items = [(int(k[len(MEMBER) :]), v) for k, vs in self.props(seq).items()
                 if k.startswith(MEMBER) for v in vs]
        return [_py(v) for _, v in sorted(items, key=lambda item: item[0])]

    def extra(self, props: _Props, iri: str) -> dict[str, Any]:
        text = props.value(pkg.attributes)
        if text is None:
            return {}
        try:
            return dict(json.loads(text))
        except (TypeError, ValueError) as error:
            raise self.fail(iri, f"pkg:attributes is not a JSON object ({error})") from None

    def indexed(self, props: _Props, p: str) -> list[tuple[str, _Props]]:
        items = [(t.value, self.props(t.value)) for t in props.get(p, ())]
        return sorted(items, key=lambda item: item[1].value(pkg.index) or 0)

    def graph(self) -> nx.DiGraph:
        G = nx.DiGraph()
        papers, entities, links = [], [], []
        for iri, props in self.subjects.items():
            if not iri.startswith(BASE_IRI) or "#" in iri:
                continue
            types = props.types()
            if pkg.Paper in types:
                papers.append(iri)
            elif pkg.Link in types:
                links.append(iri)
            elif types & _CLASS_KIND.keys():
                entities.append(iri)
        for iri in sorted(papers):
            G.add_node(node_id(iri), **self.paper(iri, self.subjects[iri]))
        for iri in sorted(entities):
            G.add_node(node_id(iri), **self.entity(iri, self.subjects[iri]))
        for paper, entity, attrs in sorted(self.link(iri, self.subjects[iri]) for iri in links):
            if paper not in G or entity not in G:
                raise self.fail(link_iri(paper, entity), "link to a paper or entity that the file does not describe")
            G.add_edge(paper, entity, **attrs)
        return G

    def paper(self, iri: str, p: _Props) -> dict[str, Any]:
        sources = []
        for source_iri, source in self.indexed(p, pkg.source):
            sources.append({"file": source.value(pkg.file), "record": source.value(pkg.record),
                            "date": source.value(dct.date), **self.extra(source, source_iri)})
        return {
            "kind": "paper",
            "label": p.value(LABEL),
            "title": p.value(dct.title),
            "abstract": p.value(dct.abstract),
            "authors": self.seq(p, AUTHOR_LIST, CREATOR),
            "date": p.value(dct.date),
            "arxiv_id": p.value(ARXIV_ID),
            "doi": p.value(DOI),
            "categories": self.seq(p, pkg.subjectList, dct.subject),
            "links": self.seq(p, pkg.urlList, pkg.url),
            "sources": sources,
            "input_id": p.value(dct.identifier),
            **self.extra(p, iri),
        }

    def entity(self, iri: str, p: _Props) -> dict[str, Any]:
        types = p.types()
        kinds = [_CLASS_KIND[t] for t in sorted(types & _CLASS_KIND.keys())]
        if len(kinds) != 1:
            raise self.fail(iri, f"an entity needs exactly one kind class, found {kinds}")
        language = [_CLASS_LANGUAGE[t] for t in sorted(types & _CLASS_LANGUAGE.keys())]
        same = [t.value for t in p.get(SAME_AS, ())]
        wikidata = [unquote(v[len(_WD) :]) for v in same if v.startswith(_WD)]
        broader = p.iri(BROADER)
        return {
            "kind": kinds[0],
            "label": p.value(LABEL),
            "aliases": self.seq(p, pkg.aliasList, ALT_LABEL),
            "broader": node_id(broader) if broader is not None else None,
            "origin": p.value(pkg.origin),
            "confidence": p.value(pkg.confidence),
            "language_type": language[0] if language else None,
            "iso639_3": p.value(ISO639_3),
            "wikidata": wikidata[0] if wikidata else None,
            "hf_id": p.value(pkg.huggingFaceId),
            **self.extra(p, iri),
        }

    def link(self, iri: str, p: _Props) -> tuple[str, str, dict[str, Any]]:
        paper, entity, role = p.iri(rdf.subject), p.iri(rdf.object), p.iri(rdf.predicate)
        if paper is None or entity is None or role not in _IRI_ROLE:
            raise self.fail(iri, "a link needs rdf:subject, rdf:object and a paperkg role as rdf:predicate")
        evidence = []
        for ev_iri, ev in self.indexed(p, pkg.evidence):
            role_iri = ev.iri(pkg.role)
            extractor = ev.iri(prov.wasAttributedTo)
            evidence.append({
                "field": ev.value(pkg.field),
                "start": ev.value(BEGIN),
                "end": ev.value(END),
                "surface": ev.value(ANCHOR),
                "role": _IRI_ROLE.get(role_iri) if role_iri is not None else None,
                "origin": ev.value(pkg.origin),
                "confidence": ev.value(pkg.confidence),
                "extractor": unquote(extractor[len(_EXTRACTOR_IRI):]) if extractor is not None else None,
                "sentence": ev.value(pkg.sentence),
                **self.extra(ev, ev_iri),
            })
        attrs = {
            "role": _IRI_ROLE[role],
            "count": p.value(pkg.supportCount),
            "confidence": p.value(pkg.confidence),
            "evidence": evidence,
            **self.extra(p, iri),
        }
        return node_id(paper), node_id(entity), attrs


# -- SPARQL -----------------------------------------------------------------------------------
def _value(term: Any) -> Any:
    """A plain Python value for an Oxigraph term: str for IRIs, int/float/bool/str for literals."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        try:
            return _py(term)
        except ValueError:  # an ill-typed literal such as "x"^^xsd:integer
            return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _query_store(source: Any) -> ox.Store:
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, KnowledgeGraph | nx.DiGraph):
        return _store(triples(source))
    if isinstance(source, Graph):
        if isinstance(source.store, OxigraphStore):
            return source.store._inner
        store = ox.Store()
        store.extend(ox.Quad(*(_to_ox(t) for t in triple)) for triple in source)
        return store
    return load_store(Path(source))


def _to_ox(term: Any) -> Any:
    if isinstance(term, Literal):
        return ox.Literal(str(term), language=term.language,
                          datatype=ox.NamedNode(term.datatype) if term.datatype and not term.language else None)
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    return ox.BlankNode(str(term))


def _query_text(sparql: str | Path) -> str:
    """The query text: ``sparql`` itself, a ``.rq`` file, or the name of a bundled example query."""
    if isinstance(sparql, Path) or (sparql.endswith(".rq") and "\n" not in sparql):
        path = Path(sparql)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise InputError(path, f"cannot read the query: {error.strerror or error}") from None
    if re.fullmatch(r"[a-z0-9_]+", sparql) and (QUERIES_DIR / f"{sparql}.rq").is_file():
        return (QUERIES_DIR / f"{sparql}.rq").read_text(encoding="utf-8")
    return sparql


def query(source: Any, sparql: str | Path) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a SPARQL query on a graph; return its variables and rows of plain Python values.

    Parameters
    ----------
    source : an export file (Turtle, N-Triples, JSON-LD), an rdflib Graph, a KnowledgeGraph or a
        pyoxigraph Store.
    sparql : the query text, a ``.rq`` file, or the name of an example query (``top_models``).
        The export prefixes (``pkg:``, ``rdfs:``, ``skos:``, ...) are predeclared.

    Returns
    -------
    ``(variables, rows)``: for SELECT, each row maps every variable to an int, float, bool or
    str (IRIs as str; None when unbound); ASK gives ``(["ask"], [{"ask": bool}])``; CONSTRUCT
    and DESCRIBE give ``subject``, ``predicate``, ``object`` rows.

    Raises
    ------
    QueryError on bad SPARQL (one line); InputError when the file cannot be read.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("technique/lora", kind="technique", label="LoRA")
    >>> query(G, "SELECT ?label WHERE { ?t a pkg:Technique ; rdfs:label ?label }")
    (['label'], [{'label': 'LoRA'}])
    >>> query(G, "ASK { ?t a pkg:Model }")
    (['ask'], [{'ask': False}])
    """
    text = _query_text(sparql)
    store = _query_store(source)
    try:
        result = store.query(text, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [{"ask": bool(result)}]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [{name: _value(solution[i]) for i, name in enumerate(names)} for solution in result]
            return names, rows
        names = ["subject", "predicate", "object"]
        return names, [dict(zip(names, map(_value, (t.subject, t.predicate, t.object)), strict=True))
                       for t in result]
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL: {_one_line(error)}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"SPARQL query failed: {_one_line(error)}") from None


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "msg", None) or error)
    return " ".join(text.split())
