"""Extraction quality on the hand-checked gold files, held above floors.

``seeds_gold.jsonl`` (92 sample-corpus papers) is the development set: the floors are the
targets of issue 3 (F1 >= 0.85 and precision >= 0.9 for every kind). ``heldout_gold.jsonl``
(40 other sample papers, annotated afterwards, no name from it added to the vocabulary) is the
honest measurement; its errors were read once to find general rule gaps (the kind of a named
method, abbreviations the paper defines), so later changes should be judged on new papers too.
Its floors sit just under what it measured. ``benchmarks/gold/corpus_dev.jsonl`` (70 real arXiv
abstracts, texts read from ``../shared/corpora``) is the corpus development split, with floors
just under its measured figures too; the corpus test split is never scored here. ``python
benchmarks/bench_quality.py [--gold FILE] [--errors]`` prints the figures and the errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.evaluate import evaluate, load_gold
from paperkg.ingest.readers import read_papers


@pytest.fixture(scope="module")
def evaluation(data_dir, sample_dir):
    gold = load_gold(data_dir / "gold" / "seeds_gold.jsonl")
    return evaluate(gold, read_papers([sample_dir]), Extractor.shared().extract)


def test_quality_scores_every_gold_paper(evaluation):
    assert evaluation.papers == 92


@pytest.mark.issue(3)
@pytest.mark.parametrize("kind", ["model", "dataset", "technique", "language"])
def test_quality_precision_floor(evaluation, kind):
    assert evaluation.scores[kind].precision >= 0.90, evaluation.table()


@pytest.mark.issue(3)
@pytest.mark.parametrize("kind", ["model", "dataset", "technique", "language"])
def test_quality_f1_floor(evaluation, kind):
    assert evaluation.scores[kind].f1 >= 0.85, evaluation.table()


@pytest.fixture(scope="module")
def heldout(data_dir, sample_dir):
    gold = load_gold(data_dir / "gold" / "heldout_gold.jsonl")
    return evaluate(gold, read_papers([sample_dir]), Extractor.shared().extract)


# measured on 2026-11-23: P/F1 model .883/.869, dataset .833/.800, technique .962/.725, language 1/1;
# on 2026-12-06 technique P .925: "DB-LLM: Accurate Dual-Binarization for Efficient LLMs" now introduces
# DB-LLM (a technique, as the gold has it; it was a model false positive), and "Dual-Binarization", which
# the gold counts as DB-LLM's name, is a second entity for it
HELDOUT_FLOORS = {"model": (0.85, 0.84), "dataset": (0.80, 0.75), "technique": (0.92, 0.70),
                  "language": (0.95, 0.95), "overall": (0.89, 0.77)}


def test_heldout_scores_every_gold_paper(heldout):
    assert heldout.papers == 40


@pytest.mark.issue(3)
@pytest.mark.parametrize("kind", list(HELDOUT_FLOORS))
def test_heldout_quality_floors(heldout, kind):
    _assert_floors(heldout, kind, HELDOUT_FLOORS[kind])


def _assert_floors(evaluation, kind, floors):
    """``evaluation``'s precision and F1 for ``kind`` (or "overall") at least ``floors``."""
    precision, f1 = floors
    score = evaluation.overall if kind == "overall" else evaluation.scores[kind]
    assert score.precision >= precision and score.f1 >= f1, evaluation.table()


def test_quality_duplicate_entities_count_as_errors(evaluation, data_dir, sample_dir):
    """Scoring is strict: linking one concept to two entities is a false positive."""
    from paperkg.ingest.records import Extraction, Kind, Mention

    gold = [g for g in load_gold(data_dir / "gold" / "seeds_gold.jsonl")
            if g["title"].startswith("ChocoLlama")]
    real = Extractor.shared().extract

    def doubled(paper):
        extraction = real(paper)
        dutch = next(m for m in extraction.mentions if m.entity_id == "language/dutch")
        clone = Mention(**{**{f: getattr(dutch, f) for f in dutch.__dataclass_fields__},
                           "entity_id": "language/dutch-2"})
        return Extraction(extraction.paper, (*extraction.mentions, clone), extraction.entities)

    once = evaluate(gold, read_papers([sample_dir]), real)
    twice = evaluate(gold, read_papers([sample_dir]), doubled)
    assert twice.scores[Kind.LANGUAGE].fp == once.scores[Kind.LANGUAGE].fp + 1


# The corpus dev split (benchmarks/gold/corpus_dev.jsonl: 70 real arXiv abstracts whose texts are
# read from ../shared/corpora, never copied here). Rules are written on its errors, so these floors
# guard against regressions only; the test split is never scored in tests.
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
DEV_GOLD = Path(__file__).resolve().parents[2] / "benchmarks" / "gold" / "corpus_dev.jsonl"

# measured on 2026-12-04 (after merging main's vocabulary): P/F1 model .935/.789, dataset .971/.883,
# technique .850/.714, language .857/.923 (6 entities), overall .892/.767; role accuracy .799
DEV_FLOORS = {"model": (0.90, 0.76), "dataset": (0.93, 0.85), "technique": (0.82, 0.69),
              "language": (0.80, 0.90), "overall": (0.87, 0.74)}


@pytest.fixture(scope="module")
def dev():
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} not found (the corpus dev texts live there)")
    gold = load_gold(DEV_GOLD)
    wanted = {record["id"] for record in gold}
    papers = (p for p in read_papers([CORPUS]) if p.arxiv_id in wanted or p.id in wanted)
    return evaluate(gold, papers, Extractor.shared().extract)


@pytest.mark.issue(12)
def test_dev_scores_every_gold_paper(dev):
    assert dev.papers == 70


@pytest.mark.issue(12)
@pytest.mark.parametrize("kind", list(DEV_FLOORS))
def test_dev_quality_floors(dev, kind):
    _assert_floors(dev, kind, DEV_FLOORS[kind])


@pytest.mark.issue(12)
def test_dev_role_accuracy_floor(dev):
    assert dev.role_accuracy >= 0.77, dev.table()
