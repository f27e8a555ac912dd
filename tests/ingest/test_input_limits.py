"""Limits on hostile input (issue 14): over-long text is cut, not fatal; bad lines cost no memory.

S3: a title or abstract over spaCy's 1,000,000-character limit (E088) used to end a build with
a traceback, with or without extraction workers. It is now cut to ``MAX_TEXT_CHARS`` with one
warning naming the file and record. S4: every skipped record used to be kept (and printed):
about 500 bytes per bad line, without bound. Skips are now counted per reason with the first
few kept. The inputs are generated here, small versions of the reported cases.
"""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.ingest.extract import extract_many
from paperkg.ingest.readers import MAX_TEXT_CHARS, ReadReport, read_papers
from paperkg.ingest.readers._report import EXAMPLES_PER_REASON

MB = 1024 * 1024
SENTENCE = "We fine-tune Llama 2 with LoRA and evaluate on MMLU and GSM8K. "
HUGE = SENTENCE * (5 * MB // len(SENTENCE))  # a 5 MB abstract, as in the report
TITLES = ["Qwen2 Technical Report", "A Paper With A Five Megabyte Abstract",
          "PolyLM: An Open Source Polyglot Large Language Model"]


def _jsonl(folder: Path) -> Path:
    path = folder / "papers.jsonl"
    rows = [{"id": f"2401.0000{i}", "title": t, "abstract": HUGE if i == 1 else SENTENCE}
            for i, t in enumerate(TITLES)]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _atom(folder: Path) -> Path:
    path = folder / "feed.xml"
    entries = "".join(
        f"<entry><id>http://arxiv.org/abs/2401.0000{i}v1</id><title>{escape(t)}</title>"
        f"<summary>{escape(HUGE if i == 1 else SENTENCE)}</summary></entry>\n" for i, t in enumerate(TITLES))
    path.write_text(f'<feed xmlns="http://www.w3.org/2005/Atom">\n{entries}</feed>\n', encoding="utf-8")
    return path


def _text(folder: Path) -> Path:
    path = folder / "papers.txt"
    path.write_text("\n\n".join(f"{t}\n{HUGE if i == 1 else SENTENCE}" for i, t in enumerate(TITLES)) + "\n",
                    encoding="utf-8")
    return path


#: Each writer, and the record number of the paper with the 5 MB abstract.
WRITERS = {"jsonl": (_jsonl, 2), "arxiv-atom": (_atom, 2), "text": (_text, 4)}


@pytest.mark.issue(14)
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_limits_over_long_abstract_is_cut_with_one_warning_naming_file_and_record(name, tmp_path):
    write, record = WRITERS[name]
    path = write(tmp_path)
    report = ReadReport()
    papers = list(read_papers([path], report=report))
    assert [p.title for p in papers] == TITLES
    long = papers[1]
    assert len(HUGE) > 1_000_000 >= MAX_TEXT_CHARS >= len(long.abstract) > MAX_TEXT_CHARS - 1000
    assert HUGE.startswith(long.abstract) and HUGE[len(long.abstract)] == " "  # cut at a space
    assert [p.abstract for p in (papers[0], papers[2])] == [SENTENCE.strip()] * 2
    (warning,) = report.warnings.examples
    assert (Path(warning.path), warning.line, report.warnings.count, report.skipped.count) == (
        path, record, 1, 0)
    assert str(warning) == (f"{path}:{record}: abstract longer than the 100,000-character limit; cut to it "
                            f"(abstract {len(HUGE.strip()):,} characters)")


@pytest.mark.issue(14)
def test_limits_over_long_title_is_cut_and_gets_a_new_title_id(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"title": "Llama " * 400_000}) + "\n" + json.dumps({"title": "PolyLM"}) + "\n")
    report = ReadReport()
    long, short = read_papers([path], report=report)
    assert len(long.title) <= MAX_TEXT_CHARS and long.title.startswith("Llama Llama") and long.id == long.uid
    assert short.title == "PolyLM"
    (warning,) = report.warnings.examples
    assert (warning.line, warning.reason.split(";")[0]) == (1,
                                                            "title longer than the 100,000-character limit")


@pytest.mark.issue(14)
@pytest.mark.parametrize("workers", [1, 2])
def test_limits_over_long_abstract_is_linked_with_workers_or_without(workers, tmp_path):
    path = _jsonl(tmp_path)
    papers = list(read_papers([path, path]))  # six papers: chunks of two go to two processes
    extractions = list(extract_many(papers, workers=workers, chunk_size=2))
    assert [e.paper.title for e in extractions] == TITLES * 2
    surfaces = {m.surface for m in extractions[1].mentions if m.field == "abstract"}
    assert {"Llama 2", "LoRA", "MMLU", "GSM8K"} <= surfaces
    assert max(m.end for m in extractions[1].mentions) <= len(extractions[1].paper.abstract)


@pytest.mark.issue(14)
def test_limits_cli_extract_and_build_cut_the_text_and_exit_0(tmp_path):
    path = _atom(tmp_path)
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(path)])
    assert extracted.exit_code == 0, extracted.stderr
    assert "Traceback" not in extracted.stderr and "E088" not in extracted.stderr
    assert (f"warning: {path}:2: abstract longer than the 100,000-character limit; cut to it"
            in extracted.stderr)
    assert [json.loads(line)["title"] for line in extracted.stdout.splitlines()] == TITLES
    built = runner.invoke(app, ["build", str(path), "--out", str(tmp_path / "out"), "--no-html", "-q"])
    assert built.exit_code == 0, built.stderr
    assert "  warned 1: abstract longer than the 100,000-character limit" in built.stderr
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


# -- S4: many bad lines -----------------------------------------------------------------------------


def _bad_lines(folder: Path, count: int) -> Path:
    """A gzip JSON Lines file: one good record, then ``count`` short broken lines (``{x``)."""
    path = folder / f"bad{count}.jsonl.gz"
    with gzip.open(path, "wb") as out:
        out.write(json.dumps({"id": "2407.10671", "title": "Qwen2 Technical Report"}).encode() + b"\n")
        out.write(b"{x\n" * count)
    return path


def _peak_read(path: Path) -> tuple[ReadReport, int, float]:
    tracemalloc.start()
    try:
        report = ReadReport()
        read = sum(1 for _ in read_papers([path], report=report))
        return report, read, tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


@pytest.mark.issue(14)
def test_limits_memory_stays_flat_however_many_lines_are_bad(tmp_path):
    small, large = _bad_lines(tmp_path, 5_000), _bad_lines(tmp_path, 25_000)
    _peak_read(small)  # warm up: imports, compiled patterns
    (report_small, read_small, peak_small), (report, read, peak) = _peak_read(small), _peak_read(large)
    assert (read_small, read, report_small.skipped.count, report.skipped.count) == (1, 1, 5_000, 25_000)
    # 20,000 more bad lines: kept at 500 bytes each, that would be about 10 MB more
    assert peak - peak_small < 0.5, (peak_small, peak)
    assert [(e.line, e.reason.split(";")[0]) for e in report.skipped.examples] == [
        (line, "broken JSON") for line in range(2, 2 + EXAMPLES_PER_REASON)]
    assert [(r.reason, r.count, len(r.examples)) for r in report.skipped.by_reason()] == [
        ("broken JSON", 25_000, EXAMPLES_PER_REASON)]


@pytest.mark.issue(14)
def test_limits_cli_prints_the_first_skips_of_each_reason_and_counts_the_rest(tmp_path):
    path = _bad_lines(tmp_path, 2_000)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert skipped == [f"skipped: {path}:{line}: broken JSON; line skipped (Expecting property name "
                       f"enclosed in double quotes at column 2)"
                       for line in range(2, 2 + EXAMPLES_PER_REASON)]
    assert "1 file(s), 1 record(s) read, 2,000 skipped, 0 file(s) unreadable" in result.stderr
    assert f"  skipped 2,000: broken JSON (first {EXAMPLES_PER_REASON} shown)" in result.stderr
