"""Techniques listed after a counted method noun and a colon (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds


@pytest.mark.parametrize("abstract, expected", [
    ("We evaluate two technical safeguards to curtail a model's person re-identification capacity: index "
     "exclusion and confusion loss.",
     {"index exclusion": Kind.TECHNIQUE, "confusion loss": Kind.TECHNIQUE}),
    ("PerPilot identifies personalized elements and autonomously completes instructions via two "
     "complementary approaches: memory-based retrieval and reasoning-based exploration.",
     {"memory-based retrieval": Kind.TECHNIQUE}),
    # a linked technique counts as an item
    ("We implement and compare two hyperparameter optimization methods within the probe and solve "
     "algorithm: Bayesian optimization and Hamming distance search.",
     {"Hamming distance search": Kind.TECHNIQUE}),
])
def test_lists_counted_method_noun_before_a_colon_lists_techniques(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract", [
    # items ending in a plural noun are things, not methods
    "With the rise of Speech Large Language Models (SpeechLLMs), two dominant approaches have emerged for "
    "speech processing: discrete tokens and continuous features.",
    # a paradigm's items are kinds of data here
    "It encompasses four core generation paradigms: multi-turn conversational dialogues, document-grounded "
    "input-output pairs, verifiable instruction-response tasks, and long-context reasoning examples.",
    # the count says three, the list has two items
    "We evaluate three safeguards: index exclusion and confusion loss.",
])
def test_lists_no_counted_techniques_there(abstract):
    assert kinds(abstract, by="paperkg_lists") == {}


@pytest.mark.parametrize("abstract, expected", [
    ("Together these components improve entropy modeling and computation efficiency, yielding "
     "state-of-the-art compression at real-time throughput on Ford and SemanticKITTI.",
     {"Ford": Kind.DATASET}),
    ("Experimental results on the ACDC and Synapse datasets demonstrate the superiority of the proposed "
     "method quantitatively and qualitatively.",
     {"Synapse": Kind.DATASET}),
])
def test_lists_plain_capitalised_word_listed_with_datasets_is_one(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, words", [
    # one of a run of capitalised words
    ("Extensive experiments on Scene Flow, KITTI, Middlebury, ETH3D, EuRoc, and real-world demonstrate that "
     "CogStereo achieves state-of-the-art results.", {"Flow", "Scene"}),
    ("It also achieves state-of-the-art results on both camera pose estimation and novel view synthesis "
     "benchmarks, including TUM-RGBD, CO3Dv2, and Tanks & Temples.", {"Tanks", "Temples"}),
])
def test_lists_no_plain_capitalised_dataset_there(abstract, words):
    assert not words & set(kinds(abstract, by="paperkg_lists"))


def test_lists_counted_list_after_a_dotted_capital_i():
    # a Turkish title before the abstract (arXiv 2508.13058's "Doğal Dil İşlemede"): "İ".lower() is two
    # characters, which once shifted every colon the counted cue found in the lower-cased text
    abstract = ("Doğal Dil İşlemede Tokenizasyon Standartları. We evaluate two technical safeguards to "
                "curtail a model's person re-identification capacity: index exclusion and confusion loss.")
    found = kinds(abstract, by="paperkg_lists")
    assert {found.get("index exclusion"), found.get("confusion loss")} == {Kind.TECHNIQUE}
