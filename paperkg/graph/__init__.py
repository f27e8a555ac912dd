"""Graph: the networkx paper–entity graph, its queries and centrality."""

from __future__ import annotations

from paperkg.graph.centrality import MEASURES, RankRow, rank_entities
from paperkg.graph.communities import Community
from paperkg.graph.knowledge import EntityInfo, KnowledgeGraph, RelatedRow
from paperkg.graph.paths import PathHop
from paperkg.graph.projections import Rows
from paperkg.graph.trends import TrendingRow, TrendRow

__all__ = [
    "MEASURES",
    "Community",
    "EntityInfo",
    "KnowledgeGraph",
    "PathHop",
    "RankRow",
    "RelatedRow",
    "Rows",
    "TrendRow",
    "TrendingRow",
    "rank_entities",
]
