"""Dedupe across sources: arXiv id, DOI, else folded title; the merged paper keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.ingest.dedupe import Deduplicator, dedupe, paper_keys
from paperkg.ingest.readers import read_papers
from paperkg.ingest.records import Paper, SourceRef

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
TITLE = "A Survey of Large Language Models"


def _paper(id: str, *, file: str = "a", record: int = 1, **fields) -> Paper:
    return Paper(id=id, title=fields.pop("title", TITLE), sources=(SourceRef(file, record),), **fields)


@pytest.mark.parametrize("order", [("papers.atom.xml", "papers.hf-daily.txt"), ("papers.hf-daily.txt", "papers.atom.xml")])
def test_dedupe_atom_paper_merges_with_title_only_hf_dump(order):
    papers = dedupe(read_papers([READER_DATA / name for name in order]))
    assert len(papers) == 4
    qwen = papers[3]
    assert qwen.id == "http://arxiv.org/abs/2407.10671v1"  # the input id, whichever file came first
    assert (qwen.arxiv_id, qwen.date, qwen.authors[0]) == ("2407.10671", "2024-07-15", "An Yang")
    assert {s.file for s in qwen.sources} == {"papers.atom.xml", "papers.hf-daily.txt"}
    assert {s.date for s in qwen.sources} == {None, "Jul 16"}


def test_dedupe_title_only_papers_take_the_arxiv_uid():
    hf = Paper(id="", title=TITLE, sources=(SourceRef("hf.txt", 3),))
    hf = Paper(id=hf.uid, title=TITLE, sources=hf.sources)
    table = Paper(id="", title=TITLE.upper(), arxiv_id="2303.18223", sources=(SourceRef("t.csv", 2),))
    table = Paper(id=table.uid, title=table.title, arxiv_id=table.arxiv_id, sources=table.sources)
    (merged,) = dedupe([hf, table])
    assert merged.id == "arxiv-2303.18223" == merged.uid


def test_dedupe_by_doi_case_insensitive():
    (merged,) = dedupe([_paper("x", doi="10.1/ABC", title="One"), _paper("y", doi="10.1/abc", title="Two", file="b")])
    assert len(merged.sources) == 2


def test_dedupe_different_arxiv_ids_keep_same_titled_papers_apart():
    papers = dedupe([_paper("a", arxiv_id="2303.18223"), _paper("b", arxiv_id="2402.06196", file="b")])
    assert [p.id for p in papers] == ["a", "b"]


def test_dedupe_different_journal_dois_keep_same_titled_papers_apart():
    papers = dedupe([_paper("a", doi="10.1/one"), _paper("b", doi="10.2/two", file="b")])
    assert len(papers) == 2


def test_dedupe_arxiv_preprint_merges_with_its_journal_version():
    preprint = _paper("a", doi="10.48550/arXiv.2303.18223", arxiv_id="2303.18223")
    journal = _paper("b", doi="10.1145/123", file="b")
    (merged,) = dedupe([preprint, journal])
    assert merged.arxiv_id == "2303.18223" and len(merged.sources) == 2


def test_dedupe_short_titles_do_not_merge():
    papers = dedupe([_paper("a", title="Introduction", abstract="One."), _paper("b", title="Introduction", abstract="Two.")])
    assert len(papers) == 2


def test_dedupe_bridging_paper_folds_two_earlier_ones_and_keeps_their_keys():
    dedup = Deduplicator()
    dedup.add(_paper("by-id", title="Short", arxiv_id="2407.10671"))
    dedup.add(_paper("by-title", title="Qwen2 Technical Report", file="b"))
    dedup.add(_paper("by-title-2", title="Qwen2 technical report!", file="c", abstract="Longer abstract."))
    dedup.add(_paper("bridge", title="Qwen2 Technical Report", arxiv_id="2407.10671", file="d"))
    dedup.add(_paper("late", title="Short", arxiv_id="2407.10671", file="e"))
    (merged,) = dedup.papers()
    assert {s.file for s in merged.sources} == {"a", "b", "c", "d", "e"}
    assert dedup.merged == 4 and merged.id == "by-id"


def test_dedupe_keeps_the_richest_metadata():
    first = _paper("a", arxiv_id="2407.10671", date="2024-07", authors=("An Yang",), categories=("cs.CL",),
                   links=("https://a",))
    second = _paper("b", arxiv_id="2407.10671", date="2024-07-15", authors=("An Yang", "Baosong Yang"),
                    categories=("cs.AI",), links=("https://b",), abstract="This report introduces Qwen2.", file="b")
    (merged,) = dedupe([first, second])
    assert (merged.id, merged.date, merged.authors) == ("a", "2024-07-15", ("An Yang", "Baosong Yang"))
    assert (merged.categories, merged.links, merged.abstract) == (
        ("cs.CL", "cs.AI"), ("https://a", "https://b"), "This report introduces Qwen2.")
    assert merged.sources == (SourceRef("a", 1), SourceRef("b", 1))


def test_dedupe_papers_come_out_in_first_seen_order():
    papers = dedupe([_paper("1", title="Paper number one"), _paper("2", title="Paper number two"),
                     _paper("3", title="Paper number one", file="b")])
    assert [p.id for p in papers] == ["1", "2"]


def test_dedupe_keys():
    assert paper_keys(_paper("x", title="Intro", abstract="Text.")) == ["text:intro text"]
    assert paper_keys(_paper("x", doi="10.1/AB")) == ["doi:10.1/ab", "title:a survey of large language models"]
