"""Read a paperkg RDF export (Turtle, N-Triples or JSON-LD) back into a networkx graph.

The inverse of :mod:`paperkg.exports.turtle` (the mapping is in
:mod:`paperkg.exports.statements` and ``paperkg/ontology/README.md``): nodes, edges and every
attribute come back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from paperkg.errors import InputError
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
    dct,
    pkg,
    prov,
    rdf,
    xsd,
)
from paperkg.ontology import BASE_IRI, link_iri, node_id

__all__ = ["load_store", "rdf_format", "read_rdf"]


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



def rdf_format(path: Path) -> ox.RdfFormat:
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
    fmt = rdf_format(path)
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
        for triple in ox.parse(path=path, format=rdf_format(path)):
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


def read_rdf(path: str | Path) -> nx.DiGraph:
    """Read a paperkg export (Turtle, N-Triples or JSON-LD) back into its networkx graph.

    The inverse of :func:`paperkg.exports.turtle.write_turtle`: nodes, edges and every
    attribute come back (lists in their order, None as None). Raises InputError when the file
    cannot be read or holds no paperkg graph.
    """
    path = Path(path)
    subjects = _group(path)
    if not any(s.startswith(BASE_IRI) for s in subjects):
        raise InputError(path, f"no paperkg data in this file (no subject under {BASE_IRI})")
    return _Reader(path, subjects).graph()


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
                raise self.fail(link_iri(paper, entity),
                                "link to a paper or entity that the file does not describe")
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
            **({"generic": True} if p.value(pkg.generic) else {}),
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


