"""Benchmark ``paperkg extract`` on one machine against the same run on a Dask cluster of two workers.

Takes the first N distinct real abstracts of ``../shared/corpora/arxiv-cs-ai.jsonl.gz`` (plain JSON
Lines, so the cluster cuts the file into ranges), then times as whole processes:

``local``   ``paperkg extract FILE`` (its default: one extraction process per core);
``cluster`` ``paperkg extract FILE --scheduler ADDRESS`` against ``dask scheduler`` and two
            ``dask worker --nthreads 1`` processes started here; run twice: ``cold`` (each worker
            builds its spaCy pipeline on its first task) and ``warm`` (a long-lived cluster).

It prints papers/s, the CPU seconds of the client process and of each worker (read back from the
workers with ``client.run(linked_here)``: records linked, seconds spent linking, CPU in all), and
checks that both outputs are the same bytes. Also callable: ``compare(path)`` returns the figures
(for the scale benchmark).

Usage: python benchmarks/bench_cluster.py [--papers 20000] [--workers 2]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
PAPERKG = [sys.executable, "-m", "paperkg.cli"] if shutil.which("paperkg") is None else ["paperkg"]
DASK = [sys.executable, "-m", "distributed.cli.dask_scheduler"], [
    sys.executable, "-m", "distributed.cli.dask_worker"]


def _first_records(path: Path, count: int) -> int:
    n = 0
    with gzip.open(CORPUS, "rb") as src, open(path, "wb") as out:
        for line in src:
            if n >= count:
                break
            out.write(line)
            n += 1
    return n


def _timed(command: list[str]) -> dict[str, Any]:
    """Run a command; its seconds, CPU seconds and largest RSS (with its children), output hash."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if proc.returncode:
            raise subprocess.CalledProcessError(proc.returncode, command)
        out.seek(0)
        output = out.read()
    return {"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "max_rss_mb": usage.ru_maxrss / 1024,
            "sha256": hashlib.sha256(output).hexdigest(), "lines": output.count(b"\n")}


def _cluster(folder: Path, workers: int) -> tuple[list[subprocess.Popen], str]:
    """``dask scheduler`` and ``workers`` single-threaded ``dask worker`` processes; the address."""
    file = folder / "scheduler.json"
    scheduler_cmd, worker_cmd = DASK
    procs = [subprocess.Popen([*scheduler_cmd, "--scheduler-file", str(file), "--port", "0",
                               "--no-dashboard"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    for _ in range(100):
        if file.exists():
            break
        time.sleep(0.2)
    procs += [subprocess.Popen([*worker_cmd, "--scheduler-file", str(file), "--nthreads", "1",
                                "--no-dashboard", "--local-directory", str(folder)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
              for _ in range(workers)]
    import json

    return procs, json.loads(file.read_text())["address"]


def _worker_usage(client: Any) -> dict[str, dict[str, Any]]:
    from paperkg.ingest.cluster import linked_here

    return client.run(linked_here)


def compare(path: Path, *, workers: int = 2) -> dict[str, Any]:
    """Figures of ``paperkg extract`` on ``path``: local, then on a fresh local Dask cluster (cold, warm)."""
    from distributed import Client

    figures: dict[str, Any] = {"local": _timed([*PAPERKG, "extract", str(path)])}
    with tempfile.TemporaryDirectory(prefix="paperkg-bench-dask-") as tmp:
        procs, address = _cluster(Path(tmp), workers)
        try:
            with Client(address, set_as_default=False) as client:
                client.wait_for_workers(workers, timeout=120)
                for run in ("cold", "warm"):
                    before = _worker_usage(client)
                    figures[run] = _timed([*PAPERKG, "extract", str(path), "--scheduler", address])
                    after = _worker_usage(client)
                    figures[run]["workers"] = {
                        info["pid"]: {key: round(info[key] - before[w][key], 2)
                                      for key in ("records", "linking_seconds", "cpu_seconds")}
                        for w, info in after.items()}
        finally:
            for proc in reversed(procs):
                proc.terminate()
            for proc in procs:
                proc.wait(timeout=30)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="paperkg-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        n = _first_records(path, args.papers)
        print(f"{n} corpus abstracts, {path.stat().st_size / 1e6:.1f} MB of JSON Lines; "
              f"{args.workers} Dask workers (1 thread each) on this machine")
        figures = compare(path, workers=args.workers)
    local = figures["local"]
    for name in ("local", "cold", "warm"):
        run = figures[name]
        line = (f"{name:>6}: {run['seconds']:7.1f} s  {n / run['seconds']:7.1f} papers/s  "
                f"CPU {run['cpu']:6.1f} s  max RSS {run['max_rss_mb']:6.0f} MB (the paperkg process and "
                f"its children)")
        if name != "local":
            line += f"  ({run['seconds'] / local['seconds']:.2f}x local time)"
        print(line)
        for pid, usage in run.get("workers", {}).items():
            print(f"        worker {pid}: {usage['records']:6d} records linked, "
                  f"{usage['linking_seconds']:6.1f} s linking, {usage['cpu_seconds']:6.1f} s CPU")
    same = len({figures[r]["sha256"] for r in ("local", "cold", "warm")}) == 1
    print(f"output: {local['lines']} lines; cluster output identical to local: {same}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
