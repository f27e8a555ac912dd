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

In a folder only files whose content is one of these formats are read, and plain text
(``text``) is not: a ``README.md`` or ``notes.txt`` beside the data is passed over and counted
in ``ReadReport.passed_over``. Name a plain-text file, or pass ``format="text"``, to read it.
A title or abstract longer than ``MAX_TEXT_CHARS`` (100,000 characters) is cut to it, with one
warning naming the file and record.

Record numbers (``SourceRef.record`` and ``InputError.line``) are line numbers for
line-based formats (JSON Lines, CSV, BibTeX, plain text, page dumps) and the 1-based position
of the record for JSON documents and Atom feeds (the N-th paper object or ``<entry>``); a
syntax error in a JSON or XML document names its line and column in the message.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from paperkg.errors import FormatError, InputError, QueryError
from paperkg.ingest.readers._bytes import looks_binary
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._paper import within_limit
from paperkg.ingest.readers._report import ErrorLog, ReadReport
from paperkg.ingest.records import Paper
from paperkg.ingest.text import MAX_TEXT_CHARS

__all__ = [
    "READERS",
    "Reader",
    "ReadReport",
    "ErrorLog",
    "reader",
    "detect_format",
    "read_papers",
    "iter_files",
    "known_options",
    "TextInput",
    "MAX_TEXT_CHARS",
]

ErrorHandler = Callable[[InputError], None]
ReaderFunc = Callable[..., Iterator[Paper]]


@dataclass(frozen=True)
class Reader:
    """A registered reader.

    Attributes
    ----------
    name : str
        The format name (``format=``, ``--input-format``).
    read : callable
        ``read(source, on_error, **options)`` yields the papers of a ``TextInput``.
    sniff : callable
        ``sniff(head, file_name)`` says whether the reader claims a file from its first bytes.
    priority : int
        Detection order: lower first.
    options : tuple of str
        The keyword options ``read`` accepts (``read_papers(options=...)``).

    Examples
    --------
    >>> detect_format(TextInput.from_text("@misc{qwen2, title={Qwen2}}"))  # loads every reader
    'bibtex'
    >>> entry = READERS["bibtex"]
    >>> entry.name, entry.priority, entry.sniff(b"@misc{qwen2,", "refs.bib")
    ('bibtex', 40, True)
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

#: Formats read from a folder only when forced: any text is plain text.
_NAMED_ONLY = frozenset({"text"})


def reader(
    name: str,
    *,
    sniff: Callable[[bytes, str], bool],
    priority: int = 50,
    options: tuple[str, ...] = (),
) -> Callable[[ReaderFunc], ReaderFunc]:
    """Register the decorated function as the reader of format ``name``.

    Parameters
    ----------
    name : str
        The format name.
    sniff : callable
        ``sniff(head_bytes, file_name) -> bool``: does this reader claim the file?
    priority : int
        Detection order (lower first; the first reader that claims a file reads it).
    options : tuple of str
        Keyword options the reader accepts.

    Returns
    -------
    callable
        A decorator that registers the function and returns it unchanged.

    Examples
    --------
    >>> @reader("lines-demo", sniff=lambda head, name: name.endswith(".demo"), priority=99)
    ... def read_lines_demo(source, on_error):
    ...     for number, line in source.lines():
    ...         yield Paper(id=str(number), title=line)
    >>> [p.title for p in READERS["lines-demo"].read(TextInput.from_text("PolyLM", name="x.demo"), print)]
    ['PolyLM']
    >>> del READERS["lines-demo"]
    """

    def register(func: ReaderFunc) -> ReaderFunc:
        READERS[name] = Reader(name, func, sniff, priority, options)
        return func

    return register


def _load_readers() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")


def known_options() -> list[str]:
    """Every option name some reader accepts (``read_papers(options=...)``).

    Returns
    -------
    list of str
        Sorted option names.

    Examples
    --------
    >>> known_options()
    ['abstract_field', 'authors_field', 'date_field', 'id_field', 'page_year', 'title_field']
    """
    _load_readers()
    return sorted({option for entry in READERS.values() for option in entry.options})


class _NotAPaperFormat(FormatError):
    """Detection found no paper format: an empty file, binary data or unknown content."""


def detect_format(source: TextInput) -> str:
    """Name the reader for ``source`` from its content (its first 4 KB, decompressed).

    Parameters
    ----------
    source : TextInput
        The input to look at.

    Returns
    -------
    str
        The name of the first reader (by priority) that claims the content.

    Raises
    ------
    FormatError
        The input is empty, binary data, a corrupt gzip stream or no known format.

    Examples
    --------
    >>> detect_format(TextInput.from_text('{"id": "2407.10671", "title": "Qwen2 Technical Report"}'))
    'jsonl'
    >>> detect_format(TextInput.from_text("@misc{qwen2, title={Qwen2 Technical Report}}"))
    'bibtex'
    """
    _load_readers()
    head = source.head()
    if not head.strip():
        raise _NotAPaperFormat(source.path, "empty file")
    if looks_binary(head):
        raise _NotAPaperFormat(source.path, "binary data, not a text format paperkg reads")
    for entry in sorted(READERS.values(), key=lambda r: (r.priority, r.name)):
        if entry.sniff(head, source.name):
            return entry.name
    raise _NotAPaperFormat(
        source.path, f"unknown format; known: {', '.join(sorted(READERS))} (use format=)"
    )


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[Path, bool]]:
    """``(file, named)`` for each file: named on its own, or found in a folder."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(p.startswith(".") for p in rel.parts):
                    yield child, False
        elif path.is_file():
            yield path, True
        else:
            raise InputError(path, "no such file or folder")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file in ``paths``: files as given, folders expanded recursively.

    Folders are walked in sorted order; hidden files and folders (``.name``) are skipped.

    Parameters
    ----------
    paths : iterable of str or Path
        Files and folders.

    Yields
    ------
    Path
        Each file.

    Raises
    ------
    InputError
        A path that does not exist.

    Examples
    --------
    >>> from paperkg.ingest import SAMPLE_DIR
    >>> [p.name for p in iter_files([SAMPLE_DIR])][:2]
    ['000_a932e451f06fc1ce.txt', '001_a3a14dc973bea2fb.txt']
    """
    for path, _ in _expand(paths):
        yield path


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
    the rest still come through. In a folder, files whose content is no paper format, and
    plain text, are passed over (``report.passed_over``). A title or abstract longer than
    ``MAX_TEXT_CHARS`` is cut to it with a warning. Nothing is deduplicated here, but an id
    that a file repeats gets a warning naming both records.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders (read recursively, sorted, hidden files skipped).
    format : str, optional
        A reader name to use instead of detecting each file's format (``"text"`` also reads
        plain text found in folders).
    report : ReadReport, optional
        Filled with counts: files, records read, skipped records, warnings, unreadable files
        and files passed over, each counted per reason with the first few kept.
    on_error, on_warning : callable, optional
        Called with each skipped record or unreadable file / each warning (an ``InputError``).
    options : mapping, optional
        Reader options, each passed to the readers that accept it: ``title_field``,
        ``abstract_field``, ``id_field``, ``authors_field``, ``date_field`` name the columns
        or keys of CSV/TSV and JSON Lines input (they replace the default names);
        ``page_year`` dates Hugging Face page dumps whose day headers show no year.

    Yields
    ------
    Paper
        Each record read, in file and record order.

    Raises
    ------
    FormatError
        ``format`` is not a reader name.
    QueryError
        An option no reader knows.
    InputError
        A path that does not exist.

    Examples
    --------
    >>> from paperkg.ingest import SAMPLE_DIR
    >>> report = ReadReport()
    >>> papers = list(read_papers([SAMPLE_DIR], report=report))
    >>> report.summary()
    '4 file(s), 361 record(s) read, 0 skipped, 0 file(s) unreadable'
    >>> papers[0].title, papers[0].date
    ('CodeFuse-13B: A Pretrained Multi-lingual Code Large Language Model', '2025-03-12')
    """
    _load_readers()
    report = report if report is not None else ReadReport()
    if format is not None and format not in READERS:
        raise FormatError("-", f"unknown format {format!r}; known: {', '.join(sorted(READERS))}")
    settings = _check_options(options)

    def handler(log: ErrorLog, callback: ErrorHandler | None) -> ErrorHandler:
        def handle(error: InputError) -> None:
            log.add(error)
            if callback is not None:
                callback(error)

        return handle

    skip = handler(report.skipped, on_error)
    warn = handler(report.warnings, on_warning)
    fail = handler(report.failed_files, on_error)

    for path, named in _expand(paths):
        source = TextInput(path, on_warning=warn, on_error=skip)
        try:
            name = format or detect_format(source)
            if not named and name in _NAMED_ONLY and format is None:
                report.passed_over.add(InputError(
                    path, "plain text, not read from a folder; name the file or use --input-format text"))
                continue
        except _NotAPaperFormat as error:
            if named:
                report.files += 1
                fail(error)
            else:
                report.passed_over.add(error)
            continue
        except InputError as error:
            report.files += 1
            fail(error)
            continue
        except OSError as error:
            report.files += 1
            fail(InputError(path, f"cannot read: {error.strerror or error}"))
            continue
        report.files += 1
        try:
            if format is not None:
                source.check_text()
            entry = READERS[name]
            kwargs = {key: value for key, value in settings.items() if key in entry.options}
            seen: dict[str, int] = {}
            for paper in entry.read(source, skip, **kwargs):
                report.read += 1
                paper = within_limit(paper, source.path, warn)
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
