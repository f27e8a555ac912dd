"""Hugging Face daily-papers page dumps: page chrome, day headers, then title and abstract lines.

A dump is the text of a papers page copied from a browser: the page chrome ("Subscribe",
"byAK and the research community", ...), a day header ("Mar 12"), then each paper as a title
line and an abstract line. Read per line:

- a day header (``Mar 12`` or ``Mar 12, 2025``) dates the papers after it: the day goes on
  each paper's source and, as ISO ``2025-03-12``, becomes the paper's date (a daily page lists
  papers on the day they are featured; the dump shows no other date). The year is the one the
  header shows, else that of the last header in the dump that showed one, else the
  ``page_year`` option. With none of these the year is unknown: the source keeps the day as
  shown and the paper has no date.
- the bundled sample (``paperkg/ingest/sample``) shows days without a year; its year is
  ``SAMPLE_PAGE_YEAR`` (2025). Evidence: each dated dump lists papers first posted to arXiv in
  2025 (``2504.06225`` under "Apr 23", ``2506.03939`` under "Jul 30"), so its page is from 2025
  or later, and a page that shows a day without its year shows a day of the current year.
- a line that is only an arXiv id or link (``arXiv:2407.10671``, ``https://arxiv.org/abs/...``,
  ``https://huggingface.co/papers/2407.10671``) gives the current paper its arXiv id; a line
  that is only another URL becomes one of its links (so do URLs in its abstract).
- a line over 300 characters or with two sentence ends is an abstract, any other a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from paperkg.errors import InputError, QueryError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._paper import make_paper
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import find_arxiv_id, looks_like_abstract, month_number

__all__ = ["read_hf_daily", "parse_hf_daily", "page_date", "SAMPLE_PAGE_YEAR"]

#: The year of the bundled sample's day headers ("Mar 12"), which the dumps do not show.
SAMPLE_PAGE_YEAR = 2025

_SAMPLE_FOLDER = Path(__file__).resolve().parents[1] / "sample"

_CHROME = re.compile(
    r"^(?:new|subscribe|daily papers|byak and the research community"
    r"|get trending papers in your email inbox(?: once a day)?!)$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"^Subscribe(?=\S)")
_PAGE_DATE = re.compile(r"^([A-Z][a-z]{2,8}) (\d{1,2})(?:, (\d{4}))?$")


def _sniff(head: bytes, name: str) -> bool:
    text = head.decode("utf-8", "replace")
    return "Get trending papers in your email inbox" in text or "byAK and the research community" in text


def page_date(line: str, year: int | None = None) -> tuple[str, int | None] | None:
    """Read a day header: ``(date, year)``, or None when ``line`` is not one.

    Parameters
    ----------
    line : str
        A line of a dump.
    year : int, optional
        The year to assume when the header shows none.

    Returns
    -------
    tuple or None
        The date as ISO ``YYYY-MM-DD`` when the year is known (shown or assumed), else the
        header as shown; and the year (None when unknown).

    Examples
    --------
    >>> page_date("Mar 12"), page_date("Mar 12", 2025), page_date("Mar 12, 2024", 2025)
    (('Mar 12', None), ('2025-03-12', 2025), ('2024-03-12', 2024))
    >>> page_date("Qwen2 Technical Report") is None, page_date("Feb 30", 2025)
    (True, ('Feb 30', None))
    """
    match = _PAGE_DATE.match(line)
    month = month_number(match.group(1)) if match else None
    if match is None or month is None:
        return None
    shown = int(match.group(3)) if match.group(3) else None
    year = shown or year
    if year is None:
        return line, None
    try:
        return date(year, month, int(match.group(2))).isoformat(), year
    except ValueError:
        return line, None


def _link_line(line: str) -> tuple[str | None, str | None]:
    """``(arxiv_id, url)`` of a line that is a single id or URL, else ``(None, None)``."""
    if not line or any(c.isspace() for c in line):
        return None, None
    arxiv_id = parse_arxiv_id(line) or find_arxiv_id(line)
    if arxiv_id:
        return arxiv_id, line if line.startswith(("http://", "https://")) else None
    return None, line if line.startswith(("http://", "https://")) else None


@dataclass
class _Entry:
    number: int
    title: str
    date: tuple[str, int | None] | None
    abstract: str = ""
    arxiv_id: str | None = None
    links: list[str] = field(default_factory=list)

    def paper(self, name: str) -> Paper:
        shown, year = self.date or (None, None)
        return make_paper(SourceRef(name, self.number, shown), title=self.title, abstract=self.abstract,
                          date=shown if year else None, arxiv_id=self.arxiv_id, links=self.links)


def parse_hf_daily(
    lines: Iterator[tuple[int, str]],
    *,
    name: str,
    on_error: ErrorHandler | None = None,
    path: str | Path | None = None,
    page_year: int | None = None,
) -> Iterator[Paper]:
    """Parse numbered lines of a page dump into papers (see the module's rules).

    A title with no abstract is kept as a title-only paper; an abstract with no title before
    it is reported (naming ``path``, else ``name``) and skipped.

    Parameters
    ----------
    lines : iterator of (int, str)
        Line numbers and lines.
    name : str
        The file name recorded on the papers' sources.
    on_error : callable, optional
        Called with an ``InputError`` for each abstract without a title.
    path : str or Path, optional
        The file named in errors (default: ``name``).
    page_year : int, optional
        The year of day headers that show none (when no earlier header showed one).

    Yields
    ------
    Paper
        One per title line.

    Examples
    --------
    >>> dump = ["Subscribe", "Mar 12", "PolyLM: An Open Source Polyglot Large Language Model",
    ...         "Large language models (LLMs) demonstrate remarkable ability. However, ...",
    ...         "arXiv:2307.06018"]
    >>> [(p.title, p.date, p.arxiv_id, p.sources[0].date)
    ...  for p in parse_hf_daily(enumerate(dump, 1), name="d.txt", page_year=2023)]
    [('PolyLM: An Open Source Polyglot Large Language Model', '2023-03-12', '2307.06018', '2023-03-12')]
    """
    day: tuple[str, int | None] | None = None
    entry: _Entry | None = None
    for number, raw in lines:
        line = _GLUED.sub("", raw.strip())
        if not line or _CHROME.match(line):
            continue
        header = page_date(line, page_year)
        if header is not None:
            if entry is not None:
                yield entry.paper(name)
                entry = None
            day = header
            page_year = header[1] or page_year
            continue
        arxiv_id, url = _link_line(line)
        if arxiv_id or url:
            if entry is not None:
                entry.arxiv_id = entry.arxiv_id or arxiv_id
                entry.links += [url] if url else []
            continue
        if not looks_like_abstract(line):
            if entry is not None:
                yield entry.paper(name)
            entry = _Entry(number, line, day)
        elif entry is not None and not entry.abstract:
            entry.abstract = line
        elif on_error is not None:
            on_error(InputError(path or name, "abstract with no title before it; skipped", line=number))
    if entry is not None:
        yield entry.paper(name)


def _year(source: TextInput, page_year: object) -> int | None:
    if page_year is None or page_year == "":
        sample = source.data is None and source.path.resolve().parent == _SAMPLE_FOLDER
        return SAMPLE_PAGE_YEAR if sample else None
    year = page_year if isinstance(page_year, int) and not isinstance(page_year, bool) else \
        int(page_year) if isinstance(page_year, str) and page_year.strip().isdigit() else None
    if year is None or not 1000 <= year <= 9999:
        raise QueryError(f"page_year must be a four-digit year, not {page_year!r}")
    return year


@reader("hf-daily", sniff=_sniff, priority=20, options=("page_year",))
def read_hf_daily(source: TextInput, on_error: ErrorHandler,
                  page_year: int | str | None = None) -> Iterator[Paper]:
    """Read a Hugging Face daily-papers page dump.

    Parameters
    ----------
    source : TextInput
        The dump.
    on_error : callable
        Called with an ``InputError`` for each line that cannot be used.
    page_year : int, optional
        The year of day headers that show none (the bundled sample: ``SAMPLE_PAGE_YEAR``).

    Raises
    ------
    QueryError
        ``page_year`` is not a four-digit year.

    Yields
    ------
    Paper
        One per title line, dated by the day header above it when its year is known.

    Examples
    --------
    >>> dump = "Get trending papers in your email inbox!\\n\\nJul 16, 2024\\n\\nQwen2 Technical Report\\n"
    >>> [(p.title, p.date) for p in read_hf_daily(TextInput.from_text(dump, name="d.txt"), print)]
    [('Qwen2 Technical Report', '2024-07-16')]
    """
    yield from parse_hf_daily(source.lines(), name=source.name, on_error=on_error, path=source.path,
                              page_year=_year(source, page_year))
