"""The build scripts (``scripts/vocab_build``) importable, and their tiny inputs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

VOCAB_DATA = Path(__file__).resolve().parents[1] / "data" / "vocab"


@pytest.fixture
def inputs():
    """Build inputs over the tiny source and curated lists in ``tests/data/vocab``."""
    from vocab_build.inputs import Inputs

    return Inputs(sources=VOCAB_DATA / "sources", curated=VOCAB_DATA / "curated")


@pytest.fixture
def registry(inputs):
    """An empty registry with the tiny stop-list and word-like guards."""
    from vocab_build.registry import Registry

    return Registry(inputs.stop, inputs.guards)
