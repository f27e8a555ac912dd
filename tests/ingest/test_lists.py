"""Names listed as examples of a kind noun: "models such as X and Y" (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Kind, Paper


@pytest.fixture(scope="module")
def shipped():
    return Extractor.shared()


def _kinds(extractor: Extractor, abstract: str) -> dict[str, Kind]:
    return {m.surface: m.kind for m in extractor.extract(Paper(id="t", title="A study", abstract=abstract)).mentions}


@pytest.mark.parametrize("abstract, expected", [
    ("It outperforms recent video-language models such as TimeChat and VideoLLaMA2 by up to 2.8 seconds, "
     "while using significantly fewer parameters.", {"TimeChat": Kind.MODEL, "VideoLLaMA2": Kind.MODEL}),
    ("Existing token pruning methods, like FastV and PyramidDrop, fail to preserve the local visual features.",
     {"FastV": Kind.TECHNIQUE, "PyramidDrop": Kind.TECHNIQUE}),
    ("We evaluated RE-ViT on three public datasets (including BUSI, ChestXray2017, and Retinal OCT) using "
     "accuracy, macro AUC, sensitivity, and specificity.", {"BUSI": Kind.DATASET, "ChestXray2017": Kind.DATASET}),
    # a method's examples are models when one of them is shaped like a model's name
    ("Experimental results show that our approach outperforms the state-of-the-art PLM-based code search "
     "approaches, i.e., CoCoSoDa and UniXcoder, by an average of 21.4% and 24.9% in MRR.",
     {"CoCoSoDa": Kind.MODEL, "UniXcoder": Kind.MODEL}),
    ("our student network while performing better than the performance oriented methods like PSMNet [1], "
     "CFNet [2], and LEAStereo [3]) on benchmark SceneFlow dataset", {"LEAStereo": Kind.MODEL}),
])
def test_examples_of_a_kind_noun_get_its_kind(shipped, abstract, expected):
    found = _kinds(shipped, abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, name", [
    # the name goes on past the word: no list of names
    ("generative models and susceptible to post-processing techniques like JPEG compression. To overcome these "
     "limitations", "JPEG"),
    # no kind noun before the cue
    ("the proposed approach achieves significant improvements in metrics such as mIOU, mDICE, and mRecall.",
     "mDICE"),
])
def test_no_examples_without_a_kind_noun_or_past_the_name(shipped, abstract, name):
    assert name not in _kinds(shipped, abstract)
