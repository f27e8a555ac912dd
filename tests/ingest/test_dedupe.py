"""Dedupe across sources: arXiv id, DOI, else folded title; the merged paper keeps everything,
whatever the order of the records."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest

from paperkg.ingest.dedupe import dedupe, merge_papers, paper_keys, text_conflicts
from paperkg.ingest.readers import read_papers
from paperkg.ingest.records import Paper, SourceRef

READER_DATA = Path(__file__).parents[1] / "data" / "readers"
TITLE = "A Survey of Large Language Models"


def _paper(id: str, *, file: str = "a", record: int = 1, **fields) -> Paper:
    return Paper(id=id, title=fields.pop("title", TITLE), sources=(SourceRef(file, record),), **fields)


@pytest.mark.parametrize("order", [("papers.atom.xml", "papers.hf-daily.txt"),
                                   ("papers.hf-daily.txt", "papers.atom.xml")])
def test_dedupe_atom_paper_merges_with_title_only_hf_dump(order):
    papers = dedupe(read_papers([READER_DATA / name for name in order]))
    assert len(papers) == 4
    qwen = papers[3]
    assert qwen.id == "http://arxiv.org/abs/2407.10671v1"  # the only input id, whichever file came first
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
    (merged,) = dedupe([_paper("x", doi="10.1/ABC", title="One"),
                        _paper("y", doi="10.1/abc", title="Two", file="b")])
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
    papers = dedupe([_paper("a", title="Introduction", abstract="One."),
                     _paper("b", title="Introduction", abstract="Two.")])
    assert len(papers) == 2


def test_dedupe_bridging_paper_folds_two_earlier_ones_and_keeps_their_keys():
    papers = [_paper("by-id", title="Short", arxiv_id="2407.10671"),
              _paper("by-title", title="Qwen2 Technical Report", file="b"),
              _paper("by-title-2", title="Qwen2 technical report!", file="c", abstract="Longer abstract."),
              _paper("bridge", title="Qwen2 Technical Report", arxiv_id="2407.10671", file="d"),
              _paper("late", title="Short", arxiv_id="2407.10671", file="e")]
    for order in permutations(papers):
        (merged,) = dedupe(order)
        assert {s.file for s in merged.sources} == {"a", "b", "c", "d", "e"}
        assert (merged.id, merged.title, merged.abstract) == (
            "by-title-2", "Qwen2 technical report!", "Longer abstract.")


def test_dedupe_keeps_the_richest_metadata():
    first = _paper("a", arxiv_id="2407.10671", date="2024-07", authors=("An Yang",), categories=("cs.CL",),
                   links=("https://a",))
    second = _paper("b", arxiv_id="2407.10671", date="2024-07-15", authors=("An Yang", "Baosong Yang"),
                    categories=("cs.AI",), links=("https://b",), abstract="This report introduces Qwen2.",
                    file="b")
    (merged,) = dedupe([first, second])
    assert dedupe([second, first]) == [merged]
    # the text (and the input id, categories and links first) come from the copy with the abstract
    assert (merged.id, merged.date, merged.authors) == ("b", "2024-07-15", ("An Yang", "Baosong Yang"))
    assert (merged.categories, merged.links, merged.abstract) == (
        ("cs.AI", "cs.CL"), ("https://b", "https://a"), "This report introduces Qwen2.")
    assert merged.sources == (SourceRef("a", 1), SourceRef("b", 1))


def test_dedupe_papers_come_out_in_first_seen_order():
    papers = dedupe([_paper("1", title="Paper number one"), _paper("2", title="Paper number two"),
                     _paper("3", title="Paper number one", file="b")])
    assert [p.title for p in papers] == ["Paper number one", "Paper number two"]


def test_dedupe_keys():
    assert paper_keys(_paper("x", title="Intro", abstract="Text.")) == ["text:intro text"]
    assert paper_keys(_paper("x", doi="10.1/AB")) == ["doi:10.1/ab",
                                                      "title:a survey of large language models"]


@pytest.mark.issue(14)
def test_dedupe_same_paper_in_any_order_is_the_same_paper():
    copies = [_paper("x", arxiv_id="2407.10671", title="Qwen2 Technical Report", abstract="Short.",
                     date="2024"),
              _paper("y", file="b", title="QWEN2 technical report", abstract="A longer abstract of Qwen2.",
                     authors=("An Yang",), categories=("cs.CL",)),
              _paper("z", file="c", doi="10.1/qwen2", title="Qwen2 Technical Report", date="2024-07-15",
                     categories=("cs.AI", "cs.LG"), links=("https://qwen",))]
    results = {tuple(dedupe(order)) for order in permutations(copies)}
    assert len(results) == 1
    (merged,) = results.pop()
    assert (merged.id, merged.abstract, merged.arxiv_id, merged.doi) == (
        "y", "A longer abstract of Qwen2.", "2407.10671", "10.1/qwen2")
    assert (merged.date, merged.categories) == ("2024-07-15", ("cs.CL", "cs.AI", "cs.LG"))


@pytest.mark.issue(14)
def test_dedupe_a_title_between_two_clashing_ids_joins_the_same_one_in_any_order():
    a = _paper("a", arxiv_id="2303.18223", abstract="First survey.")
    b = _paper("b", arxiv_id="2402.06196", file="b", abstract="Second survey.")
    c = _paper("c", file="c")  # no id: it could join either
    results = {tuple(sorted((p.id, len(p.sources)) for p in dedupe(order)))
               for order in permutations([a, b, c])}
    assert len(results) == 1 and sum(n for _, n in results.pop()) == 3


@pytest.mark.issue(14)
def test_dedupe_one_id_two_texts_keeps_one_text_whole_and_names_the_other():
    """F7: two records with one id and different content are merged, the text of one whole
    (never a title from one and an abstract from the other), and the other is named."""
    one = _paper("2401.00001", arxiv_id="2401.00001", title="LoRA adapters for Llama 2 fine-tuning",
                 abstract="We fine-tune Llama 2 with LoRA on MMLU.")
    two = _paper("2401.00001", arxiv_id="2401.00001", title="Mistral 7B evaluated on GSM8K benchmark",
                 abstract="We evaluate Mistral 7B on GSM8K.", record=2)
    merged, chosen = merge_papers([one, two])
    assert (merged.title, merged.abstract) == (one.title, one.abstract)
    assert merge_papers([two, one])[0] == merged
    assert text_conflicts([one, two], chosen) == [1 - chosen]
    assert len(merged.sources) == 2


@pytest.mark.issue(14)
def test_dedupe_a_paper_on_two_days_pages_is_dated_by_the_first(sample_dir):
    """The sample's daily pages list some papers on two days: the merged paper takes the earliest
    date, in either order of the records."""
    records = list(read_papers(sorted(sample_dir.glob("*.txt"))))
    merged = dedupe(records)
    assert sorted(merged, key=lambda p: p.id) == sorted(dedupe(reversed(records)), key=lambda p: p.id)
    redated = 0
    for paper in merged:
        dates = {r.date for r in records if r.sources[0] in paper.sources and r.date}
        assert paper.date == min(dates, default=None)
        redated += len(dates) > 1
    assert redated >= 2


def test_dedupe_date_refined_by_a_copy_then_earliest():
    papers = [_paper("a", date="2024-07"), _paper("b", file="b", date="2024-07-15"),
              _paper("c", file="c", date="2024-08-01")]
    assert {dedupe(order)[0].date for order in permutations(papers)} == {"2024-07-15"}


@pytest.mark.issue(14)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_dedupe_real_seed_records_shuffled_merge_to_the_same_papers(sample_dir, seed):
    """Every record of the seed pages (papers listed on several days included) and the reader
    samples (one paper in both an Atom feed and a daily page), shuffled: the same merged papers,
    equal field by field (text, ids, earliest date, unioned metadata, sources)."""
    import random

    records = list(read_papers([*sorted(sample_dir.glob("*.txt")), READER_DATA / "papers.atom.xml",
                                READER_DATA / "papers.hf-daily.txt"]))
    merged = sorted(dedupe(records), key=lambda p: p.id)
    assert len(records) - len(merged) >= 50  # real duplicates to merge
    shuffled = records[:]
    random.Random(seed).shuffle(shuffled)
    assert sorted(dedupe(shuffled), key=lambda p: p.id) == merged
