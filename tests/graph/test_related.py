"""Related entities: co-mention support and Jaccard, generic entities hidden unless asked for."""

from __future__ import annotations

import pytest

from paperkg import KnowledgeGraph
from paperkg.graph.related import related_entities


@pytest.mark.issue(12)
def test_related_hides_generic_entities_unless_asked(generic_kg: KnowledgeGraph) -> None:
    top_model = generic_kg.rank(kind="model", by="degree", top=1)[0].id
    G = generic_kg.graph
    shared = len(set(G.predecessors(top_model)) & set(G.predecessors("technique/fine-tuning")))
    assert shared > 0
    everything = generic_kg.related(top_model, top=None, include_generic=True)
    default = generic_kg.related(top_model, top=None)
    assert {r.id: r.support for r in everything}["technique/fine-tuning"] == shared
    assert {r.id for r in everything} - {r.id for r in default} == {"technique/fine-tuning"}
    assert default.note == "1 generic entity hidden (include_generic=True, or --include-generic, shows them)"
    assert [r.rank for r in default] == list(range(1, len(default) + 1))


@pytest.mark.issue(12)
def test_related_languages_by_type(sample_kg: KnowledgeGraph) -> None:
    G = sample_kg.graph
    python = sample_kg.entity("Python")
    paper = next(iter(G.predecessors(python)))
    other = min(e for e in G.successors(paper) if G.nodes[e]["kind"] != "language")
    everything = related_entities(G, other, top=None)
    natural = related_entities(G, other, top=None, language_type="natural")
    assert python in {r.id for r in everything}
    assert {r.id for r in everything} - {r.id for r in natural} == {
        r.id for r in everything if G.nodes[r.id].get("language_type") == "programming"}
    assert natural.meta["language_type"] == "natural"
