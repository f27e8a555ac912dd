"""How two entities are connected: the shortest explanation path through papers, hop by hop."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.graph.rows import Rows

__all__ = ["PathHop", "explain_path", "shortest_route"]


@dataclass(frozen=True, slots=True)
class PathHop:
    """One hop of an explanation path: ``paper`` mentions both ``source`` and ``target``.

    ``source_role``/``target_role`` are the roles the paper gives each entity and
    ``source_evidence``/``target_evidence`` the sentences that show it.

    Examples
    --------
    >>> hop = PathHop(1, "LoRA", "technique/lora", "uses", "A paper", "paper/p1", "uses", "Llama 2",
    ...               "model/llama-2", "", "")
    >>> str(hop), hop.to_dict()["paper_id"]
    ('LoRA —uses— [A paper] —uses— Llama 2', 'paper/p1')
    """

    step: int
    source: str
    source_id: str
    source_role: str
    paper: str
    paper_id: str
    target_role: str
    target: str
    target_id: str
    source_evidence: str
    target_evidence: str

    def to_dict(self) -> dict:
        """The hop as a plain dict (for JSON and CSV output)."""
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.source} —{self.source_role}— [{self.paper}] —{self.target_role}— {self.target}"


def _evidence(data: dict) -> str:
    for item in data.get("evidence") or ():
        if item.get("sentence"):
            return str(item["sentence"])
    return ""


def _label(G: nx.Graph, node: str) -> str:
    return str(G.nodes[node].get("label") or node)


def shortest_route(neighbours: Callable[[str], Iterable[str]], source: str, target: str) -> list[str]:
    """A shortest route from ``source`` to ``target``: breadth-first search from both ends.

    Parameters
    ----------
    neighbours : callable
        ``neighbours(node)`` gives a node's neighbours in a fixed order (the route found first
        among equally short ones depends on it, and on nothing else).
    source, target : str
        Node ids.

    Returns
    -------
    list of str
        The route's nodes, ``source`` first. The smaller fringe grows first, a level at a
        time, as in ``nx.bidirectional_shortest_path``.

    Raises
    ------
    networkx.NetworkXNoPath
        When there is none.

    Examples
    --------
    >>> adjacent = {"a": ["p1", "p2"], "p1": ["a", "b"], "p2": ["a", "b"], "b": ["p1", "p2"]}
    >>> shortest_route(adjacent.__getitem__, "a", "b")
    ['a', 'p1', 'b']
    """
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    forward, backward = [source], [target]
    meet = source if source == target else None
    while meet is None and forward and backward:
        grow_forward = len(forward) <= len(backward)
        level, seen, other = (forward, pred, succ) if grow_forward else (backward, succ, pred)
        fringe: list[str] = []
        for v in level:
            for w in neighbours(v):
                if w not in seen:
                    seen[w] = v
                    fringe.append(w)
                if w in other:
                    meet = w
                    break
            if meet is not None:
                break
        forward, backward = (fringe, backward) if grow_forward else (forward, fringe)
    if meet is None:
        raise nx.NetworkXNoPath(f"No path between {source} and {target}.")
    route, node = [], meet
    while node is not None:
        route.append(node)
        node = pred[node]
    route.reverse()
    node = succ[meet]
    while node is not None:
        route.append(node)
        node = succ[node]
    return route


def _neighbours(G: nx.DiGraph) -> Callable[[str], list[str]]:
    """Papers and entities next to a node, sorted: the order :func:`shortest_route` walks them in."""
    return lambda node: sorted(G._succ[node]) + sorted(G._pred[node])


def explain_path(G: nx.DiGraph, source: str, target: str, *, route: list[str] | None = None) -> Rows[PathHop]:
    """The shortest path from entity ``source`` to entity ``target`` through papers, as hops.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    source, target : str
        Entity node ids.

    Returns
    -------
    Rows of PathHop
        One hop per paper on the path: the paper mentions two consecutive entities, with the
        roles and evidence sentences. No path: no rows, and the note says so; the same entity
        at both ends: no rows.

    Notes
    -----
    Among equally short paths, the one that breadth-first search from both ends finds first
    (:func:`shortest_route`, neighbours in sorted order): the same for the same nodes and
    edges, however the graph was built or opened. ``route``: that route when the caller
    found it already (a store does, without opening the whole graph); ``G`` then needs only
    its nodes and the links of its papers.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("p1", {"kind": "paper", "label": "LoRA for Llama"}),
    ...                   ("p2", {"kind": "paper", "label": "Llama on MMLU"})])
    >>> G.add_nodes_from([("lora", {"kind": "technique", "label": "LoRA"}),
    ...                   ("llama", {"kind": "model", "label": "Llama"}),
    ...                   ("mmlu", {"kind": "dataset", "label": "MMLU"})])
    >>> G.add_edges_from([("p1", "lora", {"role": "introduces"}), ("p1", "llama", {"role": "uses"}),
    ...                   ("p2", "llama", {"role": "uses"}), ("p2", "mmlu", {"role": "evaluates_on"})])
    >>> for hop in explain_path(G, "lora", "mmlu"):
    ...     print(hop)
    LoRA —introduces— [LoRA for Llama] —uses— Llama
    Llama —uses— [Llama on MMLU] —evaluates_on— MMLU
    """
    if source == target:
        return Rows([], note="the same entity at both ends")
    try:
        nodes = shortest_route(_neighbours(G), source, target) if route is None else route
    except nx.NetworkXNoPath:
        return Rows([], note=f"no path: {_label(G, source)} and {_label(G, target)} share no chain of papers")
    hops = []
    for step, i in enumerate(range(0, len(nodes) - 2, 2), start=1):
        a, paper, b = nodes[i], nodes[i + 1], nodes[i + 2]
        ea, eb = G.edges[paper, a], G.edges[paper, b]
        hops.append(PathHop(
            step=step,
            source=_label(G, a), source_id=a, source_role=str(ea.get("role", "mentions")),
            paper=_label(G, paper), paper_id=paper,
            target_role=str(eb.get("role", "mentions")), target=_label(G, b), target_id=b,
            source_evidence=_evidence(ea), target_evidence=_evidence(eb),
        ))
    return Rows(hops, note=f"{len(hops)} paper(s) between {_label(G, source)} and {_label(G, target)}")
