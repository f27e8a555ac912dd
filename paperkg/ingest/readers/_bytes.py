"""The bytes of an input: gzip detected by content, binary data recognised, damaged streams named."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

__all__ = ["open_binary", "looks_binary", "STREAM_ERRORS", "stream_error_reason", "utf8_cut", "BOM"]

_GZIP_MAGIC = b"\x1f\x8b"
#: The UTF-8 byte order mark, dropped from the start of every input.
BOM = b"\xef\xbb\xbf"

#: What reading a damaged gzip stream raises: truncated, bad header or CRC, corrupt data.
STREAM_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def stream_error_reason(error: BaseException) -> str:
    """Say in words what went wrong with a damaged (gzip) stream.

    Parameters
    ----------
    error : BaseException
        One of ``STREAM_ERRORS``.

    Returns
    -------
    str

    Examples
    --------
    >>> stream_error_reason(EOFError())
    'gzip data ends early (truncated file)'
    """
    if isinstance(error, EOFError):
        return "gzip data ends early (truncated file)"
    return f"corrupt gzip data ({error})"


def open_binary(path: Path, data: bytes | None = None) -> io.BufferedIOBase:
    """Open ``path`` (or ``data``, when given) for reading bytes, decompressing gzip by content.

    Parameters
    ----------
    path : Path
        The file to open (not opened when ``data`` is given).
    data : bytes, optional
        The content, for input held in memory.

    Returns
    -------
    io.BufferedIOBase
        A binary stream of the (decompressed) content.

    Examples
    --------
    >>> open_binary(Path("x.gz"), gzip.compress(b"@misc{k,")).read()
    b'@misc{k,'
    """
    if data is not None:
        raw: io.BufferedIOBase = io.BytesIO(data)
        if data[:2] == _GZIP_MAGIC:
            return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
        return raw
    with open(path, "rb") as stream:
        gzipped = stream.read(2) == _GZIP_MAGIC
    if gzipped:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def looks_binary(head: bytes) -> bool:
    """True when ``head`` holds NUL bytes or is mostly non-text bytes (not a supported format).

    Parameters
    ----------
    head : bytes
        The first bytes of a file.

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_binary(b"title\\tabstract\\n"), looks_binary(b"PK\\x03\\x04\\x00\\x00")
    (False, True)
    """
    if not head:
        return False
    if b"\x00" in head:
        return True
    text_bytes = sum(1 for b in head if b >= 0x20 or b in (9, 10, 12, 13))
    return text_bytes / len(head) < 0.85


def utf8_cut(data: bytes) -> int:
    """Where to cut ``data`` so that no UTF-8 sequence is split (its length if none is).

    Parameters
    ----------
    data : bytes
        UTF-8 bytes that may end inside a character.

    Returns
    -------
    int

    Examples
    --------
    >>> data = "Glavaš".encode()
    >>> utf8_cut(data[:-1]), utf8_cut(data)
    (5, 7)
    """
    start = len(data) - 1
    while start >= max(0, len(data) - 4) and data[start] & 0xC0 == 0x80:
        start -= 1
    if start < 0 or data[start] < 0xC0:
        return len(data)
    need = 2 if data[start] < 0xE0 else 3 if data[start] < 0xF0 else 4
    return start if len(data) - start < need else len(data)
