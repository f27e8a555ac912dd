"""SPARQL over a paperkg graph: queries run by Oxigraph, results as plain Python values."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Graph, Literal, URIRef

from paperkg.errors import InputError, QueryError
from paperkg.exports import graph_of
from paperkg.exports.turtle import oxigraph_store
from paperkg.ontology import PREFIXES, QUERIES_DIR
from paperkg.store.rdf import _py, load_store

__all__ = ["query"]


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
