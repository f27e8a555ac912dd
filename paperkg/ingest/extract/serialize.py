"""Extraction records as plain JSON objects (the ``paperkg extract --format jsonl`` shape)."""

from __future__ import annotations

import json
from typing import Any

from paperkg.ingest.records import Extraction, Mention

__all__ = ["extraction_to_dict", "extraction_to_json_line", "mention_to_dict"]


def mention_to_dict(mention: Mention, label: str, *, generic: bool = False) -> dict[str, Any]:
    """One mention in the documented JSON shape (``source`` is the entity's origin; ``generic``
    is present, and true, only for a link to an umbrella-term entity)."""
    out = {
        "kind": mention.kind.value,
        "entity": label,
        "entity_id": mention.entity_id,
        "surface": mention.surface,
        "start": mention.start,
        "end": mention.end,
        "field": mention.field,
        "role": mention.role.value,
        "source": mention.origin.value,
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
