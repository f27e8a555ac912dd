"""Partitions of the input, in input order: files, and line-aligned byte ranges of large JSON Lines.

Folders are expanded on the client (local folders as ``read_papers`` expands them, fsspec URLs
with their filesystem). A file larger than a block is looked at on a worker: when it is JSON Lines
it is cut into ranges of about a block each, cut at line starts, and each range is given the number
of its first line (a plain file's ranges are counted in parallel, one task each; a gzip file is
counted in one pass, as gzip cannot seek). Anything else is read whole, by one worker.
"""

from __future__ import annotations

import gzip
import math
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from paperkg.errors import InputError
from paperkg.ingest.cluster._work import Part, is_url, open_raw
from paperkg.ingest.readers import TextInput, detect_format, iter_files

__all__ = ["File", "expand", "partitions", "block_for", "MIN_BLOCK"]

#: Ranges are never cut smaller than this (unless the block size asked for is smaller).
MIN_BLOCK = 1 << 20
#: Formats whose JSON Lines files may be cut into ranges.
SPLITTABLE = frozenset({"jsonl"})
#: What a gzip file is taken to expand to, to decide whether to look at it.
_GZIP_RATIO = 3
_CHUNK = 1 << 20
_HIGH = 1_000_000  # task priority of the small planning tasks: before any linking


@dataclass(frozen=True)
class File:
    """One input file: the name messages use, where workers open it, named or found in a folder."""

    display: str
    location: str
    named: bool


def _restore_url(text: str) -> str:
    """An fsspec URL that went through ``pathlib.Path`` (``s3:/bucket/x``) made whole again."""
    if is_url(text):
        return text
    scheme, sep, rest = text.partition(":/")
    if sep and len(scheme) > 1 and is_url(f"{scheme}://x"):
        import fsspec

        if scheme in fsspec.available_protocols():
            return f"{scheme}:///{rest.lstrip('/')}" if scheme in ("file", "local") else f"{scheme}://{rest.lstrip('/')}"
    return text


def expand(paths: Iterable[str | Path]) -> Iterator[File]:
    """Every input file in order: folders walked as ``read_papers`` walks them (sorted, hidden
    files skipped); local paths made absolute for the workers; fsspec URLs kept as URLs.

    Raises InputError for a path that does not exist.
    """
    for raw in paths:
        text = _restore_url(str(raw))
        if is_url(text):
            yield from _expand_url(text)
            continue
        named = not Path(raw).is_dir()
        for path in iter_files([raw]):
            yield File(str(path), os.path.abspath(path), named)


def _expand_url(url: str) -> Iterator[File]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    if fs.isdir(root):
        base = PurePosixPath(root)
        found = sorted((PurePosixPath(p) for p in fs.find(root)), key=lambda p: p.parts)
        for path in found:
            if not any(part.startswith(".") for part in path.relative_to(base).parts):
                name = fs.unstrip_protocol(str(path))
                yield File(name, name, False)
    elif fs.isfile(root):
        yield File(url, url, True)
    else:
        raise InputError(url, "no such file or folder")


def _size(location: str) -> int:
    if is_url(location):
        import fsspec

        fs, path = fsspec.core.url_to_fs(location)
        return int(fs.size(path) or 0)
    return os.path.getsize(location)


def block_for(size: int, block_size: int, threads: int) -> int:
    """The range size for a file of ``size`` bytes: ``block_size`` at most, small enough that the
    file gives every worker thread a few ranges, and not below ``MIN_BLOCK``.

    >>> block_for(1 << 30, 64 << 20, 2), block_for(20 << 20, 64 << 20, 2), block_for(10_000, 4096, 2)
    (67108864, 2621440, 4096)
    """
    if block_size <= MIN_BLOCK:
        return block_size
    return min(block_size, max(MIN_BLOCK, math.ceil(size / (4 * max(threads, 1)))))


# -- worker tasks: look at a file, count the lines of a range ----------------------------------------


@dataclass(frozen=True)
class Layout:
    """A JSON Lines file as ranges: its format, first lines, gzip or not, and (gzip) its blocks."""

    format: str
    head: tuple[tuple[bytes, bytes], ...]
    gzipped: bool
    size: int
    blocks: tuple[tuple[int, int, int], ...] = ()


def _looks_like_json_lines(head: list[tuple[bytes, bytes]]) -> bool:
    return len(head) == 2 and all(start.startswith(b"{") and end.endswith(b"}") for start, end in head)


def inspect(location: str, format: str | None, block: int) -> Layout | None:
    """On a worker: the layout of a file that can be cut into ranges, else None (read it whole)."""
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="paperkg-head-") as folder:
            local = Path(location)
            if is_url(location):  # the first bytes suffice to tell the format
                local = Path(folder) / PurePosixPath(location.split("://", 1)[1]).name
                with open_raw(location) as src:
                    local.write_bytes(src.read(4 * _CHUNK))
            source = TextInput(local)
            name = format or detect_format(source)
            head = source.first_lines(2)
            if name not in SPLITTABLE or not _looks_like_json_lines(head):
                return None
        with open_raw(location) as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if gzipped:
                blocks = tuple(_scan(gzip.GzipFile(fileobj=raw), block))
                return Layout(name, tuple(head), True, blocks[-1][1] if blocks else 0, blocks)
        return Layout(name, tuple(head), False, _size(location))
    except Exception:  # noqa: BLE001  (unreadable, binary, truncated gzip...: the whole-file read reports it)
        return None


def _scan(stream: BinaryIO, block: int) -> Iterator[tuple[int, int, int]]:
    """``(start, end, newlines)`` of consecutive ranges of at least ``block`` bytes, cut at line starts."""
    start = position = newlines = 0
    target = block
    while chunk := stream.read(_CHUNK):
        seen = 0
        while (cut := chunk.find(b"\n", max(target - 1 - position, seen))) >= 0:
            newlines += chunk.count(b"\n", seen, cut + 1)
            seen = cut + 1
            yield start, position + seen, newlines
            start, newlines = position + seen, 0
            target = start + block
        newlines += chunk.count(b"\n", seen)
        position += len(chunk)
    if position > start:
        yield start, position, newlines


def _line_start(stream: BinaryIO, offset: int, size: int) -> int:
    """The first line start at or after ``offset``."""
    if offset <= 0 or offset >= size:
        return min(max(offset, 0), size)
    stream.seek(offset - 1)
    position = offset - 1
    while chunk := stream.read(64 * 1024):
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)
    return size


def count_range(location: str, start: int, end: int, size: int) -> tuple[int, int, int]:
    """On a worker: the range of a plain file between the line starts at or after ``start`` and
    ``end``, and how many newlines it holds."""
    with open_raw(location) as raw:
        first, last = _line_start(raw, start, size), _line_start(raw, end, size)
        raw.seek(first)
        newlines, left = 0, last - first
        while left > 0 and (chunk := raw.read(min(_CHUNK, left))):
            newlines += chunk.count(b"\n")
            left -= len(chunk)
    return first, last, newlines


# -- the client side -------------------------------------------------------------------------------


def _ranges(client: Any, file: File, layout: Layout, block: int) -> list[tuple[int, int, int]]:
    if layout.gzipped:
        return list(layout.blocks)
    starts = range(0, layout.size, block)
    futures = [client.submit(count_range, file.location, a, a + block, layout.size, pure=False,
                             priority=_HIGH)
               for a in starts]
    return client.gather(futures)


def partitions(client: Any, files: Iterable[File], *, format: str | None, block_size: int,
               threads: int) -> Iterator[Part]:
    """The partitions of ``files`` in input order (files in order, ranges in file order)."""
    number = 0
    for file in files:
        size = _size(file.location)
        guess = size * (_GZIP_RATIO if file.location.endswith(".gz") else 1)
        block = block_for(guess, block_size, threads)
        layout = None
        if guess > block:
            layout = client.submit(inspect, file.location, format, block, pure=False, priority=_HIGH).result()
        ranges = [r for r in _ranges(client, file, layout, block)
                  if r[0] < r[1]] if layout is not None else []
        if len(ranges) < 2:
            yield Part(number, file.display, file.location, file.named)
            number += 1
            continue
        first_line = 1
        for index, (start, end, newlines) in enumerate(ranges):
            yield Part(number, file.display, file.location, file.named, start, end, first_line, layout.head,
                       layout.format, index == 0)
            number += 1
            first_line += newlines
