"""JSON Lines: one paper object a line (the arXiv metadata snapshot's shape and similar)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import find_urls

__all__ = ["read_jsonl", "parse_jsonl", "paper_from_mapping"]

#: Field names tried, in order, for each Paper field.
TITLE_KEYS = ("title",)
ABSTRACT_KEYS = ("abstract", "summary", "paperAbstract")
ID_KEYS = ("id", "paper_id", "paperId", "arxiv_id")
DATE_KEYS = ("update_date", "date", "published", "publication_date", "year")


def _sniff(head: bytes, name: str) -> bool:
    first = head.lstrip().split(b"\n", 1)[0].strip()
    return first.startswith(b"{") and (first.endswith(b"}") or len(first) >= len(head.strip()) - 1)


def _first(record: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _strings(value: Any, sep: str = ",") -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split() if sep == " " else value.replace(" and ", sep).split(sep)
        return tuple(p.strip() for p in parts if p.strip())
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, Mapping):
                item = item.get("name") or item.get("display_name") or ""
            elif isinstance(item, list):  # arXiv snapshot authors_parsed: [last, first, suffix]
                item = " ".join(p for p in reversed(item[:2]) if p)
            if str(item).strip():
                out.append(str(item).strip())
        return tuple(out)
    return (str(value),)


def paper_from_mapping(record: Mapping[str, Any], ref: SourceRef) -> Paper:
    """Make a Paper from one JSON object; raise ValueError when it has no title and no abstract."""
    title = _first(record, TITLE_KEYS)
    abstract = _first(record, ABSTRACT_KEYS)
    if not isinstance(title, str | None) or not isinstance(abstract, str | None):
        raise ValueError("title and abstract must be strings")
    title = " ".join((title or "").split())
    abstract = (abstract or "").strip()
    if not title and not abstract:
        raise ValueError("record has no title and no abstract")
    raw_id = _first(record, ID_KEYS)
    raw_id = str(raw_id) if raw_id is not None else None
    date = _first(record, DATE_KEYS)
    doi = record.get("doi") if isinstance(record.get("doi"), str) else None
    paper = Paper(
        id=raw_id or "",
        title=title,
        abstract=abstract,
        authors=_strings(record.get("authors")),
        date=str(date) if date is not None else None,
        arxiv_id=parse_arxiv_id(raw_id) or parse_arxiv_id(record.get("arxiv_id")),
        doi=doi.strip() or None if doi else None,
        categories=_strings(record.get("categories"), sep=" "),
        links=find_urls(abstract),
        sources=(ref,),
    )
    return paper if raw_id else _with_id(paper)


def _with_id(paper: Paper) -> Paper:
    from dataclasses import replace

    return replace(paper, id=paper.uid)


def parse_jsonl(lines: Iterator[tuple[int, str]], *, name: str, on_error: ErrorHandler) -> Iterator[Paper]:
    """Parse numbered JSON lines into papers; blank lines are skipped, bad ones reported."""
    for number, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError(f"expected a JSON object, got {type(record).__name__}")
            yield paper_from_mapping(record, SourceRef(name, number))
        except (ValueError, RecursionError) as error:
            reason = f"broken JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
            on_error(InputError(name, f"{reason}; record skipped", line=number))


@reader("jsonl", sniff=_sniff, priority=60)
def read_jsonl(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read JSON Lines papers (``id``, ``title``, ``abstract``, ``authors``, ...)."""
    yield from parse_jsonl(source.lines(), name=source.name, on_error=on_error)
