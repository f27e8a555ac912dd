"""The one place a reader's fields become a Paper: whitespace, links, the no-text check, the id."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from paperkg.errors import InputError
from paperkg.ingest.records import Paper, SourceRef
from paperkg.ingest.text import MAX_TEXT_CHARS, collapse_whitespace, cut_text, find_urls

__all__ = ["make_paper", "split_names", "web_links", "within_limit"]


def web_links(values: Iterable[object]) -> list[str]:
    """The values that are http(s) URLs, in order (others, and non-strings, dropped).

    Parameters
    ----------
    values : iterable
        Candidate URLs of any type (a JSON field may hold anything).

    Returns
    -------
    list of str
        The URLs, outer whitespace stripped.

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
    >>> p.id, p.title, p.abstract, p.links  # doctest: +NORMALIZE_WHITESPACE
    ('t-eaaad086f9159b12', 'Qwen2 Technical Report', 'Code: https://github.com/QwenLM/Qwen2.',
     ('https://qwenlm.github.io', 'https://github.com/QwenLM/Qwen2'))
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


def within_limit(paper: Paper, path: str | Path, warn: Callable[[InputError], None]) -> Paper:
    """``paper`` with a title or abstract over ``MAX_TEXT_CHARS`` cut to it, and one warning.

    The warning names ``path`` and the paper's record. An id made from the title is made
    again from the cut title.

    Parameters
    ----------
    paper : Paper
        A paper as a reader made it.
    path : str or Path
        The file it was read from.
    warn : callable
        Called with one ``InputError`` when something was cut.

    Returns
    -------
    Paper
        ``paper`` itself when nothing is too long.

    Examples
    --------
    >>> long = make_paper(SourceRef("big.jsonl", 7), id="2401.00001", title="PolyLM",
    ...                   abstract="word " * 30_000)
    >>> cut = within_limit(long, "data/big.jsonl", print)  # doctest: +NORMALIZE_WHITESPACE
    data/big.jsonl:7: abstract longer than the 100,000-character limit; cut to it
    (abstract 149,999 characters)
    >>> len(cut.abstract), within_limit(cut, "data/big.jsonl", print) is cut
    (99999, True)
    """
    if len(paper.title) <= MAX_TEXT_CHARS and len(paper.abstract) <= MAX_TEXT_CHARS:
        return paper
    fields = [(name, len(text)) for name, text in (("title", paper.title), ("abstract", paper.abstract))
              if len(text) > MAX_TEXT_CHARS]
    what = " and ".join(name for name, _ in fields)
    sizes = ", ".join(f"{name} {size:,}" for name, size in fields)
    record = paper.sources[-1].record if paper.sources else None
    warn(InputError(path, f"{what} longer than the {MAX_TEXT_CHARS:,}-character limit; cut to it "
                          f"({sizes} characters)", line=record))
    cut = replace(paper, title=cut_text(paper.title), abstract=cut_text(paper.abstract))
    return replace(cut, id=cut.uid) if paper.id == paper.uid else cut
