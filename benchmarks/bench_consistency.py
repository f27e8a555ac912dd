"""Cost of build-wide name consistency (BuildNames / Settlement) next to extraction; prints figures.

Extracts the first N corpus abstracts (``../shared/corpora/arxiv-cs-ai.jsonl.gz``, ids in the
gold files left out) in this process (CPU seconds: the machine may be shared), then times pass one
(``BuildNames.add`` per extraction), ``settle()``, and pass two (``Settlement.apply`` per extraction, which
links introduced names in other papers), and counts what the settlement changed.

Usage: python benchmarks/bench_consistency.py [--papers N]
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice
from pathlib import Path

from paperkg.ingest.extract import BuildNames, Extractor
from paperkg.ingest.readers import read_papers

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"


def _gold_ids() -> set[str]:
    ids = set()
    for path in (ROOT / "benchmarks" / "gold").glob("*.jsonl"):
        with open(path, encoding="utf-8") as f:
            ids.update(json.loads(line).get("id", "") for line in f if line.strip())
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=10_000)
    args = parser.parse_args()
    gold = _gold_ids()
    papers = list(islice((p for p in read_papers([CORPUS]) if p.arxiv_id not in gold and p.id not in gold),
                         args.papers))
    extractor = Extractor.shared()
    clock = time.process_time()
    extractions = list(extractor.pipe(papers))
    extract = time.process_time() - clock

    clock = time.process_time()
    names = BuildNames()
    for extraction in extractions:
        names.add(extraction)
    tally = time.process_time() - clock
    clock = time.process_time()
    settlement = names.settle()
    settle = time.process_time() - clock
    clock = time.process_time()
    settled = [settlement.apply(extraction) for extraction in extractions]
    apply = time.process_time() - clock

    renamed = sum(a.entity_id != b.entity_id for x, y in zip(extractions, settled) for a, b in
                  zip(x.mentions, (m for m in y.mentions if m.extractor != "paperkg_build")))
    linked = sum(m.extractor == "paperkg_build" for y in settled for m in y.mentions)
    before = {e.id for x in extractions for e in x.entities if e.origin.value == "discovered"}
    after = {e.id for y in settled for e in y.entities if e.origin.value == "discovered"}
    total = tally + settle + apply
    print(f"{len(papers)} corpus abstracts: extract {extract:.1f} s ({len(papers) / extract:,.0f} papers/s)")
    print(f"consistency: tally {tally:.2f} s, settle {settle:.2f} s, apply {apply:.2f} s; "
          f"total {total:.2f} s = {total / extract:.1%} of extraction")
    print(f"{len(names)} name keys; {len(settlement.linked)} introduced names linked build-wide; "
          f"discovered entities {len(before)} -> {len(after)}; {renamed} mentions renamed, {linked} "
          f"mentions added")


if __name__ == "__main__":
    main()
