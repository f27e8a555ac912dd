"""One input file as text: gzip, BOM, encoding fallback and size limits handled once for every reader."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paperkg.errors import FormatError, InputError
from paperkg.ingest.readers._bytes import (
    BOM,
    STREAM_ERRORS,
    looks_binary,
    open_binary,
    stream_error_reason,
    utf8_cut,
)

__all__ = ["TextInput", "HEAD_BYTES", "MAX_RECORD_BYTES"]

#: How many (decompressed) bytes format detection peeks at.
HEAD_BYTES = 4096

#: A line (or one record of a JSON document or XML feed) longer than this is reported and
#: skipped without being held in memory: no paper is that long.
MAX_RECORD_BYTES = 16 * 1024 * 1024

#: Bytes read at a time when a line is longer than that, or a document is streamed.
_CHUNK = 1024 * 1024

@dataclass
class TextInput:
    """A file readers see as text: decoded lines (1-based numbers), pieces, or the whole text.

    UTF-8 with or without BOM is read as is; a line that is not UTF-8 is decoded as cp1252
    (latin-1 for bytes cp1252 leaves undefined) and one warning naming the file and line
    goes to ``on_warning``. A line longer than ``max_record_bytes`` and a gzip stream that
    ends early are reported to ``on_error`` (raised as ``InputError`` when it is None); the
    lines before them still come through.

    Parameters
    ----------
    path : Path
        The file (or, with ``data``, the name the input goes by in messages and sources).
    on_warning, on_error : callable, optional
        Called with an ``InputError`` for a warning / a bad record.
    max_record_bytes : int
        The longest line or record read.
    data : bytes, optional
        The content itself (see :meth:`from_text`), instead of reading ``path``.

    Examples
    --------
    >>> source = TextInput.from_text("title\\tabstract\\nQwen2 Technical Report\\tThis report ...\\n",
    ...                              name="t.tsv")
    >>> source.name, list(source.lines())
    ('t.tsv', [(1, 'title\\tabstract'), (2, 'Qwen2 Technical Report\\tThis report ...')])
    """

    path: Path
    on_warning: Callable[[InputError], None] | None = None
    on_error: Callable[[InputError], None] | None = None
    max_record_bytes: int = MAX_RECORD_BYTES
    data: bytes | None = field(default=None, repr=False)
    _warned: bool = field(default=False, repr=False)

    @classmethod
    def from_text(cls, text: str | bytes, *, name: str = "input", **kwargs: object) -> TextInput:
        """A ``TextInput`` over text or bytes held in memory, named ``name``.

        Parameters
        ----------
        text : str or bytes
            The content (str is encoded as UTF-8; bytes may be gzip).
        name : str
            The name the input goes by in messages and on papers' sources.
        **kwargs
            Other ``TextInput`` fields (``on_warning``, ``on_error``, ``max_record_bytes``).

        Returns
        -------
        TextInput

        Examples
        --------
        >>> TextInput.from_text(b"\\xef\\xbb\\xbf{}", name="a.json").head()
        b'{}'
        """
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        return cls(Path(name), data=data, **kwargs)  # type: ignore[arg-type]

    def _open(self) -> io.BufferedIOBase:
        return open_binary(self.path, self.data)

    @property
    def name(self) -> str:
        """The file name recorded on papers (no directories: output must not depend on them).

        Examples
        --------
        >>> TextInput(Path("/data/2024/papers.jsonl.gz")).name
        'papers.jsonl'
        """
        name = self.path.name
        return name.removesuffix(".gz")

    def error(self, reason: str, *, line: int | None = None) -> None:
        """Report a bad record or a damaged stream to ``on_error`` (raise when there is none).

        Parameters
        ----------
        reason : str
            What went wrong.
        line : int, optional
            The line or record number.

        Examples
        --------
        >>> TextInput.from_text("", name="a.csv", on_error=print).error("bad CSV row; skipped", line=3)
        a.csv:3: bad CSV row; skipped
        """
        failure = InputError(self.path, reason, line=line)
        if self.on_error is None:
            raise failure
        self.on_error(failure)

    def head(self, size: int = HEAD_BYTES) -> bytes:
        """The first ``size`` decompressed bytes, BOM removed (less if a gzip stream ends early).

        Parameters
        ----------
        size : int
            How many bytes.

        Returns
        -------
        bytes

        Raises
        ------
        FormatError
            The gzip stream is corrupt.

        Examples
        --------
        >>> TextInput.from_text(gzip.compress(b"@misc{qwen2,"), name="refs.bib.gz").head(6)
        b'@misc{'
        """
        with self._open() as stream:
            try:
                data = stream.read(size)
            except EOFError:
                data = b""
            except (gzip.BadGzipFile, zlib.error) as error:
                raise FormatError(self.path, stream_error_reason(error)) from None
            if not data and isinstance(stream, gzip.GzipFile):
                data = self._salvage_head(size)
        return data[3:] if data.startswith(BOM) else data

    def _salvage_head(self, size: int) -> bytes:
        """What a truncated gzip stream yields before it ends (``read`` discards it)."""
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        if self.data is not None:
            packed = self.data[: size * 4 + 1024]
        else:
            with open(self.path, "rb") as raw:
                packed = raw.read(size * 4 + 1024)
        try:
            return decompressor.decompress(packed, size)
        except zlib.error:
            return b""

    def check_text(self) -> None:
        """Raise FormatError when the file is binary data.

        Examples
        --------
        >>> TextInput.from_text(b"PK\\x03\\x04\\x00\\x00", name="x.zip").check_text()
        Traceback (most recent call last):
        ...
        paperkg.errors.FormatError: x.zip:-: binary data, not a text format paperkg reads
        """
        if looks_binary(self.head()):
            raise FormatError(self.path, "binary data, not a text format paperkg reads")

    def _decode(self, data: bytes, line: int) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if not self._warned and self.on_warning is not None:
                self._warned = True
                self.on_warning(
                    InputError(self.path, "not UTF-8; decoded as cp1252/latin-1", line=line)
                )
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                return data.decode("latin-1")

    def lines(self) -> Iterator[tuple[int, str]]:
        """Yield ``(line_number, text)`` without line endings, streaming.

        A line longer than ``max_record_bytes`` is reported and skipped, read a chunk at a
        time so that no more than the limit of it is ever held in memory.

        Yields
        ------
        tuple of (int, str)
            The 1-based line number and the line.

        Examples
        --------
        >>> list(TextInput.from_text("a\\r\\nb\\n\\nc", name="t.txt").lines())
        [(1, 'a'), (2, 'b'), (3, ''), (4, 'c')]
        """
        number = 0
        limit = self.max_record_bytes
        with self._open() as stream:
            try:
                while True:
                    data = stream.readline(_CHUNK)
                    if not data:
                        break
                    number += 1
                    if not data.endswith(b"\n"):
                        data = self._rest_of_line(stream, data, limit, number)
                        if data is None:
                            continue
                    if number == 1 and data.startswith(BOM):
                        data = data[3:]
                    yield number, self._decode(data.rstrip(b"\r\n"), number)
            except STREAM_ERRORS as error:
                self.error(f"{stream_error_reason(error)}; the rest of the file is lost", line=number + 1)

    def _rest_of_line(self, stream: io.BufferedIOBase, data: bytes, limit: int, number: int) -> bytes | None:
        """Read the rest of a long line; None (reported) when it is longer than ``limit``."""
        parts, size, ended = [data], len(data), False
        while not ended and size <= limit:
            more = stream.readline(_CHUNK)
            if not more:
                break
            parts.append(more)
            size += len(more)
            ended = more.endswith(b"\n")
        if size <= limit:
            return b"".join(parts)
        parts.clear()
        if not ended:
            size += self._skip_line(stream)
        self.error(f"line longer than the {limit:,}-byte limit; skipped ({size:,} bytes)", line=number)
        return None

    @staticmethod
    def _skip_line(stream: io.BufferedIOBase) -> int:
        skipped = 0
        while True:
            data = stream.readline(_CHUNK)
            skipped += len(data)
            if not data or data.endswith(b"\n"):
                return skipped

    def pieces(self, size: int = _CHUNK) -> Iterator[str]:
        """Yield the text in pieces of at most about ``size`` bytes (lines or parts of lines).

        For parsers that stream a whole document (JSON, XML): a long single line comes in
        pieces, never split inside a UTF-8 character.

        Parameters
        ----------
        size : int
            About how many bytes a piece holds.

        Yields
        ------
        str

        Examples
        --------
        >>> list(TextInput.from_text('["Glavaš"]', name="a.json").pieces(size=8))  # "š" is two bytes
        ['["Glava', 'š"]']
        """
        number = 1
        pending = b""
        with self._open() as stream:
            try:
                first = True
                while True:
                    data = stream.readline(size)
                    if first:
                        first = False
                        data = data[3:] if data.startswith(BOM) else data
                    if not data:
                        break
                    data = pending + data
                    pending = b""
                    if not data.endswith(b"\n"):
                        cut = utf8_cut(data)
                        data, pending = data[:cut], data[cut:]
                    if data:
                        yield self._decode(data, number)
                        number += data.count(b"\n")
            except STREAM_ERRORS as error:
                if pending:
                    yield self._decode(pending, number)
                self.error(f"{stream_error_reason(error)}; the rest of the file is lost", line=number)
                return
        if pending:
            yield self._decode(pending, number)

    def first_lines(self, count: int = 2, width: int = 64) -> list[tuple[bytes, bytes]]:
        """The first and last ``width`` bytes of each of the first ``count`` non-blank lines.

        Cheap however long the lines are (format detection: JSON Lines or one document?).

        Parameters
        ----------
        count : int
            How many non-blank lines.
        width : int
            How many bytes of each end.

        Returns
        -------
        list of (bytes, bytes)

        Examples
        --------
        >>> TextInput.from_text('\\n{"title": "PolyLM"}\\n{"title": "Qwen2"}\\n',
        ...                     name="a.jsonl").first_lines(2, width=6)
        [(b'{"titl', b'yLM"}'), (b'{"titl', b'en2"}')]
        """
        found: list[tuple[bytes, bytes]] = []
        with self._open() as stream:
            try:
                while len(found) < count:
                    data = stream.readline(width)
                    if not data:
                        break
                    if not found and data.startswith(BOM):
                        data = data[3:]
                    start = end = data.strip()
                    while data and not data.endswith(b"\n"):
                        data = stream.readline(_CHUNK)
                        end = (end + data)[-width:].strip() if data.strip() else end
                    if start:
                        found.append((start, end[-width:]))
            except STREAM_ERRORS:
                pass
        return found

    def read_bytes(self) -> bytes:
        """The whole decompressed content, BOM removed.

        Examples
        --------
        >>> TextInput.from_text(b"\\xef\\xbb\\xbfid,title\\n", name="a.csv").read_bytes()
        b'id,title\\n'
        """
        with self._open() as stream:
            data = stream.read()
        return data[3:] if data.startswith(BOM) else data

    def read_text(self) -> str:
        """The whole decompressed content as text (cp1252/latin-1 if it is not UTF-8, with a warning).

        Examples
        --------
        >>> TextInput.from_text(b"Gr\\xfcn", name="a.txt", on_warning=print).read_text()
        a.txt:1: not UTF-8; decoded as cp1252/latin-1
        'Grün'
        """
        return self._decode(self.read_bytes(), 1)
