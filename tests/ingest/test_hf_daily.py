"""Hugging Face daily-papers page dumps: the bundled sample corpus read and merged."""

from __future__ import annotations

from collections import Counter

import pytest

from paperkg.errors import QueryError
from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.dedupe import dedupe
from paperkg.ingest.readers import ReadReport, TextInput, detect_format, read_papers
from paperkg.ingest.readers.hf_daily import parse_hf_daily
from paperkg.ingest.records import SourceRef

CHROME = {"new", "subscribe", "daily papers", "byak and the research community",
          "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!"}


@pytest.fixture(scope="module")
def entries():
    report = ReadReport()
    papers = list(read_papers([SAMPLE_DIR], report=report))
    assert not report.skipped and not report.failed_files and not report.warnings
    return papers


def test_hf_daily_sample_files_are_detected():
    assert {detect_format(TextInput(p)) for p in SAMPLE_DIR.iterdir()} == {"hf-daily"}


def test_hf_daily_sample_has_361_entries(entries):
    assert len(entries) == 361


def test_hf_daily_sample_has_305_distinct_papers(entries):
    assert len(dedupe(entries)) == 305


def test_hf_daily_paper_in_several_files_remembers_every_file(entries):
    (llm2llm,) = [p for p in dedupe(entries) if p.title.startswith("LLM2LLM")]
    assert [(s.file, s.record, s.date) for s in llm2llm.sources] == [
        ("000_a932e451f06fc1ce.txt", 23, "2025-03-12"), ("002_965f3d7c19ff072c.txt", 67, None)]
    several = [p for p in dedupe(entries) if len({s.file for s in p.sources}) > 1]
    assert len(several) == 43


def test_hf_daily_chrome_never_becomes_a_paper(entries):
    titles = {p.title.lower() for p in entries}
    assert not titles & CHROME
    assert not any(t.startswith("subscribe") or t in ("mar 12", "jul 30", "apr 23") for t in titles)


def test_hf_daily_glued_subscribe_title(entries):
    (paper,) = [p for p in entries if p.sources[0] == SourceRef("002_965f3d7c19ff072c.txt", 3)]
    assert paper.title == (
        "Mixture of Scales: Memory-Efficient Token-Adaptive Binarization for Large Language Models")
    assert paper.abstract.startswith("Binarization, which converts weight parameters to binary values")


@pytest.mark.issue(15)
def test_hf_daily_sample_papers_are_dated_by_their_day_header(entries):
    dates = Counter((p.sources[0].file, p.sources[0].date, p.date) for p in entries)
    assert dates == {("000_a932e451f06fc1ce.txt", "2025-03-12", "2025-03-12"): 79,
                     ("001_a3a14dc973bea2fb.txt", "2025-07-30", "2025-07-30"): 72,
                     ("002_965f3d7c19ff072c.txt", None, None): 119,
                     ("003_6f5c3a05dbdd0c02.txt", "2025-04-23", "2025-04-23"): 91}


@pytest.mark.issue(15)
def test_hf_daily_a_copy_of_the_sample_elsewhere_needs_page_year(tmp_path):
    copy = tmp_path / "000.txt"
    copy.write_bytes((SAMPLE_DIR / "000_a932e451f06fc1ce.txt").read_bytes())
    undated = list(read_papers([copy]))
    assert {(p.date, p.sources[0].date) for p in undated} == {(None, "Mar 12")}
    dated = list(read_papers([copy], options={"page_year": 2024}))
    assert {(p.date, p.sources[0].date) for p in dated} == {("2024-03-12", "2024-03-12")}


@pytest.mark.parametrize("year", ["twenty", True, 25, "2025-03"])
def test_hf_daily_page_year_must_be_a_year(year, tmp_path):
    path = tmp_path / "000.txt"
    path.write_bytes((SAMPLE_DIR / "000_a932e451f06fc1ce.txt").read_bytes())
    with pytest.raises(QueryError, match="page_year must be a four-digit year, not "):
        list(read_papers([path], options={"page_year": year}))


@pytest.mark.issue(15)
def test_hf_daily_year_shown_on_a_header_dates_later_headers_without_one():
    lines = enumerate(["Dec 31, 2024", "Qwen2 Technical Report", "Jan 2",
                       "PolyLM: An Open Source Polyglot Model", "Feb 30",
                       "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs"], start=1)
    assert [(p.date, p.sources[0].date) for p in parse_hf_daily(lines, name="d.txt")] == [
        ("2024-12-31", "2024-12-31"), ("2024-01-02", "2024-01-02"), (None, "Feb 30")]


@pytest.mark.issue(15)
def test_hf_daily_month_like_titles_are_not_day_headers():
    lines = enumerate(["Gemma 2", "Llama 3", "May 2"], start=1)
    assert [p.title for p in parse_hf_daily(lines, name="d.txt", page_year=2025)] == ["Gemma 2", "Llama 3"]


@pytest.mark.issue(15)
def test_hf_daily_arxiv_ids_and_links_on_their_own_line_are_kept():
    lines = enumerate([
        "Jul 16, 2024", "Qwen2 Technical Report",
        "This report introduces the Qwen2 series. We release open-weight models.",
        "https://arxiv.org/abs/2407.10671v2", "https://github.com/QwenLM/Qwen2",
        "PolyLM: An Open Source Polyglot Large Language Model", "arXiv:2307.06018",
        "mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs", "https://huggingface.co/papers/2307.06930",
    ], start=1)
    papers = list(parse_hf_daily(lines, name="d.txt"))
    assert [(p.id, p.arxiv_id, p.links, p.date) for p in papers] == [
        ("arxiv-2407.10671", "2407.10671", ("https://arxiv.org/abs/2407.10671v2", "https://github.com/QwenLM/Qwen2"),
         "2024-07-16"),
        ("arxiv-2307.06018", "2307.06018", (), "2024-07-16"),
        ("arxiv-2307.06930", "2307.06930", ("https://huggingface.co/papers/2307.06930",), "2024-07-16"),
    ]
    assert papers[0].abstract.startswith("This report introduces")


@pytest.mark.issue(15)
def test_hf_daily_sample_dates_reach_the_trend(sample_kg):
    rows = sample_kg.trend("LoRA", period="month")
    assert [row.period for row in rows] == ["2025-03", "2025-04", "2025-07"]
    assert sum(row.papers for row in rows) > 0


def test_hf_daily_code_urls_are_kept(entries):
    (mblip,) = [p for p in entries if p.title.startswith("mBLIP")]
    assert mblip.links == ("https://github.com/gregor-ge/mBLIP",)
    assert sum(1 for p in entries if any("github.com" in link for link in p.links)) == 71


def test_hf_daily_abstract_without_title_is_reported():
    errors = []
    lines = enumerate(["Subscribe", "This is an abstract. It has two sentences."], start=1)
    assert list(parse_hf_daily(lines, name="d.txt", on_error=errors.append)) == []
    assert [(e.path, e.line) for e in errors] == [("d.txt", 2)]


def test_hf_daily_title_without_abstract_is_kept():
    lines = enumerate(["Qwen2 Technical Report", "PolyLM: An Open Source Polyglot Large Language Model"],
                      start=1)
    assert [(p.title, p.abstract) for p in parse_hf_daily(lines, name="d.txt")] == [
        ("Qwen2 Technical Report", ""), ("PolyLM: An Open Source Polyglot Large Language Model", "")]
