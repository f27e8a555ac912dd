"""Benchmark the RDF export and a group-by SPARQL query: rdflib's default store vs Oxigraph.

A ~1M-triple graph shaped like the real one is synthesised from the bundled sample graph (or
the graph of ``--input`` files): its papers are replicated, each copy perturbed (a link dropped
with probability ``--drop``; a linked entity replaced, with probability ``--variant``, by one of
a few variants of it, a new entity whose family is the original, so the vocabulary and the
hierarchy grow with the graph), until the export reaches ``--triples`` triples.

On that graph, with the same statements, it times:

- building the rdflib Graph (``to_rdf(kg, store="default")`` vs ``to_rdf(kg)``, Oxigraph-backed);
- serialising that Graph to Turtle (rdflib's ``turtle`` vs oxrdflib's ``ox-turtle``);
- the whole export, graph to Turtle file (rdflib: build + serialise; paperkg: ``write_turtle``,
  which streams the canonical statements through pyoxigraph's serialiser);
- two group-by queries through the same rdflib ``Graph.query`` API, all rows fetched: top models
  by papers (``queries/top_models.rq``: ``GROUP BY ... COUNT(DISTINCT ...) ORDER BY``) and
  every evidence node by field and role (``COUNT``, ``AVG``);

and prints seconds and the ratio default / Oxigraph (how many times faster Oxigraph is).

Usage: python benchmarks/bench_rdf.py [--triples 1000000] [--seed 0] [--json out.json] [--input FILE ...]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import paperkg
from paperkg.exports.turtle import to_rdf, triples, write_turtle
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ontology import example_queries

#: A heavier group-by: every evidence node, by field and role, with the mean confidence.
EVIDENCE_BY_ROLE = """
PREFIX pkg: <https://w3id.org/paperkg/ontology#>
SELECT ?field ?role (COUNT(?evidence) AS ?mentions) (AVG(?confidence) AS ?mean)
WHERE { ?evidence a pkg:Evidence ; pkg:field ?field ; pkg:role ?role ; pkg:confidence ?confidence . }
GROUP BY ?field ?role
ORDER BY DESC(?mentions)
"""


def synthesise(base: nx.DiGraph, target: int, *, seed: int = 0, drop: float = 0.1, variant: float = 0.3,
               variants: int = 5) -> nx.DiGraph:
    """Replicate and perturb ``base``'s papers until the export has about ``target`` triples."""
    rng = random.Random(seed)
    G = nx.DiGraph()
    for node, data in base.nodes(data=True):
        if data["kind"] != "paper":
            G.add_node(node, **data)
    papers = [(n, d) for n, d in base.nodes(data=True) if d["kind"] == "paper"]
    entities_only = len(triples(G))
    copies, copy = 1, 0
    while copy < copies:
        for paper, data in papers:
            node = f"{paper}-r{copy}"
            G.add_node(node, **{**data, "title": f"{data['title']} ({copy})",
                                "label": f"{data['label']} ({copy})", "arxiv_id": None,
                                "input_id": f"{data['input_id']}-r{copy}"})
            for entity in base.successors(paper):
                if rng.random() < drop:
                    continue
                target_entity = entity
                if rng.random() < variant:
                    k = rng.randrange(variants)
                    target_entity = f"{entity}-v{k}"
                    if target_entity not in G:
                        attrs = base.nodes[entity]
                        G.add_node(target_entity, **{**attrs, "label": f"{attrs['label']} v{k}",
                                                     "aliases": [], "broader": entity, "wikidata": None,
                                                     "hf_id": None})
                if not G.has_edge(node, target_entity):
                    G.add_edge(node, target_entity, **base.edges[paper, entity])
        if copy == 0:  # the first copy tells how many reach the target
            copies = max(1, round((target - entities_only) / (len(triples(G)) - entities_only)))
        copy += 1
    return G


def _time(func: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--input", nargs="*", default=None, help="input files to build the base graph from")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    base = paperkg.build(args.input or None).graph
    kg = KnowledgeGraph(synthesise(base, args.triples, seed=args.seed))
    n_triples = len(triples(kg))
    print(f"synthetic graph: {kg}  ->  {n_triples:,} triples")
    queries = {
        "group-by query (top models)": example_queries()["top_models"],
        "group-by query (evidence by role)": EVIDENCE_BY_ROLE,
    }

    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for store in ("oxigraph", "default"):
            row: dict[str, float] = {}
            row["build rdflib Graph"], graph = _time(lambda s=store: to_rdf(kg, store=s))
            fmt = "ox-turtle" if store == "oxigraph" else "turtle"
            target = out / f"{store}.ttl"
            row["serialise Graph to Turtle"], _ = _time(lambda g=graph, f=fmt,
                                                        t=target: g.serialize(t, format=f))
            if store == "oxigraph":
                row["export (graph -> .ttl)"], _ = _time(lambda: write_turtle(kg, out / "paperkg.ttl"))
            else:
                row["export (graph -> .ttl)"] = row["build rdflib Graph"] + row["serialise Graph to Turtle"]
            for name, text in queries.items():
                row[name], rows = _time(lambda g=graph, q=text: list(g.query(q)))
                row[f"{name}: rows"] = len(rows)
            figures[store] = row
            del graph
        for name in queries:
            assert figures["oxigraph"][f"{name}: rows"] == figures["default"][f"{name}: rows"], name

    print(f"\n{'':36}{'rdflib default':>16}{'Oxigraph':>12}{'ratio':>9}")
    for name in ("build rdflib Graph", "serialise Graph to Turtle", "export (graph -> .ttl)", *queries):
        default, ours = figures["default"][name], figures["oxigraph"][name]
        print(f"{name:36}{default:>15.2f}s{ours:>11.2f}s{default / ours:>8.1f}x")
    result = {"triples": n_triples, "papers": kg.num_papers,
              "entities": kg.graph.number_of_nodes() - kg.num_papers, "seconds": figures}
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
