"""The HTML view: self-contained, holds the nodes it claims, filters, escapes, deterministic."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from paperkg import EntityNotFound, KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.exports import EXPORTERS
from paperkg.exports.html import PHYSICS_MAX_NODES, render_html, script_json, select_view, write_html
from paperkg.graph.centrality import MEASURES

_BLOCK = re.compile(r'<script type="application/json" id="paperkg-(\w+)">(.*?)</script>', re.DOTALL)
HOSTILE_TITLE = '</script><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
HOSTILE_LABEL = "<b>Bold</b> & </style><!-- \u2028"


def blocks(html: str) -> dict[str, object]:
    """The page's JSON blocks (nodes, edges, options, details, meta), parsed."""
    return {name: json.loads(text) for name, text in _BLOCK.findall(html)}


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
               authors=["<i>Mallory</i>"], date="2024", arxiv_id="2401.00001", doi=None, categories=[],
               links=["javascript:window.__pwned=4", "https://example.org/<x>", "https://example.org/ok"],
               sources=[{"file": "<evil>.jsonl", "record": 1, "date": None}], input_id="evil")
    G.add_node("technique/evil", kind="technique", label=HOSTILE_LABEL, aliases=["</script>evil"], broader=None,
               origin="discovered", confidence=0.5, language_type=None, iso639_3=None, wikidata="Q1<", hf_id=None)
    start = abstract.index(HOSTILE_LABEL)
    G.add_edge("paper/evil", "technique/evil", role="uses", count=1, confidence=0.5, evidence=[
        {"field": "abstract", "start": start, "end": start + len(HOSTILE_LABEL), "surface": HOSTILE_LABEL,
         "role": "uses", "origin": "discovered", "confidence": 0.5, "extractor": "test", "sentence": abstract}])
    return KnowledgeGraph(G)


@pytest.fixture(scope="module")
def sample_html(tmp_path_factory: pytest.TempPathFactory, sample_kg: KnowledgeGraph) -> str:
    path = write_html(sample_kg, tmp_path_factory.mktemp("html") / "graph.html")
    return path.read_text(encoding="utf-8")


def test_html_exporter_registered() -> None:
    entry = EXPORTERS["html"]
    assert entry.write is write_html
    assert "pyvis" in entry.aliases and {".html", ".htm"} <= set(entry.suffixes)


def test_html_self_contained(sample_html: str) -> None:
    for tag, attrs in tags(sample_html):
        assert tag != "link", "stylesheets must be inline"
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "object"):
            assert not attrs.get("src") and not attrs.get("data"), f"<{tag}> loads {attrs}"
    assert "@import" not in sample_html
    assert not re.search(r"url\(\s*(?!['\"]?data:)", sample_html), "CSS may only use data: URLs"
    # vis-network itself is inlined from the pyvis package
    assert "vis-network" in sample_html and "new vis.Network(" in sample_html


def test_html_vis_network_inlined_from_pyvis(sample_html: str) -> None:
    import pyvis

    vis_js = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    assert vis_js.read_text(encoding="utf-8") in sample_html


@pytest.mark.issue(2)
def test_html_holds_every_node_it_claims(sample_html: str, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    data = blocks(sample_html)
    meta, nodes, edges, details = data["meta"], data["nodes"], data["edges"], data["details"]
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids))
    expected = min(500, G.number_of_nodes())
    assert len(ids) == meta["shown"] == expected
    assert f'data-shown="{expected}"' in sample_html
    assert re.search(rf"Showing <strong id=\"shown-count\">{expected}</strong> of {G.number_of_nodes()} node", sample_html)
    assert set(ids) <= set(G) and set(details) == set(ids)
    shown = set(ids)
    assert {(e["from"], e["to"]) for e in edges} == {(u, v) for u, v in G.edges() if u in shown and v in shown}
    # the full counts are stated, per kind
    counts = sample_kg.counts()
    for kind in ("paper", "model", "dataset", "technique", "language"):
        assert meta["counts"]["total"][kind] == counts[kind]
        assert meta["counts"]["shown"][kind] == sum(1 for n in ids if G.nodes[n]["kind"] == kind)
    assert meta["links"]["total"] == G.number_of_edges()


def test_html_nodes_coloured_sized_and_titled(sample_html: str, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    data = blocks(sample_html)
    groups = data["options"]["groups"]
    for node in data["nodes"]:
        kind = G.nodes[node["id"]]["kind"]
        assert node["group"] == kind and node["shape"] == groups[kind]["shape"]
        assert isinstance(node["x"], float | int) and isinstance(node["y"], float | int)
        assert node["size"] > 0
        if kind == "paper":
            assert node["title"].startswith(G.nodes[node["id"]]["title"])
    assert len({g["color"]["background"] for g in groups.values()}) == len(groups)
    legend = re.findall(r'class="kind-filter" value="(\w+)"', sample_html)
    assert sorted(legend) == sorted(groups)


def test_html_sizes_follow_centrality(sample_kg: KnowledgeGraph) -> None:
    data = blocks(render_html(sample_kg, max_nodes=50))
    top = sample_kg.rank(by="pagerank", top=1, include_generic=True)[0].id  # the view shows generic terms
    sizes = {n["id"]: n["size"] for n in data["nodes"]}
    assert sizes[top] == max(sizes.values())


def test_html_cap_keeps_the_most_central(sample_kg: KnowledgeGraph) -> None:
    cap = 25
    data = blocks(render_html(sample_kg, max_nodes=cap))
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == min(cap, len(sample_kg.graph))
    assert data["meta"]["capped"] is (len(sample_kg.graph) > cap)
    top = [row.id for row in sample_kg.rank(by="pagerank", top=3)]
    assert set(top) <= ids


@pytest.mark.parametrize("by", list(MEASURES))
def test_html_select_view_any_measure(sample_kg: KnowledgeGraph, by: str) -> None:
    view = select_view(sample_kg, max_nodes=40, size_by=by)
    assert len(view.nodes) == min(40, len(sample_kg.graph)) == len(set(view.nodes))
    assert view.scope == len(sample_kg.graph)


@pytest.mark.parametrize("kind", ["model", "dataset", "technique", "language"])
def test_html_kind_filter(sample_kg: KnowledgeGraph, kind: str) -> None:
    G = sample_kg.graph
    data = blocks(render_html(sample_kg, kind=kind, max_nodes=10_000))
    ids = {n["id"] for n in data["nodes"]}
    entities = {n for n in ids if G.nodes[n]["kind"] != "paper"}
    assert entities == set(sample_kg.entities(kind))
    assert ids - entities == {p for e in entities for p in G.predecessors(e)}
    assert data["meta"]["kind"] == kind


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_html_focus_ego_view(sample_kg: KnowledgeGraph, depth: int) -> None:
    G = sample_kg.graph
    top = sample_kg.rank(by="degree", top=1)[0]
    data = blocks(render_html(sample_kg, focus=top.entity.upper(), depth=depth, max_nodes=10_000))
    expected = set(nx.ego_graph(G.to_undirected(), top.id, radius=depth))
    assert {n["id"] for n in data["nodes"]} == expected
    assert data["meta"]["focus"] == {"id": top.id, "label": G.nodes[top.id]["label"], "depth": depth}


def test_html_focus_kept_under_cap(sample_kg: KnowledgeGraph) -> None:
    top = sample_kg.rank(by="degree", top=1)[0]
    view = select_view(sample_kg, focus=top.id, depth=2, max_nodes=3)
    assert view.nodes[0] == top.id and len(view.nodes) == 3


def test_html_focus_unknown_lists_close_matches(tmp_path: Path, sample_kg: KnowledgeGraph) -> None:
    name = sample_kg.rank(top=1)[0].entity
    with pytest.raises(EntityNotFound) as caught:
        write_html(sample_kg, tmp_path / "g.html", focus=name + "x")
    assert name in caught.value.suggestions
    assert not (tmp_path / "g.html").exists()


@pytest.mark.parametrize(
    ("option", "message"),
    [({"kind": "models"}, "unknown kind 'models'; known: model, dataset, technique, language"),
     ({"size_by": "fame"}, "unknown measure 'fame'; known: degree"),
     ({"max_nodes": 0}, "max_nodes must be at least 1"),
     ({"depth": -1, "focus": "x"}, "depth must be 0 or more")],
)
def test_html_bad_options(sample_kg: KnowledgeGraph, option: dict, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        render_html(sample_kg, **option)


@pytest.mark.parametrize(("max_nodes", "physics"), [(PHYSICS_MAX_NODES, True), (PHYSICS_MAX_NODES + 1, False)])
def test_html_physics_off_for_large_views(sample_kg: KnowledgeGraph, max_nodes: int, physics: bool) -> None:
    if len(sample_kg.graph) <= PHYSICS_MAX_NODES:
        pytest.skip("the sample graph is smaller than the physics threshold")
    assert blocks(render_html(sample_kg, max_nodes=max_nodes))["options"]["physics"]["enabled"] is physics
    assert blocks(render_html(sample_kg, max_nodes=max_nodes, physics=not physics))["options"]["physics"]["enabled"] \
        is (not physics)


def test_html_deterministic(tmp_path: Path, sample_kg: KnowledgeGraph) -> None:
    (tmp_path / "a").mkdir()
    first = write_html(sample_kg, tmp_path / "a" / "graph.html")
    second = write_html(sample_kg, tmp_path / "other-name.htm")
    assert first.read_bytes() == second.read_bytes()
    assert str(tmp_path) not in first.read_text(encoding="utf-8")


def test_html_evidence_highlighted(sample_html: str, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    details = blocks(sample_html)["details"]
    papers = [n for n, d in details.items() if d["type"] == "paper" and G.out_degree(n)]
    assert papers
    for paper in papers:
        abstract = details[paper]["abstract"]
        text = "".join(part if isinstance(part, str) else part[0] for part in abstract)
        assert text == G.nodes[paper]["abstract"]
        marked = {(part[0], part[1]) for part in abstract if not isinstance(part, str)}
        spans = {(G.nodes[paper]["abstract"][ev["start"]:ev["end"]], entity)
                 for _, entity, evs in G.out_edges(paper, data="evidence") for ev in evs if ev["field"] == "abstract"}
        assert marked <= spans
        if spans:
            assert marked


def test_html_entity_panel_data(sample_html: str, sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    details = blocks(sample_html)["details"]
    top = sample_kg.rank(by="pagerank", top=1)[0]
    panel = details[top.id]
    assert panel["label"] == top.entity and panel["kind"] == top.kind
    assert sum(group["total"] for group in panel["papers"]) == G.in_degree(top.id)
    pagerank = next(c for c in panel["centrality"] if c["measure"] == "pagerank")
    assert pagerank["rank"] == 1 and pagerank["of"] == len(sample_kg.entities(top.kind))


def test_html_escapes_input_text() -> None:
    kg = hostile_kg()
    html = render_html(kg, focus="technique/evil", title="<paperkg>")
    for raw in (HOSTILE_TITLE, HOSTILE_LABEL, "<script>window", "</script>evil", "<i>Mallory", "<evil>"):
        assert raw not in html
    assert all("\u2028" not in text for _, text in _BLOCK.findall(html))
    # structure intact: the same tags as a page without hostile text (but for the focus's <em>)
    plain = render_html(KnowledgeGraph(nx.DiGraph()), title="x")
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


def test_html_empty_view(sample_kg: KnowledgeGraph) -> None:
    data = blocks(render_html(KnowledgeGraph(nx.DiGraph())))
    assert data["nodes"] == [] and data["meta"]["shown"] == 0
