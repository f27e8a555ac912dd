"""The one place a reader's fields become a Paper: whitespace, links, the no-text check, the id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from paperkg.ingest.records import Paper, SourceRef
from paperkg.ingest.text import collapse_whitespace, find_urls

__all__ = ["make_paper", "split_names", "web_links"]


def web_links(values: Iterable[object]) -> list[str]:
    """The values that are http(s) URLs, in order (others, and non-strings, dropped).

    Examples
    --------
    >>> web_links(["https://github.com/QwenLM/Qwen2", None, "ftp://x", 3, "http://a.org"])
    ['https://github.com/QwenLM/Qwen2', 'http://a.org']
    """
    return [v.strip() for v in values if isinstance(v, str) and v.strip().startswith(("http://", "https://"))]


def make_paper(
    ref: SourceRef,
    *,
    id: str | None = None,
    title: str = "",
    abstract: str = "",
    authors: Iterable[str] = (),
    date: str | None = None,
    arxiv_id: str | None = None,
    doi: str | None = None,
    categories: Iterable[str] = (),
    links: Iterable[object] = (),
    what: str = "record",
) -> Paper:
    """Make the Paper of one record from the fields a reader found.

    The title's whitespace is collapsed (hard-wrapped titles join into one line) and the
    abstract's outer whitespace stripped; ``links`` keeps its http(s) URLs and gains the URLs
    of the abstract, each once; categories are kept once each, in order.

    Parameters
    ----------
    ref : SourceRef
        Where the record was read.
    id : str, optional
        The id the input gives, kept unchanged; without one the id is made from the
        arXiv id, DOI or title (``Paper.uid``).
    title, abstract : str
        The text.
    authors, categories : iterable of str
        Names and category codes.
    date, arxiv_id, doi : str, optional
        ISO date, version-less arXiv id, bare DOI.
    links : iterable
        Candidate URLs (anything that is not an http(s) URL is dropped).
    what : str
        What a record is called in the error ("record", "row", "entry", "work", "paper").

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        The record has no title and no abstract (readers report and skip it).

    Examples
    --------
    >>> p = make_paper(SourceRef("a.jsonl", 1), title="Qwen2\\n  Technical Report",
    ...                abstract=" Code: https://github.com/QwenLM/Qwen2. ", links=[None, "https://qwenlm.github.io"])
    >>> p.id, p.title, p.abstract, p.links
    ('t-eaaad086f9159b12', 'Qwen2 Technical Report', 'Code: https://github.com/QwenLM/Qwen2.', ('https://qwenlm.github.io', 'https://github.com/QwenLM/Qwen2'))
    >>> make_paper(SourceRef("a.csv", 3), id="x", what="row")
    Traceback (most recent call last):
    ...
    ValueError: row has no title and no abstract
    """
    title = collapse_whitespace(title or "")
    abstract = (abstract or "").strip()
    if not title and not abstract:
        raise ValueError(f"{what} has no title and no abstract")
    paper = Paper(
        id=(id or "").strip(),
        title=title,
        abstract=abstract,
        authors=tuple(a for a in authors if a),
        date=date,
        arxiv_id=arxiv_id,
        doi=doi,
        categories=tuple(dict.fromkeys(c for c in categories if c)),
        links=tuple(dict.fromkeys(web_links(links) + list(find_urls(abstract)))),
        sources=(ref,),
    )
    return paper if paper.id else replace(paper, id=paper.uid)


def split_names(value: Any) -> tuple[str, ...]:
    """Author names from a list or a string of names.

    Parameters
    ----------
    value : object
        A list (strings, ``{"name"}`` objects, the snapshot's ``[last, first, suffix]``) or
        a string of names separated by commas, semicolons or "and".

    Returns
    -------
    tuple of str
        The names, whitespace collapsed.

    Examples
    --------
    >>> split_names("Gregor Geigle, Abhay Jain and Radu Timofte")
    ('Gregor Geigle', 'Abhay Jain', 'Radu Timofte')
    >>> split_names([["Glavaš", "Goran", ""], ["Yang", "An", "Jr"]])
    ('Goran Glavaš', 'An Yang Jr')
    """
    if isinstance(value, str):
        text = value.replace(";", ",").replace(" and ", ",")
        return tuple(" ".join(part.split()) for part in text.split(",") if part.strip())
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if isinstance(item, dict):
            item = next((item[key] for key in ("name", "display_name", "full_name")
                         if isinstance(item.get(key), str) and item[key].strip()), None)
        elif isinstance(item, list):  # arXiv snapshot authors_parsed: [last, first, suffix]
            parts = [p for p in item[:3] if isinstance(p, str)]
            item = " ".join(p for p in (parts[1:2] + parts[:1] + parts[2:3]) if p.strip())
        if isinstance(item, str) and item.strip():
            out.append(" ".join(item.split()))
    return tuple(out)
