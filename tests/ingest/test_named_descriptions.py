"""A title's method in plain words that the abstract says the paper's name is ("Cost-Aware Speculative
Decoding" and "We propose EcoSpec, a cost-aware speculative decoding framework") is that name: one entity per
concept (``ANNOTATION.md``), not a second technique; the known method it is a kind of stays its own.

Titles and sentences are from corpus papers (2607.12696, 2605.14391, 2604.15244, 2606.00838, 2509.12594,
2602.13267, 2506.09199).
"""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def _holding(found: dict[str, tuple[Kind, set[str]]], surface: str) -> list[str]:
    """The ids of the entities one of whose surfaces is ``surface``."""
    return [eid for eid, (_, surfaces) in found.items() if surface in surfaces]


@pytest.mark.parametrize(("title", "abstract", "description", "name"), [
    # 2607.12696: markup around the name ("\textsc{EcoSpec}")
    ("Less Experts, Faster Decoding: Cost-Aware Speculative Decoding for Mixture-of-Experts",
     r"We propose \textsc{EcoSpec}, a cost-aware speculative decoding framework that incorporates predicted "
     r"marginal expert activation cost into draft selection.",
     "Cost-Aware Speculative Decoding", "EcoSpec"),
    # 2605.14391: the name with its short form
    ("Dual-Latent Collaborative Decoding for Fidelity-Perception Balanced Image Compression",
     "To address this issue, we propose Mixture of Decoder Experts (MoDE), a dual-latent collaborative "
     "decoding framework that decomposes reconstruction responsibilities across complementary latent "
     "paradigms.",
     "Dual-Latent Collaborative Decoding", "MoDE"),
    # 2606.00838
    ("Decoupled Behavioral Cloning for Scalable Inductive Generalization in RL from Specifications",
     "We propose DIBS, a decoupled behavioral cloning approach that separates learning task-specific "
     "policies from learning the evolution function.",
     "Decoupled Behavioral Cloning", "DIBS"),
    # 2509.12594: generic adjectives before the description
    ("The Better You Learn, The Smarter You Prune: Towards Efficient Vision-language-action Models via "
     "Differentiable Token Pruning",
     "We present LightVLA, a simple yet effective differentiable token pruning\nframework for "
     "vision-language-action (VLA) models.",
     "Differentiable Token Pruning", "LightVLA"),
])
def test_title_method_the_abstract_names_is_the_name(title: str, abstract: str, description: str,
                                                     name: str) -> None:
    found = entities(abstract, title)
    holding = _holding(found, description)
    assert len(holding) == 1
    assert name in found[holding[0]][1]
    assert holding == _holding(found, description.lower())  # the abstract's description, too


def test_known_method_the_description_names_stays_its_own() -> None:
    # 2604.15244: SpecGuard is one verification-aware speculative decoding method; speculative decoding
    # (and SD) is the known method it is a kind of
    found = entities(
        "Speculative decoding (SD) accelerates large language model inference by allowing a lightweight "
        "draft model to propose outputs that a stronger target model verifies. We propose SpecGuard, a "
        "verification-aware speculative decoding framework that performs step-level verification using only "
        "model-internal signals.",
        "From Tokens to Steps: Verification-Aware Speculative Decoding for Efficient Multi-Step Reasoning")
    assert _holding(found, "Verification-Aware Speculative Decoding") == _holding(found, "SpecGuard")
    assert _holding(found, "SD") == _holding(found, "Speculative decoding") != _holding(found, "SpecGuard")


def test_task_or_common_method_the_title_names_stays_its_own() -> None:
    # 2509.12594: the description moves to the name, as above; but 2602.13267 writes "Map-free LiDAR
    # relocalization" before it names MAILS (the task it solves), and three corpus papers or more hold
    # "federated fine-tuning" (2506.09199): a method of its own, one kind of which FLoRIST is
    moved = entities(
        "We present LightVLA, a simple yet effective differentiable token pruning\nframework for "
        "vision-language-action (VLA) models.",
        "The Better You Learn, The Smarter You Prune: Towards Efficient Vision-language-action Models via "
        "Differentiable Token Pruning")
    assert _holding(moved, "Differentiable Token Pruning") == _holding(moved, "LightVLA")
    task = entities(
        "Map-free LiDAR relocalization offers an effective solution for achieving high-precision positioning "
        "in environments with weak or unavailable GNSS signals. However, existing LiDAR relocalization "
        "methods are primarily tailored to autonomous driving, exhibiting significantly degraded accuracy in "
        "UAV scenarios. In this paper, we propose MAILS, a novel map-free LiDAR relocalization framework for "
        "UAVs.",
        "Beyond Ground: Map-Free LiDAR Relocalization for UAVs")
    assert "MAILS" not in task[_holding(task, "Map-Free LiDAR Relocalization")[0]][1]
    common = entities(
        "In this work, we propose FLoRIST, a federated fine-tuning\nframework that achieves mathematically "
        "accurate aggregation without incurring\nhigh communication or computational overhead.",
        "FLoRIST: Singular Value Thresholding for Efficient and Accurate Federated Fine-Tuning of Large "
        "Language Models")
    assert "FLoRIST" not in common[_holding(common, "Federated Fine-Tuning")[0]][1]
