"""paperkg: a knowledge graph of the models, datasets, techniques and languages ML papers mention.

The names below load on first use (PEP 562), so ``import paperkg.ingest...`` (what
``paperkg extract`` and every worker process run) does not pay for networkx, rdflib and the
graph and store modules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from paperkg.errors import EntityNotFound, InputError, PaperkgError
from paperkg.ingest.records import Entity, Kind, Mention, Paper, Role

if TYPE_CHECKING:
    from paperkg.graph import KnowledgeGraph
    from paperkg.pipeline import build
    from paperkg.store import load

__all__ = [
    "Entity",
    "EntityNotFound",
    "InputError",
    "Kind",
    "KnowledgeGraph",
    "Mention",
    "Paper",
    "PaperkgError",
    "Role",
    "build",
    "load",
]

__version__ = "0.1.0"

_LAZY = {"KnowledgeGraph": "paperkg.graph", "build": "paperkg.pipeline", "load": "paperkg.store"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'paperkg' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
