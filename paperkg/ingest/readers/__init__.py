"""Readers by format name, picked by content; ``read_papers`` streams papers from files and folders.

A reader is a function ``(source: TextInput, on_error, **options) -> Iterator[Paper]``
registered with ``@reader(name, sniff=..., priority=..., options=...)``. It reports a bad
record by calling ``on_error`` with an ``InputError`` (file and record number) and goes on
with the next one; it raises ``InputError`` only when the whole file is unusable.

Formats (detected from the content, lowest priority first; ``format=`` overrides):

============== ======== =================================================================
name           priority claims a file whose first 4 KB ...
============== ======== =================================================================
arxiv-atom     10       is XML naming the Atom namespace or a ``<feed`` root
hf-daily       20       holds the daily-papers page chrome ("Get trending papers ...")
hf-api         25       is JSON with a ``"paper": {`` wrapper or HF-only keys (``upvotes``)
openalex       30       is JSON with an ``https://openalex.org/W`` id or OpenAlex-only keys
semantic-      35       is JSON with Semantic Scholar keys (``paperId``, ``externalIds``)
scholar
bibtex         40       starts (after ``%`` comments) with a BibTeX ``@type{`` entry
jsonl          60       is other JSON: JSON Lines, an array or one object (arXiv snapshot)
csv            70       has a header row of column names split by tab, comma or semicolon
text           90       is any other text that does not start like markup or JSON
============== ======== =================================================================

Record numbers (``SourceRef.record`` and ``InputError.line``) are line numbers for
line-based formats (JSON Lines, CSV, BibTeX, plain text, page dumps) and the 1-based position
of the record for JSON documents and Atom feeds (the N-th paper object or ``<entry>``); a
syntax error in a JSON or XML document names its line and column in the message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperkg.errors import FormatError, InputError, QueryError
from paperkg.ingest.readers._input import TextInput, looks_binary
from paperkg.ingest.records import Paper

__all__ = [
    "READERS",
    "Reader",
    "ReadReport",
    "reader",
    "detect_format",
    "read_papers",
    "iter_files",
    "known_options",
    "TextInput",
]

ErrorHandler = Callable[[InputError], None]
ReaderFunc = Callable[..., Iterator[Paper]]


@dataclass(frozen=True)
class Reader:
    """A registered reader: ``sniff(head, name)`` says whether it reads a file.

    ``options`` names the keyword options ``read`` accepts (``read_papers(options=...)``).
    """

    name: str
    read: ReaderFunc
    sniff: Callable[[bytes, str], bool]
    priority: int = 50
    options: tuple[str, ...] = ()


READERS: dict[str, Reader] = {}

# Reader modules, imported once so that their @reader decorators run; order is irrelevant
# because detection is by priority (lower first), then name.
_MODULES = (
    "arxiv_atom",
    "hf_daily",
    "hf_api",
    "openalex",
    "semantic_scholar",
    "bibtex",
    "jsonl",
    "csv_tsv",
    "plain_text",
)


def reader(
    name: str,
    *,
    sniff: Callable[[bytes, str], bool],
    priority: int = 50,
    options: tuple[str, ...] = (),
) -> Callable[[ReaderFunc], ReaderFunc]:
    """Register a reader under ``name``; ``sniff(head_bytes, file_name)`` claims files."""

    def register(func: ReaderFunc) -> ReaderFunc:
        READERS[name] = Reader(name, func, sniff, priority, options)
        return func

    return register


def _load_readers() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")


def known_options() -> list[str]:
    """Every option name some reader accepts (``read_papers(options=...)``)."""
    _load_readers()
    return sorted({option for entry in READERS.values() for option in entry.options})


def detect_format(source: TextInput) -> str:
    """Name the reader for ``source`` from its content (first bytes), else raise FormatError."""
    _load_readers()
    head = source.head()
    if not head.strip():
        raise FormatError(source.path, "empty file")
    if looks_binary(head):
        raise FormatError(source.path, "binary data, not a text format paperkg reads")
    for entry in sorted(READERS.values(), key=lambda r: (r.priority, r.name)):
        if entry.sniff(head, source.name):
            return entry.name
    raise FormatError(
        source.path, f"unknown format; known: {', '.join(sorted(READERS))} (use format=)"
    )


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders recursively (sorted, hidden files skipped); missing paths raise InputError."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise InputError(path, "no such file or folder")


@dataclass
class ReadReport:
    """Counts of what reading did: files, records read, records skipped (with why), warnings."""

    files: int = 0
    read: int = 0
    skipped: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)
    failed_files: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        """One line: read, skipped and failed counts."""
        return (
            f"{self.files} file(s), {self.read} record(s) read, {len(self.skipped)} skipped, "
            f"{len(self.failed_files)} file(s) unreadable"
        )


def _check_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    options = dict(options or {})
    known = known_options()
    unknown = sorted(set(options) - set(known))
    if unknown:
        raise QueryError(f"unknown reader option {unknown[0]!r}; known: {', '.join(known)}")
    return options


def read_papers(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    report: ReadReport | None = None,
    on_error: ErrorHandler | None = None,
    on_warning: ErrorHandler | None = None,
    options: Mapping[str, Any] | None = None,
) -> Iterator[Paper]:
    """Yield every paper in ``paths`` (files or folders, plain or gzip), format by content.

    Bad records and unreadable files are reported (``on_error`` and ``report``) and skipped;
    the rest still come through. Nothing is deduplicated here, but an id that a file repeats
    gets a warning naming both records.

    Parameters
    ----------
    paths : files or folders (read recursively, sorted, hidden files skipped).
    format : a reader name to use instead of detecting each file's format.
    report : filled with counts: files, records read, skipped records, unreadable files.
    on_error, on_warning : called with each skipped record / warning (an ``InputError``).
    options : reader options, each passed to the readers that accept it: ``title_field``,
        ``abstract_field``, ``id_field``, ``authors_field``, ``date_field`` name the columns
        or keys of CSV/TSV and JSON Lines input (they replace the default names).

    Raises
    ------
    FormatError : ``format`` is not a reader name.
    QueryError : an option no reader knows.
    InputError : a path that does not exist.

    Examples
    --------
    >>> from paperkg.ingest import SAMPLE_DIR
    >>> papers = list(read_papers([SAMPLE_DIR]))
    >>> len(papers)
    361
    """
    _load_readers()
    report = report if report is not None else ReadReport()
    if format is not None and format not in READERS:
        raise FormatError("-", f"unknown format {format!r}; known: {', '.join(sorted(READERS))}")
    settings = _check_options(options)

    def skip(error: InputError) -> None:
        report.skipped.append(error)
        if on_error is not None:
            on_error(error)

    def warn(error: InputError) -> None:
        report.warnings.append(error)
        if on_warning is not None:
            on_warning(error)

    def fail(error: InputError) -> None:
        report.failed_files.append(error)
        if on_error is not None:
            on_error(error)

    for path in iter_files(paths):
        report.files += 1
        source = TextInput(path, on_warning=warn, on_error=skip)
        try:
            name = format or detect_format(source)
            if format is not None:
                source.check_text()
            entry = READERS[name]
            kwargs = {key: value for key, value in settings.items() if key in entry.options}
            seen: dict[str, int] = {}
            for paper in entry.read(source, skip, **kwargs):
                report.read += 1
                _check_duplicate(paper, seen, source, warn)
                yield paper
        except InputError as error:
            fail(error)
        except OSError as error:
            fail(InputError(path, f"cannot read: {error.strerror or error}"))


def _check_duplicate(paper: Paper, seen: dict[str, int], source: TextInput, warn: ErrorHandler) -> None:
    """Warn when a file gives the same input id to two records (both are kept)."""
    if paper.id == paper.uid or not paper.sources:
        return  # an id made from the title: repeats are the dedupe's business
    record = paper.sources[-1].record
    first = seen.setdefault(paper.id, record)
    if first != record:
        warn(InputError(source.path, f"duplicate id {paper.id!r} (first at record {first}); "
                                     "both records kept", line=record))
