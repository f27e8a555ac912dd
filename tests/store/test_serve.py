"""The SPARQL endpoint answers standard HTTP clients (on loopback only)."""

from __future__ import annotations

import csv
import io
import json
import threading
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
from paperkg.store.serve import SparqlServer, make_server

COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"


@pytest.fixture(scope="module")
def server(sample_ttl: Path) -> Iterator[SparqlServer]:
    server = make_server(sample_ttl, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    thread.join(timeout=10)
    server.server_close()


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
        headers={"Accept": "application/sparql-results+json,application/json,text/javascript,application/javascript"},
    )
    assert status == 200 and _count(body) == sample_kg.num_papers


def test_serve_csv(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(server, params={"query": COUNT}, headers={"Accept": "text/csv"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
    assert rows == [["n"], [str(sample_kg.num_papers)]]


def test_serve_xml(server: SparqlServer, sample_kg: KnowledgeGraph) -> None:
    status, headers, body = _request(server, params={"query": COUNT},
                                     headers={"Accept": "application/sparql-results+xml;q=0.9, text/csv;q=0.1"})
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


def test_serve_cors_for_browsers(server: SparqlServer) -> None:
    _, headers, _ = _request(server, params={"query": COUNT})
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = _request(server, method="OPTIONS", headers={
        "Origin": "https://yasgui.triply.cc", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        ({"params": {"query": "SELEC ?x WHERE {}"}}, 400, "bad SPARQL"),
        ({"params": {"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"}}, 400, "SERVICE"),
        ({"method": "POST", "body": b"update=CLEAR+ALL",
          "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 403, "read-only"),
        ({"method": "POST", "body": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403,
         "read-only"),
        ({"method": "POST", "body": b"{}", "headers": {"Content-Type": "application/json"}}, 415, "sparql-query"),
        ({"params": {"query": COUNT}, "headers": {"Accept": "image/png"}}, 406, "application/sparql-results+json"),
        ({"params": {"query": COUNT}, "path": "/elsewhere"}, 404, "/sparql"),
    ],
    ids=["bad-sparql", "service", "update-form", "update-body", "content-type", "not-acceptable", "not-found"],
)
def test_serve_refusals(server: SparqlServer, request_kwargs: dict, status: int, message: str) -> None:
    got, headers, body = _request(server, **request_kwargs)
    assert got == status
    assert message in body.decode("utf-8")
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_serve_service_word_in_a_string_is_not_a_service_clause(server: SparqlServer) -> None:
    query = 'SELECT ?p WHERE { ?p dcterms:title ?t FILTER (CONTAINS(?t, "SERVICE { x }")) } LIMIT 1'
    status, _, _ = _request(server, params={"query": query})
    assert status == 200


def test_serve_get_without_query_describes_the_service(server: SparqlServer) -> None:
    status, headers, body = _request(server)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert server.endpoint in body.decode("utf-8")


def test_serve_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        make_server(tmp_path / "missing.ttl")
    assert info.value.path == str(tmp_path / "missing.ttl")
