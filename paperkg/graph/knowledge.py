"""KnowledgeGraph: the Python API over the networkx graph (lookup, ranking, queries, exports)."""

from __future__ import annotations

import copy
import difflib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from paperkg.errors import EntityNotFound, QueryError
from paperkg.graph.centrality import RankRow, Scores, centrality, entity_nodes, rank_view
from paperkg.graph.communities import Community, communities
from paperkg.graph.paths import PathHop, ego_nodes, explain_path
from paperkg.graph.projections import Rows, check_choice, check_kind, family_map, family_of, view_graph
from paperkg.graph.trends import TrendingRow, TrendRow, paper_period, trend, trending
from paperkg.ingest.records import Kind, Role, normalize_title

if TYPE_CHECKING:
    import rdflib

__all__ = ["KnowledgeGraph", "RelatedRow", "EntityInfo"]


def _fold(name: str) -> str:
    """Alias lookup key: case and separators folded ("LLaMA-2" == "llama 2" == "Llama2")."""
    return normalize_title(name).replace(" ", "")


@dataclass(frozen=True, slots=True)
class RelatedRow:
    """An entity co-mentioned with the queried one.

    ``support`` counts the papers mentioning both, ``papers`` those mentioning this one, and
    ``jaccard`` is ``support / |papers of either|``.
    """

    rank: int
    entity: str
    id: str
    kind: str
    support: int
    papers: int
    jaccard: float

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output)."""
        return asdict(self)


@dataclass(frozen=True)
class EntityInfo:
    """Everything about one entity (``KnowledgeGraph.show``); ``to_dict()`` for JSON.

    ``broader`` is its chain of families (nearest first), ``narrower`` its direct variants,
    ``papers_by_role`` the papers per role (strongest role of each paper's mentions; at most
    ``max_papers`` each, newest first), ``related`` its top co-mentioned entities and
    ``trend`` its papers per year.
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


class KnowledgeGraph:
    """Papers linked to the models, datasets, techniques and languages they mention.

    ``graph`` is the networkx ``DiGraph`` (schema in :mod:`paperkg.graph.build`). Entities are
    named by id, label or any alias, in any case. Query results are lists of typed rows
    (``Rows``: ``.to_dicts()``, ``.to_pandas()``, ``.note``). Views and scores are cached;
    after changing ``graph`` in place call :meth:`clear_cache` (a change in node or edge
    count is noticed on its own).

    Examples
    --------
    >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora", "introduces"), ("p1", "model/llama-2"),
    ...                                 ("p2", "model/llama-2", "uses"), ("p2", "dataset/mmlu")])
    >>> kg.entity("LLAMA 2")
    'model/llama-2'
    >>> [(r.entity, r.score) for r in kg.rank(kind="model", by="degree")]
    [('llama 2', 2.0)]
    """

    def __init__(self, graph: nx.DiGraph | None = None) -> None:
        self.graph: nx.DiGraph = graph if graph is not None else nx.DiGraph()
        self._cache: dict[Any, Any] = {}
        self._cache_key: tuple[int, int] | None = None

    @classmethod
    def from_links(
        cls,
        links: Iterable[tuple[str, str] | tuple[str, str, str]],
        *,
        labels: dict[str, str] | None = None,
        dates: dict[str, str] | None = None,
    ) -> KnowledgeGraph:
        """A small graph from ``(paper, entity[, role])`` links (for examples and tests).

        Entity ids are ``<kind>/<slug>``; the label defaults to the slug with spaces. Paper
        ids get the ``paper/`` prefix when they lack it.
        """
        labels = labels or {}
        G = nx.DiGraph()
        for link in links:
            paper, entity = link[0], link[1]
            role = link[2] if len(link) > 2 else "mentions"  # type: ignore[misc]
            paper = paper if paper.startswith("paper/") else f"paper/{paper}"
            if paper not in G:
                date = (dates or {}).get(paper.removeprefix("paper/"))
                G.add_node(paper, kind="paper", label=labels.get(paper, paper), title=labels.get(paper, paper), date=date)
            if entity not in G:
                kind = check_kind(entity.split("/", 1)[0])
                G.add_node(entity, kind=kind, label=labels.get(entity, entity.split("/", 1)[-1].replace("-", " ")),
                           aliases=[], broader=None, origin="vocabulary")
            G.add_edge(paper, entity, role=role, count=1, confidence=1.0, evidence=[])
        return cls(G)

    # -- contents -----------------------------------------------------------------------
    @property
    def num_papers(self) -> int:
        """Number of paper nodes."""
        return sum(1 for _, k in self.graph.nodes(data="kind") if k == "paper")

    def entities(self, kind: str | Kind | None = None) -> list[str]:
        """Entity node ids (of one kind), sorted."""
        return entity_nodes(self.graph, kind)

    def counts(self) -> dict[str, int]:
        """Node counts: ``paper`` and each entity kind, plus ``links`` (paper→entity edges)."""
        out = {"paper": 0, **{k.value: 0 for k in Kind}}
        for _, kind in self.graph.nodes(data="kind"):
            out[kind] = out.get(kind, 0) + 1
        out["links"] = self.graph.number_of_edges()
        return out

    def clear_cache(self) -> None:
        """Forget cached views, scores and the alias index (after editing ``graph`` in place)."""
        self._cache.clear()

    def _stamp(self) -> tuple[int, int]:
        # number_of_edges() walks a Python-level degree view; summing adjacency sizes is C-fast
        adjacency = getattr(self.graph, "_adj", None)
        edges = sum(map(len, adjacency.values())) if isinstance(adjacency, dict) else self.graph.number_of_edges()
        return len(self.graph), edges

    def _cached(self, key: Any, make: Callable[[], Any]) -> Any:
        stamp = self._stamp()
        if stamp != self._cache_key:
            self.clear_cache()
            self._cache_key = stamp
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def _aliases(self) -> dict[str, str]:
        return self._cached("aliases", self._alias_index_now)

    def _alias_index_now(self) -> dict[str, str]:
        index: dict[str, str] = {}
        # Vocabulary entities first so that they win a collision with a discovered one.
        nodes = sorted(
            ((n, d) for n, d in self.graph.nodes(data=True) if d.get("kind") != "paper"),
            key=lambda item: (item[1].get("origin") != "vocabulary", item[0]),
        )
        for node, data in nodes:
            for name in [node, node.split("/", 1)[-1], data.get("label", ""), *(data.get("aliases") or [])]:
                if name:
                    index.setdefault(_fold(name), node)
        return index

    def entity(self, name: str) -> str:
        """The node id of the entity named ``name`` (id, label or any alias, any case).

        Raises EntityNotFound (a KeyError) listing close matches when nothing matches.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "model/llama-2")], labels={"model/llama-2": "Llama 2"})
        >>> kg.entity("LLaMA-2")
        'model/llama-2'
        >>> kg.entity("Llama 3")
        Traceback (most recent call last):
        ...
        paperkg.errors.EntityNotFound: no entity matches 'Llama 3'; close matches: Llama 2
        """
        if name in self.graph and self.graph.nodes[name].get("kind") != "paper":
            return name
        index = self._aliases()
        hit = index.get(_fold(name))
        if hit is not None:
            return hit
        labels = {self.graph.nodes[n]["label"] for n in set(index.values())}
        close = difflib.get_close_matches(name, sorted(labels), n=5, cutoff=0.6)
        if not close:
            folded = {_fold(label): label for label in labels}
            close = [folded[f] for f in difflib.get_close_matches(_fold(name), sorted(folded), n=5, cutoff=0.6)]
        if not close and len(_fold(name)) >= 3:
            key = _fold(name)
            close = sorted(label for label in labels if key in _fold(label))[:5]
        raise EntityNotFound(name, close)

    def _label(self, node: str) -> str:
        return str(self.graph.nodes[node].get("label", node)) if node in self.graph else node

    # -- views and centrality -------------------------------------------------------------
    def view(self, view: str = "papers", *, level: str = "variant", kind: str | Kind | None = None,
             min_support: int = 1) -> nx.Graph:
        """The graph of a view (cached; do not modify): ``"papers"`` or ``"comention"``.

        ``kind`` restricts the co-mention projection to one kind. See
        :mod:`paperkg.graph.projections`.
        """
        check_choice(view, ("papers", "comention"), "view")
        kinds = (check_kind(kind),) if kind is not None else None
        key = ("view", view, level, kinds, min_support if view == "comention" else 1)
        return self._cached(key, lambda: view_graph(self.graph, view, level=level, kinds=kinds, min_support=min_support))

    def centrality(self, by: str = "pagerank", *, view: str = "papers", level: str = "variant",
                   kind: str | Kind | None = None, min_support: int = 1, across_kinds: bool = True,
                   k: int | None = None, seed: int = 0) -> Scores:
        """Scores of measure ``by`` for the nodes of a view (cached); ``.scores``, ``.note``."""
        kind = check_kind(kind, papers=view == "papers")
        projected = kind if (view == "comention" and not across_kinds) else None
        H = self.view(view, level=level, kind=projected, min_support=min_support)
        targets = None
        if by in ("closeness", "harmonic"):
            targets = tuple(sorted(n for n, kd in H.nodes(data="kind") if (kd == kind if kind else kd != "paper")))
        key = ("scores", by, view, level, projected, min_support, k, seed, targets)
        return self._cached(key, lambda: centrality(H, by, nodes=targets, k=k, seed=seed))

    def rank(
        self,
        *,
        kind: str | Kind | None = None,
        by: str = "pagerank",
        top: int | None = 10,
        view: str = "papers",
        level: str = "variant",
        min_support: int = 1,
        across_kinds: bool = True,
        k: int | None = None,
        seed: int = 0,
    ) -> Rows[RankRow]:
        """The ``top`` entities (of ``kind``) by centrality ``by``, best first.

        Parameters
        ----------
        kind : model, dataset, technique, language (``paper`` on the papers view), None: all.
        by : degree, weighted-degree, pagerank, betweenness, eigenvector, closeness, harmonic,
            hits (authority), hubs, katz (see :mod:`paperkg.graph.centrality`).
        top : number of rows (None: all).
        view : ``"papers"`` (paper–entity graph) or ``"comention"`` (entity projection).
        level : ``"variant"``, or ``"family"`` to fold variants into their top family.
        min_support : co-mention view: drop links seen in fewer papers.
        across_kinds : co-mention view: project over all kinds, or only ``kind`` (False).
        k, seed : pivots and seed of the sampled measures (default: exact while affordable).

        Returns
        -------
        Rows of RankRow: ``rank``, ``entity`` (label), ``id``, ``kind``, ``score``,
        ``papers``, ``approximate``; ``.note`` says how the scores were computed when it
        matters (sampling, Katz's alpha, ...).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu"), ("p3", "model/mistral-7b")])
        >>> [(r.entity, r.papers) for r in kg.rank(kind="model", by="betweenness")]
        [('llama 2', 2), ('mistral 7b', 1)]
        >>> kg.rank(by="katz", top=1).note
        'Katz alpha=0.288675 (0.5/λmax, λmax=1.73205), beta=1'
        """
        kind = check_kind(kind, papers=view == "papers")
        scores = self.centrality(by, view=view, level=level, kind=kind, min_support=min_support,
                                 across_kinds=across_kinds, k=k, seed=seed)
        projected = kind if (view == "comention" and not across_kinds) else None
        H = self.view(view, level=level, kind=projected, min_support=min_support)
        rows = rank_view(H, scores, kind=kind, top=top)
        rows.meta.update(measure=by, view=view, level=level)
        return rows

    # -- queries ------------------------------------------------------------------------
    def _family_members(self, node: str) -> list[str]:
        fam = self._cached("families", lambda: family_map(self.graph))
        top = fam.get(node, node)
        down = {node}
        changed = True
        while changed:  # the entities below ``node`` in the hierarchy
            changed = False
            for n, f in fam.items():
                if f == top and n not in down and self.graph.nodes[n].get("broader") in down:
                    down.add(n)
                    changed = True
        return sorted(down)

    def papers(self, *, mentioning: str | None = None, role: str | Role | None = None,
               narrower: bool = False) -> list[str]:
        """Paper node ids, sorted; those mentioning an entity (in a role) when given.

        ``role`` matches a paper when any of its mentions of the entity has that role
        (introduces, uses, evaluates_on, compares_with, mentions). ``narrower`` also counts
        papers that mention a variant of the entity (Llama 2 7B for Llama 2).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora", "introduces"), ("p2", "technique/lora", "uses")])
        >>> kg.papers(mentioning="LoRA"), kg.papers(mentioning="lora", role="uses")
        (['paper/p1', 'paper/p2'], ['paper/p2'])
        """
        if role is not None:
            try:
                role = Role(role).value
            except ValueError:
                raise QueryError(f"unknown role {role!r}; known: {', '.join(r.value for r in Role)}") from None
        if mentioning is None:
            return sorted(n for n, k in self.graph.nodes(data="kind") if k == "paper")
        node = self.entity(mentioning)
        nodes = self._family_members(node) if narrower else [node]
        found = set()
        for entity in nodes:
            for paper, _, data in self.graph.in_edges(entity, data=True):
                if role is None or data.get("role") == role or any(e.get("role") == role for e in data.get("evidence") or ()):
                    found.add(paper)
        return sorted(found)

    def related(
        self,
        entity: str,
        *,
        kind: str | Kind | None = None,
        top: int | None = 10,
        min_support: int = 1,
        by: str = "support",
    ) -> Rows[RelatedRow]:
        """Entities co-mentioned with ``entity``: what goes together with it.

        Rows (``entity``, ``id``, ``kind``, ``support`` = papers mentioning both, ``papers``,
        ``jaccard``), ordered by ``by`` (``"support"`` or ``"jaccard"``; the other breaks ties).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "technique/lora"), ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> [(r.entity, r.support, r.jaccard) for r in kg.related("lora")]
        [('llama 2', 2, 1.0), ('mmlu', 1, 0.5)]
        >>> [r.entity for r in kg.related("lora", kind="dataset")]
        ['mmlu']
        """
        check_choice(by, ("support", "jaccard"), "order")
        kind = check_kind(kind)
        node = self.entity(entity)
        G = self.graph
        mine = {p for p in G.predecessors(node)}
        counts: Counter[str] = Counter()
        for paper in mine:
            for other in G.successors(paper):
                if other != node and (kind is None or G.nodes[other].get("kind") == kind):
                    counts[other] += 1
        rows = []
        for other, support in counts.items():
            if support < min_support:
                continue
            theirs = G.in_degree(other)
            jaccard = support / (len(mine) + theirs - support)
            rows.append((other, support, theirs, round(jaccard, 6)))
        if by == "support":
            rows.sort(key=lambda r: (-r[1], -r[3], self._label(r[0]), r[0]))
        else:
            rows.sort(key=lambda r: (-r[3], -r[1], self._label(r[0]), r[0]))
        if top is not None:
            rows = rows[:top]
        return Rows(
            [RelatedRow(i, self._label(o), o, G.nodes[o].get("kind", ""), s, p, j) for i, (o, s, p, j) in enumerate(rows, 1)]
        )

    def path(self, a: str, b: str) -> Rows[PathHop]:
        """The shortest explanation path from entity ``a`` to ``b`` through papers, hop by hop.

        Each PathHop names a paper, the two entities it mentions, their roles and evidence
        sentences; no path gives no rows (``.note`` says why).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> [str(hop) for hop in kg.path("LoRA", "MMLU")]
        ['lora —mentions— [paper/p1] —mentions— llama 2', 'llama 2 —mentions— [paper/p2] —mentions— mmlu']
        """
        return explain_path(self.graph, self.entity(a), self.entity(b))

    def communities(self, *, view: str = "comention", level: str = "variant", min_support: int = 1,
                    resolution: float = 1.0, seed: int = 0, min_size: int = 2, top: int = 5) -> Rows[Community]:
        """Research communities (seeded Louvain), largest first, each labelled by its top entities.

        See :func:`paperkg.graph.communities.communities` for the parameters.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "dataset/mmlu"), ("p2", "dataset/gsm8k")])
        >>> [c.label for c in kg.communities()]
        ['gsm8k, mmlu', 'llama 2, lora']
        """
        key = ("communities", view, level, min_support, resolution, seed, min_size, top)
        return self._cached(key, lambda: communities(self.graph, view=view, level=level, min_support=min_support,
                                                      resolution=resolution, seed=seed, min_size=min_size, top=top))

    def trend(self, entity: str, *, period: str = "year", narrower: bool = False) -> Rows[TrendRow]:
        """Papers mentioning ``entity`` per period (year, quarter or month) where papers are dated.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p2", "technique/lora"), ("p3", "dataset/mmlu")],
        ...                                dates={"p1": "2023-05-01", "p2": "2024-01-09", "p3": "2024-02-10"})
        >>> [(r.period, r.papers, r.share) for r in kg.trend("LoRA")]
        [('2023', 1, 1.0), ('2024', 1, 0.5)]
        """
        node = self.entity(entity)
        return trend(self.graph, self._family_members(node) if narrower else [node], period=period)

    def trending(self, *, kind: str | Kind | None = None, period: str = "year", top: int = 10,
                 level: str = "variant") -> Rows[TrendingRow]:
        """The top entities of each period, with the change in share: how attention shifted."""
        return trending(self.graph, kind=check_kind(kind), period=period, top=top, level=level)

    def subgraph(
        self,
        *,
        entities: Iterable[str] | None = None,
        kind: str | Kind | Iterable[str] | None = None,
        papers: Iterable[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        narrower: bool = False,
    ) -> KnowledgeGraph:
        """A new KnowledgeGraph (a copy) of some papers and the entities they mention.

        Papers: those mentioning any of ``entities`` (names or aliases; with ``narrower``, or
        a variant of them), among ``papers`` (ids) when given, dated within ``since``..``until``
        (``"2024"``, ``"2024-03"``; inclusive; undated papers drop out) when given. Entities:
        those the kept papers mention, of ``kind`` (one kind or several) when given, with
        their families. A paper left with no entity by the ``kind`` filter drops out.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu"), ("p3", "dataset/gsm8k")])
        >>> sub = kg.subgraph(entities=["Llama 2"], kind="model")
        >>> sub.num_papers, sub.entities()
        (2, ['model/llama-2'])
        >>> kg.subgraph(entities=["mmlu"]).entities()
        ['dataset/mmlu', 'model/llama-2']
        """
        G = self.graph
        if kind is None:
            kinds = None
        elif isinstance(kind, str):
            kinds = {check_kind(kind)}
        else:
            kinds = {check_kind(k) for k in kind}
        chosen = {n for n, k in G.nodes(data="kind") if k == "paper"}
        if entities is not None:
            wanted = set()
            for name in entities:
                node = self.entity(name)
                wanted.update(self._family_members(node) if narrower else [node])
            chosen = {p for e in wanted for p in G.predecessors(e)}
        if papers is not None:
            chosen &= set(papers)
        if since is not None or until is not None:
            chosen = {p for p in chosen if _within(G.nodes[p], since, until)}
        keep_entities: set[str] = set()
        keep_papers = set()
        for paper in chosen:
            linked = [e for e in G.successors(paper) if kinds is None or G.nodes[e].get("kind") in kinds]
            if linked or kinds is None or G.out_degree(paper) == 0:
                keep_papers.add(paper)
                keep_entities.update(linked)
        return self._copy(keep_papers | keep_entities)

    def _copy(self, nodes: set[str]) -> KnowledgeGraph:
        G = self.graph
        for entity in [n for n in nodes if G.nodes[n].get("kind") != "paper"]:
            up = G.nodes[entity].get("broader")
            while up and up in G and up not in nodes:
                nodes.add(up)
                up = G.nodes[up].get("broader")
        H = G.subgraph(nodes)
        out = nx.DiGraph()
        out.graph.update(copy.deepcopy(G.graph))
        out.add_nodes_from((n, copy.deepcopy(d)) for n, d in H.nodes(data=True))
        out.add_edges_from((u, v, copy.deepcopy(d)) for u, v, d in H.edges(data=True))
        return KnowledgeGraph(out)

    def ego(self, entity: str, *, radius: int = 1) -> KnowledgeGraph:
        """The ego network of ``entity`` as a new KnowledgeGraph: it, its papers, their entities.

        ``radius`` counts entity-to-entity hops (each through a paper).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> kg.ego("lora").entities(), kg.ego("lora", radius=2).num_papers
        (['model/llama-2', 'technique/lora'], 2)
        """
        return self._copy(ego_nodes(self.graph, self.entity(entity), radius=radius))

    def show(self, entity: str, *, top: int = 10, max_papers: int = 20) -> EntityInfo:
        """Everything about one entity: aliases, family, papers by role, top related, trend.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora", "introduces"), ("p1", "model/llama-2"),
        ...     ("p2", "technique/lora", "uses")])
        >>> info = kg.show("LoRA")
        >>> info.papers, info.roles, [r["entity"] for r in info.related]
        (2, {'introduces': 1, 'uses': 1}, ['llama 2'])
        """
        node = self.entity(entity)
        G = self.graph
        data = G.nodes[node]
        chain, up = [], data.get("broader")
        while up and up not in chain and up != node:
            chain.append(up)
            up = G.nodes[up].get("broader") if up in G else None
        narrower = sorted(n for n, d in G.nodes(data=True) if d.get("broader") == node)
        by_role: dict[str, list[tuple[str, str]]] = {}
        mentions = 0
        for paper, _, edge in G.in_edges(node, data=True):
            by_role.setdefault(str(edge.get("role", "mentions")), []).append((paper, str(G.nodes[paper].get("date") or "")))
            mentions += int(edge.get("count", 1) or 1)
        order = {r.value: i for i, r in enumerate(Role)}
        papers_by_role = {}
        for role in sorted(by_role, key=lambda r: order.get(r, len(order))):
            listed = sorted(by_role[role], key=lambda item: (item[1], item[0]), reverse=True)[:max_papers]
            papers_by_role[role] = [
                {"id": p, "title": G.nodes[p].get("title") or G.nodes[p].get("label"), "date": G.nodes[p].get("date"),
                 "arxiv_id": G.nodes[p].get("arxiv_id")}
                for p, _ in listed
            ]
        skip = {"kind", "label", "aliases", "broader", "origin"}
        return EntityInfo(
            id=node,
            label=str(data.get("label", node)),
            kind=str(data.get("kind", "")),
            aliases=list(data.get("aliases") or []),
            broader=chain,
            narrower=narrower,
            origin=data.get("origin"),
            papers=G.in_degree(node),
            mentions=mentions,
            roles={r: len(by_role[r]) for r in papers_by_role},
            papers_by_role=papers_by_role,
            related=self.related(node, top=top).to_dicts(),
            trend=trend(G, [node], period="year").to_dicts(),
            attributes={k: v for k, v in data.items() if k not in skip and v is not None},
        )

    def family(self, entity: str) -> str:
        """The top family of an entity (itself when it has no ``broader``)."""
        return family_of(self.graph, self.entity(entity))

    # -- exports ------------------------------------------------------------------------
    def to_rdf(self) -> rdflib.Graph:
        """The graph as RDF under the paperkg ontology (an rdflib Graph)."""
        from paperkg.exports.turtle import to_rdf

        return to_rdf(self.graph)

    def write(self, path: str | Path, *, format: str | None = None, **options: Any) -> Path:
        """Write an export; the format comes from ``format`` or the file suffix (.ttl, .html, .graphml, ...)."""
        from paperkg.exports import write

        return write(self.graph, Path(path), format=format, **options)

    def __repr__(self) -> str:
        counts = self.counts()
        return f"<KnowledgeGraph papers={counts.pop('paper')} " + " ".join(f"{k}={v}" for k, v in counts.items()) + ">"


def _within(data: dict, since: str | None, until: str | None) -> bool:
    when = paper_period(data, "month") or paper_period(data, "year")
    if when is None:
        return False
    if since is not None and when[: len(since)] < since[: len(when)]:
        return False
    if until is not None and when[: len(until)] > until[: len(when)]:
        return False
    return True
