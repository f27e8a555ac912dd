"""Scale benchmark: build the whole corpus (and a 1M-paper recombination of it) and query the store.

For each corpus it reports, as whole processes:

- ``build``: seconds per stage (link = read + link, dedupe, graph, analytics, write = Turtle
  and HTML, store = the SPARQL store), papers/s, and the largest process's RSS (children
  included: ``wait4`` on the build's process);
- the outputs: ``graph.ttl`` and store sizes;
- each query command (``rank``, ``related``, ``path``, ``show``, ``communities``, ``sparql``
  counts, ``html``) on that build and on the sample graph: seconds, largest RSS and the ratio.

Targets (INTERFACES.md): on the 104k build each query <= 3x its sample time and <= 1.5 GiB; the
build's largest process <= 2 GiB at 104k and <= 8 GiB at 1M papers. Query ratios are printed for
wall time and for CPU time (user + system): on a machine busy with other work the wall ratio
drifts (the two are timed in turn to even that out), and the verdict takes the CPU ratio.

Corpora: ``corpus`` is ``../shared/corpora/arxiv-cs-ai.jsonl.gz`` (104,241 real abstracts);
``1m`` is made on the fly into a temporary file, never kept: the corpus's sentences recombined
(seeded) into 1,000,000 distinct abstracts, each under a corpus title made distinct.

Usage: python benchmarks/bench_scale.py [sample|corpus|1m|all] [--papers N] [--keep DIR] [--corpus PATH]
       python benchmarks/bench_scale.py queries --graph BUILD --sample SAMPLE_BUILD
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
GIB = 1024
TARGETS = {"query_ratio": 3.0, "query_mb": 1.5 * GIB, "build_mb": {"corpus": 2 * GIB, "1m": 8 * GIB}}

_BUILD = r"""
import json, sys
from paperkg.pipeline import BuildStats, build
stats = BuildStats()
build([sys.argv[1]] if sys.argv[1] != "-" else None, out=sys.argv[2], stats=stats)
print(json.dumps({"seconds": stats.seconds, "papers": stats.papers, "records": stats.records}))
"""

_QUERIES = [
    ("rank", ["rank", "{g}", "--kind", "model", "--by", "pagerank", "--top", "10"]),
    ("related", ["related", "{g}", "LoRA"]),
    ("path", ["path", "{g}", "LoRA", "MMLU"]),
    ("show", ["show", "{g}", "GPT-4"]),
    ("communities", ["communities", "{g}"]),
    ("sparql count papers", ["sparql", "{g}", "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"]),
    ("sparql count model links", ["sparql", "{g}",
                                  "SELECT (COUNT(*) AS ?n) WHERE { ?p pkg:mentions ?e . ?e a pkg:Model }"]),
    ("sparql count triples", ["sparql", "{g}", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"]),
    ("html", ["html", "{g}", "--out", "{tmp}/view.html"]),
]


def _timed(cmd: list[str]) -> tuple[float, int, str, float]:
    """Seconds, the largest process's RSS (MB, waited-for children included), stdout and CPU
    seconds (user + system, children included: steadier than wall time on a busy machine)."""
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        if process.returncode:
            raise RuntimeError(
                f"{' '.join(cmd[:5])} ... exit {process.returncode}: {stderr.read().decode()[-2000:]}")
        return seconds, usage.ru_maxrss // 1024, stdout.read().decode(), usage.ru_utime + usage.ru_stime


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 2**20
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def recombined(path: Path, papers: int, *, corpus: Path = CORPUS, seed: int = 0) -> int:
    """Write ``papers`` distinct abstracts made of the corpus's sentences (JSON Lines)."""
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
    sentences: list[str] = []
    titles: list[str] = []
    with gzip.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            titles.append(" ".join(record["title"].split()))
            sentences.extend(s for s in split.split(" ".join(record["abstract"].split())) if len(s) > 20)
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(papers):
            abstract = " ".join(rng.choice(sentences) for _ in range(rng.randint(4, 9)))
            title = f"{rng.choice(titles)}: variant {i}"
            out.write(json.dumps({"id": f"recombined-{i}", "title": title, "abstract": abstract}) + "\n")
    return papers


def run_build(name: str, source: str, out: Path) -> dict:
    seconds, mb, stdout, cpu = _timed([sys.executable, "-c", _BUILD, source, str(out)])
    result = json.loads(stdout.strip().splitlines()[-1])
    manifest = json.loads((out / "manifest.json").read_text())
    store = out / manifest["store"]
    stages = ", ".join(f"{k} {v:.0f}s" for k, v in result["seconds"].items())
    limit = TARGETS["build_mb"].get(name)
    verdict = "" if limit is None else (
        f" (target <= {limit / GIB:g} GiB: {'ok' if mb <= limit else 'MISSED'})")
    print(f"[{name}] build {result['papers']:,} papers in {seconds:.0f}s ({result['papers'] / seconds:,.0f} "
          f"papers/s; CPU {cpu:.0f}s): {stages}; largest process {mb:,} MB{verdict}")
    print(f"[{name}] graph.ttl {_size_mb(out / 'graph.ttl'):,.0f} MB; store {_size_mb(store):,.0f} MB "
          f"(graph.sqlite {_size_mb(store / 'graph.sqlite'):,.0f} MB, oxigraph "
          f"{_size_mb(store / 'oxigraph'):,.0f} MB)",
          flush=True)
    return {"seconds": seconds, "mb": mb, **result}


def _best(cmd: list[str], repeat: int) -> tuple[float, int, float]:
    runs = [_timed(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[3] for r in runs)


def run_queries(name: str, graph: Path, tmp: Path, sample: Path | None, *, repeat: int = 3) -> None:
    """Each query command on ``graph`` and on the ``sample`` build, turn about (so that other work
    on the machine weighs on both alike), best of ``repeat`` after one run that warms the page cache."""
    print(f"[{name}] query commands (whole processes, best of {repeat}, taken in turn with the sample graph; "
          f"ratio = {name} / sample, of wall and of CPU time):")
    for label, args in _QUERIES:
        def cmd(g: Path) -> list[str]:
            return [sys.executable, "-m", "paperkg.cli",
                    *(a.replace("{g}", str(g)).replace("{tmp}", str(tmp)) for a in args)]

        try:
            _timed(cmd(graph))
        except RuntimeError as error:  # e.g. a SPARQL query stopped at the endpoint's time limit
            print(f"    {label:26s} FAILED: {str(error).strip().splitlines()[-1]}", flush=True)
            continue
        runs = {g: [] for g in (graph, sample) if g is not None}
        for _ in range(repeat):
            for g in runs:
                runs[g].append(_timed(cmd(g)))
        seconds, mb, cpu = (min(r[0] for r in runs[graph]), max(r[1] for r in runs[graph]),
                            min(r[3] for r in runs[graph]))
        if sample is None:
            print(f"    {label:26s} {seconds:6.2f}s (CPU {cpu:5.2f}s) {mb:6,} MB")
            continue
        base, base_cpu = min(r[0] for r in runs[sample]), min(r[3] for r in runs[sample])
        ratio, cpu_ratio = seconds / base, cpu / base_cpu
        ok = cpu_ratio <= TARGETS["query_ratio"] and mb <= TARGETS["query_mb"]
        print(f"    {label:26s} {seconds:6.2f}s (CPU {cpu:5.2f}s) {mb:6,} MB   sample {base:5.2f}s (CPU "
              f"{base_cpu:4.2f}s)   ratio {ratio:4.2f} (CPU {cpu_ratio:4.2f}) {'ok' if ok else 'MISSED'}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="all",
                        choices=["sample", "corpus", "1m", "all", "queries"])
    parser.add_argument("--graph", type=Path, help="queries: a build folder to query (with --sample)")
    parser.add_argument("--sample", type=Path, help="queries: the sample build folder")
    parser.add_argument("--papers", type=int, default=1_000_000, help="size of the recombined corpus (1m)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the builds in this folder")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus (JSON Lines, gzip)")
    args = parser.parse_args()
    corpus = args.corpus
    work = Path(tempfile.mkdtemp(prefix="paperkg-scale-", dir=args.keep))
    try:
        if args.mode == "queries":
            run_queries(args.graph.name, args.graph, work, args.sample)
            return
        sample_build = work / "sample"
        run_build("sample", "-", sample_build)
        if args.mode == "sample":
            run_queries("sample", sample_build, work, None)
        if args.mode in ("corpus", "all"):
            if not corpus.exists():
                print(f"[corpus] {corpus} not found; skipped")
            else:
                run_build("corpus", str(corpus), work / "corpus")
                run_queries("corpus", work / "corpus", work, sample_build)
        if args.mode in ("1m", "all"):
            source = work / "recombined.jsonl"
            start = time.perf_counter()
            recombined(source, args.papers, corpus=corpus)
            print(f"[1m] recombined {args.papers:,} abstracts in {time.perf_counter() - start:.0f}s "
                  f"({_size_mb(source):,.0f} MB)", flush=True)
            run_build("1m", str(source), work / "1m")
            source.unlink()
            run_queries("1m", work / "1m", work, sample_build)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
