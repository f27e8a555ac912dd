"""The export registry's ``write_all``: several exports, in parallel on big graphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import ExportError
from paperkg.exports import write_all


def test_write_all_in_parallel_gives_the_same_bytes(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    jobs = [(tmp_path / "a" / "graph.ttl", {}), (tmp_path / "a" / "graph.html", {"max_nodes": 300})]
    parallel = write_all(sample_kg, jobs, parallel=True)
    one_by_one = [sample_kg.write(tmp_path / "b" / path.name, **options) for path, options in jobs]
    assert parallel == [path for path, _ in jobs]
    for mine, theirs in zip(parallel, one_by_one, strict=True):
        assert mine.read_bytes() == theirs.read_bytes()


def test_write_all_reports_an_error_of_the_forked_export(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    blocked = tmp_path / "graph.ttl"
    blocked.mkdir()  # a folder where the Turtle file should go: that write fails in the child
    with pytest.raises(ExportError, match="graph.ttl"):
        write_all(sample_kg, [(blocked, {}), (tmp_path / "graph.html", {})], parallel=True)
    assert (tmp_path / "graph.html").is_file()  # the other export still landed


def test_write_all_small_graph_stays_in_process(sample_kg: KnowledgeGraph, tmp_path: Path) -> None:
    blocked = tmp_path / "graph.ttl"
    blocked.mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        write_all(sample_kg, [(blocked, {}), (tmp_path / "graph.html", {})])
    assert not (tmp_path / "graph.html").exists()  # sequential: stopped at the first error
