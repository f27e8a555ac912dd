"""The on-disk Oxigraph store that SPARQL queries run on: loaded from a Turtle export, opened read-only.

A build loads its own ``graph.ttl`` a slice at a time (subject blocks, ``CHUNK_MB`` each), so
that memory stays flat at any size; other RDF files are handed to Oxigraph's bulk loader whole.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from paperkg.errors import InputError
from paperkg.store.rdf import rdf_format
from paperkg.store.spawned import Spawned

__all__ = ["CHUNK_MB", "Loading", "load_export", "load_rdf", "open_triples"]

#: Size of the Turtle slices a build's export is loaded in (memory grows with it).
CHUNK_MB = 48


def _slices(path: Path, size: int) -> Iterator[bytes]:
    """``path`` (a Turtle file paperkg wrote) cut after whole subject blocks, each with the prefixes.

    paperkg's Turtle has one statement part per line, literals on one line (newlines
    escaped), every continuation line indented and a subject block ended by `` .``: so a
    line ending in `` .`` followed by an unindented line is a safe cut.
    """
    with open(path, "rb") as stream:
        header: list[bytes] = []
        body: list[bytes] = []
        n = 0
        for line in stream:
            if line.startswith(b"@prefix "):
                header.append(line)
                continue
            if line.startswith(b"#"):
                continue
            body.append(line)
            n += len(line)
            if n >= size and line.endswith(b" .\n"):
                yield b"".join(header + body)
                body, n = [], 0
        if body:
            yield b"".join(header + body)


def load_export(folder: Path, ttl: Path, *, chunk_mb: int = CHUNK_MB,
                on_slice: Callable[[int], None] | None = None) -> Path:
    """Load a Turtle export that paperkg wrote into a new Oxigraph store at ``folder``.

    Raises InputError when the file is not valid Turtle.
    """
    store = ox.Store(str(folder))
    try:
        for i, data in enumerate(_slices(ttl, chunk_mb << 20), start=1):
            store.bulk_load(data, format=ox.RdfFormat.TURTLE)
            if on_slice is not None:
                on_slice(i)
        store.flush()
    except SyntaxError as error:
        raise InputError(ttl, f"not valid RDF: {str(error.msg or error).splitlines()[0]}") from None
    finally:
        del store
    return folder


def _load_export_child(folder: str, ttl: str, send: Any) -> None:
    try:
        load_export(Path(folder), Path(ttl))
        send.send(None)
    except Exception as error:  # noqa: BLE001  (reported to the parent as one line)
        send.send(str(error) or type(error).__name__)
    finally:
        send.close()


class Loading(Spawned):
    """:func:`load_export` running in a fresh process (its memory never adds to this one's).

    :meth:`wait` returns the store folder, or raises InputError with the loader's message.
    """

    def __init__(self, folder: Path, ttl: Path) -> None:
        self.folder, self.ttl = folder, ttl
        super().__init__(_load_export_child, str(folder), str(ttl))

    def cancel(self) -> None:
        """Stop the load and remove what it wrote."""
        super().cancel()
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait(self) -> Path:
        """Wait for the load to finish."""
        outcome = self.outcome(
            lambda code: f"the SPARQL store loader ended without a word (exit code {code})")
        if outcome is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise InputError(self.ttl, f"cannot load the SPARQL store: {outcome}")
        return self.folder


def load_rdf(folder: Path, path: Path) -> Path:
    """Load any RDF file (Turtle, N-Triples, JSON-LD) into a new Oxigraph store at ``folder``."""
    store = ox.Store(str(folder))
    try:
        store.bulk_load(path=path, format=rdf_format(path))
        store.flush()
    except SyntaxError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise InputError(path, f"not valid RDF: {str(error.msg or error).splitlines()[0]}") from None
    finally:
        del store
    return folder


def open_triples(folder: Path) -> ox.Store:
    """Open an Oxigraph store read-only (no write can reach it; any number of readers)."""
    try:
        return ox.Store.read_only(str(folder))
    except OSError as error:
        raise InputError(folder, f"cannot open the SPARQL store: {error}") from None
