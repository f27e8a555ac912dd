"""``scripts/train_spans.py``: which dev files it trains on, and the corpus phrase frequencies."""

from __future__ import annotations

import gzip
import json

import numpy
import pytest

from paperkg.ingest.extract.learned import phrase_key

train_spans = pytest.importorskip("train_spans")

# Sentences from corpus abstracts (lines 55,000-60,000): a common phrase and a coined name.
RECORDS = [
    {"id": "x1", "title": "Segmentation", "abstract": "A joint optimization strategy aligns 3DGS with a "
     "lightweight NeRF module through alignment and spatial continuity losses."},
    {"id": "x2", "title": "Routing",
     "abstract": "To manage the end-to-end design, we formulate a joint optimization problem."},
    {"id": "x3", "title": "DualGRPO",
     "abstract": "We propose DualGRPO, a joint optimization of two policies."},
]


def test_unread_dev_files_are_never_trained_on(tmp_path, monkeypatch):
    """The gold files build_corpus reads (to train on, and as the run's dev set) are the open dev
    files: corpus_dev_9 among them, corpus_dev_10 and corpus_dev_11 never."""
    read = []

    def gold_docs(files, *, seeds=True):
        read.append([path.stem for path in files])
        return iter(())

    monkeypatch.setattr(train_spans, "gold_docs", gold_docs)
    counts = train_spans.build_corpus(tmp_path, tmp_path / "all", silver=0, silver_weight=0.1, gold_copies=1,
                                      hold=None, use_scirex=False)
    assert counts == {"gold": 0, "dev": 0} and len(read) == 2
    for stems in read:
        assert "corpus_dev" in stems and "corpus_dev_9" in stems
        assert "corpus_dev_10" not in stems and "corpus_dev_11" not in stems
    read.clear()
    train_spans.build_corpus(tmp_path, tmp_path / "fold", silver=0, silver_weight=0.1, gold_copies=1,
                             hold=train_spans._held_file("corpus_dev_9"), use_scirex=False)
    trained, dev = read
    assert dev == ["corpus_dev_9"] and "corpus_dev_9" not in trained and "corpus_dev_8" in trained
    assert not {"corpus_dev_10", "corpus_dev_11"} & set(trained)
    for unread in ("corpus_dev_10", "corpus_dev_11"):
        with pytest.raises(SystemExit, match="unknown dev file"):
            train_spans._held_file(unread)


def test_phrase_frequencies_count_papers_not_mentions(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in RECORDS)
    monkeypatch.setattr(train_spans, "CORPUS", corpus)
    monkeypatch.setattr(train_spans, "gold_ids", lambda: {"x2"})  # gold papers are left out
    keys, counts = train_spans.phrase_frequencies(["optimization"], minimum=2)
    table = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    assert table[phrase_key("Joint Optimization")] == 2
    assert phrase_key("DualGRPO") not in table  # one paper: below the minimum
    assert keys.dtype == numpy.uint32 and list(keys) == sorted(keys)
