"""Established names of any shape: the cue miner and the reviewed list as a build source."""

from __future__ import annotations

from vocab_build.inputs import Inputs
from vocab_build.mine import cued_phrases, mine_cued
from vocab_build.sources import established

REVIEW = """# label<TAB>papers<TAB>found by<TAB>verdict<TAB>other spellings<TAB>reason
optical flow\t365\tknowledge\tkept\t\tmotion estimation technique
linear temporal logic\t43\tknowledge\tkept\tLTL\tspecification logic
SIFT\t35\tknowledge\tkept\tscale-invariant feature transform\tfeature descriptor
cosine similarity\t373\tknowledge\tgeneric\t\tsimilarity metric
stereo matching\t72\tknowledge\tdropped\t\ttask
gradient descent\t99\tknowledge\tkept\tgradient-descent optimisation\tspelling of an existing entry
"""


def test_cued_phrases_are_lower_case_names_after_a_method_cue():
    text = ("we propose a novel unsupervised method for extracting meaningful semantic features using "
            "persistent homology. A fictitious play-based solver via the standard Gauss-Seidel scheme.")
    assert cued_phrases(text) == {"persistent homology", "fictitious play"}  # "Gauss-Seidel": capitalised
    assert cued_phrases("Using the proposed method and our data, we apply it.") == set()  # stop words only


def test_mine_cued_counts_papers_and_skips_excluded_ones():
    records = [{"id": str(i), "abstract": "We use optical flow. It is based on optical flow, too."}
               for i in range(3)]
    assert mine_cued(records, exclude={"0"}, min_papers=2) == [("optical flow", 2)]


def _inputs(tmp_path, base: Inputs) -> Inputs:
    (tmp_path / "established_review.tsv").write_text(REVIEW, encoding="utf-8")
    return Inputs(sources=base.sources, curated=tmp_path)


def test_reviewed_names_ship_with_their_verdict(registry, inputs, tmp_path):
    registry.offer("technique", "gradient descent", [], "mined_techniques")
    established.load(registry, _inputs(tmp_path, inputs))
    assert registry.find("optical flow", "technique").origin == {"established_review"}
    ltl = registry.find("linear temporal logic", "technique")
    assert ltl.exact == ["LTL"] and not ltl.case_sensitive
    assert registry.find("SIFT", "technique").case_sensitive  # an acronym label: not the verb "sift"
    assert registry.find("cosine similarity", "technique").generic
    assert registry.find("stereo matching", "technique") is None  # dropped rows do not ship
    gd = registry.find("gradient descent", "technique")
    assert gd.origin == {"mined_techniques",
                         "established_review"} and "gradient-descent optimisation" in gd.aliases


def test_an_all_caps_spelling_owned_by_the_technique_keeps_the_dataset_out(registry, inputs, tmp_path):
    (tmp_path / "established_review.tsv").write_text("Adam\t0\tknowledge\tkept\tADAM\tall-caps spelling\n")
    registry.offer("technique", "Adam", [], "pwc_methods", case_sensitive=True)
    established.load(registry, Inputs(sources=inputs.sources, curated=tmp_path))
    assert registry.offer("dataset", "ADAM", [], "pwc_datasets") is None
