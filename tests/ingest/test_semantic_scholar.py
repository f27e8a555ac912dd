"""Semantic Scholar Graph API: search pages, batch lists, single papers, dataset keys."""

from __future__ import annotations

import json
from pathlib import Path

from paperkg.ingest.readers import ReadReport, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
PAPER = {"paperId": "649def34f8be52c8b66281af98ae884c09aef38b",
         "title": "Construction of the Literature Graph",
         "externalIds": {"DOI": "10.18653/v1/N18-3011", "CorpusId": 19170988}, "year": 2018,
         "authors": [{"authorId": "1", "name": "Waleed Ammar"}], "abstract": None}


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def _write(tmp_path: Path, value) -> Path:
    path = tmp_path / "s2.json"
    path.write_text(json.dumps(value, indent=2))
    return path


def test_semantic_scholar_search_page_fields():
    papers, _ = _read(READER_DATA / "papers.s2.json")
    assert papers[0].id == "362841647ddf4b2a9e055047625d71e566e1ce35"
    assert (papers[0].arxiv_id, papers[0].doi) == ("2307.06930", "10.48550/arXiv.2307.06930")
    assert "https://arxiv.org/pdf/2307.06930" in papers[0].links


def test_semantic_scholar_single_paper_and_year(tmp_path):
    (paper,), _ = _read(_write(tmp_path, PAPER))
    assert (paper.id, paper.doi, paper.arxiv_id, paper.date, paper.abstract) == (
        PAPER["paperId"], "10.18653/v1/N18-3011", None, "2018", "")


def test_semantic_scholar_citations_unwrap_the_citing_paper(tmp_path):
    (paper,), _ = _read(_write(tmp_path, {"offset": 0, "data": [{"contexts": [], "citingPaper": PAPER}]}))
    assert paper.title == "Construction of the Literature Graph"


def test_semantic_scholar_dataset_keys_in_lower_case(tmp_path):
    path = tmp_path / "papers.jsonl"
    record = {"corpusid": 19170988, "externalids": {"ArXiv": "1805.02262"}, "title": "T",
              "authors": [{"name": "A"}], "publicationdate": "2018-05-06"}
    path.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n")
    papers, report = _read(path)
    assert (papers[0].id, papers[0].arxiv_id, papers[0].date) == (
        "CorpusId:19170988", "1805.02262", "2018-05-06")
    assert [(w.line, "duplicate id" in w.reason) for w in report.warnings.examples] == [(2, True)]


def test_semantic_scholar_batch_nulls_and_bad_records_are_reported():
    papers, report = _read(READER_DATA / "bad" / "bad_records.s2.json")
    assert [p.arxiv_id for p in papers] == ["2307.06930", "2407.10671"]
    assert [(e.line, e.reason) for e in report.skipped.examples] == [
        (2, "null (the API found no paper for this id); skipped"),
        (3, "paper has no title and no abstract; skipped"),
    ]
