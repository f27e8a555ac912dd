"""The cyclic garbage collector paused around work that builds many long-lived objects.

Loading the vocabulary cache, building the spaCy pipeline, importing the extraction modules and
opening a store each make hundreds of thousands of containers and next to no garbage; the passes
their allocations set off would walk them again and again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off while the body runs, and as it was after (on again only if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
