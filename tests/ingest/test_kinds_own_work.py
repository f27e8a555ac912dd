"""Model precision and variant recall: what the paper calls its own work, names built on a known
procedure's, markup before an apposition (``paperkg_kinds``, :mod:`paperkg.ingest.extract.kind_cues`),
and bare tiers after a model's name (``paperkg_variants``), on real titles and sentences from arXiv
cs.AI abstracts (``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "a procedure or framework -> technique", "a trained network -> model"; "distinct
released variants are distinct entities".
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids


@pytest.mark.parametrize(("title", "abstract", "expected"), [
    # markup before an apposition is read:
    # 2508.12415: "\textbf{TiP4GEN}, an advanced ... framework" (flattened to "TiP4GEN , an ...")
    pytest.param("TiP4GEN: Text to Immersive Panorama 4D Scene Generation",
                 "In this paper, we introduce \\textbf{TiP4GEN}, an advanced text-to-dynamic panorama scene "
                 "generation framework that enables fine-grained content control and synthesizes "
                 "motion-rich, geometry-consistent panoramic 4D scenes. TiP4GEN integrates panorama video "
                 "generation and dynamic scene reconstruction.",
                 {"TiP4GEN": "technique/tip4gen"}, id="TiP4GEN"),
    # 2508.01617: the same markup before "the first large language diffusion model" now gives a model
    pytest.param("LLaDA-MedV: Exploring Large Language Diffusion Models for Biomedical Image Understanding",
                 "To bridge this gap, we introduce \\textbf{LLaDA-MedV}, the first large language diffusion "
                 "model tailored for biomedical image understanding through vision instruction tuning.",
                 {"LLaDA-MedV": "model/llada-medv"}, id="LLaDA-MedV"),
    # the paper's own name is what it calls its work:
    # 2505.19976: the title's name, which the abstract never repeats; "we introduce a novel method"
    pytest.param("MAMM: Motion Control via Metric-Aligning Motion Matching",
                 "We introduce a novel method for controlling a motion sequence using an arbitrary temporal "
                 "control sequence using temporal alignment. Our approach, named Metric-Aligning Motion "
                 "Matching, achieves alignment by solely considering within-domain distances.",
                 {"MAMM": "technique/mamm"}, id="MAMM"),
    # 2505.23179: "we develop a novel RL-based framework, Deep Inspection and Perception with RL (DIP-R1)"
    pytest.param("DIP-R1: Deep Inspection and Perception with RL Looking Through and Understanding Complex "
                 "Scenes",
                 "Then we develop a novel RL-based framework, Deep Inspection and Perception with RL "
                 "(DIP-R1) designed to enhance the visual perception capabilities of MLLMs, by "
                 "comprehending complex scenes and looking through visual instances closely. DIP-R1 guides "
                 "MLLMs through detailed inspection of visual scene.",
                 {"DIP-R1": "technique/dip-r1"}, id="DIP-R1"),
    # must not change: 2508.00360 releases a sized network ("a 1.7B-parameter SLM") although it also
    # "propose[s] a new paradigm"
    pytest.param("Lucy: edgerunning agentic web search on mobile with machine generated task vectors",
                 "In this work, we propose a new paradigm: viewing the model's internal reasoning as a "
                 "dynamic task vector machine. We present Lucy, a 1.7B-parameter SLM that leverages this "
                 "dynamic reasoning mechanism with MCP integration to achieve 78.3% accuracy on the "
                 "SimpleQA benchmark.",
                 {"Lucy": "model/lucy"}, id="Lucy"),
    # a name built on a procedure's name is a procedure:
    # 2506.04070: LaF-GRPO is a GRPO variant (its long form "LLM-as-Follower GRPO" says no kind)
    pytest.param("LaF-GRPO: In-Situ Navigation Instruction Generation for the Visually Impaired via GRPO "
                 "with LLM-as-Follower Reward",
                 "Concretely, we propose LaF-GRPO (LLM-as-Follower GRPO), where an LLM simulates VI user "
                 "responses to generate rewards guiding the Vision-Language Model (VLM) post-training.",
                 {"LaF-GRPO": "technique/laf-grpo", "GRPO": "technique/grpo"}, id="LaF-GRPO+GRPO"),
    # 2508.00522: Flat-LoRA seeks flat minima for LoRA: a LoRA variant
    pytest.param("EFlat-LoRA: Efficiently Seeking Flat Minima for Better Generalization in Fine-Tuning "
                 "Large Language Models and Beyond",
                 "In this work, we propose Flat-LoRA and its efficient version i.e., EFlat-LoRA, to seek "
                 "flat minima for LoRA.",
                 {"Flat-LoRA": "technique/flat-lora"}, id="Flat-LoRA"),
    # bare tiers after a model are its variants:
    # 2508.06535: "EfficientNet variants B0, B1, and B3"
    pytest.param("Transfer Learning with EfficientNet for Accurate Leukemia Cell Classification",
                 "We evaluated several models, including ResNet50, ResNet101, and EfficientNet variants B0, "
                 "B1, and B3. EfficientNet-B3 achieved the best results.",
                 {"B0": "model/efficientnet-b0", "B1": "model/efficientnet-b1",
                  "EfficientNet-B3": "model/efficientnet-b3"},
                 id="B0+B1+EfficientNet-B3"),
    # 2505.12772: "ResNet-18/50/101"
    pytest.param("Pyramid Sparse Transformer: Enhancing Multi-Scale Feature Fusion with Dynamic Token "
                 "Selection",
                 "Likewise, embedding PST into ResNet-18/50/101 as backbones, boosts ImageNet top-1 "
                 "accuracy by 6.5%, 1.7%, and 1.0%, respectively.",
                 {"ResNet-18": "model/resnet-18", "50": "model/resnet-50", "101": "model/resnet-101"},
                 id="ResNet-18+50+101"),
    # 2504.07775: "ResNet-18, -34, and -50"
    pytest.param("Focal Cortical Dysplasia Type II Detection Using Cross Modality Transfer Learning and "
                 "Grad-CAM in 3D-CNNs for MRI Analysis",
                 "ResNet architectures (ResNet-18, -34, and -50) were implemented, employing transfer "
                 "learning strategies that used pre-trained weights from segmentation tasks.",
                 {"-34": "model/resnet-34", "-50": "model/resnet-50"}, id="-34+-50"),
])
def test_kinds_own_work_links(title, abstract, expected) -> None:
    linked = entity_ids(abstract, title)
    for surface, entity_id in expected.items():
        assert linked[surface] == {entity_id}
