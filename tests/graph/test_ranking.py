"""Ranking: generic entities hidden unless asked for, languages by type, ``top`` >= 1, the
``approximate`` column only when sampled, and a note when the scores say nothing."""

from __future__ import annotations

import networkx as nx
import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.graph import centrality as cm
from paperkg.graph.ranking import rank_entities


@pytest.mark.issue(12)
def test_ranking_hides_generic_entities_unless_asked(generic_kg: KnowledgeGraph) -> None:
    hidden = generic_kg.rank(kind="technique", by="degree", top=5)
    shown = generic_kg.rank(kind="technique", by="degree", top=5, include_generic=True)
    assert shown[0].id == "technique/fine-tuning"
    assert "technique/fine-tuning" not in {r.id for r in hidden}
    assert [r.id for r in hidden] == [r.id for r in shown[1:]] + [hidden[-1].id]
    assert [r.rank for r in hidden] == [1, 2, 3, 4, 5]
    assert hidden.note == "1 generic entity hidden (include_generic=True, or --include-generic, shows them)"
    assert hidden.meta["include_generic"] is False and hidden.meta["hidden"] == {"generic": 1}
    assert shown.note is None and shown.meta["include_generic"] is True


@pytest.mark.issue(12)
def test_ranking_generic_note_only_when_it_would_have_shown(generic_kg: KnowledgeGraph) -> None:
    # by degree fine-tuning ranks first among techniques, but no dataset is generic
    assert generic_kg.rank(kind="dataset", by="degree", top=5).note is None


@pytest.mark.issue(12)
@pytest.mark.parametrize("language_type", ["natural", "programming"])
def test_ranking_languages_by_type(sample_kg: KnowledgeGraph, language_type: str) -> None:
    G = sample_kg.graph
    expected = {n for n, d in G.nodes(data=True) if d.get("kind") == "language"
                and d.get("language_type") == language_type}
    rows = sample_kg.rank(kind="language", by="degree", top=None, language_type=language_type)
    assert {r.id for r in rows} == expected and expected
    assert rows.meta["language_type"] == language_type
    everything = sample_kg.rank(by="degree", top=None, language_type=language_type)
    others = {r.id for r in everything if r.kind != "language"}
    assert others == {n for n, d in G.nodes(data=True)  # other kinds stay (generic terms hidden as always)
                      if d.get("kind") not in ("paper", "language") and not d.get("generic")}


@pytest.mark.issue(15)
@pytest.mark.parametrize("top", [0, -3])
def test_ranking_top_below_one_is_a_query_error(sample_kg: KnowledgeGraph, top: int) -> None:
    with pytest.raises(QueryError, match=f"top must be at least 1 \\(None: every row\\), not {top}"):
        sample_kg.rank(kind="model", top=top)
    with pytest.raises(QueryError, match="top must be at least 1"):
        sample_kg.related("MMLU", top=top)
    with pytest.raises(QueryError, match="top must be at least 1"):
        sample_kg.communities(top=top)
    with pytest.raises(QueryError, match="top must be at least 1"):
        sample_kg.trending(top=top)


@pytest.mark.issue(15)
def test_ranking_approximate_column_only_when_sampled(sample_kg: KnowledgeGraph) -> None:
    exact = sample_kg.rank(kind="model", by="betweenness", top=3)
    assert not exact.approximate and all("approximate" not in row for row in exact.to_dicts())
    sampled = sample_kg.rank(kind="model", by="betweenness", top=3, k=20, seed=1)
    assert sampled.approximate and all(row["approximate"] is True for row in sampled.to_dicts())
    assert "estimated from 20 sampled pivots (seed 1)" in sampled.note


@pytest.mark.issue(15)
def test_ranking_degenerate_scores_get_a_note(sample_kg: KnowledgeGraph) -> None:
    # the five programming languages of the sample: two pairs and a loner, no path through anyone
    small = sample_kg.subgraph(kind="language", language_type="programming")
    rows = small.rank(by="betweenness", view="comention")
    assert [r.score for r in rows] == [0.0] * 5
    assert [r.entity for r in rows] == sorted(r.entity for r in rows)
    assert rows.note == ("all 5 entities score 0 by betweenness on the comention view: "
                         "the measure does not separate them here (rows in label order)")
    degree = small.rank(by="degree", view="comention")
    assert degree.note == "the last 1 of 5 rows score 0 by degree (in label order)"
    assert sample_kg.rank(kind="model", by="pagerank", top=5).note is None


def test_ranking_one_function_behind_api_and_facade(sample_kg: KnowledgeGraph) -> None:
    for by in cm.MEASURES:
        api = sample_kg.rank(kind="dataset", by=by, top=7)
        plain = rank_entities(sample_kg.graph, kind="dataset", by=by, top=7)
        assert api.to_dicts() == plain.to_dicts() and api.note == plain.note


def test_ranking_measures_mapping_is_what_centrality_reads() -> None:
    H = nx.path_graph(4)
    for name, measure in cm.MEASURES.items():
        direct, by_name = measure(H, None, None, 0).scores, cm.centrality(H, name).scores
        # ARPACK (eigenvector, Katz's λmax) may differ in the last bits from one call to the next
        assert direct == pytest.approx(by_name, rel=1e-9, abs=1e-12), name
