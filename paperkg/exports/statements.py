"""The mapping from a networkx graph to RDF statements under the paperkg ontology.

Statements are plain tuples, ``(subject IRI, predicate IRI, object)`` where the object is an IRI
(str) or a literal ``(lexical form, datatype IRI)``: cheap to make in the hot loops, and they feed
every backend (N-Triples text into Oxigraph, rdflib terms, JSON-LD). The order is canonical
(papers, each followed by its links and their evidence; then entities; then extractors), so the
same graph always gives the same bytes; a VoID description of the dataset opens every export.
The mapping itself is documented in ``paperkg/ontology/README.md``.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from types import SimpleNamespace
from typing import Any

import networkx as nx
from rdflib import DC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

from paperkg.errors import ExportError
from paperkg.exports import graph_of
from paperkg.ingest.records import ROLE_ORDER, Kind
from paperkg.ontology import (
    BASE_IRI,
    ONTOLOGY_IRI,
    PKG,
    ROLE_PROPERTY,
    SHAPES_IRI,
    iri_segment,
    link_iri,
    node_iri,
)
from paperkg.ontology.namespace import BIBO, FABIO, LEXVO, LVONT, NIF, SCHEMA, WD

__all__ = ["Emitter", "Lit", "NTriplesStream", "Statement", "ntriples", "ntriples_reader", "triples",
           "write_void_first"]

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
                "iso639_3", "wikidata", "hf_id", "generic")
_EDGE_KEYS = ("role", "count", "confidence", "evidence")
_EVIDENCE_KEYS = ("field", "start", "end", "surface", "role", "origin", "confidence", "extractor", "sentence")
_SOURCE_KEYS = ("file", "record", "date")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: The vocabularies an export uses (VoID ``void:vocabulary``).
_VOCABULARIES = (ONTOLOGY_IRI,
                 *(str(ns) for ns in (DCTERMS, DC, FABIO, BIBO, SCHEMA, SKOS, PROV, NIF, LVONT, OWL, VOID)))

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
    raise ExportError(
        f"{where}: cannot export a {type(value).__name__} value ({value!r}); expected str, int or float")


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
        raise ExportError(
            f"{where}: attributes {sorted(extra)} have no RDF mapping and are not JSON ({error})") from None
    return (text, rdf.JSON)


# -- networkx -> statements -------------------------------------------------------------------
class Emitter:
    """The statements of one graph in canonical order, streamed: :meth:`body`, then :meth:`void`.

    ``body`` yields one list per paper (with its sources, links and evidence), per entity, and
    one for the extractors; each subject occurs in one list only (true of every graph paperkg
    builds: node ids are ``kind/slug``), so the counts that the VoID description needs add up
    chunk by chunk and nothing holds the whole export in memory.
    """

    def __init__(self, graph: nx.DiGraph) -> None:
        self.graph = graph_of(graph)  # a KnowledgeGraph works too
        self.out: list[Statement] = []
        self.extractors: set[str] = set()
        self.classes: dict[str, int] = {}
        self.properties: dict[str, int] = {}
        self.triples = 0
        self.subjects = 0
        self.done = False

    def add(self, s: str, p: str, o: str | Lit) -> None:
        self.out.append((s, p, o))

    def strings(self, s: str, p: str, values: Iterable[str], *, datatype: str = xsd.string) -> None:
        for value in sorted(set(values)):
            self.out.append((s, p, (value, datatype)))

    def seq(self, s: str, p: str, name: str, values: list[Any], *, where: str,
            datatype: str | None = None) -> None:
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

    def _flush(self) -> list[Statement]:
        chunk, self.out = self.out, []
        self.triples += len(chunk)
        self.subjects += len({statement[0] for statement in chunk})
        return chunk

    def body(self) -> Iterator[list[Statement]]:
        """The statements of papers, entities and extractors, a list at a time."""
        graph = self.graph
        papers, entities = [], []
        for node, data in graph.nodes(data=True):
            (papers if data.get("kind") == "paper" else entities).append(node)
        if sum(graph.out_degree(p) for p in papers) != graph.number_of_edges():
            odd = next((u, v) for u, v in graph.edges if graph.nodes[u].get("kind") != "paper")
            raise ExportError(f"edge {odd[0]} -> {odd[1]}: only paper -> entity edges can be exported")
        for paper in sorted(papers):
            self.paper(paper, graph.nodes[paper])
            yield self._flush()
        for entity in sorted(entities):
            self.entity(entity, graph.nodes[entity])
            yield self._flush()
        for name in sorted(self.extractors):
            iri = _EXTRACTOR_IRI + iri_segment(name)
            self.add(iri, A, pkg.Extractor)
            self.add(iri, A, prov.SoftwareAgent)
            self.add(iri, LABEL, (name, xsd.string))
        yield self._flush()
        self.done = True

    def void(self) -> list[Statement]:
        """The VoID description of what :meth:`body` yielded (call it after the body)."""
        if not self.done:
            raise RuntimeError("Emitter.void() needs the whole body first")
        return _void(self, self.graph)

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
            self.add(s, prov.wasAttributedTo, _EXTRACTOR_IRI + iri_segment(name))
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
            self.add(s, prov.wasAttributedTo, _EXTRACTOR_IRI + iri_segment(get("extractor")))
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
                raise ExportError(
                    f"{where}: unknown language_type {language_type!r}; known: natural, programming")
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
        same = [_LEXVO + iri_segment(data["iso639_3"])] if data.get("iso639_3") is not None else []
        if data.get("wikidata") is not None:
            same.append(_WD + iri_segment(data["wikidata"]))
        for iri in sorted(same):
            self.add(s, SAME_AS, iri)
        if data.get("hf_id") is not None:
            self.add(s, pkg.huggingFaceId, _lit(data["hf_id"], where=where))
        if data.get("generic"):
            self.add(s, pkg.generic, ("true", xsd.boolean))
        self.extra(s, data, _ENTITY_KEYS, where)

    def extra(self, s: str, data: Mapping[str, Any], known: tuple[str, ...], where: str) -> None:
        extra = {k: v for k, v in data.items() if k not in known}
        if extra:
            self.add(s, pkg.attributes, _json(extra, where=where))


def _role_iri(role: str, where: str) -> str:
    try:
        return _ROLE_IRI[role]
    except KeyError:
        raise ExportError(f"{where}: unknown role {role!r}; known: {', '.join(_ROLE_IRI)}") from None


def _void(emitter: Emitter, graph: nx.DiGraph) -> list[Statement]:
    """The VoID description of the export: counts of triples, papers, entities, links."""
    s = _VOID_IRI
    papers = emitter.classes.get(pkg.Paper, 0)
    out: list[Statement] = [
        (s, A, void.Dataset),
        (s, dct.title, ("paperkg knowledge graph", xsd.string)),
        (s, dct.conformsTo, SHAPES_IRI),
        (s, void.uriSpace, (BASE_IRI, xsd.string)),
        (s, void.triples, (str(emitter.triples), xsd.integer)),
        (s, void.entities, (str(graph.number_of_nodes()), xsd.integer)),
        (s, void.distinctSubjects, (str(emitter.subjects), xsd.integer)),
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


def triples(kg: nx.DiGraph) -> list[Statement]:
    """The export's statements ``(subject, predicate, object)`` in canonical order.

    IRIs are strings and literals ``(lexical form, datatype IRI)`` pairs; a VoID description of
    the dataset comes first.

    >>> G = nx.DiGraph()
    >>> G.add_node("technique/lora", kind="technique", label="LoRA", aliases=[], origin="vocabulary")
    >>> [(p.rsplit("#")[-1], o) for s, p, o in triples(G) if s.endswith("/lora")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('type', 'https://w3id.org/paperkg/ontology#Technique'),
     ('label', ('LoRA', 'http://www.w3.org/2001/XMLSchema#string')),
     ('origin', ('vocabulary', 'http://www.w3.org/2001/XMLSchema#string'))]
    """
    emitter = Emitter(kg)
    body = [statement for chunk in emitter.body() for statement in chunk]
    return emitter.void() + body


# -- statements -> N-Triples -------------------------------------------------------------------
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]')


def _escape(text: str) -> str:
    """A string literal's lexical form escaped for N-Triples (most need nothing: a fast path)."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def ntriples(statements: Iterable[Statement]) -> bytes:
    r"""The statements as N-Triples (UTF-8), in their order: the fast road into Oxigraph.

    Building this text in Python and letting Oxigraph parse it is several times faster than
    making one pyoxigraph term object per IRI and literal.

    >>> ntriples([("http://a/s", "http://a/p", ('say "hi"\n', xsd.string))])
    b'<http://a/s> <http://a/p> "say \\"hi\\"\\n" .\n'
    """
    out: list[str] = []
    append, string, escape = out.append, xsd.string, _escape
    for s, p, o in statements:
        if type(o) is str:
            append(f"<{s}> <{p}> <{o}> .\n")
        elif o[1] == string:
            append(f'<{s}> <{p}> "{escape(o[0])}" .\n')
        else:
            append(f'<{s}> <{p}> "{escape(o[0])}"^^<{o[1]}> .\n')
    try:
        return "".join(out).encode("utf-8")
    except UnicodeEncodeError as error:
        raise ExportError(f"text that is not valid Unicode cannot be exported: {error.reason} "
                          f"in {error.object[max(0, error.start - 40):error.end + 40]!r}") from None



class NTriplesStream(io.RawIOBase):
    """A readable binary stream of N-Triples made chunk by chunk from lists of statements:
    what Oxigraph's parser reads without the whole text ever being in memory."""

    def __init__(self, chunks: Iterable[list[Statement]]) -> None:
        super().__init__()
        self._chunks = iter(chunks)
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not len(self._buffer):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = memoryview(ntriples(chunk))
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


def ntriples_reader(chunks: Iterable[list[Statement]]) -> io.BufferedReader:
    """:class:`NTriplesStream` behind a 1 MiB buffer: what Oxigraph's ``parse``/``load`` read."""
    return io.BufferedReader(NTriplesStream(chunks), 1 << 20)


def write_void_first(emitter: Emitter, stream: Any, write_body: Callable[[Any], None],
                     write_void: Callable[[Any, list[Statement]], None]) -> None:
    """Write the body to a temporary file beside ``stream`` (its counts are only known at the
    end), then the VoID description and the body to ``stream``: memory stays flat."""
    name = getattr(stream, "name", "")
    folder = os.path.dirname(os.path.abspath(name)) if isinstance(name, str) and name else None
    with tempfile.TemporaryFile(dir=folder) as body:
        write_body(body)
        write_void(stream, emitter.void())
        body.seek(0)
        shutil.copyfileobj(body, stream, 1 << 20)
