"""OpenAlex works JSON: ``{"meta", "results": [work, ...]}`` pages, a single work, or JSON Lines.

Work fields read: ``id`` (``https://openalex.org/W...``, kept as the paper id), ``doi`` (a
doi.org URL), ``title`` or ``display_name``, ``abstract_inverted_index`` (word -> positions:
the abstract is rebuilt with single spaces), ``authorships[].author.display_name`` (or
``raw_author_name``), ``publication_date`` / ``publication_year``, ``ids.arxiv`` and the
landing-page and PDF URLs of ``primary_location``, ``best_oa_location`` and ``locations``
(an arXiv URL there, or an arXiv DOI, gives the arXiv id).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
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
    read_json_records,
)
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, collapse_whitespace, find_urls, iso_date

__all__ = ["read_openalex", "paper_from_openalex", "rebuild_abstract"]

_KEYS = re.compile(rb'openalex\.org/W\d|"abstract_inverted_index"\s*:|"authorships"\s*:')


def _sniff(head: bytes, name: str) -> bool:
    return looks_like_json(head) and _KEYS.search(head) is not None


def rebuild_abstract(index: Any) -> str:
    """The abstract text from OpenAlex's ``abstract_inverted_index`` (word -> positions).

    Entries that are not a word with a list of integer positions are ignored.

    >>> rebuild_abstract({"Qwen2": [0], "is": [1, 4], "here.": [5], "it": [3], "Yes,": [2]})
    'Qwen2 is Yes, it is here.'
    """
    if not isinstance(index, dict):
        return ""
    slots: dict[int, str] = {}
    for word, positions in index.items():
        if type(positions) is list and isinstance(word, str):
            for position in positions:
                if type(position) is int:  # not bool, not float
                    slots[position] = word
    return " ".join(slots[position] for position in sorted(slots)).strip()


def _locations(work: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = [get_mapping(work, "primary_location"), get_mapping(work, "best_oa_location")]
    found += [loc for loc in get_list(work, "locations") if isinstance(loc, dict)]
    return [loc for loc in found if loc]


def paper_from_openalex(work: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one OpenAlex work object.

    >>> work = {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.48550/arxiv.2307.06018",
    ...         "display_name": "PolyLM", "abstract_inverted_index": {"Large": [0], "models": [1]}}
    >>> p = paper_from_openalex(work, SourceRef("works.json", 1))
    >>> p.id, p.doi, p.arxiv_id, p.abstract
    ('https://openalex.org/W1', '10.48550/arxiv.2307.06018', '2307.06018', 'Large models')
    """
    if not isinstance(work, dict):
        raise ValueError(f"expected a JSON object, got {type(work).__name__}")
    title = collapse_whitespace(get_text(work, "title", "display_name") or "")
    abstract = rebuild_abstract(work.get("abstract_inverted_index"))
    if not title and not abstract:
        raise ValueError("work has no title and no abstract")
    ids = get_mapping(work, "ids")
    raw_id = get_id(work, "id") or get_id(ids, "openalex")
    doi = clean_doi(work.get("doi")) or clean_doi(ids.get("doi"))
    urls = [
        url
        for loc in _locations(work)
        for key in ("landing_page_url", "pdf_url")
        if isinstance(url := loc.get(key), str) and url.startswith(("http://", "https://"))
    ]
    oa_url = get_mapping(work, "open_access").get("oa_url")
    if isinstance(oa_url, str) and oa_url.startswith(("http://", "https://")):
        urls.append(oa_url)
    arxiv_id = (
        parse_arxiv_id(get_id(ids, "arxiv"))
        or arxiv_id_from_doi(doi)
        or next((found for url in urls if (found := parse_arxiv_id(url))), None)
    )
    authors = []
    for authorship in get_list(work, "authorships"):
        if isinstance(authorship, dict):
            name = get_text(get_mapping(authorship, "author"), "display_name") or get_text(
                authorship, "raw_author_name"
            )
            if name:
                authors.append(collapse_whitespace(name))
    paper = Paper(
        id=raw_id or "",
        title=title,
        abstract=abstract,
        authors=tuple(authors),
        date=iso_date(work.get("publication_date")) or iso_date(work.get("publication_year")),
        arxiv_id=arxiv_id,
        doi=doi,
        links=tuple(dict.fromkeys(urls + list(find_urls(abstract)))),
        sources=(ref,),
    )
    return paper if raw_id else replace(paper, id=paper.uid)


@reader("openalex", sniff=_sniff, priority=30)
def read_openalex(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read OpenAlex works (an API page, one work, or JSON Lines of works as in the snapshot)."""
    yield from read_json_records(source, on_error, paper_from_openalex, list_keys=("results",))
