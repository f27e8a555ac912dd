"""Ingest: read papers from files and link them to models, datasets, techniques and languages."""

from __future__ import annotations

from pathlib import Path

from paperkg.ingest.readers import ReadReport, read_papers
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role

__all__ = [
    "SAMPLE_DIR",
    "Entity",
    "Extraction",
    "Kind",
    "Mention",
    "Origin",
    "Paper",
    "ReadReport",
    "Role",
    "read_papers",
]

#: The bundled sample corpus: Hugging Face daily-papers page dumps.
SAMPLE_DIR = Path(__file__).parent / "sample"
