"""Graph: the networkx paper–entity graph, its views, measures and queries (no spaCy here).

Graph-first functions hold the algorithms (networkx style: the graph first, keyword-only
options, ``seed=`` where they sample); :class:`KnowledgeGraph` is the facade that resolves
entity names and caches views and scores. The submodules ``centrality`` and ``communities``
keep their names here (their functions of the same name are imported from them):

- :mod:`~paperkg.graph.build`: the graph schema and how extractions become nodes and edges;
- :mod:`~paperkg.graph.projections`: the papers view and the co-mention projection;
- :mod:`~paperkg.graph.centrality` (measures by name, :data:`MEASURES`) and
  :mod:`~paperkg.graph.spectral` (PageRank, eigenvector, Katz, HITS);
- :mod:`~paperkg.graph.ranking`: the one ranking (``rank_entities``);
- :mod:`~paperkg.graph.entities`: lookup by alias, papers by role, everything about one entity;
- :mod:`~paperkg.graph.related`, :mod:`~paperkg.graph.paths`, :mod:`~paperkg.graph.communities`,
  :mod:`~paperkg.graph.trends`, :mod:`~paperkg.graph.subgraphs`, :mod:`~paperkg.graph.families`;
- :mod:`~paperkg.graph.rows` (``Rows``, the result list) and :mod:`~paperkg.graph.options`
  (the values queries accept, and their checks).
"""

from __future__ import annotations

from paperkg.graph.centrality import MEASURES, Scores
from paperkg.graph.communities import Community
from paperkg.graph.entities import EntityInfo, alias_index, entity_info, find_entity, papers_mentioning
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.graph.options import LANGUAGE_TYPES, check_kind
from paperkg.graph.paths import PathHop, explain_path
from paperkg.graph.ranking import RankRow, rank_entities
from paperkg.graph.related import RelatedRow, related_entities
from paperkg.graph.rows import Rows
from paperkg.graph.subgraphs import ego_graph, subgraph
from paperkg.graph.trends import TrendingRow, TrendRow, trend, trending

__all__ = [
    "LANGUAGE_TYPES",
    "MEASURES",
    "Community",
    "EntityInfo",
    "KnowledgeGraph",
    "PathHop",
    "RankRow",
    "RelatedRow",
    "Rows",
    "Scores",
    "TrendRow",
    "TrendingRow",
    "alias_index",
    "check_kind",
    "ego_graph",
    "entity_info",
    "explain_path",
    "find_entity",
    "papers_mentioning",
    "rank_entities",
    "related_entities",
    "subgraph",
    "trend",
    "trending",
]
