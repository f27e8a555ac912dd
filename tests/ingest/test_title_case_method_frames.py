"""Title-Case method names (titles18): a title's opening method phrase after a statement and a colon,
or one the abstract writes only cut short ("iterative distillation"); the Title-Case items of a list
that a count of a method's parts opens ("three key steps: A, B, and C"), whatever their heads; and an
abstract's Title-Case run ending in a way of doing something (normalization, filtering, smoothing, ...).
Real corpus papers."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract

_TIMESTEPS = ("Zero-shot segmentation has recently shown notable improvement by leveraging the rich "
              "visual priors in large-scale text-to-image diffusion models, such as Stable Diffusion. "
              "Leveraging this insight, we introduce a mechanism to adaptively select the optimal "
              "timestep for each pixel.")
_LAYERWISE = ("This work investigates distillation methods for large language models (LLMs) with the goal "
              "of developing compact models that preserve high performance. An improved method based on "
              "the ShortGPT approach has been developed, building upon the idea of incorporating iterative "
              "evaluation of layer importance. The results demonstrate the effectiveness of iterative "
              "distillation and fine-tuning, making the approach suitable for deployment in "
              "resource-limited settings.")


@pytest.mark.parametrize(("title", "abstract", "surface"), [
    # 2606.15590
    ("Unlocking Diffusion Hierarchies: Adaptive Timestep Selection for Zero-Shot Segmentation",
     _TIMESTEPS, "Adaptive Timestep Selection"),
    # 2511.05085
    ("Iterative Layer-wise Distillation for Efficient Compression of Large Language Models", _LAYERWISE,
     "Iterative Layer-wise Distillation"),
])
def test_title_opening_method_is_introduced(title: str, abstract: str, surface: str) -> None:
    found = {(m.surface, m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}
    assert (surface, Kind.TECHNIQUE, Role.INTRODUCES) in found


@pytest.mark.parametrize(("abstract", "surfaces"), [
    # 2509.03995
    ("We propose RTQA, a novel framework to address these challenges by enhancing reasoning over TKGs "
     "without requiring training. RTQA consists of three core components: the Temporal Question "
     "Decomposer, the Recursive Solver, and the Answer Aggregator. Experiments on MultiTQ and "
     "TimelineKGQA benchmarks demonstrate significant Hits@1 improvements.",
     ["Temporal Question Decomposer", "Recursive Solver", "Answer Aggregator"]),
    # 2503.18794
    ("In this paper, we present NexusGS, a 3DGS-based approach that enhances novel view synthesis from "
     "sparse-view images. Specifically, NexusGS comprises three key steps: Epipolar Depth Nexus, "
     "Flow-Resilient Depth Blending, and Flow-Filtered Depth Pruning. These steps leverage optical flow "
     "and camera poses to compute accurate depth maps.",
     ["Epipolar Depth Nexus", "Flow-Resilient Depth Blending", "Flow-Filtered Depth Pruning"]),
])
def test_counted_parts_list_items_are_techniques(abstract: str, surfaces: list[str]) -> None:
    found = {m.surface: m.kind for m in extract(abstract).mentions}
    for surface in surfaces:
        assert found.get(surface) == Kind.TECHNIQUE, surface


@pytest.mark.parametrize(("abstract", "surface"), [
    # 2506.07863
    ("Through straightforward modifications, including adjustments to loss weights, padding strategies, "
     "and the integration of Spatially Conditional Normalization, we demonstrate significant "
     "improvements in VAE performance.", "Spatially Conditional Normalization"),
    # 2602.11810
    ("We propose a novel method, Targeted Smart Filtering, to address both the generation speed and "
     "fractal diversity issue.", "Targeted Smart Filtering"),
])
def test_title_case_run_with_a_method_head_is_a_technique(abstract: str, surface: str) -> None:
    found = {m.surface: m.kind for m in extract(abstract).mentions}
    assert found.get(surface) == Kind.TECHNIQUE
