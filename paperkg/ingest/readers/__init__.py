"""Readers by format name, picked by content; ``read_papers`` streams papers from files and folders.

A reader is a function ``(source: TextInput, on_error) -> Iterator[Paper]`` registered with
``@reader(name, sniff=...)``. It reports a bad record by calling ``on_error`` with an
``InputError`` (file and record number) and goes on with the next one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paperkg.errors import FormatError, InputError
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.records import Paper

__all__ = [
    "READERS",
    "Reader",
    "ReadReport",
    "reader",
    "detect_format",
    "read_papers",
    "iter_files",
    "TextInput",
]

ErrorHandler = Callable[[InputError], None]
ReaderFunc = Callable[[TextInput, ErrorHandler], Iterator[Paper]]


@dataclass(frozen=True)
class Reader:
    """A registered reader: ``sniff(head, name)`` says whether it reads a file."""

    name: str
    read: ReaderFunc
    sniff: Callable[[bytes, str], bool]
    priority: int = 50


READERS: dict[str, Reader] = {}

# Reader modules, imported once so that their @reader decorators run; order is irrelevant
# because detection is by priority (lower first), then name.
_MODULES = (
    "hf_daily",
    "jsonl",
)


def reader(
    name: str, *, sniff: Callable[[bytes, str], bool], priority: int = 50
) -> Callable[[ReaderFunc], ReaderFunc]:
    """Register a reader under ``name``; ``sniff(head_bytes, file_name)`` claims files."""

    def register(func: ReaderFunc) -> ReaderFunc:
        READERS[name] = Reader(name, func, sniff, priority)
        return func

    return register


def _load_readers() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")


def detect_format(source: TextInput) -> str:
    """Name the reader for ``source`` from its content (first bytes), else raise FormatError."""
    _load_readers()
    source.check_text()
    head = source.head()
    if not head.strip():
        raise FormatError(source.path, "empty file")
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


def read_papers(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    report: ReadReport | None = None,
    on_error: ErrorHandler | None = None,
    on_warning: ErrorHandler | None = None,
) -> Iterator[Paper]:
    """Yield every paper in ``paths`` (files or folders, plain or gzip), format by content.

    Bad records and unreadable files are reported (``on_error`` and ``report``) and skipped;
    the rest still come through. Nothing is deduplicated here.

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

    def skip(error: InputError) -> None:
        report.skipped.append(error)
        if on_error is not None:
            on_error(error)

    def warn(error: InputError) -> None:
        report.warnings.append(error)
        if on_warning is not None:
            on_warning(error)

    for path in iter_files(paths):
        report.files += 1
        source = TextInput(path, on_warning=warn)
        try:
            name = format or detect_format(source)
            if format is not None:
                source.check_text()
            for paper in READERS[name].read(source, skip):
                report.read += 1
                yield paper
        except InputError as error:
            report.failed_files.append(error)
            if on_error is not None:
                on_error(error)
        except OSError as error:
            failure = InputError(path, f"cannot read: {error.strerror or error}")
            report.failed_files.append(failure)
            if on_error is not None:
                on_error(failure)
