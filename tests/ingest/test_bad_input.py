"""Bad input: every problem is named with its file and record, the good records still land.

Small bad files live in ``tests/data/readers/bad/`` (see the README there); big ones (50 MB
lines) are made in a temporary folder. The property tests are in ``test_reader_fuzz.py``.
"""

from __future__ import annotations

import gzip
import json
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest
from typer.testing import CliRunner

from paperkg.cli import app
from paperkg.errors import FormatError, InputError
from paperkg.ingest.dedupe import dedupe
from paperkg.ingest.readers import ReadReport, read_papers
from paperkg.ingest.readers._input import MAX_RECORD_BYTES

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
BAD = READER_DATA / "bad"
MB = 1024 * 1024


def _read(path: Path, **kwargs) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report, **kwargs)), report


def _one_line(error: InputError) -> str:
    text = str(error)
    assert "\n" not in text and "Traceback" not in text
    return text


# -- empty, binary, encodings ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["empty.jsonl", "blank.txt"])
def test_bad_input_empty_file(name):
    papers, report = _read(BAD / name)
    assert papers == []
    (error,) = report.failed_files.examples
    assert isinstance(error, FormatError) and Path(error.path) == BAD / name
    assert _one_line(error).endswith(": empty file")


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary\x00" * 40, bytes(range(256)) * 8,
                                     b"PK\x03\x04" + b"\x00" * 50],
                         ids=["nul", "all-bytes", "zip"])
@pytest.mark.parametrize("forced", [None, "jsonl", "arxiv-atom"])
def test_bad_input_binary_data_is_refused(tmp_path, content, forced):
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    papers, report = _read(path, format=forced)
    assert papers == []
    (error,) = report.failed_files.examples
    assert Path(error.path) == path and "binary data" in _one_line(error)


def test_bad_input_utf8_bom_is_read_as_is():
    papers, report = _read(BAD / "bom.snapshot.jsonl")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2403.15042"]
    assert not report.warnings and not report.skipped


def test_bad_input_cp1252_is_decoded_with_one_warning_naming_file_and_line():
    papers, report = _read(BAD / "cp1252.csv")
    assert len(papers) == 2 and papers[1].authors == ("Jürgen Müller",)
    (warning,) = report.warnings.examples
    assert (Path(warning.path), warning.line) == (BAD / "cp1252.csv", 2)
    assert "not UTF-8; decoded as cp1252/latin-1" in _one_line(warning)


# -- truncated and broken documents ----------------------------------------------------------


def test_bad_input_truncated_json_keeps_the_records_before():
    papers, report = _read(BAD / "truncated.openalex.json")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2403.15042"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (BAD / "truncated.openalex.json", 3)
    assert "broken JSON; this record and the rest of the file skipped" in _one_line(error)
    assert "line 1, column 11528" in error.reason  # where the text ends


def test_bad_input_truncated_xml_keeps_the_entries_before():
    papers, report = _read(BAD / "truncated.atom.xml")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2403.15042"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (BAD / "truncated.atom.xml", 3)
    assert "broken or truncated XML; the rest of the file skipped" in _one_line(error)


def test_bad_input_broken_json_line_is_skipped_alone():
    papers, report = _read(BAD / "broken_line.snapshot.jsonl")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2307.06018"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (BAD / "broken_line.snapshot.jsonl", 2)
    assert error.reason.startswith("broken JSON; line skipped")


def test_bad_input_broken_record_inside_a_fine_array_reports_its_index():
    papers, report = _read(BAD / "bad_records.s2.json")
    assert len(papers) == 2
    assert [e.line for e in report.skipped.examples] == [2, 3]


@pytest.mark.parametrize("cut", [1, 10, 100, 1000, 5000])
def test_bad_input_truncated_gzip_keeps_what_was_decompressed(tmp_path, cut):
    lines = [json.dumps({"id": f"2401.{i:05d}", "title": f"Paper {i}", "abstract": "x" * 200})
             for i in range(2000)]
    packed = gzip.compress("\n".join(lines).encode())
    path = tmp_path / "papers.jsonl.gz"
    path.write_bytes(packed[: len(packed) - cut])
    papers, report = _read(path)
    assert 0 < len(papers) < 2000
    assert [p.sources[0].record for p in papers] == list(range(1, len(papers) + 1))
    (error,) = report.skipped.examples
    assert Path(error.path) == path and "gzip data ends early (truncated file)" in _one_line(error)


def test_bad_input_corrupt_gzip_is_refused(tmp_path):
    path = tmp_path / "papers.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 50)
    papers, report = _read(path)
    assert papers == []
    (error,) = report.failed_files.examples
    assert Path(error.path) == path and "corrupt gzip data" in _one_line(error)


# -- records that cannot be used, duplicates ---------------------------------------------------


def test_bad_input_record_without_title_is_skipped():
    papers, report = _read(BAD / "no_title.snapshot.jsonl")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2307.06018"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line, error.reason) == (
        BAD / "no_title.snapshot.jsonl", 2, "record has no title and no abstract; skipped")


def test_bad_input_duplicate_ids_are_named_kept_and_merged():
    papers, report = _read(BAD / "duplicate_ids.snapshot.jsonl")
    assert [p.arxiv_id for p in papers] == ["2407.10671", "2307.06930", "2407.10671"]
    (warning,) = report.warnings.examples
    assert (Path(warning.path), warning.line) == (BAD / "duplicate_ids.snapshot.jsonl", 3)
    assert "duplicate id '2407.10671' (first at record 1)" in _one_line(warning)
    assert not report.skipped
    assert [p.arxiv_id for p in dedupe(papers)] == ["2407.10671", "2307.06930"]


# -- entity bombs --------------------------------------------------------------------------------


def test_bad_input_xml_entity_bomb_is_refused_at_once():
    start = time.perf_counter()
    papers, report = _read(BAD / "entity_bomb.atom.xml")
    assert time.perf_counter() - start < 2
    assert papers == []
    (error,) = report.failed_files.examples
    assert Path(error.path) == BAD / "entity_bomb.atom.xml"
    assert "XML entity declarations are refused (a possible entity bomb" in _one_line(error)


def test_bad_input_entity_bomb_that_is_not_atom_is_an_unknown_format(tmp_path):
    path = tmp_path / "lolz.xml"
    path.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;">]>'
                    "<lolz>&lol1;</lolz>")
    (error,) = _read(path)[1].failed_files.examples
    assert "unknown format" in _one_line(error)
    (forced,) = _read(path, format="arxiv-atom")[1].failed_files.examples
    assert "entity declarations are refused" in _one_line(forced)


# -- 50 MB lines -------------------------------------------------------------------------------------


def _peak_mb(run) -> tuple[object, float]:
    tracemalloc.start()
    try:
        result = run()
        return result, tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


def test_bad_input_50mb_jsonl_line_is_skipped_without_loading_it(tmp_path):
    path = tmp_path / "papers.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "2307.06930", "title": "Before"}) + "\n")
        out.write('{"id": "2401.00001", "title": "Huge", "abstract": "' + "x" * (50 * MB) + '"}\n')
        out.write(json.dumps({"id": "2407.10671", "title": "After"}) + "\n")
    (papers, report), peak = _peak_mb(lambda: _read(path))
    assert [p.title for p in papers] == ["Before", "After"]
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (path, 2)
    assert f"line longer than the {MAX_RECORD_BYTES:,}-byte limit; skipped" in _one_line(error)
    assert peak < MAX_RECORD_BYTES / MB + 8


def test_bad_input_50mb_text_without_newline_is_skipped(tmp_path):
    path = tmp_path / "notes.txt"
    with open(path, "w", encoding="utf-8") as out:
        out.writelines("word " * (MB // 5) for _ in range(50))
    (papers, report), peak = _peak_mb(lambda: _read(path))
    assert papers == []
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line) == (path, 1)
    assert peak < MAX_RECORD_BYTES / MB + 8


def test_bad_input_50mb_single_line_json_document_is_streamed(tmp_path):
    path = tmp_path / "works.json"
    work = {"id": "https://openalex.org/W{}", "title": "Work {}", "publication_year": 2024,
            "abstract_inverted_index": {"Large": [0], "models": [1]}, "referenced_works_text": "W" * 40_000}
    template = json.dumps(work)
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"meta": {"count": 0}, "results": [')
        size, count = 0, 0
        while size < 50 * MB:
            text = template.replace("{}", str(count))
            out.write(("," if count else "") + text)
            size, count = size + len(text) + 1, count + 1
        out.write("]}")

    def run() -> tuple[int, ReadReport]:
        report = ReadReport()
        return sum(1 for _ in read_papers([path], report=report)), report

    (read, report), peak = _peak_mb(run)
    assert read == count and not report.skipped
    assert peak < 16


# -- folders and the command line -------------------------------------------------------------------


def test_bad_input_folder_good_records_land(tmp_path):
    shutil.copytree(BAD, tmp_path / "bad")
    shutil.copyfile(READER_DATA / "papers.bib", tmp_path / "papers.bib")
    report = ReadReport()
    papers = list(read_papers([tmp_path], report=report))
    assert report.files == len(list(BAD.iterdir())) - 1 and report.read == len(papers) > 4
    assert [Path(e.path).name for e in report.failed_files.examples] == ["entity_bomb.atom.xml"]
    passed_over = sorted(Path(e.path).name for e in report.passed_over.examples)
    assert passed_over == ["blank.txt", "empty.jsonl"]  # in a folder, an empty file is no paper format
    assert {Path(e.path).name for e in report.skipped.examples} == {
        "bad_records.s2.json", "broken_entry.bib", "broken_line.snapshot.jsonl", "no_title.snapshot.jsonl",
        "truncated.atom.xml", "truncated.openalex.json"}


def test_bad_input_build_prints_counts_and_exits_0_unless_strict(tmp_path):
    runner = CliRunner()
    inputs = [str(BAD / "no_title.snapshot.jsonl"), str(BAD / "duplicate_ids.snapshot.jsonl"),
              str(BAD / "empty.jsonl")]
    result = runner.invoke(app, ["build", *inputs, "--out", str(tmp_path), "--no-html", "-q"])
    assert result.exit_code == 0, result.stderr
    assert ("read 5 record(s) from 3 file(s); skipped 2; merged 2 duplicate(s) into 3 paper(s)"
            in result.stderr)
    assert "no_title.snapshot.jsonl:2: record has no title and no abstract" in result.stderr
    assert "empty.jsonl:-: empty file" in result.stderr
    strict = runner.invoke(app,
                           ["build", *inputs, "--out", str(tmp_path / "s"), "--no-html", "-q", "--strict"])
    assert strict.exit_code == 1
    nothing = runner.invoke(app, ["build", str(BAD / "empty.jsonl"), str(BAD / "entity_bomb.atom.xml"),
                                  "--out", str(tmp_path / "n"), "--no-html", "-q"])
    assert nothing.exit_code == 1 and "Traceback" not in nothing.stderr
