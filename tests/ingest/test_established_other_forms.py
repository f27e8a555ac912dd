"""Established techniques the vocabulary holds, written in another form (issue 12): the plural of a
name's first word, a paradigm's noun, and a modifier that makes an established longer name of a
vocabulary technique (real arXiv sentences, each quoting its corpus id)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds_and_labels, surface_ids


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2605.23926: the plural of the first word, which inflecting the last word does not give
    ("Reasoning-capable large language models solve hard problems by emitting long chains of thought, "
     "paying heavily in latency, GPU time, and energy.", "chains of thought", "technique/chain-of-thought"),
    # 2504.04022
    ("To study this, we introduce deliberate errors into chains-of-thought and test whether the model can "
     "still arrive at the correct answer.", "chains-of-thought", "technique/chain-of-thought"),
    # 2507.18740: the paradigm's noun
    ("We train an autoencoder through self-supervision to learn an encoder (or measurement matrix) and a "
     "decoder.", "self-supervision", "technique/self-supervised-learning"),
])
def test_another_form_of_a_vocabulary_name_is_linked(abstract: str, surface: str, entity_id: str) -> None:
    assert surface_ids(extract(abstract)).get(surface) == entity_id


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # 2504.15317: the Swin Transformer's attention
    ("Our approach leverages the Swin Transformer, which utilizes hierarchical token processing and shifted "
     "window attention to efficiently capture fine-grained features while maintaining linear computational "
     "complexity.", "shifted window attention", "shifted window attention"),
    # 2602.18888
    ("We propose the Dual-Kernel Adapter (DKA), a lightweight module that expands spatial context via "
     "large-kernel convolutions while preserving local detail with small-kernel counterparts.",
     "large-kernel convolutions", "large-kernel convolution"),
    # 2509.20209
    ("We present an approach that integrates language-specific tokenization, informed embedding "
     "initialization, and domain-adaptive fine-tuning.", "domain-adaptive fine-tuning",
     "domain-adaptive fine-tuning"),
])
def test_an_established_longer_name_is_linked_whole(abstract: str, surface: str, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (Kind.TECHNIQUE, label)
