"""What the learned span classifier (``paperkg_learned``) adds: quality and speed, with and without it.

Usage: python benchmarks/bench_learned.py [--gold FILE ...] [--weights DIR] [--threshold T ...]
       [--max-frequency N ...] [--kinds K ...] [--json FILE] [--papers N] [--no-speed]

For each gold set (default: those of ``bench_quality.py``, the test split first), P/R/F1 per
kind without the component and with it, and the change (for each ``--threshold`` and
``--max-frequency``; with
``--weights``, a model saved by ``scripts/train_spans.py`` instead of the shipped one: a
cross-validation fold's model scored on its held-out dev file; ``--json`` appends the counts); then, on N
distinct corpus abstracts in this process (one core), the bare tokenizer's papers/s and ``Extractor.pipe``'s
(batched, as ``paperkg extract`` runs) without and with the component, as ratios (``bench_pipeline.py corpus``
times whole ``paperkg extract`` processes against the INTERFACES.md target). Also the shipped model's size on
disk.
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
from paperkg.ingest.extract.evaluate import Evaluation
from paperkg.ingest.extract.learned import MAX_FREQUENCY, MODEL_DIR
from paperkg.ingest.records import Paper

NAME = "paperkg_learned"


def extractors(weights: Path | None = None, kinds: list[str] | None = None) -> tuple[Extractor, Extractor]:
    """(without, with) the learned component; the rest of the pipeline is the default. ``weights``:
    a trained pipeline folder (``model-last``) or component folder to load instead of the shipped
    model; ``kinds``: the labels the component links."""
    without, with_ = Extractor(learned=False), Extractor(learned=True)
    assert NAME not in without.nlp.pipe_names and NAME in with_.nlp.pipe_names
    pipe = with_.nlp.get_pipe(NAME)
    if weights is not None:
        threshold, linked = pipe.cfg["threshold"], pipe.cfg["kinds"]
        if (weights / "config.cfg").is_file():  # a trained pipeline: its own architecture settings
            at = with_.nlp.pipe_names.index(NAME)
            with_.nlp.remove_pipe(NAME)
            pipe = with_.nlp.add_pipe(NAME, source=spacy.load(weights), before=with_.nlp.pipe_names[at])
        else:
            pipe.from_disk(weights / NAME if (weights / NAME).is_dir() else weights, exclude=["vocab"])
        pipe.cfg["threshold"], pipe.cfg["kinds"] = threshold, linked
    if kinds:
        pipe.cfg["kinds"] = kinds
    return without, with_


def quality(paths: list[Path], without: Extractor, with_: Extractor, thresholds: list[float],
            max_frequencies: list[int], out: Path | None = None) -> None:
    """Each gold file scored without the component and with it at every setting given; the
    component's own setting is restored afterwards (the speed figures measure it)."""
    pipe = with_.nlp.get_pipe(NAME)
    default = pipe.cfg["threshold"], pipe.cfg.get("max_frequency", MAX_FREQUENCY)
    try:
        for path in paths:
            before = score(path, without)
            for threshold in thresholds or [default[0]]:
                for max_frequency in max_frequencies or [default[1]]:
                    pipe.cfg["threshold"], pipe.cfg["max_frequency"] = threshold, max_frequency
                    after = score(path, with_)
                    _print(path, f"threshold {threshold}, max frequency {max_frequency}", before, after)
                    if out is not None:
                        _append(out, path, {"threshold": threshold, "max_frequency": max_frequency,
                                            "kinds": pipe.cfg["kinds"]}, before, after)
    finally:
        pipe.cfg["threshold"], pipe.cfg["max_frequency"] = default


def _append(out: Path, path: Path, setting: dict, before: Evaluation, after: Evaluation) -> None:
    """One JSON line: the gold file, the setting and the counts per kind without and with."""
    counts = {name: {kind: [s.tp, s.fp, s.fn] for kind, s in result.scores.items()}
              for name, result in (("without", before), ("with", after))}
    with open(out, "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"gold": path.stem, **setting, **counts}) + "\n")


def _print(path: Path, setting: str, before: Evaluation, after: Evaluation) -> None:
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"\n== {name}: {after.papers} papers, {setting}")
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
    for name, run in (("tokenizer",
                       lambda ps: [(nlp.make_doc(p.title), nlp.make_doc(p.abstract)) for p in ps]),
                      ("extract without", lambda ps: list(without.pipe(ps))),
                      ("extract with", lambda ps: list(with_.pipe(ps)))):
        start = time.process_time()
        run(papers)
        timings[name] = n / (time.process_time() - start)
    tok = timings["tokenizer"]
    print(f"\n[{n} corpus abstracts, one process, CPU time] tokenizer {tok:,.0f} papers/s; "
          f"extract without {timings['extract without']:,.0f} ({timings['extract without'] / tok:.2f}); "
          f"with {timings['extract with']:,.0f} ({timings['extract with'] / tok:.2f}); the component costs "
          f"{(1 / timings['extract with'] - 1 / timings['extract without']) * tok:.2f} "
          f"tokenizer-times per paper")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, action="append", help="a gold file (repeatable; default: all)")
    parser.add_argument("--weights", type=Path, help="a trained model folder instead of the shipped model")
    parser.add_argument("--threshold", type=float, action="append", default=[], help="repeatable")
    parser.add_argument("--max-frequency", type=int, action="append", default=[],
                        help="repeatable: skip lower-case candidates held by N corpus papers (0: off)")
    parser.add_argument("--kinds", nargs="+", help="the labels the component links (default: its setting)")
    parser.add_argument("--json", type=Path, help="append each result's counts to this file")
    parser.add_argument("--papers", type=int, default=3000, help="corpus papers for the speed figures")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.is_file())
    print(f"shipped model: {MODEL_DIR.relative_to(ROOT)} {size / 1e6:.1f} MB on disk")
    without, with_ = extractors(args.weights, args.kinds)
    quality(args.gold or GOLD, without, with_, args.threshold, args.max_frequency, args.json)
    if not args.no_speed:
        speed(args.papers, without, with_)


if __name__ == "__main__":
    main()
