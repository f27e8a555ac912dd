"""Research communities: seeded Louvain on a view, each community labelled by its central entities."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

import networkx as nx

from paperkg.graph.families import family_map
from paperkg.graph.options import check_choice, check_top
from paperkg.graph.projections import view_graph
from paperkg.graph.rows import Rows

__all__ = ["Community", "communities", "label_community"]


@dataclass(frozen=True, slots=True)
class Community:
    """One community: ``label`` joins its ``top`` entities (most central inside it).

    ``size`` counts its entities, ``papers`` the papers mentioning at least one of them,
    ``kinds`` its entities per kind, ``entities`` their ids (most central first).

    Examples
    --------
    >>> c = Community(1, "LoRA, Llama 2", 2, 5, {"model": 1, "technique": 1}, ["LoRA", "Llama 2"],
    ...               ["technique/lora", "model/llama-2"])
    >>> c.to_dict()["size"], c  # doctest: +NORMALIZE_WHITESPACE
    (2, Community(id=1, label='LoRA, Llama 2', size=2, papers=5, kinds={'model': 1, 'technique': 1},
                  top=['LoRA', 'Llama 2']))
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
    """The entities of a community, most central inside it first.

    Parameters
    ----------
    H : networkx.Graph
        The view the community was found on (nodes carry ``kind``, ``label``, ``papers``).
    nodes : set of str
        The community's nodes (papers among them are left out of the answer).
    top : int or None, default 5
        How many entities (None: all).

    Returns
    -------
    list of str
        Entity ids by weighted degree inside the community, then papers, then label.

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
    G : networkx.DiGraph
        The paper–entity graph.
    view : {"comention", "papers"}
        Entities linked by co-mention support (default), or the paper–entity graph (papers
        join communities too, and are not counted in ``size``).
    level, min_support
        As in :func:`paperkg.graph.projections.view_graph`.
    resolution : float, default 1.0
        Louvain resolution (above 1: smaller communities).
    seed : int, default 0
        Louvain's random seed (same seed, same graph: same communities).
    min_size : int, default 2
        Leave out communities with fewer entities (isolated entities form singletons).
    top : int, default 5
        How many entities label a community (at least 1).

    Returns
    -------
    Rows of Community
        Largest first (then most papers, then label); ``.note`` names the method and seed.

    Raises
    ------
    QueryError
        For an unknown view or level, or ``top`` below 1.

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
    check_top(top)
    H = view_graph(G, view, level=level, min_support=min_support)
    linked = H.subgraph([n for n in H if H.degree(n) > 0])
    parts = nx.community.louvain_communities(linked, weight="weight", resolution=resolution,
                                             seed=seed) if len(linked) else []
    kept = [(part, entities) for part in parts
            if len(entities := [n for n in part if H.nodes[n].get("kind") != "paper"]) >= max(min_size, 1)]
    counts = _papers_per_part(G, level, [entities for _, entities in kept])
    found = []
    for (part, entities), papers in zip(kept, counts, strict=True):
        ranked = label_community(H, set(part), top=None)  # type: ignore[arg-type]
        found.append((ranked, Counter(H.nodes[n].get("kind", "") for n in entities), papers))
    found.sort(key=lambda item: (-len(item[0]), -item[2], str(H.nodes[item[0][0]].get("label"))))
    rows = []
    for i, (ranked, kinds, papers) in enumerate(found, start=1):
        labels = [str(H.nodes[n].get("label", n)) for n in ranked[:top]]
        rows.append(Community(id=i, label=", ".join(labels), size=len(ranked), papers=papers,
                              kinds=dict(sorted(kinds.items())), top=labels, entities=list(ranked)))
    note = (f"Louvain (seed {seed}, resolution {resolution:g}) on the {view} view; communities under "
            f"{min_size} entities left out")
    return Rows(rows, note=note)


def _papers_per_part(G: nx.DiGraph, level: str, parts: list[list[str]]) -> list[int]:
    """How many distinct papers mention an entity (at ``level``) of each part: one paper at a
    time, no set of papers per entity (millions of links in a large build)."""
    fam = family_map(G) if level == "family" else None
    part_of = {node: i for i, nodes in enumerate(parts) for node in nodes}
    counts = [0] * len(parts)
    for paper, kind in G.nodes(data="kind"):
        if kind != "paper":
            continue
        seen = {part_of.get(fam.get(entity, entity) if fam else entity) for entity in G._adj[paper]}
        seen.discard(None)
        for i in seen:
            counts[i] += 1
    return counts
