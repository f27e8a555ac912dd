"""A build's outputs as one set: ``graph.ttl``, the store, ``graph.html`` and the manifest that ties them.

Every file is written to a temporary name in its folder first. :meth:`OutputSet.commit` then
removes the old manifest (the folder's set is in flux), renames the Turtle, then the store,
then the HTML into place, and writes ``manifest.json`` last (itself written whole, then
renamed): the SHA-256 and size of each file and the store's folder. A reader that finds the
manifest, and the files as it says, holds a matching set; no manifest means a build was
interrupted (the files there are whole, but may come from two builds). On any failure the
temporary files and folders are removed.

Layout of a build folder::

    DIR/graph.ttl  DIR/graph.html  DIR/manifest.json
    DIR/graph.store/<generation>/graph.sqlite     graph, analytics, linked records
    DIR/graph.store/<generation>/oxigraph/        the SPARQL store
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperkg.errors import ExportError

__all__ = ["MANIFEST", "STORE_DIR", "Manifest", "OutputSet", "clean_stale", "file_digest", "read_manifest"]

MANIFEST = "manifest.json"
STORE_DIR = "graph.store"
_FORMAT = 1


_STALE = re.compile(r"^\.(?:.+\.|tmp-)(\d+)-[0-9a-f]{8}(?:\.tmp)?$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_stale(folder: Path) -> list[Path]:
    """Remove the temporary files and store folders that killed builds left in ``folder``.

    Only names this module (and :func:`paperkg.exports.atomic_write`) make are touched, and
    only when the process that made them is gone. Returns what was removed.
    """
    removed = []
    for parent in (folder, folder / STORE_DIR):
        try:
            children = list(parent.iterdir())
        except OSError:
            continue
        for child in children:
            match = _STALE.match(child.name)
            if match is None or _alive(int(match.group(1))):
                continue
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
            removed.append(child)
    return removed


def file_digest(path: Path) -> str:
    """The SHA-256 of a file (hex)."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Manifest:
    """What a finished build wrote: ``files`` by name (``sha256``, ``size``, ``mtime_ns``) and
    ``store``, the store folder relative to the build folder."""

    folder: Path
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    store: str | None = None

    def store_path(self) -> Path | None:
        """The store folder, when the manifest names one that exists."""
        if not self.store:
            return None
        path = (self.folder / self.store).resolve()
        inside = path.parent.parent == self.folder.resolve() and path.parent.name == STORE_DIR
        return path if inside and (path / "graph.sqlite").is_file() else None

    def vouches_for(self, path: Path) -> bool:
        """True when ``path`` is the file of that name the build wrote (size and time, else content)."""
        entry = self.files.get(path.name)
        if entry is None or path.parent.resolve() != self.folder.resolve():
            return False
        try:
            stat = path.stat()
        except OSError:
            return False
        if stat.st_size != entry.get("size"):
            return False
        return stat.st_mtime_ns == entry.get("mtime_ns") or file_digest(path) == entry.get("sha256")


def read_manifest(folder: Path) -> Manifest | None:
    """The manifest of a build folder, or None (no build finished there, or not a paperkg one)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT or not isinstance(data.get("files"), dict):
        return None
    return Manifest(folder, dict(data["files"]), data.get("store"))


class OutputSet:
    """Stage a build's outputs in ``folder`` and commit them in order (see the module docstring).

    Use as a context manager: leaving it by an exception removes whatever was staged.
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.staged: dict[str, Path] = {}
        self.store: Path | None = None
        self._token = f"{os.getpid()}-{secrets.token_hex(4)}"
        clean_stale(self.folder)

    def __enter__(self) -> OutputSet:
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if kind is not None:
            self.abort()

    def stage(self, name: str) -> Path:
        """A temporary path in the folder for output ``name`` (e.g. ``graph.ttl``)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f".{name}.{self._token}.tmp"
        self.staged[name] = path
        return path

    def new_store(self) -> Path:
        """A new, empty store folder (temporary until commit)."""
        path = self.folder / STORE_DIR / f".tmp-{self._token}"
        try:
            path.mkdir(parents=True)
        except OSError as error:
            raise ExportError(f"cannot write {path}: {error.strerror or error}") from None
        self.store = path
        return path

    def abort(self) -> None:
        """Remove every staged file and the new store."""
        for path in self.staged.values():
            path.unlink(missing_ok=True)
        if self.store is not None:
            shutil.rmtree(self.store, ignore_errors=True)
        self.staged.clear()

    def commit(self) -> Manifest:
        """Rename the Turtle, the store, then the HTML into place; write the manifest last."""
        manifest_path = self.folder / MANIFEST
        try:
            manifest_path.unlink(missing_ok=True)
            files: dict[str, dict[str, Any]] = {}
            store_name = None
            for name in ("graph.ttl", *[n for n in self.staged if n not in ("graph.ttl", "graph.html")]):
                if name in self.staged:
                    files[name] = self._place(name)
            if self.store is not None:
                store_name = self._place_store()
            if "graph.html" in self.staged:
                files["graph.html"] = self._place("graph.html")
            else:
                (self.folder / "graph.html").unlink(missing_ok=True)  # an older build's view of another graph
            manifest = {"format": _FORMAT, "files": files, "store": store_name}
            tmp = self.stage(MANIFEST)
            tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            os.replace(tmp, manifest_path)
            self.staged.clear()
        except OSError as error:
            self.abort()
            raise ExportError(
                f"cannot write the outputs in {self.folder}: {error.strerror or error}") from None
        self._remove_old_stores(store_name)
        return Manifest(self.folder, files, store_name)

    def _place(self, name: str) -> dict[str, Any]:
        tmp = self.staged.pop(name)
        entry = {"sha256": file_digest(tmp), "size": tmp.stat().st_size}
        final = self.folder / name
        os.replace(tmp, final)
        entry["mtime_ns"] = final.stat().st_mtime_ns
        return entry

    def _place_store(self) -> str:
        assert self.store is not None
        generation = f"{secrets.token_hex(8)}"
        final = self.store.parent / generation
        os.replace(self.store, final)
        self.store = None
        return f"{STORE_DIR}/{generation}"

    def _remove_old_stores(self, keep: str | None) -> None:
        stores = self.folder / STORE_DIR
        if not stores.is_dir():
            return
        for child in stores.iterdir():
            if f"{STORE_DIR}/{child.name}" != keep and not child.name.startswith(".tmp-"):
                shutil.rmtree(child, ignore_errors=True)
