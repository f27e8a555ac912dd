"""KnowledgeGraph: the Python API over the networkx graph, and ``build`` from input files."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from paperkg.errors import EntityNotFound
from paperkg.graph.centrality import RankRow, entity_nodes, rank_entities
from paperkg.ingest.records import Kind, normalize_title

if TYPE_CHECKING:
    import rdflib

__all__ = ["KnowledgeGraph"]


def _fold(name: str) -> str:
    """Alias lookup key: case and separators folded ("LLaMA-2" == "llama 2" == "Llama2")."""
    return normalize_title(name).replace(" ", "")


class KnowledgeGraph:
    """Papers linked to the models, datasets, techniques and languages they mention.

    ``graph`` is the networkx ``DiGraph`` (schema in :mod:`paperkg.graph.build`).

    Examples
    --------
    >>> from paperkg import build
    >>> kg = build()  # the bundled sample corpus
    >>> kg.num_papers
    305
    >>> kg.entity("llama 2")
    'model/llama-2'
    """

    def __init__(self, graph: nx.DiGraph | None = None) -> None:
        self.graph: nx.DiGraph = graph if graph is not None else nx.DiGraph()
        self._alias_index: dict[str, str] | None = None

    # -- contents -----------------------------------------------------------------------
    @property
    def num_papers(self) -> int:
        """Number of paper nodes."""
        return sum(1 for _, k in self.graph.nodes(data="kind") if k == "paper")

    def entities(self, kind: str | Kind | None = None) -> list[str]:
        """Entity node ids (of one kind), sorted."""
        return entity_nodes(self.graph, kind)

    def counts(self) -> dict[str, int]:
        """Node counts: ``paper`` and each entity kind, plus ``links`` (paper→entity edges)."""
        out = {"paper": 0, **{k.value: 0 for k in Kind}}
        for _, kind in self.graph.nodes(data="kind"):
            out[kind] = out.get(kind, 0) + 1
        out["links"] = self.graph.number_of_edges()
        return out

    def _aliases(self) -> dict[str, str]:
        if self._alias_index is None:
            index: dict[str, str] = {}
            # Vocabulary entities first so that they win a collision with a discovered one.
            nodes = sorted(
                ((n, d) for n, d in self.graph.nodes(data=True) if d.get("kind") != "paper"),
                key=lambda item: (item[1].get("origin") != "vocabulary", item[0]),
            )
            for node, data in nodes:
                for name in [node, node.split("/", 1)[-1], data.get("label", ""), *data.get("aliases", [])]:
                    if name:
                        index.setdefault(_fold(name), node)
            self._alias_index = index
        return self._alias_index

    def entity(self, name: str) -> str:
        """The node id of the entity named ``name`` (id, label or any alias, any case).

        Raises EntityNotFound listing close matches when nothing matches.
        """
        if name in self.graph and self.graph.nodes[name].get("kind") != "paper":
            return name
        index = self._aliases()
        hit = index.get(_fold(name))
        if hit is not None:
            return hit
        labels = {self.graph.nodes[n]["label"] for n in set(index.values())}
        close = difflib.get_close_matches(name, sorted(labels), n=5, cutoff=0.6)
        if not close:
            folded = {_fold(label): label for label in labels}
            close = [folded[f] for f in difflib.get_close_matches(_fold(name), sorted(folded), n=5, cutoff=0.6)]
        raise EntityNotFound(name, close)

    # -- queries ------------------------------------------------------------------------
    def rank(
        self, *, kind: str | Kind | None = None, by: str = "pagerank", top: int | None = 10
    ) -> list[RankRow]:
        """The ``top`` entities (of ``kind``) by centrality ``by``; rows have entity, kind, score."""
        return rank_entities(self.graph, kind=kind, by=by, top=top)

    def papers(self, *, mentioning: str | None = None, role: str | None = None) -> list[str]:
        """Paper node ids, those mentioning an entity (optionally in a role) when given."""
        if mentioning is None:
            return sorted(n for n, k in self.graph.nodes(data="kind") if k == "paper")
        node = self.entity(mentioning)
        return sorted(
            p for p, _, r in self.graph.in_edges(node, data="role") if role is None or r == role
        )

    def related(self, entity: str, *, kind: str | Kind | None = None, top: int | None = 10) -> list[tuple[str, int]]:
        """Entities co-mentioned with ``entity``, with the number of papers mentioning both."""
        node = self.entity(entity)
        counts: dict[str, int] = {}
        for paper in self.graph.predecessors(node):
            for other in self.graph.successors(paper):
                if other != node and (kind is None or self.graph.nodes[other]["kind"] == Kind(kind).value):
                    counts[other] = counts.get(other, 0) + 1
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return ordered[:top] if top is not None else ordered

    # -- exports ------------------------------------------------------------------------
    def to_rdf(self) -> rdflib.Graph:
        """The graph as RDF under the paperkg ontology (an rdflib Graph)."""
        from paperkg.exports.turtle import to_rdf

        return to_rdf(self)

    def write(self, path: str | Path, *, format: str | None = None, **options: Any) -> Path:
        """Write an export; the format comes from ``format`` or the file suffix (.ttl, .html)."""
        from paperkg.exports import write

        return write(self, Path(path), format=format, **options)

    def __repr__(self) -> str:
        counts = self.counts()
        return f"<KnowledgeGraph papers={counts.pop('paper')} " + " ".join(f"{k}={v}" for k, v in counts.items()) + ">"
