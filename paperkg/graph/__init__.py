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

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# The names below load with their submodule on first use (PEP 562): importing one light
# submodule (``paperkg.graph.options``, as the CLI does) does not load networkx and the rest.
_SUBMODULE = {
    "MEASURES": "centrality", "Scores": "centrality", "Community": "communities",
    "EntityInfo": "entities", "alias_index": "entities", "entity_info": "entities", "find_entity": "entities",
    "papers_mentioning": "entities", "KnowledgeGraph": "knowledge", "LANGUAGE_TYPES": "options",
    "check_kind": "options", "PathHop": "paths", "explain_path": "paths", "RankRow": "ranking",
    "rank_entities": "ranking", "RelatedRow": "related", "related_entities": "related", "Rows": "rows",
    "ego_graph": "subgraphs", "subgraph": "subgraphs", "TrendingRow": "trends", "TrendRow": "trends",
    "trend": "trends", "trending": "trends",
}


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULE.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{submodule}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
