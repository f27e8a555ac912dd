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
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from paperkg.errors import InputError
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._json_stream import JsonStream, StreamBroken
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

    Parameters
    ----------
    value : object
        A decoded JSON value.

    Returns
    -------
    dict

    Raises
    ------
    ValueError
        ``value`` is not an object.

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
    >>> source = TextInput.from_text('{"results": [{"title": "PolyLM"}, 3, {"title": "Qwen2"}]}',
    ...                              name="p.json")
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

    stream = JsonStream(source.pieces(), source.max_record_bytes)
    number = 0
    try:
        for value in stream.documents(list_keys):
            number += 1
            yield from make(value, number)
    except StreamBroken as error:
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

    Parameters
    ----------
    record : mapping
        A JSON object.
    *keys : str
        Keys to try, in order.

    Returns
    -------
    str or None

    Examples
    --------
    >>> get_text({"title": "", "name": 42, "display_name": "Qwen2 Technical Report"}, "title", "name",
    ...          "display_name")
    'Qwen2 Technical Report'
    """
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def get_id(record: Mapping[str, Any], *keys: str) -> str | None:
    """The first of ``keys`` holding a non-empty string or an integer, as text, else None.

    Parameters
    ----------
    record : mapping
        A JSON object.
    *keys : str
        Keys to try, in order.

    Returns
    -------
    str or None
        The id, stripped.

    Examples
    --------
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

    Parameters
    ----------
    record : mapping
        A JSON object.
    key : str
        The key.

    Returns
    -------
    list

    Examples
    --------
    >>> get_list({"authors": [{"name": "An Yang"}]}, "authors"), get_list({"authors": "An Yang"}, "authors")
    ([{'name': 'An Yang'}], [])
    """
    value = record.get(key)
    return value if isinstance(value, list) else []


def get_mapping(record: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """``record[key]`` if it is an object, else an empty one.

    Parameters
    ----------
    record : mapping
        A JSON object.
    key : str
        The key.

    Returns
    -------
    mapping

    Examples
    --------
    >>> get_mapping({"ids": {"arxiv": "2407.10671"}}, "ids"), get_mapping({"ids": None}, "ids")
    ({'arxiv': '2407.10671'}, {})
    """
    value = record.get(key)
    return value if isinstance(value, dict) else {}
