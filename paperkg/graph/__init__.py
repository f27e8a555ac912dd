"""Graph: the networkx paper–entity graph, its queries and centrality."""

from __future__ import annotations

from paperkg.graph.centrality import MEASURES, RankRow, rank_entities
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.graph.pipeline import BuildStats, build

__all__ = ["MEASURES", "BuildStats", "KnowledgeGraph", "RankRow", "build", "rank_entities"]
