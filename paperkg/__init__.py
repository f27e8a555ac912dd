"""paperkg: a knowledge graph of the models, datasets, techniques and languages ML papers mention."""

from __future__ import annotations

from paperkg.errors import EntityNotFound, InputError, PaperkgError
from paperkg.graph import KnowledgeGraph
from paperkg.ingest.records import Entity, Kind, Mention, Paper, Role
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

