"""Names a title introduces (``paperkg_title``): a name the vocabulary knows in another sense, generic parts,
and what a phrase after "for", "from" or "under" names (real arXiv titles and abstracts)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Origin, Paper, Role
from tests.ingest._helpers import entities_and_roles, extract

# A title's name that the vocabulary knows under another meaning, and title names holding a generic
# part (real arXiv titles and sentences).


def test_title_acronym_spelled_out_as_something_else_is_the_papers_own_name():
    title = "ARC: Anchored Representation Clouds for High-Resolution INR Classification"
    abstract = ("We propose ARC: Anchored Representation Clouds, a novel INR architecture that explicitly "
                "anchors latent vectors locally in image-space.")
    found = entities_and_roles(abstract, title)
    arc = {entity_id: (kind, roles) for entity_id, (kind, surfaces, roles) in found.items()
           if "ARC" in surfaces}
    # not the vocabulary's AI2 Reasoning Challenge (dataset/arc), in the title nor in the abstract
    assert list(arc) != ["dataset/arc"] and len(arc) == 1
    [(kind, roles)] = arc.values()
    assert kind is not Kind.DATASET and Role.INTRODUCES in roles


def test_title_acronym_with_its_own_long_form_and_the_vocabularys_is_one_new_entity(shipped):
    title = "UDA: Unsupervised Debiasing Alignment for Pair-wise LLM-as-a-Judge"
    abstract = ("We then propose UDA (Unsupervised Debiasing Alignment), a framework that reduces "
                "inter-judge disagreement by dynamically adjusting the Elo rating system. Crucially, UDA "
                "operates in a fully unsupervised manner.")
    mentions = shipped.extract(Paper(id="t", title=title, abstract=abstract)).mentions
    uda = {m.entity_id for m in mentions if m.surface in {"UDA", "Unsupervised Debiasing Alignment"}}
    assert len(uda) == 1 and uda != {"technique/unsupervised-domain-adaptation"}
    assert all(m.origin is Origin.DISCOVERED for m in mentions if m.entity_id in uda)


def test_title_acronym_of_a_vocabulary_entity_without_a_long_form_stays_the_vocabularys(shipped):
    # arXiv 2504.05747: the vocabulary's SEA-LION has no long form to tell another SEA-LION by
    found = entities_and_roles("", "SEA-LION: Southeast Asian Languages in One Network")
    assert "model/sea-lion" in found and Role.INTRODUCES in found["model/sea-lion"][2]
    assert all(m.origin is Origin.VOCABULARY for m in shipped.extract(
        Paper(id="t", title="SEA-LION: Southeast Asian Languages in One Network", abstract="")).mentions)


def test_a_redefined_title_acronym_has_an_id_of_its_own(shipped):
    # arXiv 2503.15156: its ARC gets an id no vocabulary entity has (the AI2 Reasoning Challenge keeps
    # dataset/arc across a build), made from what the title says the acronym stands for
    title = "ARC: Anchored Representation Clouds for High-Resolution INR Classification"
    ids = {m.entity_id for m in shipped.extract(Paper(id="t", title=title, abstract="")).mentions
           if m.surface == "ARC"}
    assert len(ids) == 1 and ids.pop().endswith("/arc--anchored-representation-clouds")


@pytest.mark.parametrize(("title", "name", "kind"), [
    ("MGFFD-VLM: Multi-Granularity Prompt Learning for Face Forgery Detection with VLM", "MGFFD-VLM", None),
    ("COT-AD: Cotton Analysis Dataset", "COT-AD", Kind.DATASET),
    ("BEE-RAG: Balanced Entropy Engineering for Retrieval-Augmented Generation", "BEE-RAG", None),
])
def test_title_name_joining_a_generic_part_to_a_name_is_introduced(title, name, kind):
    found = {surface: (k, roles) for k, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    assert Role.INTRODUCES in found[name][1]
    assert kind is None or found[name][0] is kind


@pytest.mark.parametrize("title", [
    "LLMs: A Survey of Large Language Models",
    "Glucose-ML: A collection of longitudinal diabetes datasets",  # no part of it a name on its own
])
def test_title_of_generic_parts_only_introduces_nothing(title):
    found = {surface: roles for _, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    head = title.split(":")[0]
    assert Role.INTRODUCES not in found.get(head, set())



# TitleNames: a title phrase after "for", "from" or "under" names what is handled (a task, a setting, a
# source, a condition), not a method (real arXiv titles and abstracts from the corpus).


AUTOLORA_TITLE = (
    'AutoLoRA: Automatic LoRA Retrieval and Fine-Grained Gated Fusion for Text-to-Image '
    'Generation')
AUTOLORA_ABSTRACT = (
    'Despite recent advances in photorealistic image generation through large-scale models like '
    'FLUX and Stable Diffusion v3, the practical deployment of these architectures remains '
    'constrained by their inherent intractability to parameter fine-tuning. While low-rank '
    'adaptation (LoRA) have demonstrated efficacy in enabling model customization with minimal '
    'parameter overhead, the effective utilization of distributed open-source LoRA modules faces '
    'three critical challenges: sparse metadata annotation, the requirement for zero-shot '
    'adaptation capabilities, and suboptimal fusion strategies for multi-LoRA fusion strategies. '
    'To address these limitations, we introduce a novel framework that enables semantic-driven '
    'LoRA retrieval and dynamic aggregation through two key components: (1) weight encoding-base '
    'LoRA retriever that establishes a shared semantic space between LoRA parameter matrices and '
    'text prompts, eliminating dependence on original training data, and (2) fine-grained gated '
    'fusion mechanism that computes context-specific fusion weights across network layers and '
    'diffusion timesteps to optimally integrate multiple LoRA modules during generation. Our '
    'approach achieves significant improvement in image generation perfermance, thereby '
    'facilitating scalable and data-efficient enhancement of foundational models. This work '
    'establishes a critical bridge between the fragmented landscape of community-developed LoRAs '
    'and practical deployment requirements, enabling collaborative model evolution through '
    'standardized adapter integration.')

FANTASY_TITLE = (
    'FantasyTalking2: Timestep-Layer Adaptive Preference Optimization for Audio-Driven Portrait '
    'Animation')
FANTASY_ABSTRACT = (
    'Recent advances in audio-driven portrait animation have demonstrated impressive '
    'capabilities. However, existing methods struggle to align with fine-grained human '
    'preferences across multiple dimensions, such as motion naturalness, lip-sync accuracy, and '
    'visual quality. This is due to the difficulty of optimizing among competing preference '
    'objectives, which often conflict with one another, and the scarcity of large-scale, high-'
    'quality datasets with multidimensional preference annotations. To address these, we first '
    'introduce Talking-Critic, a multimodal reward model that learns human-aligned reward '
    'functions to quantify how well generated videos satisfy multidimensional expectations. '
    'Leveraging this model, we curate Talking-NSQ, a large-scale multidimensional human '
    'preference dataset containing 410K preference pairs. Finally, we propose Timestep-Layer '
    'adaptive multi-expert Preference Optimization (TLPO), a novel framework for aligning '
    'diffusion-based portrait animation models with fine-grained, multidimensional preferences. '
    'TLPO decouples preferences into specialized expert modules, which are then fused across '
    'timesteps and network layers, enabling comprehensive, fine-grained enhancement across all '
    'dimensions without mutual interference. Experiments demonstrate that Talking-Critic '
    'significantly outperforms existing methods in aligning with human preference ratings. '
    'Meanwhile, TLPO achieves substantial improvements over baseline models in lip-sync accuracy,'
    ' motion naturalness, and visual quality, exhibiting superior performance in both qualitative'
    ' and quantitative evaluations. Ours project page: https://fantasy-amap.github.io/fantasy-'
    'talking2/')

FASTLONG_TITLE = 'FastLongSpeech: Enhancing Large Speech-Language Models for Efficient Long-Speech Processing'
FASTLONG_ABSTRACT = (
    'The rapid advancement of Large Language Models (LLMs) has spurred significant progress in '
    'Large Speech-Language Models (LSLMs), enhancing their capabilities in both speech '
    'understanding and generation. While existing LSLMs often concentrate on augmenting speech '
    'generation or tackling a diverse array of short-speech tasks, the efficient processing of '
    'long-form speech remains a critical yet underexplored challenge. This gap is primarily '
    'attributed to the scarcity of long-speech training datasets and the high computational costs'
    ' associated with long sequences. To address these limitations, we introduce FastLongSpeech, '
    'a novel framework designed to extend LSLM capabilities for efficient long-speech processing '
    'without necessitating dedicated long-speech training data. FastLongSpeech incorporates an '
    'iterative fusion strategy that can compress excessively long-speech sequences into '
    'manageable lengths. To adapt LSLMs for long-speech inputs, it introduces a dynamic '
    'compression training approach, which exposes the model to short-speech sequences at varying '
    'compression ratios, thereby transferring the capabilities of LSLMs to long-speech tasks. To '
    'assess the long-speech capabilities of LSLMs, we develop a long-speech understanding '
    'benchmark called LongSpeech-Eval. Experiments show that our method exhibits strong '
    'performance in both long-speech and short-speech tasks, while greatly improving inference '
    'efficiency.')

GRAINS_TITLE = 'GrAInS: Gradient-based Attribution for Inference-Time Steering of LLMs and VLMs'
GRAINS_ABSTRACT = (
    'Inference-time steering methods offer a lightweight alternative to fine-tuning large '
    'language models (LLMs) and vision-language models (VLMs) by modifying internal activations '
    'at test time without updating model weights. However, most existing approaches rely on '
    'fixed, global intervention vectors, overlook the causal influence of individual input '
    "tokens, and fail to leverage informative gradients from the model's logits, particularly in "
    'multimodal settings where visual and textual inputs contribute unevenly. To address these '
    'limitations, we introduce GrAInS, an inference-time steering approach that operates across '
    'both language-only and vision-language models and tasks. GrAInS uses contrastive, gradient-'
    'based attribution via Integrated Gradients to identify the top-k most influential tokens, '
    'both positively and negatively attributed based on their contribution to preferred versus '
    'dispreferred outputs. These tokens are then used to construct directional steering vectors '
    'that capture semantic shifts from undesirable to desirable behavior. During inference, '
    'GrAInS adjusts hidden activations at transformer layers guided by token-level attribution '
    'signals, and normalizes activations to preserve representational scale. This enables fine-'
    'grained, interpretable, and modular control over model behavior, without retraining or '
    'auxiliary supervision. Empirically, GrAInS consistently outperforms both fine-tuning and '
    'existing steering baselines: it achieves a 13.22% accuracy gain on TruthfulQA using '
    'Llama-3.1-8B, reduces hallucination rates on MMHal-Bench from 0.624 to 0.514 with '
    'LLaVA-1.6-7B, and improves alignment win rates on SPA-VL by 8.11%, all while preserving the '
    "model's fluency and general capabilities.")

SMALL_TITLE = (
    'Enhancing Small LLM Alignment through Margin-Based Objective Modifications under Resource '
    'Constraints')
SMALL_ABSTRACT = (
    'Small large language models (LLMs) often face difficulties in aligning output to human '
    'preferences, particularly when operating under severe performance gaps. In this work, we '
    'propose two lightweight DPO-based variants -- Adaptive Margin-Sigmoid Loss and APO-hinge-'
    'zero -- to better address underperformance scenarios by introducing margin-based objectives '
    'and selective update mechanisms.   Our APO-hinge-zero method, which combines hinge-induced '
    'hard-example mining with the chosen-focused optimization of APO-zero, achieves strong '
    'results. In AlpacaEval, APO-hinge-zero improves the win rate by +2.0 points and the length-'
    'controlled win rate by +1.4 points compared to the APO-zero baseline. In MT-Bench, our '
    'methods maintain competitive performance in diverse categories, particularly excelling in '
    'STEM and Humanities tasks.   These results demonstrate that simple modifications to '
    'preference-based objectives can significantly enhance small LLM alignment under resource '
    'constraints, offering a practical path toward more efficient deployment.')

TEXGS_TITLE = (
    'TexGS-VolVis: Expressive Scene Editing for Volume Visualization via Textured Gaussian '
    'Splatting')
TEXGS_ABSTRACT = (
    'Advancements in volume visualization (VolVis) focus on extracting insights from 3D '
    'volumetric data by generating visually compelling renderings that reveal complex internal '
    'structures. Existing VolVis approaches have explored non-photorealistic rendering techniques'
    ' to enhance the clarity, expressiveness, and informativeness of visual communication. While '
    'effective, these methods often rely on complex predefined rules and are limited to '
    'transferring a single style, restricting their flexibility. To overcome these limitations, '
    'we advocate the representation of VolVis scenes using differentiable Gaussian primitives '
    'combined with pretrained large models to enable arbitrary style transfer and real-time '
    'rendering. However, conventional 3D Gaussian primitives tightly couple geometry and '
    'appearance, leading to suboptimal stylization results. To address this, we introduce TexGS-'
    'VolVis, a textured Gaussian splatting framework for VolVis. TexGS-VolVis employs 2D Gaussian'
    ' primitives, extending each Gaussian with additional texture and shading attributes, '
    'resulting in higher-quality, geometry-consistent stylization and enhanced lighting control '
    'during inference. Despite these improvements, achieving flexible and controllable scene '
    'editing remains challenging. To further enhance stylization, we develop image- and text-'
    'driven non-photorealistic scene editing tailored for TexGS-VolVis and 2D-lift-3D '
    'segmentation to enable partial editing with fine-grained control. We evaluate TexGS-VolVis '
    'both qualitatively and quantitatively across various volume rendering scenes, demonstrating '
    'its superiority over existing methods in terms of efficiency, visual quality, and editing '
    'flexibility.')

WISDOM_TITLE = 'Wisdom of the Crowd: Reinforcement Learning from Coevolutionary Collective Feedback'
WISDOM_ABSTRACT = (
    'Reinforcement learning (RL) has significantly enhanced the reasoning capabilities of large '
    'language models (LLMs), but its reliance on expensive human-labeled data or complex reward '
    'models severely limits scalability. While existing self-feedback methods aim to address this'
    ' problem, they are constrained by the capabilities of a single model, which can lead to '
    'overconfidence in incorrect answers, reward hacking, and even training collapse. To this '
    'end, we propose Reinforcement Learning from Coevolutionary Collective Feedback (RLCCF), a '
    'novel RL framework that enables multi-model collaborative evolution without external '
    'supervision. Specifically, RLCCF optimizes the ability of a model collective by maximizing '
    'its Collective Consistency (CC), which jointly trains a diverse ensemble of LLMs and '
    "provides reward signals by voting on collective outputs. Moreover, each model's vote is "
    'weighted by its Self-Consistency (SC) score, ensuring that more confident models contribute '
    'more to the collective decision. Benefiting from the diverse output distributions and '
    'complementary abilities of multiple LLMs, RLCCF enables the model collective to continuously'
    ' enhance its reasoning ability through coevolution. Experiments on four mainstream open-'
    'source LLMs across four mathematical reasoning benchmarks demonstrate that our framework '
    'yields significant performance gains, achieving an average relative improvement of 16.72\\% '
    'in accuracy. Notably, RLCCF not only improves the performance of individual models but also '
    "enhances the group's majority-voting accuracy by 4.51\\%, demonstrating its ability to extend"
    ' the collective capability boundary of the model collective.')

XYZ_TITLE = (
    'Vision-Language Fusion for Real-Time Autonomous Driving: Goal-Centered Cross-Attention of '
    'Camera, HD-Map, & Waypoints')
XYZ_ABSTRACT = (
    'Autonomous cars need geometric accuracy and semantic understanding to navigate complex '
    'environments, yet most stacks handle them separately. We present XYZ-Drive, a single vision-'
    'language model that reads a front-camera frame, a 25m $\\times$ 25m overhead map, and the '
    'next waypoint, then outputs steering and speed. A lightweight goal-centered cross-attention '
    'layer lets waypoint tokens highlight relevant image and map patches, supporting both action '
    'and textual explanations, before the fused tokens enter a partially fine-tuned LLaMA-3.2 11B'
    ' model.   On the MD-NEX Outdoor-Driving benchmark XYZ-Drive attains 95% success and 0.80 '
    'Success weighted by Path Length (SPL), surpassing PhysNav-DG by 15%. and halving collisions,'
    ' all while significantly improving efficiency by using only a single branch. Sixteen '
    'ablations explain the gains. Removing any modality (vision, waypoint, map) drops success by '
    'up to 11%, confirming their complementary roles and rich connections. Replacing goal-'
    'centered attention with simple concatenation cuts 3% in performance, showing query-based '
    'fusion injects map knowledge more effectively. Keeping the transformer frozen loses 5%, '
    'showing the importance of fine-tuning when applying VLMs for specific tasks such as '
    'autonomous driving. Coarsening map resolution from 10 cm to 40 cm blurs lane edges and '
    'raises crash rate.   Overall, these results demonstrate that early, token-level fusion of '
    'intent and map layout enables accurate, transparent, real-time driving.')


def _linked(title: str, abstract: str) -> dict[str, tuple[Kind, str, Role]]:
    """Each linked surface (folded to lower case): its kind, entity id and role (of its last mention)."""
    return {m.surface.lower(): (m.kind, m.entity_id, m.role) for m in extract(abstract, title).mentions}


@pytest.mark.parametrize("title, abstract, purpose, kept", [
    # "... for Efficient Long-Speech Processing" (and "for efficient long-speech processing" in the
    # abstract): the task the model serves; the model and the benchmark stay
    (FASTLONG_TITLE, FASTLONG_ABSTRACT, "efficient long-speech processing",
     {"fastlongspeech": Kind.MODEL, "longspeech-eval": Kind.DATASET}),
    # "... for Audio-Driven Portrait Animation": a task; the method before "for" and TLPO stay
    (FANTASY_TITLE, FANTASY_ABSTRACT, "audio-driven portrait animation", {"tlpo": Kind.TECHNIQUE}),
    # "Reinforcement Learning from Coevolutionary Collective Feedback": the feedback is the source, the
    # method is the whole name the abstract defines (RLCCF)
    (WISDOM_TITLE, WISDOM_ABSTRACT, "coevolutionary collective feedback", {"rlccf": Kind.TECHNIQUE}),
    # "... under Resource Constraints": a condition
    (SMALL_TITLE, SMALL_ABSTRACT, "resource constraints", {"dpo": Kind.TECHNIQUE}),
])
def test_a_title_phrase_after_for_from_or_under_is_no_technique(title, abstract, purpose, kept):
    linked = _linked(title, abstract)
    assert purpose not in linked  # neither in the title nor where the abstract repeats it
    for surface, kind in kept.items():
        assert linked[surface][0] == kind


def test_method_phrases_elsewhere_in_the_title_stay():
    # "TexGS-VolVis: Expressive Scene Editing for Volume Visualization via Textured Gaussian Splatting":
    # the task after "for" goes, the method after "via" stays
    linked = _linked(TEXGS_TITLE, TEXGS_ABSTRACT)
    assert "volume visualization" not in linked
    assert linked["textured gaussian splatting"][:2] == (
        Kind.TECHNIQUE, "technique/textured-gaussian-splatting")
    assert linked["texgs-volvis"][:2] == (Kind.TECHNIQUE, "technique/texgs-volvis")
    # "... for Inference-Time Steering of LLMs and VLMs": a method head after "for" still names a method
    linked = _linked(GRAINS_TITLE, GRAINS_ABSTRACT)
    assert linked["inference-time steering"][0] == Kind.TECHNIQUE
    # "AutoLoRA: Automatic LoRA Retrieval and Fine-Grained Gated Fusion for ...": before "for"
    linked = _linked(AUTOLORA_TITLE, AUTOLORA_ABSTRACT)
    assert linked["fine-grained gated fusion"][:2] == (Kind.TECHNIQUE, "technique/fine-grained-gated-fusion")
    # "Vision-Language Fusion for Real-Time Autonomous Driving: Goal-Centered Cross-Attention of ...":
    # the "for" is in the title's other part, before the colon
    linked = _linked(XYZ_TITLE, XYZ_ABSTRACT)
    assert linked["goal-centered cross-attention"][:2] == (
        Kind.TECHNIQUE, "technique/goal-centered-cross-attention")
