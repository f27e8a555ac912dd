"""Released variants, subsets and yearly editions of known names (real arXiv titles and sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Paper
from tests.ingest._helpers import entities


def test_more_years_after_a_dataset_name_are_its_editions():
    # arXiv 2508.19242
    links = entities(
        "On standard benchmarks (DAVIS17, YouTube-VOS 2018 & 2019, MOSE, YouTube-VIS 2019 & 2021, and "
        "OVIS) AUSM outperforms prior universal streaming video segmentation methods.",
        "Autoregressive Universal Video Segmentation Model")
    assert links["dataset/youtube-vos-2018"][1] == {"YouTube-VOS 2018"}
    assert links["dataset/youtube-vos-2019"] == (Kind.DATASET, {"2019"})
    assert links["dataset/youtube-vis-2021"] == (Kind.DATASET, {"2021"})


def test_yearly_editions_are_distinct_entities_in_one_family(shipped):
    # arXiv 2505.08311
    extraction = shipped.extract(Paper(id="t", title="AM-Thinking-v1", abstract=(
        "AM-Thinking-v1 achieves impressive scores of 85.3 on AIME 2024, 74.4 on AIME 2025, and 70.3 on "
        "LiveCodeBench, showcasing state-of-the-art mathematical and coding capabilities.")))
    entities = {e.id: e for e in extraction.entities}
    assert entities["dataset/aime-2024"].broader == entities["dataset/aime-2025"].broader == "dataset/aime"
    assert entities["dataset/aime"].kind is Kind.DATASET  # a family is of its entity's kind


def test_a_plain_word_that_folds_to_a_dataset_name_is_no_base_of_a_variant():
    # arXiv 2604.12917 ("Multiple" folds to MultiPL-E; "Medium" is a tier word) and 2509.06011
    links = entities("", "M3D-Stereo: A Multiple-Medium and Multiple-Degradation Dataset for Stereo Image "
                         "Restoration")
    assert not any("multiple" in eid for eid in links)
    links = entities("To address this limitation, we first propose a refined UAV-Label engine.",
                     "Cross-Modal Enhancement and Benchmark for UAV-based Open-Vocabulary Object Detection")
    assert "dataset/uav-label" not in links


def test_a_named_subset_of_a_known_dataset_and_a_tier_of_a_known_model():
    # arXiv 2511.03693 and 2605.25022
    links = entities(
        "Extensive evaluation on the CRC-HGD dataset demonstrates that our framework achieves an "
        "overall accuracy of 83.5%.",
        "Colorectal Cancer Histopathological Grading using Multi-Scale Federated Learning")
    assert links["dataset/crc-hgd"][0] is Kind.DATASET
    links = entities("our method achieves 24.99% and 35.49% mIoU on ADE20K and COCO-Stuff with "
                     "Mask2Former (Swin-S), outperforming random selection.",
                     "D3S2")
    assert links["model/swin-s"][0] is Kind.MODEL


def test_an_audio_tier_of_a_known_model_is_its_variant():
    # arXiv 2603.15981
    links = entities(
        "our approach improves paralinguistics understanding over both supervised baselines and strong "
        "proprietary models (Gemini-2.5-Pro, GPT-4o-audio) by 8-12% on Expresso, IEMOCAP, and RAVDESS.",
        "Aligning Paralinguistic Understanding and Generation in Speech LLMs")
    assert links["model/gpt-4o-audio"] == (Kind.MODEL, {"GPT-4o-audio"})
    assert "model/gpt-4o" not in links
    assert links["dataset/expresso"][0] is Kind.DATASET


@pytest.mark.parametrize("title, abstract, generic", [
    # arXiv 2605.11605 and 2601.08835: classes of models, written like names
    ("Keep What Audio Cannot Say: Context-Preserving Token Pruning for Omni-LLMs",
     "Existing Omni-LLM pruning methods typically reduce this cost by selecting tokens.", "Omni-LLM"),
    ("DeliberationBench: When Do More Voices Hurt? A Controlled Study of Multi-LLM Deliberation Protocols",
     "Our findings challenge assumptions that complexity enhances quality in multi-LLM systems.", "Multi-LLM"),
])
def test_a_class_of_llms_written_like_a_name_is_no_model(title, abstract, generic):
    links = entities(abstract, title)
    assert not any(generic in surfaces for _, surfaces in links.values())


def test_a_size_in_thousands_written_lower_case_is_a_variant_tail():
    # arXiv 2503.18817: "ImageNet-1k" (the vocabulary knows only "ImageNet-1K", an alias of ImageNet)
    links = entities(
        "Utilizing ImageNet-1k OoD benchmark datasets, we show that our method, combined with post-hoc "
        "OoDD approaches leveraging pretrained knowledge (e.g., NegLabel), significantly outperforms "
        "existing methods.",
        "Enhanced OoD Detection through Cross-Modal Alignment of Multi-Modal Representations")
    assert links["dataset/imagenet-1k"] == (Kind.DATASET, {"ImageNet-1k"})


def test_a_variant_spelled_with_other_separators_is_the_vocabulary_entity():
    # arXiv 2503.20309: not a discovered "Qwen2VL-7B" beside the vocabulary's Qwen2-VL-7B
    links = entities(
        "Experiments conducted on Qwen2VL-7B demonstrate IPA's effectiveness across multiple benchmarks.",
        "Self-evolution")
    assert links["model/qwen2-vl-7b"] == (Kind.MODEL, {"Qwen2VL-7B"})


def test_a_size_in_thousands_on_a_model_name_makes_no_model_variant():
    # arXiv 2504.07080: "GSM" is also a model's name in the vocabulary
    links = entities("On novel grade school math problems (GSM-8k), we find that LMs "
                     "are fairly robust to increasing problem complexity.",
                     "Robustness of LMs")
    assert not any(kind is Kind.MODEL and "GSM-8k" in surfaces for kind, surfaces in links.values())


def test_more_two_digit_editions_after_a_dataset_name_are_its_editions():
    # arXiv 2510.07486 and 2508.16998
    links = entities("matching or surpassing their accuracy on various TTS benchmarks "
                     "(AIME-24/25, GPQA-Diamond, MATH-500).",
                     "Test-time scaling")
    assert links["dataset/aime-2024"][1] == {"AIME-24"}
    assert links["dataset/aime-2025"] == (Kind.DATASET, {"25"})
    links = entities("Evaluated on TREC-DL19/20, eight BEIR datasets, and NovelEval-2306, "
                     "our reranker is competitive.",
                     "Reranking")
    assert links["dataset/trec-dl20"][0] is Kind.DATASET
