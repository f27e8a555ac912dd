"""JSON input shared by the JSON readers: JSON Lines, or one document streamed record by record.

A file is read as JSON Lines when its first line is a whole object (starts with ``{``, ends
with ``}``) and a second line follows, or when its first two lines both start with ``{``:
each line is then one record, numbered by its line, and a broken line is skipped alone.
Anything else is one document (or several, one after the other), parsed as a stream: a
top-level array, or an object whose ``results``/``data`` (per reader) array holds the
records, gives one record per element, numbered from 1; any other object is one record. A
record that cannot be used is reported and the next one read; a syntax error (a truncated
file) ends the file, keeping the records before it. No record may be longer than
``MAX_RECORD_BYTES``; the document as a whole may be any size.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from paperkg.errors import InputError
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.records import Paper, SourceRef

__all__ = [
    "read_json_records",
    "looks_like_json",
    "json_sniffer",
    "as_object",
    "get_text",
    "get_id",
    "get_list",
    "get_mapping",
]

Convert = Callable[[Any, SourceRef], Paper]

_DECODER = json.JSONDecoder()
_NON_WS = re.compile(r"[^ \t\r\n]")
_WANT = 64 * 1024  # characters buffered ahead of the parser
_SLACK = 16  # a decode error this close to the end of the buffer may just need more text


def looks_like_json(head: bytes) -> bool:
    """True when ``head`` starts (after a BOM and whitespace) with ``{`` or ``[``.

    Parameters
    ----------
    head : bytes
        The first bytes of a file.

    Returns
    -------
    bool

    Examples
    --------
    >>> looks_like_json(b'  [{"id": 1}]'), looks_like_json(b"@misc{x,")
    (True, False)
    """
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def json_sniffer(keys: bytes, *, flags: int = 0) -> Callable[[bytes, str], bool]:
    """A ``sniff`` function for a JSON reader: JSON whose first bytes match the pattern ``keys``.

    Parameters
    ----------
    keys : bytes
        A regular expression for the keys (or values) only this format has.
    flags : int
        ``re`` flags.

    Returns
    -------
    callable
        ``sniff(head, name) -> bool``.

    Examples
    --------
    >>> sniff = json_sniffer(rb'"paperId"\\s*:')
    >>> sniff(b'{"paperId": "a1b2", "title": "LLM2LLM"}', "x.json"), sniff(b'{"id": 1}', "x.json")
    (True, False)
    """
    pattern = re.compile(keys, flags)

    def sniff(head: bytes, name: str) -> bool:
        return looks_like_json(head) and pattern.search(head) is not None

    return sniff


def as_object(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else raise ValueError (the record is skipped).

    Examples
    --------
    >>> as_object({"title": "PolyLM"})
    {'title': 'PolyLM'}
    >>> as_object([1])
    Traceback (most recent call last):
    ...
    ValueError: expected a JSON object, got list
    """
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value


class _Broken(Exception):
    """A syntax error (or an over-long record) in a streamed JSON document."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{reason} at {where}")
        self.where, self.reason = where, reason


class _Stream:
    """A JSON text read piece by piece: peek at the next token, decode the next value."""

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
            raise _Broken(self.where(), f"expected {char!r}, found {found!r}" if found else
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
                    raise _Broken(self.where(error.pos), reason) from None
                if len(self.buf) - self.pos > self._limit:
                    raise _Broken(self.where(), f"record longer than {self._limit:,} characters") from None
                want = max(2 * (len(self.buf) - self.pos), _WANT)
                continue
            except RecursionError:
                raise _Broken(self.where(), "nested too deeply") from None
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
                raise _Broken(self.where(), f"expected ',' or ']', found {found!r}" if found else
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
                    raise _Broken(self.where(), "expected a key in double quotes")
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
                    raise _Broken(self.where(), f"expected ',' or '}}', found {found!r}" if found else
                                  "expected ',' or '}', the text ends (truncated?)")
                self.pos += 1
        if not streamed:
            yield record


def _is_json_lines(source: TextInput) -> bool:
    lines = source.first_lines(2)
    if len(lines) < 2 or not lines[0][0].startswith(b"{"):
        return False
    return lines[0][1].endswith(b"}") or lines[1][0].startswith(b"{")


def _unwrap(value: Any, list_keys: tuple[str, ...]) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in list_keys:
            if isinstance(value.get(key), list):
                return value[key]
    return [value]


def read_json_records(
    source: TextInput,
    on_error: Callable[[InputError], None],
    convert: Convert,
    *,
    list_keys: tuple[str, ...] = ("results", "data"),
) -> Iterator[Paper]:
    """Yield ``convert(record, source_ref)`` for every JSON record of ``source``.

    ``convert`` raises ``ValueError`` or ``TypeError`` for a record it cannot use: that
    record is reported to ``on_error`` with its number and skipped.

    Parameters
    ----------
    source : TextInput
        JSON Lines, or JSON documents (see the module's rules).
    on_error : callable
        Called with an ``InputError`` (file and record number) for each record skipped.
    convert : callable
        ``convert(value, ref) -> Paper`` for one decoded record.
    list_keys : tuple of str
        Keys of a top-level object whose array holds the records.

    Yields
    ------
    Paper

    Examples
    --------
    >>> from paperkg.ingest.readers._paper import make_paper
    >>> def convert(value, ref):
    ...     return make_paper(ref, title=get_text(as_object(value), "title") or "")
    >>> source = TextInput.from_text('{"results": [{"title": "PolyLM"}, 3, {"title": "Qwen2"}]}', name="p.json")
    >>> [p.title for p in read_json_records(source, print, convert)]
    p.json:2: expected a JSON object, got int; skipped
    ['PolyLM', 'Qwen2']
    """

    def make(value: Any, number: int) -> Iterator[Paper]:
        try:
            yield convert(value, SourceRef(source.name, number))
        except (ValueError, TypeError) as error:
            on_error(InputError(source.path, f"{error}; skipped", line=number))

    if _is_json_lines(source):
        for number, line in source.lines():
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                on_error(InputError(source.path, f"broken JSON; line skipped ({error.msg} at column "
                                                 f"{error.colno})", line=number))
                continue
            except RecursionError:
                on_error(InputError(source.path, "JSON nested too deeply; line skipped", line=number))
                continue
            for item in _unwrap(value, list_keys):
                yield from make(item, number)
        return

    stream = _Stream(source.pieces(), source.max_record_bytes)
    number = 0
    try:
        for value in stream.documents(list_keys):
            number += 1
            yield from make(value, number)
    except _Broken as error:
        number += 1
        on_error(InputError(
            source.path,
            f"broken JSON; this record and the rest of the file skipped ({error.reason} at {error.where}, "
            f"record {number})",
            line=number,
        ))


# -- field access that never trusts the JSON's types ----------------------------------------


def get_text(record: Mapping[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` holding a non-empty string, else None.

    >>> get_text({"title": "", "name": 42, "display_name": "Qwen2 Technical Report"}, "title", "name", "display_name")
    'Qwen2 Technical Report'
    """
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def get_id(record: Mapping[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` holding a non-empty string or an integer, as text, else None.

    >>> get_id({"paperId": None, "corpusId": 215416146}, "paperId", "corpusId")
    '215416146'
    """
    for key in keys:
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def get_list(record: Mapping[str, Any], key: str) -> list[Any]:
    """``record[key]`` if it is a list, else an empty list.

    Examples
    --------
    >>> get_list({"authors": [{"name": "An Yang"}]}, "authors"), get_list({"authors": "An Yang"}, "authors")
    ([{'name': 'An Yang'}], [])
    """
    value = record.get(key)
    return value if isinstance(value, list) else []


def get_mapping(record: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """``record[key]`` if it is an object, else an empty one.

    Examples
    --------
    >>> get_mapping({"ids": {"arxiv": "2407.10671"}}, "ids"), get_mapping({"ids": None}, "ids")
    ({'arxiv': '2407.10671'}, {})
    """
    value = record.get(key)
    return value if isinstance(value, dict) else {}
