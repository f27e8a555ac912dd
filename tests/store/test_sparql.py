"""SPARQL from Python and `paperkg sparql`: federated queries refused, limits kept, queries never taken for
paths."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from paperkg import KnowledgeGraph
from paperkg.cli import app
from paperkg.errors import InputError, QueryError
from paperkg.store.rdf import load_store
from paperkg.store.sparql import check_query, query, query_text, solve
from paperkg.store.workers import Limits, QueryLimitError, QueryProcess

runner = CliRunner()
COUNT = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


@pytest.mark.issue(14)
def test_check_query_finds_service_in_the_parsed_query(service_query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(service_query)


@pytest.mark.parametrize("text", [
    'SELECT ?t WHERE { ?p dcterms:title ?t FILTER (CONTAINS(?t, "SERVICE <http://x/> { }")) }',
    "SELECT ?p WHERE { ?p a pkg:Paper # SERVICE <http://x/> { ?s ?p ?o }\n }",
    "SELECT ?service WHERE { ?service a pkg:Model }",
])
def test_check_query_passes_the_word_service_outside_a_pattern(text: str) -> None:
    check_query(text)


@pytest.mark.issue(14)
def test_sparql_cli_federated_query_makes_no_request(sample_ttl: Path, listener, service_query: str) -> None:
    """S1b: `paperkg sparql` had no guard at all."""
    result = runner.invoke(app, ["sparql", str(sample_ttl), service_query])
    time.sleep(0.2)  # a request on its way would land by now
    assert listener.hits == []
    assert result.exit_code == 1
    assert "SERVICE" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.issue(14)
def test_query_in_process_makes_no_request(sample_kg: KnowledgeGraph, listener, service_query: str) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        query(sample_kg, service_query)
    time.sleep(0.1)
    assert listener.hits == []


@pytest.mark.issue(14)
def test_query_process_has_no_network_even_for_an_unchecked_query(sample_ttl: Path, listener) -> None:
    """The second line of defence: Oxigraph itself asked for SERVICE, with no check before it."""
    process = QueryProcess(load_store, sample_ttl)
    try:
        if not process.sandboxed:
            pytest.skip("no seccomp network sandbox on this platform")
        with pytest.raises(QueryError, match="Permission denied|SERVICE"):
            process.run(ox.Store.query, (f"ASK {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}",),
                        limits=Limits(10))
        assert process.run(solve, (COUNT,), limits=Limits(10)) == (["n"], [{"n": 305}])  # still answers
    finally:
        process.close()
    time.sleep(0.2)
    assert listener.hits == []


@pytest.mark.issue(14)
def test_sparql_cli_long_inline_query_is_not_taken_for_a_path(sample_ttl: Path) -> None:
    """F4: a 300-character query gave "File name too long"."""
    text = COUNT.replace("WHERE", "# " + "x" * 300 + "\nWHERE")
    assert len(text) > 300
    result = runner.invoke(app, ["sparql", str(sample_ttl), text, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert '"n": 305' in result.stdout


def test_query_text_files_and_examples(tmp_path: Path) -> None:
    path = tmp_path / "count.rq"
    path.write_text(COUNT, encoding="utf-8")
    assert query_text(str(path)) == COUNT
    assert query_text(path) == COUNT
    assert query_text("SELECT * WHERE { ?s ?p ?o } # x" + "y" * 5000).startswith("SELECT")
    with pytest.raises(InputError) as info:
        query_text(str(tmp_path / "missing.rq"))
    assert info.value.path == str(tmp_path / "missing.rq")


@pytest.mark.issue(14)
def test_sparql_cli_stops_a_cartesian_query_at_its_timeout(sample_ttl: Path) -> None:
    """S2: nothing stopped a query."""
    started = time.monotonic()
    result = runner.invoke(app, ["sparql", str(sample_ttl), CARTESIAN, "--timeout", "1"])
    assert result.exit_code == 1
    assert "time limit (1 s)" in result.stderr
    assert time.monotonic() - started < 20  # the query alone would run for minutes


@pytest.mark.issue(14)
def test_query_timeout_kills_the_worker(sample_ttl: Path) -> None:
    process = QueryProcess(load_store, sample_ttl)
    started = time.monotonic()
    with pytest.raises(QueryLimitError) as info:
        process.run(solve, (CARTESIAN,), limits=Limits(timeout=1))
    assert info.value.limit == "timeout"
    assert 1 <= time.monotonic() - started < 5
    assert not process.alive


@pytest.mark.issue(14)
def test_query_row_limit(sample_ttl: Path) -> None:
    with pytest.raises(QueryLimitError, match="more than 10 rows") as info:
        query(sample_ttl, "SELECT ?p WHERE { ?p a pkg:Paper }", timeout=30, max_rows=10)
    assert info.value.limit == "size"
    columns, rows = query(sample_ttl, "SELECT ?p WHERE { ?p a pkg:Paper } LIMIT 10", timeout=30, max_rows=10)
    assert columns == ["p"] and len(rows) == 10
    result = runner.invoke(app, ["sparql", str(sample_ttl), "SELECT ?p WHERE { ?p a pkg:Paper }",
                                 "--max-rows", "5"])
    assert result.exit_code == 1 and "more than 5 rows" in result.stderr


@pytest.mark.issue(14)
def test_query_memory_limit(sample_ttl: Path) -> None:
    """A sort of a cartesian product grows without bound: stopped at the memory limit."""
    with pytest.raises(QueryLimitError) as info:
        query(sample_ttl, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", timeout=60,
              memory=64 << 20)
    assert info.value.limit == "memory"


def test_query_with_a_time_limit_needs_a_path(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="path"):
        query(sample_kg, COUNT, timeout=5)
