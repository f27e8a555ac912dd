"""The whole pipeline: build from files (stats, dedupe, workers) and incremental update."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.ingest.extract.pipeline import _extract_chunk as _real_chunk
from paperkg.ingest.readers import read_papers
from paperkg.pipeline import BuildStats, build, read_extractions, update


def _same_graph(a: nx.DiGraph, b: nx.DiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {(u, v): d for u, v, d in a.edges(data=True)} == {(u, v): d for u, v, d in b.edges(data=True)}


def test_pipeline_build_sample_counts(sample_kg):
    counts = sample_kg.counts()
    assert counts["paper"] == 305
    assert counts["links"] > counts["paper"]
    assert all(counts[k] > 0 for k in ("model", "dataset", "technique", "language"))


def test_pipeline_build_stats_and_stage_times(sample_dir):
    stats = BuildStats()
    kg = build([sample_dir], stats=stats)
    assert (stats.report.read, stats.papers, stats.merged) == (361, 305, 56)
    assert set(stats.seconds) == {"link", "dedupe", "consistency", "graph"}  # in memory: nothing written
    assert kg.num_papers == 305


@pytest.mark.issue(12)
def test_pipeline_one_node_per_discovered_name_across_the_build(sample_kg):
    """The build settles each discovered name once: no name split by case, punctuation or kind."""
    from paperkg.ingest.extract.consistency import name_key

    nodes: dict[str, set[str]] = {}
    for node, data in sample_kg.graph.nodes(data=True):
        if data["kind"] != "paper" and data.get("origin") == "discovered":
            nodes.setdefault(name_key(data["label"]), set()).add(node)
    assert len(nodes) > 50
    # one node per name and sense: the two SCALEs the titles spell out differently stay two
    assert {key: ids for key, ids in nodes.items() if len(ids) > 1} == {"scale": {
        "model/scale--scaling-up-the-complexity-for-advanced-language-model-evaluation",
        "technique/scale--synergized-collaboration-of-asymmetric-language-translation-engines"}}


def test_pipeline_paper_in_several_files_keeps_every_source(sample_kg):
    sources = [d["sources"] for _, d in sample_kg.graph.nodes(data=True) if d["kind"] == "paper"]
    multi = [s for s in sources if len({x["file"] for x in s}) > 1]
    assert multi, "the sample corpus repeats papers across files"
    assert all(x["date"] in (None, "2025-03-12", "2025-07-30", "2025-04-23") for s in sources for x in s)


_SPY_DIR: list[Path] = []


def _spying_chunk(task):
    """Runs in a pool worker: leaves a file named for its process, then links the chunk."""
    import os
    import uuid

    (_SPY_DIR[0] / f"{os.getpid()}-{uuid.uuid4().hex}").touch()
    return _real_chunk(task)


@pytest.mark.issue(16)
def test_pipeline_workers_give_the_same_graph(sample_dir, tmp_path, monkeypatch):
    """build(workers=2) links in two pool processes (small chunks, so the sample is enough to
    start the pool; a spy in the workers proves it) and gives the graph of a one-process build."""
    import os

    from paperkg.ingest import extract
    from paperkg.ingest.extract import pipeline as extract_pipeline

    one = build([sample_dir], workers=1)
    _SPY_DIR[:] = [tmp_path]
    monkeypatch.setattr(extract_pipeline, "_extract_chunk", _spying_chunk)
    real_many = extract.extract_many
    monkeypatch.setattr(extract, "extract_many", lambda papers, **kw: real_many(papers, chunk_size=16, **kw))
    two = build([sample_dir], workers=2)
    pids = {name.split("-")[0] for name in os.listdir(tmp_path)}
    assert len(os.listdir(tmp_path)) >= 361 // 16 and str(os.getpid()) not in pids
    assert len(pids) == 2
    _same_graph(one.graph, two.graph)


@pytest.mark.issue(7)
def test_pipeline_update_equals_full_rebuild(sample_dir):
    files = sorted(sample_dir.glob("*.txt"))
    full = build(files)
    partial = build(files[:2])
    stats = BuildStats()
    update(partial, files[2:], stats=stats)
    assert stats.report.files == 2 and stats.report.read > 0
    _same_graph(full.graph, partial.graph)


@pytest.mark.issue(7)
def test_pipeline_update_with_known_papers_changes_nothing(sample_dir):
    files = sorted(sample_dir.glob("*.txt"))
    kg = build(files[:2])
    before = kg.graph.copy()
    update(kg, files[:1])
    _same_graph(before, kg.graph)


# -- builds written to a folder: the same bytes however the records come --------------------------

_RECORD_NUMBER = re.compile(rb"pkg:record \d+")


def _jsonl(papers, path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for p in papers:
            out.write(json.dumps({"id": p.id, "title": p.title, "abstract": p.abstract,
                                  "authors": list(p.authors), "date": p.date}) + "\n")
    return path


@pytest.mark.issue(13)
def test_pipeline_from_extractions_equals_a_normal_build(sample_dir, sample_build, tmp_path):
    runner = CliRunner()
    links = runner.invoke(app, ["extract", str(sample_dir), "--records"])
    assert links.exit_code == 0
    (tmp_path / "links.jsonl").write_text(links.stdout, encoding="utf-8")
    assert len(links.stdout.splitlines()) == 361  # one line per record: no dedupe in extract
    done = runner.invoke(app, ["build", "--from-extractions", str(tmp_path / "links.jsonl"), "--out",
                               str(tmp_path / "out"), "-q", "--no-html"])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (sample_build / "graph.ttl").read_bytes()


@pytest.mark.issue(13)
def test_pipeline_from_extractions_reports_lines_without_records(tmp_path):
    path = tmp_path / "links.jsonl"
    path.write_text('{"id": "x", "title": "T", "mentions": []}\nnot json\n', encoding="utf-8")
    errors = []
    assert list(read_extractions([path], on_error=errors.append)) == []
    assert [(e.line, "paperkg extract --records" in e.reason or "JSON" in e.reason) for e in errors] == [
        (1, True), (2, False)]


@pytest.mark.issue(13)
def test_pipeline_update_of_a_folder_equals_a_full_rebuild(sample_dir, sample_build, tmp_path):
    files = sorted(sample_dir.glob("*.txt"))
    build(files[:2], out=tmp_path / "out", html=False)
    stats = BuildStats()
    kg = update(tmp_path / "out", files[2:], stats=stats, html=False)
    assert (stats.report.files, stats.papers) == (2, 305)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (sample_build / "graph.ttl").read_bytes()
    assert kg.num_papers == 305


@pytest.mark.issue(14)
def test_pipeline_records_in_any_order_give_the_same_graph(sample_dir, tmp_path):
    """F3: the same records in another order give the same Turtle (record numbers aside)."""
    papers = list(read_papers([sample_dir]))
    shuffled = papers[:]
    random.Random(7).shuffle(shuffled)
    one = build([_jsonl(papers, tmp_path / "a.jsonl")], out=tmp_path / "a", html=False)
    two = build([_jsonl(shuffled, tmp_path / "b.jsonl")], out=tmp_path / "b", html=False)
    assert one.num_papers == two.num_papers == 305
    a = (tmp_path / "a" / "graph.ttl").read_bytes().replace(b"b.jsonl", b"a.jsonl")
    b = (tmp_path / "b" / "graph.ttl").read_bytes().replace(b"b.jsonl", b"a.jsonl")
    assert a != b  # the record numbers differ ...
    assert _RECORD_NUMBER.sub(b"", a) == _RECORD_NUMBER.sub(b"", b)  # ... and nothing else


@pytest.mark.issue(14)
def test_pipeline_one_id_two_texts_merged_with_a_warning(tmp_path):
    """F7: two records with one id and different content: one paper, one whole text, a warning."""
    path = tmp_path / "dup.jsonl"
    path.write_text(
        json.dumps({"id": "2401.00001", "title": "LoRA adapters for Llama 2 fine-tuning",
                    "abstract": "We fine-tune Llama 2 with LoRA on MMLU."}) + "\n"
        + json.dumps({"id": "2401.00001", "title": "Mistral 7B evaluated on GSM8K benchmark",
                      "abstract": "We evaluate Mistral 7B on GSM8K."}) + "\n", encoding="utf-8")
    warnings = []
    stats = BuildStats()
    kg = build([path], on_warning=warnings.append, stats=stats)
    (paper,) = [d for _, d in kg.graph.nodes(data=True) if d["kind"] == "paper"]
    assert (paper["title"], paper["abstract"]) == ("LoRA adapters for Llama 2 fine-tuning",
                                                   "We fine-tune Llama 2 with LoRA on MMLU.")
    assert [s["record"] for s in paper["sources"]] == [1, 2]
    assert stats.conflicts == 1
    (conflict,) = [w for w in warnings if "another title or abstract" in w.reason]
    assert (Path(conflict.path).name, conflict.line) == ("dup.jsonl", 2)
    assert "dup.jsonl#1" in conflict.reason


@pytest.mark.issue(13)
def test_pipeline_progress_reports_each_stage(sample_dir, tmp_path):
    seen: dict[str, list[tuple[int, int | None]]] = {}
    build([sample_dir], out=tmp_path / "out", html=False,
          progress=lambda stage, done, total: seen.setdefault(stage, []).append((done, total)))
    assert list(seen) == ["read", "link", "names", "graph", "write"]
    assert seen["read"][-1][0] == 361 and seen["link"][-1] == (361, 361)
    assert seen["names"] == [(0, 305), (305, 305)]  # the consistency pass over the deduped papers
    assert seen["graph"][-1] == (305, 305) and seen["write"][-1] == (4, 4)


@pytest.mark.issue(13)
def test_pipeline_import_paperkg_and_its_graph_api_leaves_spacy_unloaded():
    """`import paperkg` (which offers build and load) and the graph and store APIs do not load
    spaCy: only linking does (checked in a fresh interpreter, which then loads it for linking)."""
    import subprocess
    import sys

    code = ("import sys, paperkg, paperkg.graph, paperkg.store, paperkg.pipeline\n"
            "print('spacy' in sys.modules, paperkg.build is paperkg.pipeline.build)\n"
            "import paperkg.ingest.extract\n"
            "print('spacy' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            check=True)
    assert result.stdout.split() == ["False", "True", "True"]
