"""CSV and TSV: header names, delimiters, quoted multi-line fields, options, bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.errors import InputError
from paperkg.ingest.readers import ReadReport, TextInput, detect_format, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"


def _table(tmp_path: Path, text: str, name: str = "papers.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path, **kwargs) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report, **kwargs)), report


def test_csv_tsv_with_other_column_names():
    papers, _ = _read(READER_DATA / "papers.tsv")  # arxiv_id, Paper Title, Summary, Author Names, ...
    assert detect_format(TextInput(READER_DATA / "papers.tsv")) == "csv"
    assert [(p.id, p.arxiv_id) for p in papers][0] == ("2307.06930", "2307.06930")
    assert papers[3].authors == ("An Yang", "Baosong Yang", "Binyuan Hui")


def test_csv_quoted_multiline_field_record_is_its_first_line():
    papers, _ = _read(READER_DATA / "papers.csv")
    assert "\n" in papers[0].abstract  # the first abstract is hard-wrapped inside quotes
    assert [p.sources[0].record for p in papers] == [2, 25, 26, 27]


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_delimiters(tmp_path, delimiter):
    path = _table(tmp_path, delimiter.join(["title", "abstract"]) + "\n" + delimiter.join(["T", "A"]) + "\n")
    (paper,), _ = _read(path)
    assert (paper.title, paper.abstract) == ("T", "A")


def test_csv_options_name_the_columns(tmp_path):
    path = _table(tmp_path, "Headline,Body,Key\nQwen2,We release.,p1\n")
    (paper,), _ = _read(path,
                        options={"title_field": "headline", "abstract_field": "Body", "id_field": "Key"})
    assert (paper.id, paper.title, paper.abstract) == ("p1", "Qwen2", "We release.")


def test_csv_without_title_or_abstract_column_lists_known_names(tmp_path):
    path = _table(tmp_path, "Headline,Body\nQwen2,We release.\n")
    papers, report = _read(path)
    assert papers == []
    (error,) = report.failed_files.examples
    assert isinstance(error, InputError) and error.line == 1
    assert "no title or abstract column in the header ('Headline', 'Body'); known: title" in str(error)


def test_csv_row_without_title_is_skipped_with_its_line(tmp_path):
    path = _table(tmp_path, "title,abstract,year\nA,x,2023\n,,2024\n\nB,y,2024\n")
    papers, report = _read(path)
    assert [(p.title, p.date) for p in papers] == [("A", "2023"), ("B", "2024")]
    assert [(e.line, e.reason)
            for e in report.skipped.examples] == [(3, "row has no title and no abstract; skipped")]


def test_csv_oversized_field_is_skipped(tmp_path):
    path = _table(tmp_path, "title,abstract\nA,x\nB," + "y" * 200_000 + "\nC,z\n")
    papers, report = _read(path)
    assert [p.title for p in papers] == ["A", "C"]
    assert [(e.line, e.reason.split(";")[0]) for e in report.skipped.examples] == [(3, "bad CSV row")]


def test_csv_latin1_export_reads_with_one_warning():
    path = READER_DATA / "bad" / "cp1252.csv"
    papers, report = _read(path)
    assert papers[0].authors == ("Gregor Geigle", "Goran Glavaš")
    assert papers[1].title == "A Müller–Lyer illusion benchmark for vision-language models"
    assert [(Path(w.path), w.line) for w in report.warnings.examples] == [(path, 2)]


@pytest.mark.parametrize(
    "text",
    ["Sparks of AGI, early experiments with GPT-4\nWe report on an early version of GPT-4. It is big, and "
     "good, and new.\n",
     "LoRA\nLow-rank adaptation of large language models.\n"],
)
def test_csv_plain_text_is_not_claimed(tmp_path, text):
    assert detect_format(TextInput(_table(tmp_path, text, "notes.txt"))) == "text"
