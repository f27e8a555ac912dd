"""Sized names whose size follows a space or a colon (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds_and_labels


def test_a_size_after_a_space_makes_a_hyphenated_name_a_model():
    # arXiv 2608.02876
    links = kinds_and_labels(
        "Across general 4B, specialized FINER-SQL 4B, and 7B backbones, BAP-SQL improves "
        "tight-budget success",
        "")
    assert links["FINER-SQL 4B"] == (Kind.MODEL, "FINER-SQL 4B")
    assert "general 4B" not in links


def test_a_size_after_a_space_needs_a_name_not_a_participle():
    # arXiv 2505.23885
    links = kinds_and_labels("More notably, our OWL-trained 32B model achieves 52.73% accuracy (+16.37%)", "")
    assert not any("32B" in surface for surface in links)


def test_a_size_after_a_colon_is_the_served_model():
    # arXiv 2507.11198, 2506.00060
    links = kinds_and_labels(
        "Single agents matched or outperformed MAS consensus in most conditions. Only one "
        "model (OpenHermesV2:7B) and code category showed above-chance gains",
        "")
    assert links["OpenHermesV2:7B"][0] is Kind.MODEL
    links = kinds_and_labels(
        "Google's Gemma2 model achieved the highest average F1 score of 0.98, followed by "
        "Qwen2.5:32B and DeepseekR1-32B with F1 scores of 0.96 and 0.95",
        "")
    assert links["Qwen2.5:32B"] == (Kind.MODEL, "Qwen2.5-32B")  # the vocabulary's, not a discovered twin


def test_a_distilled_release_is_a_variant_not_the_technique():
    # arXiv 2505.22312
    links = kinds_and_labels("Building on the DeepSeek-R1-Distill model series, our RL approach achieves "
                             "notable performance",
                             "")
    assert links["DeepSeek-R1-Distill"][0] is Kind.MODEL
    assert all(kind is not Kind.TECHNIQUE or "Distill" not in surface for surface, (kind, _) in links.items())


def test_an_r_version_after_a_space_carries_the_tier_word():
    # arXiv 2511.22891
    links = kinds_and_labels(
        "reduce training costs by 7-9x relative to the DeepSeek R1 Distilled model, while "
        "maintaining 90-98% of its accuracy",
        "")
    assert links["DeepSeek R1 Distilled"][0] is Kind.MODEL
    assert "Distilled" not in links


def test_a_network_tail_after_a_dataset_name_makes_a_model():
    # arXiv 2511.09045 (title)
    links = kinds_and_labels(
        "USF-Net: A Unified Spatiotemporal Fusion Network for Ground-Based Remote Sensing "
        "Cloud Image Sequence Extrapolation",
        "")
    assert links["USF-Net"][0] is Kind.MODEL
