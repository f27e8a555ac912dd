"""The HTML view is safe: one offline file, every text escaped, the same bytes for the same graph."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from paperkg import KnowledgeGraph, build
from paperkg.exports.html import render_html, script_json, write_html
from tests.exports.test_html import _BLOCK, blocks

HOSTILE_TITLE = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HOSTILE_LABEL = "<b>Bold</b> & </style><!-- \u2028"
#: Loads something when the page opens: these attributes on any tag, unless local (``#``, ``data:``).
_LOADING = ("src", "href", "data", "srcset", "poster", "action", "formaction", "background", "xlink:href")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def hostile_kg() -> KnowledgeGraph:
    """A tiny graph whose texts try to break out of the page."""
    G = nx.DiGraph()
    abstract = f"We use {HOSTILE_LABEL} here. <script>window.__pwned = 3</script>"
    G.add_node("paper/evil", kind="paper", label=HOSTILE_TITLE, title=HOSTILE_TITLE, abstract=abstract,
               authors=["<i>Mallory</i>"], date="2024", arxiv_id="arXiv:2401.00001v2", doi=None,
               categories=[], links=["javascript:window.__pwned=4", "https://example.org/<x>", "https://example.org/ok"],
               sources=[{"file": "<evil>.jsonl", "record": 1, "date": None}], input_id="evil")
    G.add_node("technique/evil", kind="technique", label=HOSTILE_LABEL, aliases=["</script>evil"],
               broader=None, origin="discovered", confidence=0.5, language_type=None, iso639_3=None,
               wikidata="Q1<", hf_id=None)
    start = abstract.index(HOSTILE_LABEL)
    G.add_edge("paper/evil", "technique/evil", role="uses", count=1, confidence=0.5, evidence=[
        {"field": "abstract", "start": start, "end": start + len(HOSTILE_LABEL), "surface": HOSTILE_LABEL,
         "role": "uses", "origin": "discovered", "confidence": 0.5, "extractor": "test",
         "sentence": abstract}])
    return KnowledgeGraph(G)


def assert_offline(html: str) -> None:
    """``html`` is one file: no tag loads or links to anything outside it, CSS only ``data:`` URLs."""
    for tag, attrs in tags(html):
        assert tag not in ("link", "base"), f"<{tag} {attrs}>: stylesheets and scripts must be inline"
        assert not (tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh")
        for name in _LOADING:
            value = (attrs.get(name) or "").strip()
            assert not value or value.startswith(("#", "data:")), \
                f"<{tag} {name}={value!r}> loads from outside"
    assert "@import" not in html
    assert not re.search(r"url\(\s*(?!['\"]?data:)", html), "CSS may only use data: URLs"
    network = re.search(r"\b(fetch|importScripts|XMLHttpRequest|WebSocket|EventSource)\s*\(", html)
    assert network is None, f"the page asks the network: {network}"


@pytest.fixture(scope="module")
def rich_graph(data_dir: Path) -> nx.DiGraph:
    """tests/data/rdf/rich_graph.json: a real paperkg graph whose texts hold ``<script>``, ``&``, quotes."""
    data = json.loads((data_dir / "rdf" / "rich_graph.json").read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges")


@pytest.mark.parametrize("options",
                         [{}, {"view": "papers"}, {"focus": "LoRA", "depth": 2}, {"color_by": "kind"}])
def test_html_self_contained(sample_kg: KnowledgeGraph, options: dict) -> None:
    html = render_html(sample_kg.graph, **options)
    assert_offline(html)
    # vis-network itself is inlined from the pyvis package
    assert "vis-network" in html and "new vis.Network(" in html


def test_html_vis_network_inlined_from_pyvis(sample_kg: KnowledgeGraph) -> None:
    import pyvis

    vis_js = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    assert vis_js.read_text(encoding="utf-8") in render_html(sample_kg.graph, max_nodes=5)


def test_html_deterministic(tmp_path: Path, sample_kg: KnowledgeGraph) -> None:
    (tmp_path / "a").mkdir()
    first = write_html(sample_kg.graph, tmp_path / "a" / "graph.html")
    second = write_html(sample_kg, tmp_path / "other-name.htm")  # a KnowledgeGraph works too
    assert first.read_bytes() == second.read_bytes()
    assert str(tmp_path) not in first.read_text(encoding="utf-8")


_WRITE_IN_CHILD = """
import pickle, random, sys
import networkx as nx
from paperkg.exports.html import write_html
G = pickle.load(open(sys.argv[1], "rb"))
if sys.argv[3] == "shuffled":  # the same graph, nodes and edges inserted in another order
    rng = random.Random(7)
    nodes, edges = list(G.nodes(data=True)), list(G.edges(data=True))
    rng.shuffle(nodes)
    rng.shuffle(edges)
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    G.add_edges_from(edges)
for i, options in enumerate(eval(sys.argv[4])):
    write_html(G, f"{sys.argv[2]}-{i}.html", **options)
"""
_VIEWS = [{}, {"focus": "LoRA", "depth": 2}, {"view": "papers", "max_nodes": 400}]


@pytest.mark.issue(14)
def test_html_byte_identical_across_hash_seeds_and_insertion_order(tmp_path: Path,
                                                                   sample_kg: KnowledgeGraph) -> None:
    import pickle

    graph = tmp_path / "graph.pickle"
    graph.write_bytes(pickle.dumps(sample_kg.graph))
    runs = []
    for seed, order in (("0", "as-built"), ("12345", "as-built"), ("987", "shuffled")):
        stem = tmp_path / f"graph-{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", _WRITE_IN_CHILD, str(graph), str(stem), order, repr(_VIEWS)],
                       env=env, check=True, cwd=Path(__file__).resolve().parents[2])
        runs.append([Path(f"{stem}-{i}.html").read_bytes() for i in range(len(_VIEWS))])
    for i in range(len(_VIEWS)):
        assert runs[0][i] == runs[1][i] == runs[2][i], f"pages differ for {_VIEWS[i]}"
        assert b'"x":' in runs[0][i] and len(runs[0][i]) > 100_000
    assert len({run for run in runs[0]}) == len(_VIEWS)


def test_html_escapes_input_text() -> None:
    kg = hostile_kg()
    html = render_html(kg.graph, focus="technique/evil", title="<paperkg>")
    for raw in (HOSTILE_TITLE, HOSTILE_LABEL, "<script>window", "</script>evil", "<i>Mallory", "<evil>"):
        assert raw not in html
    assert all("\u2028" not in text for _, text in _BLOCK.findall(html))
    # structure intact: the same tags as a page without hostile text (but for the focus's <em>)
    plain = render_html(nx.DiGraph(), title="x", view="papers")
    assert [t for t, _ in tags(html) if t != "em"] == [t for t, _ in tags(plain)]
    assert "<title>&lt;paperkg&gt;: &lt;b&gt;Bold&lt;/b&gt; &amp; &lt;/style&gt;" in html
    data = blocks(html)  # the text survives, as data
    assert data["details"]["paper/evil"]["label"] == HOSTILE_TITLE
    assert data["details"]["technique/evil"]["aliases"] == ["</script>evil"]
    assert {n["id"]: n["label"] for n in data["nodes"]}["technique/evil"] == HOSTILE_LABEL
    assert [link["href"] for link in data["details"]["paper/evil"]["links"]] == [
        "https://arxiv.org/abs/2401.00001", "https://example.org/ok"]
    assert data["details"]["technique/evil"]["links"] == []


@pytest.mark.parametrize("text", ["</script>", "<!--", "a & b > c", "\u2028\u2029", "'\"\\"])
def test_html_script_json_round_trips(text: str) -> None:
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"t": text}


_RAW_IN_FILE = "<script>alert(1)</script>"


@pytest.mark.parametrize("options", [{}, {"view": "papers"}, {"focus": "LoRA", "depth": 2}])
def test_html_escapes_a_real_files_text(rich_graph: nx.DiGraph, options: dict) -> None:
    paper = next(n for n, title in rich_graph.nodes(data="title") if title and _RAW_IN_FILE in title)
    html = render_html(rich_graph, **options)
    assert _RAW_IN_FILE not in html and "alert(1)" in html  # there, but as data
    assert_offline(html)
    plain = rich_graph.copy()  # the same graph, its one hostile text made plain: the page has the same tags
    for key in ("title", "label"):
        plain.nodes[paper][key] = plain.nodes[paper][key].replace(_RAW_IN_FILE, "alert(1)")
    assert [t for t, _ in tags(html)] == [t for t, _ in tags(render_html(plain, **options))]
    data = blocks(html)
    assert data["details"][paper]["label"] == rich_graph.nodes[paper]["title"]


def test_html_escapes_an_edited_record(tmp_path: Path, data_dir: Path) -> None:
    """A real arXiv snapshot record given a hostile title, authors and abstract, built by the pipeline."""
    lines = (data_dir / "readers" / "papers.snapshot.jsonl").read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["title"] = HOSTILE_TITLE
    record["authors"] = "<i>Mallory</i>, Bob & </style>Eve"
    record["abstract"] = "We fine-tune with LoRA " + HOSTILE_TITLE + " on MMLU. " + record["abstract"]
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(record) + "\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
    G = build([path]).graph
    paper = next(n for n, title in G.nodes(data="title") if title == HOSTILE_TITLE)
    assert G.out_degree(paper) >= 2  # LoRA and MMLU linked, their evidence cut around the hostile text
    for options in ({"view": "papers", "max_nodes": 10_000}, {"focus": "LoRA", "depth": 1}):
        html = render_html(G, **options)
        for raw in ("<script>window", "<img src=x", "<i>Mallory", "</style>Eve"):
            assert raw not in html
        assert_offline(html)
        data = blocks(html)
        detail = data["details"][paper]
        assert detail["label"] == HOSTILE_TITLE
        assert "".join(p if isinstance(p, str) else p[0]
                       for p in detail["abstract"]) == G.nodes[paper]["abstract"]
        assert {"LoRA", "MMLU"} <= {p[0] for p in detail["abstract"] if not isinstance(p, str)}  # marked
