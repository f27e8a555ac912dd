"""A title's technique that the paper's short name spells out, or that the title cuts short of a longer
name of the paper, is that name: one entity per concept (``ANNOTATION.md``), not a second technique.

Titles and sentences are from corpus papers (2601.08000, 2603.07057, 2603.19678, 2503.15949,
2503.23453, 2511.21706, 2606.31427, 2601.10991).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entities

CASES = [
    # the short name's capitals are the title name's first letters
    ("Reasoning over Precedents Alongside Statutes: Case-Augmented Deliberative Alignment for LLM Safety",
     "Building on these insights, we propose CADA, a case-augmented deliberative alignment method for LLMs "
     "utilizing reinforcement learning on self-generated safety reasoning chains. CADA effectively enhances "
     "harmlessness.",
     "Case-Augmented Deliberative Alignment", "CADA"),
    ("SODA: Sensitivity-Oriented Dynamic Acceleration for Diffusion Transformer",
     "To address these issues, we propose SODA, a Sensitivity-Oriented Dynamic Acceleration method that "
     "adaptively performs caching and pruning based on fine-grained sensitivity. SODA builds an offline "
     "sensitivity error modeling framework across timesteps, layers, and modules.",
     "Sensitivity-Oriented Dynamic Acceleration", "SODA"),
    # the title cuts the paper's longer name short
    ("Vision-Language Attribute Disentanglement and Reinforcement for Lifelong Person Re-Identification",
     "To address this problem, we introduce a novel VLM-driven LReID approach named Vision-Language "
     "Attribute Disentanglement and Reinforcement (VLADR). Our key idea is to explicitly model the "
     "universally shared human attributes to improve inter-domain knowledge transfer.",
     "Vision-Language Attribute Disentanglement", "VLADR"),
    ("CausalCLIPSeg: Unlocking CLIP's Potential in Referring Medical Image Segmentation with Causal "
     "Intervention",
     "Furthermore, to mitigate confounding bias that may cause the model to learn spurious correlations "
     "instead of meaningful causal relationships, CausalCLIPSeg introduces a causal intervention module "
     "which self-annotates confounders and excavates causal features from inputs for segmentation "
     "judgments.",
     "Causal Intervention", "causal intervention module"),
]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "written_out", "name"), CASES)
def test_title_name_spelled_out_is_the_papers_name(title: str, abstract: str, written_out: str,
                                                   name: str) -> None:
    found = entities(abstract, title)
    holding = [eid for eid, (_, surfaces) in found.items() if written_out in surfaces]
    assert len(holding) == 1
    assert name in found[holding[0]][1]
    assert found[holding[0]][0] == "technique"


@pytest.mark.issue(12)
def test_title_known_method_a_name_applies_stays() -> None:
    # NRPA-GD applies Nested Rollout Policy Adaptation, a known algorithm, to dialogue: two entities
    found = entities(
        "Therefore, in this paper, we present Nested Rollout Policy Adaptation for Goal-oriented Dialogue "
        "(NRPA-GD), a novel dialogue policy planning method that completely avoids specific model training.",
        "A General Highly Accurate Online Planning Method Integrating Large Language Models into Nested "
        "Rollout Policy Adaptation for Dialogue Tasks")
    known = next(eid for eid, (_, surfaces) in found.items()
                 if "Nested Rollout Policy Adaptation" in surfaces)
    assert "NRPA-GD" not in found[known][1]


@pytest.mark.issue(12)
def test_title_name_the_abstract_names_on_its_own_stays() -> None:
    # "semantic-spatial feature fusion (SSFF)" is a module of SFDR, named in the abstract: not cut short
    found = entities(
        "To address these challenges, this paper presents a semantic-spatial feature fusion with dynamic "
        "graph refinement (SFDR) method, which integrates the semantic-spatial feature fusion (SSFF) and "
        "dynamic graph feature refinement (DGFR) modules. The SSFF module utilizes a multi-level feature "
        "representation strategy.",
        "Semantic-Spatial Feature Fusion with Dynamic Graph Refinement for Remote Sensing Image Captioning")
    title_name = next(eid for eid, (_, surfaces) in found.items()
                      if "Semantic-Spatial Feature Fusion" in surfaces)
    assert "SFDR" not in found[title_name][1]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "title_name", "longer"), [
    # the longer name goes on with more words of a phrase, not a head noun or a part its short name spells
    ("No Prompt, No Leaks: A Robust Generative Steganography Framework via Prompt-Free Diffusion",
     "In this work, we propose a prompt-free diffusion image steganography framework that integrates style "
     "semantic priors to control more robust and reliable stego image generation.",
     "Prompt-Free Diffusion", "prompt-free diffusion image steganography framework"),
    # what the title's method is for (a task), not the method
    ("Asymmetric Encoding-Decoding Schemes for Lossless Data Compression",
     "This paper proposes a new lossless data compression coding scheme named an asymmetric "
     "encoding-decoding scheme (AEDS), which can be considered as a generalization of tANS.",
     "Lossless Data Compression", "lossless data compression coding scheme"),
])
def test_title_name_a_longer_phrase_opens_stays(title: str, abstract: str, title_name: str,
                                                longer: str) -> None:
    found = entities(abstract, title)
    holding = next(eid for eid, (_, surfaces) in found.items() if title_name in surfaces)
    assert longer not in found[holding][1]
