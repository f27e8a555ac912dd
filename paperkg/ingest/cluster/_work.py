"""What a Dask worker does with one partition: read it (a file, or a line-aligned byte range of a
JSON Lines file) and link every record, sending back compact results and the reports, in order.

Workers read with the same readers as a local run (``read_papers`` for a whole file, the format's
registered reader for a range) and link with the process-wide :meth:`Extractor.shared`, so a record
gives the same paper, extraction and messages wherever it is read.
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from paperkg.errors import InputError
from paperkg.ingest.extract.pipeline import Extractor, _pack
from paperkg.ingest.readers import READERS, TextInput, known_options, read_papers
from paperkg.ingest.records import Extraction, Paper

__all__ = ["Linked", "Part", "link_part", "link_papers_chunk", "linked_here", "open_raw", "is_url"]

#: Bytes read at a time when copying, counting or skipping.
_CHUNK = 1 << 20
_GZIP_MAGIC = b"\x1f\x8b"


def is_url(location: str) -> bool:
    """True for an fsspec URL (``s3://bucket/papers.jsonl``), False for a local path.

    >>> is_url("s3://bucket/papers.jsonl"), is_url("/data/papers.jsonl"), is_url("C:/data/x.jsonl")
    (True, False, False)
    """
    scheme, sep, _ = location.partition("://")
    return (bool(sep) and len(scheme) > 1
            and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum())


@contextmanager
def open_raw(location: str) -> Iterator[BinaryIO]:
    """The file's bytes as stored (gzip not undone): a local path, or an fsspec URL."""
    if is_url(location):
        import fsspec

        with fsspec.open(location, "rb") as stream:
            yield stream
    else:
        with open(location, "rb") as stream:
            yield stream


@dataclass(frozen=True)
class Part:
    """One partition of the input: a whole file, or the lines of a byte range of one.

    ``start``/``end`` are offsets in the uncompressed bytes, both at line starts (``end`` None:
    the whole file); ``first_line`` is the number of the range's first line in the file;
    ``head`` is the whole file's :meth:`TextInput.first_lines`, so that the reader reads a range
    the way it reads the file; ``format`` the file's format (ranges only).
    """

    number: int
    display: str
    location: str
    named: bool = True
    start: int = 0
    end: int | None = None
    first_line: int = 1
    head: tuple[tuple[bytes, bytes], ...] = ()
    format: str | None = None
    first: bool = True


#: An event: (position among the results, report field, once per file, error class, reason, line).
Event = tuple[int, str, bool, type, str, int | None]


@dataclass
class Linked:
    """What a worker sends back for one partition.

    ``results``: one per record, in record order (``transform(extraction)``, else the paper and
    its packed extraction); ``events``: skips and warnings with their position among the
    results; ``ids``: for a range, ``(id, uid, record)`` of each record (duplicate ids are found
    across the whole file on the client); ``files``: files the read counted; ``fatal``: an error
    that stops the run (class, reason); ``pid``: the worker process.
    """

    results: list[Any] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    ids: list[tuple[str, str, int]] | None = None
    files: int = 0
    fatal: tuple[type, str] | None = None
    pid: int = field(default_factory=os.getpid)


class _Log:
    """Stands in for a ReadReport log on a worker: each error added becomes an event."""

    def __init__(self, linked: Linked, kind: str, *, offset: int = 0, once: bool = False) -> None:
        self.linked, self.kind, self.offset, self.once = linked, kind, offset, once

    def append(self, error: InputError) -> None:
        line = error.line + self.offset if error.line is not None else None
        self.linked.events.append((len(self.linked.results), self.kind, self.once, type(error), error.reason,
                                   line))

    add = append  # a report's logs are lists (``append``) or counting logs (``add``)


class _Tape:
    """A ReadReport look-alike for ``read_papers`` on a worker: counts, and errors as events."""

    def __init__(self, linked: Linked) -> None:
        self.linked = linked
        self.read = 0
        self.skipped = _Log(linked, "skipped")
        self.warnings = _Log(linked, "warnings")
        self.failed_files = _Log(linked, "failed_files")
        self.passed_over = _Log(linked, "passed_over")

    @property
    def files(self) -> int:
        return self.linked.files

    @files.setter
    def files(self, value: int) -> None:
        self.linked.files = value


# -- linking, once per process --------------------------------------------------------------------

_LOCK = threading.Lock()  # one spaCy pipeline per process: threads of a worker take turns
_COUNTS = {"records": 0, "seconds": 0.0}


def _link(paper: Paper, transform: Callable[[Extraction], Any] | None) -> Any:
    with _LOCK:
        clock = time.process_time()
        extraction = Extractor.shared().extract(paper)
        _COUNTS["records"] += 1
        _COUNTS["seconds"] += time.process_time() - clock
    return transform(extraction) if transform is not None else _pack(extraction)


def linked_here() -> dict[str, Any]:
    """What this process linked: its pid, records linked, CPU seconds linking, CPU seconds in all.

    Run it on every worker with ``client.run(linked_here)``; the client process links nothing.

    >>> sorted(linked_here())
    ['cpu_seconds', 'linking_seconds', 'pid', 'records']
    """
    return {"pid": os.getpid(), "records": _COUNTS["records"],
            "linking_seconds": round(_COUNTS["seconds"], 3), "cpu_seconds": round(time.process_time(), 3)}


# -- reading a partition --------------------------------------------------------------------------


def _basename(location: str) -> str:
    return PurePosixPath(location.split("://", 1)[-1]).name if is_url(location) else Path(location).name


@contextmanager
def _whole_file(part: Part) -> Iterator[Path]:
    """A local path ``read_papers`` reads the file through: the file itself on a shared
    filesystem, else a copy under its own name; for a file found in a folder, a folder holding
    only it, so that the read treats it as found in a folder (exactly as a local read does)."""
    if not part.named or is_url(part.location):
        with tempfile.TemporaryDirectory(prefix="paperkg-part-") as folder:
            local = Path(folder) / _basename(part.location)
            if is_url(part.location):
                with open_raw(part.location) as src, open(local, "wb") as dst:
                    shutil.copyfileobj(src, dst, _CHUNK)
            else:
                local.symlink_to(part.location)
            yield Path(folder) if not part.named else local
    else:
        yield Path(part.location)


class _RangeInput(TextInput):
    """The lines of one range, in a file of their own; ``first_lines`` answers for the whole file."""

    head_lines: tuple[tuple[bytes, bytes], ...] = ()

    def first_lines(self, count: int = 2, width: int = 64) -> list[tuple[bytes, bytes]]:
        if (count, width) == (2, 64) and self.head_lines:
            return list(self.head_lines)
        return super().first_lines(count, width)


def _copy_range(part: Part, target: Path) -> None:
    """Write the uncompressed bytes ``[start, end)`` of the file to ``target``."""
    assert part.end is not None
    with open_raw(part.location) as raw:
        gzipped = raw.read(2) == _GZIP_MAGIC
        raw.seek(0)
        stream: BinaryIO = gzip.GzipFile(fileobj=raw) if gzipped else raw  # type: ignore[assignment]
        if gzipped:
            skip = part.start
            while skip > 0:  # gzip cannot seek: decompress and drop what comes before the range
                data = stream.read(min(_CHUNK, skip))
                if not data:
                    break
                skip -= len(data)
        else:
            stream.seek(part.start)
        left = part.end - part.start
        with open(target, "wb") as out:
            while left > 0:
                data = stream.read(min(_CHUNK, left))
                if not data:
                    break
                out.write(data)
                left -= len(data)


def _read_range(part: Part, folder: Path, linked: Linked, options: dict[str, Any]) -> Iterator[Paper]:
    """The papers of a range, numbered as in the whole file."""
    local = folder / _basename(part.location)
    _copy_range(part, local)
    offset = part.first_line - 1
    skip = _Log(linked, "skipped", offset=offset)
    source = _RangeInput(local, on_warning=_Log(linked, "warnings", offset=offset, once=True).append,
                         on_error=skip.append)
    source.head_lines = part.head
    known_options()  # loads the readers
    entry = READERS[part.format or "jsonl"]
    kwargs = {key: value for key, value in options.items() if key in entry.options}
    linked.ids = []
    try:
        for paper in entry.read(source, skip.append, **kwargs):
            ref = paper.sources[-1]
            paper = replace(paper, sources=(*paper.sources[:-1], replace(ref, record=ref.record + offset)))
            linked.ids.append((paper.id, paper.uid, ref.record + offset))
            yield paper
    except InputError as error:
        _Log(linked, "failed_files", offset=offset).append(error)
    except OSError as error:
        _Log(linked,
             "failed_files").append(InputError(part.display, f"cannot read: {error.strerror or error}"))


def link_part(part: Part, format: str | None, options: dict[str, Any] | None,
              transform: Callable[[Extraction], Any] | None) -> Linked:
    """Read and link one partition on a worker (the task the client submits)."""
    linked = Linked()
    if not is_url(part.location) and not os.path.exists(part.location):
        linked.fatal = (InputError, f"not found on the Dask worker on {os.uname().nodename}: every "
                                    "worker must read the inputs at the same path (a shared filesystem), or "
                                    "give fsspec URLs")
        return linked
    if part.end is None:
        with _whole_file(part) as target:
            for paper in read_papers([target], format=format, report=_Tape(linked), options=options):  # type: ignore[arg-type]
                linked.results.append(_result(paper, transform))
        return linked
    with tempfile.TemporaryDirectory(prefix="paperkg-range-") as folder:
        for paper in _read_range(part, Path(folder), linked, dict(options or {})):
            linked.results.append(_result(paper, transform))
    return linked


def _result(paper: Paper, transform: Callable[[Extraction], Any] | None) -> Any:
    """What travels back for a record read on the worker: the paper goes too, unless transformed."""
    linked = _link(paper, transform)
    return linked if transform is not None else (paper, linked)


def link_papers_chunk(papers: list[Paper], transform: Callable[[Extraction], Any] | None) -> list[Any]:
    """Link papers already read (a task of ``link_papers``), in order."""
    return [_link(paper, transform) for paper in papers]
