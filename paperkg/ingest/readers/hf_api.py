"""Hugging Face ``/api/daily_papers`` JSON: a list of ``{"paper": {...}, "publishedAt", ...}`` items.

Also reads one paper as ``/api/papers/{id}`` returns it (the inner object, no wrapper). Paper
fields: ``id`` (the arXiv id), ``title``, ``summary``, ``authors[].name``, ``publishedAt``
(the arXiv date), ``githubRepo`` and ``projectPage`` (links). The item's own
``publishedAt`` (the day the paper was on the daily page) goes on the source as its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._json import (
    get_id,
    get_list,
    get_mapping,
    get_text,
    looks_like_json,
    names,
    read_json_records,
)
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import collapse_whitespace, find_urls, iso_date

__all__ = ["read_hf_api", "paper_from_hf_api"]

_KEYS = re.compile(
    rb'"paper"\s*:\s*\{|"(?:upvotes|discussionId|numComments|submittedBy|submittedOnDailyBy'
    rb'|isAuthorParticipating|ai_summary|ai_keywords|githubRepo|mediaUrls)"\s*:'
)


def _sniff(head: bytes, name: str) -> bool:
    return looks_like_json(head) and _KEYS.search(head) is not None


def paper_from_hf_api(item: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one daily-papers item (or a bare paper object).

    >>> item = {"paper": {"id": "2407.10671", "title": "Qwen2 Technical Report",
    ...         "summary": "This report introduces the Qwen2 series.", "authors": [{"name": "An Yang"}],
    ...         "publishedAt": "2024-07-15T17:54:27.000Z"}, "publishedAt": "2024-07-16T00:00:00.000Z"}
    >>> p = paper_from_hf_api(item, SourceRef("daily.json", 1))
    >>> p.id, p.arxiv_id, p.authors, p.date, p.sources[0].date
    ('2407.10671', '2407.10671', ('An Yang',), '2024-07-15', '2024-07-16')
    """
    if not isinstance(item, dict):
        raise ValueError(f"expected a JSON object, got {type(item).__name__}")
    paper = get_mapping(item, "paper")
    wrapped = bool(paper)
    if not wrapped:
        paper = item
    title = collapse_whitespace(get_text(paper, "title") or get_text(item, "title") or "")
    abstract = (get_text(paper, "summary") or get_text(item, "summary") or "").strip()
    if not title and not abstract:
        raise ValueError("paper has no title and no summary")
    raw_id = get_id(paper, "id")
    links = [url for key in ("githubRepo", "projectPage")
             if isinstance(url := paper.get(key), str) and url.startswith(("http://", "https://"))]
    page_date = iso_date(item.get("publishedAt")) if wrapped else None
    result = Paper(
        id=raw_id or "",
        title=title,
        abstract=abstract,
        authors=names(get_list(paper, "authors"), "name"),
        date=iso_date(paper.get("publishedAt")),
        arxiv_id=parse_arxiv_id(raw_id),
        links=tuple(dict.fromkeys(links + list(find_urls(abstract)))),
        sources=(replace(ref, date=page_date),),
    )
    return result if raw_id else replace(result, id=result.uid)


@reader("hf-api", sniff=_sniff, priority=25)
def read_hf_api(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read Hugging Face daily-papers API JSON (a list of items, JSON Lines, or one paper)."""
    yield from read_json_records(source, on_error, paper_from_hf_api, list_keys=("papers",))
