"""The user's cache folder: one place for every cache paperkg keeps (the vocabulary matcher's
tables, stores of RDF files opened without one)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_dir"]

#: The environment variable naming the cache folder (``off`` or empty turns caching off).
CACHE_ENV = "PAPERKG_CACHE"
_OFF = ("", "0", "off", "none", "no")


def cache_dir() -> Path | None:
    """``$PAPERKG_CACHE``, else ``$XDG_CACHE_HOME/paperkg``, else ``~/.cache/paperkg``; None
    when ``PAPERKG_CACHE`` is ``off`` (or empty).

    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {CACHE_ENV: "/tmp/paperkg-cache"}):
    ...     cache_dir()
    PosixPath('/tmp/paperkg-cache')
    >>> with mock.patch.dict(os.environ, {CACHE_ENV: "off"}):
    ...     cache_dir() is None
    True
    """
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "paperkg"
