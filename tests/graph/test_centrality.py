"""Centrality: each measure agrees with networkx's reference, answers on the real graph, and says
when it samples."""

from __future__ import annotations

import networkx as nx
import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.graph import centrality as cm
from paperkg.graph import spectral
from paperkg.graph.centrality import MEASURES, centrality
from paperkg.graph.projections import paper_entity_graph
from paperkg.graph.ranking import rank_entities
from paperkg.graph.spectral import largest_eigenvalue

SMALL = [
    nx.karate_club_graph(),
    nx.les_miserables_graph(),
    nx.davis_southern_women_graph(),  # bipartite
]


def _close(a: dict, b: dict, tol: float = 1e-6) -> bool:
    return a.keys() == b.keys() and all(abs(a[n] - b[n]) <= tol for n in a)


def _plain(G: nx.Graph) -> nx.Graph:
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges(), weight=1)
    return H


@pytest.fixture(params=[True, False], ids=["scipy", "numpy"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Run with scipy (when installed) and with the numpy fallback."""
    if request.param and not spectral._have_scipy():
        pytest.skip("scipy not installed")
    monkeypatch.setattr(spectral, "_SCIPY", request.param)
    return request.param


@pytest.mark.parametrize("G", SMALL, ids=["karate", "lesmis", "davis"])
def test_centrality_pagerank_matches_networkx(G: nx.Graph, backend: bool) -> None:
    H = _plain(G)
    reference = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(
        H, weight="weight", tol=1e-12, max_iter=1000)
    assert _close(spectral.pagerank(H), reference, 1e-7)


@pytest.mark.parametrize("G", SMALL, ids=["karate", "lesmis", "davis"])
def test_centrality_eigenvector_matches_networkx(G: nx.Graph, backend: bool) -> None:
    H = _plain(G)
    scores, converged = spectral.eigenvector(H)
    assert converged
    assert _close(scores, nx.eigenvector_centrality(H, max_iter=5000, tol=1e-10, weight="weight"), 1e-5)


@pytest.mark.parametrize("G", SMALL, ids=["karate", "lesmis", "davis"])
def test_centrality_katz_matches_networkx_below_inverse_lambda(G: nx.Graph, backend: bool) -> None:
    H = _plain(G)
    scores, alpha, lam = spectral.katz(H)
    assert alpha * lam == pytest.approx(spectral.KATZ_FRACTION)
    assert lam == pytest.approx(max(nx.adjacency_spectrum(H).real), rel=1e-4)
    reference = nx.katz_centrality(H, alpha=alpha, beta=1.0, max_iter=5000, tol=1e-10, weight="weight")
    assert _close(scores, reference, 1e-5)


# Not on the bipartite graph: there A·A has two blocks with the same top eigenvalue, so the
# undirected HITS vector is not unique (the papers view uses the directed graph instead).
@pytest.mark.parametrize("G", SMALL[:2], ids=["karate", "lesmis"])
def test_centrality_hits_undirected_matches_networkx(G: nx.Graph, backend: bool) -> None:
    H = _plain(G)
    hubs, auth = spectral.hits(H)
    _, reference = nx.algorithms.link_analysis.hits_alg._hits_python(H, max_iter=5000, tol=1e-12)
    assert _close(auth, reference, 1e-5)
    assert _close(hubs, auth, 1e-5)


@pytest.mark.parametrize("G", SMALL, ids=["karate", "lesmis", "davis"])
def test_centrality_paths_match_networkx(G: nx.Graph) -> None:
    close, harm = cm.closeness_harmonic(G, list(G))
    assert _close(close, nx.closeness_centrality(G))
    assert _close(harm, nx.harmonic_centrality(G))
    assert _close(cm.betweenness(G), nx.betweenness_centrality(G))


def test_centrality_eigenvector_bipartite_star_does_not_oscillate(backend: bool) -> None:
    # A bipartite graph has eigenvalues ±λ: plain power iteration on A flips between the sides.
    scores, converged = spectral.eigenvector(nx.star_graph(5))
    assert converged
    assert scores[0] == pytest.approx(2 ** -0.5)
    assert scores[1] == pytest.approx((2 * 5) ** -0.5)


def test_centrality_largest_eigenvalue_of_bipartite_graph_is_positive(backend: bool) -> None:
    assert largest_eigenvalue(nx.complete_bipartite_graph(3, 12)) == pytest.approx(6.0)


def test_centrality_sampled_betweenness_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cm, "EXACT_MAX_WORK", 10)
    monkeypatch.setattr(cm, "DEFAULT_PIVOTS", 12)
    monkeypatch.setattr(cm, "MIN_PIVOTS", 12)
    result = centrality(nx.karate_club_graph(), "betweenness")
    assert result.approximate
    assert result.note == "betweenness estimated from 12 sampled pivots (seed 0) of 34 nodes"
    again = centrality(nx.karate_club_graph(), "betweenness")
    assert again.scores == result.scores  # seeded


@pytest.mark.parametrize("by", ["closeness", "harmonic"])
def test_centrality_sampled_closeness_is_close_to_exact(by: str) -> None:
    G = nx.les_miserables_graph()
    exact = centrality(G, by).scores
    sampled = centrality(G, by, k=60, seed=1)
    assert sampled.approximate and "60 sampled pivots" in sampled.note
    top_exact = sorted(exact, key=exact.get, reverse=True)[:5]
    top_sampled = sorted(sampled.scores, key=sampled.scores.get, reverse=True)[:10]
    assert set(top_exact[:3]) <= set(top_sampled)


def test_centrality_hits_on_papers_view_hubs_are_papers() -> None:
    kg = KnowledgeGraph.from_links([("p1", "model/a"), ("p2", "model/a"), ("p2", "model/b"),
                                    ("p3", "model/c")])
    H = paper_entity_graph(kg.graph)
    hubs, auth = spectral.hits(H)
    assert auth["paper/p1"] == auth["paper/p2"] == 0.0
    assert hubs["model/a"] == hubs["model/b"] == 0.0
    assert hubs["paper/p2"] > hubs["paper/p1"] > 0
    assert auth["model/a"] > auth["model/b"] > 0
    result = centrality(H, "hubs")
    assert result.scores["model/a"] == pytest.approx(auth["model/a"])
    assert "papers are the hubs" in result.note


@pytest.mark.parametrize("by", MEASURES)
@pytest.mark.parametrize("view", ["papers", "comention"])
def test_centrality_every_measure_answers_on_sample_graph(sample_kg: KnowledgeGraph, by: str,
                                                          view: str) -> None:
    for kind in ["model", "dataset", "technique", None]:
        rows = sample_kg.rank(kind=kind, by=by, view=view, top=5)  # cached per view and measure
        expected = len([n for n, k in sample_kg.graph.nodes(data="kind") if k != "paper"
                        and (kind is None or k == kind)])
        assert len(rows) == min(5, expected)
        assert all(row.score == row.score for row in rows)  # no NaN
        assert [row.rank for row in rows] == list(range(1, len(rows) + 1))
        assert all(a.score >= b.score for a, b in zip(rows, rows[1:], strict=False))


def test_centrality_degree_is_paper_count(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    counts = {n: sum(1 for p in G.predecessors(n) if G.nodes[p]["kind"] == "paper")
              for n, k in G.nodes(data="kind") if k == "model"}
    rows = rank_entities(G, kind="model", by="degree", top=None)
    assert {row.id: row.score for row in rows} == {n: float(c) for n, c in counts.items()}
    assert all(row.papers == counts[row.id] for row in rows)


def test_centrality_weighted_degree_counts_mentions(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    mentions = {n: sum(G.edges[p, n]["count"] for p in G.predecessors(n)) for n, k in G.nodes(data="kind")
                if k == "model"}
    rows = rank_entities(G, kind="model", by="weighted-degree", top=None)
    assert {row.id: row.score for row in rows} == {n: float(c) for n, c in mentions.items()}


def test_centrality_family_level_folds_variants(family_kg: KnowledgeGraph) -> None:
    rows = rank_entities(family_kg.graph, kind="model", by="degree", level="family", top=None)
    assert [(r.id, r.papers) for r in rows] == [("model/llama", 3), ("model/mistral-7b", 1)]


def test_centrality_unknown_measure_lists_known() -> None:
    with pytest.raises(QueryError,
                       match="unknown measure 'closenes'; known: degree, weighted-degree, pagerank"):
        centrality(nx.path_graph(3), "closenes")


@pytest.fixture()
def family_kg() -> KnowledgeGraph:
    """Llama 2 7B -> Llama 2 -> LLaMA; Llama 3 -> LLaMA; Mistral 7B alone."""
    kg = KnowledgeGraph.from_links([
        ("p1", "model/llama-2-7b"), ("p1", "model/llama-2"), ("p2", "model/llama-3"),
        ("p3", "model/llama-2-7b"), ("p3", "model/mistral-7b"),
    ])
    kg.graph.add_node("model/llama", kind="model", label="LLaMA", aliases=[], broader=None,
                      origin="vocabulary")
    kg.graph.nodes["model/llama-2-7b"]["broader"] = "model/llama-2"
    kg.graph.nodes["model/llama-2"]["broader"] = "model/llama"
    kg.graph.nodes["model/llama-3"]["broader"] = "model/llama"
    return kg


def test_centrality_family_level_paper_counts_match_hand_count(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph

    def root(node: str) -> str:  # a family id that is not a node still names the family
        seen = {node}
        while node in G and G.nodes[node].get("broader") and G.nodes[node]["broader"] not in seen:
            node = G.nodes[node]["broader"]
            seen.add(node)
        return node

    papers: dict[str, set[str]] = {}
    for paper, entity in G.edges():
        papers.setdefault(root(entity), set()).add(paper)
    rows = rank_entities(G, by="degree", level="family", top=None, include_generic=True)
    assert {r.id: r.papers for r in rows if r.papers} == {f: len(p) for f, p in papers.items()}


def test_measure_names_are_the_measures_in_order() -> None:
    """The CLI's help lists :data:`MEASURE_NAMES` (no networkx loaded): they must be the measures."""
    from paperkg.graph.options import MEASURE_NAMES

    assert tuple(MEASURES) == MEASURE_NAMES

