"""Seeded positions for the HTML view: linked parts laid out, small parts grouped to one side.

Positions are pixels around 0. Every step reads nodes in the order given (most central
first) and edges sorted by that order, so the same graph gives the same positions whatever
its insertion order or ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import networkx as nx
import numpy as np

__all__ = ["SMALL_PART", "Layout", "layout", "place_near"]

#: Linked parts of at most this many nodes (pairs, triples, lone nodes) go to the side block.
SMALL_PART = 3
#: Parts up to this size are laid out whole; larger ones lay out their most central nodes
#: and place the rest beside their neighbours.
_LAYOUT_CORE = 400
_SPACING = 55.0  # pixels between neighbouring nodes
_GAP = _SPACING * 1.5  # between parts
_GOLDEN = math.pi * (3 - math.sqrt(5))
_TOP = 10  # the most central nodes, whose labels the page shows first and largest

Point = tuple[float, float]


@dataclass
class Layout:
    """``pos``: node -> (x, y); ``aside``: the box of the small parts (x, y, width, height,
    parts, nodes), or None when there is none or nothing else to set it beside."""

    pos: dict[str, Point]
    aside: dict[str, float] | None = None
    parts: int = 0
    extent: tuple[float, float, float, float] = field(default=(0.0, 0.0, 0.0, 0.0))


def _canonical_edges(H: nx.Graph, order: list[str]) -> Iterator[tuple[str, str, dict]]:
    """The links of ``H`` among ``order``, by (rank of u, rank of v): the order the graph
    :func:`_canonical` makes lists them in."""
    rank = {v: i for i, v in enumerate(order)}
    adj = H._adj  # the neighbour dicts themselves: a dense view has 100k links to read
    for u in order:  # u in order, then its later neighbours sorted
        near, i = adj[u], rank[u]
        for j in sorted(rank[v] for v in near if v in rank and rank[v] > i):
            yield u, order[j], near[order[j]]


def _canonical(H: nx.Graph, order: list[str]) -> nx.Graph:
    """``H`` restricted to ``order``, with nodes and edges inserted in that order."""
    C = nx.Graph()
    C.add_nodes_from(order)
    C.add_edges_from(_canonical_edges(H, order))
    return C


def _sunflower(anchor: Point, i: int, step: float) -> Point:
    r = step * math.sqrt(i + 1)
    return anchor[0] + r * math.cos(i * _GOLDEN), anchor[1] + r * math.sin(i * _GOLDEN)


def _small(order: list[str], H: nx.Graph) -> dict[str, Point]:
    """A part of at most three nodes: the best-linked one in the middle, the others beside it."""
    middle = max(order, key=lambda v: (H.degree(v), -order.index(v)))
    rest = [v for v in order if v != middle]
    return {middle: (0.0, 0.0), **{v: (_SPACING * (2 * i - 1), _SPACING * 0.8) for i, v in enumerate(rest)}}


def _spread(H: nx.Graph, order: list[str], seed: int) -> dict[str, Point]:
    """Positions of one connected graph ``H`` (nodes in ``order``, most central first)."""
    if len(order) <= SMALL_PART:
        return _small(order, H)
    core = order[:_LAYOUT_CORE]
    if len(order) > _LAYOUT_CORE:  # the most central linked part; the rest placed beside its neighbours
        C = H.subgraph(core)
        core = [v for v in core if C.degree(v) > 0] or core[:1]
    # k: twice networkx's default spacing, which packs hubs' neighbourhoods too tightly to read
    raw = nx.spring_layout(_canonical(H, core), k=2 / math.sqrt(len(core)), seed=seed, iterations=80,
                           weight=None, scale=1.5 * _SPACING * math.sqrt(len(core)))
    pos = {v: (float(raw[v][0]), float(raw[v][1])) for v in core}
    return place_near(H, pos, [v for v in order if v not in pos], order)


def _grouped(H: nx.Graph, order: list[str], groups: list[list[str]], seed: int,
             rank: dict[str, int]) -> dict[str, Point]:
    """One connected graph laid out by group (community): each group a disc of its members.

    The discs (area: the seats of their members, see :func:`_room`) are placed by a seeded
    spring layout of the graph of groups (linked by their members' links, weighted), then
    pushed apart until none overlap and drawn together. Inside a disc the members sit on a
    sunflower, most central in the middle; the view's top nodes (``rank`` below ``_TOP``)
    take more room and sit above and below the middle, so that their wide labels stack.
    """
    if len(order) <= SMALL_PART:
        return _small(order, H)
    inside = set(order)
    members = [g for g in ([n for n in group if n in inside] for group in groups) if g]
    placed = {n for g in members for n in g}
    members += [[n] for n in order if n not in placed]
    room = [[_room(rank[n]) for n in g] for g in members]
    step = _SPACING * 0.85
    radius = np.array([step * math.sqrt(sum(r)) + _SPACING * 0.3 for r in room])
    centres = _group_centres(H, order, members, radius, seed)
    pos: dict[str, Point] = {}
    for (cx, cy), group, seats in zip(centres.tolist(), members, room, strict=True):
        used, tops = 0.0, 0
        for j, n in enumerate(group):
            r = step * math.sqrt(used + seats[j] / 2) if j else 0.0
            angle = j * _GOLDEN
            if rank[n] < _TOP and j:
                tops += 1
                angle = -math.pi / 2 if tops % 2 else math.pi / 2
            pos[n] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
            used += seats[j]
    return pos


def _group_centres(H: nx.Graph, order: list[str], members: list[list[str]], radius: np.ndarray,
                   seed: int) -> np.ndarray:
    """Centres of the groups' discs: linked groups near each other, no two discs overlapping."""
    group_of = {n: i for i, g in enumerate(members) for n in g}
    weights: dict[tuple[int, int], float] = {}
    for u, v, data in _canonical_edges(H, order):
        w = data.get("weight", 1)
        a, b = sorted((group_of[u], group_of[v]))
        if a != b:
            weights[a, b] = weights.get((a, b), 0) + w
    Q = nx.Graph()
    Q.add_nodes_from(range(len(members)))
    Q.add_edges_from((a, b, {"weight": w}) for (a, b), w in sorted(weights.items()))
    raw = nx.spring_layout(Q, seed=seed, weight="weight", iterations=100,
                           scale=1.2 * float(np.sqrt((radius ** 2).sum())))
    centres = np.array([raw[i] for i in range(len(members))], dtype=float)
    margin = radius + _SPACING * 0.3
    for _ in range(4):  # apart, then drawn together: no overlap, and no group stranded far out
        centres = _apart(centres, margin)
        centres = centres.mean(axis=0) + (centres - centres.mean(axis=0)) * 0.8
    return _apart(centres, margin)


def _room(rank: int) -> float:
    """Seats a node takes in its group's sunflower: the top ones need room for their labels."""
    return 12.0 if rank < _TOP else 4.0 if rank < 4 * _TOP else 1.0


def _apart(centres: np.ndarray, radius: np.ndarray, rounds: int = 200) -> np.ndarray:
    """``centres`` moved apart, pair by pair, until no two discs of ``radius`` overlap (or ``rounds``
    pass)."""
    centres = centres.copy()
    n = len(centres)
    if n < 2:
        return centres
    need = radius[:, None] + radius[None, :]
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(rounds):
        delta = centres[None, :, :] - centres[:, None, :]  # delta[a, b] = b - a
        dist = np.hypot(delta[..., 0], delta[..., 1])
        overlap = (dist < need) & upper
        if not overlap.any():
            break
        dist = np.where(dist > 1e-9, dist, 1e-9)
        push = np.where(overlap, (need - dist) / 2, 0.0)[..., None] * delta / dist[..., None]
        centres += push.sum(axis=0) - push.sum(axis=1)  # b moves along +delta, a along -delta
    return centres


def place_near(H: nx.Graph, pos: dict[str, Point], nodes: list[str], order: list[str]) -> dict[str, Point]:
    """``pos`` plus ``nodes`` placed, ring by ring, in a sunflower around their placed neighbours.

    A node's anchor is the centre of its (up to three) most central placed neighbours; nodes
    sharing an anchor take the next seat of its sunflower. Nodes never reached stay unplaced.
    """
    rank = {v: i for i, v in enumerate(order)}
    pos = dict(pos)
    waiting = set(nodes) - set(pos)
    slots: dict[tuple[str, ...], int] = {}
    frontier = sorted((v for v in waiting if any(u in pos for u in H[v])), key=rank.__getitem__)
    while frontier:
        placed = []
        for v in frontier:
            anchors = tuple(sorted((u for u in H[v] if u in pos), key=rank.__getitem__)[:3])
            centre = (sum(pos[u][0] for u in anchors) / len(anchors),
                      sum(pos[u][1] for u in anchors) / len(anchors))
            i = slots.get(anchors, 0)
            slots[anchors] = i + 1
            placed.append((v, _sunflower(centre, i, _SPACING * 0.45)))
        pos.update(placed)
        waiting.difference_update(v for v, _ in placed)
        frontier = sorted((v for v in waiting if any(u in pos for u in H[v])), key=rank.__getitem__)
    return pos


def _extent(box: dict[str, Point]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in box.values()]
    ys = [p[1] for p in box.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _shelves(boxes: list[dict[str, Point]], width: float, x: float = 0.0, y: float = 0.0,
             gap: float = _GAP) -> dict[str, Point]:
    """Boxes packed left to right in rows of about ``width`` pixels from (x, y), in order."""
    pos: dict[str, Point] = {}
    cx, cy, row_height = x, y, 0.0
    for box in boxes:
        x0, y0, x1, y1 = _extent(box)
        if cx > x and cx + (x1 - x0) > x + width:
            cx, cy, row_height = x, cy + row_height + _GAP, 0.0
        pos.update({v: (vx - x0 + cx, vy - y0 + cy) for v, (vx, vy) in box.items()})
        cx += (x1 - x0) + gap
        row_height = max(row_height, y1 - y0)
    return pos


def layout(H: nx.Graph, order: list[str], *, seed: int = 0, groups: list[list[str]] | None = None) -> Layout:
    """Positions of ``order``'s nodes in ``H``: each linked part laid out, small parts aside.

    Parts of more than :data:`SMALL_PART` nodes are laid out and packed in rows, largest
    first: by ``groups`` (communities: each a disc, see :func:`_grouped`) when given, else by
    a seeded spring layout. The pairs, triples and lone nodes go to one block to their
    right, about as tall as the main block, so they do not string out along the bottom.

    Examples
    --------
    >>> H = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("a", "d"), ("x", "y")])
    >>> result = layout(H, ["a", "b", "c", "d", "x", "y"])
    >>> result.parts, result.aside["nodes"], result.pos["x"][0] > max(result.pos[v][0] for v in "abcd")
    (2, 2, True)
    """
    if not order:
        return Layout({})
    C = _canonical(H, order)
    rank = {v: i for i, v in enumerate(order)}
    parts = sorted((sorted(c, key=rank.__getitem__) for c in nx.connected_components(C)),
                   key=lambda c: (-len(c), rank[c[0]]))
    big = [_grouped(C.subgraph(part), part, groups, seed, rank) if groups is not None
           else _spread(C.subgraph(part), part, seed)
           for part in parts if len(part) > SMALL_PART]
    small = [_small(part, C.subgraph(part)) for part in parts if len(part) <= SMALL_PART]
    if not big or not small:
        boxes = big or small
        total = sum(len(b) for b in boxes)
        pos = _shelves(boxes, max(_SPACING * 2 * math.sqrt(total), *(_width(b) for b in boxes[:1])))
        return _rounded(Layout(pos, None, len(parts)))
    total = sum(len(b) for b in big)
    main = _shelves(big, max(_SPACING * 2 * math.sqrt(total), _width(big[0])))
    x0, y0, x1, y1 = _extent(main)
    area = sum((_width(b) + _GAP) * (_height(b) + _GAP) for b in small)
    width = max(max(_width(b) for b in small), math.sqrt(area))
    left = x1 + 2 * _GAP
    aside = _shelves(small, width, left, y0, gap=_GAP * 1.6)
    ax0, ay0, ax1, ay1 = _extent(aside)
    box = {"x": left, "y": y0, "width": ax1 - left, "height": ay1 - y0, "parts": len(small),
           "nodes": sum(len(b) for b in small)}
    return _rounded(Layout({**main, **aside}, box, len(parts)))


def _width(box: dict[str, Point]) -> float:
    x0, _, x1, _ = _extent(box)
    return x1 - x0


def _height(box: dict[str, Point]) -> float:
    _, y0, _, y1 = _extent(box)
    return y1 - y0


def _rounded(result: Layout) -> Layout:
    result.pos = {v: (round(x, 1), round(y, 1)) for v, (x, y) in result.pos.items()}
    if result.aside is not None:
        result.aside = {k: round(v, 1) if isinstance(v, float) else v for k, v in result.aside.items()}
    if result.pos:
        result.extent = tuple(round(v, 1) for v in _extent(result.pos))  # type: ignore[assignment]
    return result
