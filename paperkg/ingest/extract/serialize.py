"""Extraction records as plain JSON objects (the ``paperkg extract --format jsonl`` shape)."""

from __future__ import annotations

import json
from typing import Any

from paperkg.ingest.records import Extraction, Mention

__all__ = ["extraction_from_record", "extraction_to_dict", "extraction_to_json_line", "extraction_to_record",
           "extraction_to_record_line", "mention_to_dict"]


def mention_to_dict(mention: Mention, label: str, *, generic: bool = False) -> dict[str, Any]:
    """One mention in the documented JSON shape (``source`` is the entity's origin; ``generic``
    is present, and true, only for a link to an umbrella-term entity)."""
    # str() of these StrEnum members is their value, without the Enum value property's Python call
    out = {
        "kind": str(mention.kind),
        "entity": label,
        "entity_id": mention.entity_id,
        "surface": mention.surface,
        "start": mention.start,
        "end": mention.end,
        "field": mention.field,
        "role": str(mention.role),
        "source": str(mention.origin),
        "confidence": mention.confidence,
    }
    if generic:
        out["generic"] = True
    return out


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """``{"id", "title", "mentions": [...]}`` for one record, mentions in text order."""
    labels = {entity.id: entity.label for entity in extraction.entities}
    generic = {entity.id for entity in extraction.entities if entity.generic}
    return {
        "id": extraction.paper.id,
        "title": extraction.paper.title,
        "mentions": [mention_to_dict(m, labels.get(m.entity_id, m.entity_id), generic=m.entity_id in generic)
                     for m in extraction.mentions],
    }


def extraction_to_json_line(extraction: Extraction) -> str:
    """One ``paperkg extract --format jsonl`` line (with its newline)."""
    return json.dumps(extraction_to_dict(extraction), ensure_ascii=False) + "\n"


# -- whole records: what `paperkg extract --records` writes and `build --from-extractions` reads --
_ENTITY_FIELDS = ("id", "label", "kind", "aliases", "broader", "origin", "language_type", "iso639_3",
                  "wikidata", "hf_id", "confidence", "generic")


def extraction_to_record(extraction: Extraction) -> dict[str, Any]:
    """:func:`extraction_to_dict` plus what a build needs to make the same graph from it:
    the paper's metadata (``"paper"``), every entity with its attributes (``"entities"``, families
    included) and, per mention, its ``extractor`` and evidence ``sentence`` bounds."""
    out = extraction_to_dict(extraction)
    for mention, row in zip(extraction.mentions, out["mentions"], strict=True):
        row["extractor"] = mention.extractor
        row["sentence"] = [mention.sentence_start, mention.sentence_end]
    p = extraction.paper
    out["paper"] = {"abstract": p.abstract, "authors": list(p.authors), "date": p.date,
                    "arxiv_id": p.arxiv_id, "doi": p.doi, "categories": list(p.categories),
                    "links": list(p.links), "sources": [[s.file, s.record, s.date] for s in p.sources]}
    out["entities"] = [{name: _json_value(getattr(e, name)) for name in _ENTITY_FIELDS}
                       for e in extraction.entities]
    return out


def _json_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else (value.value if hasattr(value, "value") else value)


def extraction_to_record_line(extraction: Extraction) -> str:
    """One ``paperkg extract --records`` line (with its newline)."""
    return json.dumps(extraction_to_record(extraction), ensure_ascii=False) + "\n"


def extraction_from_record(record: dict[str, Any]) -> Extraction:
    """The Extraction a :func:`extraction_to_record` object describes.

    Raises ValueError (naming the field) when the object lacks the paper or entity records.
    """
    from paperkg.ingest.records import Entity, Kind, Mention, Origin, Paper, Role, SourceRef

    paper_fields = record.get("paper")
    if not isinstance(paper_fields, dict) or not isinstance(record.get("entities"), list):
        raise ValueError("no \"paper\" and \"entities\": write the links with paperkg extract --records")
    try:
        paper = Paper(id=str(record["id"]), title=str(record.get("title") or ""),
                      abstract=paper_fields.get("abstract") or "",
                      authors=tuple(paper_fields.get("authors") or ()), date=paper_fields.get("date"),
                      arxiv_id=paper_fields.get("arxiv_id"), doi=paper_fields.get("doi"),
                      categories=tuple(paper_fields.get("categories") or ()),
                      links=tuple(paper_fields.get("links") or ()), sources=tuple(
                          SourceRef(s[0], int(s[1]), s[2]) for s in paper_fields.get("sources") or ()))
        mentions = tuple(
            Mention(paper_id=paper.id, entity_id=m["entity_id"], kind=Kind(m["kind"]), surface=m["surface"],
                    field=m["field"], start=int(m["start"]), end=int(m["end"]), role=Role(m["role"]),
                    origin=Origin(m["source"]), confidence=float(m["confidence"]), extractor=m["extractor"],
                    sentence_start=int(m["sentence"][0]), sentence_end=int(m["sentence"][1]))
            for m in record.get("mentions") or ())
        entities = tuple(
            Entity(**{**{k: v for k, v in e.items() if k in _ENTITY_FIELDS}, "kind": Kind(e["kind"]),
                      "origin": Origin(e["origin"]), "aliases": tuple(e.get("aliases") or ())})
            for e in record["entities"])
    except (KeyError, IndexError, TypeError, ValueError) as error:
        raise ValueError(f"not a linked record ({type(error).__name__}: {error})") from None
    return Extraction(paper=paper, mentions=mentions, entities=entities)
