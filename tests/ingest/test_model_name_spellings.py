"""Model names as people write them: lower-case model ids, versions closed up, modality releases and
Claude's tiers without the family's name (``paperkg_vocab``, ``paperkg_variants``; sentences quoted from
corpus abstracts)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds_and_labels

M = Kind.MODEL


@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # lower case model ids are linked:
    # arXiv 2510.14232: a lower-case id of a vocabulary model
    pytest.param("GenCluster can achieve a gold medal at IOI 2025 for the first time with an open-weight "
                 "model gpt-oss-120b, setting a new benchmark for transparent and reproducible evaluation "
                 "of reasoning in LLMs.", "gpt-oss-120b", "gpt-oss-120B", id="gpt-oss-120b"),
    # arXiv 2606.19111
    pytest.param("gains appear only on the one combination where the round-0 majority is unreliable "
                 "(llama-4-scout social; situational +8pp over flat).", "llama-4-scout", "Llama 4 Scout",
                 id="llama-4-scout"),
    # arXiv 2604.23366: a new version of an exact-case family, written as an id
    pytest.param("under four independently-trained LLM judges (gpt-5.4, claude-sonnet-4-6, claude-opus-4-7, "
                 "gemini-2.5-pro).", "gpt-5.4", "gpt-5.4", id="gpt-5.4"),
    # arXiv 2604.23824: a size in lower case
    pytest.param("On BLI, random forests outperform Mistral-123b while being more resource-lean.",
                 "Mistral-123b", "Mistral-123b", id="Mistral-123b"),
    # versions of known families:
    # arXiv 2603.08436: a known family with a version the vocabulary does not know, closed up
    pytest.param("Leveraging Molmo2's object tracking ability, we elicit SGCoT reasoning by fine-tuning on "
                 "synthesized text-only data.", "Molmo2", "Molmo2", id="Molmo2"),
    # arXiv 2504.15415: with its tier
    pytest.param("closed-source (e.g., GPT-4o, Gemini2-Flash and Gemini2-Pro) MLLMs demonstrate that "
                 "current models substantially underperform", "Gemini2-Pro", "Gemini2-Pro", id="Gemini2-Pro"),
    # arXiv 2510.13827: numbers split otherwise are another variant than the one they fold alike with
    pytest.param("fine-tuning the LLaMA-3-3B model with GRPO improved the execution accuracy up to 87.4 "
                 "percent", "LLaMA-3-3B", "LLaMA-3-3B", id="LLaMA-3-3B"),
    # claude tiers without the family name:
    # arXiv 2606.16295
    pytest.param("improves macro accuracy by +2.9% for Codex (GPT-5.5) and +3.2% for Claude Code (Sonnet "
                 "4.6) over no-evolution baselines", "Sonnet 4.6", "Claude Sonnet 4.6", id="Sonnet 4.6"),
    # arXiv 2604.21255
    pytest.param("Kimi-K2 (thinking) reaches 82.6% node accuracy, exceeding Anthropic's own Opus 4.1.",
                 "Opus 4.1", "Claude Opus 4.1", id="Opus 4.1"),
    # arXiv 2503.18129: the vocabulary's release when it knows it
    pytest.param("We assess seven leading commercial LLMs (Sonnet 3.5 and 3.7, Haiku 3.5, Gemini 2.0, GPT-4o",
                 "Haiku 3.5", "Claude 3.5 Haiku", id="Haiku 3.5"),
    # arXiv 2510.01141: written with the family's name, the tier's hyphen is the vocabulary's release
    pytest.param("its performance is on average within five points of Gemini-2.5-Flash and Claude Sonnet-3.7",
                 "Claude Sonnet-3.7", "Claude 3.7 Sonnet", id="Claude Sonnet-3.7"),
])
def test_model_names_as_people_write_them(abstract: str, surface: str, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (M, label)


def test_a_lower_case_model_id_is_linked() -> None:
    links = kinds_and_labels("We run step-2 of the pipeline and compare with deepseek-r1.")
    assert links.get("deepseek-r1") == (M, "DeepSeek-R1")


def test_a_word_and_a_number_is_no_model_id() -> None:
    # arXiv 2604.15376: "step-2" is a step of a procedure, not the model Step-2 (Step-2 has no family
    # whose name a lower-case id starts with)
    links = kinds_and_labels("zoom consistency, the distance between a model's step-2 prediction and the "
                             "crop center.")
    assert "step-2" not in links


def test_modality_releases_joined_to_a_model_name() -> None:
    # arXiv 2510.04188
    links = kinds_and_labels("including 5.55 times speedup on FLUX, 5.56 times speedup on HunyuanVideo, 6.24 "
                             "times speedup on Qwen-Image and Qwen-Image-Edit without retraining.")
    assert links.get("Qwen-Image") == (M, "Qwen-Image")
    assert links.get("Qwen-Image-Edit") == (M, "Qwen-Image-Edit")

