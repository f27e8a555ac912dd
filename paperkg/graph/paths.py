"""How two entities are connected: the shortest explanation path through papers, and ego networks."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.graph.projections import Rows

__all__ = ["PathHop", "explain_path", "ego_nodes"]


@dataclass(frozen=True, slots=True)
class PathHop:
    """One hop of an explanation path: ``paper`` mentions both ``source`` and ``target``.

    ``source_role``/``target_role`` are the roles the paper gives each entity and
    ``source_evidence``/``target_evidence`` the sentences that show it.
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


def explain_path(G: nx.DiGraph, source: str, target: str) -> Rows[PathHop]:
    """The shortest path from entity ``source`` to entity ``target`` through papers, as hops.

    Each hop is a paper mentioning two consecutive entities of the path, with the roles and
    evidence sentences. Among equally short paths the one found first by breadth-first search
    from both ends is returned (deterministic for a given graph). No path: no rows, and the
    note says so; the same entity twice: no rows.

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
    U = G.to_undirected(as_view=True)
    try:
        nodes = nx.bidirectional_shortest_path(U, source, target)
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


def ego_nodes(G: nx.DiGraph, entity: str, *, radius: int = 1) -> set[str]:
    """The ego network's nodes: ``entity``, its papers, their entities, ... ``radius`` entity hops out.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "llama"), ("p2", "llama"), ("p2", "mmlu")])
    >>> sorted(ego_nodes(G, "lora")), sorted(ego_nodes(G, "lora", radius=2))
    (['llama', 'lora', 'p1'], ['llama', 'lora', 'mmlu', 'p1', 'p2'])
    """
    return set(nx.ego_graph(G.to_undirected(as_view=True), entity, radius=2 * radius))
