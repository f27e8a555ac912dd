"""Hugging Face ``/api/daily_papers`` JSON: a list of ``{"paper": {...}, "publishedAt", ...}`` items.

Also reads one paper as ``/api/papers/{id}`` returns it (the inner object, no wrapper). Paper
fields: ``id`` (the arXiv id), ``title``, ``summary``, ``authors[].name``, ``publishedAt``
(the arXiv date), ``githubRepo`` and ``projectPage`` (links). The item's own
``publishedAt`` (the day the paper was on the daily page) goes on the source as its date.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._json import (
    as_object,
    get_id,
    get_list,
    get_mapping,
    get_text,
    json_sniffer,
    read_json_records,
)
from paperkg.ingest.readers._paper import make_paper, split_names
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import iso_date

__all__ = ["read_hf_api", "paper_from_hf_api"]

_sniff = json_sniffer(
    rb'"paper"\s*:\s*\{|"(?:upvotes|discussionId|numComments|submittedBy|submittedOnDailyBy'
    rb'|isAuthorParticipating|ai_summary|ai_keywords|githubRepo|mediaUrls)"\s*:'
)


def paper_from_hf_api(item: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one daily-papers item (or a bare paper object).

    Parameters
    ----------
    item : object
        One decoded JSON value: ``{"paper": {...}, "publishedAt": ...}`` or the paper itself.
    ref : SourceRef
        Where it was read (its date becomes the item's ``publishedAt`` day).

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        Not an object, or no title and no summary.

    Examples
    --------
    >>> item = {"paper": {"id": "2407.10671", "title": "Qwen2 Technical Report",
    ...         "summary": "This report introduces the Qwen2 series.", "authors": [{"name": "An Yang"}],
    ...         "publishedAt": "2024-07-15T17:54:27.000Z"}, "publishedAt": "2024-07-16T00:00:00.000Z"}
    >>> p = paper_from_hf_api(item, SourceRef("daily.json", 1))
    >>> p.id, p.arxiv_id, p.authors, p.date, p.sources[0].date
    ('2407.10671', '2407.10671', ('An Yang',), '2024-07-15', '2024-07-16')
    """
    item = as_object(item)
    paper = get_mapping(item, "paper")
    wrapped = bool(paper)
    if not wrapped:
        paper = item
    raw_id = get_id(paper, "id")
    return make_paper(
        replace(ref, date=iso_date(item.get("publishedAt")) if wrapped else None),
        id=raw_id,
        title=get_text(paper, "title") or get_text(item, "title") or "",
        abstract=get_text(paper, "summary") or get_text(item, "summary") or "",
        authors=split_names(get_list(paper, "authors")),
        date=iso_date(paper.get("publishedAt")),
        arxiv_id=parse_arxiv_id(raw_id),
        links=(paper.get("githubRepo"), paper.get("projectPage")),
        what="paper",
    )


@reader("hf-api", sniff=_sniff, priority=25)
def read_hf_api(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read Hugging Face daily-papers API JSON (a list of items, JSON Lines, or one paper).

    Parameters
    ----------
    source : TextInput
        The JSON.
    on_error : callable
        Called with an ``InputError`` for each item skipped.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = '[{"paper": {"id": "2307.06018", "title": "PolyLM", "upvotes": 3}}, {"paper": {"id": "x"}}]'
    >>> [p.arxiv_id for p in read_hf_api(TextInput.from_text(text, name="daily.json"), print)]
    daily.json:2: paper has no title and no abstract; skipped
    ['2307.06018']
    """
    yield from read_json_records(source, on_error, paper_from_hf_api, list_keys=("papers",))
