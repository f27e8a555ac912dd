"""Hugging Face daily-papers page dumps: the bundled sample corpus read and merged."""

from __future__ import annotations

from collections import Counter

import pytest

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
        ("000_a932e451f06fc1ce.txt", 23, "Mar 12"), ("002_965f3d7c19ff072c.txt", 67, None)]
    several = [p for p in dedupe(entries) if len({s.file for s in p.sources}) > 1]
    assert len(several) == 43


def test_hf_daily_chrome_never_becomes_a_paper(entries):
    titles = {p.title.lower() for p in entries}
    assert not titles & CHROME
    assert not any(t.startswith("subscribe") or t in ("mar 12", "jul 30", "apr 23") for t in titles)


def test_hf_daily_glued_subscribe_title(entries):
    (paper,) = [p for p in entries if p.sources[0] == SourceRef("002_965f3d7c19ff072c.txt", 3)]
    assert paper.title == "Mixture of Scales: Memory-Efficient Token-Adaptive Binarization for Large Language Models"
    assert paper.abstract.startswith("Binarization, which converts weight parameters to binary values")


def test_hf_daily_page_dates_are_kept(entries):
    dates = Counter((p.sources[0].file, p.sources[0].date) for p in entries)
    assert dates == {("000_a932e451f06fc1ce.txt", "Mar 12"): 79, ("001_a3a14dc973bea2fb.txt", "Jul 30"): 72,
                     ("002_965f3d7c19ff072c.txt", None): 119, ("003_6f5c3a05dbdd0c02.txt", "Apr 23"): 91}


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
    lines = enumerate(["Qwen2 Technical Report", "PolyLM: An Open Source Polyglot Large Language Model"], start=1)
    assert [(p.title, p.abstract) for p in parse_hf_daily(lines, name="d.txt")] == [
        ("Qwen2 Technical Report", ""), ("PolyLM: An Open Source Polyglot Large Language Model", "")]
