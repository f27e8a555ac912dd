"""Benchmark every graph query on a ~300,000-paper synthetic graph shaped like the real one.

The shape comes from a real paperkg graph: ``--like FILE`` (a ``.ttl`` that ``paperkg build``
wrote, or a ``.graphml`` from the GraphML export), else a build of the first ``--fit-papers``
papers of ``../shared/corpora/arxiv-cs-ai.jsonl.gz`` (else the bundled sample). From it:

- the papers' link profiles (how many models, datasets, techniques, languages each paper
  links to, zero included), resampled paper by paper, so the kind mix and the paper degree
  distribution are the real ones;
- per kind, a Pitman–Yor process fitted to the real links, entities and one-paper entities
  (discount ``d`` = share of one-paper entities, concentration ``θ`` so that the expected
  number of entities matches), which gives the real heavy tail of entity popularity and
  Heaps-law growth of the vocabulary with more papers;
- topical locality (papers of one topic reuse that topic's entities), so communities exist;
- the share of variant entities (``broader``), link roles, mention counts and paper months.

Prints seconds per query, and for PageRank and betweenness the ratio of networkx's time
(paperkg's call) to igraph's on the same graph in the same run (``pip install igraph``; not a
paperkg dependency). Betweenness is compared on the same sampled pivots (igraph's
``betweenness(sources=...)``), since exact betweenness is out of reach for both at this size.

Usage: python benchmarks/bench_graph.py [--papers 300000] [--like graph.ttl] [--json out.json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
import os
import random
import sys
import tempfile
import time
from bisect import bisect
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from paperkg.graph import centrality as cm  # noqa: E402
from paperkg.graph import spectral  # noqa: E402
from paperkg.graph.knowledge import KnowledgeGraph  # noqa: E402
from paperkg.graph.trends import paper_period  # noqa: E402

KINDS = ("model", "dataset", "technique", "language")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "arxiv-cs-ai.jsonl.gz"


# -- the shape of a real graph ----------------------------------------------------------------


def _py_expected_tables(n: int, d: float, theta: float) -> float:
    """Expected number of distinct entities after ``n`` links of a Pitman–Yor(d, θ) process."""
    log_ratio = (math.lgamma(theta + d + n) + math.lgamma(theta + 1)
                 - math.lgamma(theta + d + 1) - math.lgamma(theta + n))
    return theta / d * (math.exp(log_ratio) - 1) if theta != 0 else math.exp(log_ratio) / d


def _fit_py(links: int, entities: int, singletons: int) -> tuple[float, float]:
    """(d, θ) of a Pitman–Yor process matching ``entities`` after ``links`` and the singleton share."""
    if links == 0 or entities == 0:
        return 0.5, 1.0
    d = min(max(singletons / entities, 0.05), 0.95)
    lo, hi = -d + 1e-9, 1e7
    for _ in range(200):
        mid = (lo + hi) / 2 if hi < 1e6 else math.sqrt(max(lo, 1e-9) * hi)
        if _py_expected_tables(links, d, mid) < entities:
            lo = mid
        else:
            hi = mid
    return d, (lo + hi) / 2


def fit_shape(G: nx.DiGraph) -> dict[str, Any]:
    """The shape of a real paper–entity graph (see the module docstring)."""
    papers = [n for n, k in G.nodes(data="kind") if k == "paper"]
    profiles = Counter()
    for p in papers:
        kinds = Counter(G.nodes[e]["kind"] for e in G.successors(p))
        profiles[tuple(kinds.get(k, 0) for k in KINDS)] += 1
    per_kind = {}
    for kind in KINDS:
        ents = [n for n, k in G.nodes(data="kind") if k == kind and G.in_degree(n) > 0]
        links = sum(G.in_degree(n) for n in ents)
        singles = sum(1 for n in ents if G.in_degree(n) == 1)
        variants = sum(1 for n in ents if G.nodes[n].get("broader"))
        d, theta = _fit_py(links, len(ents), singles)
        per_kind[kind] = {"links": links, "entities": len(ents), "singletons": singles, "d": d,
                          "theta": theta, "variant_share": variants / len(ents) if ents else 0.0}
    months = Counter(paper_period(G.nodes[p], "month") for p in papers)
    return {
        "papers": len(papers),
        "profiles": {",".join(map(str, k)): v for k, v in sorted(profiles.items())},
        "kinds": per_kind,
        "roles": dict(Counter(r for *_, r in G.edges(data="role"))),
        "mentions": dict(Counter(c for *_, c in G.edges(data="count", default=1))),
        "months": {str(k): v for k, v in months.items()},
    }


# -- a synthetic graph of that shape ------------------------------------------------------------


class _Sampler:
    """Draw from a Counter-like weight table (cumulative sums + bisect)."""

    def __init__(self, weights: dict[Any, int], rng: random.Random) -> None:
        self.items = list(weights)
        self.cum = list(itertools.accumulate(weights.values()))
        self.rng = rng

    def __call__(self) -> Any:
        return self.items[bisect(self.cum, self.rng.random() * self.cum[-1])]


class _PitmanYor:
    """Sequential Pitman–Yor draws with topical locality: ``draw(topic)`` gives an entity index."""

    def __init__(self, d: float, theta: float, rng: random.Random, locality: float = 0.7) -> None:
        self.d, self.theta, self.rng, self.locality = d, theta, rng, locality
        self.counts: list[int] = []
        self.links: list[int] = []  # one entry per link: the entity, so a uniform pick is ∝ count
        self.topic_links: dict[int, list[int]] = {}
        self.born: list[int] = []

    def draw(self, topic: int) -> int:
        rng, d = self.rng, self.d
        total = len(self.links)
        if total == 0 or rng.random() < (self.theta + d * len(self.counts)) / (self.theta + total):
            entity = len(self.counts)
            self.counts.append(0)
            self.born.append(topic)
        else:
            pool = self.topic_links.get(topic) if rng.random() < self.locality else None
            pool = pool or self.links
            while True:
                entity = pool[rng.randrange(len(pool))]
                if rng.random() * self.counts[entity] < self.counts[entity] - d:
                    break
        self.counts[entity] += 1
        self.links.append(entity)
        self.topic_links.setdefault(topic, []).append(entity)
        return entity


def synthesize(shape: dict[str, Any], n_papers: int, *, seed: int = 0, topics: int = 40) -> nx.DiGraph:
    """A paper–entity graph of ``n_papers`` papers with the shape of ``shape`` (same schema)."""
    rng = random.Random(seed)
    profile = _Sampler({tuple(map(int, k.split(","))): v for k, v in shape["profiles"].items()}, rng)
    role = _Sampler(shape["roles"] or {"mentions": 1}, rng)
    mentions = _Sampler({int(k): v for k, v in shape["mentions"].items()} or {1: 1}, rng)
    month = _Sampler(shape["months"] or {"None": 1}, rng)
    topic_of = _Sampler({t: int(1000 / (t + 1)) + 1 for t in range(topics)}, rng)
    processes = {k: _PitmanYor(shape["kinds"][k]["d"], shape["kinds"][k]["theta"], rng) for k in KINDS}
    G = nx.DiGraph()
    links: list[tuple[int, str, int]] = []
    for i in range(n_papers):
        when = month()
        node = f"paper/syn-{i}"
        G.add_node(node, kind="paper", label=f"Synthetic paper {i}", title=f"Synthetic paper {i}",
                   abstract="", authors=[], date=None if when == "None" else f"{when}-15", arxiv_id=None,
                   doi=None, categories=[], links=[], sources=[], input_id=str(i))
        topic = topic_of()
        for kind, count in zip(KINDS, profile(), strict=True):
            chosen: set[int] = set()
            for _ in range(count):
                for _try in range(5):
                    entity = processes[kind].draw(topic)
                    if entity not in chosen:
                        break
                chosen.add(entity)
            links.extend((i, kind, e) for e in chosen)
    for kind, process in processes.items():
        order = sorted(range(len(process.counts)), key=lambda e: -process.counts[e])
        share = shape["kinds"][kind]["variant_share"]
        for rank, e in enumerate(order):
            broader = None
            if rank > 0 and rng.random() < share:
                broader = f"{kind}/syn-{order[min(int(rng.paretovariate(1.2)) - 1, rank - 1)]}"
            G.add_node(f"{kind}/syn-{e}", kind=kind, label=f"{kind.title()} {e}", aliases=[], broader=broader,
                       origin="vocabulary", confidence=1.0, language_type=None, iso639_3=None, wikidata=None,
                       hf_id=None)
    for i, kind, e in links:
        G.add_edge(f"paper/syn-{i}", f"{kind}/syn-{e}", role=role(), count=mentions(), confidence=1.0,
                   evidence=[])
    return G


# -- timing -----------------------------------------------------------------------------------


def _time(results: list[dict], name: str, func: Callable[[], Any], **extra: Any) -> Any:
    """Run ``func`` once; record wall seconds and CPU seconds of this process (the machine may be
    shared: CPU seconds are what the query costs, wall seconds what it took here)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = func()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    note = getattr(value, "note", None)
    results.append({"query": name, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3), **extra,
                    **({"note": note} if note else {})})
    print(f"{name:<48} {seconds:9.2f} s wall {cpu:9.2f} s cpu" + (f"   ({note})" if note else ""), flush=True)
    return value


def _clock(func: Callable[[], Any]) -> tuple[float, Any]:
    """CPU seconds of this process for ``func()`` (igraph and networkx both run single-threaded here)."""
    cpu = time.process_time()
    value = func()
    return time.process_time() - cpu, value


def _igraph_of(H: nx.Graph) -> tuple[Any, list[Any]]:
    import igraph as ig

    nodes = list(H)
    index = {n: i for i, n in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges()], directed=False)
    g.es["weight"] = [float(w) for _, _, w in H.edges(data="weight", default=1.0)]
    return g, nodes


def _real_graph(args: argparse.Namespace) -> nx.DiGraph:
    if args.like:
        path = Path(args.like)
        if path.suffix == ".graphml":
            from paperkg.store.graphml import read_graphml

            return read_graphml(path)
        from paperkg import load

        return load(path).graph
    from paperkg import build

    if CORPUS.exists() and args.fit_papers:
        with tempfile.TemporaryDirectory() as tmp:
            sample = Path(tmp) / "fit.jsonl"
            with gzip.open(CORPUS, "rt", encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
                dst.writelines(itertools.islice(src, args.fit_papers))
            return build([sample]).graph
    return build().graph


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=300_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--like", help="a real graph (.ttl or .graphml) to copy the shape of")
    parser.add_argument("--fit-papers", type=int, default=3000,
                        help="corpus papers to build and fit (no --like)")
    parser.add_argument("--pivots", type=int, default=None, help="pivots for the sampled measures")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--no-igraph", action="store_true")
    parser.add_argument("--quick", action="store_true", help="skip the slow path-based measures")
    args = parser.parse_args(argv)

    results: list[dict] = []
    real = _time(results, "fit: real graph (build or load)", lambda: _real_graph(args))
    shape = fit_shape(real)
    print(json.dumps({k: shape[k] for k in ("papers", "kinds")}, indent=1))
    G = _time(results, f"synthesize {args.papers} papers",
              lambda: synthesize(shape, args.papers, seed=args.seed))
    kg = KnowledgeGraph(G)
    counts = kg.counts()
    degrees = sorted((d for n, d in G.in_degree() if G.nodes[n]["kind"] != "paper"), reverse=True)
    print(f"graph: {counts}; top entity degrees {degrees[:10]}; entities with 1 paper: "
          f"{sum(1 for d in degrees if d == 1)}", flush=True)

    H = _time(results, "view: papers (variant)", lambda: kg.view("papers"))
    print(f"papers view: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges", flush=True)
    _time(results, "view: comention (variant)", lambda: kg.view("comention"))
    _time(results, "view: papers (family)", lambda: kg.view("papers", level="family"))

    k = args.pivots
    slow = {"betweenness", "closeness", "harmonic"}
    for by in cm.MEASURES:
        if args.quick and by in slow:
            continue
        _time(results, f"rank papers view model by {by}", lambda by=by: kg.rank(kind="model", by=by, k=k),
              measure=by)
    for by in ("degree", "pagerank", "eigenvector", "katz", "hits"):
        _time(results, f"rank comention view model by {by}",
              lambda by=by: kg.rank(kind="model", by=by, view="comention"))
    if not args.quick:
        _time(results, "rank comention view model by betweenness",
              lambda: kg.rank(kind="model", by="betweenness", view="comention", k=k))
    _time(results, "rank family level model by pagerank",
          lambda: kg.rank(kind="model", by="pagerank", level="family"))
    _time(results, "rank comention min_support=3 by pagerank",
          lambda: kg.rank(kind="technique", by="pagerank", view="comention", min_support=3))

    top = kg.rank(kind="model", by="degree", top=1)[0].id
    rare = sorted(n for n in kg.entities("dataset")
                  if 0 < G.in_degree(n) <= 2)[:1] or kg.entities("dataset")[:1]
    _time(results, "papers(mentioning=top model)", lambda: kg.papers(mentioning=top))
    _time(results, "papers(mentioning=top model, role=uses)", lambda: kg.papers(mentioning=top, role="uses"))
    _time(results, "related(top model)", lambda: kg.related(top))
    _time(results, "path(top model, rare dataset)", lambda: kg.path(top, rare[0]))
    _time(results, "ego(top model)", lambda: kg.ego(top))
    _time(results, "show(top model)", lambda: kg.show(top))
    _time(results, "communities (Louvain, comention)", lambda: kg.communities())
    _time(results, "trend(top model, month)", lambda: kg.trend(top, period="month"))
    _time(results, "trending(model, month)", lambda: kg.trending(kind="model", period="month"))
    _time(results, "subgraph(kind=dataset)", lambda: kg.subgraph(kind="dataset"))

    fresh = KnowledgeGraph(G)
    _time(results, "cold rank by pagerank (view + scores)", lambda: fresh.rank(kind="model", by="pagerank"))
    _time(results, "rank all entities by pagerank, top=None (cached scores)",
          lambda: fresh.rank(by="pagerank", top=None))
    _time(results, "rank natural languages by pagerank (cached scores)",
          lambda: fresh.rank(kind="language", by="pagerank", language_type="natural"))
    scipy_on = spectral._have_scipy()
    spectral._SCIPY = False
    _time(results, "pagerank, numpy only (no scipy; matrix built)", lambda: spectral.pagerank(H))
    spectral._SCIPY = scipy_on
    if scipy_on:
        _time(results, "pagerank, scipy CSR (matrix built)", lambda: spectral.pagerank(H))
        _time(results, "pagerank, scipy CSR (matrix cached)", lambda: spectral.pagerank(H))
        _time(results, "nx.pagerank itself (scipy)", lambda: nx.pagerank(H, weight="weight"))

    if not args.no_igraph:
        try:
            import igraph  # noqa: F401
        except ImportError:
            print("igraph not installed (pip install igraph): no ratios")
            args.no_igraph = True
    if not args.no_igraph:
        g, nodes = _time(results, "igraph: convert papers view", lambda: _igraph_of(H))
        # networkx side pays for its sparse matrix, as igraph paid in the conversion above
        spectral._ADJACENCY.clear()
        nx_pr, ours = _clock(lambda: spectral.pagerank(H))
        ig_pr, theirs = _clock(lambda: g.pagerank(weights="weight", damping=0.85))
        nx_own, _ = _clock(lambda: nx.pagerank(H, weight="weight"))
        results.append({"query": "nx.pagerank/igraph", "networkx": round(nx_own, 3),
                        "igraph": round(ig_pr, 3), "ratio": round(nx_own / ig_pr, 1)})
        print(f"nx.pagerank itself (cpu): {nx_own:.2f} s, ratio {nx_own / ig_pr:.1f} against igraph",
              flush=True)
        diff = max(abs(ours[n] - v) for n, v in zip(nodes, theirs, strict=True))
        results.append({"query": "pagerank paperkg (networkx iteration, cached matrix)/igraph",
                        "networkx": round(nx_pr, 3), "igraph": round(ig_pr, 3),
                        "ratio": round(nx_pr / ig_pr, 1), "max_abs_diff": diff})
        print(f"pagerank (cpu): networkx {nx_pr:.2f} s, igraph {ig_pr:.3f} s, ratio {nx_pr / ig_pr:.1f}; "
              f"max |diff| {diff:.2e}", flush=True)
        pivots = k or cm.default_pivots(H)
        sources = random.Random(args.seed).sample(nodes, pivots)
        nx_bc, _ = _clock(lambda: nx.betweenness_centrality(H, k=pivots, seed=args.seed, normalized=True))
        index = {n: i for i, n in enumerate(nodes)}
        ig_bc, _ = _clock(lambda: g.betweenness(sources=[index[s] for s in sources], directed=False))
        results.append({"query": f"betweenness ({pivots} pivots) networkx/igraph",
                        "networkx": round(nx_bc, 3), "igraph": round(ig_bc, 3),
                        "ratio": round(nx_bc / ig_bc, 1)})
        print(f"betweenness ({pivots} pivots, cpu): networkx {nx_bc:.2f} s, igraph {ig_bc:.3f} s, "
              f"ratio {nx_bc / ig_bc:.1f}", flush=True)

    if args.json:
        Path(args.json).write_text(json.dumps({"papers": args.papers, "counts": counts, "shape": shape,
                                               "cpu_count": os.cpu_count(), "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
