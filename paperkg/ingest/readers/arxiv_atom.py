"""arXiv API Atom feeds (``<feed xmlns="http://www.w3.org/2005/Atom">``), parsed with defusedxml.

Entry fields read (by local name, so other Atom feeds read too): ``id`` (the abs URL, kept as
the paper id; it gives the arXiv id), ``title`` (hard-wrapped: whitespace collapsed),
``summary`` (kept as written, outer whitespace stripped), ``author/name``, ``published``
(else ``updated``), ``arxiv:doi``, ``arxiv:primary_category`` and ``category/@term``,
``link/@href`` and URLs in the summary or ``arxiv:comment`` (links).

The feed is parsed as a stream, one entry at a time: a truncated feed keeps the entries
before the break; entity declarations (entity bombs) and external entities are refused; an
entry longer than ``MAX_RECORD_BYTES`` ends the file. An error entry of the arXiv API
(``<id>http://arxiv.org/api/errors#...``) is reported with its message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._paper import make_paper
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, collapse_whitespace, find_urls, iso_date

__all__ = ["read_arxiv_atom", "paper_from_entry"]

_ATOM_NS = b"http://www.w3.org/2005/Atom"


def _sniff(head: bytes, name: str) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"<") and (_ATOM_NS in head or b"<feed" in head)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(elem: Element, name: str) -> str:
    for child in elem:
        if _local(child.tag) == name:
            return "".join(child.itertext())
    return ""


def paper_from_entry(entry: Element, ref: SourceRef) -> Paper:
    """Make a Paper from one Atom ``<entry>``.

    Parameters
    ----------
    entry : Element
        The parsed ``<entry>`` element.
    ref : SourceRef
        Where it was read.

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        An arXiv API error entry, or no title and no summary.

    Examples
    --------
    >>> from defusedxml.ElementTree import fromstring
    >>> entry = fromstring('<entry xmlns="http://www.w3.org/2005/Atom">'
    ...     '<id>http://arxiv.org/abs/2407.10671v4</id><title>Qwen2\\n  Technical Report</title>'
    ...     '<summary>  This report introduces the Qwen2 series.\\n</summary></entry>')
    >>> p = paper_from_entry(entry, SourceRef("feed.xml", 1))
    >>> p.id, p.arxiv_id, p.title, p.abstract  # doctest: +NORMALIZE_WHITESPACE
    ('http://arxiv.org/abs/2407.10671v4', '2407.10671', 'Qwen2 Technical Report',
     'This report introduces the Qwen2 series.')
    """
    raw_id = _text(entry, "id").strip()
    abstract = _text(entry, "summary")
    if "arxiv.org/api/errors" in raw_id:
        raise ValueError(f"arXiv API error ({collapse_whitespace(abstract) or raw_id})")
    authors: list[str] = []
    categories: list[str] = []
    links: list[str | None] = []
    doi = None
    for child in entry:
        name = _local(child.tag)
        if name == "author":
            authors += [collapse_whitespace("".join(n.itertext())) for n in child if _local(n.tag) == "name"]
        elif name == "primary_category" and child.get("term"):
            categories.insert(0, child.get("term", "").strip())
        elif name == "category" and child.get("term"):
            categories.append(child.get("term", "").strip())
        elif name == "link":
            links.append(child.get("href"))
        elif name == "doi" and doi is None:
            doi = clean_doi("".join(child.itertext()))
        elif name == "comment":
            links += find_urls("".join(child.itertext()))
    return make_paper(
        ref,
        id=raw_id,
        title=_text(entry, "title"),
        abstract=abstract,
        authors=authors,
        date=iso_date(_text(entry, "published")) or iso_date(_text(entry, "updated")),
        arxiv_id=parse_arxiv_id(raw_id) or arxiv_id_from_doi(doi),
        doi=doi,
        categories=categories,
        links=links,
        what="entry",
    )


class _TooLong(Exception):
    pass


class _Feed:
    """The file-like object iterparse reads: decoded pieces, and a cap on one entry's size."""

    def __init__(self, pieces: Iterable[str], limit: int) -> None:
        self._pieces = iter(pieces)
        self._limit = limit
        self._since_mark = 0

    def read(self, size: int = -1) -> str:
        for piece in self._pieces:
            if piece:
                self._since_mark += len(piece)
                if self._since_mark > self._limit:
                    raise _TooLong
                return piece
        return ""

    def mark(self) -> None:
        self._since_mark = 0


@reader("arxiv-atom", sniff=_sniff, priority=10)
def read_arxiv_atom(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read an arXiv API Atom feed, one entry at a time (defusedxml: no entities).

    Parameters
    ----------
    source : TextInput
        The feed.
    on_error : callable
        Called with an ``InputError`` for each entry skipped, and for a broken or truncated feed.

    Yields
    ------
    Paper

    Raises
    ------
    InputError
        The root is not an Atom feed, or the XML declares entities (a possible entity bomb).

    Examples
    --------
    >>> feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2307.06018v1</id>'
    ...         '<title>PolyLM</title></entry><entry><id>x</id></entry></feed>')
    >>> [p.arxiv_id for p in read_arxiv_atom(TextInput.from_text(feed, name="feed.xml"), print)]
    feed.xml:2: entry has no title and no abstract; skipped (entry 2)
    ['2307.06018']
    """
    feed = _Feed(source.pieces(), source.max_record_bytes)
    number = 0
    root: Element | None = None
    try:
        for event, elem in iterparse(feed, events=("start", "end")):
            if event == "start":
                if root is None:
                    root = elem
                    if _local(elem.tag) not in ("feed", "entry"):
                        raise InputError(source.path, f"XML root is <{_local(elem.tag)}>, not an Atom <feed>")
                continue
            if _local(elem.tag) != "entry":
                continue
            number += 1
            feed.mark()
            try:
                paper = paper_from_entry(elem, SourceRef(source.name, number))
            except ValueError as error:
                on_error(InputError(source.path, f"{error}; skipped (entry {number})", line=number))
            else:
                yield paper
            elem.clear()
            if root is not elem and elem in root:
                root.remove(elem)
    except DefusedXmlException as error:
        kind = "entity declarations" if "Entit" in type(error).__name__ else "external references"
        raise InputError(source.path, f"XML {kind} are refused (a possible entity bomb: "
                                      f"{type(error).__name__}); file not read") from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        on_error(InputError(
            source.path,
            f"broken or truncated XML; the rest of the file skipped ({str(error).split(':')[0]} at "
            f"line {line}, column {column}, after {number} entries)",
            line=number + 1,
        ))
    except _TooLong:
        on_error(InputError(
            source.path,
            f"entry longer than the {source.max_record_bytes:,}-character limit; the rest of the file "
            f"skipped (after {number} entries)",
            line=number + 1,
        ))
