"""The exception tree: every error paperkg raises on purpose derives from PaperkgError."""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "PaperkgError",
    "InputError",
    "FormatError",
    "EntityNotFound",
    "QueryError",
    "ExportError",
]


class PaperkgError(Exception):
    """Base class for errors paperkg raises on purpose."""


class InputError(PaperkgError, ValueError):
    """A file or record could not be read.

    Keeps ``path``, ``line`` (record number or line, when known) and ``reason``
    as attributes; ``str()`` is one line: ``path:line: reason``.
    """

    def __init__(self, path: str | Path, reason: str, *, line: int | None = None) -> None:
        super().__init__(f"{path}:{line if line is not None else '-'}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class FormatError(InputError):
    """The input's format is unknown, unsupported (binary data) or not the one requested."""


class EntityNotFound(PaperkgError, KeyError):
    """No entity matches a name; ``suggestions`` holds close matches."""

    def __init__(self, name: str, suggestions: list[str] | None = None) -> None:
        self.name = name
        self.suggestions = list(suggestions or [])
        hint = f"; close matches: {', '.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(f"no entity matches {name!r}{hint}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])


class QueryError(PaperkgError, ValueError):
    """A query or option is not valid (unknown measure, kind, bad SPARQL, ...)."""


class ExportError(PaperkgError, OSError):
    """An export could not be written or read back."""
