"""The RDF export (Turtle) under the paperkg ontology, its lossless reader, and SPARQL over it.

The statements come from :mod:`paperkg.exports.statements` (the mapping, documented in
``paperkg/ontology/README.md``, in canonical order: the same graph always gives the same
bytes). The mapping is lossless: ``read_turtle`` of what ``write_turtle`` wrote gives back the
same nodes, edges and attributes. Oxigraph (pyoxigraph, behind rdflib through oxrdflib)
serialises, stores and queries them, fed a stream of N-Triples so that the export is never
held in memory whole. N-Triples and JSON-LD writers are in :mod:`paperkg.exports.rdf_formats`.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from paperkg.errors import ExportError, InputError, QueryError
from paperkg.exports import exporter
from paperkg.exports.statements import (
    _CLASS_KIND,
    _CLASS_LANGUAGE,
    _EXTRACTOR_IRI,
    _FLOAT_TYPES,
    _INTEGER_TYPES,
    _IRI_ROLE,
    _WD,
    ALT_LABEL,
    ANCHOR,
    ARXIV_ID,
    AUTHOR_LIST,
    BEGIN,
    BROADER,
    CREATOR,
    DOI,
    END,
    ISO639_3,
    LABEL,
    MEMBER,
    SAME_AS,
    A,
    Emitter,
    Statement,
    dct,
    ntriples,
    ntriples_reader,
    pkg,
    prov,
    rdf,
    triples,
    write_void_first,
    xsd,
)
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ontology import BASE_IRI, ONTOLOGY_IRI, PREFIXES, QUERIES_DIR, link_iri, node_id

__all__ = [
    "load_store",
    "ntriples",
    "query",
    "read_turtle",
    "to_rdf",
    "triples",
    "write_turtle",
]

_HEADER = (
    "# paperkg knowledge graph: papers linked to the models, datasets, techniques and languages\n"
    f"# they mention. Ontology: {ONTOLOGY_IRI} (paperkg/ontology/paperkg.ttl);\n"
    "# SHACL shapes: paperkg/ontology/shapes.ttl.\n"
)


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


def _rdflib_triples(statements: Iterable[Statement]) -> Iterator[tuple[URIRef, URIRef, URIRef | Literal]]:
    for s, p, o in statements:
        yield URIRef(s), URIRef(p), URIRef(o) if type(o) is str else Literal(o[0], datatype=URIRef(o[1]))


def _store(kg: KnowledgeGraph | nx.DiGraph) -> ox.Store:
    """An in-memory Oxigraph store of the export, loaded from a stream (no full text in memory)."""
    emitter = Emitter(kg)
    store = ox.Store()
    store.load(ntriples_reader(emitter.body()), format=ox.RdfFormat.N_TRIPLES)
    store.load(ntriples(emitter.void()), format=ox.RdfFormat.N_TRIPLES)
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
    if store == "oxigraph":
        graph = Graph(store=OxigraphStore(store=_store(kg)), identifier=DATASET_DEFAULT_GRAPH_ID,
                      bind_namespaces="none")
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
        emitter = Emitter(kg)

        def body(out: Any) -> None:
            _turtle(ntriples_reader(emitter.body()), out)

        def void(out: Any, statements: list[Statement]) -> None:
            out.write(_HEADER.encode("utf-8"))
            out.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items()).encode("utf-8"))
            _turtle(ntriples(statements), out)

        write_void_first(emitter, stream, body, void)

    return _write(Path(path), write)


def _turtle(ntriples_input: Any, out: Any) -> None:
    """Serialise N-Triples (bytes or a binary stream) as Turtle into ``out``, without ``@prefix`` lines."""
    sink = _PrefixesDropped(out)
    ox.serialize(ox.parse(ntriples_input, format=ox.RdfFormat.N_TRIPLES), sink, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
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
        return _store(source)
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
