"""Model precision and variant recall: what the paper calls its own work, names built on a known
procedure's, markup before an apposition (``paperkg_kinds``, :mod:`paperkg.ingest.extract.kind_cues`),
and bare tiers after a model's name (``paperkg_variants``), on real titles and sentences from arXiv
cs.AI abstracts (``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "a procedure or framework -> technique", "a trained network -> model"; "distinct
released variants are distinct entities".
"""

from __future__ import annotations

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Paper


def _linked(title: str, abstract: str) -> dict[str, set[str]]:
    """surface -> entity ids of the paper's mentions."""
    extraction = Extractor.shared().extract(Paper(id="x", title=title, abstract=abstract))
    out: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        out.setdefault(mention.surface, set()).add(mention.entity_id)
    return out


def test_markup_before_an_apposition_is_read() -> None:
    # 2508.12415: "\textbf{TiP4GEN}, an advanced ... framework" (flattened to "TiP4GEN , an ...")
    linked = _linked(
        "TiP4GEN: Text to Immersive Panorama 4D Scene Generation",
        "In this paper, we introduce \\textbf{TiP4GEN}, an advanced text-to-dynamic panorama scene "
        "generation framework that enables fine-grained content control and synthesizes motion-rich, "
        "geometry-consistent panoramic 4D scenes. TiP4GEN integrates panorama video generation and dynamic "
        "scene reconstruction.")
    assert linked["TiP4GEN"] == {"technique/tip4gen"}
    # 2508.01617: the same markup before "the first large language diffusion model" now gives a model
    linked = _linked(
        "LLaDA-MedV: Exploring Large Language Diffusion Models for Biomedical Image Understanding",
        "To bridge this gap, we introduce \\textbf{LLaDA-MedV}, the first large language diffusion model "
        "tailored for biomedical image understanding through vision instruction tuning.")
    assert linked["LLaDA-MedV"] == {"model/llada-medv"}


def test_the_papers_own_name_is_what_it_calls_its_work() -> None:
    # 2505.19976: the title's name, which the abstract never repeats; "we introduce a novel method"
    linked = _linked(
        "MAMM: Motion Control via Metric-Aligning Motion Matching",
        "We introduce a novel method for controlling a motion sequence using an arbitrary temporal control "
        "sequence using temporal alignment. Our approach, named Metric-Aligning Motion Matching, achieves "
        "alignment by solely considering within-domain distances.")
    assert linked["MAMM"] == {"technique/mamm"}
    # 2505.23179: "we develop a novel RL-based framework, Deep Inspection and Perception with RL (DIP-R1)"
    linked = _linked(
        "DIP-R1: Deep Inspection and Perception with RL Looking Through and Understanding Complex Scenes",
        "Then we develop a novel RL-based framework, Deep Inspection and Perception with RL (DIP-R1) "
        "designed to enhance the visual perception capabilities of MLLMs, by comprehending complex scenes "
        "and looking through visual instances closely. DIP-R1 guides MLLMs through detailed inspection of "
        "visual scene.")
    assert linked["DIP-R1"] == {"technique/dip-r1"}
    # must not change: 2508.00360 releases a sized network ("a 1.7B-parameter SLM") although it also
    # "propose[s] a new paradigm"
    linked = _linked(
        "Lucy: edgerunning agentic web search on mobile with machine generated task vectors",
        "In this work, we propose a new paradigm: viewing the model's internal reasoning as a dynamic task "
        "vector machine. We present Lucy, a 1.7B-parameter SLM that leverages this dynamic reasoning "
        "mechanism with MCP integration to achieve 78.3% accuracy on the SimpleQA benchmark.")
    assert linked["Lucy"] == {"model/lucy"}


def test_a_name_built_on_a_procedures_name_is_a_procedure() -> None:
    # 2506.04070: LaF-GRPO is a GRPO variant (its long form "LLM-as-Follower GRPO" says no kind)
    linked = _linked(
        "LaF-GRPO: In-Situ Navigation Instruction Generation for the Visually Impaired via GRPO with "
        "LLM-as-Follower Reward",
        "Concretely, we propose LaF-GRPO (LLM-as-Follower GRPO), where an LLM simulates VI user responses to "
        "generate rewards guiding the Vision-Language Model (VLM) post-training.")
    assert linked["LaF-GRPO"] == {"technique/laf-grpo"}
    assert linked["GRPO"] == {"technique/grpo"}
    # 2508.00522: Flat-LoRA seeks flat minima for LoRA: a LoRA variant
    linked = _linked(
        "EFlat-LoRA: Efficiently Seeking Flat Minima for Better Generalization in Fine-Tuning Large Language "
        "Models and Beyond",
        "In this work, we propose Flat-LoRA and its efficient version i.e., EFlat-LoRA, to seek flat minima "
        "for LoRA.")
    assert linked["Flat-LoRA"] == {"technique/flat-lora"}


def test_bare_tiers_after_a_model_are_its_variants() -> None:
    # 2508.06535: "EfficientNet variants B0, B1, and B3"
    linked = _linked(
        "Transfer Learning with EfficientNet for Accurate Leukemia Cell Classification",
        "We evaluated several models, including ResNet50, ResNet101, and EfficientNet variants B0, B1, and "
        "B3. EfficientNet-B3 achieved the best results.")
    assert linked["B0"] == {"model/efficientnet-b0"}
    assert linked["B1"] == {"model/efficientnet-b1"}
    assert linked["EfficientNet-B3"] == {"model/efficientnet-b3"}
    # 2505.12772: "ResNet-18/50/101"
    linked = _linked(
        "Pyramid Sparse Transformer: Enhancing Multi-Scale Feature Fusion with Dynamic Token Selection",
        "Likewise, embedding PST into ResNet-18/50/101 as backbones, boosts ImageNet top-1 accuracy by 6.5%, "
        "1.7%, and 1.0%, respectively.")
    assert linked["ResNet-18"] == {"model/resnet-18"}
    assert linked["50"] == {"model/resnet-50"}
    assert linked["101"] == {"model/resnet-101"}
    # 2504.07775: "ResNet-18, -34, and -50"
    linked = _linked(
        "Focal Cortical Dysplasia Type II Detection Using Cross Modality Transfer Learning and Grad-CAM in "
        "3D-CNNs for MRI Analysis",
        "ResNet architectures (ResNet-18, -34, and -50) were implemented, employing transfer learning "
        "strategies that used pre-trained weights from segmentation tasks.")
    assert linked["-34"] == {"model/resnet-34"}
    assert linked["-50"] == {"model/resnet-50"}
