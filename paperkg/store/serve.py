"""A local, read-only SPARQL 1.1 endpoint over a paperkg export (stdlib HTTP server + Oxigraph).

Standard clients (SPARQLWrapper, YASGUI, curl) can query it: ``GET /sparql?query=...``, ``POST``
of a form (``query=...``) or of ``application/sparql-query``; results as SPARQL JSON, XML, CSV or
TSV (and Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE) by content negotiation
(``Accept``, or a ``format``/``output`` parameter); CORS headers so that a browser page such as
YASGUI can call it. Updates and federated queries (``SERVICE``) are refused.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from paperkg.store.rdf import load_store
from paperkg.ontology import PREFIXES

__all__ = ["SparqlServer", "make_server", "serve"]

log = logging.getLogger(__name__)

#: Largest request body accepted (a query, not data).
MAX_BODY = 1 << 20
_PATHS = ("/sparql", "/")

_RESULTS = {  # media type -> format, for SELECT and ASK
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {  # media type -> format, for CONSTRUCT and DESCRIBE
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
_CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, Authorization",
    "Access-Control-Max-Age": "86400",
}
# Strings, IRIs and comments, removed before looking for a SERVICE clause.
_NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*')


class _Refused(Exception):
    """A request we answer with an HTTP error: ``status`` and a one-line ``message``."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: ``store`` holds the graph; ``endpoint`` is the URL to query."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: ox.Store, *, source: str = "") -> None:
        self.store, self.source = store, source
        super().__init__(address, _Handler)

    @property
    def endpoint(self) -> str:
        """The endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in str(host) else host
        return f"http://{host}:{port}/sparql"


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


def _negotiate(wanted: list[str], offered: dict[str, Any], default: str) -> str | None:
    """The first offered media type that ``wanted`` accepts (``*/*``, ``type/*`` too), or None."""
    if not wanted:
        return default
    for media in wanted:
        if media in offered:
            return media
        if media == "*/*":
            return default
        if media.endswith("/*"):
            prefix = media[:-1]
            hit = next((m for m in offered if m.startswith(prefix)), None)
            if hit:
                return hit
    return None


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "paperkg-sparql"
    protocol_version = "HTTP/1.1"

    # -- plumbing ---------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        headers = {**_CORS, "Content-Type": content_type, "Content-Length": str(len(body)), "Vary": "Accept",
                   **(extra or {})}
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, refused: _Refused) -> None:
        self.close_connection = True  # a request body may be left unread
        self._send(refused.status, (refused.message + "\n").encode("utf-8"), "text/plain; charset=utf-8",
                   {"Connection": "close"})

    def _params(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.path).query, keep_blank_values=True)

    def _route(self) -> bool:
        if urlsplit(self.path).path.rstrip("/") + "/" not in {p.rstrip("/") + "/" for p in _PATHS}:
            self._error(_Refused(HTTPStatus.NOT_FOUND, f"no such resource; the SPARQL endpoint is {self.server.endpoint}"))
            return False
        return True

    # -- methods ----------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:
        self._send(HTTPStatus.NO_CONTENT, b"", "text/plain", {"Allow": "GET, POST, OPTIONS"})

    def do_GET(self) -> None:
        if not self._route():
            return
        params = self._params()
        try:
            if "query" not in params:
                self._describe()
                return
            self._answer(params["query"][0], params)
        except _Refused as refused:
            self._error(refused)

    def do_POST(self) -> None:
        if not self._route():
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = self._params()
            if content_type == "application/x-www-form-urlencoded":
                params = {**params, **parse_qs(body, keep_blank_values=True)}
                if "update" in params:
                    raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted")
                if "query" not in params:
                    raise _Refused(HTTPStatus.BAD_REQUEST, "missing the 'query' parameter")
                text = params["query"][0]
            elif content_type == "application/sparql-query":
                text = body
            elif content_type == "application/sparql-update":
                raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted")
            else:
                raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               "send application/x-www-form-urlencoded or application/sparql-query")
            self._answer(text, params)
        except _Refused as refused:
            self._error(refused)

    # -- answers ----------------------------------------------------------------------------
    def _wanted(self, params: dict[str, list[str]]) -> list[str]:
        for key in ("format", "output"):
            if params.get(key) and params[key][0]:
                value = params[key][0].strip().lower()
                return [_SHORT.get(value, value)]
        return _accepted(self.headers.get("Accept") or "")

    def _answer(self, text: str, params: dict[str, list[str]]) -> None:
        if any(params.get(key, [""])[0] for key in ("default-graph-uri", "named-graph-uri")):
            raise _Refused(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported: "
                                                   "the endpoint has one default graph")
        if re.search(r"\bSERVICE\b", _NOT_CODE.sub(" ", text), re.IGNORECASE):
            raise _Refused(HTTPStatus.BAD_REQUEST, "federated queries (SERVICE) are disabled on this endpoint")
        try:
            result = self.server.store.query(text, prefixes=PREFIXES)
        except SyntaxError as error:
            raise _Refused(HTTPStatus.BAD_REQUEST, "bad SPARQL: " + " ".join(str(error.msg or error).split())) from None
        wanted = self._wanted(params)
        graph = isinstance(result, ox.QueryTriples)
        offered: dict[str, Any] = _GRAPHS if graph else _RESULTS
        media = _negotiate(wanted, offered, "text/turtle" if graph else "application/sparql-results+json")
        if media is None:
            raise _Refused(HTTPStatus.NOT_ACCEPTABLE, "acceptable media types: " + ", ".join(offered))
        try:
            body = result.serialize(format=offered[media])
        except (OSError, ValueError, RuntimeError) as error:
            raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR, "query failed: " + " ".join(str(error).split())) from None
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(HTTPStatus.OK, body, media + charset)

    def _describe(self) -> None:
        """A SPARQL service description (Turtle) when GET carries no query."""
        endpoint = self.server.endpoint
        count = len(self.server.store)
        body = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{endpoint}> a sd:Service ;
    rdfs:label "paperkg SPARQL endpoint" ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ,
        <http://www.w3.org/ns/formats/SPARQL_Results_XML> , <http://www.w3.org/ns/formats/SPARQL_Results_CSV> ,
        <http://www.w3.org/ns/formats/SPARQL_Results_TSV> , <http://www.w3.org/ns/formats/Turtle> ;
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ; void:triples {count} ] ] .
"""
        self._send(HTTPStatus.OK, body.encode("utf-8"), "text/turtle; charset=utf-8")


def make_server(path: str | Path, host: str = "127.0.0.1", port: int = 0) -> SparqlServer:
    """A SPARQL endpoint over the export at ``path``, bound to ``host:port`` (0: a free port).

    The graph is loaded once into an in-memory Oxigraph store. Call ``serve_forever()`` to
    answer requests, ``shutdown()`` from another thread to stop, then ``server_close()``.
    Raises InputError when the file cannot be read, OSError when the address is taken.

    >>> import json, tempfile, threading, urllib.parse, urllib.request
    >>> from paperkg import KnowledgeGraph
    >>> G = nx.DiGraph(); G.add_node("technique/lora", kind="technique", label="LoRA")
    >>> tmp = tempfile.TemporaryDirectory()
    >>> server = make_server(KnowledgeGraph(G).write(Path(tmp.name) / "graph.ttl"))
    >>> thread = threading.Thread(target=server.serve_forever, daemon=True); thread.start()
    >>> url = server.endpoint + "?query=" + urllib.parse.quote("SELECT ?l WHERE { ?t a pkg:Technique ; rdfs:label ?l }")
    >>> with urllib.request.urlopen(url) as response:
    ...     json.load(response)["results"]["bindings"][0]["l"]["value"]
    'LoRA'
    >>> server.shutdown(); server.server_close(); tmp.cleanup()
    """
    store = load_store(path)
    return SparqlServer((host, port), store, source=str(path))


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
          on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the export at ``path`` until interrupted (Ctrl-C); ``on_ready`` gets the endpoint URL.

    Bound to the loopback interface by default: pass ``host="0.0.0.0"`` only on a trusted network.
    """
    server = make_server(path, host, port)
    try:
        if on_ready is not None:
            on_ready(server.endpoint)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
