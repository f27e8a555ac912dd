"""BibTeX (``.bib``) files, entry by entry with bibtexparser 1.x.

The file is cut into entries at each line that starts with ``@``, and each entry parsed on
its own, so that a broken entry (unbalanced braces, no key) is reported with the line it
starts on and the next entry still reads. ``@string`` macros apply to later entries;
``@comment`` and ``@preamble`` are ignored.

Fields read: the key (kept as the paper id), ``title`` (LaTeX to Unicode, braces dropped,
whitespace collapsed), ``abstract``, ``author`` ("Last, First" turned to "First Last",
"and others" dropped), ``date`` or ``year`` and ``month``, ``doi``, ``eprint`` with
``archivePrefix``/``eprinttype`` arXiv, an ``arXiv:ID`` in ``journal``/``note``, an arXiv
``url`` or DOI (the arXiv id), ``primaryClass`` (category) and ``url`` (links).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from bibtexparser.bparser import BibTexParser
from bibtexparser.latexenc import latex_to_unicode

from paperkg.errors import InputError
from paperkg.ingest.readers import ErrorHandler, reader
from paperkg.ingest.readers._input import TextInput
from paperkg.ingest.readers._paper import make_paper
from paperkg.ingest.records import Paper, SourceRef, parse_arxiv_id
from paperkg.ingest.text import (
    arxiv_id_from_doi,
    clean_doi,
    collapse_whitespace,
    find_arxiv_id,
    iso_date,
    month_number,
)

__all__ = ["read_bibtex", "paper_from_bibtex", "split_authors"]

_ENTRY = re.compile(r"^\s*@\s*([A-Za-z]+)\s*[{(]")
_AT_LINE = re.compile(r"^\s*@")
_STRING_KEY = re.compile(r"^\s*@\s*string\s*[{(]\s*([^\s=]+)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"[{}]|\s+and\s+", re.IGNORECASE)


def _sniff(head: bytes, name: str) -> bool:
    for line in head.decode("utf-8", "replace").lstrip("\ufeff").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("%"):
            return bool(_ENTRY.match(stripped))
    return False


def _latex(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    text = latex_to_unicode(value) if ("\\" in value or "{" in value) else value
    return text.replace("{", "").replace("}", "").replace("~", " ")


def split_authors(value: Any) -> tuple[str, ...]:
    """Names from a BibTeX ``author`` field, as "First Last"; "others" is dropped.

    Parameters
    ----------
    value : object
        The ``author`` field (LaTeX allowed; braces protect "and" inside a name).

    Returns
    -------
    tuple of str

    Examples
    --------
    >>> split_authors("Geigle, Gregor and Glava{\\\\v{s}}, Goran and {Qwen Team} and others")
    ('Gregor Geigle', 'Goran Glavaš', 'Qwen Team')
    """
    if not isinstance(value, str):
        return ()
    names, depth, start = [], 0, 0
    for match in _NAME_SPLIT.finditer(value):
        token = match.group(0)
        if token == "{":
            depth += 1
        elif token == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start : match.start()])
            start = match.end()
    names.append(value[start:])
    out = []
    for raw in names:
        name = collapse_whitespace(_latex(raw))
        if not name or name.lower() == "others":
            continue
        parts = [p.strip() for p in name.split(",")]
        if len(parts) == 2 and all(parts):
            name = f"{parts[1]} {parts[0]}"
        elif len(parts) == 3 and parts[0] and parts[2]:
            name = " ".join(p for p in (parts[2], parts[0], parts[1]) if p)
        out.append(name)
    return tuple(out)


def _date(entry: dict[str, Any]) -> str | None:
    date = iso_date(_latex(entry.get("date")))
    if date:
        return date
    year = collapse_whitespace(_latex(entry.get("year")))
    if not re.fullmatch(r"\d{4}", year):
        return year or None
    month = collapse_whitespace(_latex(entry.get("month")))
    number = int(month) if month.isdigit() else month_number(month) or 0
    return f"{year}-{number:02d}" if 1 <= number <= 12 else year


def _arxiv_id(entry: dict[str, Any], doi: str | None) -> str | None:
    archive = _latex(entry.get("archiveprefix") or entry.get("eprinttype")).strip().lower()
    if archive in ("", "arxiv"):
        found = parse_arxiv_id(_latex(entry.get("eprint")).strip())
        if found:
            return found
    found = arxiv_id_from_doi(doi)
    if found:
        return found
    for key in ("journal", "note", "howpublished", "volume", "booktitle"):
        found = find_arxiv_id(_latex(entry.get(key)))
        if found:
            return found
    return parse_arxiv_id(_latex(entry.get("url")).strip())


def paper_from_bibtex(entry: dict[str, Any], ref: SourceRef) -> Paper:
    """Make a Paper from one entry as bibtexparser returns it (lower-case field names, ``ID``).

    Parameters
    ----------
    entry : dict
        The entry's fields, ``ID`` the key.
    ref : SourceRef
        Where it was read.

    Returns
    -------
    Paper

    Raises
    ------
    ValueError
        No title and no abstract.

    Examples
    --------
    >>> e = {"ID": "geigle2023mblip",
    ...      "title": "{mBLIP}: Efficient Bootstrapping of\\nMultilingual Vision-LLMs",
    ...      "author": "Geigle, Gregor and Jain, Abhay", "eprint": "2307.06930", "archiveprefix": "arXiv",
    ...      "year": "2023", "month": "July"}
    >>> p = paper_from_bibtex(e, SourceRef("refs.bib", 1))
    >>> p.id, p.title, p.authors, p.arxiv_id, p.date  # doctest: +NORMALIZE_WHITESPACE
    ('geigle2023mblip', 'mBLIP: Efficient Bootstrapping of Multilingual Vision-LLMs',
     ('Gregor Geigle', 'Abhay Jain'), '2307.06930', '2023-07')
    """
    key = entry.get("ID") if isinstance(entry.get("ID"), str) else ""
    doi = clean_doi(_latex(entry.get("doi")))
    return make_paper(
        ref,
        id=key,
        title=_latex(entry.get("title")),
        abstract=_latex(entry.get("abstract")),
        authors=split_authors(entry.get("author")),
        date=_date(entry),
        arxiv_id=_arxiv_id(entry, doi),
        doi=doi,
        categories=[collapse_whitespace(_latex(entry.get("primaryclass")))],
        links=_latex(entry.get("url")).split(),
        what="entry",
    )


def _chunks(source: TextInput, on_error: ErrorHandler) -> Iterator[tuple[int, str]]:
    """Cut the file into ``(first_line, text)`` pieces, one per line that starts with ``@``."""
    start, lines, size, too_long = 0, [], 0, False
    for number, line in source.lines():
        if _AT_LINE.match(line):
            if lines and not too_long:
                yield start, "\n".join(lines)
            start, lines, size, too_long = number, [line], len(line), False
        elif start and not too_long:
            lines.append(line)
            size += len(line) + 1
            if size > source.max_record_bytes:
                too_long, lines = True, []
                on_error(InputError(source.path, f"BibTeX entry longer than the {source.max_record_bytes:,}-"
                                                 "character limit; skipped", line=start))
    if lines and not too_long:
        yield start, "\n".join(lines)


@reader("bibtex", sniff=_sniff, priority=40)
def read_bibtex(source: TextInput, on_error: ErrorHandler) -> Iterator[Paper]:
    """Read a BibTeX file entry by entry; a broken entry is reported by its first line.

    Parameters
    ----------
    source : TextInput
        The ``.bib`` text.
    on_error : callable
        Called with an ``InputError`` for each entry skipped.

    Yields
    ------
    Paper

    Examples
    --------
    >>> bib = ("@misc{qwen2, title={Qwen2 Technical Report}, journal={arXiv preprint arXiv:2407.10671}}\\n"
    ...        "@misc{x,\\n")
    >>> [(p.id, p.arxiv_id) for p in read_bibtex(TextInput.from_text(bib, name="refs.bib"), print)]
    refs.bib:2: BibTeX entry cannot be parsed; skipped (check its braces, key and commas)
    [('qwen2', '2407.10671')]
    """
    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    parser.expect_multiple_parse = True
    database = parser.bib_database
    for start, text in _chunks(source, on_error):
        match = _ENTRY.match(text)
        kind = match.group(1).lower() if match else ""
        if kind in ("comment", "preamble"):
            continue
        if kind == "string":
            key = _STRING_KEY.match(text)
            if key:
                database.strings.pop(key.group(1).lower(), None)  # redefining would log a warning
        try:
            parser.parse(text) if match else None
        except Exception as error:
            reason = f"undefined @string macro {error}" if type(error).__name__ == "UndefinedString" else \
                type(error).__name__
            on_error(InputError(source.path, f"BibTeX entry cannot be parsed; skipped ({reason})",
                                line=start))
            database.entries.clear()
            continue
        if kind == "string":
            continue
        entries, database.entries[:] = list(database.entries), []
        if not entries:
            on_error(InputError(source.path, "BibTeX entry cannot be parsed; skipped (check its braces, key "
                                             "and commas)", line=start))
            continue
        for entry in entries:
            try:
                yield paper_from_bibtex(entry, SourceRef(source.name, start))
            except ValueError as error:
                on_error(InputError(source.path, f"{error}; skipped (entry {entry.get('ID', '')!r})",
                                    line=start))
