"""Centrality of the nodes of a view, by measure name: :data:`MEASURES` maps each name to its function.

Every measure runs on an undirected view (:mod:`paperkg.graph.projections`): ``"papers"``
(papers linked to the entities they mention; each link weighs 1, since a name repeated in one
abstract says little, and ``weighted-degree`` sums the mention counts instead) or
``"comention"`` (entities linked with ``weight`` = the number of papers mentioning both).
Distances (betweenness, closeness, harmonic) count hops and ignore weights; the spectral
measures (PageRank, eigenvector, HITS, Katz: :mod:`paperkg.graph.spectral`) use the weights.
``degree`` is the number of neighbours: papers on the papers view (the paper count),
co-mentioned entities on the co-mention view.

Choices that make every measure answer on real graphs, which are disconnected, bipartite
(papers view) and large:

- betweenness: exact (Brandes) while ``n·(n+m)`` stays under :data:`EXACT_MAX_WORK`, else
  sampled from ``k`` seeded pivots (networkx's estimator), flagged approximate.
- closeness, harmonic: exact BFS from each ranked node while affordable, else the pivot
  estimator of Eppstein & Wang (distances from ``k`` seeded pivots), flagged approximate.
- Katz: ``alpha = 0.5 / λmax`` (below ``1/λmax``, so it converges); the note gives both.
- hubs: on the papers view hubs are papers and authorities entities. An entity's hub score
  there (in the reversed entity → paper graph) equals its authority score, which is what it
  gets, with a note. On the symmetric co-mention view hubs and authorities coincide.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from paperkg.graph.options import check_choice
from paperkg.graph.spectral import KATZ_FRACTION, eigenvector, hits, katz, pagerank

__all__ = [
    "MEASURES",
    "EXACT_MAX_WORK",
    "DEFAULT_PIVOTS",
    "MIN_PIVOTS",
    "SAMPLED_MAX_WORK",
    "Scores",
    "centrality",
    "default_pivots",
    "betweenness",
    "closeness_harmonic",
]

#: Past this many BFS steps (sources × (nodes + edges)) betweenness, closeness and harmonic
#: are estimated from sampled pivots instead of computed exactly.
EXACT_MAX_WORK = 5_000_000
#: Pivots for the sampled estimators when ``k`` is not given: as many as fit in
#: :data:`SAMPLED_MAX_WORK` BFS steps, between :data:`MIN_PIVOTS` and this.
DEFAULT_PIVOTS = 64
MIN_PIVOTS = 16
SAMPLED_MAX_WORK = 15_000_000


@dataclass(frozen=True)
class Scores:
    """Scores per node from one measure, with how they were computed.

    Attributes
    ----------
    scores : dict
        Node -> score.
    note : str or None
        How the scores were computed, when that matters (sampling, Katz's alpha...).
    approximate : bool
        True when the scores are estimates (sampled pivots, no convergence).

    Examples
    --------
    >>> Scores({"lora": 2.0}, note="exact").note
    'exact'
    """

    scores: dict[str, float]
    note: str | None = None
    approximate: bool = False


def _work(H: nx.Graph, sources: int) -> int:
    return sources * (H.number_of_nodes() + H.number_of_edges())


def default_pivots(H: nx.Graph) -> int:
    """Pivots for a sampled estimate on ``H``: as many as fit in :data:`SAMPLED_MAX_WORK` BFS steps.

    Parameters
    ----------
    H : networkx.Graph
        A view.

    Returns
    -------
    int
        Between :data:`MIN_PIVOTS` and :data:`DEFAULT_PIVOTS`.

    Examples
    --------
    >>> default_pivots(nx.path_graph(10))
    64
    """
    per_pivot = max(H.number_of_nodes() + H.number_of_edges(), 1)
    return max(MIN_PIVOTS, min(DEFAULT_PIVOTS, SAMPLED_MAX_WORK // per_pivot))


def betweenness(H: nx.Graph, *, k: int | None = None, seed: int = 0) -> dict[str, float]:
    """Normalised betweenness (in hops) of every node: exact, or estimated from ``k`` pivots.

    Parameters
    ----------
    H : networkx.Graph
        A view.
    k : int, optional
        Estimate from ``k`` pivots (networkx's estimator); None, or ``k >= len(H)``: exact.
    seed : int, default 0
        The seed of the pivot sample.

    Returns
    -------
    dict
        Node -> betweenness.

    Examples
    --------
    >>> scores = betweenness(nx.path_graph(3))
    >>> scores[1], scores[0]
    (1.0, 0.0)

    References
    ----------
    Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociology 25(2).
    Brandes, U., Pich, C. (2007). Centrality estimation in large networks. IJBC 17(7).
    """
    if k is not None and k >= len(H):
        k = None
    return nx.betweenness_centrality(H, k=k, normalized=True, seed=seed)


def closeness_harmonic(
    H: nx.Graph, nodes: Iterable[str], *, k: int | None = None, seed: int = 0
) -> tuple[dict[str, float], dict[str, float]]:
    """Closeness and harmonic centrality of ``nodes`` (in hops): exact, or from ``k`` pivots.

    Parameters
    ----------
    H : networkx.Graph
        A view.
    nodes : iterable
        The nodes to score.
    k : int, optional
        Estimate from the distances of ``k`` pivots; None, or ``k >= len(H)``: exact BFS
        from each node.
    seed : int, default 0
        The seed of the pivot sample.

    Returns
    -------
    (dict, dict)
        Closeness and harmonic centrality, node -> score.

    Notes
    -----
    Closeness is Wasserman–Faust's (networkx's ``wf_improved``: scaled by the reachable
    share, so it is comparable across components); harmonic is ``sum(1/d)`` as networkx.
    With pivots, each node's closeness is ``r²/(k·S)`` (``r`` pivots reach it at total
    distance ``S``), and harmonic is ``(n-1)/k`` times the sum of ``1/d`` from the pivots.

    Examples
    --------
    >>> close, harm = closeness_harmonic(nx.path_graph(3), [0, 1])
    >>> close[1], close[0], harm[1], harm[0]
    (1.0, 0.6666666666666666, 2.0, 1.5)

    References
    ----------
    Eppstein, D., Wang, J. (2004). Fast approximation of centrality. JGAA 8(1).
    """
    nodes = list(nodes)
    n = len(H)
    close = dict.fromkeys(nodes, 0.0)
    harm = dict.fromkeys(nodes, 0.0)
    if n <= 1:
        return close, harm
    if k is None or k >= n:
        for v in nodes:
            dist = nx.single_source_shortest_path_length(H, v)
            total = sum(dist.values())
            reach = len(dist) - 1
            if total > 0:
                close[v] = (reach / total) * (reach / (n - 1))
            harm[v] = float(sum(1 / d for d in dist.values() if d > 0))
        return close, harm
    pivots = random.Random(seed).sample(sorted(H, key=str), k)
    wanted = set(nodes)
    reached = dict.fromkeys(nodes, 0)
    total_d = dict.fromkeys(nodes, 0)
    inverse = dict.fromkeys(nodes, 0.0)
    for pivot in pivots:
        for v, d in nx.single_source_shortest_path_length(H, pivot).items():
            if d > 0 and v in wanted:
                reached[v] += 1
                total_d[v] += d
                inverse[v] += 1 / d
    for v in nodes:
        if total_d[v]:
            close[v] = reached[v] ** 2 / (k * total_d[v])
        harm[v] = inverse[v] * (n - 1) / k
    return close, harm


# -- the measures by name --------------------------------------------------------------------
# Each takes the view, the nodes that will be ranked, and the sampling options (pivots ``k``
# and ``seed``, which only the path-based measures use), and returns Scores.


def _degree(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    return Scores({n: float(d) for n, d in H.degree()})


def _weighted_degree(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    weight = "mentions" if H.graph.get("view") == "papers" else "weight"
    return Scores({n: float(d) for n, d in H.degree(weight=weight)})


def _pagerank(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    return Scores(pagerank(H))


def _eigenvector(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    scores, converged = eigenvector(H)
    if converged:
        return Scores(scores)
    return Scores(scores, "eigenvector power iteration did not converge: scores approximate", True)


def _katz(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    scores, alpha, lam = katz(H)
    return Scores(scores, f"Katz alpha={alpha:.6g} ({KATZ_FRACTION:g}/λmax, λmax={lam:.6g}), beta=1")


def _authorities(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    return Scores(hits(H)[1])


def _hubs(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    hubs_, auth = hits(H)
    papers = {n for n, kind in H.nodes(data="kind") if kind == "paper"}
    if not papers:
        return Scores(hubs_, "hubs: on the symmetric co-mention view hub and authority scores coincide")
    merged = {n: hubs_[n] if n in papers else auth[n] for n in H}
    return Scores(merged, "hubs: papers are the hubs of the paper→entity graph; an entity's hub score "
                          "(reversed graph) equals its authority score")


def _sampled_note(by: str, k: int, seed: int, n: int) -> str:
    return f"{by} estimated from {k} sampled pivots (seed {seed}) of {n} nodes"


def _betweenness(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
    if k is None and _work(H, len(H)) > EXACT_MAX_WORK:
        k = default_pivots(H)
    if k is not None and k < len(H):
        return Scores(betweenness(H, k=k, seed=seed), _sampled_note("betweenness", k, seed, len(H)), True)
    return Scores(betweenness(H))


def _distance_measure(by: str) -> Callable[[nx.Graph, list[str] | None, int | None, int], Scores]:
    def measure(H: nx.Graph, nodes: list[str] | None, k: int | None, seed: int) -> Scores:
        targets = list(H) if nodes is None else [n for n in nodes if n in H]
        if k is None and _work(H, len(targets)) > EXACT_MAX_WORK:
            k = default_pivots(H)
        sampled = k is not None and k < len(H)
        close, harm = closeness_harmonic(H, targets, k=k if sampled else None, seed=seed)
        scores = close if by == "closeness" else harm
        if sampled:
            return Scores(scores, _sampled_note(by, k, seed, len(H)), True)  # type: ignore[arg-type]
        return Scores(scores)

    return measure


#: Measure name (the CLI's ``--by``, the API's ``by=``) -> the function computing it on a view,
#: called as ``MEASURES[name](H, nodes, k, seed)`` and returning :class:`Scores`. The CLI's
#: help and every check of a measure name read this mapping.
MEASURES: dict[str, Callable[[nx.Graph, list[str] | None, int | None, int], Scores]] = {
    "degree": _degree,
    "weighted-degree": _weighted_degree,
    "pagerank": _pagerank,
    "betweenness": _betweenness,
    "eigenvector": _eigenvector,
    "closeness": _distance_measure("closeness"),
    "harmonic": _distance_measure("harmonic"),
    "hits": _authorities,
    "hubs": _hubs,
    "katz": _katz,
}


def centrality(
    H: nx.Graph,
    by: str,
    *,
    nodes: Iterable[str] | None = None,
    k: int | None = None,
    seed: int = 0,
) -> Scores:
    """Scores of the measure named ``by`` for the nodes of the view ``H``.

    Parameters
    ----------
    H : networkx.Graph
        A view (:func:`paperkg.graph.projections.view_graph`).
    by : str
        A name in :data:`MEASURES`: degree, weighted-degree, pagerank, betweenness,
        eigenvector, closeness, harmonic, hits (authority score), hubs, katz.
    nodes : iterable, optional
        The nodes that will be ranked: closeness and harmonic are only computed for them
        (default: all).
    k : int, optional
        Sample the path-based measures from ``k`` pivots. By default they are exact up to
        :data:`EXACT_MAX_WORK` and sampled past it, from :func:`default_pivots` pivots (16 to
        64, fewer on bigger graphs so that the time stays bounded).
    seed : int, default 0
        The seed of the pivot sample.

    Returns
    -------
    Scores
        ``.scores`` (node -> score), ``.note`` (how it was computed, when that matters) and
        ``.approximate`` (True when sampled or not converged).

    Raises
    ------
    QueryError
        For an unknown measure name (the message lists the known ones).

    See Also
    --------
    paperkg.graph.ranking.rank_entities : rank the entities of a graph by a measure.

    Notes
    -----
    See the module notes for the choices each measure makes on bipartite, disconnected and
    large graphs.

    References
    ----------
    .. [1] Page, Brin, Motwani, Winograd (1999). The PageRank citation ranking.
    .. [2] Brandes, U. (2001). A faster algorithm for betweenness centrality.
    .. [3] Eppstein, D., Wang, J. (2004). Fast approximation of centrality. JGAA 8(1).
    .. [4] Katz, L. (1953). A new status index derived from sociometric analysis.
    .. [5] Kleinberg, J. (1999). Authoritative sources in a hyperlinked environment.

    Examples
    --------
    >>> centrality(nx.path_graph(3), "degree").scores
    {0: 1.0, 1: 2.0, 2: 1.0}
    >>> centrality(nx.path_graph(3), "betweenness", k=2).note
    'betweenness estimated from 2 sampled pivots (seed 0) of 3 nodes'
    """
    measure = MEASURES[check_choice(by, MEASURES, "measure")]
    return measure(H, None if nodes is None else list(nodes), k, seed)
