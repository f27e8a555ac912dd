"""Datasets named in apposition after a dataset noun, by a short form before one, in a counted list, in
a list with plain words after a separator, and alone after "on" in a scored clause (issue 12; real
arXiv sentences, each with its corpus id). Each case also holds what must not change."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds


def _found(abstract: str) -> dict[str, tuple[Kind, str, str]]:
    """surface -> (kind, entity label, role) of its mention."""
    extraction = extract(abstract)
    labels = {e.id: e.label for e in extraction.entities}
    return {m.surface: (m.kind, labels.get(m.entity_id, ""), m.role.value) for m in extraction.mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name, role", [
    # arXiv 2510.13326
    ("In addition to these simple yet effective key architectural changes, we introduce a new, large-scale "
     "Thermal Imaging Concealed Weapon dataset, TICW, featuring a diverse set of concealed weapons and capturing "
     "a wide range of scenarios.", "TICW", "introduces"),
    # arXiv 2510.00161
    ("Our experimental result on the multimodal procedural QA dataset, ProMQA-Assembly, shows that our approach "
     "can improve the performance of vision-language models, especially GPT-5 and MiMo-VL.",
     "ProMQA-Assembly", "evaluates_on"),
])
def test_a_name_in_apposition_after_a_dataset_noun_is_a_dataset(abstract, name, role):
    found = _found(abstract)
    assert found.get(name, (None,))[0] is Kind.DATASET
    assert found[name][2] == role


@pytest.mark.issue(12)
def test_a_name_in_a_list_after_a_dataset_noun_is_no_apposition():
    # arXiv 2509.19003: "dataset, PRM, and code" lists what is released; and arXiv 2510.13326 (above)
    found = kinds("Our dataset, PRM, and code will be available at https://github.com/baaivision/CoS. We "
                  "introduce a new, large-scale Thermal Imaging Concealed Weapon dataset, TICW, featuring a "
                  "diverse set of concealed weapons.")
    assert (found.get("PRM"), found.get("TICW")) == (None, Kind.DATASET)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, short, long_form", [
    # arXiv 2510.17052: the vocabulary's SGD (the optimiser) is not what the long form names
    ("Experimental results on the Schema-Guided Dialogue (SGD) dataset demonstrate that ToolCritic improves "
     "tool-calling accuracy by up to 13% over baselines, including zero-shot prompting and self-correction "
     "techniques.", "SGD", "Schema-Guided Dialogue"),
    # arXiv 2510.14388: a hyphenated long form
    ("Hi-Agent achieves a new State-Of-The-Art (SOTA) 87.9% task success rate on the Android-in-the-Wild (AitW) "
     "benchmark, significantly outperforming prior methods across three paradigms.", "AitW", "Android-in-the-Wild"),
    # arXiv 2510.13630: a long form ending in a task word, the data new
    ("A novel Visual-Audio Anomaly Recognition (VAAR) dataset, is also introduced, serving as a medium-scale "
     "benchmark containing 3,000 real-world videos with synchronized audio across ten diverse anomaly classes.",
     "VAAR", "Visual-Audio Anomaly Recognition"),
])
def test_a_short_form_before_a_dataset_noun_names_one_dataset(abstract, short, long_form):
    found = _found(abstract)
    assert found.get(short, (None,))[:2] == (Kind.DATASET, short)
    assert found.get(long_form, (None,))[:2] == (Kind.DATASET, short)


@pytest.mark.issue(12)
def test_a_short_form_before_a_dataset_noun_keeps_a_generic_task_and_a_method_head():
    # "a Visual Question Answering (VQA) dataset" is any one (the vocabulary's task); arXiv 2510.13220: a long
    # form whose head says technique keeps the vocabulary's dataset inside it; arXiv 2510.14388 (above)
    found = _found("We build a Visual Question Answering (VQA) dataset. To systematically measure and drive "
                   "progress on this challenge, we first introduce the Jericho Test-Time Learning (J-TTL) "
                   "benchmark. Hi-Agent achieves a new 87.9% task success rate on the Android-in-the-Wild (AitW) "
                   "benchmark.")
    assert found.get("VQA", (None, ""))[1] == "VQA"
    assert found.get("Jericho", (None,))[:2] == (Kind.DATASET, "Jericho")
    assert found.get("AitW", (None,))[0] is Kind.DATASET


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, expected", [
    # arXiv 2509.21967: a count of the data, a comma, the list
    ("Each model is modified with a contrast-aware regression head and trained end to end using targeted data "
     "augmentations on two benchmark datasets, CID2013 and CCID2014, containing synthetic and authentic contrast "
     "distortions.", {"CID2013": Kind.DATASET, "CCID2014": Kind.DATASET}),
    # arXiv 2510.00059: a colon, plain capitalised names in the list
    ("Comprehensive experimental results demonstrate that FSDENet achieves state-of-the-art (SOTA) performance "
     "on four widely adopted datasets: LoveDA, Vaihingen, Potsdam, and iSAID.",
     {"Vaihingen": Kind.DATASET, "Potsdam": Kind.DATASET}),
    # arXiv 2510.00647: "named"
    ("In light of the scarcity of high-quality annotated and preference-labeled datasets for alt-text, we "
     "constructed two large-scale, high-quality datasets named TAlt and PAlt, sourced from Twitter and "
     "Pinterest.", {"TAlt": Kind.DATASET, "PAlt": Kind.DATASET}),
])
def test_a_counted_or_named_list_after_a_plural_dataset_noun(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, datasets, not_datasets", [
    # arXiv 2510.21618: a plain word after a comma is another item, not the end of a longer name
    ("Extensive experiments on eight benchmarks, including general tool-use tasks (ToolBench, API-Bank, TMDB, "
     "Spotify, ToolHop) and downstream applications (ALFWorld, WebShop, GAIA, HLE), demonstrate that DeepAgent "
     "consistently outperforms baselines.", ("Spotify", "ToolHop"), ()),
    # arXiv 2510.04282, and 2510.13326: a list typed by a generic dataset (an imaging modality) names none
    ("Experiments on the Nordland, Oxford, and NuScenes datasets show that Adapt-STformer boosts recall by up to "
     "17%. Various imaging modalities like Millimeter Wave, Microwave, Terahertz, Infrared, etc., are exploited "
     "for the concealed weapon detection.", ("Nordland", "Oxford"), ("Microwave", "Terahertz", "Infrared")),
    # arXiv 2510.06243: a task word in a list is a task
    ("Referring Expression Comprehension and Segmentation are critical tasks for assessing the integration of "
     "language understanding and image comprehension, serving as benchmarks for Multimodal Large Language "
     "Models (MLLMs) capabilities. We evaluate on the Nordland, Oxford, and NuScenes datasets.",
     ("Nordland",), ("Segmentation",)),
])
def test_plain_words_in_a_list_of_named_datasets(abstract, datasets, not_datasets):
    found = kinds(abstract)
    assert {name: found.get(name) for name in datasets} == dict.fromkeys(datasets, Kind.DATASET)
    assert not {name for name in not_datasets if found.get(name) is Kind.DATASET}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name", [
    # arXiv 2510.17363
    ("Comprehensive evaluations show that M2H outperforms state-of-the-art multi-task models on NYUDv2, surpasses "
     "single-task depth and semantic baselines on Hypersim, and achieves superior performance on the Cityscapes "
     "dataset, all while maintaining computational efficiency on laptop hardware.", "NYUDv2"),
    # arXiv 2510.08593: a score without a per cent sign
    ("The model achieves state-of-the-art macro F1-scores of 0.81 on DAIC-WOZ and 0.82 on MODMA, outperforming "
     "prior methods across both evaluation scenarios.", "MODMA"),
    # arXiv 2510.06587: the subject follows the name
    ("Evaluated on WebChoreArena, WebDART lifts success rates by up to 13.7 percentage points over previous SOTA "
     "agents.", "WebChoreArena"),
])
def test_one_name_after_on_in_a_scored_clause_is_a_dataset(abstract, name):
    assert kinds(abstract).get(name) is Kind.DATASET


@pytest.mark.issue(12)
def test_a_speed_up_a_numbered_step_or_a_machine_after_on_is_no_dataset():
    # arXiv 2510.17171, 2510.24152, 2510.25979; with arXiv 2510.08593 (above)
    found = kinds(
        "Extensive experiments on ImageNet class-conditional and text-to-image generation demonstrate "
        "3.72x speedup on MAR-H while maintaining comparable quality. Implemented on Qwen2.5-VL-72B, "
        "our approach achieves 70.87% average accuracy on Phase-1 (clean data) and 72.85% on Phase-2 "
        "(corrupted data). AttnCache achieves 2x attention speedup on CPU, and 3x attention speedup "
        "on GPU. The model achieves macro F1-scores of 0.81 on DAIC-WOZ and 0.82 on MODMA.")
    assert {found.get(name) for name in ("MAR-H", "Phase-1", "Phase-2", "CPU", "GPU")} <= {None, Kind.MODEL}
    assert found.get("MODMA") is Kind.DATASET
