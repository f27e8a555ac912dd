"""Ranking entities by centrality: the one ranking behind ``KnowledgeGraph.rank``, the CLI's
``rank`` and the HTML view's node cap.

A ranking builds a view of the graph (:mod:`paperkg.graph.projections`), scores it with a
measure from :data:`paperkg.graph.centrality.MEASURES`, and lists the entities best first
(ties by label, then id). Umbrella terms (``generic=True``) are hidden unless asked for, and
languages can be narrowed to one ``language_type``; the rows' note says what was hidden,
whether the scores were sampled, and when they do not separate the entities at all.
"""

from __future__ import annotations

import math
from collections.abc import Callable, MutableMapping
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import networkx as nx

from paperkg.graph.centrality import Scores, centrality
from paperkg.graph.options import (
    VIEWS,
    check_choice,
    check_kind,
    check_language_type,
    check_top,
    filter_note,
    hidden_by,
)
from paperkg.graph.projections import view_graph
from paperkg.graph.rows import Rows, first_shown, join_notes
from paperkg.ingest.records import Kind

__all__ = ["RankRow", "Ranking", "view_of", "scores_of", "rank_entities", "ranking_of"]


@dataclass(frozen=True, slots=True)
class RankRow:
    """One ranked entity: ``entity`` is its label, ``id`` its node id.

    ``papers`` is the number of papers mentioning it (at family level: any of its variants);
    ``approximate`` is True when the score is an estimate (sampled pivots, no convergence).
    ``to_dict()`` has an ``approximate`` key only then, so that a column shows only when it
    says something.

    Examples
    --------
    >>> RankRow(1, "LoRA", "technique/lora", "technique", 0.5, 12).to_dict()
    {'rank': 1, 'entity': 'LoRA', 'id': 'technique/lora', 'kind': 'technique', 'score': 0.5, 'papers': 12}
    >>> RankRow(1, "LoRA", "technique/lora", "technique", 0.5, 12, approximate=True).to_dict()["approximate"]
    True
    """

    rank: int
    entity: str
    id: str
    kind: str
    score: float
    papers: int
    approximate: bool = False

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output); ``approximate`` only when True."""
        out = asdict(self)
        if not self.approximate:
            del out["approximate"]
        return out


@dataclass
class Ranking:
    """A ranking before its ``top`` cut: every candidate best first, and the filter hiding each.

    :func:`rank_entities` is ``ranking_of(...).rows(top)``; a ranking kept elsewhere (the store
    keeps each kind's at build time) is cut the same way, notes and all.

    Attributes
    ----------
    candidates : sequence of RankRow
        Best first (``rank`` 0 until cut); those a filter hides included.
    hidden : dict
        Candidate id -> the filter that hides it (``"generic"``).
    note : str or None
        How the scores were computed (sampling, Katz's alpha).
    spread : str or None
        The note when no candidate is visible or the visible ones all score the same (else the
        cut rows are checked for trailing zeros).
    approximate : bool
        Sampled scores.
    meta : dict
        The options answered (``measure``, ``view``, ...), for the rows' ``.meta``.
    complete : bool
        False when ``candidates`` is a prefix: then only cuts within it can be made.

    Examples
    --------
    >>> rows = [RankRow(0, "LoRA", "technique/lora", "technique", 2.0, 2),
    ...         RankRow(0, "attention", "technique/attention", "technique", 1.0, 1)]
    >>> ranking = Ranking(rows, {"technique/attention": "generic"}, None, None, False, {"measure": "degree"})
    >>> cut = ranking.rows(5)
    >>> [(r.rank, r.entity) for r in cut], cut.note
    ([(1, 'LoRA')], '1 generic entity hidden (include_generic=True, or --include-generic, shows them)')
    """

    candidates: Sequence[RankRow]
    hidden: dict[str, str]
    note: str | None
    spread: str | None
    approximate: bool
    meta: dict[str, Any] = field(default_factory=dict)
    complete: bool = True

    def covers(self, top: int | None) -> bool:
        """Whether :meth:`rows` can answer ``top`` (always, unless the candidates are a prefix).

        Parameters
        ----------
        top : int or None
            How many rows (None: all).

        Returns
        -------
        bool

        Examples
        --------
        >>> row = RankRow(0, "LoRA", "technique/lora", "technique", 2.0, 2)
        >>> prefix = Ranking([row], {}, None, None, False, complete=False)
        >>> prefix.covers(1), prefix.covers(2), prefix.covers(None)
        (True, False, False)
        """
        if self.complete:
            return True
        visible = sum(1 for row in self.candidates if row.id not in self.hidden)
        return top is not None and top <= visible

    def rows(self, top: int | None) -> Rows[RankRow]:
        """The first ``top`` visible candidates (None: all), numbered, with their note.

        Parameters
        ----------
        top : int or None
            How many rows (None: all).

        Returns
        -------
        Rows of RankRow
            As :func:`rank_entities` returns them.

        Examples
        --------
        >>> rows = [RankRow(0, "LoRA", "technique/lora", "technique", 2.0, 2),
        ...         RankRow(0, "MMLU", "dataset/mmlu", "dataset", 0.0, 0)]
        >>> cut = Ranking(rows, {}, None, None, False, {"measure": "degree"}).rows(2)
        >>> [(r.rank, r.entity) for r in cut], cut.note
        ([(1, 'LoRA'), (2, 'MMLU')], 'the last 1 of 2 rows score 0 by degree (in label order)')
        """
        shown, hidden = first_shown(self.candidates, top, lambda row: self.hidden.get(row.id))
        rows = [replace(row, rank=i) for i, row in enumerate(shown, start=1)]
        spread = self.spread or _zeros_note(rows, by=self.meta.get("measure", ""))
        return Rows(rows, note=join_notes(self.note, filter_note(hidden), spread),
                    approximate=self.approximate, **self.meta, hidden=dict(hidden))


def _memo(cache: MutableMapping[Any, Any] | None, key: Any, make: Callable[[], Any]) -> Any:
    if cache is None:
        return make()
    if key not in cache:
        cache[key] = make()
    return cache[key]


def view_of(
    G: nx.DiGraph,
    view: str = "papers",
    *,
    level: str = "variant",
    kinds: tuple[str, ...] | None = None,
    min_support: int = 1,
    cache: MutableMapping[Any, Any] | None = None,
) -> nx.Graph:
    """The graph of a view, kept in ``cache`` when one is given (do not modify it).

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    view, level, kinds, min_support
        As in :func:`paperkg.graph.projections.view_graph`.
    cache : mutable mapping, optional
        Where views (and scores) are kept between calls; the caller empties it when ``G``
        changes (:class:`~paperkg.graph.knowledge.KnowledgeGraph` does).

    Returns
    -------
    networkx.Graph

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p1", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "lora": "technique", "mmlu": "dataset"}, "kind")
    >>> cache = {}
    >>> view_of(G, "comention", cache=cache) is view_of(G, "comention", cache=cache)
    True
    """
    check_choice(view, VIEWS, "view")
    key = ("view", view, level, kinds, min_support if view == "comention" else 1)
    return _memo(cache, key, lambda: view_graph(G, view, level=level, kinds=kinds, min_support=min_support))


def scores_of(
    G: nx.DiGraph,
    by: str = "pagerank",
    *,
    kind: str | Kind | None = None,
    view: str = "papers",
    level: str = "variant",
    min_support: int = 1,
    across_kinds: bool = True,
    k: int | None = None,
    seed: int = 0,
    cache: MutableMapping[Any, Any] | None = None,
) -> tuple[nx.Graph, Scores]:
    """The view a ranking runs on, and the scores of measure ``by`` on it.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    by : str, default "pagerank"
        A name in :data:`paperkg.graph.centrality.MEASURES`.
    kind : str, optional
        The nodes that will be ranked (``"paper"`` too on the papers view): closeness and
        harmonic are computed for them only.
    view, level, min_support, across_kinds, k, seed, cache
        As in :func:`rank_entities`.

    Returns
    -------
    (networkx.Graph, Scores)

    Raises
    ------
    QueryError
        For an unknown measure, kind, view or level.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset"},
    ...                        "kind")
    >>> H, scores = scores_of(G, "degree")
    >>> scores.scores["lora"], H.graph["view"]
    (2.0, 'papers')
    """
    kind = check_kind(kind, papers=view == "papers")
    projected = (kind,) if (view == "comention" and not across_kinds and kind is not None) else None
    H = view_of(G, view, level=level, kinds=projected, min_support=min_support, cache=cache)
    targets = None
    if by in ("closeness", "harmonic"):
        targets = tuple(sorted(n for n, kd in H.nodes(data="kind")
                               if (kd == kind if kind else kd != "paper")))
    key = ("scores", by, view, level, projected, min_support, k, seed, targets)
    return H, _memo(cache, key, lambda: centrality(H, by, nodes=targets, k=k, seed=seed))


def rank_entities(
    G: nx.DiGraph,
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
    cache: MutableMapping[Any, Any] | None = None,
) -> Rows[RankRow]:
    """The ``top`` entities (of one kind) by a centrality measure on a view, best first.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph (schema in :mod:`paperkg.graph.build`).
    kind : str, optional
        model, dataset, technique, language (``paper`` too on the papers view); None: every
        entity kind.
    by : str, default "pagerank"
        A name in :data:`paperkg.graph.centrality.MEASURES`.
    top : int or None, default 10
        How many rows, at least 1 (None: all).
    view : {"papers", "comention"}
        The paper–entity graph, or the entity co-mention projection.
    level : {"variant", "family"}
        ``"family"`` folds variants into their top family.
    min_support : int, default 1
        Co-mention view: drop links seen in fewer papers.
    across_kinds : bool, default True
        Co-mention view: project over all kinds (True) or only ``kind``.
    k : int, optional
        Pivots of the sampled measures (default: exact while affordable).
    seed : int, default 0
        Seed of the sampled measures.
    include_generic : bool, default False
        Also rank umbrella terms (entities with ``generic=True``: fine-tuning, Transformer...).
    language_type : {"natural", "programming"}, optional
        Rank only the languages of this type (entities of other kinds are kept).
    cache : mutable mapping, optional
        Keeps views and scores between calls (see :func:`view_of`).

    Returns
    -------
    Rows of RankRow
        ``rank``, ``entity`` (label), ``id``, ``kind``, ``score``, ``papers`` (and
        ``approximate`` when sampled). ``.note`` says how the scores were computed when it
        matters, how many generic entities were hidden above the last row, and when the
        scores do not separate the entities (ties in label order); ``.approximate`` is True
        for sampled scores; ``.meta`` holds the options as answered.

    Raises
    ------
    QueryError
        For an unknown measure, kind, view, level or language type, or ``top`` below 1.

    See Also
    --------
    paperkg.graph.centrality.centrality : the scores of one measure on a view.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu"), ("p2", "attention")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset",
    ...                            "attention": "technique"}, "kind")
    >>> G.nodes["attention"]["generic"] = True
    >>> [(r.id, r.score) for r in rank_entities(G, by="degree")]
    [('lora', 2.0), ('mmlu', 1.0)]
    >>> [(r.id, r.score) for r in rank_entities(G, by="degree", include_generic=True)]
    [('lora', 2.0), ('attention', 1.0), ('mmlu', 1.0)]
    >>> rank_entities(G, by="degree", kind="technique", top=1).note is None
    True
    >>> rank_entities(G, by="betweenness", view="comention", include_generic=True).note
    ... # doctest: +NORMALIZE_WHITESPACE
    'all 3 entities score 0 by betweenness on the comention view: the measure does not separate them
    here (rows in label order)'
    """
    top = check_top(top)
    return ranking_of(G, kind=kind, by=by, view=view, level=level, min_support=min_support,
                      across_kinds=across_kinds, k=k, seed=seed, include_generic=include_generic,
                      language_type=language_type, cache=cache).rows(top)


def ranking_of(
    G: nx.DiGraph,
    *,
    kind: str | Kind | None = None,
    by: str = "pagerank",
    view: str = "papers",
    level: str = "variant",
    min_support: int = 1,
    across_kinds: bool = True,
    k: int | None = None,
    seed: int = 0,
    include_generic: bool = False,
    language_type: str | None = None,
    cache: MutableMapping[Any, Any] | None = None,
) -> Ranking:
    """Every entity :func:`rank_entities` could list, best first, before the ``top`` cut.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    kind, by, view, level, min_support, across_kinds, k, seed, include_generic, language_type, cache
        As in :func:`rank_entities`.

    Returns
    -------
    Ranking

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "lora": "technique", "mmlu": "dataset"},
    ...                        "kind")
    >>> [(r.id, r.score) for r in ranking_of(G, by="degree").candidates]
    [('lora', 2.0), ('mmlu', 1.0)]
    """
    kind = check_kind(kind, papers=view == "papers")
    language_type = check_language_type(language_type)
    H, scores = scores_of(G, by, kind=kind, view=view, level=level, min_support=min_support,
                          across_kinds=across_kinds, k=k, seed=seed, cache=cache)
    values = scores.scores

    nodes = [n for n, kd in H.nodes(data="kind") if (kd == kind if kind else kd != "paper")]
    reasons = _hidden(G, nodes, include_generic=include_generic, language_type=language_type)
    candidates = [n for n in nodes if reasons.get(n) != "language_type"]

    def key(n: str) -> tuple[float, str, str]:
        score = values.get(n, 0.0)
        return (-score if math.isfinite(score) else 0.0, str(H.nodes[n].get("label", n)), str(n))

    rows = [
        RankRow(rank=0, entity=str(H.nodes[n].get("label", n)), id=str(n), kind=H.nodes[n].get("kind", ""),
                score=round(float(values.get(n, 0.0)), 6), papers=int(H.nodes[n].get("papers", 0)),
                approximate=scores.approximate)
        for n in sorted(candidates, key=key)
    ]
    visible = [values.get(n, 0.0) for n in candidates if reasons.get(n) is None]
    if nodes and not visible:
        spread = f"every {kind or 'entity'} here is hidden by the filters (include_generic, language_type)"
    else:
        spread = _equal_note(visible, by=by, view=view, kind=kind)
    return Ranking(rows, {n: r for n, r in reasons.items() if r != "language_type"}, scores.note, spread,
                   scores.approximate, dict(measure=by, view=view, level=level,
                                            include_generic=include_generic, language_type=language_type))


def _hidden(G: nx.DiGraph, nodes: list[str], *, include_generic: bool,
            language_type: str | None) -> dict[str, str]:
    """The nodes a filter hides -> the filter (:func:`~paperkg.graph.options.hidden_by`).

    Only generic entities and languages can be hidden, so only they are asked (a family id
    that is no node of ``G`` hides nothing); ``G._node`` is read directly since the node view
    costs more than the check on a few hundred thousand entities.
    """
    if include_generic and language_type is None:
        return {}
    data_of = G._node
    out = {}
    for node in nodes:
        data = data_of.get(node)
        if data and (data.get("generic") or data.get("kind") == "language"):
            reason = hidden_by(data, include_generic=include_generic, language_type=language_type)
            if reason is not None:
                out[node] = reason
    return out


def _equal_note(values: list[float], *, by: str, view: str, kind: str | None) -> str | None:
    """Say so when the scores do not order the entities at all (all equal)."""
    what = f"{kind}s" if kind else "entities"
    finite = [v for v in values if math.isfinite(v)]
    if len(values) > 1 and finite and max(finite) - min(finite) <= 1e-12 * max(1.0, abs(max(finite))):
        return (f"all {len(values)} {what} score {round(finite[0], 6):g} by {by} on the {view} view: "
                "the measure does not separate them here (rows in label order)")
    return None


def _zeros_note(rows: list[RankRow], *, by: str) -> str | None:
    """Say so when the rows shown end in zeros (their order is the labels')."""
    zeros = sum(1 for row in rows if row.score == 0)
    if zeros:
        return f"the last {zeros} of {len(rows)} rows score 0 by {by} (in label order)"
    return None
