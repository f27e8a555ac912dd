"""Shared fixtures: the bundled sample corpus and the graph built from it (once per session), the shipped
extractor and the learned component's rule pipeline."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from paperkg import KnowledgeGraph, build
from paperkg.graph.build import entity_attrs
from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.records import Entity, Kind

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session", autouse=True)
def _vocab_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The vocabulary matcher's cache (:mod:`~paperkg.ingest.extract.vocab_cache`) in a folder of
    the session, not the user's: the first extractor of a session builds it, the rest load it."""
    from paperkg.ingest.extract.vocab_cache import CACHE_ENV

    before = os.environ.get(CACHE_ENV)
    os.environ[CACHE_ENV] = str(tmp_path_factory.mktemp("paperkg-cache"))
    yield
    if before is None:
        del os.environ[CACHE_ENV]
    else:
        os.environ[CACHE_ENV] = before


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


@pytest.fixture(scope="session")
def generic_kg(sample_kg: KnowledgeGraph) -> KnowledgeGraph:
    """The sample graph with one umbrella term, "fine-tuning" (generic), linked from every sample
    paper whose abstract says fine-tuning, as the vocabulary links a generic entry; the other
    generic flags of the sample are cleared so that the tests know exactly what is hidden."""
    G = sample_kg.graph.copy()
    for _, data in G.nodes(data=True):
        data.pop("generic", None)
    entity = Entity(id="technique/fine-tuning", label="fine-tuning", kind=Kind.TECHNIQUE, generic=True)
    G.add_node(entity.id, **entity_attrs(entity))
    papers = [p for p, d in G.nodes(data=True) if d.get("kind") == "paper"
              and "fine-tun" in (d.get("abstract") or "").lower()]
    G.add_edges_from((p, entity.id, {"role": "mentions", "count": 1, "confidence": 1.0, "evidence": []})
                     for p in papers)
    assert len(papers) > 25  # more papers than any specific technique: it would top the ranking
    return KnowledgeGraph(G)


@pytest.fixture(scope="session")
def shipped():
    """The process-wide extractor with the shipped vocabulary (``Extractor.shared()``); the ingest tests'
    one-paper helpers are in ``tests/ingest/_helpers.py``."""
    from paperkg.ingest.extract import Extractor

    return Extractor.shared()


@pytest.fixture(scope="module")
def learned_nlp():
    """The rule components up to the learned one (no kinds or roles: spans stay as added)."""
    from paperkg.ingest.extract.pipeline import make_nlp

    nlp = make_nlp(learned=True)
    nlp.remove_pipe("paperkg_kinds")
    nlp.remove_pipe("paperkg_roles")
    return nlp
