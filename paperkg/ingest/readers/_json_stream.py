"""A JSON text streamed value by value: records of a document of any size, a bounded buffer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["JsonStream", "StreamBroken"]

_DECODER = json.JSONDecoder()
_NON_WS = re.compile(r"[^ \t\r\n]")
_WANT = 64 * 1024  # characters buffered ahead of the parser
_SLACK = 16  # a decode error this close to the end of the buffer may just need more text


class StreamBroken(Exception):
    """A syntax error (or an over-long record) in a streamed JSON document."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{reason} at {where}")
        self.where, self.reason = where, reason


class JsonStream:
    """A JSON text read piece by piece: peek at the next token, decode the next value.

    Parameters
    ----------
    pieces : iterable of str
        The text in pieces (``TextInput.pieces``).
    limit : int
        The longest value decoded, in characters (longer: ``StreamBroken``).

    Examples
    --------
    >>> stream = JsonStream(['{"meta": {}, "results": [{"title": "Pol', 'yLM"}, 3]}'], limit=1000)
    >>> list(stream.documents(("results",)))
    [{'title': 'PolyLM'}, 3]
    """

    def __init__(self, pieces: Iterable[str], limit: int) -> None:
        self._pieces = iter(pieces)
        self._limit = limit
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._line = 1  # line number of buf[0]
        self._column = 0  # column (0-based) of buf[0]

    def _more(self, want: int) -> None:
        """Drop what was parsed, then read pieces until ``want`` characters are buffered."""
        if self.pos:
            done = self.buf[: self.pos]
            newline = done.rfind("\n")
            self._line += done.count("\n")
            self._column = len(done) - newline - 1 if newline >= 0 else self._column + len(done)
            self.buf, self.pos = self.buf[self.pos :], 0
        parts, size = [self.buf], len(self.buf)
        while size < want:
            piece = next(self._pieces, None)
            if piece is None:
                self.eof = True
                break
            parts.append(piece)
            size += len(piece)
        self.buf = "".join(parts)

    def where(self, pos: int | None = None) -> str:
        """``line L, column C`` (1-based) of a buffer position."""
        pos = self.pos if pos is None else pos
        newline = self.buf.rfind("\n", 0, pos)
        line = self._line + self.buf.count("\n", 0, pos)
        column = pos - newline if newline >= 0 else self._column + pos + 1
        return f"line {line}, column {column}"

    def peek(self) -> str:
        """The next non-blank character, consumed up to it ('' at the end of the text)."""
        while True:
            match = _NON_WS.search(self.buf, self.pos)
            if match:
                self.pos = match.start()
                return self.buf[self.pos]
            self.pos = len(self.buf)
            if self.eof:
                return ""
            self._more(_WANT)

    def expect(self, char: str) -> None:
        found = self.peek()
        if found != char:
            raise StreamBroken(self.where(), f"expected {char!r}, found {found!r}" if found else
                          f"expected {char!r}, the text ends (truncated?)")
        self.pos += 1

    def value(self) -> Any:
        """Decode the next JSON value, reading more text as long as it may be incomplete."""
        self.peek()
        want = _WANT
        while True:
            if len(self.buf) - self.pos < want and not self.eof:
                self._more(want)
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as error:
                near_end = error.pos >= len(self.buf) - _SLACK or error.msg.startswith("Unterminated string")
                if self.eof or not near_end:
                    reason = error.msg if not self.eof or not near_end else f"{error.msg} (truncated?)"
                    raise StreamBroken(self.where(error.pos), reason) from None
                if len(self.buf) - self.pos > self._limit:
                    raise StreamBroken(self.where(),
                                       f"record longer than {self._limit:,} characters") from None
                want = max(2 * (len(self.buf) - self.pos), _WANT)
                continue
            except RecursionError:
                raise StreamBroken(self.where(), "nested too deeply") from None
            if end == len(self.buf) and not self.eof:  # a number may go on in the next piece
                want = len(self.buf) - self.pos + _WANT
                continue
            self.pos = end
            return value

    def array(self) -> Iterator[Any]:
        """The elements of the array whose ``[`` was just consumed."""
        if self.peek() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            found = self.peek()
            if found == "]":
                self.pos += 1
                return
            if found != ",":
                raise StreamBroken(self.where(), f"expected ',' or ']', found {found!r}" if found else
                              "expected ',' or ']', the text ends (truncated?)")
            self.pos += 1

    def documents(self, list_keys: tuple[str, ...]) -> Iterator[Any]:
        """The records of the top-level values, one after the other."""
        while True:
            found = self.peek()
            if not found:
                return
            if found == "[":
                self.pos += 1
                yield from self.array()
            elif found == "{":
                self.pos += 1
                yield from self._object(list_keys)
            else:
                yield self.value()

    def _object(self, list_keys: tuple[str, ...]) -> Iterator[Any]:
        """A top-level object: its ``list_keys`` array streamed, else the object itself."""
        record: dict[str, Any] = {}
        streamed = False
        if self.peek() == "}":
            self.pos += 1
        else:
            while True:
                if self.peek() != '"':
                    raise StreamBroken(self.where(), "expected a key in double quotes")
                key = self.value()
                self.expect(":")
                if key in list_keys and self.peek() == "[":
                    self.pos += 1
                    yield from self.array()
                    streamed = True
                else:
                    record[key] = self.value()
                found = self.peek()
                if found == "}":
                    self.pos += 1
                    break
                if found != ",":
                    raise StreamBroken(self.where(), f"expected ',' or '}}', found {found!r}" if found else
                                  "expected ',' or '}', the text ends (truncated?)")
                self.pos += 1
        if not streamed:
            yield record
