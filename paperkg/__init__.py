"""paperkg: a knowledge graph of the models, datasets, techniques and languages ML papers mention."""

from __future__ import annotations

from pathlib import Path

from paperkg.errors import EntityNotFound, InputError, PaperkgError
from paperkg.graph import KnowledgeGraph, build
from paperkg.ingest.records import Entity, Kind, Mention, Paper, Role

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


def load(path: str | Path) -> KnowledgeGraph:
    """Load a KnowledgeGraph from a Turtle export written by paperkg (lossless round trip)."""
    from paperkg.exports.turtle import read_turtle

    return read_turtle(Path(path))
