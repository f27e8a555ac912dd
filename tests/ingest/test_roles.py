"""The ``paperkg_roles`` component on real corpus sentences: what a paper does with each name."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
def test_a_name_in_the_title_is_one_the_paper_uses():
    # arXiv 2503.19152: the title builds its method on U-Net, with no verb before it
    roles = surface_roles("Medical image segmentation is a critical task.",
                          "PSO-UNet: Particle Swarm-Optimized U-Net Framework for Precise Multimodal Brain "
                          "Tumor Segmentation")
    assert roles["U-Net"] == {"uses"}


@pytest.mark.issue(12)
def test_a_name_the_text_builds_on_is_used():
    # arXiv 2505.18587: "an EfficientNet-based classifier", in a sentence with no "we"
    abstract = ("The refined spectral data is then processed by an EfficientNet-based classifier optimized for "
                "spectral analysis, enabling more accurate detection across different deepfake styles.")
    assert surface_roles(abstract, "Spectral deepfake detection")["EfficientNet"] == {"uses"}


@pytest.mark.issue(12)
def test_models_in_the_papers_experiments_are_used_and_earlier_work_is_mentioned():
    # arXiv 2511.14721 (experiments) and 2503.20698 (earlier work, "However, ...")
    abstract = ("Extensive experiments on GPT-2 and GPT-3 pre-training demonstrate that the optimizer converges "
                "10-15% faster in wall-clock time. However, state-of-the-art multimodal language models like VAST "
                "and LanguageBind are built on vision-language models, and thus overly prioritize visual signals.")
    roles = surface_roles(abstract, "An optimizer for pre-training")
    assert roles["GPT-2"] == roles["GPT-3"] == {"uses"}
    assert roles["LanguageBind"] == {"mentions"}


@pytest.mark.issue(12)
def test_a_surveys_subjects_stay_mentioned_even_in_its_title():
    # arXiv 2508.08189: a survey names methods in its title and abstract; it uses none of them
    roles = surface_roles("Extensive experiments with Proximal Policy Optimization are reviewed.",
                          "Reinforcement Learning in Vision: A Survey")
    assert roles["Reinforcement Learning"] == {"mentions"}
    assert roles["Proximal Policy Optimization"] == {"mentions"}


@pytest.mark.issue(12)
def test_a_comparison_reaches_over_the_list_it_introduces():
    # arXiv 2506.05218: the verb stands before "including ..."; a list with no comparison verb before
    # it stays used
    abstract = ("Remarkably, our 3B-parameter model surpasses much larger and top-performing models, including "
                "Qwen2.5-VL (72B) and Gemini 2.5 Pro, achieving state-of-the-art average performance on document "
                "parsing tasks. We fine-tune models such as Llama 2 on our data.")
    roles = surface_roles(abstract, "A document parser")
    assert roles["Gemini 2.5 Pro"] == {"compares_with"}
    assert roles["Llama 2"] == {"uses"}


@pytest.mark.issue(12)
def test_what_the_papers_own_system_is_built_from_is_used():
    # arXiv 2505.11758 ("The method refines ...") and 2603.14416: the subject is the paper's own
    # system, not "we"; and a name the text says is used, after it ("Monte Carlo Dropout is used to")
    abstract = ("The method refines class prototypes through task-conditioned residuals and semantic hard negative "
                "mining. Monte Carlo Dropout is used to quantify predictive uncertainty.")
    roles = surface_roles(abstract, "Few-shot segmentation with prototypes")
    assert roles["hard negative mining"] == {"uses"}
    assert roles["Monte Carlo Dropout"] == {"uses"}


@pytest.mark.issue(12)
def test_with_no_cue_a_name_is_used_unless_its_sentence_is_about_earlier_work():
    # arXiv 2512.15943 (a plain statement, no "we": the paper studies OPT-350M) and 2601.10649
    # ("However, current benchmarks ...": earlier work)
    abstract = ("The OPT-350M model was released by Meta AI in 2022 as part of the OPT family of models. "
                "However, current benchmarks predominantly feature western-centric data and English as the "
                "dominant language, introducing significant biases in evaluation.")
    roles = surface_roles(abstract, "What a small model learns")
    assert roles["OPT-350M"] == {"uses"}
    assert roles["English"] == {"mentions"}


@pytest.mark.issue(12)
def test_exceeding_a_models_performance_is_a_comparison():
    # arXiv 2604.16665: "exceeding the few-shot performance of GPT-4o-mini"
    abstract = ("In the parsing task, our LoRA finetuned Llama-3.2-3B model achieves 92% zero-shot accuracy, "
                "surpassing the base model by 41.54% and exceeding the few-shot performance of GPT-4o-mini, "
                "Gemini-2.0-Flash, and other LLMs.")
    assert surface_roles(abstract, "Parsing with small models")["GPT-4o-mini"] == {"compares_with"}
