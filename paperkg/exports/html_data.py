"""The HTML view's data: vis.js nodes and edges, communities, side panels and counts, as plain values.

:func:`page_data` picks the view (:mod:`paperkg.exports.html_view`), lays it out
(:mod:`paperkg.exports.html_layout`), colours it by community (seeded Louvain on the
co-mention links among the drawn entities, named by :func:`paperkg.graph.communities.label_community`)
and writes the panels (:mod:`paperkg.exports.html_panel`). Everything is in a fixed order.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import networkx as nx

from paperkg.exports.html_layout import Layout, layout, place_near
from paperkg.exports.html_options import HtmlOptions
from paperkg.exports.html_panel import Ranks, entity_detail, paper_detail, short, title_of, tooltip
from paperkg.exports.html_view import View, select_view
from paperkg.graph.communities import label_community
from paperkg.ingest.records import Kind

__all__ = ["COMMUNITY_COLORS", "KIND_STYLE", "PHYSICS_MAX_NODES", "page_data"]

#: Colour (Okabe–Ito, colour-blind safe), vis.js shape and legend glyph per node kind.
KIND_STYLE: dict[str, dict[str, str]] = {
    "model": {"color": "#0072B2", "shape": "dot", "glyph": "\u25cf"},
    "dataset": {"color": "#E69F00", "shape": "diamond", "glyph": "\u25c6"},
    "technique": {"color": "#009E73", "shape": "triangle", "glyph": "\u25b2"},
    "language": {"color": "#CC79A7", "shape": "star", "glyph": "\u2605"},
    "paper": {"color": "#8C8C8C", "shape": "square", "glyph": "\u25a0"},
}
#: Community colours (Tableau 10 without its grey), largest community first; the rest grey.
COMMUNITY_COLORS = ("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
                    "#9C755F")
_OTHER_COLOR = "#BAB0AC"
#: With ``physics=None``, vis.js physics is on only for papers views of at most this many nodes.
PHYSICS_MAX_NODES = 300
_PAPER_LABEL = 40  # characters of a paper title shown as its label ...
_PAPER_LABELS_MAX = 150  # ... in views of at most this many nodes (the tooltip has the title)
_HIDDEN_FONT = 0.01  # labels start hidden; the page shows those that fit (graph.js, fitLabels)
_STRONGEST = 3  # each entity keeps its links to this many partners (its strongest)
_KINDS = (*(k.value for k in Kind), "paper")


# -- communities and links -------------------------------------------------------------------


def _communities(H: nx.Graph, seed: int) -> list[list[str]]:
    """Louvain communities of the linked nodes of ``H`` (seeded), largest first, members in H's order."""
    order = list(H)
    rank = {v: i for i, v in enumerate(order)}
    linked = nx.Graph()
    linked.add_nodes_from(v for v in order if H.degree(v) > 0)
    linked.add_edges_from(H.edges(data=True))
    if not len(linked):
        return []
    parts = nx.community.louvain_communities(linked, weight="weight", seed=seed)
    groups = [sorted(part, key=rank.__getitem__) for part in parts]
    return sorted(groups, key=lambda g: (-len(g), rank[g[0]]))


def _strongest(H: nx.Graph, keep: int) -> list[tuple[str, str, dict]]:
    """The links of ``H`` worth drawing: each node's ``keep`` strongest (at most ``keep`` × nodes in all).

    Ties go to the more central partner (H's node order). Returns links in H's edge order.

    Examples
    --------
    >>> H = nx.Graph([("a", "b", {"weight": 3}), ("a", "c", {"weight": 1}), ("b", "c", {"weight": 2})])
    >>> [(u, v) for u, v, _ in _strongest(H, 1)]
    [('a', 'b'), ('b', 'c')]
    """
    rank = {v: i for i, v in enumerate(H)}
    chosen: set[tuple[str, str]] = set()
    for v in H:
        near = sorted(H._adj[v].items(), key=lambda item: (-item[1].get("weight", 1), rank[item[0]]))[:keep]
        chosen.update((v, u) if rank[v] < rank[u] else (u, v) for u, _ in near)
    return [(u, v, d) for u, v, d in H.edges(data=True)
            if ((u, v) if rank[u] < rank[v] else (v, u)) in chosen]


# -- the page data ---------------------------------------------------------------------------


def _label(G: nx.DiGraph, node: str, papers_labelled: bool) -> str:
    if G.nodes[node].get("kind") != "paper":
        return str(G.nodes[node].get("label") or node)
    return short(title_of(G, node), _PAPER_LABEL) if papers_labelled else " "


def _nodes(G: nx.DiGraph, ids: list[str], view: View, options: HtmlOptions,
           pos: dict[str, tuple[float, float]], colors: dict[str, str],
           names: dict[str, str]) -> list[dict[str, Any]]:
    """The vis.js nodes of ``ids`` (least central first, so hubs are drawn on top)."""
    values = [view.scores.get(v, 0.0) for v in view.nodes] or [0.0]
    low, high = min(values), max(values)
    on_demand = set(view.papers)
    labelled = len(view.nodes) <= _PAPER_LABELS_MAX
    rank = {v: i for i, v in enumerate([*view.nodes, *view.papers])}
    community = options.colors == "community"
    out = []
    for v in reversed(ids):
        kind = G.nodes[v].get("kind") if G.nodes[v].get("kind") in KIND_STYLE else "paper"
        score = view.scores.get(v, 0.0)
        share = (score - low) / (high - low) if high > low else 0.3
        node: dict[str, Any] = {
            "id": v, "label": _label(G, v, labelled or v in on_demand), "group": kind,
            "shape": KIND_STYLE[kind]["shape"], "title": tooltip(G, v, score, options.size_by, names.get(v)),
            "size": 7.0 if v in on_demand else round(8 + 28 * math.sqrt(share), 2), "x": pos[v][0],
            "y": pos[v][1], "rank": rank[v],
        }
        if community and v in colors:
            node["color"] = {"background": colors[v], "border": colors[v]}
        if v == view.focus:
            node["borderWidth"] = 4
        out.append(node)
    return out


def _edges(G: nx.DiGraph, view: View) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The vis.js edges drawn at first, and those the page adds on demand.

    Entities view: the strongest co-mention links are drawn; the paper→entity links of the
    papers on demand come with their paper. Papers view: the paper→entity links are drawn;
    the strongest co-mention links come when papers are hidden, so entities stay linked.
    """
    shown = set(view.nodes)
    comention = []
    for i, (u, v, d) in enumerate(_strongest(view.comention, _STRONGEST)):
        papers = d.get("weight", 1)
        comention.append({"id": f"c{i}", "from": u, "to": v, "comention": True,
                          "width": round(1 + math.log2(papers), 2),
                          "title": f"{papers} shared paper{'' if papers == 1 else 's'}"})
    sources = view.papers if view.name == "entities" else [v for v in view.nodes
                                                           if G.nodes[v].get("kind") == "paper"]
    mentions = []
    for i, (u, v) in enumerate(sorted((p, e) for p in sources for e in G._adj[p] if e in shown)):
        edge = G._adj[u][v]
        count = edge.get("count", 1)
        mentions.append({"id": f"m{i}", "from": u, "to": v, "arrows": "",
                         "title": f"{edge.get('role', 'mentions')} \u00b7 {count} "
                                  f"mention{'' if count == 1 else 's'}",
                         "width": round(1 + min(3.0, math.log2(max(count, 1))), 2)})
    return (comention, mentions) if view.name == "entities" else (mentions, comention)


def _caption(aside: dict[str, Any], entities: bool) -> str:
    """The caption of the block of small parts: what is in it."""
    n, parts = aside["nodes"], aside["parts"]
    unit = ("entity" if n == 1 else "entities") if entities else ("node" if n == 1 else "nodes")
    return f"Not linked to the rest: {n} {unit} in {parts} small group{'' if parts == 1 else 's'}"


def _options(n: int, physics: bool) -> dict[str, Any]:
    large = n > 1000
    return {
        "groups": {kind: {"color": {"background": s["color"], "border": s["color"],
                                    "highlight": {"background": s["color"], "border": "#222222"},
                                    "hover": {"background": s["color"], "border": "#222222"}},
                          "shape": s["shape"],
                          "font": {"color": "#555555" if kind == "paper" else "#1a1a1a"}}
                   for kind, s in KIND_STYLE.items()},
        "nodes": {"borderWidth": 1, "font": {"face": "system-ui, sans-serif", "size": _HIDDEN_FONT,
                                             "strokeWidth": 3,
                                             "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 5, "maxVisible": 16}}},
        "edges": {"smooth": False, "color": {"color": "#bdbdbd", "highlight": "#333333", "hover": "#333333",
                                              "inherit": False, "opacity": 0.6}, "selectionWidth": 2},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large,
                        "hideEdgesOnZoom": large, "keyboard": False, "multiselect": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -40, "springLength": 60},
                    "stabilization": {"enabled": physics, "iterations": 150, "fit": True}},
    }


def _positions(G: nx.DiGraph, view: View, groups: list[list[str]], seed: int) -> Layout:
    """The layout of the view; on the entities view, by community, with each paper on demand
    placed beside the drawn entities it mentions."""
    if view.name != "entities":
        return layout(G.subgraph(view.nodes).to_undirected(as_view=True), view.nodes, seed=seed)
    spot = layout(view.comention, view.nodes, seed=seed, groups=groups)
    mentions = nx.Graph()
    mentions.add_edges_from((p, e) for p in view.papers for e in sorted(G.successors(p)) if e in spot.pos)
    spot.pos = {v: (round(x, 1), round(y, 1)) for v, (x, y) in
                place_near(mentions, spot.pos, view.papers, [*view.nodes, *view.papers]).items()}
    return spot


def page_data(G: nx.DiGraph, options: HtmlOptions, *, cache: dict[Any, Any] | None = None,
              view: View | None = None) -> dict[str, Any]:
    """Everything the page holds, as plain values: ``meta``, ``nodes`` and ``edges`` (drawn at
    first), ``more`` (nodes and edges added on demand), ``details`` (side panels), ``options``
    (vis-network's). ``cache``: centrality scores known already (see
    :func:`~paperkg.exports.html_view.known_scores`); ``view``: the view of ``options``, when
    selected already (:func:`~paperkg.exports.html_view.select_view`).
    """
    cache = {} if cache is None else cache
    view = select_view(G, options, cache=cache) if view is None else view
    entities_view = view.name == "entities"
    groups = _communities(view.comention, options.seed)
    spot = _positions(G, view, groups, options.seed)
    colors: dict[str, str] = {}
    names: dict[str, str] = {}
    communities = []
    for i, members in enumerate(groups, start=1):
        top = [str(G.nodes[n].get("label", n)) for n in label_community(view.comention, set(members), top=3)]
        color = COMMUNITY_COLORS[i - 1] if i <= len(COMMUNITY_COLORS) else _OTHER_COLOR
        colors.update((n, color) for n in members)
        names.update((n, ", ".join(top)) for n in members)
        communities.append({"id": i, "label": ", ".join(top), "color": color, "size": len(members),
                            "nodes": members})
    physics = options.physics if options.physics is not None else (
        not entities_view and len(view.nodes) <= PHYSICS_MAX_NODES)
    in_page = set(view.nodes) | set(view.papers)
    ranks = Ranks(G, options.size_by, cache, include_generic=options.include_generic)
    community_of = {n: {"id": c["id"], "label": c["label"], "color": c["color"]} for c in communities
                    for n in c["nodes"]}
    titles: dict[str, str] = {}
    details = {v: (paper_detail(G, v, in_page) if G.nodes[v].get("kind") == "paper"
                   else entity_detail(G, v, in_page, ranks, view.comention, community_of.get(v),
                                      titles=titles))
               for v in sorted(in_page)}
    nodes = _nodes(G, view.nodes, view, options, spot.pos, colors, names)
    edges, more_edges = _edges(G, view)
    totals: Counter[str] = Counter()
    for kind, n in Counter(data.get("kind") for data in G._node.values()).items():  # as G.nodes(data="kind")
        totals[kind if kind in KIND_STYLE else "paper"] += n
    shown = Counter(G.nodes[v].get("kind", "paper") for v in view.nodes)
    meta = {
        "view": view.name,
        "shown": len(view.nodes),
        "scope": view.scope,
        "total": G.number_of_nodes(),
        "cap": options.max_nodes,
        "capped": view.scope > len(view.nodes),
        "size_by": options.size_by,
        "kind": options.kind,
        "focus": {"id": view.focus, "label": str(G.nodes[view.focus].get("label", view.focus)),
                  "depth": options.depth} if view.focus else None,
        "physics": physics,
        "colors": options.colors,
        "links": {"total": G.number_of_edges(), "comention": view.comention.number_of_edges(),
                  "strongest": len(edges) if entities_view else len(more_edges)},
        "counts": {"total": {k: totals.get(k, 0) for k in _KINDS},
                   "shown": {k: shown.get(k, 0) for k in _KINDS}},
        "papers_on_demand": len(view.papers),
        "kinds": [{"kind": k, **KIND_STYLE[k]} for k in _KINDS],
        "communities": communities,
        "aside": None if spot.aside is None
            else {**spot.aside, "caption": _caption(spot.aside, entities_view)},
        "note": view.note,
    }
    more = {"nodes": _nodes(G, view.papers, view, options, spot.pos, colors, names), "edges": more_edges}
    return {"meta": meta, "nodes": nodes, "edges": edges, "more": more, "details": details,
            "options": _options(len(view.nodes), physics)}
