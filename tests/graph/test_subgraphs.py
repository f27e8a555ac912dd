"""Subgraphs: copies of some papers and their entities, filtered by kind, date and language type."""

from __future__ import annotations

import pytest

from paperkg import KnowledgeGraph
from paperkg.errors import QueryError


@pytest.mark.issue(12)
def test_subgraph_languages_by_type(sample_kg: KnowledgeGraph) -> None:
    sub = sample_kg.subgraph(kind="language", language_type="programming")
    assert sub.entities() == sorted(n for n, d in sample_kg.graph.nodes(data=True)
                                    if d.get("language_type") == "programming")
    with pytest.raises(QueryError, match="unknown language type 'spoken'; known: natural, programming"):
        sample_kg.subgraph(language_type="spoken")
