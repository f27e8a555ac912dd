"""``scripts/train_spans.py``: which dev files it trains on, and the corpus phrase frequencies."""

from __future__ import annotations

import gzip
import json

import numpy
import pytest

train_spans = pytest.importorskip("train_spans")

# Sentences from corpus abstracts (lines 55,000-60,000): a common phrase and a coined name.
RECORDS = [
    {"id": "x1", "title": "Segmentation", "abstract": "A joint optimization strategy aligns 3DGS with a "
     "lightweight NeRF module through alignment and spatial continuity losses."},
    {"id": "x2", "title": "Routing", "abstract": "To manage the end-to-end design, we formulate a joint "
     "optimization problem."},
    {"id": "x3", "title": "DualGRPO", "abstract": "We propose DualGRPO, a joint optimization of two policies."},
]


def test_unread_dev_files_are_never_trained_on():
    assert train_spans.UNREAD_DEV == {"corpus_dev_10", "corpus_dev_11"}
    stems = {path.stem for path in train_spans.DEV_GOLD}
    assert "corpus_dev_9" in stems and not stems & train_spans.UNREAD_DEV


def test_phrase_frequencies_count_papers_not_mentions(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in RECORDS)
    monkeypatch.setattr(train_spans, "CORPUS", corpus)
    monkeypatch.setattr(train_spans, "gold_ids", lambda: {"x2"})  # gold papers are left out
    keys, counts = train_spans.phrase_frequencies(["optimization"], minimum=2)
    table = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    assert table[train_spans.phrase_key("Joint Optimization")] == 2
    assert train_spans.phrase_key("DualGRPO") not in table  # one paper: below the minimum
    assert keys.dtype == numpy.uint32 and list(keys) == sorted(keys)
