"""The per-user cache of the vocabulary matcher's tables: same tables, same links, safe fallbacks."""

from __future__ import annotations

import json

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.pipeline import blank_nlp
from paperkg.ingest.extract.serialize import extraction_to_record_line
from paperkg.ingest.extract.vocab_cache import CACHE_ENV
from paperkg.ingest.extract.vocab_matcher import build_matcher_tables, matcher_tables
from paperkg.ingest.extract.vocabulary import VOCAB_DIR
from paperkg.ingest.readers import read_papers

# real shipped vocabulary lines: a model, a dataset and a technique the seeds name
_IDS = ("model/llama", "dataset/mmlu", "technique/lora")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def small_vocab(tmp_path):
    """A vocabulary folder with three real shipped entries."""
    folder = tmp_path / "vocab"
    folder.mkdir()
    for name in ("models", "datasets", "techniques"):
        lines = [line for line in (VOCAB_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["id"] in _IDS]
        (folder / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _same_tables(one, two):
    assert one.vocabulary.entries == two.vocabulary.entries
    assert list(one.vocabulary.entries) == list(two.vocabulary.entries)
    for name in ("exact", "folded", "depth", "fold_index"):  # same content in the same order
        assert list(getattr(one, name).items()) == list(getattr(two, name).items())
    assert one.cue_ids == two.cue_ids


def test_cached_tables_are_the_built_ones(cache):
    nlp = blank_nlp()
    built = build_matcher_tables(nlp)
    first = matcher_tables(nlp)  # builds and stores
    files = list(cache.glob("vocab-matcher-*.pickle"))
    assert len(files) == 1
    second = matcher_tables(nlp)  # loads
    assert second is not first
    _same_tables(built, first)
    _same_tables(built, second)
    assert len(built.vocabulary) > 20_000


def test_links_are_byte_identical_with_and_without_the_cache(cache, monkeypatch, sample_dir):
    papers = list(read_papers([sample_dir]))[:12]
    monkeypatch.setenv(CACHE_ENV, "")
    without = [extraction_to_record_line(e) for e in Extractor().pipe(papers)]
    assert not cache.exists()
    monkeypatch.setenv(CACHE_ENV, str(cache))
    Extractor()  # writes the cache
    assert list(cache.glob("*.pickle"))
    with_cache = [extraction_to_record_line(e) for e in Extractor().pipe(papers)]
    assert with_cache == without
    assert sum(line.count('"entity_id"') for line in without) > 50


def test_another_vocabulary_gets_its_own_key(cache, small_vocab, tmp_path):
    nlp = blank_nlp()
    assert len(matcher_tables(nlp, small_vocab).vocabulary) == 3
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    for name in ("models", "datasets"):  # the same files less one
        (smaller / f"{name}.jsonl").write_bytes((small_vocab / f"{name}.jsonl").read_bytes())
    tables = matcher_tables(nlp, smaller)
    assert sorted(tables.vocabulary.entries) == ["dataset/mmlu", "model/llama"]
    assert len(list(cache.glob("vocab-matcher-*.pickle"))) == 2
    assert len(matcher_tables(nlp, small_vocab).vocabulary) == 3


def test_a_broken_cache_file_is_rebuilt(cache, small_vocab):
    nlp = blank_nlp()
    matcher_tables(nlp, small_vocab)
    (path,) = cache.glob("vocab-matcher-*.pickle")
    path.write_bytes(path.read_bytes()[:100])  # cut short
    _same_tables(matcher_tables(nlp, small_vocab), build_matcher_tables(nlp, small_vocab))
    _same_tables(matcher_tables(nlp, small_vocab), build_matcher_tables(nlp, small_vocab))  # rewritten whole


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch, small_vocab):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    nlp = blank_nlp()
    _same_tables(matcher_tables(nlp, small_vocab), build_matcher_tables(nlp, small_vocab))


def test_an_empty_variable_turns_the_cache_off(tmp_path, monkeypatch, small_vocab):
    monkeypatch.setenv(CACHE_ENV, "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    matcher_tables(blank_nlp(), small_vocab)
    assert list(tmp_path.rglob("*.pickle")) == []
