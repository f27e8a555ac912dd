"""Methods named in plain words (``paperkg_coined``), third pass: nouns in "-ly", subjects after a
determiner, more heads and verbs of effect, and verbs of effect anywhere in the field."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.coined import _adverb, _effect_ends
from paperkg.ingest.records import Role
from tests.ingest._helpers import coined


@pytest.mark.issue(12)
def test_coined_desc6_a_noun_in_ly_is_no_adverb():
    # corpus sentence: "anomaly" is a noun, the phrase a method's name
    abstract = ("Furthermore, to enhance robustness and score calibration, we propose a context-calibrated "
                "anomaly scoring mechanism, which assesses a point's anomaly.")
    found = coined(abstract)
    assert found["context-calibrated anomaly scoring mechanism"] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a subject after "this"; verbs of effect "enhances", "yields", "uses", "combines"
    ("Using a manually labelled set of skeptical and conspiratorial seed tweets, we demonstrate that this "
     "core-coverage projection significantly improves the recovery of long-tail, problematic hashtags.",
     "core-coverage projection"),
    ("This test-time learning enhances performance substantially across a range of tasks.",
     "test-time learning"),
    ("Our results show that inverse transform sampling yields the most significant performance improvement.",
     "inverse transform sampling"),
    ("Cross-conditioned fusion uses low-rank bilinear interaction and a Switch--MoE head to align motion and "
     "impact tokens and suppress object-drop confounders.", "Cross-conditioned fusion"),
    ("In the second stage, a gating-adjusting aggregation dynamically combines the diverse insights guided "
     "by input motion data.", "gating-adjusting aggregation"),
    # corpus sentences: heads of spreading, sharing or settling values after a cue of use
    ("This structure is maintained through elastic weight anchoring, which protects critical shared "
     "knowledge.", "elastic weight anchoring"),
    ("The pipeline integrates dynamic token allocation, zeroshot multi-agent extraction, and conditional "
     "table parsing to balance accuracy against computation.", "dynamic token allocation"),
    ("We illustrate the approach using a first-order uncertainty propagation as the analytical estimator.",
     "first-order uncertainty propagation"),
])
def test_coined_desc6_methods_used_in_plain_words(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentence: a like setting is no method
    "The IDE methods tested were generally less accurate on QuIIEst manifolds than on existing benchmarks "
    "under identical resource allocation.",
])
def test_coined_desc6_no_method_from_a_like_setting(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("word", "adverb"), [("theoretically", True), ("jointly", True), ("anomaly", False),
                                              ("family", False)])
def test_coined_desc6_nouns_in_ly_are_no_adverbs(word, adverb):
    assert _adverb(word) is adverb


@pytest.mark.issue(12)
def test_coined_desc6_a_verb_of_effect_at_the_field_start_does_not_stop_the_scan():
    # a verb at offset 0 has no subject; the same verb later in the field still has one
    assert _effect_ends("improves recall. Low-confidence remasking improves quality") == [41]
