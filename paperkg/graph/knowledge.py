"""KnowledgeGraph: the Python API over the networkx graph, a thin facade.

It resolves entity names (any alias, any case), keeps views, scores and the alias index in a
cache, and calls the graph-first functions of :mod:`paperkg.graph`, which hold the
algorithms: :mod:`~paperkg.graph.entities` (lookup, papers by role, ``show``),
:mod:`~paperkg.graph.ranking`, :mod:`~paperkg.graph.related`, :mod:`~paperkg.graph.paths`,
:mod:`~paperkg.graph.communities`, :mod:`~paperkg.graph.trends` and
:mod:`~paperkg.graph.subgraphs`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from paperkg.graph.centrality import Scores
from paperkg.graph.communities import Community, communities
from paperkg.graph.entities import (
    EntityInfo,
    alias_index,
    entity_info,
    entity_nodes,
    find_entity,
    node_counts,
    paper_nodes,
    papers_mentioning,
)
from paperkg.graph.families import family_of, narrower_map, variants_of
from paperkg.graph.options import check_kind, check_role
from paperkg.graph.paths import PathHop, explain_path
from paperkg.graph.ranking import RankRow, rank_entities, scores_of, view_of
from paperkg.graph.related import RelatedRow, related_entities
from paperkg.graph.rows import Rows
from paperkg.graph.subgraphs import ego_graph, subgraph
from paperkg.graph.trends import TrendingRow, TrendRow, trend, trending
from paperkg.ingest.records import Kind, Role

if TYPE_CHECKING:
    import rdflib

__all__ = ["KnowledgeGraph"]


class KnowledgeGraph:
    """Papers linked to the models, datasets, techniques and languages they mention.

    Parameters
    ----------
    graph : networkx.DiGraph, optional
        The paper–entity graph (schema in :mod:`paperkg.graph.build`); default empty.

    Notes
    -----
    Entities are named by id, label or any alias, in any case. Query results are lists of
    typed rows (:class:`~paperkg.graph.rows.Rows`: ``.to_dicts()``, ``.to_pandas()``,
    ``.note``, ``.meta``). Views, scores and the alias index are cached; after changing
    ``graph`` in place call :meth:`clear_cache` (a change in node or edge count is noticed on
    its own).

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

        Parameters
        ----------
        links : iterable of tuples
            ``(paper, entity)`` or ``(paper, entity, role)``. Entity ids are
            ``<kind>/<slug>``; paper ids get the ``paper/`` prefix when they lack it.
        labels : dict, optional
            Node id -> label (default: an entity's slug with spaces, a paper's id).
        dates : dict, optional
            Paper id (without prefix) -> date.

        Returns
        -------
        KnowledgeGraph

        Examples
        --------
        >>> KnowledgeGraph.from_links([("p1", "model/llama-2"), ("p1", "dataset/mmlu", "evaluates_on")])
        <KnowledgeGraph papers=1 model=1 dataset=1 technique=0 language=0 links=2>
        """
        labels = labels or {}
        G = nx.DiGraph()
        for link in links:
            paper, entity = link[0], link[1]
            role = link[2] if len(link) > 2 else "mentions"  # type: ignore[misc]
            paper = paper if paper.startswith("paper/") else f"paper/{paper}"
            if paper not in G:
                date = (dates or {}).get(paper.removeprefix("paper/"))
                G.add_node(paper, kind="paper", label=labels.get(paper, paper),
                           title=labels.get(paper, paper), date=date)
            if entity not in G:
                kind = check_kind(entity.split("/", 1)[0])
                G.add_node(entity, kind=kind,
                           label=labels.get(entity, entity.split("/", 1)[-1].replace("-", " ")), aliases=[],
                           broader=None, origin="vocabulary")
            G.add_edge(paper, entity, role=role, count=1, confidence=1.0, evidence=[])
        return cls(G)

    # -- contents -----------------------------------------------------------------------
    @property
    def num_papers(self) -> int:
        """Number of paper nodes.

        Returns
        -------
        int

        Examples
        --------
        >>> KnowledgeGraph.from_links([("p1", "model/llama-2"), ("p2", "model/llama-2")]).num_papers
        2
        """
        return sum(1 for _, k in self.graph.nodes(data="kind") if k == "paper")

    def entities(self, kind: str | Kind | None = None) -> list[str]:
        """Entity node ids (of one kind), sorted.

        Parameters
        ----------
        kind : str, optional
            model, dataset, technique or language (default: every kind).

        Returns
        -------
        list of str
            See :func:`~paperkg.graph.entities.entity_nodes`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "model/llama-2"), ("p1", "dataset/mmlu")])
        >>> kg.entities(), kg.entities("model")
        (['dataset/mmlu', 'model/llama-2'], ['model/llama-2'])
        """
        return entity_nodes(self.graph, kind)

    def counts(self) -> dict[str, int]:
        """Node counts per kind and ``links`` (paper → entity edges).

        Returns
        -------
        dict
            See :func:`~paperkg.graph.entities.node_counts`.

        Examples
        --------
        >>> KnowledgeGraph.from_links([("p1", "model/llama-2"), ("p1", "dataset/mmlu")]).counts()
        {'paper': 1, 'model': 1, 'dataset': 1, 'technique': 0, 'language': 0, 'links': 2}
        """
        return node_counts(self.graph)

    def clear_cache(self) -> None:
        """Forget cached views, scores and the alias index (after editing ``graph`` in place).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "model/llama-2")])
        >>> kg.graph.nodes["model/llama-2"]["aliases"] = ["Llama Two"]
        >>> kg.clear_cache()
        >>> kg.entity("llama two")
        'model/llama-2'
        """
        self._cache.clear()

    def _stamp(self) -> tuple[int, int]:
        # number_of_edges() walks a Python-level degree view; summing adjacency sizes is C-fast
        adjacency = getattr(self.graph, "_adj", None)
        edges = sum(map(len, adjacency.values())) if isinstance(adjacency,
                                                                dict) else self.graph.number_of_edges()
        return len(self.graph), edges

    def _fresh_cache(self) -> dict[Any, Any]:
        """The cache, emptied first when the graph's node or edge count changed."""
        stamp = self._stamp()
        if stamp != self._cache_key:
            self.clear_cache()
            self._cache_key = stamp
        return self._cache

    def _cached(self, key: Any, make: Callable[[], Any]) -> Any:
        cache = self._fresh_cache()
        if key not in cache:
            cache[key] = make()
        return cache[key]

    def label(self, node: str) -> str:
        """The label of ``node``: its id when it has none or is not in the graph.

        Parameters
        ----------
        node : str
            A node id.

        Returns
        -------
        str

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora")])
        >>> kg.label("technique/lora"), kg.label("model/none")
        ('lora', 'model/none')
        """
        return str(self.graph.nodes[node].get("label", node)) if node in self.graph else node

    def entity(self, name: str) -> str:
        """The node id of the entity named ``name`` (id, label or any alias, any case).

        Parameters
        ----------
        name : str
            The name to look up.

        Returns
        -------
        str
            See :func:`~paperkg.graph.entities.find_entity`.

        Raises
        ------
        EntityNotFound
            (a KeyError) listing close matches when nothing matches.

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
        return find_entity(self.graph, name,
                           index=lambda: self._cached("aliases", lambda: alias_index(self.graph)))

    def _with_variants(self, node: str, narrower: bool) -> list[str]:
        if not narrower:
            return [node]
        return variants_of(self.graph, node,
                           narrower=self._cached("narrower", lambda: narrower_map(self.graph)))

    # -- views and centrality -------------------------------------------------------------
    def view(self, view: str = "papers", *, level: str = "variant", kind: str | Kind | None = None,
             min_support: int = 1) -> nx.Graph:
        """The graph of a view (cached; do not modify): ``"papers"`` or ``"comention"``.

        Parameters
        ----------
        view : {"papers", "comention"}
            The paper–entity graph, or the entity co-mention projection.
        level : {"variant", "family"}
            ``"family"`` folds variants into their top family.
        kind : str, optional
            Restrict the view to one kind.
        min_support : int, default 1
            Co-mention view: drop links seen in fewer papers.

        Returns
        -------
        networkx.Graph
            See :func:`~paperkg.graph.projections.view_graph`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "dataset/mmlu")])
        >>> sorted(kg.view("comention").edges(data="weight"))
        [('dataset/mmlu', 'technique/lora', 1)]
        """
        kinds = (check_kind(kind),) if kind is not None else None
        return view_of(self.graph, view, level=level, kinds=kinds, min_support=min_support,
                       cache=self._fresh_cache())

    def centrality(self, by: str = "pagerank", *, view: str = "papers", level: str = "variant",
                   kind: str | Kind | None = None, min_support: int = 1, across_kinds: bool = True,
                   k: int | None = None, seed: int = 0) -> Scores:
        """Scores of measure ``by`` for the nodes of a view (cached): ``.scores``, ``.note``.

        Parameters
        ----------
        by, view, level, kind, min_support, across_kinds, k, seed
            As in :meth:`rank`.

        Returns
        -------
        Scores
            See :func:`~paperkg.graph.centrality.centrality`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p2", "technique/lora")])
        >>> kg.centrality("degree").scores["technique/lora"]
        2.0
        """
        return scores_of(self.graph, by, kind=kind, view=view, level=level, min_support=min_support,
                         across_kinds=across_kinds, k=k, seed=seed, cache=self._fresh_cache())[1]

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
        include_generic: bool = False,
        language_type: str | None = None,
    ) -> Rows[RankRow]:
        """The ``top`` entities (of ``kind``) by centrality ``by``, best first.

        Parameters
        ----------
        kind, by, top
            An entity kind (None: all); a measure in
            :data:`~paperkg.graph.centrality.MEASURES`; how many rows (None: all).
        view, level, min_support, across_kinds, k, seed
            The view scored, and the sampled measures' pivots and seed.
        include_generic, language_type
            Also rank umbrella terms (hidden by default); only languages of this type.

        Every option is described in :func:`~paperkg.graph.ranking.rank_entities`, which
        this calls with the cache of views and scores.

        Returns
        -------
        Rows of RankRow
            ``rank``, ``entity`` (label), ``id``, ``kind``, ``score``, ``papers`` (and
            ``approximate`` when sampled); ``.note`` says how the scores were computed when
            it matters (sampling, Katz's alpha, generic entities hidden, scores that do not
            separate the entities).

        Raises
        ------
        QueryError
            For an unknown measure, kind, view, level or language type, or ``top`` below 1.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu"), ("p3", "model/mistral-7b")])
        >>> [(r.entity, r.papers) for r in kg.rank(kind="model", by="betweenness")]
        [('llama 2', 2), ('mistral 7b', 1)]
        >>> kg.rank(by="katz", top=1).note
        'Katz alpha=0.288675 (0.5/λmax, λmax=1.73205), beta=1'
        """
        return rank_entities(self.graph, kind=kind, by=by, top=top, view=view, level=level,
                             min_support=min_support, across_kinds=across_kinds, k=k, seed=seed,
                             include_generic=include_generic, language_type=language_type,
                             cache=self._fresh_cache())

    # -- queries ------------------------------------------------------------------------
    def papers(self, *, mentioning: str | None = None, role: str | Role | None = None,
               narrower: bool = False) -> list[str]:
        """Paper node ids, sorted; those mentioning an entity (in a role) when given.

        Parameters
        ----------
        mentioning : str, optional
            An entity name (any alias, any case).
        role : str, optional
            introduces, uses, evaluates_on, compares_with or mentions: a paper matches when
            any of its mentions of the entity has this role.
        narrower : bool, default False
            Also count papers that mention a variant of the entity (Llama 2 7B for Llama 2).

        Returns
        -------
        list of str

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora", "introduces"),
        ...                                 ("p2", "technique/lora", "uses")])
        >>> kg.papers(mentioning="LoRA"), kg.papers(mentioning="lora", role="uses")
        (['paper/p1', 'paper/p2'], ['paper/p2'])
        """
        role = check_role(role)
        if mentioning is None:
            return paper_nodes(self.graph)
        return papers_mentioning(self.graph, self._with_variants(self.entity(mentioning), narrower),
                                 role=role)

    def related(
        self,
        entity: str,
        *,
        kind: str | Kind | None = None,
        top: int | None = 10,
        min_support: int = 1,
        by: str = "support",
        include_generic: bool = False,
        language_type: str | None = None,
    ) -> Rows[RelatedRow]:
        """Entities co-mentioned with ``entity``: what goes together with it.

        Parameters
        ----------
        entity : str
            An entity name (any alias, any case).
        kind, top, min_support, by, include_generic, language_type
            As in :func:`~paperkg.graph.related.related_entities`.

        Returns
        -------
        Rows of RelatedRow

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "technique/lora"), ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> [(r.entity, r.support, r.jaccard) for r in kg.related("lora")]
        [('llama 2', 2, 1.0), ('mmlu', 1, 0.5)]
        >>> [r.entity for r in kg.related("lora", kind="dataset")]
        ['mmlu']
        """
        return related_entities(self.graph, self.entity(entity), kind=kind, top=top, min_support=min_support,
                                by=by, include_generic=include_generic, language_type=language_type)

    def path(self, a: str, b: str) -> Rows[PathHop]:
        """The shortest explanation path from entity ``a`` to ``b`` through papers, hop by hop.

        Parameters
        ----------
        a, b : str
            Entity names (any alias, any case).

        Returns
        -------
        Rows of PathHop
            See :func:`~paperkg.graph.paths.explain_path`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> [str(hop) for hop in kg.path("LoRA", "MMLU")]
        ['lora —mentions— [paper/p1] —mentions— llama 2', 'llama 2 —mentions— [paper/p2] —mentions— mmlu']
        """
        return explain_path(self.graph, self.entity(a), self.entity(b))

    def communities(self, *, view: str = "comention", level: str = "variant", min_support: int = 1,
                    resolution: float = 1.0, seed: int = 0, min_size: int = 2,
                    top: int = 5) -> Rows[Community]:
        """Research communities (seeded Louvain), largest first, each labelled by its top entities.

        Parameters
        ----------
        view, level, min_support, resolution, seed, min_size, top
            As in :func:`paperkg.graph.communities.communities` (the answer is cached).

        Returns
        -------
        Rows of Community

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "dataset/mmlu"), ("p2", "dataset/gsm8k")])
        >>> [c.label for c in kg.communities()]
        ['gsm8k, mmlu', 'llama 2, lora']
        """
        key = ("communities", view, level, min_support, resolution, seed, min_size, top)
        return self._cached(key, lambda: communities(self.graph, view=view, level=level,
                                                      min_support=min_support, resolution=resolution,
                                                      seed=seed, min_size=min_size, top=top))

    def trend(self, entity: str, *, period: str = "year", narrower: bool = False) -> Rows[TrendRow]:
        """Papers mentioning ``entity`` per period.

        Parameters
        ----------
        entity : str
            An entity name (any alias, any case).
        period : {"year", "quarter", "month"}
            The granularity.
        narrower : bool, default False
            Also count papers that mention a variant of the entity.

        Returns
        -------
        Rows of TrendRow
            See :func:`~paperkg.graph.trends.trend`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p2", "technique/lora"),
        ...                                 ("p3", "dataset/mmlu")],
        ...                                dates={"p1": "2023-05-01", "p2": "2024-01-09", "p3": "2024-02-10"})
        >>> [(r.period, r.papers, r.share) for r in kg.trend("LoRA")]
        [('2023', 1, 1.0), ('2024', 1, 0.5)]
        """
        return trend(self.graph, self._with_variants(self.entity(entity), narrower), period=period)

    def trending(self, *, kind: str | Kind | None = None, period: str = "year", top: int = 10,
                 level: str = "variant") -> Rows[TrendingRow]:
        """The top entities of each period, with the change in share: how attention shifted.

        Parameters
        ----------
        kind, period, top, level
            As in :func:`~paperkg.graph.trends.trending`.

        Returns
        -------
        Rows of TrendingRow

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p2", "dataset/mmlu")],
        ...                                dates={"p1": "2023-05-01", "p2": "2024-01-09"})
        >>> [(r.period, r.entity) for r in kg.trending(top=1)]
        [('2023', 'lora'), ('2024', 'mmlu')]
        """
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
        language_type: str | None = None,
    ) -> KnowledgeGraph:
        """A new KnowledgeGraph (a copy) of some papers and the entities they mention.

        Parameters
        ----------
        entities : iterable of str, optional
            Keep the papers mentioning any of these entities (names or aliases).
        kind : str or iterable of str, optional
            Keep only entities of this kind (or these kinds).
        papers : iterable of str, optional
            Keep only these paper ids.
        since, until : str, optional
            Keep only papers dated within these periods (``"2024"``, ``"2024-03"``; inclusive).
        narrower : bool, default False
            ``entities`` also match their variants (Llama 2 7B for Llama 2).
        language_type : {"natural", "programming"}, optional
            Keep only the languages of this type.

        Returns
        -------
        KnowledgeGraph
            A copy; the entities keep their families. See
            :func:`~paperkg.graph.subgraphs.subgraph`.

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
        ids = None
        if entities is not None:
            ids = [v for name in entities for v in self._with_variants(self.entity(name), narrower)]
        return KnowledgeGraph(subgraph(self.graph, entities=ids, kind=kind, papers=papers, since=since,
                                       until=until, language_type=language_type))

    def ego(self, entity: str, *, radius: int = 1) -> KnowledgeGraph:
        """The ego network of ``entity`` as a new KnowledgeGraph: it, its papers, their entities.

        Parameters
        ----------
        entity : str
            An entity name (any alias, any case).
        radius : int, default 1
            Entity-to-entity hops (each through a paper).

        Returns
        -------
        KnowledgeGraph
            A copy; see :func:`~paperkg.graph.subgraphs.ego_graph`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora"), ("p1", "model/llama-2"),
        ...     ("p2", "model/llama-2"), ("p2", "dataset/mmlu")])
        >>> kg.ego("lora").entities(), kg.ego("lora", radius=2).num_papers
        (['model/llama-2', 'technique/lora'], 2)
        """
        return KnowledgeGraph(ego_graph(self.graph, self.entity(entity), radius=radius))

    def show(self, entity: str, *, top: int = 10, max_papers: int = 20) -> EntityInfo:
        """Everything about one entity: aliases, family, papers by role, top related, trend.

        Parameters
        ----------
        entity : str
            An entity name (any alias, any case).
        top : int, default 10
            How many related entities.
        max_papers : int, default 20
            How many papers per role, newest first.

        Returns
        -------
        EntityInfo
            See :func:`~paperkg.graph.entities.entity_info`.

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "technique/lora", "introduces"), ("p1", "model/llama-2"),
        ...     ("p2", "technique/lora", "uses")])
        >>> info = kg.show("LoRA")
        >>> info.papers, info.roles, [r["entity"] for r in info.related]
        (2, {'introduces': 1, 'uses': 1}, ['llama 2'])
        """
        return entity_info(self.graph, self.entity(entity), top=top, max_papers=max_papers)

    def family(self, entity: str) -> str:
        """The top family of an entity (itself when it has no ``broader``).

        Parameters
        ----------
        entity : str
            An entity name (any alias, any case).

        Returns
        -------
        str
            The family's node id (see :func:`~paperkg.graph.families.family_of`).

        Examples
        --------
        >>> kg = KnowledgeGraph.from_links([("p1", "model/llama-2-7b")])
        >>> kg.graph.nodes["model/llama-2-7b"]["broader"] = "model/llama-2"
        >>> kg.family("llama 2 7b")
        'model/llama-2'
        """
        return family_of(self.graph, self.entity(entity))

    # -- exports ------------------------------------------------------------------------
    def to_rdf(self) -> rdflib.Graph:
        """The graph as RDF under the paperkg ontology.

        Returns
        -------
        rdflib.Graph

        Examples
        --------
        >>> len(KnowledgeGraph.from_links([("p1", "model/llama-2")]).to_rdf()) > 0
        True
        """
        from paperkg.exports.turtle import to_rdf

        return to_rdf(self.graph)

    def write(self, path: str | Path, *, format: str | None = None, **options: Any) -> Path:
        """Write an export; the format comes from ``format`` or the file suffix (.ttl, .html, .graphml, ...).

        Parameters
        ----------
        path : str or Path
            The file to write (written whole or not at all).
        format : str, optional
            The export format (default: from the suffix).
        **options
            The exporter's options (the HTML view's ``max_nodes``, ``focus``...).

        Returns
        -------
        pathlib.Path
            The file written.

        Examples
        --------
        >>> import tempfile
        >>> kg = KnowledgeGraph.from_links([("p1", "model/llama-2")])
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     path = kg.write(Path(tmp) / "graph.ttl")
        ...     "rdfs:label" in path.read_text(encoding="utf-8")
        True
        """
        from paperkg.exports import write

        return write(self.graph, Path(path), format=format, **options)

    def __repr__(self) -> str:
        counts = self.counts()
        return (f"<KnowledgeGraph papers={counts.pop('paper')} "
                + " ".join(f"{k}={v}" for k, v in counts.items()) + ">")
