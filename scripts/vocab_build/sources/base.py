"""What every source module declares: :class:`Source`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from vocab_build.inputs import Inputs
from vocab_build.registry import Registry

__all__ = ["Source"]


@dataclass(frozen=True)
class Source:
    """One input of the build: where it came from, its licence, and how it is loaded.

    ``name`` is the ``origin`` stem its entries carry; ``load`` adds its records to the
    registry (``None`` for a source read by another one); ``filters`` says, per output kind,
    what the build keeps and drops (printed in ``SOURCES.md``); ``shipped`` is false for a
    source used only to check or filter.
    """

    name: str
    what: str
    commit: str
    licence: str
    load: Callable[[Registry, Inputs], None] | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    shipped: bool = True
