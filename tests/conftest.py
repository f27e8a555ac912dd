"""Shared fixtures: the bundled sample corpus and the graph built from it (once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paperkg import KnowledgeGraph, build
from paperkg.ingest import SAMPLE_DIR

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """``tests/data``: small real files with a README of their origins."""
    return DATA


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled sample corpus (four Hugging Face daily-papers page dumps)."""
    return SAMPLE_DIR


@pytest.fixture(scope="session")
def sample_kg() -> KnowledgeGraph:
    """The knowledge graph of the sample corpus. Do not mutate it: copy ``kg.graph`` first."""
    return build()


@pytest.fixture(scope="session")
def sample_ttl(tmp_path_factory: pytest.TempPathFactory, sample_kg: KnowledgeGraph) -> Path:
    """The sample graph written as Turtle."""
    path = tmp_path_factory.mktemp("export") / "graph.ttl"
    sample_kg.write(path)
    return path


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder ``paperkg build --out`` wrote for the sample corpus (graph.ttl, store, graph.html,
    manifest.json). Do not change it: copy it first."""
    folder = tmp_path_factory.mktemp("build") / "out"
    build(out=folder)
    return folder
