"""Semantic Scholar Graph API JSON: ``{"data": [paper, ...]}`` (search), a list (batch), one paper.

Paper fields read: ``paperId`` (kept as the paper id; ``CorpusId:N`` when only ``corpusId``
is given), ``title``, ``abstract``, ``authors[].name``, ``publicationDate`` or ``year``,
``externalIds`` (``ArXiv``, ``DOI``), ``url`` and ``openAccessPdf.url`` (links). Keys are
matched regardless of case, so the lower-case keys of the bulk datasets read too. Citation
and reference lists (``{"data": [{"citingPaper": {...}}]}``) read the wrapped paper; a batch
answer's ``null`` (no paper for that id) is reported and skipped.
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
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, collapse_whitespace, find_urls, iso_date

__all__ = ["read_semantic_scholar", "paper_from_semantic_scholar"]

_KEYS = re.compile(rb'"(?:paperId|corpusId|externalIds|citingPaper|citedPaper)"\s*:', re.IGNORECASE)


def _sniff(head: bytes, name: str) -> bool:
    return looks_like_json(head) and _KEYS.search(head) is not None


def _lower(record: dict[str, Any]) -> dict[str, Any]:
    return {key.lower(): value for key, value in record.items()}


def paper_from_semantic_scholar(record: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one Graph API paper object.

    >>> p = paper_from_semantic_scholar({"paperId": "a1b2", "title": "LLM2LLM",
    ...     "externalIds": {"ArXiv": "2403.15042", "DOI": "10.48550/arXiv.2403.15042"}, "year": 2024},
    ...     SourceRef("s2.json", 1))
    >>> p.id, p.arxiv_id, p.doi, p.date
    ('a1b2', '2403.15042', '10.48550/arXiv.2403.15042', '2024')
    """
    if record is None:
        raise ValueError("null (the API found no paper for this id)")
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    for wrapper in ("citingPaper", "citedPaper"):
        if isinstance(record.get(wrapper), dict):
            record = record[wrapper]
            break
    fields = _lower(record)
    title = collapse_whitespace(get_text(fields, "title") or "")
    abstract = (get_text(fields, "abstract") or "").strip()
    if not title and not abstract:
        raise ValueError("paper has no title and no abstract")
    external = _lower(get_mapping(fields, "externalids"))
    corpus_id = get_id(fields, "corpusid") or get_id(external, "corpusid")
    raw_id = get_id(fields, "paperid") or (f"CorpusId:{corpus_id}" if corpus_id else None)
    doi = clean_doi(external.get("doi"))
    links = [url for url in (fields.get("url"), get_mapping(fields, "openaccesspdf").get("url"))
             if isinstance(url, str) and url.startswith(("http://", "https://"))]
    paper = Paper(
        id=raw_id or "",
        title=title,
        abstract=abstract,
        authors=names(get_list(fields, "authors"), "name"),
        date=iso_date(fields.get("publicationdate")) or iso_date(fields.get("year")),
        arxiv_id=parse_arxiv_id(get_id(external, "arxiv")) or arxiv_id_from_doi(doi),
        doi=doi,
        links=tuple(dict.fromkeys(links + list(find_urls(abstract)))),
        sources=(ref,),
    )
    return paper if raw_id else replace(paper, id=paper.uid)


@reader("semantic-scholar", sniff=_sniff, priority=35)
def read_semantic_scholar(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read Semantic Scholar Graph API papers (search page, batch list, one paper, JSON Lines)."""
    yield from read_json_records(source, on_error, paper_from_semantic_scholar, list_keys=("data",))
