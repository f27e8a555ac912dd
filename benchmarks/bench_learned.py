"""What the learned span classifier (``paperkg_learned``) adds: quality and speed, with and without it.

Usage: python benchmarks/bench_learned.py [--gold FILE ...] [--papers N] [--no-speed]

For each gold set (default: the four of ``bench_quality.py``, the test split first), P/R/F1 per
kind without the component and with it, and the change; then, on N distinct corpus abstracts in
this process (one core), the bare tokenizer's papers/s and ``Extractor.pipe``'s (batched, as
``paperkg extract`` runs) without and with the component, as ratios (``bench_pipeline.py corpus`` times whole ``paperkg extract``
processes against the INTERFACES.md target). Also the shipped model's size on disk.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
from pathlib import Path

import spacy

from bench_quality import CORPUS, GOLD, ROOT, score
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.learned import MODEL_DIR
from paperkg.ingest.records import Paper

NAME = "paperkg_learned"


def extractors() -> tuple[Extractor, Extractor]:
    """(without, with) the learned component; the rest of the pipeline is the default."""
    without, with_ = Extractor(learned=False), Extractor(learned=True)
    assert NAME not in without.nlp.pipe_names and NAME in with_.nlp.pipe_names
    return without, with_


def quality(paths: list[Path], without: Extractor, with_: Extractor) -> None:
    for path in paths:
        before, after = score(path, without), score(path, with_)
        print(f"\n== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {after.papers} papers")
        print(f"{'kind':<10} {'P':>13} {'R':>13} {'F1':>13}   (without -> with)")
        for kind in [*after.scores, "overall"]:
            b = before.overall if kind == "overall" else before.scores[kind]
            a = after.overall if kind == "overall" else after.scores[kind]
            print(f"{kind:<10} {b.precision:.3f}->{a.precision:.3f} {b.recall:.3f}->{a.recall:.3f} "
                  f"{b.f1:.3f}->{a.f1:.3f}   tp {b.tp}->{a.tp} fp {b.fp}->{a.fp}")
        print(f"roles: accuracy {before.role_accuracy:.3f}->{after.role_accuracy:.3f}")


def speed(n: int, without: Extractor, with_: Extractor) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 50_000, 50_000 + n)]
    papers = [Paper(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in records]
    nlp = spacy.blank("en")
    timings = {}
    for name, run in (("tokenizer", lambda ps: [(nlp.make_doc(p.title), nlp.make_doc(p.abstract)) for p in ps]),
                      ("extract without", lambda ps: list(without.pipe(ps))),
                      ("extract with", lambda ps: list(with_.pipe(ps)))):
        start = time.process_time()
        run(papers)
        timings[name] = n / (time.process_time() - start)
    tok = timings["tokenizer"]
    print(f"\n[{n} corpus abstracts, one process, CPU time] tokenizer {tok:,.0f} papers/s; "
          f"extract without {timings['extract without']:,.0f} ({timings['extract without'] / tok:.2f}); "
          f"with {timings['extract with']:,.0f} ({timings['extract with'] / tok:.2f}); the component costs "
          f"{(1 / timings['extract with'] - 1 / timings['extract without']) * tok:.2f} tokenizer-times per paper")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", help="a gold file (repeatable; default: all)")
    parser.add_argument("--papers", type=int, default=3000, help="corpus papers for the speed figures")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    print(f"shipped model: {MODEL_DIR.relative_to(ROOT)} {size / 1e6:.1f} MB on disk")
    without, with_ = extractors()
    quality(args.gold or GOLD, without, with_)
    if not args.no_speed:
        speed(args.papers, without, with_)


if __name__ == "__main__":
    main()
