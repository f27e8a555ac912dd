"""Hugging Face daily_papers API JSON: wrapped items, bare papers, daily dates, links."""

from __future__ import annotations

import json
from pathlib import Path

from paperkg.ingest.readers import ReadReport, TextInput, detect_format, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
ITEM = {
    "paper": {"id": "2407.21783", "authors": [{"_id": "x", "name": "Abhimanyu Dubey", "hidden": False}],
              "publishedAt": "2024-07-31T17:54:27.000Z", "title": "The Llama 3 Herd\n of Models",
              "summary": "Modern artificial intelligence (AI) systems are powered by foundation models.",
              "upvotes": 99, "githubRepo": "https://github.com/meta-llama/llama3"},
    "publishedAt": "2024-08-01T00:00:00.000Z", "title": "The Llama 3 Herd of Models", "numComments": 3,
}


def _read(path: Path) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report)), report


def test_hf_api_item_fields(tmp_path):
    path = tmp_path / "daily.json"
    path.write_text(json.dumps([ITEM]))
    (paper,), _ = _read(path)
    assert (paper.id, paper.arxiv_id, paper.title) == ("2407.21783", "2407.21783",
                                                       "The Llama 3 Herd of Models")
    assert (paper.authors, paper.date) == (("Abhimanyu Dubey",), "2024-07-31")
    assert paper.links == ("https://github.com/meta-llama/llama3",)
    assert paper.sources[0].date == "2024-08-01"  # the day it was on the daily page


def test_hf_api_bare_paper_object(tmp_path):
    path = tmp_path / "paper.json"
    path.write_text(json.dumps(ITEM["paper"], indent=2))
    assert detect_format(TextInput(path)) == "hf-api"
    (paper,), _ = _read(path)
    assert paper.arxiv_id == "2407.21783" and paper.sources[0].date is None


def test_hf_api_json_lines_of_items(tmp_path):
    path = tmp_path / "daily.jsonl"
    second = dict(ITEM, paper=dict(ITEM["paper"], id="2407.10671", title="Qwen2 Technical Report"))
    path.write_text(json.dumps(ITEM) + "\n" + json.dumps(second) + "\n")
    papers, _ = _read(path)
    assert [(p.arxiv_id, p.sources[0].record) for p in papers] == [("2407.21783", 1), ("2407.10671", 2)]


def test_hf_api_records_are_numbered_by_position():
    papers, _ = _read(READER_DATA / "papers.hf-api.json")
    assert [p.sources[0].record for p in papers] == [1, 2, 3, 4]


def test_hf_api_bad_item_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "daily.json"
    path.write_text(json.dumps([ITEM, {"paper": {"id": "1"}}, "oops", ITEM], indent=1))
    papers, report = _read(path)
    assert len(papers) == 2
    assert [(e.line, e.reason) for e in report.skipped.examples] == [
        (2, "paper has no title and no abstract; skipped"), (3, "expected a JSON object, got str; skipped")]
