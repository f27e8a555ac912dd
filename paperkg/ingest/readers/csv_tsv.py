"""CSV and TSV tables with a header row: one paper a row, columns found by name.

The delimiter is the one of tab, comma and semicolon that splits the header row most.
Quoted fields may span lines (the record number is the row's first line). Column names are
matched regardless of case, spaces, ``_`` and ``-``; the first present wins:

- title: ``title``, ``paper title``, ``article title``, ``document title``; abstract:
  ``abstract``, ``summary``, ``paper abstract``, ``abstract text``;
- id: ``id``, ``paper id``, ``arxiv id``, ``doi``; authors: ``authors``, ``author``,
  ``author names``, ``author full names`` (split on ``;``, ``,`` and "and");
- date: ``date``, ``published``, ``publication date``, ``update date``, ``year``,
  ``publication year``; also ``doi``, ``arxiv id``/``arxiv``/``eprint``, ``categories``,
  ``url``/``link``/``pdf url`` (links).

The options ``title_field``, ``abstract_field``, ``id_field``, ``authors_field`` and
``date_field`` name other columns (they replace the defaults).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import HEAD_BYTES, TextInput
from paperkg.ingest.readers._paper import make_paper, split_names
from paperkg.ingest.readers.jsonl import FIELD_OPTIONS
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import arxiv_id_from_doi, clean_doi, iso_date

__all__ = ["read_csv", "column_key"]

_DELIMITERS = ("\t", ",", ";")


def column_key(name: str) -> str:
    """A column name folded for matching: lower case, runs of space, ``_``, ``-`` as one space.

    Parameters
    ----------
    name : str
        A header cell or a column option.

    Returns
    -------
    str

    Examples
    --------
    >>> column_key(" Paper_Title ")
    'paper title'
    """
    return re.sub(r"[\s_\-]+", " ", name.strip().lower()).strip()


TITLE_COLUMNS = ("title", "paper title", "article title", "document title")
ABSTRACT_COLUMNS = ("abstract", "summary", "paper abstract", "abstract text")
ID_COLUMNS = ("id", "paper id", "paperid", "arxiv id", "doi")
AUTHOR_COLUMNS = ("authors", "author", "author names", "author full names")
DATE_COLUMNS = ("date", "published", "publication date", "update date", "year", "publication year")
_KNOWN = set(TITLE_COLUMNS + ABSTRACT_COLUMNS)


def _delimiter(header: str) -> str:
    return max(_DELIMITERS, key=header.count)


def _sniff(head: bytes, name: str) -> bool:
    text = head.decode("utf-8", "replace").lstrip("\ufeff")
    lines = text.splitlines()
    if not lines or lines[0][:1] in ("{", "[", "<", "@"):
        return False
    header = lines[0]
    delimiter = _delimiter(header)
    if header.count(delimiter) == 0:
        return False
    try:
        rows = list(csv.reader(lines[:-1] if len(head) >= HEAD_BYTES else lines, delimiter=delimiter))
    except csv.Error:
        return False
    if not rows:
        return False
    names = [column_key(field) for field in rows[0]]
    filled = [n for n in names if n]
    if len(filled) < 2 or any(len(n) > 64 or n.endswith(".") for n in filled):
        return False
    if not (_KNOWN & set(filled) or all(" " not in field.strip() for field in rows[0] if field.strip())):
        return False
    data = [row for row in rows[1:] if row]
    return not data or len(data[0]) == len(rows[0])


def _find(header: Sequence[str], names: Sequence[str]) -> int | None:
    keys = [column_key(h) for h in header]
    for name in names:
        key = column_key(name)
        if key in keys:
            return keys.index(key)
    return None


class _Columns:
    """Where each field sits in the header row."""

    def __init__(self, header: Sequence[str], options: dict[str, str]) -> None:
        def pick(option: str, defaults: Sequence[str]) -> int | None:
            return _find(header, (options[option],) if options.get(option) else defaults)

        self.title = pick("title_field", TITLE_COLUMNS)
        self.abstract = pick("abstract_field", ABSTRACT_COLUMNS)
        self.id = pick("id_field", ID_COLUMNS)
        self.authors = pick("authors_field", AUTHOR_COLUMNS)
        self.date = pick("date_field", DATE_COLUMNS)
        self.doi = _find(header, ("doi",))
        self.arxiv = _find(header, ("arxiv id", "arxiv", "eprint"))
        self.categories = _find(header, ("categories",))
        self.urls = [i for i in (_find(header, (n,)) for n in ("url", "link", "pdf url")) if i is not None]


def _cell(row: Sequence[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _paper(row: Sequence[str], columns: _Columns, ref: SourceRef) -> Paper:
    raw_id = _cell(row, columns.id).strip()
    doi = clean_doi(_cell(row, columns.doi))
    categories = _cell(row, columns.categories).strip()
    return make_paper(
        ref,
        id=raw_id,
        title=_cell(row, columns.title),
        abstract=_cell(row, columns.abstract),
        authors=split_names(_cell(row, columns.authors)),
        date=iso_date(_cell(row, columns.date)),
        arxiv_id=parse_arxiv_id(raw_id) or parse_arxiv_id(_cell(row, columns.arxiv))
                      or arxiv_id_from_doi(doi),
        doi=doi,
        categories=re.split(r"[\s,;]+", categories) if categories else (),
        links=[url for i in columns.urls for url in _cell(row, i).split()],
        what="row",
    )


@reader("csv", sniff=_sniff, priority=70, options=FIELD_OPTIONS)
def read_csv(source: TextInput, on_error: ErrorHandler, **options: str) -> Iterator[Paper]:
    """Read a CSV or TSV table with a header row (column names configurable).

    Parameters
    ----------
    source : TextInput
        The table.
    on_error : callable
        Called with an ``InputError`` for each row skipped.
    **options : str
        ``title_field``, ``abstract_field``, ``id_field``, ``authors_field``, ``date_field``.

    Yields
    ------
    Paper

    Raises
    ------
    InputError
        The header has no title and no abstract column.

    Examples
    --------
    >>> table = "id\\ttitle\\tabstract\\n2407.10671\\tQwen2 Technical Report\\tThis report ...\\nx\\t\\t\\n"
    >>> [(p.arxiv_id, p.title) for p in read_csv(TextInput.from_text(table, name="p.tsv"), print)]
    p.tsv:3: row has no title and no abstract; skipped
    [('2407.10671', 'Qwen2 Technical Report')]
    """
    header_text = source.head().decode("utf-8", "replace").lstrip("\ufeff").split("\n", 1)[0]
    delimiter = _delimiter(header_text)
    at = {"first": 0}

    def texts() -> Iterator[str]:
        for number, line in source.lines():
            if not at["first"]:
                at["first"] = number
            yield line + "\n"

    rows = csv.reader(texts(), delimiter=delimiter)
    columns: _Columns | None = None
    while True:
        at["first"] = 0
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as error:
            on_error(InputError(source.path, f"bad CSV row; skipped ({error})", line=at["first"] or None))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = _Columns(row, options)
            if columns.title is None and columns.abstract is None:
                raise InputError(
                    source.path,
                    f"no title or abstract column in the header ({', '.join(repr(h) for h in row[:8])}); "
                    f"known: {', '.join(TITLE_COLUMNS + ABSTRACT_COLUMNS)} (or set "
                    f"title_field=/abstract_field=)",
                    line=at["first"],
                )
            continue
        try:
            yield _paper(row, columns, SourceRef(source.name, at["first"]))
        except ValueError as error:
            on_error(InputError(source.path, f"{error}; skipped", line=at["first"]))
