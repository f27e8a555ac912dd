"""``paperkg_roles``: the paper introducing its work in the third person, the listed parts of a name it
introduces, and presentations that are not the paper's own names (real corpus sentences)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
def test_the_paper_introducing_in_the_third_person_introduces_what_it_names():
    # arXiv 2507.13110: the parts of the framework the paper introduces
    roles = surface_roles("This paper introduces a registration-based anomaly detection "
                          "framework that combines multi-prototype alignment with "
                          "cluster-wise discrepancy analysis to enable precise 3D anomaly "
                          "localization.",
                          "Anomaly detection")
    assert "introduces" in roles["multi-prototype alignment"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "parts"), [
    # arXiv 2508.11569 and 2508.11893: the components a proposed framework is made of are the paper's own
    ("In this paper, we present TrajSV, a trajectory-based framework that addresses various issues in "
     "existing studies. TrajSV comprises three components: data preprocessing, Clip Representation Network "
     "(CRNet), and Video Representation Network (VRNet).", ("CRNet", "VRNet")),
    ("We propose LKMN for image super-resolution. LKMN has two core components: Enhanced Partial Large "
     "Kernel Block (EPLKB) and Cross-Gate Feed-Forward Network (CGFN).", ("EPLKB", "CGFN")),
])
def test_the_listed_components_of_an_introduced_name_are_introduced(abstract, parts):
    roles = surface_roles(abstract)
    for part in parts:
        assert "introduces" in roles[part], part


@pytest.mark.issue(12)
def test_a_part_that_uses_a_name_does_not_make_it_the_papers():
    # arXiv 2507.19315: SapBERT is what one stage uses
    roles = surface_roles("We present AutoPCR for clinical records. AutoPCR performs CR in three "
                          "stages: entity extraction using a hybrid of rule-based and neural "
                          "tagging strategies, candidate retrieval via SapBERT, and entity linking "
                          "through prompting a large language model.",
                          "Coreference")
    assert "introduces" not in roles["SapBERT"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name"), [
    # arXiv 2508.09622: the LLMs a new dataset's texts come from are examples of other work
    ("We present a novel, large-scale dataset comprising 52,305 samples, including human-written abstracts "
     "across 12 diverse scientific domains and AI-generated counterparts from five state-of-the-art LLMs "
     "(GPT-4-Turbo, Gemma2-27B, Llama3.3-70B, Deepseek-V3, and GigaChat-Lite).", "GigaChat-Lite"),
    # arXiv 2507.15641: a submission to a shared task
    ("In this paper, we present our submission to the MM-ArgFallacy2025 shared task, which aims to advance "
     "research in multimodal argument mining.", "MM-ArgFallacy2025"),
    # arXiv 2508.06968: an evaluation of other methods
    ("We present the first evaluation of fisheye-based 3D Gaussian Splatting methods, Fisheye-GS and 3DGUT, "
     "on real images with fields of view exceeding 180 degree.", "Fisheye-GS"),
])
def test_what_the_paper_presents_about_other_work_is_not_introduced(abstract, name):
    assert "introduces" not in surface_roles(abstract)[name]


@pytest.mark.issue(12)
def test_components_listed_with_including_after_we_introduce_stay_introduced():
    # arXiv 2508.05202
    roles = surface_roles("To this end, we introduce several carefully designed "
                          "components and training strategies, including multiscale "
                          "feature aggregation, token context condensation, and "
                          "multispectral visual pre-training, to achieve precise "
                          "pixel-level interpretation.",
                          "Pixel-level interpretation")
    assert "introduces" in roles["multiscale feature aggregation"]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "name"), [
    # arXiv 2508.09350 and 2507.22685: names another component found in the title before its colon
    ("Flow-SLM: Joint Learning of Linguistic and Acoustic Information for Spoken Language Modeling",
     "Flow-SLM"),
    ("Hydra-Bench: A Benchmark for Multi-Modal Leaf Wetness Sensing", "Hydra-Bench"),
])
def test_the_name_a_title_opens_with_is_introduced(title, name):
    assert "introduces" in surface_roles("", title)[name]


@pytest.mark.issue(12)
def test_the_parts_an_introduced_name_features_are_introduced():
    # arXiv 2508.03935: the paper's CAP-LLM is the sentence's subject, and "features" lists its parts
    roles = surface_roles(
        "CAP-LLM features a User Preference Encoder to capture long-term user interests, a "
        "Context Injection Adapter to seamlessly integrate these preferences and current article "
        "context into the LLM's generation process.",
        "CAP-LLM: Context-Augmented Personalized Large Language Models for News Headline "
        "Generation")
    assert "introduces" in roles["User Preference Encoder"]
    assert "introduces" in roles["Context Injection Adapter"]


@pytest.mark.issue(12)
def test_a_challenge_the_paper_takes_part_in_is_not_introduced():
    # arXiv 2509.06511
    title = "Predicting Brain Tumor Response to Therapy using a Hybrid Deep Learning and Radiomics Approach"
    roles = surface_roles("This paper presents an automated method for classifying the intervention "
                          "response from longitudinal MRI scans, developed to predict tumor response during "
                          "therapy as part of the BraTS 2025 challenge.",
                          title)
    assert "introduces" not in roles["BraTS 2025"]
