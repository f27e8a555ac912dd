"""Speed work on the extraction pipeline (issue 12): each quicker path gives what the slower one gave,
on real corpus sentences."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH

from paperkg.ingest.extract.pipeline import paper_doc
from paperkg.ingest.extract.roles import _COMPARABLE_WORDS, _LIST_OPENERS, _may_hold
from paperkg.ingest.records import Paper
from tests.ingest._helpers import surface_roles

# arXiv 2607.19363 and 2607.09501 (corpus abstracts)
_ROPE = ("Pretrained LLMs with AdaRoPE consistently outperform existing RoPE variants, including partial "
         "RoPE and NoPE baselines.")
_CALIBRATION = ("The proposed methods achieve performance comparable to logistic regression "
                "calibration, with the Hapax Correction outperforming it in approximately 45% of tests "
                "(weighted by corpora).")
# arXiv 2505.12423 (RoPE itself is exact-case: lower-cased, the long form is the folded name)
_ROTARY = ("Rotary Position Embedding (RoPE) is an efficient position encoding approach and is widely "
           "utilized in numerous large language models (LLMs).")
# arXiv 2503.19152's title (a hyphenated name, a closed-up one)
_TITLE = "PSO-UNet: Particle Swarm-Optimized U-Net Framework for Precise Multimodal Brain Tumor Segmentation"


def _array_matches(index, doc) -> list[tuple[int, int, str]]:
    """The index's matches looked up in the doc's whole id array, as ``find`` did before."""
    ids = doc.to_array(LOWER if index.lower else ORTH).tolist()
    return [(start, end, key) for _, start, end in index.matcher(doc)
            for key in index.keys.get(tuple(ids[start:end]), ())]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [_ROPE, _ROTARY, _CALIBRATION, _TITLE])
def test_vocabulary_matches_looked_up_token_by_token_are_the_index_s_own(shipped, text):
    matcher = shipped.nlp.get_pipe("paperkg_vocab")
    doc = paper_doc(shipped.nlp, Paper(id="t", title=text, abstract=text.lower()))
    for index in (matcher.exact, matcher.folded):
        assert sorted(index.find(doc)) == sorted(_array_matches(index, doc))
    # (the sentences name known things; RoPE and NoPE are exact-case names, in the exact index only)
    assert any(True for _ in (matcher.exact if text is _ROPE else matcher.folded).find(doc))


@pytest.mark.issue(12)
def test_the_quick_test_before_a_comparison_pattern_finds_its_words_in_any_case():
    at = _CALIBRATION.index("logistic")
    assert _may_hold(_CALIBRATION, 0, at, _COMPARABLE_WORDS)
    assert _may_hold(_CALIBRATION.upper(), 0, at, _COMPARABLE_WORDS)
    assert not _may_hold(_CALIBRATION, at, len(_CALIBRATION), _COMPARABLE_WORDS)
    assert _may_hold(_ROPE, 0, _ROPE.index("partial"), _LIST_OPENERS)
    assert not _may_hold(_ROPE, 0, _ROPE.index("including"), _LIST_OPENERS)
    # a dotless i is "i" to a case-blind pattern, not to lower(): text beyond ASCII is always searched
    assert _may_hold("compet\u0131tive with", 0, 20, _COMPARABLE_WORDS)


@pytest.mark.issue(12)
def test_roles_after_the_quick_tests_are_the_patterns_roles():
    assert surface_roles(_CALIBRATION, "")["logistic regression"] == {"compares_with"}
    roles = surface_roles(_ROPE, "")
    assert roles["NoPE"] == {"compares_with"} and roles["RoPE"] == {"compares_with"}
