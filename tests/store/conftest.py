"""Fixtures for the store tests: a build of the small real reader files, a guard against
opening the whole graph, and, for the SPARQL tests, a local listener that records every
connection made to it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from paperkg.pipeline import build

READERS = ("papers.atom.xml", "papers.hf-daily.txt", "papers.openalex.json", "papers.s2.json")


@pytest.fixture(scope="session")
def readers_build(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """A build of the small real reader files (arXiv Atom, HF daily, OpenAlex, Semantic Scholar).
    Do not change it: copy it first."""
    folder = tmp_path_factory.mktemp("readers") / "out"
    build([data_dir / "readers" / name for name in READERS], out=folder, html=False)
    return folder


@pytest.fixture
def whole_graph_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a store's whole graph fails the test."""
    import paperkg.store.graphdb as graphdb

    monkeypatch.setattr(graphdb, "read_graph", lambda *a, **k: pytest.fail("the whole graph was opened"))

#: Federated queries, each hiding ``{url}`` in another way (``\r`` ends a comment for Oxigraph).
SERVICE_QUERIES = {
    "plain": "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "comment-cr": "SELECT * WHERE { #x\r SERVICE <{url}> { ?s ?p ?o } }",
    "comment-cr-lf": "SELECT * WHERE { ?s ?p ?o #x\r SERVICE <{url}> { ?s ?p ?o } \n }",
    "escaped": "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
    "silent-lowercase": "select * where { ?s ?p ?o optional { service silent <{url}> { ?a ?b ?c } "
                        "} } limit 1",
    "variable": "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
    "exists": "ASK { FILTER EXISTS { SERVICE <{url}> { ?s ?p ?o } } }",
    "subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } } } }",
}


@dataclass
class Listener:
    """A TCP listener on 127.0.0.1: ``hits`` holds the first bytes of every connection made to it."""

    url: str
    hits: list[bytes] = field(default_factory=list)

    def query(self, name: str) -> str:
        """The federated query ``name`` of SERVICE_QUERIES, aimed at this listener."""
        return SERVICE_QUERIES[name].replace("{url}", self.url)


@pytest.fixture(params=sorted(SERVICE_QUERIES))
def service_query(request: pytest.FixtureRequest, listener: Listener) -> str:
    """Each federated query of SERVICE_QUERIES, aimed at ``listener``."""
    return listener.query(request.param)


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A local SPARQL "endpoint" that answers nothing and records who connected."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.1)
    found = Listener(f"http://127.0.0.1:{sock.getsockname()[1]}/sparql")
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    found.hits.append(conn.recv(4096))
                except OSError:
                    found.hits.append(b"")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield found
    stop.set()
    thread.join(5)
    sock.close()
