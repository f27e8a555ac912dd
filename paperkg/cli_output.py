"""How the command line prints: tables for people, CSV and JSON for scripts, notes, ``show``, the build
summary.

A table on a terminal is a rich table fitted to its width (ids and other single tokens are never
split; prose columns wrap). Piped or redirected, it is plain text in aligned columns, one row a
line, however long: ``grep``, ``less -S`` and ``column`` read it and no id is broken. A column
whose every cell is empty (or ``False``) is left out of a table, as is a column that repeats one
value on every row when that value is already in the id (``kind``). CSV and JSON always keep
every column.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

__all__ = [
    "OutputFormat",
    "cell",
    "err",
    "out",
    "plain",
    "print_entity",
    "print_note",
    "print_rows",
    "print_summary",
    "shown_columns",
]

#: Results (stdout) and everything else: progress, notes, errors (stderr).
out = Console(soft_wrap=True, highlight=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)

#: Columns shown only when their value differs between rows (the id already says it).
REPEATED_IN_ID = ("kind",)
#: Columns of names for people: on a narrow terminal they wrap before any other column is cut.
PROSE = ("entity", "label", "title", "paper", "source", "target")


class OutputFormat(StrEnum):
    """How query commands print rows."""

    table = "table"
    csv = "csv"
    json = "json"


def plain(value: Any) -> Any:
    """A row object (anything with ``to_dict()``), or a list of them, as plain data."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def cell(value: Any) -> str:
    """One table cell as text.

    >>> cell(0.0245961), cell(["LoRA", "QLoRA"]), cell({"model": 3, "dataset": 1}), cell(True), cell(None)
    ('0.0245961', 'LoRA, QLoRA', 'model 3, dataset 1', 'yes', '')
    """
    if value is None or value is False:
        return ""
    if value is True:
        return "yes"
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {cell(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return str(value)


def _empty(value: Any) -> bool:
    return value is None or value is False or value == "" or value == [] or value == {}


def shown_columns(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> list[str]:
    """The columns a table shows: those that carry information.

    Left out: a column empty (None, "", [], {} or False) in every row, and a column of
    :data:`REPEATED_IN_ID` with one value on every row of two or more.

    >>> rows = [{"entity": "LoRA", "kind": "technique", "approximate": False},
    ...         {"entity": "QLoRA", "kind": "technique", "approximate": False}]
    >>> shown_columns(rows, ["entity", "kind", "approximate"])
    ['entity']
    """
    kept = []
    for column in columns:
        values = [row.get(column) for row in rows]
        if rows and all(_empty(v) for v in values):
            continue
        if column in REPEATED_IN_ID and len(rows) > 1 and len({json.dumps(v, default=str)
                                                               for v in values}) == 1:
            continue
        kept.append(column)
    return kept


def _numeric(rows: Sequence[Mapping[str, Any]], column: str) -> bool:
    values = [row.get(column) for row in rows if row.get(column) is not None]
    return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)


def print_rows(rows: Sequence[Mapping[str, Any]], fmt: OutputFormat, *, title: str | None = None,
               columns: Sequence[str] | None = None, console: Console | None = None) -> None:
    """Print dict rows as a table (rich on a terminal, aligned text otherwise), CSV or a JSON array."""
    if columns is None:
        columns = list(dict.fromkeys(key for row in rows for key in row))
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([{c: r.get(c) for c in columns}
                                     for r in rows], ensure_ascii=False, indent=1) + "\n")
        return
    if fmt is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None
                             else (json.dumps(row[c]) if isinstance(row[c], list | dict) else row[c])
                             for c in columns])
        sys.stdout.write(buffer.getvalue())
        return
    console = console or out
    if title:
        console.print(Text(title, style="bold"))
    _print_table(rows, shown_columns(rows, columns), console)


def _print_table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], console: Console, *,
                 indent: int = 0) -> None:
    """Aligned columns, the header in bold; fitted to the terminal's width, or as wide as it takes."""
    width = console.width - indent if console.is_terminal else None
    if width is not None and "kind" in columns and "id" in columns and _natural_width(rows, columns) > width:
        columns = [c for c in columns if c != "kind"]  # a narrow terminal: the id says the kind
    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    kinds = ["number" if _numeric(rows, c) else "prose" if c in PROSE or any(" " in r[i] for r in cells)
             else "token"
             for i, c in enumerate(columns)]
    header, *body = _layout([list(columns), *cells], kinds, width)
    console.print(Text(" " * indent + header[0], style="bold"), soft_wrap=True)
    for line in [*header[1:], *(line for row in body for line in row)]:
        console.print(Text(" " * indent + line), soft_wrap=True)


def _natural_width(rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> int:
    """The width of a table whose every cell is on one line."""
    return sum(max([cell_len(c), *(cell_len(cell(r.get(c))) for r in rows)])
               for c in columns) + 2 * (len(columns) - 1)


def _layout(lines: Sequence[Sequence[str]], kinds: Sequence[str], width: int | None) -> list[list[str]]:
    """Rows of cells as aligned text lines: two spaces between columns, numbers to the right.

    With a ``width`` too small for every cell, prose columns wrap first (down to their longest
    word, at most 20 characters), then tokens (ids) are cut with an ellipsis (down to 8);
    numbers stay whole. A word is never split across lines.

    >>> lines = [["rank", "entity", "id", "papers"], ["1", "Low-Rank Adaptation", "technique/lora", "12"]]
    >>> for line in _layout(lines, ["number", "prose", "token", "number"], None): print(*line, sep="\\n")
    rank  entity               id              papers
       1  Low-Rank Adaptation  technique/lora      12
    >>> for line in _layout(lines, ["number", "prose", "token", "number"], 40): print(*line, sep="\\n")
    rank  entity      id              papers
       1  Low-Rank    technique/lora      12
          Adaptation
    """
    widths = [max(cell_len(line[i]) for line in lines) for i in range(len(kinds))]
    floors = [min(20, max(cell_len(w) for line in lines for w in re.split(r"[\s-]", line[i])))
              if kind == "prose"
              else min(widths[i], 8) for i, kind in enumerate(kinds)]
    if width is not None:
        for kind in ("prose", "token"):
            while sum(widths) + 2 * (len(widths) - 1) > width:
                shrinkable = [i for i, k in enumerate(kinds) if k == kind and widths[i] > floors[i]]
                if not shrinkable:
                    break
                widths[max(shrinkable, key=lambda i: widths[i])] -= 1
    out_rows = []
    for line in lines:
        columns = [_fit(value, w, kind) for value, w, kind in zip(line, widths, kinds, strict=True)]
        height = max(len(c) for c in columns)
        out_rows.append([
            "  ".join((c[j] if j < len(c) else "").rjust(w) if kind == "number" else
                      _pad(c[j] if j < len(c) else "", w)
                      for c, w, kind in zip(columns, widths, kinds, strict=True)).rstrip()
            for j in range(height)
        ])
    return out_rows


def _fit(value: str, width: int, kind: str) -> list[str]:
    if cell_len(value) <= width:
        return [value]
    if kind == "prose":
        return textwrap.wrap(value, width, break_on_hyphens=True) or [""]
    if kind == "token":  # an id or IRI keeps its end, where ids differ ("…/quantization")
        return ["…" + value[-(width - 1):] if "/" in value else set_cell_size(value, width - 1) + "…"]
    return [value]


def _pad(value: str, width: int) -> str:
    return value + " " * max(0, width - cell_len(value))


def print_note(rows: Any, console: Console | None = None) -> None:
    """Say on stderr how a result was computed when it matters (sampled, approximate, no path, ties).

    Prints the rows' ``note``; when they carry none and every score shown is the same, says
    that the order is no ranking.
    """
    console = console or err
    note = getattr(rows, "note", None)
    scores = [r.get("score") for r in plain(list(rows)) if isinstance(r, Mapping)] if rows else []
    if not note and len(scores) > 1 and None not in scores and len(set(scores)) == 1:
        note = (f"all {len(scores)} rows score {cell(scores[0])}: the measure does not separate them here "
                "(rows in label order); try another --by or --view")
    if note:
        console.print(f"note: {note}", markup=False)


# -- show --------------------------------------------------------------------------------------

_ATTRIBUTE_NAMES = {"iso639_3": "ISO 639-3", "iso639_1": "ISO 639-1", "wikidata": "Wikidata"}


def print_entity(info: Mapping[str, Any], label_of: Callable[[str], str],
                 console: Console | None = None) -> None:
    """Print ``KnowledgeGraph.show`` output as sections for people.

    ``label_of`` turns an entity id (its families and variants) into its label.
    """
    console = console or out

    def heading(text: str) -> None:
        console.print()
        console.print(Text(text, style="bold"))

    def line(text: str, indent: int = 0) -> None:
        console.print(Text(" " * indent + text), soft_wrap=True)

    console.print(Text(str(info["label"]), style="bold"))
    counts = f"{info['papers']:,} paper(s), {info['mentions']:,} mention(s)"
    line(" · ".join(x for x in (info["kind"], info["id"], counts, info.get("origin")
                                and f"from the {info['origin']}") if x))
    if info.get("aliases"):
        line("aliases: " + ", ".join(info["aliases"]))
    if info.get("broader"):
        line("family: " + " › ".join([label_of(n) for n in reversed(info["broader"])] + [str(info["label"])]))
    if info.get("narrower"):
        line("variants: " + ", ".join(label_of(n) for n in info["narrower"]))
    details = _details(info.get("attributes") or {})
    if details:
        line("details: " + ", ".join(details))

    heading("Papers by role")
    dated = any(p.get("date") for papers in info["papers_by_role"].values() for p in papers)
    for role, papers in info["papers_by_role"].items():
        total = info["roles"].get(role, len(papers))
        line(f"{role.replace('_', ' ')} ({total:,})", 2)
        for paper in papers:
            arxiv = f"  arXiv:{paper['arxiv_id']}" if paper.get("arxiv_id") else ""
            date = f"{paper.get('date') or '':<10}  " if dated else ""
            line(f"{date}{paper.get('title') or paper['id']}{arxiv}", 4)
        if total > len(papers):
            line(f"... and {total - len(papers):,} more", 4)
    if not info["papers_by_role"]:
        line("none", 2)

    heading("Related (entities in the same papers)")
    if info["related"]:
        related = [{"entity": r["entity"], "kind": r["kind"], "shared papers": r["support"],
                    "papers": r["papers"]}
                   for r in info["related"]]
        _print_table(related, shown_columns(related, ["entity", "kind", "shared papers", "papers"]), console,
                     indent=2)
    else:
        line("none", 2)

    heading("Trend (papers a year)")
    trend = info.get("trend") or []
    if not trend:
        line("none of its papers carries a date", 2)
    most = max((t["papers"] for t in trend), default=1) or 1
    for row in trend:
        bar = "█" * max(1, round(20 * row["papers"] / most)) if row["papers"] else ""
        line(f"{row['period']}  {bar:<20}  {row['papers']:,} of {row['total']:,} dated paper(s) "
             f"({row['share']:.1%})", 2)


def _details(attributes: Mapping[str, Any]) -> list[str]:
    """Entity attributes worth a reader's eye (a confidence of 1 says nothing).

    >>> _details({"confidence": 1.0, "language_type": "natural", "iso639_3": "eng", "generic": True})
    ['natural language', 'ISO 639-3 eng', 'generic (hidden from rankings unless --include-generic)']
    """
    shown = []
    for key, value in attributes.items():
        if _empty(value) or (key == "confidence" and value == 1):
            continue
        if key == "language_type":
            shown.append(f"{value} language")
        elif key == "generic":
            shown.append("generic (hidden from rankings unless --include-generic)")
        else:
            shown.append(f"{_ATTRIBUTE_NAMES.get(key, key.replace('_', ' '))} {cell(value)}")
    return shown


# -- build summary -----------------------------------------------------------------------------

SUMMARY_TOP = 5


def print_summary(kg: Any, console: Console | None = None) -> None:
    """Counts, then each kind's entities mentioned by the most papers, sorted by that count.

    Natural and programming languages are listed apart (the entity's ``language_type``).
    """
    console = console or out
    G = kg.graph
    counts = kg.counts()
    language_type = {n: d.get("language_type") or "other" for n, d in G.nodes(data=True)
                     if d.get("kind") == "language"}
    types = {t: sum(1 for v in language_type.values() if v == t) for t in sorted(set(language_type.values()))}
    parts = [f"papers: {counts['paper']:,}", f"links: {counts['links']:,}"]
    parts += [f"{kind}s: {counts.get(kind, 0):,}" for kind in ("model", "dataset", "technique", "language")]
    if types:
        parts[-1] += " (" + ", ".join(f"{n:,} {t}" for t, n in types.items()) + ")"
    console.print("  ".join(parts), markup=False)
    for kind in ("model", "dataset", "technique"):
        _print_top(console, f"top {kind}s by papers", kg.rank(kind=kind, by="degree", top=SUMMARY_TOP))
    languages = kg.rank(kind="language", by="degree", top=None)
    for wanted in types:
        rows = [r for r in languages if language_type.get(r.id) == wanted]
        what = "languages of no known type" if wanted == "other" else f"{wanted} languages"
        _print_top(console, f"top {what} by papers", rows)


def _print_top(console: Console, what: str, rows: Iterable[Any]) -> None:
    rows = sorted(rows, key=lambda r: (-r.papers, r.entity))[:SUMMARY_TOP]
    if rows:
        console.print(f"{what}: " + ", ".join(f"{r.entity} ({r.papers:,})" for r in rows), markup=False)
