"""Whole released names: a version after a space, a mixture of experts' active size, tier words
after an unknown sized name (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds_and_labels


def test_a_version_after_a_space_is_the_released_variant():
    # arXiv 2606.24330, 2509.21927
    links = kinds_and_labels("it achieves a 13.89% absolute pose accuracy improvement on the highly "
                             "challenging SatAst dataset while operating 1.9x faster than the current SOTA "
                             "(RoMa v2), enabling real-time inference",
                             "")
    assert links["RoMa v2"][0] is Kind.MODEL
    assert "RoMa" not in links
    links = kinds_and_labels(
        "we propose a token-scaler-based fine-tuning mechanism with a novel "
        "optimization loss on top of Depth-Anything v2 to enhance its ability to predict "
        "accurate depth",
        "")
    assert links["Depth-Anything v2"] == (Kind.MODEL, "Depth Anything V2")  # the vocabulary's, spelled so


def test_a_dataset_version_after_a_space_is_its_own_dataset():
    # arXiv 2510.20256
    links = kinds_and_labels("CMC achieves performance on par with or superior to state-of-the-art methods "
                             "across four datasets, CH-SIMS, CH-SIMS v2, CMU-MOSI, and CMU-MOSEI",
                             "")
    assert links["CH-SIMS v2"][0] is Kind.DATASET
    assert links["CH-SIMS"][0] is Kind.DATASET


def test_active_parameters_belong_to_the_sized_name():
    # arXiv 2510.24699
    links = kinds_and_labels("our AgentFold-30B-A3B agent achieves 36.2% on BrowseComp and 47.3% on "
                             "BrowseComp-ZH. Notably, this performance not only surpasses or matches "
                             "open-source models of a dramatically larger scale, such as the "
                             "DeepSeek-V3.1-671B-A37B, but also surpasses leading proprietary agents",
                             "")
    assert links["AgentFold-30B-A3B"][0] is Kind.MODEL
    assert links["DeepSeek-V3.1-671B-A37B"][0] is Kind.MODEL
    assert "DeepSeek-V3.1" not in links


def test_tier_words_after_an_unknown_sized_name_are_its_own():
    # arXiv 2604.03044, 2510.17918
    links = kinds_and_labels("We release the checkpoints for both JoyAI-LLM-48B-A3B Base and its "
                             "post-trained variants on Hugging Face to support the open-source community.",
                             "")
    assert links["JoyAI-LLM-48B-A3B Base"][0] is Kind.MODEL
    links = kinds_and_labels("We continue pre-training an earlier checkpoint of JT-35B-Base with 1.5 "
                             "trillion of DWC tokens.",
                             "")
    assert links["JT-35B-Base"][0] is Kind.MODEL


def test_a_sized_instruct_release_is_a_model_not_data():
    # arXiv 2510.09051: the shape "...Instruct" is a data set's ("FaceInstruct"), a size before it a model's
    links = kinds_and_labels("As a result, Alif-1.0-8B-Instruct, built upon the pretrained Llama-3.1-8B, "
                             "demonstrates superior performance compared to Llama-3.1-8B-Instruct for Urdu "
                             "specific-tasks.",
                             "")
    assert links["Alif-1.0-8B-Instruct"][0] is Kind.MODEL


def test_a_release_written_in_lower_case_is_its_own_model():
    # arXiv 2510.08111, 2509.26436
    links = kinds_and_labels("Using 1,143 Instagram posts, we compare gpt-5-nano and gemini-2.5-flash-lite "
                             "under three prompting strategies",
                             "")
    assert links["gpt-5-nano"][0] is links["gemini-2.5-flash-lite"][0] is Kind.MODEL
    assert "gpt-5" not in links
    links = kinds_and_labels("Notably, 4-bit QuaRTZ achieves an FID of 6.98 on FLUX.1-schnell, outperforming "
                             "SVDQuant that requires auxiliary FP16 branches.",
                             "")
    assert links["FLUX.1-schnell"][0] is Kind.MODEL


def test_a_named_tier_after_a_model_is_its_own_model():
    # arXiv 2510.06135, 2607.02763 (dev-8)
    links = kinds_and_labels(
        "Combining these two strategies has led to the most powerful AI systems, such as "
        "Grok 4 Heavy and GPT-5 Pro.",
        "")
    assert links["Grok 4 Heavy"][0] is Kind.MODEL
    links = kinds_and_labels("We compare MMS-TTS, Qwen3-TTS, and OmniVoice variants", "")
    assert links["Qwen3-TTS"][0] is Kind.MODEL


def test_a_dataset_split_is_no_release():
    # arXiv 2608.09588: "BIRD-dev" is BIRD's development split
    links = kinds_and_labels(
        "exact match improves from 16.88 to 51.41 on MMQA, 2.50 to 9.17 on Spider2-Snow, "
        "and 12.52 to 38.01 on BIRD-dev.",
        "")
    assert "BIRD-dev" not in links
