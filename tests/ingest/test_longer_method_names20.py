"""A paper's own longer name that ends in a vocabulary technique (issue 12): after an introducing cue, a
phrase with no head noun whose last words are a known technique's name, after a distinctive modifier, is the
variant the paper names, linked whole in place of the known name (real arXiv sentences, each quoting its
corpus id)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract, kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "short"), [
    # 2606.06835
    ("Using data built by our answer-preserving translation pipeline, we continue RL on the post-trained "
     "Qwen3-4B across 22 languages in 3 resource tiers (High, Low, XLow) and 5 domains, and introduce "
     "confidence-gated GSPO for cost-sensitive tool use.", "confidence-gated GSPO", "GSPO"),
    # 2604.03472
    ("We introduce vocabulary dropout, a random mask applied to the proposer's output logits during both "
     "policy training and curriculum generation, as a lightweight mechanism to sustain diversity.",
     "vocabulary dropout", "dropout"),
    # 2606.14730
    ("We introduce frequency-reweighted Hungarian matching that systematically favours rare action classes, "
     "and Gaussian soft targets for temporal bin supervision.", "frequency-reweighted Hungarian matching",
     "Hungarian matching"),
    # 2506.17350
    ("This combination of randomness and determinedness enables the proposed untargeted backdoor attack to "
     "natively circumvent existing backdoor defense methods.", "untargeted backdoor attack",
     "backdoor attack"),
])
def test_an_introduced_variant_of_a_known_technique_is_linked_whole(abstract: str, surface: str,
                                                                    short: str) -> None:
    extraction = extract(abstract)
    found = {m.surface: m for m in extraction.mentions}
    assert surface in found and found[surface].kind is Kind.TECHNIQUE
    assert found[surface].role is Role.INTRODUCES
    assert short not in found  # the known name inside is the variant's


@pytest.mark.issue(12)
def test_no_variant_over_a_name_or_a_short_form_of_the_known_technique() -> None:
    abstract = (
        # 2511.16680: a language before the known name is a name of its own
        "This paper presents Shona spaCy, an open-source, rule-based morphological pipeline for Shona built "
        "on the spaCy framework. "
        # 2606.01353: the short form in brackets is the known technique's, not the phrase's
        "In this paper, we propose a low-complexity multiple-input multiple-output (MIMO) CC scheme that "
        "enables flexible delivery rate adaptation while substantially reducing subpacketization "
        "requirements. "
        # 2606.06835: (the variant beside them is linked)
        "We introduce confidence-gated GSPO for cost-sensitive tool use.")
    found = kinds_and_labels(abstract)
    assert found.get("Shona") == (Kind.LANGUAGE, "Shona")
    assert "Shona spaCy" not in found
    assert "low-complexity multiple-input multiple-output" not in found
    assert found.get("confidence-gated GSPO", (None,))[0] is Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_no_variant_built_on_a_name_or_after_a_plain_adjective() -> None:
    abstract = (
        # 2511.14887: "transformer-guided" is built on a vocabulary name; DRL stays reinforcement learning
        "To address these challenges, we propose the transformer-guided DRL to alleviate the training "
        "difficulty by exploring the state space at each time step using a transformer. "
        # 2506.12530: "modified" says nothing of a variant of its own; the VAE stays linked
        "First, we introduce a modified Variational Autoencoder that corrects color imbalances.")
    found = {m.surface: m.kind for m in extract(abstract).mentions}
    assert "transformer-guided DRL" not in found and found.get("DRL") is Kind.TECHNIQUE
    assert "modified Variational Autoencoder" not in found
    assert found.get("Variational Autoencoder") is Kind.TECHNIQUE
