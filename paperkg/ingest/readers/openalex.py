"""OpenAlex works JSON: ``{"meta", "results": [work, ...]}`` pages, a single work, or JSON Lines.

Work fields read: ``id`` (``https://openalex.org/W...``, kept as the paper id), ``doi`` (a
doi.org URL), ``title`` or ``display_name``, ``abstract_inverted_index`` (word -> positions:
the abstract is rebuilt with single spaces), ``authorships[].author.display_name`` (or
``raw_author_name``), ``publication_date`` / ``publication_year``, ``ids.arxiv`` and the
landing-page and PDF URLs of ``primary_location``, ``best_oa_location`` and ``locations``
(an arXiv URL there, or an arXiv DOI, gives the arXiv id).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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
from paperkg.ingest.readers._paper import make_paper, web_links
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, collapse_whitespace, iso_date

__all__ = ["read_openalex", "paper_from_openalex", "rebuild_abstract"]

_sniff = json_sniffer(rb'openalex\.org/W\d|"abstract_inverted_index"\s*:|"authorships"\s*:')


def rebuild_abstract(index: Any) -> str:
    """The abstract text from OpenAlex's ``abstract_inverted_index`` (word -> positions).

    Entries that are not a word with a list of integer positions are ignored.

    Parameters
    ----------
    index : object
        The decoded ``abstract_inverted_index``.

    Returns
    -------
    str
        The words in position order, joined by single spaces ("" when there are none).

    Examples
    --------
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


def _authors(work: Mapping[str, Any]) -> list[str]:
    authors = []
    for authorship in get_list(work, "authorships"):
        if isinstance(authorship, dict):
            name = get_text(get_mapping(authorship, "author"), "display_name") or get_text(
                authorship, "raw_author_name"
            )
            if name:
                authors.append(collapse_whitespace(name))
    return authors


def paper_from_openalex(work: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one OpenAlex work object.

    Parameters
    ----------
    work : object
        One decoded JSON value (a work).
    ref : SourceRef
        Where it was read.

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        Not an object, or no title and no abstract.

    Examples
    --------
    >>> work = {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.48550/arxiv.2307.06018",
    ...         "display_name": "PolyLM", "abstract_inverted_index": {"Large": [0], "models": [1]}}
    >>> p = paper_from_openalex(work, SourceRef("works.json", 1))
    >>> p.id, p.doi, p.arxiv_id, p.abstract
    ('https://openalex.org/W1', '10.48550/arxiv.2307.06018', '2307.06018', 'Large models')
    """
    work = as_object(work)
    ids = get_mapping(work, "ids")
    doi = clean_doi(work.get("doi")) or clean_doi(ids.get("doi"))
    urls = web_links(loc.get(key) for loc in _locations(work) for key in ("landing_page_url", "pdf_url"))
    urls += web_links([get_mapping(work, "open_access").get("oa_url")])
    arxiv_id = (
        parse_arxiv_id(get_id(ids, "arxiv"))
        or arxiv_id_from_doi(doi)
        or next((found for url in urls if (found := parse_arxiv_id(url))), None)
    )
    return make_paper(
        ref,
        id=get_id(work, "id") or get_id(ids, "openalex"),
        title=get_text(work, "title", "display_name") or "",
        abstract=rebuild_abstract(work.get("abstract_inverted_index")),
        authors=_authors(work),
        date=iso_date(work.get("publication_date")) or iso_date(work.get("publication_year")),
        arxiv_id=arxiv_id,
        doi=doi,
        links=urls,
        what="work",
    )


@reader("openalex", sniff=_sniff, priority=30)
def read_openalex(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read OpenAlex works (an API page, one work, or JSON Lines of works as in the snapshot).

    Parameters
    ----------
    source : TextInput
        The JSON.
    on_error : callable
        Called with an ``InputError`` for each work skipped.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = '{"meta": {"count": 1}, "results": [{"id": "https://openalex.org/W1", "title": "PolyLM"}]}'
    >>> [p.title for p in read_openalex(TextInput.from_text(text, name="works.json"), print)]
    ['PolyLM']
    """
    yield from read_json_records(source, on_error, paper_from_openalex, list_keys=("results",))
