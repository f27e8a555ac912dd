"""The kind of a paper's own name from what the paper calls it (``paperkg_kinds``): "Our proposed method,
called X" and "Our method, which we name X" type X as "a method, called X" does; a "-Diff" ending no longer
outweighs the text's "framework" or "method"; "we propose the first ... method" is what the paper calls its
work; and "to train X" or "a trained X model" show a trained network. Real sentences from the corpus."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds

# (title, abstract, name, kind): each was read with the other kind before
CHANGED = [
    pytest.param(
        "MIRO: MultI-Reward cOnditioned pretraining improves T2I quality and efficiency",
        "Instead of this post-processing, we propose to condition the model on multiple reward models during "
        "training to let the model learn user preferences directly. Our proposed method, called "
        "MIRO, achieves state-of-the-art performances on the GenEval compositional benchmark.",
        "MIRO", Kind.TECHNIQUE, id="our-method-called"),
    pytest.param(
        "BehaviorBox: Automated Discovery of Fine-Grained Performance Differences Between Language Models",
        "In this work, we propose methodology for automated comparison of language models that uses "
        "performance-aware contextual embeddings to find fine-grained features of text where one LM "
        "outperforms another. Our method, which we name BehaviorBox, extracts coherent features that "
        "demonstrate differences with respect to the ease of generation between two LMs.",
        "BehaviorBox", Kind.TECHNIQUE, id="our-method-which-we-name"),
    pytest.param(
        "SenseFlow: Scaling Distribution Matching for Flow-based Text-to-Image Distillation",
        "Furthermore, we propose intra-segment guidance (ISG) to relocate the timestep importance "
        "distribution from the teacher model. Along with other improvements such as scaled up discriminator "
        "models, our final model, dubbed SenseFlow, achieves superior performance in distillation for both "
        "diffusion based text-to-image models such as SDXL, and flow-matching models such as SD 3.5 "
        "Large and FLUX.",
        "SenseFlow", Kind.MODEL, id="our-model-dubbed"),
    pytest.param(
        "Controllable Stylistic Text Generation with Train-Time Attribute-Regularized Diffusion",
        "In this work, we propose RegDiff, a regularized diffusion framework that leverages "
        "attribute features without requiring a pretrained classifier during sampling, thereby achieving "
        "controllable generation with reduced computational costs.",
        "RegDiff", Kind.TECHNIQUE, id="diff-framework"),
    pytest.param(
        "Data Selection for Fine-tuning Vision Language Models via Cross Modal Alignment Trajectories",
        "In this work, we propose the first principled method for data-efficient instruction tuning "
        "of LVLMs. Building on this insight, we propose XMAS, which clusters examples based on the "
        "trajectories of the top singular values of their attention matrices obtained from fine-tuning a "
        "small proxy LVLM.",
        "XMAS", Kind.TECHNIQUE, id="the-first-method"),
    pytest.param(
        "MoTDiff: High-resolution Motion Trajectory estimation from a single blurred image using "
        "Diffusion models",
        "In this paper, we propose the first high-resolution (HR) Motion Trajectory estimation "
        "framework using Diffusion models (MoTDiff). Our experiments demonstrate that the proposed MoTDiff "
        "can outperform state-of-the-art methods in both blind image deblurring and coded exposure "
        "photography applications.",
        "MoTDiff", Kind.TECHNIQUE, id="the-first-hr-framework"),
    pytest.param(
        "ToolCritic: Detecting and Correcting Tool-Use Errors in Dialogue Systems",
        "We introduce ToolCritic, a diagnostic framework that evaluates and improves LLM behavior in "
        "multi-turn, tool-augmented dialogues. We systematically define these error categories and construct "
        "a synthetic dataset to train ToolCritic.",
        "ToolCritic", Kind.MODEL, id="to-train"),
]

# (title, abstract, name, kind): read so before, and still
KEPT = [
    pytest.param(
        "DualDiff: Dual-branch Diffusion Model for Autonomous Driving with Semantic Fusion",
        "In this paper, we propose DualDiff, a dual-branch conditional diffusion model designed to enhance "
        "multi-view driving scene generation.",
        "DualDiff", Kind.MODEL, id="diff-model"),
    pytest.param(
        "Limited-Angle Tomography Reconstruction via Projector Guided 3D Diffusion",
        "To address these challenges, we propose TEMDiff, a novel 3D diffusion-based iterative "
        "reconstruction framework. We further demonstrate that a trained TEMDiff model generalizes well to "
        "real-world TEM tilts obtained under different conditions.",
        "TEMDiff", Kind.MODEL, id="a-trained-x-model"),
    pytest.param(
        "MoQAE: Mixed-Precision Quantization for Long-Context LLM Inference via Mixture of "
        "Quantization-Aware Experts",
        "In this paper, we propose MoQAE, a novel mixed-precision quantization method via mixture of "
        "quantization-aware experts. Second, we design a lightweight router-only fine-tuning "
        "process to train MoQAE with a comprehensive loss to learn the trade-off between model accuracy and "
        "memory usage.",
        "MoQAE", Kind.TECHNIQUE, id="quantization-method-trained-router"),
]


@pytest.mark.parametrize(("title", "abstract", "name", "kind"), CHANGED + KEPT)
def test_own_name_kind(title: str, abstract: str, name: str, kind: Kind) -> None:
    assert kinds(abstract, title)[name] == kind


# (title, abstract, name): a task's short form or a pairing of people and machines, no model
NOT_MODELS = [
    pytest.param(
        "Non-Intrusive Load Monitoring Based on Image Load Signatures and Continual Learning",
        "Non-Intrusive Load Monitoring (NILM) identifies the operating status and energy consumption of each "
        "electrical device in the circuit by analyzing the electrical signals at the bus. However, "
        "the complex and changeable load combinations lead to the challenges of poor feature robustness and "
        "insufficient model generalization of traditional NILM methods.",
        "NILM", id="monitoring"),
    pytest.param(
        "Implicature in Interaction: Understanding Implicature Improves Alignment in Human-LLM Interaction",
        "The rapid advancement of Large Language Models (LLMs) is positioning language at the core of "
        "human-computer interaction (HCI).",
        "Human-LLM", id="human-llm"),
]


@pytest.mark.parametrize(("title", "abstract", "name"), NOT_MODELS)
def test_no_model(title: str, abstract: str, name: str) -> None:
    assert kinds(abstract, title).get(name) != Kind.MODEL
