"""The SPARQL endpoint answers standard HTTP clients, and holds up against hostile ones (issue 14)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from paperkg import KnowledgeGraph
from paperkg.errors import InputError
from paperkg.store.rdf import load_store
from paperkg.store.sandbox import tree_usage
from paperkg.store.serve import ServerOptions, SparqlServer, make_server
from paperkg.store.sparql import answer
from paperkg.store.workers import PROCESS_NAME, QueryLimitError

COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"
YASGUI = "https://yasgui.triply.cc"
OPTIONS = ServerOptions(timeout=2, idle_timeout=2)


def _running(path: Path, options: ServerOptions) -> Iterator[SparqlServer]:
    server = make_server(path, port=0, options=options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


@pytest.fixture(scope="module")
def server(sample_ttl: Path) -> Iterator[SparqlServer]:
    """The endpoint with a 2 s time limit and a 2 s idle timeout."""
    yield from _running(sample_ttl, OPTIONS)


@pytest.fixture(scope="module")
def cors_server(sample_ttl: Path) -> Iterator[SparqlServer]:
    """The endpoint with CORS for YASGUI's origin."""
    yield from _running(sample_ttl, ServerOptions(timeout=2, workers=1, cors=YASGUI))


def _request(server: SparqlServer, *, method: str = "GET", params: dict[str, str] | None = None,
             body: bytes | None = None, headers: dict[str, str] | None = None,
             path: str = "/sparql") -> tuple[int, dict[str, str], bytes]:
    host, port = server.server_address[:2]
    url = f"http://{host}:{port}{path}"
    if params:
        url += "?" + urllib.parse.urlencode(params)
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def _count(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_serve_binds_loopback_by_default(server: SparqlServer) -> None:
    assert server.server_address[0] == "127.0.0.1"
    assert server.endpoint.startswith("http://127.0.0.1:")


def test_serve_get_query_json(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(server, params={"query": COUNT},
                                     headers={"Accept": "application/sparql-results+json"})
    assert status == 200
    assert headers["Content-Type"].startswith("application/sparql-results+json")
    assert _count(body) == sample_kg.num_papers


def test_serve_post_form(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, _, body = _request(server, method="POST", body=urllib.parse.urlencode({"query": COUNT}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and _count(body) == sample_kg.num_papers


def test_serve_post_sparql_query(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, _, body = _request(server, method="POST", body=COUNT.encode(),
                               headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    assert status == 200 and _count(body) == sample_kg.num_papers


def test_serve_sparqlwrapper_style_request(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    """SPARQLWrapper sends format/output parameters and a list of JSON media types."""
    status, _, body = _request(
        server, params={"query": COUNT, "format": "json", "output": "json"},
        headers={"Accept": "application/sparql-results+json,application/json,"
                           "text/javascript,application/javascript"},
    )
    assert status == 200 and _count(body) == sample_kg.num_papers


def test_serve_csv(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(server, params={"query": COUNT}, headers={"Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows == [["n"], [str(sample_kg.num_papers)]]


def test_serve_xml(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(server, params={"query": COUNT},
                                     headers={
                                         "Accept": "application/sparql-results+xml;q=0.9, text/csv;q=0.1"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    literal = ET.fromstring(body).find("s:results/s:result/s:binding/s:literal", ns)
    assert literal is not None and int(literal.text or "") == sample_kg.num_papers


def test_serve_ask_and_construct(server: SparqlServer) -> None:
    status, _, body = _request(server, params={"query": "ASK { ?p a pkg:Paper }"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, headers, body = _request(
        server, params={"query": "CONSTRUCT { ?p a pkg:Paper } WHERE { ?p a pkg:Paper } LIMIT 3"},
        headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(Graph().parse(data=body.decode("utf-8"), format="turtle")) == 3


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        ({"params": {"query": "SELEC ?x WHERE {}"}}, 400, "bad SPARQL"),
        ({"params": {"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}}, 400,
         "SERVICE"),
        ({"method": "POST", "body": b"update=CLEAR+ALL",
          "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 403, "read-only"),
        ({"method": "POST", "body": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
         403, "read-only"),
        ({"method": "POST", "body": b"{}", "headers": {"Content-Type": "application/json"}}, 415,
         "sparql-query"),
        ({"params": {"query": COUNT}, "headers": {"Accept": "image/png"}}, 406,
         "application/sparql-results+json"),
        ({"params": {"query": COUNT}, "path": "/elsewhere"}, 404, "/sparql"),
        ({"params": {"query": COUNT}, "method": "DELETE"}, 405, "GET or POST"),
    ],
    ids=["bad-sparql", "service", "update-form", "update-body", "content-type", "not-acceptable", "not-found",
         "method"],
)
def test_serve_refusals(server: SparqlServer, request_kwargs: dict, status: int, message: str) -> None:
    got, headers, body = _request(server, **request_kwargs)
    assert got == status
    assert message in body.decode("utf-8")
    assert "Access-Control-Allow-Origin" not in headers


def test_serve_service_word_in_a_string_is_not_a_service_clause(server: SparqlServer) -> None:
    query = 'SELECT ?p WHERE { ?p dcterms:title ?t FILTER (CONTAINS(?t, "SERVICE { x }")) } LIMIT 1'
    status, _, _ = _request(server, params={"query": query})
    assert status == 200


def test_serve_head_sends_headers_only(server: SparqlServer) -> None:
    answer_ = _raw(server, _get(COUNT).replace(b"GET ", b"HEAD ", 1))
    head, _, body = answer_.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and b"Content-Length: " in head and body == b""


def test_serve_get_without_query_describes_the_service(server: SparqlServer) -> None:
    status, headers, body = _request(server)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert server.endpoint in body.decode("utf-8")


def test_serve_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        make_server(tmp_path / "missing.ttl")
    assert info.value.path == str(tmp_path / "missing.ttl")


# -- issue 14: a hostile client or page -------------------------------------------------------------

def _raw(server: SparqlServer, data: bytes, *, wait: float = 5) -> bytes:
    """Send bytes as they are; the answer up to the server's close (``<timeout>`` if it never does)."""
    chunks = []
    with socket.create_connection(server.server_address, timeout=wait) as sock:
        sock.sendall(data)
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            chunks.append(b"<timeout>")
    return b"".join(chunks)


def _get(query: str, host: str = "127.0.0.1") -> bytes:
    return (f"GET /sparql?query={urllib.parse.quote(query)} HTTP/1.1\r\nHost: {host}\r\n"
            "Connection: close\r\n\r\n").encode()


@pytest.mark.issue(14)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_serve_federated_query_makes_no_request(server: SparqlServer, listener, service_query: str,
                                                method: str) -> None:
    """S1: a \\r ended the comment for Oxigraph but not for the regex guard: the endpoint POSTed out."""
    if method == "GET":
        status, _, body = _request(server, params={"query": service_query})
    else:
        status, _, body = _request(server, method="POST", body=service_query.encode(),
                                   headers={"Content-Type": "application/sparql-query"})
    time.sleep(0.2)
    assert listener.hits == []
    assert status == 400 and b"SERVICE" in body


@pytest.mark.issue(14)
@pytest.mark.parametrize(("length", "status"), [(b"-1", b"400"), (b"abc", b"400"), (b"+5", b"400"),
                                                (str(2 << 20).encode(), b"413")])
def test_serve_checks_content_length(server: SparqlServer, length: bytes, status: bytes) -> None:
    """S5: Content-Length -1 read until the client closed; abc gave a traceback."""
    started = time.monotonic()
    answer_ = _raw(server, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           b"Content-Type: application/sparql-query\r\n"
                           b"Content-Length: " + length + b"\r\n\r\n" + COUNT.encode())
    assert answer_.startswith(b"HTTP/1.1 " + status), answer_[:200]
    assert time.monotonic() - started < 3


@pytest.mark.issue(14)
def test_serve_caps_chunked_bodies(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    """S5: a chunked body is capped as a sized one is (1 MiB): the server stops reading it."""
    query = COUNT.encode()
    small = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (query[:9], query[9:])) + b"0\r\n\r\n"
    head = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
            b"Transfer-Encoding: chunked\r\n")
    answer_ = _raw(server, head + b"Connection: close\r\n\r\n" + small)
    assert answer_.startswith(b"HTTP/1.1 200")
    assert _count(answer_.split(b"\r\n\r\n", 1)[1]) == sample_kg.num_papers
    chunk = b"x" * 65536
    sent = 0
    with socket.create_connection(server.server_address, timeout=5) as sock:
        try:
            sock.sendall(head + b"\r\n")
            while sent < 64 << 20:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
            reply = sock.recv(200)
        except OSError:  # reset: the server closed the connection on us
            reply = b""
    assert sent < 16 << 20, "the server kept reading a chunked body past its limit"
    assert reply == b"" or reply.startswith(b"HTTP/1.1 413")


@pytest.mark.issue(14)
def test_serve_answers_beside_256_idle_connections_and_closes_them(server: SparqlServer) -> None:
    """F5: one thread per connection and no idle timeout: 256 idle connections stopped the server."""
    idle = [socket.create_connection(server.server_address, timeout=10) for _ in range(256)]
    try:
        for sock in idle[::2]:
            sock.sendall(b"GET /sparql?query=")  # half a request line, never finished
        started = time.monotonic()
        assert _raw(server, _get(COUNT)).startswith(b"HTTP/1.1 200")
        assert time.monotonic() - started < 2
        time.sleep(OPTIONS.idle_timeout + 2)  # the idle timeout, then one cleanup round
        readable, _, _ = select.select(idle, [], [], 1)
        closed = 0
        for sock in readable:  # closed by the server: readable, and reads nothing (or a reset)
            try:
                closed += sock.recv(1024) == b""
            except ConnectionResetError:
                closed += 1
        assert closed == len(idle)
    finally:
        for sock in idle:
            sock.close()


@pytest.mark.issue(14)
@pytest.mark.parametrize("host",
                         ["evil.example", "evil.example:{port}", "127.0.0.1:1", "localhost.evil.example"])
def test_serve_refuses_a_foreign_host(server: SparqlServer, host: str) -> None:
    """F6: no Host check on loopback let any page read the endpoint through DNS rebinding."""
    answer_ = _raw(server, _get(COUNT, host=host.format(port=server.server_address[1])))
    assert answer_.startswith(b"HTTP/1.1 403") and b"Host" in answer_


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "LOCALHOST"])
def test_serve_answers_its_own_host_names(server: SparqlServer, host: str) -> None:
    assert _raw(server,
                _get(COUNT, host=host.format(port=server.server_address[1]))).startswith(b"HTTP/1.1 200")


@pytest.mark.issue(14)
def test_serve_has_no_cors_by_default(server: SparqlServer) -> None:
    """F6: Access-Control-Allow-Origin: * on every answer let any web page read the endpoint."""
    status, headers, _ = _request(server, params={"query": COUNT})
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, headers, body = _request(server, params={"query": COUNT}, headers={"Origin": "http://evil.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers and b"--cors" in body
    status, headers, _ = _request(server, method="OPTIONS", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers


def test_serve_cors_for_the_origin_it_names(cors_server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(cors_server, params={"query": COUNT}, headers={"Origin": YASGUI})
    assert status == 200 and _count(body) == sample_kg.num_papers
    assert headers["Access-Control-Allow-Origin"] == YASGUI and "Origin" in headers["Vary"]
    status, headers, _ = _request(cors_server, method="OPTIONS", headers={
        "Origin": YASGUI, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]
    status, headers, _ = _request(cors_server, params={"query": COUNT}, headers={"Origin": "http://evil.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers


@pytest.mark.issue(14)
def test_serve_stops_a_query_at_its_timeout_and_answers_others(server: SparqlServer,
                                                               sample_kg: KnowledgeGraph) -> None:
    """S2: a cartesian query ran on for good."""
    before = server.pool.stopped.get("timeout", 0)
    done: list[tuple[int, bytes, float]] = []

    def cartesian() -> None:
        started = time.monotonic()
        status, _, body = _request(server, params={"query": CARTESIAN})
        done.append((status, body, time.monotonic() - started))

    thread = threading.Thread(target=cartesian)
    thread.start()
    time.sleep(0.3)
    answered = 0
    while thread.is_alive() and answered < 3:  # meanwhile the second query process answers
        status, _, body = _request(server, params={"query": COUNT})
        assert status == 200 and _count(body) == sample_kg.num_papers
        answered += not done
    assert answered  # while the cartesian query still ran
    thread.join(30)
    status, body, took = done[0]
    assert status == 503 and b"time limit (2 s)" in body
    assert 2 <= took < 5
    assert server.pool.stopped["timeout"] == before + 1


@pytest.mark.issue(14)
def test_serve_stops_a_query_when_its_client_leaves(server: SparqlServer) -> None:
    """S2: the work went on after the client left."""
    before = server.pool.stopped.get("gone", 0)
    with socket.create_connection(server.server_address) as sock:
        sock.sendall(_get(CARTESIAN).replace(b"Connection: close\r\n", b""))
        time.sleep(0.3)
    started = time.monotonic()
    while server.pool.stopped.get("gone", 0) == before and time.monotonic() - started < 1.5:
        time.sleep(0.05)
    assert server.pool.stopped.get("gone", 0) == before + 1  # well before the 2 s time limit


@pytest.mark.issue(14)
def test_serve_result_size_limit(sample_ttl: Path) -> None:
    store = load_store(sample_ttl)
    status, media, body = answer(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", [], 1 << 20)
    assert status == 200 and media == "application/sparql-results+json"
    assert len(json.loads(body)["results"]["bindings"]) == 5
    with pytest.raises(QueryLimitError, match="over 0 MiB") as info:
        answer(store, "SELECT * WHERE { ?s ?p ?o }", ["text/csv"], 100_000)
    assert info.value.limit == "size"


# -- the server as a process, watched from outside ----------------------------------------------------

def _cpu(pids: tuple[int, ...]) -> dict[int, float]:
    return {pid: tree_usage(pid).cpu for pid in pids}


def _busiest(root: int) -> int:
    """The query process of ``root``'s tree that works: the first to use 0.1 s of CPU, or one that
    is gone already (a query process only goes when it is stopped at a limit, and a query that
    reaches the memory limit can get there between two looks)."""
    before = _cpu(tuple(pid for pid in tree_usage(root).pids if _name(pid) == PROCESS_NAME))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        time.sleep(0.05)
        for pid in before:
            if not _live(pid):
                return pid
        used = {pid: cpu - before[pid] for pid, cpu in _cpu(tuple(before)).items()}
        busy = max(used, key=lambda pid: used[pid])
        if used[busy] >= 0.1:
            return busy
    raise AssertionError("no query process is working")


def _live(pid: int) -> bool:
    """Whether ``pid`` is a live process (not gone, not a zombie waiting to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as stream:
            return stream.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, IndexError):
        return False


def _name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as stream:
            return stream.read().strip()
    except OSError:
        return ""


def _settle(root: int, within: float = 60, *, queries: int = 2) -> None:
    """Wait until ``root``'s tree holds ``queries`` query processes and is idle: its fork server
    has imported the query code, and a killed query process's replacement is up and has opened
    its store (on a loaded machine the replacement can start after a moment of idleness)."""
    deadline = time.monotonic() + within
    cpu = tree_usage(root).cpu
    while time.monotonic() < deadline:
        time.sleep(0.5)
        usage = tree_usage(root)
        cpu, before = usage.cpu, cpu
        named = sum(1 for pid in usage.pids if _name(pid) == PROCESS_NAME)
        if cpu - before < 0.05 and named >= queries:
            return


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while os.path.exists(f"/proc/{pid}") and time.monotonic() < deadline:
        time.sleep(0.05)
    return not os.path.exists(f"/proc/{pid}")


#: ``python -m paperkg.cli`` that writes every thread's stack to stderr on SIGUSR1 (a test's post-mortem).
_CLI_WITH_STACKS = ("import faulthandler, runpy, signal, sys; faulthandler.register(signal.SIGUSR1, "
                    "all_threads=True); sys.argv[0] = 'paperkg'; runpy.run_module('paperkg.cli', "
                    "run_name='__main__')")


@pytest.mark.issue(14)
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_serve_process_keeps_its_limits(sample_ttl: Path, sample_kg: KnowledgeGraph) -> None:
    """`paperkg serve` in a process of its own, watched from outside: a cartesian query stops at
    its time limit, another at the memory limit, a third when its client leaves (the process that
    ran each is gone); the process tree stays under 1 GiB, and other clients are answered meanwhile."""
    process = subprocess.Popen([sys.executable, "-c", _CLI_WITH_STACKS, "serve", str(sample_ttl), "--port",
                                "0", "--timeout", "3", "--max-memory", "128"], stderr=subprocess.PIPE,
                               text=True)
    workers: tuple[int, ...] = ()
    stacks = ""
    try:
        line = process.stderr.readline() if process.stderr else ""
        match = re.search(r"http://127\.0\.0\.1:(\d+)/sparql", line)
        assert match, line
        url = match.group(0)

        def ask(query: str) -> tuple[int, bytes]:
            try:
                with urllib.request.urlopen(url + "?query=" + urllib.parse.quote(query),
                                            timeout=60) as response:
                    return response.status, response.read()
            except urllib.error.HTTPError as error:
                with error:
                    return error.code, error.read()

        peak = 0
        for query, stop in [(CARTESIAN, b"time limit (3 s)"),
                            ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
                             b"memory limit (128 MiB)")]:
            _settle(process.pid)  # a killed query process's replacement is ready: only the query works
            done: list[tuple[int, bytes]] = []
            thread = threading.Thread(target=lambda q=query, d=done: d.append(ask(q)))
            thread.start()
            busy = _busiest(process.pid)
            others = []
            while thread.is_alive() or not others:  # a query at the memory limit can be stopped at once
                peak = max(peak, tree_usage(process.pid).rss)
                if len(others) < 3:
                    others.append(ask(COUNT))
                time.sleep(0.05)
            status, body = done[0]
            assert status == 503 and stop in body, body
            assert _gone(busy, 2)  # the process that ran it was killed
            assert others and all(s == 200 and _count(b) == sample_kg.num_papers for s, b in others)
        assert peak < 1 << 30

        _settle(process.pid)
        with socket.create_connection(("127.0.0.1", int(match.group(1)))) as sock:  # a client that leaves
            started = time.monotonic()
            sock.sendall(_get(CARTESIAN).replace(b"Connection: close\r\n", b""))
            busy = _busiest(process.pid)
        assert _gone(busy, 3 - (time.monotonic() - started) - 0.2)  # before the 3 s limit could stop it
        workers = tree_usage(process.pid).pids[1:]
    # kill (SIGTERM), as Ctrl-C: a runner started in the background hands its children an ignored SIGINT
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        # a failure below (with the server's stacks), not a process left behind
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGUSR1)
            time.sleep(2)
            process.kill()
            stacks = process.communicate()[1] or ""
        if process.stderr:
            process.stderr.close()
    assert process.returncode == 0, stacks[-6000:]
    assert all(_gone(pid, 5) for pid in workers)  # the fork server and the query processes go with it
