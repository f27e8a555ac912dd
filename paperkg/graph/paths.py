"""How two entities are connected: the shortest explanation path through papers, hop by hop."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.graph.rows import Rows

__all__ = ["PathHop", "explain_path"]


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


def explain_path(G: nx.DiGraph, source: str, target: str) -> Rows[PathHop]:
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
    (``nx.bidirectional_shortest_path``): deterministic for a given graph.

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
