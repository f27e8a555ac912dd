"""benchmarks/bench_agreement.py: two annotations of one batch scored with bench_quality's matching."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_agreement  # noqa: E402

DEV = ROOT / "benchmarks" / "gold" / "corpus_dev_13.jsonl"


@pytest.fixture(scope="module")
def dev():
    return bench_agreement.load_gold(DEV)


def _counts(records, kind):
    return sum(e["kind"] == kind for r in records for e in r["entities"])


def test_an_annotation_agrees_fully_with_itself(dev):
    result = bench_agreement.score_annotation(dev, copy.deepcopy(dev))
    for kind, score in result.scores.items():
        assert (score.tp, score.fp, score.fn) == (_counts(dev, kind), 0, 0)
    assert result.role_accuracy == 1.0


def test_a_kind_chosen_differently_is_one_miss_and_one_wrong_link(dev):
    second = copy.deepcopy(dev)
    flipped = next(e for r in second for e in r["entities"] if e["kind"] == "technique")
    flipped["kind"] = "model"
    result = bench_agreement.score_annotation(dev, second)
    assert result.scores["technique"].fn == 1
    assert result.scores["model"].fp == 1
    assert result.scores["model"].tp == _counts(dev, "model")


def test_core_keeps_what_both_marked_and_either_keeps_what_one_did(dev):
    second = copy.deepcopy(dev)
    dropped = second[0]["entities"].pop(0)
    core = bench_agreement.agreed_core(dev, second)
    union = bench_agreement.either(dev, second)
    assert dropped["label"] not in {e["label"] for e in core[0]["entities"]}
    assert sum(len(r["entities"]) for r in core) == sum(len(r["entities"]) for r in dev) - 1
    assert union[0]["entities"] == dev[0]["entities"]
