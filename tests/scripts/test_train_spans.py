"""``scripts/train_spans.py``: which dev files it trains on, and the corpus phrase frequencies
(``--frequency``) on the full 64-bit phrase hash, signed for the shipped model."""

from __future__ import annotations

import gzip
import json
import warnings

import numpy
import pytest

from paperkg.ingest.extract.learned import PhraseFrequency, frequency_signature, phrase_hash, phrase_key

# ``scripts/train_spans.py``: which dev files it trains on, and the corpus phrase frequencies.


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
    files: corpus_dev_9 to corpus_dev_17 among them, corpus_dev_18 and corpus_dev_19 never."""
    read = []

    def gold_docs(files, *, seeds=True):
        read.append([path.stem for path in files])
        return iter(())

    monkeypatch.setattr(train_spans, "gold_docs", gold_docs)
    counts = train_spans.build_corpus(tmp_path, tmp_path / "all", silver=0, silver_weight=0.1, gold_copies=1,
                                      hold=None, use_scirex=False)
    assert counts == {"gold": 0, "dev": 0} and len(read) == 2
    for stems in read:
        assert {"corpus_dev", "corpus_dev_9", "corpus_dev_12", "corpus_dev_16", "corpus_dev_17"} <= set(stems)
        assert "corpus_dev_18" not in stems and "corpus_dev_19" not in stems
        assert all(stem.startswith("corpus_dev") for stem in stems)
    read.clear()
    train_spans.build_corpus(tmp_path, tmp_path / "fold", silver=0, silver_weight=0.1, gold_copies=1,
                             hold=train_spans._held_file("corpus_dev_13"), use_scirex=False)
    trained, dev = read
    assert dev == ["corpus_dev_13"] and "corpus_dev_13" not in trained and "corpus_dev_14" in trained
    assert not {"corpus_dev_18", "corpus_dev_19"} & set(trained)
    for unread in ("corpus_dev_18", "corpus_dev_19"):
        with pytest.raises(SystemExit, match="unknown dev file"):
            train_spans._held_file(unread)


def test_gold_ids_take_every_round_select_draws(tmp_path, monkeypatch):
    """Papers a gold round draws are left out of silver and the frequency table even before
    their gold file exists: the ids of every batch ``select.py`` cuts, with the gold files'."""
    select = tmp_path / "select.py"
    select.write_text(
        "def corpus_records():\n    return [{'id': 'a1'}, {'id': 'b2'}, {'id': 'c3'}]\n\n\n"
        "def batches(records):\n    return {'dev-16': records[:1], 'test-18': records[1:2]}\n")
    monkeypatch.setattr(train_spans, "SELECT", select)
    assert train_spans.selected_ids() == {"a1", "b2"}
    monkeypatch.setattr(train_spans, "GOLD_DIR", tmp_path / "gold")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "corpus_dev_2.jsonl").write_text('{"id": "d4", "entities": []}\n')
    assert train_spans.gold_ids() == {"a1", "b2", "d4"}


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


# ``scripts/train_spans.py --frequency``: counts on the full 64-bit phrase hash before the table's
# 32-bit keys, and the table signed for the shipped model.


# Two coined names whose folded forms' 64-bit hashes differ but share their low 32 bits.
ONE, OTHER = "Zq13477x", "Zq48883x"


def _corpus(tmp_path, monkeypatch, records):
    corpus = tmp_path / "corpus.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    monkeypatch.setattr(train_spans, "CORPUS", corpus)
    monkeypatch.setattr(train_spans, "gold_ids", lambda: set())


def test_the_names_collide_in_32_bits_only():
    assert phrase_key(ONE) == phrase_key(OTHER) and phrase_hash(ONE) != phrase_hash(OTHER)


def test_rare_phrases_sharing_a_key_do_not_add_up(tmp_path, monkeypatch):
    # ONE in one paper and OTHER in two: neither reaches 3 papers, though their 32-bit key does
    records = [{"id": f"p{i}", "title": "Routing", "abstract": f"We propose {name} for routing."}
               for i, name in enumerate([ONE, OTHER, OTHER])]
    _corpus(tmp_path, monkeypatch, records)
    keys, counts = train_spans.phrase_frequencies([], minimum=3)
    assert phrase_key(ONE) not in keys.tolist()
    keys, counts = train_spans.phrase_frequencies([], minimum=2)  # OTHER alone is kept, at its own count
    table = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    assert table[phrase_key(OTHER)] == 2


def test_colliding_phrases_kept_merge_by_max():
    hashes = numpy.array([phrase_hash(ONE), phrase_hash(OTHER), phrase_hash("joint optimization")],
                         dtype="uint64")
    keys, counts = train_spans.truncate_keys(hashes, numpy.array([3, 400, 7]))
    table = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    assert table == {phrase_key(ONE): 255, phrase_key("joint optimization"): 7}  # max, capped at 255
    keys, counts = train_spans.truncate_keys(hashes[[0, 1]], numpy.array([3, 5]))
    assert counts.tolist() == [5] and keys.dtype == numpy.uint32 and counts.dtype == numpy.uint8


def test_written_table_is_signed_for_the_shipped_model(tmp_path, monkeypatch):
    _corpus(tmp_path, monkeypatch, [{"id": f"p{i}", "title": "Routing", "abstract": "A joint optimization "
                                     "problem."} for i in range(3)])
    path = tmp_path / "frequency.npz"
    train_spans.write_frequencies(path)
    table = PhraseFrequency(path)
    heads = json.loads((train_spans.MODEL_DIR / "cfg").read_text(encoding="utf-8"))["heads"]
    assert table.signature == frequency_signature(heads, 8)
    assert table("joint optimization") == 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert table.check(heads, 8)
