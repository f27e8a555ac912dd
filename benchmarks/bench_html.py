"""Time the HTML view: writing it, and (with headless Chromium) how soon the page is interactive.

Usage: python benchmarks/bench_html.py [--entities 5000,20000] [--runs 3] [--no-browser]
                                       [--views entities,papers] [--synthetic]

Graphs: the bundled sample, and graphs of about ``--entities`` entities built from the corpus
``../shared/corpora/arxiv-cs-ai.jsonl.gz``: the pipeline builds its first papers once (enough for
the largest target), then each graph is the first papers, in file order, whose entities reach
the target, with those entities (``--synthetic``, or no corpus: a synthetic paper–entity graph
instead, 4 papers to 1 entity, Zipf-like popularity). Each is written with the default cap (500
nodes) and with every node, in each view: ``entities`` (the default overview: entities linked by
shared papers, papers on demand) and ``papers`` (the paper–entity graph). "Interactive" is the page's own
marker: the first frame drawn with its labels fitted (``window.paperkgReady``, ms since navigation start),
read in Chromium driven by playwright with every http(s) request aborted; the median of ``--runs`` loads.
Needs ``pip install playwright`` and Debian's ``chromium`` (no ``playwright install``); without
them only the write times are printed.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from paperkg import KnowledgeGraph, build
from paperkg.exports.html import write_html

KINDS = ("model", "dataset", "technique", "language")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"
PAPERS_PER_ENTITY = 1.3  # corpus papers read per entity wanted (10,000 papers gave 9,933 entities)


def corpus_kgs(targets: list[int]) -> list[tuple[str, KnowledgeGraph]]:
    """Graphs of about ``targets`` entities each: the corpus's first papers, in file order."""
    papers = int(max(targets) * PAPERS_PER_ENTITY) + 1000
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / "corpus.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, papers))
        start = time.perf_counter()
        G = build([part]).graph
        print(f"built {papers} corpus papers in {time.perf_counter() - start:.0f} s", flush=True)
    order = sorted((n for n, kind in G.nodes(data="kind") if kind == "paper"),
                   key=lambda n: min(s["record"] for s in G.nodes[n]["sources"]))
    graphs = []
    for target in sorted(targets):
        keep: set[str] = set()
        entities: set[str] = set()
        for paper in order:
            if len(entities) >= target:
                break
            keep.add(paper)
            entities.update(G.successors(paper))
        if len(entities) < target:
            print(f"only {len(entities)} entities in {papers} papers (wanted {target})", file=sys.stderr)
        H = G.subgraph(keep | entities).copy()
        graphs.append((f"corpus {len(entities)} entities", KnowledgeGraph(H)))
    return graphs


def synthetic_kg(n_nodes: int, *, seed: int = 0) -> KnowledgeGraph:
    """A paper–entity graph of ``n_nodes`` nodes with the schema's attributes (seeded)."""
    rng = random.Random(seed)
    n_entities = max(1, n_nodes // 5)
    G = nx.DiGraph()
    entities = []
    for i in range(n_entities):
        kind = KINDS[i % 4] if i % 7 else "model"
        node = f"{kind}/e{i}"
        G.add_node(node, kind=kind, label=f"Entity {i}", aliases=[f"E{i}"], broader=None, origin="vocabulary",
                   confidence=1.0, language_type=None, iso639_3=None, wikidata=None, hf_id=None)
        entities.append(node)
    weights = [1 / (i + 1) for i in range(n_entities)]
    for p in range(n_nodes - n_entities):
        node = f"paper/p{p}"
        mentioned = sorted(set(rng.choices(entities, weights=weights, k=rng.randint(1, 6))))
        words = [G.nodes[e]["label"] for e in mentioned]
        abstract = "We study " + ", ".join(words) + ". " + "Lorem ipsum dolor sit amet. " * 20
        G.add_node(node, kind="paper", label=f"Paper {p}", title=f"Paper {p}", abstract=abstract,
                   authors=["A. Author"], date="2024-01-01", arxiv_id=None, doi=None, categories=["cs.CL"],
                   links=[], sources=[], input_id=f"p{p}")
        at = len("We study ")
        for entity, word in zip(mentioned, words, strict=True):
            evidence = {"field": "abstract", "start": at, "end": at + len(word), "surface": word,
                        "role": "uses", "origin": "vocabulary", "confidence": 1.0, "extractor": "synthetic",
                        "sentence": ""}
            G.add_edge(node, entity, role="uses", count=1, confidence=1.0, evidence=[evidence])
            at += len(word) + 2
    return KnowledgeGraph(G)


def time_write(kg: KnowledgeGraph, path: Path, runs: int, max_nodes: int, view: str) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        write_html(kg.graph, path, max_nodes=max_nodes, view=view)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_interactive(path: Path, runs: int) -> tuple[float, int] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("  (playwright not installed: pip install playwright)", file=sys.stderr)
        return None
    if chromium is None:
        print("  (chromium not found: apt-get install chromium)", file=sys.stderr)
        return None
    args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    times, drawn = [], 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=args)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                context.route("http*://**/*", lambda route: route.abort())
                page = context.new_page()
                page.goto(path.resolve().as_uri())
                page.wait_for_function("window.paperkgReady !== undefined", timeout=600_000)
                times.append(page.evaluate("window.paperkgReady") / 1000)
                # hidden and on-demand nodes not counted
                drawn = page.evaluate("network.body.nodeIndices.length")
                context.close()
        finally:
            browser.close()
    return statistics.median(times), drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", default="5000,20000", help="comma-separated entity counts")
    parser.add_argument("--synthetic", action="store_true", help="synthetic graphs (5 nodes per entity)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--views", default="entities,papers", help="comma-separated: entities, papers")
    options = parser.parse_args()
    targets = [int(n) for n in options.entities.split(",")]
    graphs = [("sample", build())]
    if options.synthetic or not CORPUS.exists():
        graphs += [(f"synthetic {n} entities", synthetic_kg(5 * n)) for n in targets]
    else:
        graphs += corpus_kgs(targets)
    with tempfile.TemporaryDirectory() as tmp:
        for name, kg in graphs:
            for view in options.views.split(","):
                for max_nodes in (500, len(kg.graph)):
                    path = Path(tmp) / "graph.html"
                    seconds = time_write(kg, path, options.runs, max_nodes, view)
                    size = path.stat().st_size / 1e6
                    line = (f"{name} ({len(kg.graph)} nodes, {kg.graph.number_of_edges()} links), "
                            f"view={view}, max_nodes={max_nodes if max_nodes < len(kg.graph) else 'all'}: "
                            f"write {seconds:.2f} s, {size:.1f} MB")
                    result = None if options.no_browser else time_interactive(path, options.runs)
                    if result is not None:
                        line += (f"; interactive after {result[0]:.2f} s in headless Chromium ({result[1]} "
                                 f"nodes drawn)")
                    print(line, flush=True)


if __name__ == "__main__":
    main()
