"""Established textbook techniques the vocabulary missed, and their specific variants written with a
modifier (issue 12, tenth list of ``scripts/vocab/established_review.tsv`` and the established17 rows of
``scripts/vocab/modified_techniques_review.tsv``), on real arXiv sentences, each quoting its corpus id."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import extract, kinds_and_labels


def technique_labels(abstract: str) -> dict[str, str]:
    """Surface -> entity label of every technique mention."""
    return {surface: label for surface, (kind, label) in kinds_and_labels(abstract).items()
            if kind == "technique"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # 2604.20368
    ("For efficient computation, we adopt a Nyström approximation of the kernel matrix and solve the "
     "resulting system.", "Nyström approximation", "Nystrom approximation"),
    # 2601.22482: not 'list decoding' alone
    ("Successive Cancellation List Decoding of Extended Reed-Solomon Codes",
     "Successive Cancellation List Decoding", "successive cancellation list decoding"),
    # 2511.11608
    ("We propose a framework that compresses IFs to reduce both communication and server load in split "
     "computing.", "split computing", "split computing"),
    # 2506.10848
    ("Existing sampling strategies for dLLMs, such as confidence-based or semi-autoregressive decoding, "
     "often suffer from static behavior.", "semi-autoregressive decoding", "semi-autoregressive decoding"),
    # 2506.19999
    ("The saccades are modeled using a Hawkes process, which captures how each fixation excites the "
     "probability of subsequent ones.", "Hawkes process", "Hawkes process"),
    # 2506.22560
    ("We handle uncertainty using sample average approximation (SAA).", "sample average approximation",
     "sample average approximation"),
    # 2509.08483
    ("We analyze gradient descent with Polyak heavy-ball momentum (HB) whose fixed momentum parameter "
     "provides exponential decay.", "heavy-ball momentum", "heavy-ball momentum"),
    # 2603.09022: spellings of existing entries
    ("It uses prioritized replay to revisit rare and decisive states.", "prioritized replay",
     "Prioritized Experience Replay"),
])
def test_an_established_textbook_name_is_linked(abstract: str, surface: str, label: str) -> None:
    assert technique_labels(abstract).get(surface) == label


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # 2606.09822
    ("To rigorously investigate the relationship between data frequency and learnability, we turn to a "
     "controlled setting using formal languages induced from probabilistic finite automata.",
     "probabilistic finite automata", "probabilistic finite automaton"),
    # 2603.22070
    ("The two modalities are fused via Bayesian model averaging, which automatically adjusts their "
     "contributions based on posterior evidence.", "Bayesian model averaging", "Bayesian model averaging"),
    # 2509.15429
    ("Random Matrix Theory-guided sparse PCA for single-cell RNA-seq data", "sparse PCA",
     "sparse principal component analysis"),
    # 2510.18638
    ("We supply a novel interpretation of a multilayer LSA as performing preconditioned gradient descent to "
     "optimize multiple objectives beyond the square loss.", "preconditioned gradient descent",
     "preconditioned gradient descent"),
    # 2512.09576
    ("This performance held across unseen locations, under both spatial cross-validation and an independent "
     "test set.", "spatial cross-validation", "spatial cross-validation"),
])
def test_a_modified_textbook_name_is_linked_whole(abstract: str, surface: str, label: str) -> None:
    assert technique_labels(abstract).get(surface) == label


@pytest.mark.issue(12)
def test_orthogonal_matching_pursuit_keeps_its_own_entry() -> None:
    mentions = {m.surface: m.entity_id for m in extract(
        "We recover the sparse code with orthogonal matching pursuit and compare it with matching pursuit."
    ).mentions}
    assert mentions.get("orthogonal matching pursuit") == "technique/orthogonal-matching-pursuit"
    assert mentions.get("matching pursuit") == "technique/matching-pursuit"
