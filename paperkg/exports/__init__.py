"""Exports by name (with aliases), format guessed from the file suffix.

An exporter is ``write(kg, path, **options) -> Path`` registered with ``@exporter(name,
aliases=..., suffixes=...)`` in its own module under ``paperkg.exports``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paperkg.errors import ExportError

if TYPE_CHECKING:
    from paperkg.graph.knowledge import KnowledgeGraph

__all__ = ["EXPORTERS", "Exporter", "exporter", "guess_format", "write"]

WriteFunc = Callable[..., Path]


@dataclass(frozen=True)
class Exporter:
    """A registered exporter and the names and suffixes it answers to."""

    name: str
    write: WriteFunc
    aliases: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


EXPORTERS: dict[str, Exporter] = {}

# Exporter modules, imported on first use so that their @exporter decorators run.
_MODULES = ("turtle", "rdf_formats", "html", "graphml")


def exporter(name: str, *, aliases: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()) -> Callable[[WriteFunc], WriteFunc]:
    """Register ``write(kg, path, **options)`` under ``name`` and its aliases."""

    def register(func: WriteFunc) -> WriteFunc:
        EXPORTERS[name] = Exporter(name, func, aliases, suffixes)
        return func

    return register


def _load() -> None:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")


def _lookup(name: str) -> Exporter:
    _load()
    for entry in EXPORTERS.values():
        if name == entry.name or name in entry.aliases:
            return entry
    known = sorted({n for e in EXPORTERS.values() for n in (e.name, *e.aliases)})
    raise ExportError(f"unknown export format {name!r}; known: {', '.join(known)}")


def guess_format(path: str | Path) -> str:
    """The exporter name for a file suffix (``.ttl`` -> turtle), else raise ExportError."""
    _load()
    suffix = "".join(Path(path).suffixes[-1:]).lower()
    for entry in EXPORTERS.values():
        if suffix in entry.suffixes:
            return entry.name
    raise ExportError(f"cannot guess the export format of {path}; pass format= (known: {', '.join(sorted(EXPORTERS))})")


def write(kg: KnowledgeGraph, path: Path, *, format: str | None = None, **options: Any) -> Path:
    """Write ``kg`` to ``path`` in ``format`` (default: guessed from the suffix)."""
    entry = _lookup(format) if format else _lookup(guess_format(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    return entry.write(kg, path, **options)
