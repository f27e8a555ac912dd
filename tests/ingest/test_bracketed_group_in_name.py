"""A vocabulary name written with a bracketed group inside it (issue 12): "key-value (KV) cache" is the
KV cache, its short form or one or two words skipped, the span the whole phrase; the short form stays
known as the words before it (real arXiv sentences, each quoting its corpus id)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import extract, surface_ids


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2509.11815: a short form of the words before it
    ("Speculative decoding is a powerful way to accelerate autoregressive large language models (LLMs), but "
     "the prefill stage is dominated by visual tokens whose count scales with image resolution and video "
     "length, inflating both compute and memory, especially the key-value (KV) cache.",
     "key-value (KV) cache", "technique/kv-cache"),
    # 2602.12395
    ("Reinforcement learning (RL) with verifiable rewards has become a standard post-training stage for "
     "boosting visual reasoning in vision-language models.",
     "Reinforcement learning (RL) with verifiable rewards", "technique/rlvr"),
    # 2509.26003: a group of words
    ("In this work, we introduce the Hopfield-Resnet architecture, which incorporates residual (or skip) "
     "connections in Hopfield networks with clipped ReLU as the activation function.",
     "residual (or skip) connections", "technique/residual-connection"),
])
def test_a_name_with_a_bracketed_group_inside_is_linked_whole(abstract: str, surface: str,
                                                             entity_id: str) -> None:
    assert surface_ids(extract(abstract)).get(surface) == entity_id


@pytest.mark.issue(12)
def test_the_short_form_inside_stays_known_and_is_not_linked_twice() -> None:
    # 2512.10524: "MAP" later is the vocabulary's maximum a posteriori estimation, not a new name
    ids = surface_ids(extract(
        "A pre-trained unconditional diffusion model, combined with posterior sampling or maximum a "
        "posteriori (MAP) estimation techniques, can solve arbitrary inverse problems without task-"
        "specific training or fine-tuning. However, existing posterior sampling and MAP estimation "
        "methods often rely on modeling approximations and can be computationally demanding."))
    assert ids.get("maximum a posteriori (MAP) estimation") == "technique/maximum-a-posteriori-estimation"
    assert "MAP" in ids and ids["MAP"] == "technique/maximum-a-posteriori-estimation"
    assert "maximum a posteriori" not in ids
