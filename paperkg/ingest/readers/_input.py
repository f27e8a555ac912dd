"""One input file as text: gzip, BOM and encoding fallback handled once for every reader."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from paperkg.errors import FormatError, InputError

__all__ = ["TextInput", "open_binary", "looks_binary", "HEAD_BYTES"]

#: How many (decompressed) bytes format detection peeks at.
HEAD_BYTES = 4096

_GZIP_MAGIC = b"\x1f\x8b"


def open_binary(path: Path) -> io.BufferedIOBase:
    """Open ``path`` for reading bytes, decompressing gzip transparently (by content)."""
    raw = open(path, "rb")  # noqa: SIM115 - returned to the caller
    if raw.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def looks_binary(head: bytes) -> bool:
    """True when ``head`` holds NUL bytes or is mostly non-text bytes (not a supported format)."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    text_bytes = sum(1 for b in head if b >= 0x20 or b in (9, 10, 12, 13))
    return text_bytes / len(head) < 0.85


@dataclass
class TextInput:
    """A file readers see as text: decoded lines (1-based numbers) or the whole text.

    UTF-8 with or without BOM is read as is; a line that is not UTF-8 is decoded as cp1252
    (latin-1 for bytes cp1252 leaves undefined) and one warning naming the file and line
    goes to ``on_warning``.
    """

    path: Path
    on_warning: Callable[[InputError], None] | None = None
    _warned: bool = field(default=False, repr=False)

    @property
    def name(self) -> str:
        """The file name recorded on papers (no directories: output must not depend on them)."""
        name = self.path.name
        return name[:-3] if name.endswith(".gz") else name

    def head(self, size: int = HEAD_BYTES) -> bytes:
        """The first ``size`` decompressed bytes, BOM removed."""
        with open_binary(self.path) as stream:
            data = stream.read(size)
        return data[3:] if data.startswith(b"\xef\xbb\xbf") else data

    def check_text(self) -> None:
        """Raise FormatError when the file is binary data."""
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
        """Yield ``(line_number, text)`` without line endings, streaming."""
        with open_binary(self.path) as stream:
            for number, data in enumerate(stream, start=1):
                if number == 1 and data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                yield number, self._decode(data.rstrip(b"\r\n"), number)

    def read_bytes(self) -> bytes:
        """The whole decompressed content, BOM removed (for XML, which declares its encoding)."""
        with open_binary(self.path) as stream:
            data = stream.read()
        return data[3:] if data.startswith(b"\xef\xbb\xbf") else data

    def read_text(self) -> str:
        """The whole decompressed content as text."""
        return self._decode(self.read_bytes(), 1)
