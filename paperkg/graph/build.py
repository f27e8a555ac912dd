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
from paperkg.ingest.text import flatten_markup

__all__ = [
    "paper_node",
    "add_extraction",
    "merge_entity_attrs",
    "graph_from_extractions",
    "entity_attrs",
    "paper_attrs",
    "paper_from_node",
    "strongest_role",
]

_ROLE_RANK = {role.value: rank for rank, role in enumerate(ROLE_ORDER)}


def paper_node(paper: Paper) -> str:
    """The node id of a paper: ``paper/<uid>`` (from its arXiv id, else DOI, else title).

    Parameters
    ----------
    paper : Paper
        The paper record.

    Returns
    -------
    str
        The node id, which is also the paper's IRI path.

    Examples
    --------
    >>> paper_node(Paper(id="x", title="LoRA", arxiv_id="2106.09685"))
    'paper/arxiv-2106.09685'
    """
    return f"paper/{paper.uid}"


def paper_attrs(paper: Paper) -> dict:
    """Node attributes of a paper (plain values: strings, lists, dicts).

    Parameters
    ----------
    paper : Paper
        The paper record.

    Returns
    -------
    dict
        ``kind="paper"``, ``label`` (the title) and the paper's metadata; see the module docstring.

    Examples
    --------
    >>> attrs = paper_attrs(Paper(id="x", title="LoRA", authors=("E. Hu",), date="2021-06-17"))
    >>> attrs["kind"], attrs["label"], attrs["authors"], attrs["date"]
    ('paper', 'LoRA', ['E. Hu'], '2021-06-17')
    """
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
    """The Paper record a paper node was made from (inverse of :func:`paper_attrs`).

    Parameters
    ----------
    attrs : dict
        A paper node's attributes.

    Returns
    -------
    Paper

    Examples
    --------
    >>> paper = Paper(id="x", title="LoRA", authors=("E. Hu",), arxiv_id="2106.09685")
    >>> paper_from_node(paper_attrs(paper)) == paper
    True
    """
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


def entity_attrs(entity: Entity) -> dict:
    """Node attributes of an entity (``generic=True`` only on an umbrella term).

    Parameters
    ----------
    entity : Entity
        The canonical entity.

    Returns
    -------
    dict
        ``kind``, ``label``, ``aliases``, ``broader``, ``origin``, ``confidence`` and the
        language and identifier fields; see the module docstring.

    Examples
    --------
    >>> from paperkg.ingest.records import Kind
    >>> attrs = entity_attrs(Entity("technique/lora", "LoRA", Kind.TECHNIQUE,
    ...                             aliases=("low-rank adaptation",)))
    >>> attrs["kind"], attrs["label"], attrs["aliases"], "generic" in attrs
    ('technique', 'LoRA', ['low-rank adaptation'], False)
    """
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


def merge_entity_attrs(data: dict, new: dict) -> None:
    """Merge the attributes ``new`` of an entity into ``data`` (the node's), the same in any order.

    A vocabulary entity's attributes win over a discovered one's. Between two discovered ones
    the label is the spelling with the most capitals, then the first in text order ("KGym" over
    "kGym", "CoLA" over "CoLa"), the other spellings are aliases (sorted), the family is the
    first of the two in text order, the confidence the highest: a merge that is commutative and
    associative, so any order of papers gives the same node.

    Parameters
    ----------
    data : dict
        The node's attributes, updated in place.
    new : dict
        Attributes of the same entity from another paper (:func:`entity_attrs`).

    Examples
    --------
    >>> a = {"label": "kGym", "aliases": [], "origin": "discovered", "broader": None, "confidence": 0.8}
    >>> merge_entity_attrs(a, {"label": "KGym", "aliases": ["KGYM"], "origin": "discovered",
    ...                        "broader": "model/gym", "confidence": 0.9})
    >>> a["label"], a["aliases"], a["broader"], a["confidence"]
    ('KGym', ['KGYM', 'kGym'], 'model/gym', 0.9)
    """
    spellings = {data["label"], new["label"], *data.get("aliases", ()), *new.get("aliases", ())}
    vocabulary = [d for d in (data, new) if d.get("origin") == "vocabulary"]
    if vocabulary:
        chosen = min(vocabulary, key=lambda d: (d["label"], str(sorted(d.items(), key=str))))
        generic = bool(data.get("generic") or new.get("generic"))
        data.update({k: v for k, v in chosen.items() if k != "aliases"})
        if generic:
            data["generic"] = True
    else:
        data["label"] = min((data["label"], new["label"]), key=lambda t: (-sum(c.isupper() for c in t), t))
        families = [b for b in (data.get("broader"), new.get("broader")) if b]
        data["broader"] = min(families) if families else None
    data["confidence"] = max(data.get("confidence", 0.0), new.get("confidence", 0.0))
    data["aliases"] = sorted(spellings - {data["label"]})


def _sentence(text: str, start: int, end: int) -> str:
    """The evidence sentence, read as extraction read it (line breaks and LaTeX styling made
    spaces: :func:`~paperkg.ingest.text.flatten_markup`), so that it holds the mention's surface."""
    return flatten_markup(text[start:end]).strip()


def add_extraction(G: nx.DiGraph, extraction: Extraction) -> str:
    """Add one paper, its entities and its mention edges to ``G``; return the paper node id.

    An entity seen again is merged so that the result does not depend on the order papers
    come in (:func:`merge_entity_attrs`). Mentions of one entity in one paper share an edge:
    its ``role`` is the strongest, ``count`` the number of mentions, ``evidence`` one entry each.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph, changed in place.
    extraction : Extraction
        One paper with its mentions and entities.

    Returns
    -------
    str
        The paper's node id.

    Examples
    --------
    >>> from paperkg.ingest.records import Kind, Mention
    >>> paper = Paper(id="x", title="", abstract="We fine-tune with LoRA.")
    >>> lora = Entity("technique/lora", "LoRA", Kind.TECHNIQUE)
    >>> mention = Mention(paper.id, lora.id, Kind.TECHNIQUE, "LoRA", "abstract", 18, 22, role=Role.USES,
    ...                   sentence_end=23)
    >>> G = nx.DiGraph()
    >>> node = add_extraction(G, Extraction(paper, (mention,), (lora,)))
    >>> G.edges[node, "technique/lora"]["role"], G.edges[node, "technique/lora"]["evidence"][0]["sentence"]
    ('uses', 'We fine-tune with LoRA.')
    """
    paper = extraction.paper
    node = paper_node(paper)
    G.add_node(node, **paper_attrs(paper))
    for entity in extraction.entities:
        if entity.id not in G:
            G.add_node(entity.id, **entity_attrs(entity))
        else:
            merge_entity_attrs(G.nodes[entity.id], entity_attrs(entity))
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
    """Make the paper–entity graph from extraction records (see the module docstring).

    The in-memory counterpart of a build's graph stage, for extractions already at hand (a
    build streams them through its store instead: :func:`paperkg.pipeline.build`).

    Parameters
    ----------
    extractions : iterable of Extraction
        One per paper, in any order (the graph is the same).
    on_paper : callable, optional
        Called with each paper's node id as it is added (e.g. progress).

    Returns
    -------
    networkx.DiGraph

    Examples
    --------
    >>> from paperkg.ingest.records import Kind, Mention
    >>> lora = Entity("technique/lora", "LoRA", Kind.TECHNIQUE)
    >>> papers = [Paper(id=i, title=f"Paper {i}", abstract="Uses LoRA.") for i in "ab"]
    >>> G = graph_from_extractions(
    ...     Extraction(p, (Mention(p.id, lora.id, Kind.TECHNIQUE, "LoRA", "abstract", 5, 9),), (lora,))
    ...     for p in papers)
    >>> G.in_degree("technique/lora")
    2
    """
    G = nx.DiGraph()
    for extraction in extractions:
        node = add_extraction(G, extraction)
        if on_paper is not None:
            on_paper(node)
    return G


def strongest_role(roles: Iterable[str]) -> Role:
    """The strongest of ``roles`` (introduces > uses > evaluates_on > compares_with > mentions).

    Parameters
    ----------
    roles : iterable of str
        Role values.

    Returns
    -------
    Role
        ``Role.MENTIONS`` when ``roles`` is empty.

    Examples
    --------
    >>> strongest_role(["mentions", "evaluates_on", "uses"])
    <Role.USES: 'uses'>
    """
    return min((Role(r) for r in roles), key=lambda r: _ROLE_RANK[r.value], default=Role.MENTIONS)
