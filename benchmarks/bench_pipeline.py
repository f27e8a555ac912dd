"""Benchmark extraction and the whole build against spaCy's bare tokenizer; prints figures and ratios.

Two runs:

``sample``  the bundled sample abstracts repeated to ~30,000 papers (titles made distinct so
            nothing dedupes); extraction papers/s next to ``spacy.blank("en")``'s tokenizer over
            the same texts in the same process, and the ``build`` time split by stage
            (read, extract, graph, Turtle, HTML). Repeated text hits the tokenizer's cache, so
            these figures flatter both sides.
``corpus``  distinct real arXiv abstracts (``../shared/corpora/arxiv-cs-ai.jsonl.gz``, first N
            records), timed as whole processes: ``paperkg extract`` and ``paperkg build`` against
            a bare tokenizer process over the same fields (the targets in INTERFACES.md:
            extract >= 0.5, build >= 0.2 of the tokenizer's papers/s).
``extract`` the corpus run for ``paperkg extract`` only, in CPU time (user + system of the
            process and its workers): a shared machine makes wall time noisy, CPU time much
            less so (issue 12: extract >= 0.40 of the bare tokenizer's papers/s). ``--repeat``
            runs each process that many times and keeps the best. ``--learned`` also times
            ``paperkg extract --learned`` (the opt-in learned span classifier) the same way.

``budget``  where ``paperkg extract``'s CPU time goes, in one process over the same corpus
            abstracts: imports, building the extractor, reading, the tokenizer (``paper_doc``),
            each component (in batches of 64, as ``nlp.pipe`` runs them), the records
            (``Extractor.extraction``) and the JSON lines; ``--learned`` with the learned component.

Usage: python benchmarks/bench_pipeline.py [sample|corpus|extract|budget|all] [--papers N] [--repeat N]
[--learned]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"

_TOKENIZE = r"""
import gzip, json, sys, spacy
nlp = spacy.blank("en")
n = 0
opener = gzip.open if sys.argv[1].endswith(".gz") else open
with opener(sys.argv[1], "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        nlp.make_doc(r["title"].replace("\n", " ")); nlp.make_doc(r["abstract"].replace("\n", " "))
        n += 1
print(n, file=sys.stderr)
"""


def _sample_corpus(path: Path, target: int) -> int:
    from paperkg.ingest import SAMPLE_DIR
    from paperkg.ingest.dedupe import dedupe
    from paperkg.ingest.readers import read_papers

    papers = dedupe(read_papers([SAMPLE_DIR]))
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while n < target:
            for paper in papers:
                out.write(json.dumps({"id": f"bench-{n}", "title": f"{paper.title} (copy {n})",
                                      "abstract": paper.abstract}) + "\n")
                n += 1
                if n >= target:
                    break
    return n


def run_sample(target: int) -> None:
    import spacy

    from paperkg.pipeline import BuildStats, build
    from paperkg.ingest.extract import Extractor
    from paperkg.ingest.readers import read_papers

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "sample-x.jsonl"
        n = _sample_corpus(corpus, target)
        papers = list(read_papers([corpus]))
        nlp = spacy.blank("en")
        t = time.perf_counter()
        for p in papers:
            nlp.make_doc(p.title)
            nlp.make_doc(p.abstract)
        tok = n / (time.perf_counter() - t)
        extractor = Extractor.shared()
        t = time.perf_counter()
        for p in papers:
            extractor.extract(p)
        ext = n / (time.perf_counter() - t)
        print(f"[sample x{n}] tokenizer {tok:,.0f} papers/s; extract {ext:,.0f} papers/s; ratio "
              f"{ext / tok:.2f}")

        stats = BuildStats()
        t = time.perf_counter()
        kg = build([corpus], out=Path(tmp) / "out", stats=stats)
        total = time.perf_counter() - t
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in stats.seconds.items())
        print(f"[sample x{n}] build {total:.1f}s ({n / total:,.0f} papers/s): {stages}; {kg!r}")


def _run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak resident memory (MB) of a process
    and the workers it waited for."""
    t = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, cmd)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024


@contextmanager
def _corpus_head(target: int) -> Iterator[tuple[Path, int] | None]:
    """A temporary file of the first ``target`` corpus records and how many there were (None
    when the corpus is absent)."""
    if not CORPUS.exists():
        print(f"{CORPUS} not found; skipped")
        yield None
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        n = 0
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src, open(path, "w", encoding="utf-8") as dst:
            for line in src:
                dst.write(line)
                n += 1
                if n >= target:
                    break
        yield path, n


def run_extract_cpu(target: int, repeat: int, learned: bool = False) -> None:
    """``paperkg extract`` (and with ``learned``, ``paperkg extract --learned``) against the bare
    tokenizer in CPU time (best of ``repeat`` each, the runs interleaved)."""
    with _corpus_head(target) as head:
        if head is None:
            return
        path, n = head
        commands = {"tokenizer": [sys.executable, "-c", _TOKENIZE, str(path)],
                    "extract": [sys.executable, "-m", "paperkg.cli", "extract", str(path), "-q"]}
        if learned:
            commands["extract --learned"] = [*commands["extract"], "--learned"]
        best = {name: float("inf") for name in commands}
        for _ in range(repeat):  # interleaved: a change in the machine's load hits every command alike
            for name, command in commands.items():
                best[name] = min(best[name], _run(command)[1])
        tok = best.pop("tokenizer")
        print(f"[extract {n} distinct abstracts, CPU time, best of {repeat}] tokenizer {tok:.1f} s "
              f"({n / tok:,.0f} papers/s)")
        for name, seconds in best.items():
            print(f"  {name}: {seconds:.1f} s ({n / seconds:,.0f} papers/s); ratio {tok / seconds:.2f}"
                  + (" (target >= 0.40)" if name == "extract"
                     else f"; {seconds / best['extract']:.2f}x extract"))


_BUDGET = r"""
import sys, time
from itertools import islice
clock = time.process_time
seconds = {}
t = clock()
from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.pipeline import paper_doc
from paperkg.ingest.extract.serialize import extraction_to_json_line
from paperkg.ingest.readers import read_papers
seconds["imports"] = clock() - t
t = clock()
extractor = Extractor(learned=sys.argv[2] == "learned")
seconds["start-up (extractor)"] = clock() - t
import gc
gc.freeze()  # as paperkg extract does: the collector's passes skip the extractor's tables
nlp = extractor.nlp
t = clock()
papers = list(read_papers([sys.argv[1]]))
seconds["read"] = clock() - t
for first in range(0, len(papers), 64):
    batch = papers[first:first + 64]
    t = clock()
    docs = [paper_doc(nlp, paper) for paper in batch]
    seconds["tokenizer (paper_doc)"] = seconds.get("tokenizer (paper_doc)", 0) + clock() - t
    for name, component in nlp.pipeline:
        t = clock()
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        seconds[name] = seconds.get(name, 0) + clock() - t
    t = clock()
    records = [extractor.extraction(doc, paper) for doc, paper in zip(docs, batch)]
    seconds["records (extraction)"] = seconds.get("records (extraction)", 0) + clock() - t
    t = clock()
    lines = [extraction_to_json_line(record) for record in records]
    seconds["JSON lines"] = seconds.get("JSON lines", 0) + clock() - t
for name, value in seconds.items():
    print(f"{name}	{value:.2f}")
"""


def run_budget(target: int, learned: bool) -> None:
    """Print where ``paperkg extract``'s CPU time goes (one process, no workers), per stage."""
    with _corpus_head(target) as head:
        if head is None:
            return
        path, n = head
        done = subprocess.run([sys.executable, "-c", _BUDGET, str(path), "learned" if learned else "rules"],
                              capture_output=True, text=True, check=True)
        rows = [line.split("\t") for line in done.stdout.splitlines()]
        components = sum(float(v) for k, v in rows if k.startswith("paperkg_"))
        total = sum(float(v) for _, v in rows)
        print(f"[budget: {n} distinct abstracts, one process, CPU s{', --learned' if learned else ''}] "
              f"total {total:.1f} s; components {components:.1f} s")
        for name, value in rows:
            print(f"  {name:24s} {float(value):6.2f}")


def run_corpus(target: int) -> None:
    with _corpus_head(target) as head:
        if head is None:
            return
        path, n = head
        tmp = str(path.parent)
        seconds, _, _ = _run([sys.executable, "-c", _TOKENIZE, str(path)])
        tok = n / seconds
        seconds, _, ext_mb = _run([sys.executable, "-m", "paperkg.cli", "extract", str(path)])
        ext = n / seconds
        seconds, _, bld_mb = _run([sys.executable, "-m", "paperkg.cli", "build", str(path), "--out",
                                   tmp + "/out", "-q"])
        bld = n / seconds
        print(f"[corpus {n} distinct abstracts, whole processes] tokenizer {tok:,.0f} papers/s; "
              f"extract {ext:,.0f} papers/s (ratio {ext / tok:.2f}, target >= 0.5; largest process "
              f"{ext_mb:,} MB); build {bld:,.0f} papers/s (ratio {bld / tok:.2f}, target >= 0.2, goal 0.5; "
              f"largest process {bld_mb:,} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="all",
                        choices=["sample", "corpus", "extract", "budget", "all"])
    parser.add_argument("--papers", type=int, default=None,
                        help="papers (sample: 30000, corpus: 20000, extract and budget: 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="extract: runs of each process (best kept)")
    parser.add_argument("--learned", action="store_true", help="extract: also time paperkg extract --learned")
    args = parser.parse_args()
    if args.mode in ("sample", "all"):
        run_sample(args.papers or 30_000)
    if args.mode in ("corpus", "all"):
        run_corpus(args.papers or 20_000)
    if args.mode in ("extract", "all"):
        run_extract_cpu(args.papers or 10_000, args.repeat, args.learned)
    if args.mode in ("budget", "all"):
        run_budget(args.papers or 10_000, args.learned)


if __name__ == "__main__":
    main()
