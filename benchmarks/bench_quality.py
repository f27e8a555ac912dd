"""Extraction quality on the hand-annotated gold files: precision, recall and F1 per kind, roles.

Usage: python benchmarks/bench_quality.py [--gold FILE ...] [--errors]

With no ``--gold`` it scores every gold set, the honest one first:

- ``benchmarks/gold/corpus_test.jsonl``: 140 real arXiv abstracts from ``../shared/corpora/``
  (not the sample corpus), annotated by three annotators who never saw paperkg's output.
  Nothing is tuned on it: the honest figure.
- ``benchmarks/gold/corpus_test_4.jsonl``: 50 more, drawn and annotated later the same way by a
  fifth annotator (the second round of ``select.py``); measured, never tuned on.
- ``benchmarks/gold/corpus_test_5.jsonl``: 40 more (the third round, 2026-12-05), by a seventh
  annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_6.jsonl``: 50 more (the fourth round, 2026-12-05), by a tenth
  annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_7.jsonl``: 50 more (the fifth round, 2026-12-05), by an eleventh
  annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_8.jsonl``: 50 more (the sixth round, 2026-12-05), by a thirteenth
  annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_9.jsonl``: 50 more (the seventh round, 2026-12-06), by a
  fifteenth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_10.jsonl``: 50 more (the eighth round, 2026-12-06), by a
  seventeenth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_11.jsonl``: 50 more (the ninth round, 2026-12-06), by a
  nineteenth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_12.jsonl``: 50 more (the tenth round, 2026-12-06), by a
  twenty-first annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_13.jsonl``: 50 more (the eleventh round, 2026-12-06), by a
  twenty-third annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_14.jsonl``: 50 more (the twelfth round, 2026-12-06), by a
  twenty-sixth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_15.jsonl``: 50 more (the thirteenth round, 2026-12-07), by a
  twenty-seventh annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_16.jsonl``: 50 more (the fourteenth round, 2026-12-07), by a
  thirty-third annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_17.jsonl``: 50 more (the fifteenth round, 2026-12-07), by a
  thirty-fourth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_18.jsonl``: 50 more (the sixteenth round, 2026-12-07), by a
  thirty-sixth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_19.jsonl``: 50 more (the seventeenth round, 2026-12-07), by a
  thirty-eighth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_20.jsonl``: 50 more (the eighteenth round, 2026-12-07), by a
  fortieth annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_test_21.jsonl``: 50 more (the nineteenth round, 2026-12-07), by a
  forty-second annotator; measured, never tuned on.
- ``benchmarks/gold/corpus_dev.jsonl``, ``corpus_dev_2.jsonl`` to ``corpus_dev_19.jsonl``: 70 + 50 +
  40 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 + 50 more, annotated
  the same way; rules may look at ``corpus_dev`` to ``corpus_dev_17`` (the shipped learned weights were
  trained on those up to ``corpus_dev_14``); ``corpus_dev_18`` and ``corpus_dev_19`` are only measured.
- ``tests/data/gold/heldout_gold.jsonl`` and ``seeds_gold.jsonl``: sample-corpus papers (the
  rules were written on the sample corpus, so these flatter).

Corpus gold files name papers by arXiv id; their texts are read from ``../shared/corpora/``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.evaluate import Evaluation, evaluate, load_gold
from paperkg.ingest.readers import read_papers

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
GOLD = [
    ROOT / "benchmarks" / "gold" / "corpus_test.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_4.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_5.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_6.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_7.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_8.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_9.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_10.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_11.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_12.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_13.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_14.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_15.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_16.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_17.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_18.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_19.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_20.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_test_21.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_2.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_3.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_4.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_5.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_6.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_7.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_8.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_9.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_10.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_11.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_12.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_13.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_14.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_15.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_16.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_17.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_18.jsonl",
    ROOT / "benchmarks" / "gold" / "corpus_dev_19.jsonl",
    ROOT / "tests" / "data" / "gold" / "heldout_gold.jsonl",
    ROOT / "tests" / "data" / "gold" / "seeds_gold.jsonl",
]


def score(gold_path: Path, extractor: Extractor | None = None) -> Evaluation:
    """Score the extractor on one gold file (corpus gold: texts from ../shared/corpora)."""
    extractor = extractor or Extractor.shared()
    gold = load_gold(gold_path)
    if any("id" in record for record in gold):
        wanted = {record["id"] for record in gold}
        papers = (p for p in read_papers([CORPUS]) if p.arxiv_id in wanted or p.id in wanted)
    else:
        papers = read_papers([SAMPLE_DIR])
    return evaluate(gold, papers, extractor.extract)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", help="a gold file (repeatable; default: all)")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args()
    extractor = Extractor.shared()
    print(f"vocabulary of {len(extractor.vocabulary)} entities")
    pooled = Evaluation()  # every corpus test set together: the headline figure
    for path in args.gold or GOLD:
        result = score(path, extractor)
        print(f"\n== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {result.papers} papers")
        print(result.table())
        if path.name.startswith("corpus_test"):
            _pool(pooled, result)
        if args.errors:
            for title, entity, why in result.false_positives:
                print(f"FP {entity:45} {why:12} {title}")
            for title, entity, why in result.false_negatives:
                print(f"FN {entity:45} {why:12} {title}")
    if pooled.papers:
        print(f"\n== every corpus test set together (untuned): {pooled.papers} papers")
        print(pooled.table())


def _pool(into: Evaluation, result: Evaluation) -> None:
    """Add ``result``'s counts to ``into`` (micro-averaged over papers; errors are not kept)."""
    into.papers += result.papers
    into.roles.extend(result.roles)
    for kind, counts in result.scores.items():
        total = into.scores[kind]
        total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn


if __name__ == "__main__":
    main()
