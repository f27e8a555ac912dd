"""The interactive HTML view: one self-contained pyvis page that works with no network at all.

The page is built with pyvis (its ``Network`` holds the nodes and edges) and rendered with
our own Jinja template (``templates/graph.html.j2``): vis-network's JavaScript and CSS are
read from the installed pyvis package and inlined, and the page's own script and style
(``templates/graph.js``, ``graph.css``) too, so nothing is fetched from a CDN.

- Positions come from networkx (seeded Fruchterman–Reingold ``spring_layout``), so vis.js
  needs no physics to draw; physics is off by default past :data:`PHYSICS_MAX_NODES` nodes.
- The view holds at most ``max_nodes`` nodes, the most central by ``size_by`` (any name in
  :data:`paperkg.graph.centrality.MEASURES`); ``kind`` and ``focus``/``depth`` narrow it.
  The page states the cap and the full counts.
- Colour and shape by kind, with a legend that filters by kind; size by centrality; a search
  box; a side panel per node (entity: aliases, kind, centrality, papers by role; paper:
  title, abstract with the evidence spans highlighted, source and links).
- Safety: input text only reaches the page inside JSON blocks whose ``<``, ``>`` and ``&``
  are escaped as ``\\u003c``, ``\\u003e``, ``\\u0026``, and the script puts it into the DOM as
  text (``textContent``; vis-network 9 shows string tooltips as text). Links are kept only
  when they are http(s) URLs.
- Deterministic: the same graph and options give the same bytes (seeded layout, sorted keys,
  no path or time stamp in the page). vis.js's global ``network`` is kept, as in pyvis pages.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx

from paperkg.errors import ExportError, QueryError
from paperkg.exports import atomic_write, exporter
from paperkg.graph.centrality import MEASURES
from paperkg.graph.ranking import rank_entities
from paperkg.ingest.records import ROLE_ORDER, Kind

from paperkg.graph.knowledge import KnowledgeGraph

__all__ = [
    "KIND_STYLE",
    "PHYSICS_MAX_NODES",
    "View",
    "render_html",
    "script_json",
    "select_view",
    "write_html",
]

#: Colour (Okabe–Ito, colour-blind safe), vis.js shape and legend glyph per node kind.
KIND_STYLE: dict[str, dict[str, str]] = {
    "model": {"color": "#0072B2", "shape": "dot", "glyph": "\u25cf"},
    "dataset": {"color": "#E69F00", "shape": "diamond", "glyph": "\u25c6"},
    "technique": {"color": "#009E73", "shape": "triangle", "glyph": "\u25b2"},
    "language": {"color": "#CC79A7", "shape": "star", "glyph": "\u2605"},
    "paper": {"color": "#8C8C8C", "shape": "square", "glyph": "\u25a0"},
}
#: With ``physics=None``, vis.js physics is on only for views of at most this many nodes.
PHYSICS_MAX_NODES = 300
#: Connected parts up to this size are laid out whole (networkx's dense spring layout);
#: larger ones lay out their most central nodes and place the rest beside their neighbours.
_LAYOUT_CORE = 400
_SPACING = 55.0  # pixels between neighbouring nodes
_PAPERS_PER_ROLE = 50  # papers listed per role in an entity's panel
_PAPER_LABEL = 40  # characters of a paper title shown as its label ...
_PAPER_LABELS_MAX = 150  # ... in views of at most this many nodes (the tooltip has the title)
_GOLDEN = math.pi * (3 - math.sqrt(5))
_TEMPLATES = Path(__file__).parent / "templates"
_HTTP = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_ARXIV = re.compile(r"^([a-z\-]+(\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(v\d+)?$")
_WIKIDATA = re.compile(r"^Q\d+$")
_HF_ID = re.compile(r"^[\w.\-]+(/[\w.\-]+)?$")
_ENTITY_KINDS = tuple(k.value for k in Kind)
_ROLE_INDEX = {role.value: i for i, role in enumerate(ROLE_ORDER)}


@dataclass
class View:
    """The nodes a page shows: ``nodes`` most central first, with the counts it states."""

    nodes: list[str]
    scores: dict[str, float]
    scope: int  # nodes that pass the kind / focus filters, before the cap
    focus: str | None = None
    distance: dict[str, int] = field(default_factory=dict)
    note: str | None = None


def _check_kind(kind: str | Kind | None) -> str | None:
    if kind is None:
        return None
    try:
        return Kind(kind).value
    except ValueError:
        raise QueryError(f"unknown kind {kind!r}; known: {', '.join(_ENTITY_KINDS)}") from None


def _entity_rows(G: nx.DiGraph, by: str, cache: dict[str, Any]) -> Any:
    """``rank_entities`` rows of every entity by ``by`` (memoised in ``cache``)."""
    if by not in MEASURES:
        raise QueryError(f"unknown measure {by!r}; known: {', '.join(MEASURES)}")
    if by not in cache:
        cache[by] = rank_entities(G, by=by, top=None, include_generic=True)
    return cache[by]


def _scores(G: nx.DiGraph, by: str, cache: dict[str, Any]) -> tuple[dict[str, float], str | None]:
    """Centrality ``by`` of every entity, and of papers where the centrality module ranks them."""
    rows = _entity_rows(G, by, cache)
    scores = {row.id: float(row.score) for row in rows}
    try:
        papers = rank_entities(G, kind="paper", by=by, top=None, include_generic=True)
        scores.update((row.id, float(row.score)) for row in papers)
    except QueryError:  # a centrality module that ranks entities only: papers score 0
        pass
    return scores, getattr(rows, "note", None)


def select_view(
    kg: KnowledgeGraph,
    *,
    max_nodes: int = 500,
    kind: str | Kind | None = None,
    focus: str | None = None,
    depth: int = 1,
    size_by: str = "pagerank",
) -> View:
    """Pick the nodes of the HTML view: filters first, then the ``max_nodes`` most central.

    ``kind`` keeps the entities of that kind and the papers mentioning them. ``focus`` keeps
    the nodes within ``depth`` hops of that entity (paper–entity links, either direction;
    depth 2 reaches the entities its papers also mention), nearest first under the cap.
    Ties in centrality go to the node with more links, then to the smaller id.

    Examples
    --------
    >>> from paperkg import KnowledgeGraph
    >>> G = nx.DiGraph([("paper/a", "model/x"), ("paper/b", "model/x"), ("paper/b", "dataset/y")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "paper/b": "paper", "model/x": "model",
    ...                            "dataset/y": "dataset"}, "kind")
    >>> select_view(KnowledgeGraph(G), max_nodes=2, size_by="degree").nodes
    ['model/x', 'paper/b']
    >>> select_view(KnowledgeGraph(G), kind="dataset").nodes  # by PageRank: the paper links more
    ['paper/b', 'dataset/y']
    """
    return _select(_facade(kg), max_nodes=max_nodes, kind=kind, focus=focus, depth=depth, size_by=size_by, cache={})


def _facade(kg: KnowledgeGraph | nx.DiGraph) -> KnowledgeGraph:
    """A KnowledgeGraph over ``kg`` (exporters get the networkx graph)."""
    return kg if isinstance(kg, KnowledgeGraph) else KnowledgeGraph(kg)


def _select(kg: KnowledgeGraph, *, max_nodes: int, kind: str | Kind | None, focus: str | None, depth: int,
            size_by: str, cache: dict[str, Any]) -> View:
    if max_nodes < 1:
        raise QueryError(f"max_nodes must be at least 1, not {max_nodes}")
    if depth < 0:
        raise QueryError(f"depth must be 0 or more, not {depth}")
    kind = _check_kind(kind)
    G = kg.graph
    scores, note = _scores(G, size_by, cache)
    candidates = set(G)
    focus_id = None
    distance: dict[str, int] = {}
    if focus is not None:
        focus_id = kg.entity(focus)
        undirected = G.to_undirected(as_view=True)
        distance = nx.single_source_shortest_path_length(undirected, focus_id, cutoff=depth)
        candidates = set(distance)
    if kind is not None:
        entities = {n for n in candidates if G.nodes[n].get("kind") == kind}
        if focus_id is not None:
            entities.add(focus_id)
        papers = {p for e in entities for p in G.predecessors(e) if p in candidates}
        candidates = entities | papers

    def key(n: str) -> tuple[int, float, int, str]:
        return (distance.get(n, 0), -scores.get(n, 0.0), -G.degree(n), n)

    ordered = sorted(candidates, key=key)
    return View(ordered[:max_nodes], scores, len(candidates), focus_id, distance, note)


# -- layout ----------------------------------------------------------------------------------


def _spread(H: nx.Graph, order: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """Positions (pixels, around 0) of one connected graph ``H``; ``order`` most central first."""
    n = len(H)
    if n <= 3:  # a node, a link or a path: the best-linked node in the middle
        middle = max(order, key=lambda v: (H.degree(v), -order.index(v)))
        rest = [v for v in order if v != middle]
        ends = {v: (_SPACING * (2 * i - 1), _SPACING * 0.8) for i, v in enumerate(rest)}
        return {middle: (0.0, 0.0), **ends}
    core = order[:_LAYOUT_CORE]
    if n > _LAYOUT_CORE:  # the most central linked part, the rest placed beside its neighbours
        C = H.subgraph(core)
        core = [v for v in core if C.degree(v) > 0] or core[:1]
    # k: twice networkx's default spacing, which packs hubs' neighbourhoods too tightly to read
    raw = nx.spring_layout(H.subgraph(core), k=2 / math.sqrt(len(core)), seed=seed, iterations=80,
                           scale=1.5 * _SPACING * math.sqrt(len(core)))
    pos = {v: (float(x), float(y)) for v, (x, y) in raw.items()}
    rank = {v: i for i, v in enumerate(order)}
    frontier = sorted({u for v in pos for u in H[v] if u not in pos}, key=rank.__getitem__)
    slots: dict[tuple[str, ...], int] = {}
    while frontier:
        placed = []
        for v in frontier:
            anchors = tuple(sorted((u for u in H[v] if u in pos), key=rank.__getitem__)[:3])
            ax = sum(pos[u][0] for u in anchors) / len(anchors)
            ay = sum(pos[u][1] for u in anchors) / len(anchors)
            i = slots.get(anchors, 0)
            slots[anchors] = i + 1
            r = _SPACING * 0.45 * math.sqrt(i + 1)  # a sunflower around the anchors
            placed.append((v, (ax + r * math.cos(i * _GOLDEN), ay + r * math.sin(i * _GOLDEN))))
        pos.update(placed)
        frontier = sorted({u for v, _ in placed for u in H[v] if u not in pos}, key=rank.__getitem__)
    return pos


def _layout(G: nx.DiGraph, nodes: list[str], *, seed: int) -> dict[str, tuple[float, float]]:
    """Positions of the view's nodes: each linked part laid out, parts and lone nodes packed in rows."""
    H = nx.Graph(G.subgraph(nodes))
    rank = {v: i for i, v in enumerate(nodes)}
    parts = sorted((sorted(c, key=rank.__getitem__) for c in nx.connected_components(H)),
                   key=lambda c: (-len(c), rank[c[0]]))
    boxes = [_spread(H.subgraph(part), part, seed) for part in parts if len(part) > 1]
    lone = [part[0] for part in parts if len(part) == 1]
    if lone:  # nodes without a link in the view: a grid
        width = max(1, math.ceil(math.sqrt(len(lone))))
        step = _SPACING * 0.8
        boxes.append({v: ((i % width) * step, (i // width) * step) for i, v in enumerate(lone)})
    total = sum(len(b) for b in boxes)
    row_width = max(_SPACING * 2 * math.sqrt(total), *(_extent(b)[2] - _extent(b)[0] for b in boxes[:1]))
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    gap = _SPACING * 1.5
    for box in boxes:  # shelf packing, largest part first
        x0, y0, x1, y1 = _extent(box)
        if x > 0 and x + (x1 - x0) > row_width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        for v, (vx, vy) in box.items():
            pos[v] = (round(vx - x0 + x, 1), round(vy - y0 + y, 1))
        x += (x1 - x0) + gap
        row_height = max(row_height, y1 - y0)
    return pos


def _extent(box: dict[str, tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in box.values()]
    ys = [p[1] for p in box.values()]
    return min(xs), min(ys), max(xs), max(ys)


# -- page data -------------------------------------------------------------------------------


def _http(url: Any) -> str | None:
    return url if isinstance(url, str) and _HTTP.match(url.strip()) else None


def _paper_links(data: dict) -> list[dict[str, str]]:
    links = []
    arxiv = data.get("arxiv_id")
    if isinstance(arxiv, str) and _ARXIV.match(arxiv):
        links.append({"text": f"arXiv:{arxiv}", "href": f"https://arxiv.org/abs/{arxiv}"})
    doi = data.get("doi")
    if isinstance(doi, str) and doi.startswith("10."):
        links.append({"text": f"doi:{doi}", "href": "https://doi.org/" + quote(doi, safe="/:;()._-")})
    for url in data.get("links") or []:
        if _http(url) and all(link["href"] != url for link in links):
            links.append({"text": url, "href": url.strip()})
    return links


def _entity_links(data: dict) -> list[dict[str, str]]:
    links = []
    wikidata = data.get("wikidata")
    if isinstance(wikidata, str) and _WIKIDATA.match(wikidata):
        links.append({"text": f"Wikidata {wikidata}", "href": f"https://www.wikidata.org/wiki/{wikidata}"})
    hf_id = data.get("hf_id")
    if isinstance(hf_id, str) and _HF_ID.match(hf_id):
        links.append({"text": f"Hugging Face {hf_id}", "href": f"https://huggingface.co/{hf_id}"})
    return links


def _segments(text: str, spans: list[tuple[int, int, str, str]]) -> list[Any]:
    """``text`` cut at the evidence spans: plain strings and ``[text, entity id, role]`` marks.

    Offsets are Python (code point) offsets; cutting here spares the page UTF-16 arithmetic.
    Overlapping spans keep the earlier (then longer) one.

    >>> spans = [(7, 11, "technique/lora", "uses"), (15, 19, "dataset/mmlu", "uses")]
    >>> _segments("we use LoRA on MMLU", spans)
    ['we use ', ['LoRA', 'technique/lora', 'uses'], ' on ', ['MMLU', 'dataset/mmlu', 'uses']]
    """
    out: list[Any] = []
    at = 0
    for start, end, entity, role in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2])):
        if start < at or not 0 <= start < end <= len(text):
            continue
        if start > at:
            out.append(text[at:start])
        out.append([text[start:end], entity, role])
        at = end
    if at < len(text):
        out.append(text[at:])
    return out


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _fmt(score: float) -> str:
    return f"{score:.4g}"


class _Ranks:
    """Scores and rank within kind of every entity, for a few measures (the panel's centrality)."""

    def __init__(self, G: nx.DiGraph, size_by: str, cache: dict[str, Any]) -> None:
        self.tables: list[tuple[str, dict[str, tuple[float, int, int]]]] = []
        for by in dict.fromkeys((size_by, "pagerank", "degree")):
            if by not in MEASURES:
                continue
            rows = _entity_rows(G, by, cache)
            by_kind: dict[str, list[Any]] = {}
            for row in rows:
                by_kind.setdefault(row.kind, []).append(row)
            table = {row.id: (float(row.score), i, len(group))
                     for group in by_kind.values() for i, row in enumerate(group, start=1)}
            self.tables.append((by, table))

    def of(self, node: str) -> list[dict[str, Any]]:
        return [{"measure": by, "score": _fmt(t[node][0]), "rank": t[node][1], "of": t[node][2]}
                for by, t in self.tables if node in t]


def _entity_detail(G: nx.DiGraph, node: str, shown: set[str], ranks: _Ranks) -> dict[str, Any]:
    data = G.nodes[node]
    by_role: dict[str, list[str]] = {}
    for paper, _, role in G.in_edges(node, data="role"):
        by_role.setdefault(role or "mentions", []).append(paper)
    roles = [*_ROLE_INDEX, *sorted(set(by_role) - set(_ROLE_INDEX))]
    papers = []
    for role in roles:
        ids = sorted(by_role.get(role, []), key=lambda p: (p not in shown, _title(G, p).casefold(), p))
        if ids:
            papers.append({"role": role, "total": len(ids), "items": [
                {"id": p, "title": _title(G, p), "shown": p in shown} for p in ids[:_PAPERS_PER_ROLE]]})
    broader = data.get("broader")
    return {
        "type": "entity",
        "label": str(data.get("label") or node),
        "kind": data.get("kind"),
        "aliases": [str(a) for a in data.get("aliases") or [] if a and a != data.get("label")],
        "broader": {"id": broader, "label": str(G.nodes[broader].get("label", broader)),
                    "shown": broader in shown} if broader in G else None,
        "language_type": data.get("language_type"),
        "origin": data.get("origin"),
        "centrality": ranks.of(node),
        "papers": papers,
        "links": _entity_links(data),
    }


def _title(G: nx.DiGraph, paper: str) -> str:
    data = G.nodes[paper]
    return str(data.get("title") or data.get("label") or paper)


def _paper_detail(G: nx.DiGraph, node: str, shown: set[str]) -> dict[str, Any]:
    data = G.nodes[node]
    spans: dict[str, list[tuple[int, int, str, str]]] = {"title": [], "abstract": []}
    mentions = []
    for _, entity, edge in sorted(G.out_edges(node, data=True), key=lambda e: e[1]):
        for ev in edge.get("evidence") or []:
            start, end = ev.get("start"), ev.get("end")
            if ev.get("field") in spans and isinstance(start, int) and isinstance(end, int):
                spans[ev["field"]].append((start, end, entity, str(ev.get("role") or edge.get("role"))))
        mentions.append({"id": entity, "label": str(G.nodes[entity].get("label", entity)),
                         "kind": G.nodes[entity].get("kind"), "role": edge.get("role"),
                         "count": edge.get("count", 1), "shown": entity in shown})
    sources = []
    for src in data.get("sources") or []:
        parts = [str(src.get("file") or "")]
        if src.get("record") is not None:
            parts.append(f"record {src['record']}")
        if src.get("date"):
            parts.append(str(src["date"]))
        sources.append(", ".join(p for p in parts if p))
    return {
        "type": "paper",
        "label": _title(G, node),
        "title": _segments(_title(G, node), spans["title"]),
        "abstract": _segments(str(data.get("abstract") or ""), spans["abstract"]),
        "authors": [str(a) for a in data.get("authors") or []],
        "date": data.get("date"),
        "categories": [str(c) for c in data.get("categories") or []],
        "sources": sources,
        "links": _paper_links(data),
        "mentions": sorted(mentions, key=lambda m: (_ROLE_INDEX.get(m["role"], 9), m["label"].casefold(),
                                                     m["id"])),
    }


def _tooltip(G: nx.DiGraph, node: str, score: float, size_by: str) -> str:
    data = G.nodes[node]
    if data.get("kind") == "paper":
        lines = [_title(G, node)]
        meta = [str(data.get("date") or ""), f"{G.out_degree(node)} linked entities"]
        return "\n".join([*lines, " \u00b7 ".join(m for m in meta if m)])
    papers = G.in_degree(node)
    return (f"{data.get('label') or node} ({data.get('kind')})\n"
            f"{papers} paper{'' if papers == 1 else 's'} \u00b7 {size_by} {_fmt(score)}")


def script_json(value: Any) -> str:
    """JSON for a ``<script>`` block: ``<``, ``>``, ``&`` (and U+2028/9) escaped as ``\\uXXXX``.

    >>> script_json({"title": "</script><b>&"})
    '{"title":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


# -- the page --------------------------------------------------------------------------------


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS from the installed pyvis package."""
    import pyvis

    root = Path(pyvis.__file__).parent
    for folder in (root / "templates" / "lib" / "vis-9.1.2", root / "lib" / "vis-9.1.2",
                   *sorted(root.glob("**/vis-9.*"), reverse=True)):
        js, css = folder / "vis-network.min.js", folder / "vis-network.css"
        if js.is_file() and css.is_file():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    raise ExportError(f"vis-network not found in the pyvis package at {root}; reinstall pyvis>=0.3.2")


def _inline(text: str, tag: str, name: str) -> str:
    if f"</{tag}" in text.lower():
        raise ExportError(f"{name} contains '</{tag}' and cannot be inlined")
    return text


@functools.cache
def _pyvis_network() -> type:
    """pyvis's Network with O(1) node lookups (pyvis 0.3.2 scans a list of ids per node and edge)."""
    from pyvis.network import Network

    class _Ids(list):
        def __init__(self) -> None:
            super().__init__()
            self._set: set = set()

        def append(self, item: Any) -> None:
            super().append(item)
            self._set.add(item)

        def __contains__(self, item: object) -> bool:
            return item in self._set

    class _Network(Network):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.node_ids = _Ids()

        def get_nodes(self) -> list:
            return self.node_ids

    return _Network


def _network(G: nx.DiGraph, view: View, pos: dict[str, tuple[float, float]], size_by: str) -> Any:
    """The pyvis Network of the view (nodes least central first, so hubs are drawn on top)."""
    net = _pyvis_network()(directed=True, cdn_resources="in_line")
    shown = [v for v in reversed(view.nodes)]
    values = [view.scores.get(v, 0.0) for v in view.nodes]
    low, high = min(values), max(values)
    for v in shown:
        data = G.nodes[v]
        kind = data.get("kind") if data.get("kind") in KIND_STYLE else "paper"
        share = (view.scores.get(v, 0.0) - low) / (high - low) if high > low else 0.3
        if kind != "paper":
            label = str(data.get("label") or v)
        else:
            label = _short(_title(G, v), _PAPER_LABEL) if len(shown) <= _PAPER_LABELS_MAX else " "
        x, y = pos[v]
        extra = {"borderWidth": 4, "font": {"size": 18}} if v == view.focus else {}
        net.add_node(v, label=label, shape=KIND_STYLE[kind]["shape"], group=kind,
                     title=_tooltip(G, v, view.scores.get(v, 0.0), size_by),
                     size=round(8 + 28 * math.sqrt(share), 2), x=x, y=y, **extra)
    keep = set(view.nodes)
    links = sorted((e for e in G.edges(keep, data=True) if e[1] in keep), key=lambda e: (e[0], e[1]))
    for u, v, edge in links:
        count = edge.get("count", 1)
        net.add_edge(u, v, arrows="", title=f"{edge.get('role', 'mentions')} \u00b7 {count} mention(s)",
                     width=round(1 + min(3.0, math.log2(max(count, 1))), 2))
    return net


def _options(n: int, physics: bool) -> dict[str, Any]:
    large = n > 1000
    return {
        "groups": {kind: {"color": {"background": s["color"], "border": s["color"],
                                    "highlight": {"background": s["color"], "border": "#222222"},
                                    "hover": {"background": s["color"], "border": "#222222"}},
                          "shape": s["shape"],
                          "font": {"size": 10 if kind == "paper" else 14,
                                   "color": "#555555" if kind == "paper" else "#1a1a1a"}}
                   for kind, s in KIND_STYLE.items()},
        "nodes": {"borderWidth": 1, "font": {"face": "system-ui, sans-serif", "strokeWidth": 3,
                                             "strokeColor": "#ffffff"}},
        "edges": {"smooth": False, "color": {"color": "#c3c3c3", "highlight": "#333333", "hover": "#333333",
                                              "inherit": False}, "selectionWidth": 2},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "keyboard": False, "multiselect": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 60},
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
    }


def render_html(
    kg: KnowledgeGraph,
    *,
    max_nodes: int = 500,
    kind: str | Kind | None = None,
    focus: str | None = None,
    depth: int = 1,
    size_by: str = "pagerank",
    physics: bool | None = None,
    seed: int = 0,
    title: str = "paperkg",
) -> str:
    """The page of :func:`write_html` as a string."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    kg = _facade(kg)
    G = kg.graph
    kind = _check_kind(kind)
    cache: dict[str, Any] = {}
    view = _select(kg, max_nodes=max_nodes, kind=kind, focus=focus, depth=depth, size_by=size_by, cache=cache)
    if physics is None:
        physics = len(view.nodes) <= PHYSICS_MAX_NODES
    pos = _layout(G, view.nodes, seed=seed) if view.nodes else {}
    net = _network(G, view, pos, size_by) if view.nodes else None
    nodes, edges = (net.nodes, net.edges) if net is not None else ([], [])
    shown = set(view.nodes)
    ranks = _Ranks(G, size_by, cache)
    details = {v: (_paper_detail(G, v, shown) if G.nodes[v].get("kind") == "paper"
                   else _entity_detail(G, v, shown, ranks)) for v in view.nodes}
    counts = kg.counts()
    kinds = [*_ENTITY_KINDS, "paper"]
    shown_counts = {k: 0 for k in kinds}
    for v in view.nodes:
        node_kind = G.nodes[v].get("kind", "paper")
        shown_counts[node_kind] = shown_counts.get(node_kind, 0) + 1
    meta = {
        "shown": len(view.nodes),
        "scope": view.scope,
        "total": G.number_of_nodes(),
        "cap": max_nodes,
        "capped": view.scope > len(view.nodes),
        "size_by": size_by,
        "kind": kind,
        "focus": {"id": view.focus, "label": str(G.nodes[view.focus].get("label", view.focus)),
                  "depth": depth} if view.focus else None,
        "physics": physics,
        "links": {"total": G.number_of_edges(), "shown": len(edges)},
        "counts": {"total": {k: counts.get(k, 0) for k in kinds}, "shown": shown_counts},
        "kinds": [{"kind": k, **KIND_STYLE[k]} for k in kinds],
        "note": view.note,
    }
    vis_js, vis_css = _vis_assets()
    env = Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      keep_trailing_newline=True)
    page_js = (_TEMPLATES / "graph.js").read_text(encoding="utf-8")
    page_css = (_TEMPLATES / "graph.css").read_text(encoding="utf-8")
    from markupsafe import Markup

    return env.get_template("graph.html.j2").render(
        title=title,
        meta=meta,
        vis_js=Markup(_inline(vis_js, "script", "vis-network.min.js")),
        vis_css=Markup(_inline(vis_css, "style", "vis-network.css")),
        page_js=Markup(_inline(page_js, "script", "graph.js")),
        page_css=Markup(_inline(page_css, "style", "graph.css")),
        nodes_json=Markup(script_json(nodes)),
        edges_json=Markup(script_json(edges)),
        options_json=Markup(script_json(_options(len(view.nodes), physics))),
        details_json=Markup(script_json(details)),
        meta_json=Markup(script_json(meta)),
    )


@exporter("html", aliases=("pyvis",), suffixes=(".html", ".htm"))
def write_html(
    kg: KnowledgeGraph,
    path: str | Path,
    *,
    max_nodes: int = 500,
    kind: str | Kind | None = None,
    focus: str | None = None,
    depth: int = 1,
    size_by: str = "pagerank",
    physics: bool | None = None,
    seed: int = 0,
    title: str = "paperkg",
) -> Path:
    """Write the interactive view of ``kg`` as one self-contained HTML file.

    Parameters
    ----------
    kg : the knowledge graph.
    path : the file to write (its folder must exist).
    max_nodes : show at most this many nodes, the most central by ``size_by``.
    kind : show only entities of this kind (model, dataset, technique, language) and their papers.
    focus, depth : an ego view: the nodes within ``depth`` hops of entity ``focus`` (any alias).
    size_by : the centrality (a name in ``MEASURES``) that sizes nodes and picks them under the cap.
    physics : vis.js physics; ``None``: on for views of at most ``PHYSICS_MAX_NODES`` nodes.
    seed : seed of the layout.
    title : the page title.

    Returns
    -------
    The path written.

    Raises
    ------
    EntityNotFound : ``focus`` names no entity (close matches listed).
    QueryError : an unknown kind or measure, ``max_nodes < 1`` or ``depth < 0``.
    ExportError : vis-network is missing from the pyvis package.

    Examples
    --------
    >>> import tempfile
    >>> from paperkg import KnowledgeGraph
    >>> G = nx.DiGraph([("paper/a", "model/x")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "model/x": "model"}, "kind")
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     page = write_html(KnowledgeGraph(G), Path(tmp) / "graph.html").read_text(encoding="utf-8")
    >>> '"shown":2' in page, "https://cdn" in page
    (True, False)
    """
    path = Path(path)
    html = render_html(kg, max_nodes=max_nodes, kind=kind, focus=focus, depth=depth, size_by=size_by,
                       physics=physics, seed=seed, title=title)
    return atomic_write(path, lambda stream: stream.write(html.encode("utf-8")))
