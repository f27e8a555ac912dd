"""KnowledgeGraph: lookup by alias, ranking rows, papers by role, related, subgraph, ego, show."""

from __future__ import annotations

from collections import Counter

import pytest

from paperkg import EntityNotFound, KnowledgeGraph
from paperkg.errors import QueryError
from paperkg.graph.ranking import RankRow


@pytest.fixture()
def kg() -> KnowledgeGraph:
    out = KnowledgeGraph.from_links(
        [("p1", "technique/lora", "introduces"), ("p1", "model/llama-2-7b", "uses"),
         ("p2", "technique/lora", "uses"), ("p2", "model/llama-2", "uses"),
         ("p2", "dataset/mmlu", "evaluates_on"), ("p3", "dataset/mmlu", "evaluates_on"),
         ("p3", "model/mistral-7b", "compares_with"), ("p4", "language/python")],
        labels={"technique/lora": "LoRA", "model/llama-2": "Llama 2", "model/llama-2-7b": "Llama 2 7B",
                "dataset/mmlu": "MMLU", "model/mistral-7b": "Mistral 7B", "language/python": "Python"},
        dates={"p1": "2023-05-01", "p2": "2024-01-09", "p3": "2024-11-10"},
    )
    out.graph.nodes["model/llama-2"]["aliases"] = ["LLaMA-2", "Llama2"]
    out.graph.nodes["model/llama-2-7b"]["broader"] = "model/llama-2"
    return out


@pytest.mark.parametrize("name", ["Llama 2", "llama 2", "LLaMA-2", "llama2", "LLAMA_2", "model/llama-2"])
def test_knowledge_entity_by_any_alias_and_case(kg: KnowledgeGraph, name: str) -> None:
    assert kg.entity(name) == "model/llama-2"


def test_knowledge_entity_not_found_lists_close_matches(kg: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFound) as info:
        kg.entity("Llama 3")
    assert "Llama 2" in info.value.suggestions
    assert str(info.value).startswith("no entity matches 'Llama 3'; close matches: ")
    assert isinstance(info.value, KeyError)


def test_knowledge_entity_not_found_substring_suggestion(kg: KnowledgeGraph) -> None:
    with pytest.raises(EntityNotFound) as info:
        kg.entity("mistral")
    assert info.value.suggestions == ["Mistral 7B"]


def test_knowledge_rank_rows_are_typed(kg: KnowledgeGraph) -> None:
    rows = kg.rank(kind="model", by="degree", top=2)
    assert all(isinstance(row, RankRow) for row in rows)
    assert [(r.entity, r.kind, r.score) for r in rows] == [("Llama 2", "model", 1.0),
                                                           ("Llama 2 7B", "model", 1.0)]
    # issue 15: no ``approximate`` column when nothing was sampled
    assert rows.to_dicts()[0] == {"rank": 1, "entity": "Llama 2", "id": "model/llama-2", "kind": "model",
                                  "score": 1.0, "papers": 1}


def test_knowledge_rank_family_level(kg: KnowledgeGraph) -> None:
    rows = kg.rank(kind="model", by="degree", level="family")
    assert [(r.entity, r.papers) for r in rows] == [("Llama 2", 2), ("Mistral 7B", 1)]


def test_knowledge_rank_papers_by_hubs(kg: KnowledgeGraph) -> None:
    rows = kg.rank(kind="paper", by="hubs", top=1)
    assert rows[0].id == "paper/p2"


@pytest.mark.parametrize("bad, message", [({"by": "fame"}, "unknown measure"),
                                          ({"kind": "person"}, "unknown kind"),
                                          ({"view": "citations"}, "unknown view"),
                                          ({"level": "genus"}, "unknown level")])
def test_knowledge_rank_bad_options_raise_query_error(kg: KnowledgeGraph, bad: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        kg.rank(**bad)


def test_knowledge_rank_cache_notices_new_edges(kg: KnowledgeGraph) -> None:
    assert kg.rank(kind="dataset", by="degree")[0].score == 2.0
    kg.graph.add_edge("paper/p4", "dataset/mmlu", role="uses", count=1, evidence=[])
    assert kg.rank(kind="dataset", by="degree")[0].score == 3.0


@pytest.mark.parametrize("role, expected", [(None, ["paper/p1", "paper/p2"]), ("introduces", ["paper/p1"]),
                                            ("uses", ["paper/p2"]), ("evaluates_on", [])])
def test_knowledge_papers_by_role(kg: KnowledgeGraph, role: str | None, expected: list[str]) -> None:
    assert kg.papers(mentioning="lora", role=role) == expected


def test_knowledge_papers_narrower_includes_variants(kg: KnowledgeGraph) -> None:
    assert kg.papers(mentioning="Llama 2") == ["paper/p2"]
    assert kg.papers(mentioning="Llama 2", narrower=True) == ["paper/p1", "paper/p2"]


def test_knowledge_papers_unknown_role(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="unknown role 'cites'; known: introduces, uses"):
        kg.papers(mentioning="lora", role="cites")


def test_knowledge_related_matches_hand_count(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    hub = max((n for n, k in G.nodes(data="kind") if k != "paper"), key=G.in_degree)
    expected: Counter = Counter()
    for paper in G.predecessors(hub):
        expected.update(e for e in G.successors(paper) if e != hub)
    rows = sample_kg.related(hub, top=None, include_generic=True)
    assert {r.id: r.support for r in rows} == dict(expected)
    assert all(a.support >= b.support for a, b in zip(rows, rows[1:], strict=False))


def test_knowledge_related_by_kind_and_jaccard(kg: KnowledgeGraph) -> None:
    assert [r.entity for r in kg.related("MMLU", kind="model")] == ["Llama 2", "Mistral 7B"]
    rows = kg.related("LoRA", by="jaccard")
    assert rows[0].jaccard == pytest.approx(0.5)


def test_knowledge_subgraph_is_a_copy(kg: KnowledgeGraph) -> None:
    sub = kg.subgraph(entities=["mmlu"])
    assert sub.papers() == ["paper/p2", "paper/p3"]
    assert set(sub.entities()) == {"technique/lora", "model/llama-2", "dataset/mmlu", "model/mistral-7b"}
    sub.graph.nodes["model/llama-2"]["aliases"].append("changed")
    assert "changed" not in kg.graph.nodes["model/llama-2"]["aliases"]


def test_knowledge_subgraph_keeps_families(kg: KnowledgeGraph) -> None:
    sub = kg.subgraph(entities=["lora"], kind="model")
    assert sub.entities() == ["model/llama-2", "model/llama-2-7b"]


@pytest.mark.parametrize("since, until, papers", [("2024", None, ["paper/p2", "paper/p3"]),
                                                  (None, "2024-06", ["paper/p1", "paper/p2"]),
                                                  ("2024-02", "2024-12", ["paper/p3"])])
def test_knowledge_subgraph_by_date(kg: KnowledgeGraph, since: str | None, until: str | None,
                                    papers: list[str]) -> None:
    assert kg.subgraph(since=since, until=until).papers() == papers


def test_knowledge_ego_network(kg: KnowledgeGraph) -> None:
    ego = kg.ego("Mistral 7B")
    assert ego.papers() == ["paper/p3"]
    assert ego.entities() == ["dataset/mmlu", "model/mistral-7b"]
    assert kg.ego("Mistral 7B", radius=2).papers() == ["paper/p2", "paper/p3"]


def test_knowledge_show_everything(kg: KnowledgeGraph) -> None:
    info = kg.show("llama2")
    assert info.id == "model/llama-2" and info.label == "Llama 2"
    assert info.aliases == ["LLaMA-2", "Llama2"]
    assert info.narrower == ["model/llama-2-7b"]
    assert info.papers_by_role == {"uses": [{"id": "paper/p2", "title": "paper/p2", "date": "2024-01-09",
                                             "arxiv_id": None}]}
    assert [r["entity"] for r in info.related] == ["LoRA", "MMLU"]
    assert info.to_dict()["roles"] == {"uses": 1}
    child = kg.show("Llama 2 7B")
    assert child.broader == ["model/llama-2"]


def test_knowledge_show_on_sample(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    hub = max((n for n, k in G.nodes(data="kind") if k != "paper"), key=G.in_degree)
    info = sample_kg.show(G.nodes[hub]["label"])
    assert info.papers == G.in_degree(hub)
    assert sum(info.roles.values()) == info.papers


def test_knowledge_trending(kg: KnowledgeGraph) -> None:
    rows = kg.trending(kind="dataset")
    assert [(r.period, r.entity, r.papers, r.share) for r in rows] == [("2024", "MMLU", 2, 1.0)]
