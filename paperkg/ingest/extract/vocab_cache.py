"""A per-user cache of what the vocabulary matcher builds at start-up, keyed by everything it is made of.

Building :class:`~.vocab_matcher.VocabMatcher`'s tables from the shipped vocabulary (reading
~21,000 entries, their ~53,000 spellings, hashing their tokens) takes about a second, and
every process pays it: each ``paperkg`` command, each worker a spawn start makes, each Dask
worker. The tables are a pure function of the vocabulary files, the token cache beside them,
the tokenizer's rules and the code that builds them, so a process stores them once (a pickle
in the user's cache folder) and the next loads them in a fraction of the time.

The key is a digest of all of that: the bytes of the vocabulary files and ``tokens.json.gz``,
the sources of ``paperkg.ingest.extract`` and the record and text modules, the tokenizer's
signature, and the Python and spaCy versions. A changed input is a new key, never a stale
table. Anything wrong with the cache (no home folder, read-only disk, a file cut short or
written by another version) means the tables are built as without it: the cache never changes
an output, only start-up time.

Where: :func:`paperkg.ingest.cache.cache_dir` (``$PAPERKG_CACHE``, else
``$XDG_CACHE_HOME/paperkg``, else ``~/.cache/paperkg``; ``PAPERKG_CACHE=off`` turns it off).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from paperkg.collector import collector_paused
from paperkg.ingest.cache import CACHE_ENV, cache_dir

__all__ = ["CACHE_ENV", "cache_dir", "cache_key", "cached", "source_files"]

#: Files of one name kept per folder (older keys are removed when a new one is written).
_KEEP = 4
_HERE = Path(__file__).parent

T = TypeVar("T")


def source_files() -> list[Path]:
    """The sources whose code builds the cached tables: ``paperkg.ingest.extract``, the records
    and text modules (hashed into every key, so a code change never meets an old table)."""
    return [*sorted(_HERE.glob("*.py")), _HERE.parent / "records.py", _HERE.parent / "text.py"]


def cache_key(files: Iterable[Path], *parts: str) -> str:
    """A digest of the bytes of ``files`` (missing ones count as absent), ``parts`` and the
    Python and spaCy versions.

    >>> cache_key([], "a") == cache_key([], "a") != cache_key([], "b")
    True
    """
    import spacy

    digest = hashlib.blake2b(digest_size=16)
    for part in (sys.version, spacy.__version__, *parts):
        digest.update(part.encode("utf-8") + b"\0")
    for file in files:
        digest.update(str(file.name).encode("utf-8") + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"\1missing")
        digest.update(b"\0")
    return digest.hexdigest()


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``'s value, loaded from the cache when there is one for ``key``, else built and stored.

    Any failure to read or write the cache falls back to ``build()`` (the cache only saves time).
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as stream:
            return _load(stream)
    except Exception:  # noqa: BLE001 -- missing, cut short, unreadable, or from another version: rebuild
        pass
    value = build()
    _store(folder, path, value)
    return value


def _load(stream) -> object:  # type: ignore[no-untyped-def]
    """Unpickle with the cyclic collector paused: it would walk the growing tables many times over."""
    with collector_paused():
        return pickle.load(stream)


def _store(folder: Path, path: Path, value: object) -> None:
    """Write ``value`` atomically (a temporary file renamed into place); keep the newest files of its name."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=path.name, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        Path(temporary).unlink(missing_ok=True)
        return
    stem = path.name.rsplit("-", 1)[0]
    try:
        others = sorted(folder.glob(f"{stem}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:  # another process pruned first
        pass
