"""A title's second means after "and" ("via A and B", "with A and B"), and a means phrase with a head only a
means names (modeling, estimation, inference, search, ...): a technique the paper introduces (titles17).
Real corpus papers (slices s10 and s20), with their abstracts' first two sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract

_SOCRATIC = ("Current Reinforcement Learning (RL) methodologies for Large Language Models (LLMs) often"
             " rely on simplistic, outcome-based reward signals (e.g., final answer correctness), "
             "which limits the depth of learning from each interaction. This paper introduces Socratic"
             " Reinforcement Learning (Socratic-RL), a novel, process-oriented framework designed to "
             "address this limitation.")
_MONOGRAPH = ("This monograph, spanning three chapters, explores Inverse Reinforcement Learning (IRL). "
              "The first two chapters view inverse reinforcement learning (IRL) through the lens of "
              "revealed preferences from microeconomics while the third chapter studies adaptive IRL "
              "via Langevin dynamics stochastic gradient algorithms.")
_RATIONALES = ("Explainable object recognition using vision-language models such as CLIP involves "
               "predicting accurate category labels supported by rationales that justify the decision-"
               "making process. Existing methods typically rely on prompt-based conditioning, which "
               "suffers from limitations in CLIP's text encoder and provides weak conditioning on "
               "explanatory structures.")


@pytest.mark.parametrize(("title", "abstract", "surface"), [
    # 2506.13358
    ("Socratic RL: A Novel Framework for Efficient Knowledge Acquisition through Iterative Reflection and "
     "Viewpoint Distillation", _SOCRATIC, "Viewpoint Distillation"),
    # 2507.04396
    ("Inverse Reinforcement Learning using Revealed Preferences and Passive Stochastic Optimization",
     _MONOGRAPH, "Passive Stochastic Optimization"),
])
def test_title_second_means_after_and_is_introduced(title: str, abstract: str, surface: str) -> None:
    found = {(m.surface, m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}
    assert (surface, Kind.TECHNIQUE, Role.INTRODUCES) in found


# 2508.14280
def test_title_means_with_a_means_only_head_is_introduced() -> None:
    title = "Multi-Rationale Explainable Object Recognition via Contrastive Conditional Inference"
    found = {(m.surface, m.kind, m.role) for m in extract(_RATIONALES, title).mentions if m.field == "title"}
    assert ("Contrastive Conditional Inference", Kind.TECHNIQUE, Role.INTRODUCES) in found

