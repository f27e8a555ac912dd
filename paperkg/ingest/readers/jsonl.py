"""JSON Lines (or a JSON array) of paper objects: the arXiv metadata snapshot's shape and similar.

Field names tried, first non-empty wins (``title_field=`` and friends replace them):

- title: ``title``, ``paper_title``; abstract: ``abstract``, ``summary``, ``paperAbstract``,
  ``text``; id: ``id``, ``paper_id``, ``paperId``, ``arxiv_id``, ``doi``;
- authors: ``authors_parsed`` (the snapshot's ``[last, first, suffix]`` lists), ``authors``
  (a list, or a string split on commas and "and"), ``author``;
- date: ``date``, ``published``, ``publication_date``, ``publicationDate``, the first of
  ``versions`` (the snapshot's v1 ``created``), ``update_date``, ``year``;
- ``doi``, ``categories`` (a list or a space-separated string), ``comments`` and ``url``
  (their URLs become links). Other fields are ignored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._json import as_object, get_id, looks_like_json, read_json_records
from paperkg.ingest.readers._paper import make_paper, split_names
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, find_urls, iso_date

__all__ = ["read_jsonl", "parse_jsonl", "paper_from_mapping", "FieldNames", "FIELD_OPTIONS"]

TITLE_KEYS = ("title", "paper_title")
ABSTRACT_KEYS = ("abstract", "summary", "paperAbstract", "text")
ID_KEYS = ("id", "paper_id", "paperId", "arxiv_id", "doi")
AUTHOR_KEYS = ("authors_parsed", "authors", "author")
DATE_KEYS = ("date", "published", "publication_date", "publicationDate")
LATE_DATE_KEYS = ("update_date", "year")

#: The reader options naming fields (also used by the CSV reader).
FIELD_OPTIONS = ("title_field", "abstract_field", "id_field", "authors_field", "date_field")


class FieldNames:
    """Which keys (or columns) hold each field: the defaults, or the ones an option names.

    Parameters
    ----------
    title_field, abstract_field, id_field, authors_field, date_field : str, optional
        A key that replaces the default keys of that field.

    Examples
    --------
    >>> FieldNames(title_field="name").title, FieldNames().title
    (('name',), ('title', 'paper_title'))
    """

    __slots__ = ("title", "abstract", "id", "authors", "date", "late_date")

    def __init__(
        self,
        *,
        title_field: str | None = None,
        abstract_field: str | None = None,
        id_field: str | None = None,
        authors_field: str | None = None,
        date_field: str | None = None,
    ) -> None:
        self.title = (title_field,) if title_field else TITLE_KEYS
        self.abstract = (abstract_field,) if abstract_field else ABSTRACT_KEYS
        self.id = (id_field,) if id_field else ID_KEYS
        self.authors = (authors_field,) if authors_field else AUTHOR_KEYS
        self.date = (date_field,) if date_field else DATE_KEYS
        self.late_date = () if date_field else LATE_DATE_KEYS


_DEFAULT = FieldNames()


def _sniff(head: bytes, name: str) -> bool:
    return looks_like_json(head)


def _categories(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(dict.fromkeys(value.split()))
    if isinstance(value, list):
        return tuple(dict.fromkeys(v.strip() for v in value if isinstance(v, str) and v.strip()))
    return ()


def _date(record: Mapping[str, Any], fields: FieldNames) -> str | None:
    for key in fields.date:
        if key in record and (date := iso_date(record[key])):
            return date
    if fields.late_date:
        versions = record.get("versions")
        if isinstance(versions, list) and versions and isinstance(versions[0], dict):
            date = iso_date(versions[0].get("created"))
            if date:
                return date
    for key in fields.late_date:
        if key in record and (date := iso_date(record[key])):
            return date
    return None


def _text(record: Mapping[str, Any], keys: tuple[str, ...], what: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{what} ({key!r}) must be a string, not {type(value).__name__}")
        if value.strip():
            return value
    return None


def paper_from_mapping(record: Any, ref: SourceRef, fields: FieldNames = _DEFAULT) -> Paper:
    """Make a Paper from one JSON object.

    Parameters
    ----------
    record : object
        One decoded JSON value.
    ref : SourceRef
        Where it was read.
    fields : FieldNames
        Which keys hold the title, abstract, id, authors and date.

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        Not an object, a title or abstract that is not a string, or no title and no abstract.

    Examples
    --------
    >>> p = paper_from_mapping({"id": "arXiv:2407.10671v4", "title": "Qwen2\\n  Technical Report"},
    ...                        SourceRef("a.jsonl", 1))
    >>> p.id, p.arxiv_id, p.title
    ('arXiv:2407.10671v4', '2407.10671', 'Qwen2 Technical Report')
    """
    record = as_object(record)
    raw_id = get_id(record, *fields.id)
    doi = clean_doi(record.get("doi"))
    authors: tuple[str, ...] = ()
    for key in fields.authors:
        authors = split_names(record.get(key))
        if authors:
            break
    comments = record.get("comments")
    links = [record.get(key) for key in ("url", "link", "pdf_url")]
    links += find_urls(comments) if isinstance(comments, str) else ()
    return make_paper(
        ref,
        id=raw_id,
        title=_text(record, fields.title, "title") or "",
        abstract=_text(record, fields.abstract, "abstract") or "",
        authors=authors,
        date=_date(record, fields),
        arxiv_id=(parse_arxiv_id(raw_id) or parse_arxiv_id(get_id(record, "arxiv_id", "arxiv"))
                  or arxiv_id_from_doi(doi)),
        doi=doi,
        categories=_categories(record.get("categories")),
        links=links,
    )


def parse_jsonl(lines: Iterator[tuple[int, str]], *, name: str, on_error: ErrorHandler,
                fields: FieldNames = _DEFAULT) -> Iterator[Paper]:
    """Parse numbered JSON lines into papers; blank lines are skipped, bad ones reported.

    Parameters
    ----------
    lines : iterator of (int, str)
        Line numbers and lines.
    name : str
        The file name recorded on papers and named in errors.
    on_error : callable
        Called with an ``InputError`` for each line skipped.
    fields : FieldNames
        Which keys hold each field.

    Yields
    ------
    Paper

    Examples
    --------
    >>> [p.title for p in parse_jsonl(iter([(1, '{"title": "PolyLM"}'), (2, "{oops")]),
    ...                               name="x.jsonl", on_error=lambda e: print(e))]
    x.jsonl:2: broken JSON: Expecting property name enclosed in double quotes; record skipped
    ['PolyLM']
    """
    for number, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield paper_from_mapping(record, SourceRef(name, number), fields)
        except (ValueError, RecursionError) as error:
            reason = f"broken JSON: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
            on_error(InputError(name, f"{reason}; record skipped", line=number))


@reader("jsonl", sniff=_sniff, priority=60, options=FIELD_OPTIONS)
def read_jsonl(source: TextInput, on_error: ErrorHandler, **options: str) -> Iterator[Paper]:
    """Read JSON Lines papers (``id``, ``title``, ``abstract``, ``authors``, ...).

    Also reads a JSON array of such objects, or an object holding them under ``papers``,
    ``results``, ``data``, ``items`` or ``records``.

    Parameters
    ----------
    source : TextInput
        The JSON.
    on_error : callable
        Called with an ``InputError`` for each record skipped.
    **options : str
        ``title_field``, ``abstract_field``, ``id_field``, ``authors_field``, ``date_field``.

    Yields
    ------
    Paper

    Examples
    --------
    >>> text = '{"paper_id": "2407.10671", "name": "Qwen2 Technical Report"}\\n{"paper_id": "2307.06018"}\\n'
    >>> [p.title for p in read_jsonl(TextInput.from_text(text, name="a.jsonl"), print, title_field="name")]
    a.jsonl:2: record has no title and no abstract; skipped
    ['Qwen2 Technical Report']
    """
    fields = FieldNames(**options)
    yield from read_json_records(
        source, on_error, lambda record, ref: paper_from_mapping(record, ref, fields),
        list_keys=("papers", "results", "data", "items", "records"),
    )
