"""The example queries (paperkg/ontology/queries/*.rq) answer their questions.

Each query runs on the sample export and on a hand-made graph; its rows are checked against the
answer computed here from the networkx graph (not by SPARQL).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest

from paperkg import KnowledgeGraph
from paperkg.exports.turtle import write_turtle
from paperkg.store.sparql import query
from paperkg.ontology import PKG, ROLE_PROPERTY, example_queries, node_iri

DATA = Path(__file__).parents[1] / "data" / "rdf"
QUERIES = example_queries()


@pytest.fixture(scope="module")
def rich_kg() -> KnowledgeGraph:
    data = json.loads((DATA / "rich_graph.json").read_text(encoding="utf-8"))
    return KnowledgeGraph(nx.node_link_graph(data, edges="edges"))


@pytest.fixture(scope="module")
def rich_ttl(tmp_path_factory: pytest.TempPathFactory, rich_kg: KnowledgeGraph) -> Path:
    return write_turtle(rich_kg, tmp_path_factory.mktemp("queries") / "rich.ttl")


# -- the answers, from networkx -----------------------------------------------------------------
def _named(G: nx.DiGraph, name: str, kind: str | None = None) -> set[str]:
    """Entities whose label or an alias is ``name`` (any case)."""
    return {
        n for n, d in G.nodes(data=True)
        if d["kind"] != "paper" and (kind is None or d["kind"] == kind)
        and name.lower() in {d["label"].lower(), *(a.lower() for a in d["aliases"])}
    }


def _ancestors(G: nx.DiGraph, node: str) -> list[str]:
    out, parent = [], G.nodes[node].get("broader")
    while parent is not None and parent not in out:
        out.append(parent)
        parent = G.nodes[parent].get("broader") if parent in G else None
    return out


def _iri(node: str) -> str:
    return node_iri(node)


def _top_models(G: nx.DiGraph) -> list[tuple]:
    counts = [(_iri(n), d["label"], G.in_degree(n)) for n, d in G.nodes(data=True)
              if d["kind"] == "model" and G.in_degree(n)]
    return sorted(counts, key=lambda row: (-row[2], row[0]))[:10]


def _papers_introducing_datasets(G: nx.DiGraph) -> list[tuple]:
    rows = [(_iri(e), G.nodes[e]["label"], _iri(p), G.nodes[p]["title"])
            for p, e, role in G.edges(data="role") if role == "introduces"
            and G.nodes[e]["kind"] == "dataset"]
    return sorted(rows, key=lambda row: (row[1], row[0], row[2]))


def _techniques_with(G: nx.DiGraph, name: str) -> list[tuple]:
    anchors = _named(G, name, "technique")
    rows = []
    for t, d in G.nodes(data=True):
        if d["kind"] != "technique":
            continue
        papers = {p for p in G.predecessors(t) if any(a != t and G.has_edge(p, a) for a in anchors)}
        if papers:
            rows.append((_iri(t), d["label"], len(papers)))
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def _languages_with(G: nx.DiGraph, name: str) -> list[tuple]:
    models = _named(G, name, "model")
    variants = {n for n in G if G.nodes[n]["kind"] != "paper"
                and (n in models or set(_ancestors(G, n)) & models)}
    rows = []
    for lang, d in G.nodes(data=True):
        if d["kind"] != "language":
            continue
        papers = {p for p in G.predecessors(lang) if any(G.has_edge(p, v) for v in variants)}
        if papers:
            rows.append((_iri(lang), d["label"], d["iso639_3"], len(papers)))
    return sorted(rows, key=lambda row: (-row[3], row[0]))


def _papers_linking(G: nx.DiGraph, name_a: str, name_b: str) -> list[tuple]:
    role = {r: str(p) for r, p in ROLE_PROPERTY.items()}
    rows = [(_iri(p), G.nodes[p]["title"], role[G.edges[p, a]["role"]], role[G.edges[p, b]["role"]])
            for a in _named(G, name_a) for b in _named(G, name_b)
            for p in set(G.predecessors(a)) & set(G.predecessors(b))]
    return sorted(rows)


def _family(G: nx.DiGraph, name: str) -> list[tuple]:
    families = {n for n, d in G.nodes(data=True) if name.lower() in
                {str(d["label"]).lower(), *(a.lower() for a in d.get("aliases", ()))}}
    rows = [(_iri(n), d["label"], _iri(d["broader"]), G.in_degree(n))
            for n, d in G.nodes(data=True) if d["kind"] != "paper" and set(_ancestors(G, n)) & families]
    return sorted(rows)


def _evidence(G: nx.DiGraph, name: str) -> list[tuple]:
    role = {r: str(p) for r, p in ROLE_PROPERTY.items()}
    rows = []
    for entity in sorted(_named(G, name)):
        for p in sorted(G.predecessors(entity), key=_iri):
            for ev in G.edges[p, entity]["evidence"]:
                rows.append((_iri(p), G.nodes[p]["title"], role[ev["role"]], ev["extractor"],
                             ev["confidence"], ev["field"], ev["start"], ev["end"], ev["surface"],
                             ev["sentence"]))
    return rows


# -- running the queries ------------------------------------------------------------------------
def _with_values(text: str, values: tuple[str, ...]) -> str:
    """The query with the strings of its one VALUES row replaced by ``values``."""
    literals = " ".join(json.dumps(v, ensure_ascii=False) for v in values)
    row = f"({literals})" if len(values) > 1 else literals
    out, n = re.subn(r"(VALUES \(?[?\w ]+\)? \{ )(\([^)]*\)|\"[^\"]*\")( \})",
                     lambda m: m.group(1) + row + m.group(3), text)
    assert n == 1, "the query has one VALUES row of parameters"
    return out


def _rows(path: Path, text: str) -> list[tuple]:
    names, rows = query(path, text)
    return [tuple(row[name] for name in names) for row in rows]


Expect = Callable[..., list[tuple]]
# query name -> (the answer from networkx, whether row order is checked, default parameters)
CASES: dict[str, tuple[Expect, bool, tuple[str, ...]]] = {
    "top_models": (_top_models, True, ()),
    "papers_introducing_datasets": (_papers_introducing_datasets, True, ()),
    "techniques_with_lora": (_techniques_with, True, ("LoRA",)),
    "languages_with_model": (_languages_with, True, ("Llama 2",)),
    "papers_linking": (_papers_linking, False, ("Llama 2", "MMLU")),
    "family": (_family, True, ("Llama",)),
    "evidence": (_evidence, False, ("LoRA",)),
}


def _busiest(G: nx.DiGraph, kind: str | None, score: Callable[[str], int]) -> str | None:
    nodes = [n for n, d in G.nodes(data=True) if d["kind"] != "paper" and (kind is None or d["kind"] == kind)]
    best = max(sorted(nodes), key=score, default=None)
    return G.nodes[best]["label"] if best is not None else None


def _sample_parameters(G: nx.DiGraph, name: str) -> tuple[str, ...] | None:
    """Parameters that give a non-trivial answer on this graph, chosen from the graph itself."""
    papers_of = {n: set(G.predecessors(n)) for n in G}
    if name == "techniques_with_lora":
        label = _busiest(G, "technique", lambda t: len(_techniques_with(G, G.nodes[t]["label"])))
    elif name == "languages_with_model":
        label = _busiest(G, "model", lambda m: len(_languages_with(G, G.nodes[m]["label"])))
    elif name == "family":
        label = _busiest(G, None,
                         lambda f: sum(f in _ancestors(G, n) for n in G if G.nodes[n]["kind"] != "paper"))
    elif name == "evidence":
        label = _busiest(G, None, lambda e: len(papers_of[e]))
    elif name == "papers_linking":
        pairs = Counter((a, b) for p, d in G.nodes(data=True) if d["kind"] == "paper"
                        for a in G.successors(p) for b in G.successors(p) if a < b)
        if not pairs:
            return None
        (a, b), _ = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
        return (G.nodes[a]["label"], G.nodes[b]["label"])
    else:
        return ()
    return (label,) if label is not None else None


def _check(path: Path, G: nx.DiGraph, name: str, params: tuple[str, ...]) -> list[tuple]:
    expect, ordered, _ = CASES[name]
    text = _with_values(QUERIES[name], params) if params else QUERIES[name]
    actual, expected = _rows(path, text), expect(G, *params)
    if ordered:
        assert actual == expected
    else:
        assert sorted(actual) == sorted(expected)
    return actual


def test_queries_cover_every_file() -> None:
    assert set(QUERIES) == set(CASES)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_state_their_question_and_prefixes(name: str) -> None:
    """Each file opens with its question, and runs as is on a bare SPARQL store (no predeclared prefixes)."""
    text = QUERIES[name]
    assert re.match(r"# [A-Z].*\?\n", text)
    list(ox.Store().query(text))


@pytest.mark.parametrize("name", sorted(CASES))
def test_queries_answer_on_the_sample(sample_kg: KnowledgeGraph, sample_ttl: Path, name: str) -> None:
    _check(sample_ttl, sample_kg.graph, name, CASES[name][2])
    params = _sample_parameters(sample_kg.graph, name)
    if params:
        _check(sample_ttl, sample_kg.graph, name, params)


@pytest.mark.parametrize("name", sorted(CASES))
def test_queries_answer_on_the_hand_made_graph(rich_kg: KnowledgeGraph, rich_ttl: Path, name: str) -> None:
    rows = _check(rich_ttl, rich_kg.graph, name, CASES[name][2])
    assert rows, "the hand-made graph has an answer to every question"


# Answers read off tests/data/rdf/rich_graph.json by hand.
KNOWN: dict[str, list[Any]] = {
    "languages_with_model": [("English", "eng", 2), ("Python", None, 1), ("Swahili", "swa", 1)],
    "techniques_with_lora": [("DPO", 1), ("QLoRA", 1)],
    "family": [("Llama 2", 2), ("Llama 2 13B Chat", 2)],
    "papers_introducing_datasets": [("GSM8K", "Training Verifiers to Solve Math Word Problems"),
                                    ("HumanEval", "Direct Preference Optimization for Python code")],
}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_queries_known_answers(rich_ttl: Path, name: str) -> None:
    _, rows = query(rich_ttl, QUERIES[name])
    keep = {"languages_with_model": ("label", "iso", "papers"), "techniques_with_lora": ("label", "papers"),
            "family": ("label", "papers"), "papers_introducing_datasets": ("label", "title")}[name]
    assert [tuple(row[k] for k in keep) for row in rows] == KNOWN[name]


def test_queries_evidence_explains_why_a_paper_uses_lora(rich_ttl: Path) -> None:
    _, rows = query(rich_ttl, "evidence")
    why = [row for row in rows if row["paper"].endswith("/arxiv-hep-th-9901001")]
    assert [(r["role"], r["surface"], r["sentence"], r["extractor"]) for r in why] == [(
        str(PKG.uses), "LoRA",
        ("We fine-tune Llama 2 with DPO and LoRA for Python code generation and report results on HumanEval, "
         "which we extend with 200 new problems."),
        "paperkg_vocab",
    )]
