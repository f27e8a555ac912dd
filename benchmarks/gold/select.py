#!/usr/bin/env python3
"""Pick the corpus gold papers: a seeded random sample of arXiv ids from ../shared/corpora.

Usage: python3 benchmarks/gold/select.py [--show BATCH] [--corpus PATH]

Prints, for each batch (dev, test-1, test-2, test-3; second round dev-2, test-4;
third round dev-3, test-5; fourth round dev-4, test-6; fifth round dev-5, test-7; sixth dev-6, test-8;
seventh dev-7, test-9; eighth dev-8, test-10; ninth dev-9, test-11; tenth dev-10, test-12;
eleventh dev-11, test-13; twelfth dev-12, test-14; thirteenth dev-13, test-15; fourteenth dev-14,
test-16), the
arXiv ids it holds. With ``--show BATCH`` it prints that batch's titles and abstracts (newlines made spaces)
for annotation. Nothing of the corpus is stored in this repository: the gold files hold ids, entity names and
the surface strings only, and the texts are read from ../shared/corpora each time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
SEED = 20261204
SIZES = {"dev": 70, "test-1": 47, "test-2": 47, "test-3": 46}
#: A second round (2026-12-04, later): drawn from the records the first round did not pick, with
#: its own seed, so the first round's batches stay exactly as they were.
SEED_2 = 20261205
SIZES_2 = {"dev-2": 50, "test-4": 50}
#: A third round (2026-12-05): drawn from the records neither earlier round picked, its own seed.
SEED_3 = 20261206
SIZES_3 = {"dev-3": 40, "test-5": 40}
#: A fourth round (2026-12-05, later): drawn from the records no earlier round picked, its own seed.
SEED_4 = 20261207
SIZES_4 = {"dev-4": 50, "test-6": 50}
#: A fifth round (2026-12-05, evening): drawn from the records no earlier round picked, its own seed.
SEED_5 = 20261208
SIZES_5 = {"dev-5": 50, "test-7": 50}
#: A sixth round (2026-12-05, night): drawn from the records no earlier round picked, its own seed.
SEED_6 = 20261209
SIZES_6 = {"dev-6": 50, "test-8": 50}
#: A seventh round (2026-12-06, night): drawn from the records no earlier round picked, its own seed.
SEED_7 = 20261210
SIZES_7 = {"dev-7": 50, "test-9": 50}
#: An eighth round (2026-12-06, early): drawn from the records no earlier round picked, its own seed.
SEED_8 = 20261211
SIZES_8 = {"dev-8": 50, "test-10": 50}
#: A ninth round (2026-12-06, morning): drawn from the records no earlier round picked, its own seed.
SEED_9 = 20261212
SIZES_9 = {"dev-9": 50, "test-11": 50}
#: A tenth round (2026-12-06, later): drawn from the records no earlier round picked, its own seed.
SEED_10 = 20261213
SIZES_10 = {"dev-10": 50, "test-12": 50}
#: An eleventh round (2026-12-06, late morning): drawn from the records no earlier round picked, its
#: own seed.
SEED_11 = 20261214
SIZES_11 = {"dev-11": 50, "test-13": 50}
#: A twelfth round (2026-12-06, late night): drawn from the records no earlier round picked, its own
#: seed.
SEED_12 = 20261215
SIZES_12 = {"dev-12": 50, "test-14": 50}
#: A thirteenth round (2026-12-07, night): drawn from the records no earlier round picked, its own
#: seed.
SEED_13 = 20261216
SIZES_13 = {"dev-13": 50, "test-15": 50}
#: A fourteenth round (2026-12-07, early morning): drawn from the records no earlier round picked, its
#: own seed.
SEED_14 = 20261217
SIZES_14 = {"dev-14": 50, "test-16": 50}
#: A fifteenth round (2026-12-07, morning): drawn from the records no earlier round picked, its own
#: seed.
SEED_15 = 20261218
SIZES_15 = {"dev-15": 50, "test-17": 50}
#: A sixteenth round (2026-12-07, late morning): drawn from the records no earlier round picked, its
#: own seed.
SEED_16 = 20261219
SIZES_16 = {"dev-16": 50, "test-18": 50}
#: A seventeenth round (2026-12-07, afternoon): drawn from the records no earlier round picked,
#: its own seed.
SEED_17 = 20261220
SIZES_17 = {"dev-17": 50, "test-19": 50}
#: An eighteenth round (2026-12-07, late afternoon): drawn from the records no earlier round picked,
#: its own seed.
SEED_18 = 20261221
SIZES_18 = {"dev-18": 50, "test-20": 50}
#: A nineteenth round (2026-12-07, evening): drawn from the records no earlier round picked, its own
#: seed.
SEED_19 = 20261222
SIZES_19 = {"dev-19": 50, "test-21": 50}
#: Every round after the first, in order: each draws from the records no earlier round picked.
LATER_ROUNDS = [(SEED_2, SIZES_2), (SEED_3, SIZES_3), (SEED_4, SIZES_4), (SEED_5, SIZES_5),
                (SEED_6, SIZES_6), (SEED_7, SIZES_7),
                (SEED_8, SIZES_8), (SEED_9, SIZES_9), (SEED_10, SIZES_10), (SEED_11, SIZES_11),
                (SEED_12, SIZES_12), (SEED_13, SIZES_13), (SEED_14, SIZES_14),
                (SEED_15, SIZES_15), (SEED_16, SIZES_16),
                (SEED_17, SIZES_17), (SEED_18, SIZES_18),
                (SEED_19, SIZES_19)]


def corpus_records(path: Path = CORPUS) -> list[dict]:
    """Every record of the corpus, in file order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def batches(records: list[dict]) -> dict[str, list[dict]]:
    """The sampled records, cut into the annotation batches in sample order."""
    sample = random.Random(SEED).sample(records, sum(SIZES.values()))
    out = _cut(sample, SIZES)
    picked = {r["id"] for r in sample}
    rest = records
    for seed, sizes in LATER_ROUNDS:
        rest = [r for r in rest if r["id"] not in picked]
        drawn = random.Random(seed).sample(rest, sum(sizes.values()))
        out.update(_cut(drawn, sizes))
        picked |= {r["id"] for r in drawn}
    return out


def _cut(sample: list[dict], sizes: dict[str, int]) -> dict[str, list[dict]]:
    """``sample`` cut into batches of ``sizes``, in sample order."""
    out, at = {}, 0
    for name, size in sizes.items():
        out[name] = sample[at:at + size]
        at += size
    return out


def flat(text: str) -> str:
    """Hard-wrapped text as one line (every whitespace run becomes one space)."""
    return re.sub(r"\s+", " ", text).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=[*SIZES, *(name for _, sizes in LATER_ROUNDS for name in sizes)])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus (JSON Lines, gzip)")
    args = parser.parse_args()
    chosen = batches(corpus_records(args.corpus))
    if args.show:
        for record in chosen[args.show]:
            print(
                f"### {record['id']}\nTITLE: {flat(record['title'])}\nABSTRACT: {flat(record['abstract'])}\n")
        return
    for name, records in chosen.items():
        print(name, " ".join(r["id"] for r in records))


if __name__ == "__main__":
    main()
