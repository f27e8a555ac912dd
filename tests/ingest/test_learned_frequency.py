"""The learned span classifier's corpus-frequency table (``paperkg_learned``): the gate on common phrases, the
table read once, checked and set by the factory."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy
import pytest

from paperkg.errors import InputError, PaperkgError
from paperkg.ingest.extract import learned
from paperkg.ingest.extract.learned import (FREQUENCY_FILE, MAX_FREQUENCY, MODEL_DIR, PhraseFrequency,
                                            _common_phrase, frequency_signature, phrase_frequency, phrase_key)
from paperkg.ingest.extract.pipeline import blank_nlp, make_nlp
from paperkg.ingest.extract.spans import span_value

# The learned span classifier's corpus-frequency gate: a lower-case phrase many corpus abstracts
# hold is a common phrase, not a name the paper gives its method, and is not linked.


# 2604.14706's abstract (lines 55,000-60,000 of the corpus): the shipped model links "joint
# optimization" as a technique, a phrase some 350 corpus abstracts hold.
JOINT = ("A joint optimization strategy aligns 3DGS with a lightweight NeRF module through alignment and "
         "spatial continuity losses, ensuring smooth and consistent segmentation boundaries.")


def _learned(nlp, text: str) -> set[str]:
    spans = nlp(text).spans.get("paperkg", [])
    return {s.text for s in spans if span_value(s, "extractor") == "paperkg_learned"}


def test_frequency_table_is_small_package_data():
    assert FREQUENCY_FILE.is_file() and FREQUENCY_FILE.stat().st_size < 3_000_000


def test_phrase_key_folds_case_and_separators():
    assert phrase_key("Test-Time Optimization") == phrase_key("test time optimization")
    assert phrase_key("joint optimization") != phrase_key("joint learning")


@pytest.mark.parametrize("phrase", ["joint optimization", "minimal supervision", "gradient flow",
                                    "reinforcement learning"])
def test_common_phrases_are_held_by_many_abstracts(phrase):
    assert phrase_frequency(phrase) >= MAX_FREQUENCY


@pytest.mark.parametrize("name", ["topology-preserving mask injection", "head-scale normalization"])
def test_names_a_paper_gives_its_method_are_rare(name):
    assert phrase_frequency(name) < MAX_FREQUENCY


def test_common_phrase_needs_lower_case_and_a_frequency():
    assert _common_phrase("joint optimization", MAX_FREQUENCY)
    assert not _common_phrase("Joint Optimization", MAX_FREQUENCY)  # a title-case name: the model decides
    assert not _common_phrase("joint optimization", 0)  # the gate off
    assert not _common_phrase("topology-preserving mask injection", MAX_FREQUENCY)


def test_gate_keeps_a_common_phrase_unlinked(learned_nlp):
    pipe = learned_nlp.get_pipe("paperkg_learned")
    pipe.cfg["max_frequency"] = 0
    try:
        assert "joint optimization" in _learned(learned_nlp, JOINT)
    finally:
        pipe.cfg["max_frequency"] = MAX_FREQUENCY
    assert "joint optimization" not in _learned(learned_nlp, JOINT)


# The learned component's frequency table: read once when the weights load, checked (arrays,
# signature), a setting of the factory, and the benchmark leaving the component's setting as it was.


BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
# 2604.14706's abstract (lines 55,000-60,000 of the corpus): the shipped model links "joint
# optimization" as a technique, a phrase some 350 corpus papers hold.


def _shipped_heads() -> list[str]:
    return json.loads((MODEL_DIR / "cfg").read_text(encoding="utf-8"))["heads"]


def _shipped_arrays() -> dict[str, numpy.ndarray]:
    with numpy.load(FREQUENCY_FILE) as data:
        return {name: data[name] for name in data.files}


@pytest.fixture
def table_at(tmp_path, monkeypatch):
    """Point the component at a frequency table written to a temporary file (None: no file)."""
    def point(arrays: dict[str, numpy.ndarray] | bytes | None) -> Path:
        path = tmp_path / "frequency.npz"
        if isinstance(arrays, bytes):
            path.write_bytes(arrays)
        elif arrays is not None:
            numpy.savez_compressed(path, **arrays)
        monkeypatch.setattr(learned, "FREQUENCY_FILE", path)
        return path
    return point


# -- 1: a missing or broken table fails when the component loads, with a message to act on ---------

def _broken_tables() -> dict[str, dict[str, numpy.ndarray] | bytes | None]:
    good = _shipped_arrays()
    keys, counts = good["keys"], good["counts"]
    return {
        "missing": None,
        "not a zip": b"PK\x03\x04 cut short",
        "no keys": {"counts": counts},
        "no counts": {"keys": keys},
        "keys int64": {"keys": keys.astype("int64"), "counts": counts},
        "counts int32": {"keys": keys, "counts": counts.astype("int32")},
        "unsorted": {"keys": keys[::-1].copy(), "counts": counts[::-1].copy()},
        "duplicate keys": {"keys": numpy.repeat(keys[:10], 2), "counts": numpy.repeat(counts[:10], 2)},
        "unequal lengths": {"keys": keys, "counts": counts[:-1]},
        "two-dimensional": {"keys": keys[:10].reshape(2, 5), "counts": counts[:10].reshape(2, 5)},
    }


@pytest.mark.parametrize("case", list(_broken_tables()))
def test_broken_table_fails_when_the_weights_load(case, table_at):
    path = table_at(_broken_tables()[case])
    nlp = blank_nlp()
    with pytest.raises(InputError) as caught:  # at add_pipe, not at the first lower-case candidate
        nlp.add_pipe("paperkg_learned")
    assert isinstance(caught.value, PaperkgError)
    message = str(caught.value)
    assert str(path) in message and "python scripts/train_spans.py --frequency" in message
    assert "max_frequency = 0" in message and "\n" not in message


def test_gate_off_does_not_read_the_table(table_at):
    table_at(None)
    nlp = make_nlp()
    nlp.add_pipe("paperkg_learned", config={"max_frequency": 0}, before="paperkg_kinds")
    assert nlp.get_pipe("paperkg_learned")._frequencies is None
    nlp(JOINT)  # no table is needed with the gate off


def test_table_is_read_once_and_shared():
    one = make_nlp(learned=True).get_pipe("paperkg_learned")._frequencies
    two = make_nlp(learned=True).get_pipe("paperkg_learned")._frequencies
    assert one is not None and one is two


# -- 2: max_frequency is a factory setting -----------------------------------------------------------

def test_max_frequency_is_in_the_config():
    nlp = make_nlp(learned=True)
    assert nlp.config["components"]["paperkg_learned"]["max_frequency"] == MAX_FREQUENCY == 3
    assert nlp.get_pipe("paperkg_learned").cfg["max_frequency"] == MAX_FREQUENCY


def test_max_frequency_set_through_add_pipe_turns_the_gate_off():
    nlp = make_nlp(learned=True)
    nlp.remove_pipe("paperkg_kinds")
    nlp.remove_pipe("paperkg_roles")
    assert "joint optimization" not in _learned(nlp, JOINT)
    nlp.remove_pipe("paperkg_learned")
    nlp.add_pipe("paperkg_learned", config={"max_frequency": 0})
    assert nlp.config["components"]["paperkg_learned"]["max_frequency"] == 0
    assert "joint optimization" in _learned(nlp, JOINT)


# -- 3: the table is signed for the shipped model ---------------------------------------------------

def test_shipped_table_is_signed_for_the_shipped_model():
    table = PhraseFrequency(FREQUENCY_FILE)
    assert table.signature == frequency_signature(_shipped_heads(), 8)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert table.check(_shipped_heads(), 8)
        make_nlp(learned=True)


def test_signature_follows_heads_suggester_and_fold():
    heads = _shipped_heads()
    signature = frequency_signature(heads, 8)
    assert signature == frequency_signature(list(reversed(heads)), 8)  # order does not count
    assert signature != frequency_signature(heads[1:], 8)
    assert signature != frequency_signature(heads, 6)


@pytest.mark.parametrize("signature", ["0123456789abcdef", None])
def test_table_for_another_model_warns(signature, table_at):
    arrays = _shipped_arrays()
    if signature is None:
        arrays.pop("signature", None)
    else:
        arrays["signature"] = numpy.array(signature)
    path = table_at(arrays)
    rebuild = "rebuild it with `python scripts/train_spans.py --frequency`"
    with pytest.warns(UserWarning, match=rebuild) as caught:
        pipe = blank_nlp().add_pipe("paperkg_learned")
    assert str(path) in str(caught[0].message)
    assert pipe._frequencies("joint optimization") >= MAX_FREQUENCY  # still used: a warning, not a refusal


def test_rebuilt_table_still_holds_common_phrases_not_coined_names():
    table = PhraseFrequency(FREQUENCY_FILE)
    assert table("joint optimization") >= 100 and table("minimal supervision") >= 20
    assert table("topology-preserving mask injection") == 0 and table("head-scale normalization") == 0
    assert len(table.keys) > 250_000 and table.keys.dtype == numpy.uint32
    assert phrase_key("Joint Optimization") in set(table.keys[table.counts >= MAX_FREQUENCY].tolist())


# -- 5: bench_learned.quality leaves the component's setting as it found it -------------------------

def test_bench_quality_restores_the_setting(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    bench_learned = pytest.importorskip("bench_learned")
    without, with_ = bench_learned.extractors()
    pipe = with_.nlp.get_pipe(bench_learned.NAME)
    seen = []
    monkeypatch.setattr(bench_learned, "score", lambda path, extractor: seen.append(
        (extractor is with_, pipe.cfg["threshold"], pipe.cfg["max_frequency"])))
    monkeypatch.setattr(bench_learned, "_print", lambda *args: None)
    bench_learned.quality([Path("corpus_dev_9.jsonl")], without, with_, [0.5, 0.9], [0, 10])
    assert [s[1:] for s in seen if s[0]] == [(0.5, 0), (0.5, 10), (0.9, 0), (0.9, 10)]
    assert (pipe.cfg["threshold"], pipe.cfg["max_frequency"]) == (0.9, MAX_FREQUENCY)
    sys.modules.pop("bench_learned", None)
