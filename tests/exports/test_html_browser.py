"""The HTML view in a real headless Chromium, with every network request blocked.

Needs Debian's ``chromium`` (``apt-get install chromium``; or set ``PAPERKG_CHROMIUM`` to a
Chromium or Chrome binary) and the ``playwright`` Python package (``pip install playwright``;
``playwright install`` is not needed: the system Chromium is used). Without them the tests
are skipped with the reason. The screenshot and the time-to-interactive figures go to the
test's tmp dir, and also to ``tests/artifacts/`` when ``PAPERKG_ARTIFACTS`` is set.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from paperkg import KnowledgeGraph
from paperkg.exports.html import write_html
from tests.exports.test_html import entities_of, top_entities

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
]
READY_TIMEOUT_MS = 300_000
_ALLOWED = re.compile(r"^(file|data|blob|about):")


def _chromium() -> str | None:
    explicit = os.environ.get("PAPERKG_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium driven by playwright (a fresh temporary profile each launch)."""
    executable = _chromium()
    if executable is None:
        pytest.skip("headless Chromium not found: apt-get install chromium (or set PAPERKG_CHROMIUM)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright not installed: pip install playwright (the system Chromium is used; "
                    "no 'playwright install')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Loaded:
    """An opened page and what it did: requests, blocked requests, console errors."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ready_s: float = 0.0

    def offline_and_clean(self) -> None:
        assert self.blocked == [], f"the page tried the network: {self.blocked}"
        assert [u for u in self.requests if not _ALLOWED.match(u)] == []
        assert self.errors == [], f"console errors: {self.errors}"

    def eval(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    """``open_page(path)``: load a file in a new context with http(s) and ws(s) aborted."""
    contexts = []

    def load(path: Path, *, viewport: tuple[int, int] = (1400, 900)) -> Loaded:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]},
                                      service_workers="block")
        contexts.append(context)
        page = context.new_page()
        loaded = Loaded(page)

        def block(route: Any) -> None:
            loaded.blocked.append(route.request.url)
            route.abort()

        context.route(re.compile(r"^(https?|wss?|ftp)://"), block)
        page.on("request", lambda request: loaded.requests.append(request.url))
        page.on("websocket", lambda ws: loaded.blocked.append(ws.url))
        page.on("console", lambda msg: loaded.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda error: loaded.errors.append(str(error)))
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_function("window.paperkgReady !== undefined", timeout=READY_TIMEOUT_MS)
        loaded.ready_s = page.evaluate("window.paperkgReady") / 1000
        return loaded

    yield load
    for context in contexts:
        context.close()


def _artifact(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    if os.environ.get("PAPERKG_ARTIFACTS"):
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copyfile(path, ARTIFACTS / name)
    return path


def _record_time(tmp_path: Path, name: str, loaded: Loaded, nodes: int, record_property: Any) -> None:
    record_property("time_to_interactive_s", round(loaded.ready_s, 3))
    figures = {"graph": name, "nodes_drawn": nodes, "time_to_interactive_s": round(loaded.ready_s, 3)}
    _artifact(tmp_path, f"html-{name}-tti.json", json.dumps(figures).encode())
    print(f"\n{name}: {nodes} nodes interactive after {loaded.ready_s:.2f} s")


def _point(loaded: Loaded, node: str) -> dict[str, Any]:
    """Centre ``node`` at zoom 1.5; its page coordinates, and whether a click there reaches it."""
    loaded.eval("id => network.moveTo({position: network.getPosition(id), scale: 1.5, animation: false})",
                node)
    loaded.eval("() => new Promise(done => { network.once('afterDrawing', done); network.redraw(); })")
    return loaded.eval("""id => {
        const p = network.canvasToDOM(network.getPosition(id));
        const box = container.getBoundingClientRect();
        const covered = !container.contains(document.elementFromPoint(box.left + p.x, box.top + p.y));
        return {x: box.left + p.x, y: box.top + p.y, ok: network.getNodeAt(p) === id && !covered};
    }""", node)


def _click_node(loaded: Loaded, *candidates: str) -> str:
    """Click the first of ``candidates`` that no other node or overlay covers; return it."""
    for node in candidates:
        point = _point(loaded, node)
        if point["ok"]:
            loaded.page.mouse.click(point["x"], point["y"])
            return node
    raise AssertionError(f"none of {candidates[:5]}... can be clicked")


def synthetic_kg(n_nodes: int, *, seed: int = 0) -> KnowledgeGraph:
    """A paper–entity graph of ``n_nodes`` nodes (1 entity in 5, Zipf-like popularity), seeded."""
    rng = random.Random(seed)
    G = nx.DiGraph()
    entities = [f"{('model', 'dataset', 'technique', 'language')[i % 4]}/e{i}" for i in range(n_nodes // 5)]
    for node in entities:
        G.add_node(node, kind=node.split("/")[0], label=f"Entity {node}", aliases=[])
    weights = [1 / (i + 1) for i in range(len(entities))]
    for p in range(n_nodes - len(entities)):
        G.add_node(f"paper/p{p}", kind="paper", label=f"Paper {p}", title=f"Paper {p}",
                   abstract="Lorem ipsum. " * 40)
        for entity in sorted(set(rng.choices(entities, weights=weights, k=rng.randint(1, 6)))):
            G.add_edge(f"paper/p{p}", entity, role="uses", count=1, confidence=1.0, evidence=[])
    return KnowledgeGraph(G)


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory, sample_kg: KnowledgeGraph) -> Path:
    return write_html(sample_kg.graph, tmp_path_factory.mktemp("browser") / "graph.html")


@pytest.fixture(scope="module")
def focus_page(tmp_path_factory: pytest.TempPathFactory, sample_kg: KnowledgeGraph) -> Path:
    top = top_entities(sample_kg.graph, 1, "degree")[0]
    return write_html(sample_kg.graph, tmp_path_factory.mktemp("browser") / "ego.html",
                      focus=top.entity.lower(), depth=2, max_nodes=120)


def _visible(loaded: Loaded) -> dict[str, int]:
    """Nodes not hidden, and edges drawn (not hidden, both ends shown), as the page holds them."""
    return loaded.eval("""() => {
        const shown = new Set(nodes.get({filter: n => !n.hidden}).map(n => n.id));
        const drawn = edges.get({filter: e => !e.hidden && shown.has(e.from) && shown.has(e.to)});
        return {nodes: shown.size, edges: drawn.length, comention: drawn.filter(e => e.comention).length};
    }""")


def test_html_browser_loads_offline_and_draws_the_overview(
    open_page: Any, sample_page: Path, sample_kg: KnowledgeGraph, tmp_path: Path, record_property: Any
) -> None:
    loaded = open_page(sample_page)
    meta = loaded.eval("paperkg.meta")
    expected = min(500, len(entities_of(sample_kg.graph)))
    assert meta["shown"] == expected
    assert loaded.eval("nodes.length") == expected  # papers come on demand
    assert loaded.eval("network.body.nodeIndices.length") == expected
    assert loaded.eval("Object.keys(network.getPositions()).length") == expected
    assert loaded.eval("document.getElementById('shown-count').textContent") == str(expected)
    loaded.offline_and_clean()
    _record_time(tmp_path, "sample", loaded, expected, record_property)


@pytest.mark.issue(15)
def test_html_browser_top_entities_labelled_at_first_zoom(
    open_page: Any, sample_page: Path, sample_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    viewport = (1400, 900)
    loaded = open_page(sample_page, viewport=viewport)
    shot = loaded.page.screenshot()
    _artifact(tmp_path, "html-sample.png", shot)
    if os.environ.get("PAPERKG_DOCS_SCREENSHOT"):  # the README's picture: docs/graph-overview.png
        (ARTIFACTS.parents[1] / "docs").mkdir(exist_ok=True)
        (ARTIFACTS.parents[1] / "docs" / "graph-overview.png").write_bytes(shot)
    top = top_entities(sample_kg.graph, 10)
    # each label drawn: its box on the page, whether vis-network draws it and how large, how many
    # dark (text) pixels the canvas holds in that box, and whether anything covers its middle
    labels = loaded.eval("""() => { const box = container.getBoundingClientRect();
        const canvas = container.querySelector("canvas"), ctx = canvas.getContext("2d");
        const ratio = canvas.width / canvas.clientWidth;
        return paperkg.labels().map(l => {
            const a = network.canvasToDOM({x: l.box[0], y: l.box[1]}), b = network.canvasToDOM({x: l.box[2], y: l.box[3]});
            const node = network.body.nodes[l.id];
            const w = Math.max(1, Math.round((b.x - a.x) * ratio)), h = Math.max(1, Math.round((b.y - a.y) * ratio));
            const pixels = ctx.getImageData(Math.round(a.x * ratio), Math.round(a.y * ratio), w, h).data;
            let dark = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                if (pixels[i + 3] > 200 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 90) dark++;
            }
            const top = document.elementFromPoint(box.left + (a.x + b.x) / 2, box.top + (a.y + b.y) / 2);
            return {id: l.id, text: l.text, box: [box.left + a.x, box.top + a.y, box.left + b.x, box.top + b.y],
                    visible: node.labelModule.visible(), px: node.labelModule.fontOptions.size * network.getScale(),
                    canvas: [box.left, box.top, box.right, box.bottom], dark: dark, covered: !canvas.contains(top)};
        }); }""")  # noqa: E501 (the script's own lines)
    by_id = {label["id"]: label for label in labels}
    assert len(labels) >= 40, "a few dozen entities named at the first zoom"
    for row in top:
        label = by_id.get(row.id)
        assert label is not None, f"{row.entity} (#{row.rank}) has no label at the first zoom"
        assert label["text"] == row.entity and label["visible"] and label["px"] >= 14
        x0, y0, x1, y1 = label["box"]
        left, upper, right, lower = label["canvas"]
        assert left <= x0 < x1 <= right and upper <= y0 < y1 <= lower, f"{row.entity}: label off the canvas"
        assert label["dark"] >= 20 and not label["covered"], f"{row.entity}: no text to see in its label box"
    boxes = [label["box"] for label in labels]
    for i, a in enumerate(boxes):  # no two labels overlap
        assert not any(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3] for b in boxes[i + 1:])
    # zoomed in, more labels fit (and still none overlap)
    loaded.eval(
        "() => { network.moveTo({scale: network.getScale() * 3, animation: false}); paperkg.fitLabels(); }")
    assert len(loaded.eval("paperkg.labels()")) > len(labels)
    loaded.offline_and_clean()


@pytest.mark.issue(15)
def test_html_browser_unticking_a_kind_keeps_links(open_page: Any, sample_page: Path,
                                                   focus_page: Path) -> None:
    loaded = open_page(sample_page)
    before = _visible(loaded)
    models = loaded.eval("nodes.get({filter: n => n.group === 'model'}).length")
    loaded.page.locator('.kind-filter[value="model"]').uncheck()
    after = _visible(loaded)
    assert after["nodes"] == before["nodes"] - models and 0 < after["edges"] < before["edges"]
    loaded.page.locator('.kind-filter[value="model"]').check()
    assert _visible(loaded) == before
    # the papers view: hiding papers draws the co-mention links instead of leaving none
    ego = open_page(focus_page)
    with_papers = _visible(ego)
    assert with_papers["comention"] == 0 and with_papers["edges"] > 0
    ego.page.locator('.kind-filter[value="paper"]').uncheck()
    without = _visible(ego)
    assert without["edges"] == without["comention"] > 0
    ego.page.locator('.kind-filter[value="paper"]').check()
    assert _visible(ego) == with_papers
    loaded.offline_and_clean()
    ego.offline_and_clean()


@pytest.mark.issue(15)
def test_html_browser_papers_on_demand(open_page: Any, sample_page: Path, sample_kg: KnowledgeGraph) -> None:
    loaded = open_page(sample_page)
    top = top_entities(sample_kg.graph, 1)[0]
    loaded.eval("id => paperkg.select(id)", top.id)
    panel = loaded.page.locator("#panel")
    panel.wait_for(state="visible")
    first = panel.locator("ul.papers a.node-link").first
    paper = first.get_attribute("data-node")
    first.click()
    assert panel.get_attribute("data-node") == paper
    assert loaded.page.locator("#panel h2").text_content() == sample_kg.graph.nodes[paper]["title"]
    shown = loaded.eval("nodes.get({filter: n => n.group === 'paper' && !n.hidden}).map(n => n.id)")
    assert shown == [paper]  # that paper alone, linked to its entities in the view
    linked = set(loaded.eval("id => network.getConnectedNodes(id)", paper))
    assert linked == set(sample_kg.graph.successors(paper)) & set(loaded.eval("nodes.getIds()"))
    assert top.id in linked
    on_demand = loaded.eval("paperkg.meta.papers_on_demand")
    loaded.page.locator('.kind-filter[value="paper"]').check()
    assert loaded.eval("nodes.get({filter: n => n.group === 'paper' && !n.hidden}).length") == on_demand
    loaded.offline_and_clean()


def test_html_browser_colour_switch_and_communities(open_page: Any, sample_page: Path) -> None:
    loaded = open_page(sample_page)
    meta = loaded.eval("paperkg.meta")
    community = meta["communities"][0]
    member = community["nodes"][0]
    assert loaded.eval("id => nodes.get(id).color.background", member) == community["color"]
    loaded.page.locator('input[name="color-by"][value="kind"]').check()
    kind = loaded.eval("id => nodes.get(id).group", member)
    assert loaded.eval("id => nodes.get(id).color.background", member) == next(
        k["color"] for k in meta["kinds"] if k["kind"] == kind)
    loaded.page.locator('input[name="color-by"][value="community"]').check()
    assert loaded.eval("id => nodes.get(id).color.background", member) == community["color"]
    loaded.page.locator(f'#communities a[data-community="{community["id"]}"]').click()
    assert sorted(loaded.eval("network.getSelectedNodes()")) == sorted(community["nodes"])
    loaded.offline_and_clean()


def test_html_browser_search_selects_node(open_page: Any, sample_page: Path,
                                          sample_kg: KnowledgeGraph) -> None:
    loaded = open_page(sample_page)
    top = top_entities(sample_kg.graph, 1)[0]
    loaded.page.fill("#search", top.entity.upper())
    first = loaded.page.locator("#search-results li.result").first
    assert first.get_attribute("data-node") == top.id
    loaded.page.keyboard.press("Enter")
    assert loaded.eval("network.getSelectedNodes()") == [top.id]
    assert loaded.page.locator("#panel").is_visible()
    assert loaded.page.locator("#panel h2").text_content() == top.entity
    loaded.offline_and_clean()


def test_html_browser_click_entity_shows_panel(open_page: Any, sample_page: Path,
                                               sample_kg: KnowledgeGraph) -> None:
    loaded = open_page(sample_page)
    top = top_entities(sample_kg.graph, 1)[0]
    _click_node(loaded, top.id)
    panel = loaded.page.locator("#panel")
    panel.wait_for(state="visible")
    assert panel.get_attribute("data-node") == top.id
    text = panel.text_content()
    assert top.entity in text and top.kind in text and "Papers by role" in text and "pagerank" in text
    assert "Most often with" in text and "Community" in text
    loaded.offline_and_clean()


def test_html_browser_click_paper_highlights_evidence(
    open_page: Any, focus_page: Path, sample_kg: KnowledgeGraph, tmp_path: Path
) -> None:
    G = sample_kg.graph
    loaded = open_page(focus_page)
    loaded.eval("() => network.setOptions({physics: {enabled: false}})")
    shown = set(loaded.eval("nodes.getIds()"))
    papers = sorted((p for p in shown if G.nodes[p]["kind"] == "paper"
                     and any(ev["field"] == "abstract" for _, _, evs in G.out_edges(p, data="evidence")
                             for ev in evs)),
                    key=lambda p: (-G.out_degree(p), p))
    paper = _click_node(loaded, *papers[:20])
    loaded.page.locator("#panel").wait_for(state="visible")
    assert loaded.page.locator("#panel").get_attribute("data-node") == paper
    assert loaded.page.locator("#panel h2").text_content() == G.nodes[paper]["title"]
    abstract = loaded.page.locator("#panel .abstract")
    assert abstract.text_content() == G.nodes[paper]["abstract"]
    assert abstract.locator("mark").count() >= 1
    _artifact(tmp_path, "html-sample-panel.png", loaded.page.screenshot())
    loaded.offline_and_clean()


def test_html_browser_hostile_text_stays_text(open_page: Any, tmp_path: Path) -> None:
    from tests.exports.test_html_safety import HOSTILE_LABEL, HOSTILE_TITLE, hostile_kg

    loaded = open_page(write_html(hostile_kg().graph, tmp_path / "hostile.html", focus="technique/evil"))
    loaded.eval("() => network.setOptions({physics: {enabled: false}})")
    _click_node(loaded, "paper/evil")
    loaded.page.locator("#panel").wait_for(state="visible")
    assert loaded.page.locator("#panel h2").text_content() == HOSTILE_TITLE
    assert loaded.page.locator("#panel .abstract mark").first.text_content() == HOSTILE_LABEL
    # the tooltip is text too
    loaded.eval("id => network.moveTo({position: network.getPosition(id), animation: false})",
                "technique/evil")
    point = loaded.eval("""id => { const p = network.canvasToDOM(network.getPosition(id));
        const box = container.getBoundingClientRect(); return {x: box.left + p.x, y: box.top + p.y}; }""",
                        "technique/evil")
    loaded.page.mouse.move(point["x"], point["y"])
    tooltip = loaded.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert HOSTILE_LABEL.strip() in tooltip.inner_text()
    tags = loaded.eval("Array.from(document.querySelectorAll('div.vis-tooltip *'), e => e.tagName)")
    assert set(tags) <= {"BR"}
    assert loaded.eval("window.__pwned") is None
    assert loaded.eval("document.querySelectorAll('img, b, i, #panel script').length") == 0
    links = loaded.eval("Array.from(document.querySelectorAll('#panel a[target]'), a => a.href)")
    assert links == ["https://arxiv.org/abs/2401.00001", "https://example.org/ok"]
    loaded.offline_and_clean()


def test_html_browser_ego_view_with_physics(open_page: Any, focus_page: Path,
                                            sample_kg: KnowledgeGraph) -> None:
    top = top_entities(sample_kg.graph, 1, "degree")[0]
    loaded = open_page(focus_page)
    G = sample_kg.graph
    umbrella = {n for n, generic in G.nodes(data="generic") if generic and n != top.id}
    expected = min(120, len(set(nx.ego_graph(G.to_undirected(), top.id, radius=2)) - umbrella))
    assert loaded.eval("network.body.nodeIndices.length") == expected
    assert loaded.eval("network.physics.options.enabled") is True
    assert top.entity in loaded.page.locator("#summary").text_content()
    assert top.id in {label["id"] for label in loaded.eval("paperkg.labels()")}
    loaded.eval("() => network.setOptions({physics: {enabled: false}})")
    _click_node(loaded, top.id)
    loaded.page.locator("#panel").wait_for(state="visible")
    assert loaded.page.locator("#panel h2").text_content() == top.entity
    loaded.offline_and_clean()


@pytest.mark.parametrize("view", ["entities", "papers"])
def test_html_browser_empty_graph(open_page: Any, tmp_path: Path, view: str) -> None:
    loaded = open_page(write_html(nx.DiGraph(), tmp_path / "empty.html", view=view))
    assert loaded.eval("nodes.length") == 0
    loaded.offline_and_clean()


@pytest.mark.slow
@pytest.mark.parametrize("view", ["entities", "papers"])
def test_html_browser_5000_nodes(open_page: Any, tmp_path: Path, record_property: Any, view: str) -> None:
    kg = synthetic_kg(5000)
    path = write_html(kg.graph, tmp_path / "big.html", max_nodes=5000, view=view)
    loaded = open_page(path)
    drawn = 1000 if view == "entities" else 5000  # the entities (papers on demand), or every node
    assert loaded.eval("nodes.length") == loaded.eval("network.body.nodeIndices.length") == drawn
    assert loaded.eval("network.physics.options.enabled") is False
    loaded.page.fill("#search", "Entity model/e0")
    loaded.page.keyboard.press("Enter")
    assert loaded.eval("network.getSelectedNodes()") == ["model/e0"]
    assert len(loaded.eval("paperkg.labels()")) >= 10
    loaded.offline_and_clean()
    _artifact(tmp_path, f"html-5000-{view}.png", loaded.page.screenshot())
    _record_time(tmp_path, f"synthetic-5000-{view}", loaded, drawn, record_property)
