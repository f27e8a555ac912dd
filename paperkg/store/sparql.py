"""SPARQL over a paperkg graph: federated queries refused on the parsed query, results as Python values."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from pyparsing import ParseException, ParseResults
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from paperkg.errors import InputError, QueryError
from paperkg.exports import graph_of
from paperkg.exports.turtle import oxigraph_store
from paperkg.ontology import PREFIXES, QUERIES_DIR
from paperkg.store.rdf import _py, load_store
from paperkg.store.sandbox import sandboxed
from paperkg.store.workers import Limits, QueryLimitError, QueryProcess

__all__ = ["GRAPHS", "RESULTS", "answer", "check_query", "query", "query_text", "solve", "wanted_media"]


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
    if isinstance(source, nx.Graph) or hasattr(source, "rank"):  # a networkx graph or a KnowledgeGraph
        return oxigraph_store(graph_of(source))
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
                          datatype=ox.NamedNode(term.datatype) if term.datatype and not term.language
                          else None)
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    return ox.BlankNode(str(term))



def query_text(sparql: str | Path) -> str:
    """The query text: ``sparql`` itself, a ``.rq`` file, or the name of a bundled example query.

    A string is read as a file only when it names an existing file, or when it is one word
    ending in ``.rq`` (then a missing file is an error): a long query is never tried as a path.

    >>> query_text("SELECT * WHERE { ?s ?p ?o }")
    'SELECT * WHERE { ?s ?p ?o }'
    >>> query_text("top_models").lstrip().startswith(("#", "PREFIX", "SELECT"))
    True
    """
    if isinstance(sparql, str):
        if re.fullmatch(r"[a-z0-9_]+", sparql) and (QUERIES_DIR / f"{sparql}.rq").is_file():
            sparql = QUERIES_DIR / f"{sparql}.rq"
        elif not _names_file(sparql) and not re.fullmatch(r"\S+\.rq", sparql):
            return sparql
    path = Path(sparql)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise InputError(path, f"cannot read the query: {reason}") from None


def _names_file(text: str) -> bool:
    if "\n" in text or "\0" in text or len(text) > 4096:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # "File name too long" and the like: not a file
        return False


def _has_service(tree: Any) -> bool:
    if isinstance(tree, CompValue):
        return tree.name == "ServiceGraphPattern" or any(_has_service(v) for v in tree.values())
    if isinstance(tree, ParseResults | list | tuple):
        return any(_has_service(v) for v in tree)
    return False


def check_query(text: str, *, strict: bool = True) -> None:
    """Refuse a federated query: parse ``text`` and look for a ``SERVICE`` pattern in its tree.

    The check reads the parsed query (rdflib's SPARQL parser, with ``\\uXXXX`` escapes expanded
    and a carriage return ending a comment, as in the SPARQL grammar and Oxigraph), never the
    raw text. With ``strict``, a query that rdflib cannot parse is refused too: only a query
    process without network (:mod:`paperkg.store.sandbox`) runs what it could not check.

    Raises
    ------
    QueryError naming SERVICE, or (``strict``) the parse error.

    Examples
    --------
    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_query("SELECT * WHERE { #\\r SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    paperkg.errors.QueryError: federated queries (SERVICE) are disabled
    """
    try:
        tree = parseQuery(text.replace("\r", "\n"))
    except (ParseException, ValueError, TypeError, RecursionError) as error:
        if strict:
            raise QueryError(f"bad SPARQL: {_one_line(error)}") from None
        return
    if _has_service(tree):
        raise QueryError("federated queries (SERVICE) are disabled")


def solve(store: ox.Store, text: str, max_rows: int | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run the query ``text`` on ``store`` once checked: its variables and rows of plain values.

    Raises QueryLimitError past ``max_rows`` rows, QueryError on bad SPARQL or SERVICE.
    """
    check_query(text, strict=not sandboxed())
    try:
        result = store.query(text, prefixes=PREFIXES)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [{"ask": bool(result)}]
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = (dict(zip(names, map(_value, solution), strict=True)) for solution in result)
        else:
            names = ["subject", "predicate", "object"]
            rows = (dict(zip(names, map(_value, (t.subject, t.predicate, t.object)), strict=True))
                    for t in result)
        return names, _at_most(rows, max_rows)
    except QueryError:
        raise
    except SyntaxError as error:
        raise QueryError(f"bad SPARQL: {_one_line(error)}") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError(f"SPARQL query failed: {_network_refused(error)}") from None


def _at_most(rows: Iterator[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    kept = list(itertools.islice(rows, None if limit is None else limit + 1))
    if limit is not None and len(kept) > limit:
        raise QueryLimitError("size",
                              f"the result has more than {limit} rows; add a LIMIT or raise the row limit")
    return kept


def _network_refused(error: BaseException) -> str:
    """The error in one line; a socket the sandbox refused reads as the SERVICE refusal it is."""
    text = _one_line(error)
    if isinstance(error, PermissionError) or "Permission denied" in text:
        return "federated queries (SERVICE) are disabled (the query process has no network)"
    return text


RESULTS = {  # media type -> format, for SELECT and ASK (the first is the default)
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPHS = {  # media type -> format, for CONSTRUCT and DESCRIBE (the first is the default)
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_SHORT = {  # format=... / output=... parameter values
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
    "nt": "application/n-triples", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
    "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml",
}


class _Capped:
    """A binary writer that refuses to hold more than ``cap`` bytes."""

    def __init__(self, cap: int | None) -> None:
        self.cap, self.size, self.parts = cap, 0, []

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.cap is not None and self.size > self.cap:
            raise QueryLimitError("size", f"the result is over {self.cap >> 20} MiB; add a LIMIT")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _accepted(header: str) -> list[str]:
    """Media types of an Accept header, best first (q-values; ties keep their order)."""
    ranked = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    q = float(field[2:])
                except ValueError:
                    q = 0.0
        if fields[0] and q > 0:
            ranked.append((-q, i, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def wanted_media(params: dict[str, list[str]], accept: str) -> list[str]:
    """The media types a request asks for: a ``format``/``output`` parameter, else its Accept header.

    >>> wanted_media({"format": ["csv"]}, "application/json")
    ['text/csv']
    >>> wanted_media({}, "text/csv;q=0.5, application/sparql-results+json")
    ['application/sparql-results+json', 'text/csv']
    """
    for key in ("format", "output"):
        if params.get(key) and params[key][0]:
            value = params[key][0].strip().lower()
            return [_SHORT.get(value, value)]
    return _accepted(accept)


def _negotiate(wanted: list[str], offered: dict[str, Any]) -> str | None:
    """The first offered media type that ``wanted`` accepts (``*/*``, ``type/*`` too), or None."""
    default = next(iter(offered))
    if not wanted:
        return default
    for media in wanted:
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            hit = next((m for m in offered if m.startswith(media[:-1])), None)
            if hit:
                return hit
    return None


def answer(store: ox.Store, text: str, wanted: list[str], max_result: int | None) -> tuple[int, str, bytes]:
    """Run the query ``text`` once checked: ``(status, media type, body)`` in the first format of
    ``wanted`` (media types) that suits its result, at most ``max_result`` bytes of it.

    Raises QueryLimitError past ``max_result``, QueryError on bad SPARQL or SERVICE.
    """
    check_query(text, strict=not sandboxed())
    try:
        result = store.query(text, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError("bad SPARQL: " + " ".join(str(error.msg or error).split())) from None
    except (OSError, ValueError, RuntimeError) as error:
        raise QueryError("SPARQL query failed: " + _network_refused(error)) from None
    offered = GRAPHS if isinstance(result, ox.QueryTriples) else RESULTS
    media = _negotiate(wanted, offered)
    if media is None:
        return HTTPStatus.NOT_ACCEPTABLE, "text/plain; charset=utf-8", \
            ("acceptable media types: " + ", ".join(offered) + "\n").encode()
    out = _Capped(max_result)
    try:
        result.serialize(out, format=offered[media])
    except QueryLimitError:
        raise
    except (OSError, ValueError, RuntimeError) as error:
        if isinstance(error.__context__, QueryLimitError):
            raise error.__context__ from None
        raise QueryError("SPARQL query failed: " + _network_refused(error)) from None
    return HTTPStatus.OK, media + ("; charset=utf-8" if media.startswith("text/") else ""), out.getvalue()


def query(source: Any, sparql: str | Path, *, timeout: float | None = None, max_rows: int | None = None,
          memory: int | None = None, isolate: bool | None = None,
          opener: Callable[[Any], ox.Store] = load_store) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a SPARQL query on a graph; return its variables and rows of plain Python values.

    Parameters
    ----------
    source : an export file (Turtle, N-Triples, JSON-LD), an rdflib Graph, a KnowledgeGraph or a
        pyoxigraph Store.
    sparql : the query text, a ``.rq`` file, or the name of an example query (``top_models``).
        The export prefixes (``pkg:``, ``rdfs:``, ``skos:``, ...) are predeclared.
    timeout, memory : stop the query after ``timeout`` seconds, or once it takes ``memory`` more
        bytes of RSS than the open store.
    max_rows : at most this many rows; more raise QueryLimitError.
    isolate : run the query in a worker process with no network, killed at a limit (default:
        when a limit is set); ``source`` is then a path, which ``opener`` opens in that process
        (default: the RDF file loaded into memory).

    Returns
    -------
    ``(variables, rows)``: for SELECT, each row maps every variable to an int, float, bool or
    str (IRIs as str; None when unbound); ASK gives ``(["ask"], [{"ask": bool}])``; CONSTRUCT
    and DESCRIBE give ``subject``, ``predicate``, ``object`` rows.

    Raises
    ------
    QueryError on bad SPARQL or a federated query (one line); QueryLimitError at a limit;
    InputError when the file cannot be read.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("technique/lora", kind="technique", label="LoRA")
    >>> query(G, "SELECT ?label WHERE { ?t a pkg:Technique ; rdfs:label ?label }")
    (['label'], [{'label': 'LoRA'}])
    >>> query(G, "ASK { ?t a pkg:Model }")
    (['ask'], [{'ask': False}])
    """
    text = query_text(sparql)
    if not (isolate or (isolate is None and (timeout or memory))):
        return solve(_query_store(source), text, max_rows)
    if not isinstance(source, str | Path):
        raise QueryError("a query with limits runs in a process of its own: pass the graph's path")
    check_query(text, strict=False)  # refused before any process starts; the process checks again
    process = QueryProcess(opener, source, memory=memory)
    try:
        return process.run(solve, (text, max_rows), limits=Limits(timeout, memory))
    finally:
        process.close()


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "msg", None) or error)
    return " ".join(text.split())
