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
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, iso_date

__all__ = ["read_semantic_scholar", "paper_from_semantic_scholar"]

_sniff = json_sniffer(rb'"(?:paperId|corpusId|externalIds|citingPaper|citedPaper)"\s*:', flags=re.IGNORECASE)


def _lower(record: dict[str, Any]) -> dict[str, Any]:
    return {key.lower(): value for key, value in record.items()}


def paper_from_semantic_scholar(record: Any, ref: SourceRef) -> Paper:
    """Make a Paper from one Graph API paper object.

    Parameters
    ----------
    record : object
        One decoded JSON value: a paper, or ``{"citingPaper": paper}`` / ``{"citedPaper": ...}``.
    ref : SourceRef
        Where it was read.

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        ``null``, not an object, or no title and no abstract.

    Examples
    --------
    >>> p = paper_from_semantic_scholar({"paperId": "a1b2", "title": "LLM2LLM",
    ...     "externalIds": {"ArXiv": "2403.15042", "DOI": "10.48550/arXiv.2403.15042"}, "year": 2024},
    ...     SourceRef("s2.json", 1))
    >>> p.id, p.arxiv_id, p.doi, p.date
    ('a1b2', '2403.15042', '10.48550/arXiv.2403.15042', '2024')
    """
    if record is None:
        raise ValueError("null (the API found no paper for this id)")
    record = as_object(record)
    for wrapper in ("citingPaper", "citedPaper"):
        if isinstance(record.get(wrapper), dict):
            record = record[wrapper]
            break
    fields = _lower(record)
    external = _lower(get_mapping(fields, "externalids"))
    corpus_id = get_id(fields, "corpusid") or get_id(external, "corpusid")
    doi = clean_doi(external.get("doi"))
    return make_paper(
        ref,
        id=get_id(fields, "paperid") or (f"CorpusId:{corpus_id}" if corpus_id else None),
        title=get_text(fields, "title") or "",
        abstract=get_text(fields, "abstract") or "",
        authors=split_names(get_list(fields, "authors")),
        date=iso_date(fields.get("publicationdate")) or iso_date(fields.get("year")),
        arxiv_id=parse_arxiv_id(get_id(external, "arxiv")) or arxiv_id_from_doi(doi),
        doi=doi,
        links=(fields.get("url"), get_mapping(fields, "openaccesspdf").get("url")),
        what="paper",
    )


@reader("semantic-scholar", sniff=_sniff, priority=35)
def read_semantic_scholar(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read Semantic Scholar Graph API papers (search page, batch list, one paper, JSON Lines).

    Parameters
    ----------
    source : TextInput
        The JSON.
    on_error : callable
        Called with an ``InputError`` for each paper skipped.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = '[{"paperId": "a1b2", "title": "LLM2LLM"}, null]'
    >>> [p.id for p in read_semantic_scholar(TextInput.from_text(text, name="batch.json"), print)]
    batch.json:2: null (the API found no paper for this id); skipped
    ['a1b2']
    """
    yield from read_json_records(source, on_error, paper_from_semantic_scholar, list_keys=("data",))
