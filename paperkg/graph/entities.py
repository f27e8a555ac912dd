"""Entities of the graph: lookup by any alias, the papers mentioning them (by role), everything about one.

Names are matched on :func:`paperkg.ingest.records.fold` (case, accents and separators
folded): ``LLaMA-2``, ``llama 2`` and ``Llama2`` name the same entity.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from paperkg.errors import EntityNotFound
from paperkg.graph.options import check_kind, check_role
from paperkg.graph.related import related_entities
from paperkg.graph.trends import trend
from paperkg.ingest.records import Kind, Role, fold

__all__ = [
    "EntityInfo",
    "entity_nodes",
    "paper_nodes",
    "node_counts",
    "alias_index",
    "find_entity",
    "papers_mentioning",
    "entity_info",
]


def entity_nodes(G: nx.Graph, kind: str | Kind | None = None) -> list[str]:
    """Entity node ids, of one kind when ``kind`` is given.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph (or a view).
    kind : str, optional
        model, dataset, technique or language (default: every kind).

    Returns
    -------
    list of str
        Sorted.

    Raises
    ------
    QueryError
        For an unknown kind.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "lora": "technique", "mmlu": "dataset"}, "kind")
    >>> entity_nodes(G), entity_nodes(G, "dataset")
    (['lora', 'mmlu'], ['mmlu'])
    """
    kind = check_kind(kind)
    return sorted(n for n, k in G.nodes(data="kind") if k != "paper" and (kind is None or k == kind))


def paper_nodes(G: nx.Graph) -> list[str]:
    """Paper node ids, sorted.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.

    Returns
    -------
    list of str

    Examples
    --------
    >>> G = nx.DiGraph([("paper/b", "lora"), ("paper/a", "lora")])
    >>> nx.set_node_attributes(G, {"paper/a": "paper", "paper/b": "paper", "lora": "technique"}, "kind")
    >>> paper_nodes(G)
    ['paper/a', 'paper/b']
    """
    return sorted(n for n, k in G.nodes(data="kind") if k == "paper")


def node_counts(G: nx.Graph) -> dict[str, int]:
    """Node counts per kind (``paper`` and each entity kind) and ``links`` (the edges).

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.

    Returns
    -------
    dict
        ``paper``, ``model``, ``dataset``, ``technique``, ``language`` and ``links`` counts.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "lora": "technique", "mmlu": "dataset"}, "kind")
    >>> node_counts(G)
    {'paper': 1, 'model': 0, 'dataset': 1, 'technique': 1, 'language': 0, 'links': 2}
    """
    out = {"paper": 0, **{k.value: 0 for k in Kind}}
    for _, kind in G.nodes(data="kind"):
        out[kind] = out.get(kind, 0) + 1
    out["links"] = G.number_of_edges()
    return out


def alias_index(G: nx.Graph) -> dict[str, str]:
    """Every name of every entity, folded, -> the entity's node id.

    The names are the id, the id's slug, the label and the aliases. When two entities share
    a folded name, a vocabulary entity wins over a discovered one, then the smaller id.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.

    Returns
    -------
    dict
        Folded name -> entity node id.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2", kind="model", label="Llama 2", aliases=["LLaMA-2"], origin="vocabulary")
    >>> sorted(alias_index(G).items())
    [('llama2', 'model/llama-2'), ('modelllama2', 'model/llama-2')]
    """
    index: dict[str, str] = {}
    nodes = sorted(
        ((n, d) for n, d in G.nodes(data=True) if d.get("kind") != "paper"),
        key=lambda item: (item[1].get("origin") != "vocabulary", item[0]),
    )
    for node, data in nodes:
        for name in [node, node.split("/", 1)[-1], data.get("label", ""), *(data.get("aliases") or [])]:
            if name:
                index.setdefault(fold(name), node)
    return index


def find_entity(G: nx.Graph, name: str, *,
                index: Mapping[str, str] | Callable[[], Mapping[str, str]] | None = None) -> str:
    """The node id of the entity named ``name``: its id, label or any alias, in any case.

    Parameters
    ----------
    G : networkx graph
        The paper–entity graph.
    name : str
        The name to look up.
    index : dict or callable, optional
        :func:`alias_index` of ``G`` when the caller keeps one, or a function returning it
        (called only when ``name`` is not a node id); built otherwise.

    Returns
    -------
    str
        The entity's node id.

    Raises
    ------
    EntityNotFound
        (a KeyError) when nothing matches; ``suggestions`` lists up to five close labels.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("model/llama-2", kind="model", label="Llama 2", aliases=[])
    >>> find_entity(G, "LLaMA-2")
    'model/llama-2'
    >>> find_entity(G, "Llama 3")
    Traceback (most recent call last):
    ...
    paperkg.errors.EntityNotFound: no entity matches 'Llama 3'; close matches: Llama 2
    """
    if name in G and G.nodes[name].get("kind") != "paper":
        return name
    index = alias_index(G) if index is None else index() if callable(index) else index
    hit = index.get(fold(name))
    if hit is not None:
        return hit
    raise EntityNotFound(name, _close_matches(G, name, index))


def _close_matches(G: nx.Graph, name: str, index: Mapping[str, str]) -> list[str]:
    labels = {G.nodes[n]["label"] for n in set(index.values())}
    close = difflib.get_close_matches(name, sorted(labels), n=5, cutoff=0.6)
    key = fold(name)
    if not close:
        folded = {fold(label): label for label in labels}
        close = [folded[f] for f in difflib.get_close_matches(key, sorted(folded), n=5, cutoff=0.6)]
    if not close and len(key) >= 3:
        close = sorted(label for label in labels if key in fold(label))[:5]
    return close


def papers_mentioning(G: nx.DiGraph, entities: Iterable[str], *, role: str | Role | None = None) -> list[str]:
    """The papers mentioning any of ``entities``, in ``role`` when given.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entities : iterable of str
        Entity node ids (see :func:`find_entity`; :func:`~paperkg.graph.families.variants_of`
        adds an entity's variants).
    role : str, optional
        introduces, uses, evaluates_on, compares_with or mentions: a paper counts when any of
        its mentions of the entity has this role.

    Returns
    -------
    list of str
        Paper node ids, sorted.

    Raises
    ------
    QueryError
        For an unknown role.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_edge("paper/p1", "technique/lora", role="introduces")
    >>> G.add_edge("paper/p2", "technique/lora", role="uses")
    >>> papers_mentioning(G, ["technique/lora"]), papers_mentioning(G, ["technique/lora"], role="uses")
    (['paper/p1', 'paper/p2'], ['paper/p2'])
    """
    role = check_role(role)
    found = set()
    for entity in entities:
        for paper, _, data in G.in_edges(entity, data=True):
            if role is None or data.get("role") == role or any(e.get("role") == role
                                                               for e in data.get("evidence") or ()):
                found.add(paper)
    return sorted(found)


@dataclass(frozen=True)
class EntityInfo:
    """Everything about one entity (:func:`entity_info`); ``to_dict()`` for JSON.

    ``broader`` is its chain of families (nearest first), ``narrower`` its direct variants,
    ``papers_by_role`` the papers per role (strongest role of each paper's mentions; at most
    ``max_papers`` each, newest first), ``related`` its top co-mentioned entities and
    ``trend`` its papers per year.

    Examples
    --------
    >>> info = EntityInfo(id="technique/lora", label="LoRA", kind="technique", aliases=[], broader=[],
    ...                   narrower=[], origin="vocabulary", papers=1, mentions=2, roles={"uses": 1},
    ...                   papers_by_role={}, related=[], trend=[])
    >>> info.to_dict()["roles"]
    {'uses': 1}
    """

    id: str
    label: str
    kind: str
    aliases: list[str]
    broader: list[str]
    narrower: list[str]
    origin: str | None
    papers: int
    mentions: int
    roles: dict[str, int]
    papers_by_role: dict[str, list[dict[str, Any]]]
    related: list[dict[str, Any]]
    trend: list[dict[str, Any]]
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Everything as a plain dict (for JSON output)."""
        return asdict(self)


def entity_info(G: nx.DiGraph, entity: str, *, top: int = 10, max_papers: int = 20) -> EntityInfo:
    """Everything about one entity: aliases, family, papers by role, top related, trend.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entity : str
        An entity node id.
    top : int, default 10
        How many related entities (generic ones left out, as in :func:`related_entities`).
    max_papers : int, default 20
        How many papers per role, newest first.

    Returns
    -------
    EntityInfo

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_node("paper/p1", kind="paper", title="LoRA", date="2021-06-17")
    >>> G.add_node("technique/lora", kind="technique", label="LoRA", aliases=["low-rank adaptation"])
    >>> G.add_node("model/gpt-3", kind="model", label="GPT-3")
    >>> G.add_edge("paper/p1", "technique/lora", role="introduces", count=3)
    >>> G.add_edge("paper/p1", "model/gpt-3", role="uses", count=1)
    >>> info = entity_info(G, "technique/lora")
    >>> info.mentions, info.roles, [r["entity"] for r in info.related], info.trend[0]["period"]
    (3, {'introduces': 1}, ['GPT-3'], '2021')
    """
    data = G.nodes[entity]
    chain, up = [], data.get("broader")
    while up and up not in chain and up != entity:
        chain.append(up)
        up = G.nodes[up].get("broader") if up in G else None
    narrower = sorted(n for n, d in G.nodes(data=True) if d.get("broader") == entity)
    by_role: dict[str, list[tuple[str, str]]] = {}
    mentions = 0
    for paper, _, edge in G.in_edges(entity, data=True):
        by_role.setdefault(str(edge.get("role", "mentions")),
                           []).append((paper, str(G.nodes[paper].get("date") or "")))
        mentions += int(edge.get("count", 1) or 1)
    order = {r.value: i for i, r in enumerate(Role)}
    papers_by_role = {}
    for role in sorted(by_role, key=lambda r: order.get(r, len(order))):
        listed = sorted(by_role[role], key=lambda item: (item[1], item[0]), reverse=True)[:max_papers]
        papers_by_role[role] = [
            {"id": p, "title": G.nodes[p].get("title") or G.nodes[p].get("label"),
             "date": G.nodes[p].get("date"), "arxiv_id": G.nodes[p].get("arxiv_id")}
            for p, _ in listed
        ]
    skip = {"kind", "label", "aliases", "broader", "origin"}
    return EntityInfo(
        id=entity,
        label=str(data.get("label", entity)),
        kind=str(data.get("kind", "")),
        aliases=list(data.get("aliases") or []),
        broader=chain,
        narrower=narrower,
        origin=data.get("origin"),
        papers=G.in_degree(entity),
        mentions=mentions,
        roles={r: len(by_role[r]) for r in papers_by_role},
        papers_by_role=papers_by_role,
        related=related_entities(G, entity, top=top).to_dicts(),
        trend=trend(G, [entity], period="year").to_dicts(),
        attributes={k: v for k, v in data.items() if k not in skip and v is not None},
    )
