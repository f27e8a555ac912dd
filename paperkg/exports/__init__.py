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

__all__ = ["EXPORTERS", "PARALLEL_MIN_NODES", "Exporter", "exporter", "guess_format", "write", "write_all"]

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


#: From this many graph nodes on, ``write_all`` writes in parallel (below, a fork costs more).
PARALLEL_MIN_NODES = 20_000


def write_all(kg: KnowledgeGraph, jobs: list[tuple[Path, dict[str, Any]]], *, parallel: bool | None = None) -> list[Path]:
    """Write several exports of ``kg``: ``jobs`` are ``(path, options)`` pairs (options as for
    :func:`write`). Returns the paths in job order.

    With ``parallel`` (default: for graphs of ``PARALLEL_MIN_NODES`` nodes or more, where
    ``fork`` exists), the first job runs in a forked process while this one writes the others:
    on a big graph the Turtle and the HTML export then take the time of the longer one. An
    error in the forked job is raised here as ExportError with its message.
    """
    import multiprocessing as mp

    if parallel is None:
        parallel = kg.graph.number_of_nodes() >= PARALLEL_MIN_NODES
    if not parallel or len(jobs) < 2 or "fork" not in mp.get_all_start_methods():
        return [write(kg, path, **options) for path, options in jobs]
    (first, first_options), rest = jobs[0], jobs[1:]
    fork = mp.get_context("fork")
    receive, send = fork.Pipe(duplex=False)
    child = fork.Process(target=_write_in_child, args=(kg, first, first_options, send), daemon=True)
    child.start()
    send.close()
    try:
        written = [write(kg, path, **options) for path, options in rest]
        outcome = receive.recv()
    except EOFError:
        outcome = ("error", f"the export process for {first} ended without a word (exit code {child.exitcode})")
    finally:
        child.join()
        receive.close()
    if outcome[0] == "error":
        raise ExportError(outcome[1])
    return [outcome[1], *written]


def _write_in_child(kg: KnowledgeGraph, path: Path, options: dict[str, Any], send: Any) -> None:
    try:
        send.send(("ok", write(kg, path, **options)))
    except Exception as error:  # noqa: BLE001  (reported to the parent as one line)
        send.send(("error", str(error) or type(error).__name__))
    finally:
        send.close()
