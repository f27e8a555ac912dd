"""Research communities: seeded Louvain on a view, each community labelled by its central entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

import networkx as nx

from paperkg.graph.projections import Rows, check_choice, view_graph

__all__ = ["Community", "communities", "label_community"]


@dataclass(frozen=True, slots=True)
class Community:
    """One community: ``label`` joins its ``top`` entities (most central inside it).

    ``size`` counts its entities, ``papers`` the papers mentioning at least one of them,
    ``kinds`` its entities per kind, ``entities`` their ids (most central first).
    """

    id: int
    label: str
    size: int
    papers: int
    kinds: dict[str, int]
    top: list[str]
    entities: list[str] = field(repr=False)

    def to_dict(self) -> dict:
        """The community as a plain dict (for JSON and CSV output)."""
        return asdict(self)


def label_community(H: nx.Graph, nodes: set[str], *, top: int = 5) -> list[str]:
    """The entities of ``nodes`` ordered by weighted degree inside the community, then papers, label.

    Examples
    --------
    >>> H = nx.Graph([("lora", "llama", {"weight": 3}), ("lora", "mmlu", {"weight": 1})])
    >>> nx.set_node_attributes(H, "technique", "kind")
    >>> label_community(H, {"lora", "llama", "mmlu"}, top=2)
    ['lora', 'llama']
    """
    inside = {
        n: sum(w for _, m, w in H.edges(n, data="weight", default=1) if m in nodes and m != n)
        for n in nodes
        if H.nodes[n].get("kind") != "paper"
    }

    def key(n: str) -> tuple[float, int, str]:
        return (-inside[n], -int(H.nodes[n].get("papers", 0)), str(H.nodes[n].get("label", n)))

    return sorted(inside, key=key)[:top] if top is not None else sorted(inside, key=key)


def communities(
    G: nx.DiGraph,
    *,
    view: str = "comention",
    level: str = "variant",
    min_support: int = 1,
    resolution: float = 1.0,
    seed: int = 0,
    min_size: int = 2,
    top: int = 5,
) -> Rows[Community]:
    """Louvain communities of entities, largest first, each labelled by its ``top`` entities.

    Parameters
    ----------
    G : the paper–entity graph.
    view : ``"comention"`` (entities linked by co-mention support; default) or ``"papers"``
        (the paper–entity graph: papers join communities too, and are not counted in ``size``).
    level, min_support : as in :func:`paperkg.graph.projections.view_graph`.
    resolution : Louvain resolution (above 1: smaller communities).
    seed : Louvain's random seed (same seed, same graph: same communities).
    min_size : leave out communities with fewer entities (isolated entities form singletons).
    top : how many entities label a community.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "llama"), ("p2", "lora"), ("p2", "llama"),
    ...                 ("p3", "mmlu"), ("p3", "gsm8k")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "p3": "paper", "lora": "technique",
    ...     "llama": "model", "mmlu": "dataset", "gsm8k": "dataset"}, "kind")
    >>> [(c.id, c.top, c.papers) for c in communities(G)]
    [(1, ['llama', 'lora'], 2), (2, ['gsm8k', 'mmlu'], 1)]

    References
    ----------
    Blondel, V. D., Guillaume, J.-L., Lambiotte, R., Lefebvre, E. (2008). Fast unfolding of
    communities in large networks. J. Stat. Mech. P10008.
    """
    check_choice(view, ("comention", "papers"), "view")
    H = view_graph(G, view, level=level, min_support=min_support)
    linked = H.subgraph([n for n in H if H.degree(n) > 0])
    parts = nx.community.louvain_communities(linked, weight="weight", resolution=resolution, seed=seed) if len(linked) else []
    member_papers = _papers_of(G, level)
    found = []
    for part in parts:
        entities = [n for n in part if H.nodes[n].get("kind") != "paper"]
        if len(entities) < max(min_size, 1):
            continue
        ranked = label_community(H, set(part), top=None)  # type: ignore[arg-type]
        papers: set[str] = set()
        for n in entities:
            papers.update(member_papers.get(n, ()))
        found.append((ranked, Counter(H.nodes[n].get("kind", "") for n in entities), len(papers)))
    found.sort(key=lambda item: (-len(item[0]), -item[2], str(H.nodes[item[0][0]].get("label"))))
    rows = []
    for i, (ranked, kinds, papers) in enumerate(found, start=1):
        labels = [str(H.nodes[n].get("label", n)) for n in ranked[:top]]
        rows.append(Community(id=i, label=", ".join(labels), size=len(ranked), papers=papers,
                              kinds=dict(sorted(kinds.items())), top=labels, entities=list(ranked)))
    note = f"Louvain (seed {seed}, resolution {resolution:g}) on the {view} view; communities under {min_size} entities left out"
    return Rows(rows, note=note)


def _papers_of(G: nx.DiGraph, level: str) -> dict[str, set[str]]:
    from paperkg.graph.projections import family_map

    fam = family_map(G) if level == "family" else None
    out: dict[str, set[str]] = {}
    for paper, entity in G.edges():
        if G.nodes[paper].get("kind") == "paper":
            out.setdefault(fam.get(entity, entity) if fam else entity, set()).add(paper)
    return out
