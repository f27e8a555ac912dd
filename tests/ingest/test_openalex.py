"""OpenAlex works: abstracts rebuilt from the inverted index, arXiv ids from DOIs and locations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.ingest.readers import ReadReport, TextInput, detect_format, read_papers
from paperkg.ingest.readers.openalex import rebuild_abstract

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
WORK = {
    "id": "https://openalex.org/W2741809807", "doi": "https://doi.org/10.7717/peerj.4375",
    "title": None, "display_name": "The state of OA", "publication_year": 2018,
    "publication_date": "2018-02-13",
    "authorships": [{"author": {"display_name": "Heather Piwowar"}}, {"raw_author_name": "Jason  Priem"}],
    "abstract_inverted_index": {"Despite": [0], "growing": [1], "interest": [2], "in": [3, 57]},
}


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def test_openalex_page_fields():
    papers, _ = _read(READER_DATA / "papers.openalex.json")
    mblip, llm2llm = papers[:2]
    assert mblip.id == "https://openalex.org/W9000000001"
    assert (mblip.doi, mblip.arxiv_id) == (None, "2307.06930")  # from the arXiv landing page
    assert (llm2llm.doi, llm2llm.arxiv_id) == ("10.48550/arxiv.2403.15042", "2403.15042")  # from the DOI
    assert "https://arxiv.org/abs/2307.06930" in mblip.links


def test_openalex_single_work_with_display_name_and_raw_author(tmp_path):
    path = tmp_path / "work.json"
    path.write_text(json.dumps(WORK, indent=2))
    assert detect_format(TextInput(path)) == "openalex"
    (paper,), _ = _read(path)
    assert (paper.id, paper.title, paper.doi, paper.date) == (
        "https://openalex.org/W2741809807", "The state of OA", "10.7717/peerj.4375", "2018-02-13")
    assert paper.authors == ("Heather Piwowar", "Jason Priem")
    assert paper.abstract == "Despite growing interest in in"


def test_openalex_json_lines_snapshot(tmp_path):
    path = tmp_path / "part_000.jsonl"
    path.write_text(json.dumps(WORK) + "\n" + json.dumps(dict(WORK, id="https://openalex.org/W2")) + "\n")
    papers, _ = _read(path)
    assert [(p.id, p.sources[0].record) for p in papers] == [
        ("https://openalex.org/W2741809807", 1), ("https://openalex.org/W2", 2)]


@pytest.mark.parametrize(
    ("index", "text"),
    [(None, ""), ({}, ""), ({"b": [1], "a": [0, 2]}, "a b a"), ({"a": [True, "0", 1.5], "b": [0]}, "b"),
     ([1], "")],
)
def test_openalex_rebuild_abstract(index, text):
    assert rebuild_abstract(index) == text


def test_openalex_work_without_title_or_abstract_is_reported(tmp_path):
    path = tmp_path / "page.json"
    path.write_text(json.dumps({"meta": {"count": 2}, "results": [{"id": "https://openalex.org/W1"}, WORK]}))
    papers, report = _read(path)
    assert len(papers) == 1
    (error,) = report.skipped.examples
    assert (Path(error.path), error.line, error.reason) == (path, 1,
                                                            "work has no title and no abstract; skipped")
