"""Extraction quality on the hand-checked gold file: precision, recall and F1 per kind.

Usage: python benchmarks/bench_quality.py [--gold tests/data/gold/seeds_gold.jsonl] [--errors]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.evaluate import evaluate, load_gold
from paperkg.ingest.readers import read_papers

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "gold" / "seeds_gold.jsonl")
    parser.add_argument("--errors", action="store_true", help="list false positives and negatives")
    args = parser.parse_args()
    extractor = Extractor.shared()
    result = evaluate(load_gold(args.gold), read_papers([SAMPLE_DIR]), extractor.extract)
    print(f"{result.papers} gold papers, vocabulary of {len(extractor.vocabulary)} entities")
    print(result.table())
    if args.errors:
        for title, entity, why in result.false_positives:
            print(f"FP {entity:45} {why:12} {title}")
        for title, entity, why in result.false_negatives:
            print(f"FN {entity:45} {why:12} {title}")


if __name__ == "__main__":
    main()
