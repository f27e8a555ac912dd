"""Attribute dicts of a stored graph that read their bulky part (abstracts, evidence) on first use.

A graph opened from the store holds every node and edge, with the attributes that queries and
analytics read (kinds, labels, titles, dates, roles, counts); an abstract, an author list or a
link's evidence is read from the store when something asks for it. :class:`LazyAttrs` is a
``dict`` that behaves, for every reader, as the whole attribute dict: ``get``, ``[]``, ``in``,
iteration, ``items()``, ``len``, ``==``, ``copy()``, ``dict(d)``, ``{**d}``, JSON, pickle and
deep copies all see every attribute. With ``keep`` (the default of :func:`paperkg.load`) the
attributes stay once read; without it (exports that walk the whole graph once) they are read
again from a small cache, so memory stays flat.
"""

from __future__ import annotations

import copy
import marshal
import os
import sqlite3
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from paperkg.errors import ExportError

__all__ = ["FullLoader", "LazyAttrs", "decode_full", "encode_full"]


def encode_full(attrs: Mapping[str, Any], links: Mapping[str, Mapping[str, Any]]) -> bytes:
    """A paper's whole record as stored: its attributes and ``{entity: link attributes}``."""
    try:
        return zlib.compress(marshal.dumps((dict(attrs), {e: dict(d) for e, d in links.items()})), 1)
    except ValueError as error:
        raise ExportError(
            f"cannot store a paper's attributes: {error} (plain str, int, float, list, dict only)") from None


def decode_full(data: bytes) -> tuple[dict, dict]:
    """The inverse of :func:`encode_full`."""
    return marshal.loads(zlib.decompress(data))


class FullLoader:
    """Reads whole stored papers (attributes and links) from a store file, with a small cache.

    ``fetch(node)`` returns ``(attributes, {entity: link attributes})`` for a paper node.
    Safe across threads and across ``fork`` (each process opens its own connection).
    """

    def __init__(self, path: str | Path, *, keep: bool = True, cache_size: int = 512) -> None:
        self.path, self.keep, self.cache_size = Path(path), keep, cache_size
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, tuple[dict, dict]] = OrderedDict()
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        self._connection()  # now: a newer build that replaces the store cannot take it away any more

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
            self._cache.clear()
        return self._db

    def fetch(self, node: str) -> tuple[dict, dict]:
        """The whole stored record of paper ``node``; raises KeyError when the store lacks it."""
        with self._lock:
            hit = self._cache.get(node)
            if hit is not None:
                self._cache.move_to_end(node)
                return hit
            row = self._connection().execute("SELECT data FROM papers WHERE node = ?", (node,)).fetchone()
            if row is None:
                raise KeyError(f"{node} is not in the store {self.path}")
            record = decode_full(row[0])
            self._cache[node] = record
            if len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
            return record


_ABSENT = object()


class LazyAttrs(dict):
    """The attribute dict of a stored paper (``entity`` None) or of its link to ``entity``.

    It holds the light attributes itself; the others (``stored``: their names) come from
    ``loader`` on first use. Values set on the dict win over stored ones.
    """

    __slots__ = ("_loader", "_node", "_entity", "_stored_keys")

    @classmethod
    def make(cls, light: dict, stored: frozenset[str], loader: FullLoader, node: str,
             entity: str | None = None) -> LazyAttrs:
        """A lazy dict holding ``light`` now and the ``stored`` keys of ``node``'s (link's) record later."""
        attrs = cls(light)
        attrs._loader, attrs._node, attrs._entity, attrs._stored_keys = loader, node, entity, stored
        return attrs

    def _stored(self) -> dict:
        loader: FullLoader = self._loader  # type: ignore[assignment]
        attrs, links = loader.fetch(self._node)
        return attrs if self._entity is None else links[self._entity]

    def _pending(self) -> dict | None:
        """The stored attributes when they are still to be merged in (None once settled)."""
        if self._loader is None:
            return None
        stored = self._stored()
        if self._loader.keep:
            self._settle(stored)
            return None
        return stored

    def _all(self) -> dict:
        """Every attribute: ``self`` once settled, else a merged dict (stored, then own values)."""
        stored = self._pending()
        if stored is None:
            return self
        merged = dict(stored)
        merged.update(dict.items(self))
        return merged

    def _settle(self, stored: dict | None = None) -> None:
        """Take the stored attributes in for good (own values win; stored key order kept)."""
        if self._loader is None:
            return
        stored = self._stored() if stored is None else stored
        self._loader = None
        merged = dict(stored)
        merged.update(dict.items(self))
        dict.clear(self)
        dict.update(self, merged)

    # -- reading ---------------------------------------------------------------------------
    def __missing__(self, key: Any) -> Any:
        if self._loader is not None and key not in self._stored_keys:
            raise KeyError(key)
        stored = self._pending()
        if stored is not None:
            return stored[key]
        if dict.__contains__(self, key):  # settled just now
            return dict.__getitem__(self, key)
        raise KeyError(key)

    def get(self, key: Any, default: Any = None, _get: Any = dict.get, _absent: Any = _ABSENT) -> Any:
        value = _get(self, key, _absent)  # one C call for what the dict holds: the hot path of queries
        if value is not _absent:
            return value
        if self._loader is not None and key not in self._stored_keys:
            return default
        stored = self._pending()
        return _get(self if stored is None else stored, key, default)

    def __contains__(self, key: object, _contains: Any = dict.__contains__) -> bool:
        if _contains(self, key):
            return True
        if self._loader is not None:
            return key in self._stored_keys
        stored = self._pending()
        return _contains(self if stored is None else stored, key)

    def __iter__(self) -> Iterator[Any]:
        return dict.__iter__(self._all())

    def __reversed__(self) -> Iterator[Any]:
        return reversed(dict.keys(self._all()))

    def __len__(self) -> int:
        if self._loader is not None:
            return dict.__len__(self) + len(self._stored_keys - dict.keys(self))
        return dict.__len__(self)

    def keys(self):  # type: ignore[override]
        return dict.keys(self._all())

    def values(self):  # type: ignore[override]
        return dict.values(self._all())

    def items(self):  # type: ignore[override]
        return dict.items(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyAttrs):
            other = other._all()
        return dict.__eq__(self._all(), other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(dict.copy(self._all()))

    def __or__(self, other: Any) -> dict:
        return dict.copy(self._all()) | other

    def __ror__(self, other: Any) -> dict:
        return dict(other) | dict.copy(self._all())

    def copy(self) -> dict:  # type: ignore[override]
        """A plain dict of every attribute."""
        return dict.copy(self._all())

    __copy__ = copy

    def __deepcopy__(self, memo: dict) -> dict:
        return copy.deepcopy(dict.copy(self._all()), memo)

    def __reduce_ex__(self, protocol: Any) -> tuple:
        return (dict, (dict.copy(self._all()),))

    # -- changing (settles first, so that nothing stored comes back later) ------------------
    def __delitem__(self, key: Any) -> None:
        self._settle()
        dict.__delitem__(self, key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._settle()
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[Any, Any]:
        self._settle()
        return dict.popitem(self)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._settle()
        return dict.setdefault(self, key, default)

    def clear(self) -> None:
        self._loader = None
        dict.clear(self)
