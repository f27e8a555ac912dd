"""Build the networkx paper–entity graph from extraction records (the graph schema is below).

Graph schema (``nx.DiGraph``; node ids double as IRI paths under the paperkg base IRI):

- paper nodes ``paper/<uid>``: ``kind="paper"``, ``label`` (= title), ``title``, ``abstract``,
  ``authors`` (list), ``date``, ``arxiv_id``, ``doi``, ``categories`` (list), ``links``
  (list of URLs), ``sources`` (list of ``{"file", "record", "date"}``).
- entity nodes ``<kind>/<slug>``: ``kind`` (model, dataset, technique, language), ``label``,
  ``aliases`` (list), ``broader`` (family node id or None), ``origin`` (vocabulary or
  discovered), ``confidence``, ``language_type``, ``iso639_3``, ``wikidata``, ``hf_id``,
  and ``generic=True`` on an umbrella term that rankings hide by default (absent otherwise).
- edges paper → entity: ``role`` (strongest role of its mentions), ``count`` (mentions),
  ``confidence`` (highest), ``evidence``: list of ``{"field", "start", "end", "surface",
  "role", "origin", "confidence", "extractor", "sentence"}`` in text order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import networkx as nx

from paperkg.ingest.records import ROLE_ORDER, Entity, Extraction, Paper, Role, SourceRef

__all__ = [
    "paper_node",
    "add_extraction",
    "graph_from_extractions",
    "entity_attrs",
    "paper_attrs",
    "paper_from_node",
    "remove_paper",
    "strongest_role",
]

_ROLE_RANK = {role.value: rank for rank, role in enumerate(ROLE_ORDER)}


def paper_node(paper: Paper) -> str:
    """The node id of a paper: ``paper/<uid>``."""
    return f"paper/{paper.uid}"


def paper_attrs(paper: Paper) -> dict:
    """Node attributes of a paper (plain values: strings, lists, dicts)."""
    return {
        "kind": "paper",
        "label": paper.title,
        "title": paper.title,
        "abstract": paper.abstract,
        "authors": list(paper.authors),
        "date": paper.date,
        "arxiv_id": paper.arxiv_id,
        "doi": paper.doi,
        "categories": list(paper.categories),
        "links": list(paper.links),
        "sources": [{"file": s.file, "record": s.record, "date": s.date} for s in paper.sources],
        "input_id": paper.id,
    }


def paper_from_node(attrs: dict) -> Paper:
    """The Paper record a paper node was made from (inverse of ``paper_attrs``)."""
    return Paper(
        id=attrs.get("input_id") or "",
        title=attrs.get("title") or "",
        abstract=attrs.get("abstract") or "",
        authors=tuple(attrs.get("authors") or ()),
        date=attrs.get("date"),
        arxiv_id=attrs.get("arxiv_id"),
        doi=attrs.get("doi"),
        categories=tuple(attrs.get("categories") or ()),
        links=tuple(attrs.get("links") or ()),
        sources=tuple(SourceRef(s["file"], s["record"], s.get("date")) for s in attrs.get("sources") or ()),
    )


def remove_paper(G: nx.DiGraph, node: str) -> None:
    """Remove a paper and its links; entities no paper mentions any more (and are no one's family) go too."""
    entities = list(G.successors(node))
    G.remove_node(node)
    orphans = [e for e in entities if G.in_degree(e) == 0]
    if orphans:
        families = {b for _, b in G.nodes(data="broader") if b}
        G.remove_nodes_from(e for e in orphans if e not in families)


def entity_attrs(entity: Entity) -> dict:
    """Node attributes of an entity."""
    attrs = {
        "kind": entity.kind.value,
        "label": entity.label,
        "aliases": list(entity.aliases),
        "broader": entity.broader,
        "origin": entity.origin.value,
        "confidence": entity.confidence,
        "language_type": entity.language_type,
        "iso639_3": entity.iso639_3,
        "wikidata": entity.wikidata,
        "hf_id": entity.hf_id,
    }
    if entity.generic:
        attrs["generic"] = True
    return attrs


def _sentence(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


def add_extraction(G: nx.DiGraph, extraction: Extraction) -> str:
    """Add one paper, its entities and its mention edges to ``G``; return the paper node id.

    An entity already in the graph keeps its attributes, except that a discovered entity
    seen again keeps the highest confidence and gathers new surface forms as aliases.
    """
    paper = extraction.paper
    node = paper_node(paper)
    G.add_node(node, **paper_attrs(paper))
    for entity in extraction.entities:
        if entity.id not in G:
            G.add_node(entity.id, **entity_attrs(entity))
        else:
            data = G.nodes[entity.id]
            if entity.confidence > data.get("confidence", 0.0):
                data["confidence"] = entity.confidence
            new = [a for a in entity.aliases if a not in data["aliases"] and a != data["label"]]
            if new:  # sorted, so that the result does not depend on the order papers come in
                data["aliases"] = sorted([*data["aliases"], *new])
    for mention in extraction.mentions:
        text = paper.title if mention.field == "title" else paper.abstract
        evidence = {
            "field": mention.field,
            "start": mention.start,
            "end": mention.end,
            "surface": mention.surface,
            "role": mention.role.value,
            "origin": mention.origin.value,
            "confidence": mention.confidence,
            "extractor": mention.extractor,
            "sentence": _sentence(text, mention.sentence_start, mention.sentence_end),
        }
        if G.has_edge(node, mention.entity_id):
            edge = G.edges[node, mention.entity_id]
            edge["evidence"].append(evidence)
            edge["count"] += 1
            edge["confidence"] = max(edge["confidence"], mention.confidence)
            if _ROLE_RANK[mention.role.value] < _ROLE_RANK[edge["role"]]:
                edge["role"] = mention.role.value
        else:
            G.add_edge(
                node,
                mention.entity_id,
                role=mention.role.value,
                count=1,
                confidence=mention.confidence,
                evidence=[evidence],
            )
    return node


def graph_from_extractions(
    extractions: Iterable[Extraction], *, on_paper: Callable[[str], None] | None = None
) -> nx.DiGraph:
    """Make the paper–entity graph from extraction records (see the module docstring)."""
    G = nx.DiGraph()
    for extraction in extractions:
        node = add_extraction(G, extraction)
        if on_paper is not None:
            on_paper(node)
    return G


def strongest_role(roles: Iterable[str]) -> Role:
    """The strongest of ``roles`` (introduces > uses > evaluates_on > compares_with > mentions)."""
    return min((Role(r) for r in roles), key=lambda r: _ROLE_RANK[r.value], default=Role.MENTIONS)
