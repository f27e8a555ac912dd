"""Data names: one built on a vocabulary name with a hyphen part ("PubMed-Dialog", "Landsat-SCD") keeps its
whole name before or in apposition to a data head noun; a describing hyphen part ("ImageNet-like") or a word
between the name and its head ("the first LiDAR-Camera multimodal benchmark") keeps the vocabulary name. A
benchmark's name ("...Bench") the text calls a framework is an evaluation framework: a dataset."""

from __future__ import annotations

from tests.ingest._helpers import kinds_and_labels


def test_a_hyphen_part_after_a_vocabulary_name_before_a_data_noun_names_the_data() -> None:
    # 2504.07754 (the vocabulary matched only "PubMed")
    found = kinds_and_labels("The experimental results on the Wizard of Wikipedia and a newly constructed "
                             "PubMed-Dialog dataset demonstrate that KEDiT excels in generating contextually "
                             "relevant and informative responses.")
    assert found["PubMed-Dialog"] == ("dataset", "PubMed-Dialog")
    # 2507.10938 (was the generic "Landsat")
    found = kinds_and_labels("Experimental results on the SECOND and Landsat-SCD datasets demonstrate that "
                             "our method achieves state-of-the-art performance.")
    assert found["Landsat-SCD"] == ("dataset", "Landsat-SCD")
    assert "Landsat" not in found
    # 2507.07394: a short lower-case tag
    found = kinds_and_labels("To evaluate the effectiveness of our approach, we introduce the "
                             "DeformingThings4D-skl dataset, a quadruped dataset with skeletal bindings.")
    assert found["DeformingThings4D-skl"] == ("dataset", "DeformingThings4D-skl")


def test_an_apposition_names_the_data_built_on_a_vocabulary_name() -> None:
    # 2510.18488
    found = kinds_and_labels("To address this critical oversight, we enhanced AndroidControl into "
                             "AndroidControl-Curated, a refined version of the benchmark improved through a "
                             "rigorous purification pipeline.")
    assert found["AndroidControl-Curated"] == ("dataset", "AndroidControl-Curated")


def test_a_describing_hyphen_part_or_a_word_before_the_head_keeps_the_vocabulary_name() -> None:
    # 2603.14189: "LiDAR-Camera" says what the benchmark records, a word stands before the head
    found = kinds_and_labels("To address this gap, we present LRGait, the first LiDAR-Camera multimodal "
                             "benchmark designed for robust long-range gait recognition.")
    assert "LiDAR-Camera" not in found
    # 2504.14287: "-on" is the next word joined by a hyphen
    found = kinds_and_labels("By fine-tuning three LLMs-Phi-2, Mistral, and Llama-3-on this dataset, we "
                             "evaluate their capacity to adopt and express these nuanced ideologies.")
    assert "Llama-3-on" not in found
    # 2509.18353: a describing part
    found = kinds_and_labels("We pretrain on an ImageNet-like dataset of natural images.")
    assert "ImageNet-like" not in found


def test_a_bench_name_called_a_framework_is_a_dataset() -> None:
    # 2505.13098 (open dev gold: a dataset)
    found = kinds_and_labels("Is this possible to determine without checking many answers manually? The "
                             "LLM-KG-Bench framework in Version 3.0 is designed to answer these questions.")
    assert found["LLM-KG-Bench"][0] == "dataset"
    # 2510.20270
    found = kinds_and_labels("To quantify, study, and mitigate such behavior, we introduce ImpossibleBench, "
                             "a benchmark framework that systematically measures LLM agents' propensity to "
                             "exploit test cases.")
    assert found["ImpossibleBench"][0] == "dataset"
    # 2512.21849
    found = kinds_and_labels("To address these limitations, we present HeartBench, a framework designed to "
                             "evaluate the integrated emotional, cultural, and ethical dimensions of Chinese "
                             "LLMs.")
    assert found["HeartBench"][0] == "dataset"


def test_a_name_called_a_framework_without_a_bench_ending_stays_a_technique() -> None:
    found = kinds_and_labels("To address these limitations, we present HeartScope, a framework designed to "
                             "evaluate the integrated emotional, cultural, and ethical dimensions of Chinese "
                             "LLMs.")
    assert found["HeartScope"][0] == "technique"
