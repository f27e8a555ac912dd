"""Hugging Face daily-papers page dumps: page chrome, then title and abstract lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.records import Paper, SourceRef
from paperkg.ingest.text import find_urls

__all__ = ["read_hf_daily", "parse_hf_daily"]

_CHROME = re.compile(
    r"^(?:new|subscribe|daily papers|byak and the research community"
    r"|get trending papers in your email inbox(?: once a day)?!)$",
    re.IGNORECASE,
)
_GLUED = re.compile(r"^Subscribe(?=\S)")
_PAGE_DATE = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:, \d{4})?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

#: A line longer than this, or holding two sentence ends, is an abstract, not a title.
_TITLE_MAX = 300


def _sniff(head: bytes, name: str) -> bool:
    text = head.decode("utf-8", "replace")
    return "Get trending papers in your email inbox" in text or "byAK and the research community" in text


def _is_abstract(line: str) -> bool:
    return len(line) > _TITLE_MAX or len(_SENTENCE_END.findall(line)) >= 2


def parse_hf_daily(
    lines: Iterator[tuple[int, str]],
    *,
    name: str,
    on_error: ErrorHandler | None = None,
    path: str | Path | None = None,
) -> Iterator[Paper]:
    """Parse numbered lines of a page dump into papers (title line, then abstract line).

    A title with no abstract is kept as a title-only paper; an abstract with no title before
    it is reported (naming ``path``, else ``name``) and skipped. The page date ("Mar 12")
    goes on each paper's source; the page chrome (Subscribe, ...) is dropped.

    >>> dump = ["Subscribe", "Mar 12", "PolyLM: An Open Source Polyglot Large Language Model",
    ...         "Large language models (LLMs) demonstrate remarkable ability. However, ..."]
    >>> [(p.title, p.sources[0].date) for p in parse_hf_daily(enumerate(dump, 1), name="d.txt")]
    [('PolyLM: An Open Source Polyglot Large Language Model', 'Mar 12')]
    """
    page_date: str | None = None
    title: tuple[int, str] | None = None

    def paper(number: int, title_text: str, abstract: str) -> Paper:
        ref = SourceRef(name, number, page_date)
        base = Paper(id="", title=title_text, abstract=abstract, links=find_urls(abstract), sources=(ref,))
        return replace(base, id=base.uid)

    for number, raw in lines:
        line = _GLUED.sub("", raw.strip())
        if not line or _CHROME.match(line):
            continue
        if _PAGE_DATE.match(line):
            page_date = line
            continue
        if _is_abstract(line):
            if title is None:
                if on_error is not None:
                    on_error(InputError(path or name, "abstract with no title before it; skipped", line=number))
                continue
            yield paper(title[0], title[1], line)
            title = None
        else:
            if title is not None:
                yield paper(title[0], title[1], "")
            title = (number, line)
    if title is not None:
        yield paper(title[0], title[1], "")


@reader("hf-daily", sniff=_sniff, priority=20)
def read_hf_daily(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read a Hugging Face daily-papers page dump."""
    yield from parse_hf_daily(source.lines(), name=source.name, on_error=on_error, path=source.path)
