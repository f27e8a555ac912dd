"""Methods named in plain words after a short bracket in a list, and the steered methods a paper outperforms.

A listed method followed by a short bracket (a short form or a model: "span-level reward modeling (SPAR++),
reasoning-path compression", "reinforcement learning (RL) and dose-based optimization") does not end the
list: the methods after it are read as the first one; a bracket that opens on a figure ("(68.1%)") still
ends it. The object of "outperform(s)" or what follows "improve(s) over" is a method named in plain words
when what steers it comes first ("outperforms state-of-the-art logit-based and feature-based distillation
methods", "improves consistently over similarity-based retrieval"), but not a plain description of a
setting ("outperforms from-scratch training", "the opposite allocation"). Sentences from corpus abstracts
(and dev gold).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import coined


@pytest.mark.parametrize(("abstract", "name"), [
    # dev gold (2606.08982): after a bracketed short form, the list goes on
    ("A core reasoning model trained with a continuous-care reinforcement-learning framework that "
     "integrates span-level reward modeling (SPAR++), reasoning-path compression, curriculum learning, "
     "and stabilized policy optimization.",
     "reasoning-path compression"),
    # corpus slices (2506.11957, 2509.23960): a known method and its short form, then "and" or a comma
    ("The objective of this study is to develop a fully automated HDR brachytherapy planning framework "
     "that integrates reinforcement learning (RL) and dose-based optimization to generate clinically "
     "acceptable treatment plans with improved consistency and efficiency.",
     "dose-based optimization"),
    ("Existing approaches based on multi-agent reinforcement learning (MARL), safety filtering, or Model "
     "Predictive Control (MPC) either lack strict safety guarantees, suffer from conservatism, or fail to "
     "scale effectively.",
     "safety filtering"),
    # dev gold (2606.12744) and a corpus slice (2505.11897): a steered method compared with
    ("Across three multimodal tasks, namely classification, captioning, and VQA, GRIP improves "
     "consistently over similarity-based retrieval on Qwen2.5-VL-7B, with its strongest gains in "
     "classification on Idefics2-8B.",
     "similarity-based retrieval"),
    ("Extensive experiments on CIFAR-100, TinyImageNet, and multiple fine-grained recognition benchmarks "
     "show that FiGKD consistently outperforms state-of-the-art logit-based and feature-based "
     "distillation methods across a variety of teacher-student configurations.",
     "feature-based distillation"),
])
def test_named(abstract: str, name: str) -> None:
    assert name in coined(abstract)


@pytest.mark.parametrize(("abstract", "name"), [
    # corpus slices (2604.12573, 2605.27968, 2605.11416): after a figure in brackets, no list of methods;
    # what a method outperforms without a steering modifier is a setting
    ("It outperforms DeepSeek R1 (68.1%) and GPT-5.2 (77.9%), achieving perfect factor exclusion and "
     "exact calibration -- precision unattainable through prompting alone.",
     "exact calibration"),
    # a corpus slice (2604.19254): a bracket and a comma that close an apposition, a verb after them
    ("However, existing approaches, such as Low-Rank Adaptation (LoRA), achieve adaptation by inserting "
     "independent low-rank perturbations directly to individual weights.",
     "achieve adaptation"),
    ("LoRA also outperforms from-scratch training using 3x more target-family data, eliminating the need "
     "for large per-family datasets.",
     "from-scratch training"),
    ("Fine-tuning shallow layers while freezing deep layers consistently outperforms full-parameter "
     "fine-tuning and the opposite allocation on both C-Eval and CMMLU benchmarks.",
     "opposite allocation"),
])
def test_not_named(abstract: str, name: str) -> None:
    assert name not in coined(abstract)
