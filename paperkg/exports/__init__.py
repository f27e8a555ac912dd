"""Exports by name (with aliases), format guessed from the file suffix.

An exporter is ``write(graph, path, **options) -> Path`` registered with ``@exporter(name,
aliases=..., suffixes=...)`` in its own module under ``paperkg.exports``; ``graph`` is the
networkx graph (:mod:`paperkg.graph.build` has its schema). Exporters need nothing else, so
the exports depend on the graph's data, not on the KnowledgeGraph API.
"""

from __future__ import annotations

import importlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from paperkg.errors import ExportError

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["EXPORTERS", "PARALLEL_MIN_NODES", "Exporter", "atomic_write", "exporter", "graph_of",
           "guess_format", "write", "write_all"]

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


def graph_of(kg: Any) -> nx.DiGraph:
    """The networkx graph of ``kg``: ``kg`` itself, or a KnowledgeGraph's ``.graph``."""
    import networkx as nx

    return kg if isinstance(kg, nx.Graph) else kg.graph


def atomic_write(path: Path, write: Callable[[Any], None]) -> Path:
    """Write ``path`` whole or not at all: ``write(stream)`` fills a temporary file beside it
    (binary), which is then renamed over ``path``; on any failure the temporary file goes.

    Raises ExportError (one line) when the file cannot be written.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "xb") as stream:  # the usual permissions, unlike mkstemp's 0600
                write(stream)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
    return path


def exporter(name: str, *, aliases: tuple[str, ...] = (),
             suffixes: tuple[str, ...] = ()) -> Callable[[WriteFunc], WriteFunc]:
    """Register ``write(graph, path, **options)`` under ``name`` and its aliases."""

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
    raise ExportError(
        f"cannot guess the export format of {path}; pass format= (known: {', '.join(sorted(EXPORTERS))})")


def write(kg: nx.DiGraph, path: Path, *, format: str | None = None, **options: Any) -> Path:
    """Write the graph ``kg`` (or a KnowledgeGraph) to ``path`` in ``format`` (default: from the suffix)."""
    entry = _lookup(format) if format else _lookup(guess_format(path))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return entry.write(graph_of(kg), path, **options)


#: From this many graph nodes on, ``write_all`` writes in parallel (below, a fork costs more).
PARALLEL_MIN_NODES = 20_000


def write_all(kg: nx.DiGraph, jobs: list[tuple[Path, dict[str, Any]]], *,
              parallel: bool | None = None) -> list[Path]:
    """Write several exports of ``kg``: ``jobs`` are ``(path, options)`` pairs (options as for
    :func:`write`). Returns the paths in job order.

    With ``parallel`` (default: for graphs of ``PARALLEL_MIN_NODES`` nodes or more, where
    ``fork`` exists), the first job runs in a forked process while this one writes the others:
    on a big graph the Turtle and the HTML export then take the time of the longer one. An
    error in the forked job is raised here as ExportError with its message.
    """
    import multiprocessing as mp

    if parallel is None:
        parallel = graph_of(kg).number_of_nodes() >= PARALLEL_MIN_NODES
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
        outcome = ("error",
                   f"the export process for {first} ended without a word (exit code {child.exitcode})")
    finally:
        child.join()
        receive.close()
    if outcome[0] == "error":
        raise ExportError(outcome[1])
    return [outcome[1], *written]


def _write_in_child(kg: nx.DiGraph, path: Path, options: dict[str, Any], send: Any) -> None:
    try:
        send.send(("ok", write(kg, path, **options)))
    except Exception as error:  # noqa: BLE001  (reported to the parent as one line)
        send.send(("error", str(error) or type(error).__name__))
    finally:
        send.close()
