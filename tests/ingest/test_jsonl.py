"""JSON Lines and the arXiv metadata snapshot: fields as strings or lists, ids, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from paperkg.ingest.readers import ReadReport, read_papers

READER_DATA = Path(__file__).parents[1] / "data" / "readers"


def _write(tmp_path: Path, records: list, name: str = "papers.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _read(path: Path, **kwargs) -> tuple[list, ReadReport]:
    report = ReadReport()
    return list(read_papers([path], report=report, **kwargs)), report


def test_jsonl_snapshot_fields():
    papers, _ = _read(READER_DATA / "papers.snapshot.jsonl")
    mblip = papers[0]
    assert (mblip.id, mblip.arxiv_id) == ("2307.06930", "2307.06930")
    assert mblip.title == "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs"  # was hard-wrapped
    assert mblip.abstract.startswith("Modular vision-language models")  # leading spaces stripped
    assert "\n" in mblip.abstract  # line breaks kept: offsets index the text as read
    assert mblip.categories == ("cs.CV", "cs.CL")
    assert mblip.date == "2023-07-13"  # v1 "created", not update_date


def test_jsonl_snapshot_prefers_authors_parsed(tmp_path):
    path = _write(tmp_path, [{"id": "0704.0001", "title": "Calculation of prompt diphoton production",
                              "authors": "C. Bal\\'azs, E. L. Berger",
                              "authors_parsed": [["Balázs", "C.", ""], ["Berger", "E. L.", ""]]}])
    assert _read(path)[0][0].authors == ("C. Balázs", "E. L. Berger")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("A, B and C", ("A", "B", "C")), (["A", "B"], ("A", "B")), ([{"name": "A"}, {"name": "B"}], ("A", "B"))],
)
def test_jsonl_authors_string_or_list(tmp_path, value, expected):
    path = _write(tmp_path, [{"title": "T", "authors": value}])
    assert _read(path)[0][0].authors == expected


@pytest.mark.parametrize(("value", "expected"),
                         [("cs.CL cs.LG", ("cs.CL", "cs.LG")), (["cs.CL"], ("cs.CL",))])
def test_jsonl_categories_string_or_list(tmp_path, value, expected):
    assert _read(_write(tmp_path, [{"title": "T", "categories": value}]))[0][0].categories == expected


@pytest.mark.parametrize(
    ("raw_id", "arxiv_id"),
    [("2407.21783", "2407.21783"), ("arXiv:2407.21783v2", "2407.21783"), ("hep-th/9901001", "hep-th/9901001"),
     ("W2741809807", None)],
)
def test_jsonl_arxiv_like_id_is_kept_as_arxiv_id(tmp_path, raw_id, arxiv_id):
    (paper,), _ = _read(_write(tmp_path, [{"id": raw_id, "title": "T"}]))
    assert (paper.id, paper.arxiv_id) == (raw_id, arxiv_id)


def test_jsonl_doi_and_comment_links(tmp_path):
    path = _write(tmp_path, [{"title": "T", "doi": "https://doi.org/10.1/ABC 10.2/x", "comments": "Code: https://g.io/x."}])
    (paper,), _ = _read(path)
    assert (paper.doi, paper.links) == ("10.1/ABC", ("https://g.io/x",))


def test_jsonl_extra_fields_are_ignored(tmp_path):
    (paper,), report = _read(_write(tmp_path, [{"title": "T", "license": None, "x": {"y": [1]}}]))
    assert paper.title == "T" and not report.skipped


def test_jsonl_record_without_id_gets_a_title_id(tmp_path):
    (paper,), _ = _read(_write(tmp_path, [{"title": "Qwen2 Technical Report"}]))
    assert paper.id == paper.uid and paper.id.startswith("t-")


def test_jsonl_record_without_title_but_abstract_is_read(tmp_path):
    (paper,), _ = _read(_write(tmp_path, [{"abstract": "We release Qwen2."}]))
    assert (paper.title, paper.abstract) == ("", "We release Qwen2.")


def test_jsonl_reads_a_json_array_and_wrappers(tmp_path):
    array = tmp_path / "array.json"
    array.write_text(json.dumps([{"title": "A"}, {"title": "B"}], indent=2))
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"count": 2, "papers": [{"title": "A"}, {"title": "B"}]}, indent=2))
    for path in (array, wrapped):
        papers, _ = _read(path)
        assert [(p.title, p.sources[0].record) for p in papers] == [("A", 1), ("B", 2)]


def test_jsonl_options_rename_fields(tmp_path):
    path = _write(tmp_path, [{"key": "p1", "headline": "Qwen2", "body": "We release.", "by": "An Yang",
                              "when": "2024-07-15", "title": "not this"}])
    (paper,), _ = _read(path, options={"title_field": "headline", "abstract_field": "body", "id_field": "key",
                                       "authors_field": "by", "date_field": "when"})
    assert (paper.id, paper.title, paper.abstract, paper.authors, paper.date) == (
        "p1", "Qwen2", "We release.", ("An Yang",), "2024-07-15")


def test_jsonl_non_string_title_is_reported(tmp_path):
    papers, report = _read(_write(tmp_path, [{"title": ["a"]}, {"title": "B"}]))
    assert [p.title for p in papers] == ["B"]
    assert [(e.line, e.reason)
            for e in report.skipped.examples] == [(1, "title ('title') must be a string, not list; skipped")]
