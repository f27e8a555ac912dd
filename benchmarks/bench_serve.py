"""Hostile queries against `paperkg serve` in a process of its own, watched from outside.

Starts ``python -m paperkg.cli serve GRAPH --port 0`` (default GRAPH: a build of the bundled
sample in a temporary folder), then sends three cartesian queries that would run for minutes
and grow without bound: a ``SELECT *`` (stopped at the result-size limit), an ``ORDER BY`` of it
(stopped at the memory limit) and a ``COUNT`` of a three-way product (stopped at the time
limit), while a second client asks a small query every 50 ms; then a client that leaves after
0.3 s. Prints, for each: the status and reason, the seconds to the answer, the peak RSS of the
server's whole process tree (server, fork server, query processes; summed RSS, which counts
shared pages in each process, and summed PSS, which does not), how long the other client
waited at most, and the CPU the tree still burns in the 2 s after the answer.

Usage: python benchmarks/bench_serve.py [GRAPH] [--timeout 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from paperkg.store.sandbox import tree_usage

QUERIES = [
    ("select-all", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"),
    ("order-by", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"),
    ("count-3way", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
]
SMALL = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a pkg:Paper }"


def _ask(url: str, query: str) -> tuple[int, str, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url + "?query=" + urllib.parse.quote(query), timeout=120) as response:
            return response.status, f"{len(response.read())} bytes", time.monotonic() - started
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode().strip(), time.monotonic() - started


def _sample_graph(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "paperkg.cli", "build", "--out", str(folder), "--no-html", "-q"],
                   check=True, capture_output=True)
    return folder / "graph.ttl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graph", nargs="?", type=Path)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or _sample_graph(Path(tmp))
        started = time.monotonic()
        server = subprocess.Popen([sys.executable, "-m", "paperkg.cli", "serve", str(graph), "--port", "0",
                                   "--timeout", str(args.timeout)], stderr=subprocess.PIPE, text=True)
        try:
            line = server.stderr.readline() if server.stderr else ""
            url = re.search(r"http://\S+/sparql", line).group(0)  # type: ignore[union-attr]
            ready = time.monotonic() - started
            time.sleep(3)  # the fork server warms up
            idle = tree_usage(server.pid)
            print(f"server ready in {ready:.1f} s; idle tree RSS {idle.rss / 2**20:.0f} MiB, PSS "
                  f"{idle.pss / 2**20:.0f} MiB ({len(idle.pids)} processes)")
            results = {"ready_s": ready, "idle_rss": idle.rss, "idle_pss": idle.pss, "queries": {}}
            for name, query in [*QUERIES, ("client-leaves", QUERIES[2][1])]:
                results["queries"][name] = row = _attack(server.pid, url, name, query)
                print(f"{name:13} {row['status']} {row['reason'][:48]:48} in {row['seconds']:5.2f} s  "
                      f"peak RSS {row['peak_rss'] / 2**20:4.0f} MiB  PSS {row['peak_pss'] / 2**20:4.0f} MiB  "
                      f"other client ≤ {row['other_max_s']:.2f} s  CPU after {row['cpu_after_s']:.2f} s")
        finally:
            server.terminate()
            server.wait(15)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


def _attack(root: int, url: str, name: str, query: str) -> dict[str, object]:
    done: list[tuple[int, str, float]] = []
    if name == "client-leaves":
        host, port = re.match(r"http://([^/:]+):(\d+)", url).groups()  # type: ignore[union-attr]
        started = time.monotonic()
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                f"GET /sparql?query={urllib.parse.quote(query)} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            time.sleep(0.3)
        time.sleep(0.2)
        done.append((0, "client left after 0.3 s", time.monotonic() - started))
        thread = threading.Thread(target=lambda: None)
    else:
        thread = threading.Thread(target=lambda: done.append(_ask(url, query)))
    thread.start()
    peak_rss = peak_pss = 0
    others: list[float] = []
    while thread.is_alive() or not others:
        usage = tree_usage(root)
        peak_rss, peak_pss = max(peak_rss, usage.rss), max(peak_pss, usage.pss)
        others.append(_ask(url, SMALL)[2])
        time.sleep(0.05)
    thread.join()
    cpu = tree_usage(root).cpu
    time.sleep(2)
    status, reason, seconds = done[0]
    return {"status": status, "reason": reason, "seconds": seconds, "peak_rss": peak_rss,
            "peak_pss": peak_pss, "other_max_s": max(others), "cpu_after_s": tree_usage(root).cpu - cpu}


if __name__ == "__main__":
    main()
