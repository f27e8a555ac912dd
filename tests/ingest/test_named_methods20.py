"""Named methods the head nouns of tools and procedures type, and short forms that open with a dimension.

- A name word right before "methodology", "toolbox", "toolkit", "pipeline", "protocol", "solver" or "planner"
  names a technique ("the LogiKEy methodology", "the ChatHTN planner", "a Script-as-a-Judge protocol"); before
  the procedure nouns only a name with a small letter in it ("an HAI protocol", "a training-free COS
  pipeline" name a field or a task).
- A short form that opens with a number of dimensions is read as any other ("the 2D Tensor-Guided
  Adversarial Fusion (2D-TGAF) framework", "3D Aerial Semantic (3D-AS)").

Sentences from corpus abstracts (slices s10-s30).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds


@pytest.mark.parametrize(("abstract", "name"), [
    # 2601.05705
    ("Using the LogiKEy methodology, we embed a range of classical and non-classical formalisms into "
     "higher-order logic (HOL), enabling a systematic comparison of inference quality, explanation "
     "refinement, and proof behavior.",
     "LogiKEy"),
    # 2512.16644
    ("Utilizing the CRISP-DM methodology, the system processes a curated Islam QA dataset of 25,000 "
     "question-answer pairs from authentic sources like the Qur'an, Hadith, and scholarly fatwas.",
     "CRISP-DM"),
    # 2511.12901
    ("Our method learner is built on top of the ChatHTN planner.",
     "ChatHTN"),
    # 2603.27959
    ("To study this problem, we introduce MathGen, a rigorous benchmark of 900 problems spanning seven core "
     "domains, each paired with an executable verifier under a Script-as-a-Judge protocol for deterministic "
     "and objective evaluation.",
     "Script-as-a-Judge"),
    # 2511.04076
    ("Drawing inspiration from game-theoretic ideas, particularly the \\textit{Choose-and-Freeze} protocol, "
     "our method embeds strategic interaction into the redistricting process via large language model (LLM) "
     "agents.",
     "Choose-and-Freeze"),
    # 2606.13255
    ("Experiments on 621 matrices from the SuiteSparse matrix collection across 101 PETSc solver "
     "configurations demonstrate a 17% increase in top-prediction accuracy over classical feature-based "
     "models when expensive numerical features are included.",
     "PETSc"),
])
def test_tool_head_names_technique(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"


@pytest.mark.parametrize(("abstract", "long_form", "short", "kind"), [
    # 2504.14137
    ("Based on these findings, we propose the 2D Tensor-Guided Adversarial Fusion (2D-TGAF) framework, which "
     "leverages the powerful generative capabilities of diffusion models to encode target labels into "
     "two-dimensional semantic tensors for guiding adversarial noise generation.",
     "2D Tensor-Guided Adversarial Fusion", "2D-TGAF", "technique"),
    # 2508.09626
    ("To advance research in this domain, we introduce a challenging benchmark dataset: 3D Aerial Semantic "
     "(3D-AS), which encompasses diverse real-world aerial scenes with sparse annotations.",
     "3D Aerial Semantic", "3D-AS", "dataset"),
])
def test_dimension_short_form(abstract: str, long_form: str, short: str, kind: str) -> None:
    found = kinds(abstract)
    assert found.get(long_form) == kind
    assert found.get(short) == kind
