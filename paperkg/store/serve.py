"""A local, read-only SPARQL 1.1 endpoint over a paperkg graph (waitress + Oxigraph query processes).

Standard clients (SPARQLWrapper, YASGUI, curl) can query it: ``GET /sparql?query=...``, ``POST``
of a form (``query=...``) or of ``application/sparql-query``; results as SPARQL JSON, XML, CSV or
TSV (and Turtle, N-Triples, JSON-LD or RDF/XML for CONSTRUCT/DESCRIBE) by content negotiation
(``Accept``, or a ``format``/``output`` parameter).

What it guarantees: it binds the loopback interface unless told otherwise, and then answers only
requests whose ``Host`` names that interface (no DNS rebinding); no CORS unless ``cors`` names an
origin, and requests from any other browser origin are refused; updates and federated queries
(``SERVICE``) are refused, and queries run in worker processes that have no network at all
(:mod:`paperkg.store.sandbox`), each stopped at its time limit, its memory limit, its result-size
limit or when its client leaves. Request bodies are bounded (``Content-Length`` checked, chunked
bodies capped), idle connections are closed, and a fixed pool of threads and query processes
answers: idle or slow clients cost no thread (waitress buffers each request before it runs).
"""

from __future__ import annotations

import ipaddress
import logging
import resource
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox
import waitress
from waitress import wasyncore

from paperkg.errors import PaperkgError, QueryError
from paperkg.store.rdf import load_store
from paperkg.store.sparql import answer, wanted_media
from paperkg.store.workers import Limits, QueryLimitError, QueryPool

__all__ = ["ServerOptions", "SparqlServer", "make_server", "serve"]

log = logging.getLogger(__name__)

#: Largest request body accepted (a query, not data).
MAX_BODY = 1 << 20
_PATHS = ("/sparql", "/")
_LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "127.0.0.1", "::1")


@dataclass(frozen=True, slots=True)
class ServerOptions:
    """The endpoint's limits; ``None`` turns a limit off.

    timeout : seconds per query, waiting for a free query process included.
    memory : bytes of resident memory a query may add to its process (over the open store).
    max_result : bytes of one serialized result.
    workers : query processes (queries run at once); threads : HTTP threads.
    idle_timeout : seconds before an idle connection is closed.
    max_body : bytes of a request body; connections : open connections at most.
    cors : the browser origin allowed to read answers (``*`` for any); None: no CORS.
    """

    timeout: float | None = 30.0
    memory: int | None = 384 << 20
    max_result: int | None = 64 << 20
    workers: int = 2
    threads: int = 8
    idle_timeout: float = 15.0
    max_body: int = MAX_BODY
    connections: int = 1000
    cors: str | None = None


class _Refused(Exception):
    """A request we answer with an HTTP error: ``status`` and a one-line ``message``."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _triples(store: ox.Store) -> int:
    return len(store)


class SparqlServer:
    """The endpoint over ``pool``, bound to ``host:port`` (0: a free port); ``endpoint`` is its URL.

    ``serve_forever()`` answers until ``shutdown()`` (from another thread); ``server_close()``
    then stops the query processes.
    """

    def __init__(self, pool: QueryPool, host: str = "127.0.0.1", port: int = 0, *,
                 options: ServerOptions = ServerOptions()) -> None:
        self.pool, self.options = pool, options
        host = "127.0.0.1" if host.lower() == "localhost" else host  # one socket: 127.0.0.1 (not ::1 too)
        sockets: dict[int, Any] = {}  # waitress's socket map: closed here when the port cannot be bound
        try:
            self._server = waitress.create_server(
                _App(self), map=sockets, host=host, port=port, threads=options.threads,
                ident="paperkg-sparql", max_request_body_size=options.max_body,
                max_request_header_size=64 << 10, channel_timeout=options.idle_timeout,
                cleanup_interval=max(1, int(options.idle_timeout / 3)),
                connection_limit=_connection_limit(options.connections), asyncore_use_poll=True,
                channel_request_lookahead=1, expose_tracebacks=False)
        except BaseException:
            wasyncore.close_all(sockets)
            raise
        self.server_address: tuple[str, int] = (str(self._server.effective_host),
                                                int(self._server.effective_port))
        self.loopback = _is_loopback(self.server_address[0])
        self._triples: int | None = None
        self._running = threading.Event()

    @property
    def endpoint(self) -> str:
        """The endpoint URL, e.g. ``http://127.0.0.1:7878/sparql``."""
        host, port = self.server_address
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/sparql"

    def serve_forever(self) -> None:
        """Answer requests until :meth:`shutdown`."""
        self._running.set()
        try:
            self._server.run()
        finally:
            self._server.task_dispatcher.shutdown()
            self._running.clear()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` (from another thread)."""
        if self._running.is_set():
            self._server.trigger.pull_trigger(lambda: wasyncore.close_all(self._server._map))

    def server_close(self) -> None:
        """Close the listening socket and stop the query processes."""
        wasyncore.close_all(self._server._map)
        self.pool.close()

    def triples(self) -> int:
        """How many triples the graph holds (asked once)."""
        if self._triples is None:
            self._triples = self.pool.run(_triples)
        return self._triples


def _connection_limit(wanted: int) -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return max(16, min(wanted, (soft - 64) if soft != resource.RLIM_INFINITY else wanted))


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def _host_name(header: str) -> tuple[str, str]:
    """``(name, port)`` of a Host header: ``example.org:80``, ``[::1]:7878``."""
    header = header.strip().lower()
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        return name, rest.removeprefix(":")
    name, _, port = header.partition(":")
    return name.rstrip("."), port


class _App:
    """The WSGI application: checks, routing, refusals; queries go to the pool."""

    def __init__(self, server: SparqlServer) -> None:
        self.server = server

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        headers: dict[str, str] = {}
        try:
            self._check_host(environ)
            headers = self._cors(environ)
            status, media, body = self._route(environ)
        except _Refused as refused:
            status, media = refused.status, "text/plain; charset=utf-8"
            body = (refused.message + "\n").encode()
        headers = {"Content-Type": media, "Content-Length": str(len(body)), "Vary": "Accept, Origin",
                   "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", **headers}
        if status == HTTPStatus.NO_CONTENT:
            del headers["Content-Type"], headers["Content-Length"]
        start_response(f"{int(status)} {HTTPStatus(status).phrase}", list(headers.items()))
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else body]

    # -- who may ask ------------------------------------------------------------------------
    def _check_host(self, environ: dict[str, Any]) -> None:
        """On loopback, the Host must name it: a page whose DNS name points at 127.0.0.1 cannot ask."""
        host = environ.get("HTTP_HOST")
        if not self.server.loopback or host is None:
            return
        name, port = _host_name(host)
        bound_host, bound_port = self.server.server_address
        if name not in (*_LOOPBACK_NAMES, bound_host.lower()) or (port and port != str(bound_port)):
            raise _Refused(HTTPStatus.FORBIDDEN, f"Host {host!r} is not this endpoint's address "
                                                 f"({bound_host}:{bound_port}); requests are refused")

    def _cors(self, environ: dict[str, Any]) -> dict[str, str]:
        """CORS headers for an allowed Origin; another browser origin is refused."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is None:
            return {}
        allowed = self.server.options.cors
        bound_host, port = self.server.server_address
        own = {f"http://{name}:{port}" for name in (*_LOOPBACK_NAMES[:3], "[::1]", bound_host)}
        if origin.lower() in own:
            return {}
        if allowed is None or (allowed != "*" and origin != allowed):
            raise _Refused(HTTPStatus.FORBIDDEN, f"requests from the web page origin {origin!r} are refused "
                                                 "(start the server with --cors ORIGIN to allow one)")
        return {"Access-Control-Allow-Origin": "*" if allowed == "*" else origin,
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Accept, Content-Type",
                "Access-Control-Max-Age": "600"}

    # -- what it asks -----------------------------------------------------------------------
    def _route(self, environ: dict[str, Any]) -> tuple[int, str, bytes]:
        path = environ.get("PATH_INFO") or "/"
        if path.rstrip("/") + "/" not in {p.rstrip("/") + "/" for p in _PATHS}:
            raise _Refused(HTTPStatus.NOT_FOUND,
                           f"no such resource; the SPARQL endpoint is {self.server.endpoint}")
        method = environ["REQUEST_METHOD"]
        params = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if method == "OPTIONS":
            return HTTPStatus.NO_CONTENT, "text/plain", b""
        if method in ("GET", "HEAD"):
            if "query" not in params:
                return self._describe()
            return self._query(params["query"][0], params, environ)
        if method == "POST":
            return self._query(self._posted(environ, params), params, environ)
        raise _Refused(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST")

    def _posted(self, environ: dict[str, Any], params: dict[str, list[str]]) -> str:
        body = environ["wsgi.input"].read(self.server.options.max_body + 1)  # waitress checked the length
        text = body.decode("utf-8", errors="replace")
        content_type = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            params.update(parse_qs(text, keep_blank_values=True))
            if "update" in params:
                raise _Refused(HTTPStatus.FORBIDDEN,
                               "this endpoint is read-only: SPARQL Update is not accepted")
            if "query" not in params:
                raise _Refused(HTTPStatus.BAD_REQUEST, "missing the 'query' parameter")
            return params["query"][0]
        if content_type == "application/sparql-query":
            return text
        if content_type == "application/sparql-update":
            raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted")
        raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                       "send application/x-www-form-urlencoded or application/sparql-query")

    def _query(self, text: str, params: dict[str, list[str]],
               environ: dict[str, Any]) -> tuple[int, str, bytes]:
        if any(params.get(key, [""])[0] for key in ("default-graph-uri", "named-graph-uri")):
            raise _Refused(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported: "
                                                   "the endpoint has one default graph")
        wanted = wanted_media(params, environ.get("HTTP_ACCEPT") or "")
        try:
            return self.server.pool.run(answer, text, wanted, self.server.options.max_result,
                                        gone=environ.get("waitress.client_disconnected"))
        except QueryLimitError as error:
            log.info("query stopped (%s): %s", error.limit, error)
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, str(error)) from None
        except QueryError as error:
            raise _Refused(HTTPStatus.BAD_REQUEST, str(error)) from None
        except (PaperkgError, OSError) as error:  # the graph went missing, a worker could not start
            log.error("query failed: %s", error)
            raise _Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"the query could not run: {error}") from None

    def _describe(self) -> tuple[int, str, bytes]:
        """A SPARQL service description (Turtle) when GET carries no query."""
        endpoint = self.server.endpoint
        try:
            count = f" ; void:triples {self.server.triples()}"
        except PaperkgError:
            count = ""
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
    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph{count} ] ] .
"""  # noqa: E501 (the served Turtle's own lines)
        return HTTPStatus.OK, "text/turtle; charset=utf-8", body.encode("utf-8")


def make_server(path: str | Path, host: str = "127.0.0.1", port: int = 0, *,
                options: ServerOptions = ServerOptions(),
                opener: Callable[[Any], ox.Store] = load_store) -> SparqlServer:
    """A SPARQL endpoint over the graph at ``path``, bound to ``host:port`` (0: a free port).

    ``opener(path)`` opens the graph's store in each query process (default: the RDF file loaded
    into memory). Call ``serve_forever()`` to answer requests, ``shutdown()`` from another thread
    to stop, then ``server_close()``. Raises InputError when the graph cannot be read, OSError
    when the address is taken.

    >>> import json, tempfile, urllib.parse, urllib.request
    >>> import networkx as nx
    >>> from paperkg import KnowledgeGraph
    >>> G = nx.DiGraph(); G.add_node("technique/lora", kind="technique", label="LoRA")
    >>> tmp = tempfile.TemporaryDirectory()
    >>> server = make_server(KnowledgeGraph(G).write(Path(tmp.name) / "graph.ttl"))
    >>> thread = threading.Thread(target=server.serve_forever, daemon=True); thread.start()
    >>> query = "SELECT ?l WHERE { ?t a pkg:Technique ; rdfs:label ?l }"
    >>> url = server.endpoint + "?query=" + urllib.parse.quote(query)
    >>> with urllib.request.urlopen(url) as response:
    ...     json.load(response)["results"]["bindings"][0]["l"]["value"]
    'LoRA'
    >>> server.shutdown(); thread.join(); server.server_close(); tmp.cleanup()
    """
    pool = QueryPool(opener, path, size=options.workers, limits=Limits(options.timeout, options.memory))
    try:
        return SparqlServer(pool, host, port, options=options)
    except BaseException:
        pool.close()
        raise


def serve(path: str | Path, host: str = "127.0.0.1", port: int = 7878, *,
          options: ServerOptions = ServerOptions(), on_ready: Callable[[str], None] | None = None,
          opener: Callable[[Any], ox.Store] = load_store) -> None:
    """Serve the graph at ``path`` until interrupted (Ctrl-C); ``on_ready`` gets the endpoint URL.

    Bound to the loopback interface by default: pass ``host="0.0.0.0"`` only on a trusted network.
    """
    server = make_server(path, host, port, options=options, opener=opener)
    try:
        if on_ready is not None:
            on_ready(server.endpoint)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

