"""Released names written whole: a tier's patch size, a family before its member, a backbone tier after
a model, a release after a versioned model, words before a size, a version after a name of several
words (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds_and_labels


def test_a_tiers_patch_size_is_part_of_the_name():
    # arXiv 2505.21114, 2605.00825
    links = kinds_and_labels(
        "Meanwhile, DDPM model, DiT-XL/2, reaches a FID score of\n2.33 with only 10 steps.",
        "")
    assert links["DiT-XL/2"][0] is Kind.MODEL
    assert "DiT-XL" not in links
    links = kinds_and_labels(
        "Finally, we show that PAFM improves over FM by up to 3.4 FID50K across different "
        "model scales (SiT-B/2 and SiT-XL/2), different architectures (SiT and MMDiT)",
        "")
    assert links["SiT-B/2"][0] is Kind.MODEL
    assert links["SiT-XL/2"][0] is Kind.MODEL
    # arXiv 2505.17045, 2512.24176: a slash after a version, or a patch size before "+", as before
    links = kinds_and_labels(
        "This research investigates the ethical implications\nof these biases intersecting "
        "with outputs of widely-used GPT-3.5/4/4o LLMS.",
        "")
    assert links["GPT-3.5"][0] is Kind.MODEL
    links = kinds_and_labels("On ImageNet 256x256, SiT-XL/2+IG achieves FID=5.31 and FID=1.75 at 80 and 800 "
                             "epochs.",
                             "")
    assert links["SiT-XL"][0] is Kind.MODEL


def test_a_family_before_its_member_is_the_member():
    # arXiv 2506.04220, 2506.08768
    links = kinds_and_labels(
        "Using\nStruct2D, we conduct an in-depth zero-shot analysis of closed-source LMMs\n"
        "(e.g., GPT-o3) and find that they exhibit surprisingly strong spatial reasoning",
        "")
    assert links["GPT-o3"] == (Kind.MODEL, "OpenAI o3")
    assert "GPT" not in links
    links = kinds_and_labels(
        "Second, reasoning-focused DeepSeek architectures\noutperform a strong GPT o4-mini "
        "baseline by an average of 12 F1 points",
        "")
    assert links["GPT o4-mini"] == (Kind.MODEL, "o4-mini")
    assert "GPT" not in links


def test_a_model_before_a_backbone_tier_is_its_released_variant():
    # arXiv 2605.07345, 2603.18343
    links = kinds_and_labels(
        "In CLIP ViT-B/32, mean-pooling reduces the length effect relative to EOS-pooling",
        "")
    assert links["CLIP ViT-B/32"][0] is Kind.MODEL
    assert "CLIP" not in links and "ViT-B/32" not in links
    links = kinds_and_labels(
        "Our framework combines two complementary backbones, EndoFM-LV for local temporal "
        "context and DINOv3 ViT-L/16 for strong frame-level visual semantics",
        "")
    assert links["DINOv3 ViT-L/16"][0] is Kind.MODEL
    assert "ViT-L/16" not in links


def test_a_sized_word_after_a_versioned_model_is_its_release():
    # arXiv 2510.07092, 2604.00008
    links = kinds_and_labels(
        "For the sampling track, we adapt the\nvideo generation foundation model Wan-2.2 "
        "TI2V-5B to video-state-conditioned\nfuture frame prediction",
        "")
    assert links["Wan-2.2 TI2V-5B"][0] is Kind.MODEL
    assert "TI2V-5B" not in links and "Wan-2.2" not in links
    links = kinds_and_labels(
        "we generated one-sentence interpretive responses using five widely adopted "
        "inference models: Command R+ (Cohere), Gemini 2.5 Pro (Google), GPT-5.1 (OpenAI), "
        "Llama 4 Scout-17B Instruct (Meta), and Qwen 3-32B Dense (Alibaba).",
        "")
    assert links["Llama 4 Scout-17B Instruct"][0] is Kind.MODEL
    assert "Scout-17B" not in links


def test_words_before_a_size_are_the_releases_own():
    # arXiv 2602.04442, 2603.03975
    links = kinds_and_labels(
        "Fine-tuning nllb-200-distilled-600M with LoRA on synthetic data achieved chrF++ "
        "49.71 for Kazakh and 46.94 for Bashkir.",
        "")
    assert links["nllb-200-distilled-600M"][0] is Kind.MODEL
    assert "nllb-200" not in links
    links = kinds_and_labels(
        "We present Phi-4-reasoning-vision-15B, a compact open-weight multimodal reasoning "
        "model",
        "")
    assert links["Phi-4-reasoning-vision-15B"][0] is Kind.MODEL
    assert "Phi-4" not in links


def test_a_version_after_a_name_of_several_words_is_its_variant():
    # arXiv 2508.01752, 2505.23012
    links = kinds_and_labels(
        "SAMURAI, an\nupgraded Segment Anything Model 2.1, generated pixel-precise cow masks "
        "for\ninstance segmentation utilizing zero-shot learning",
        "")
    assert links["Segment Anything Model 2.1"][0] is Kind.MODEL
    assert "Segment Anything Model" not in links
    links = kinds_and_labels(
        "Experimental\nevaluations on the NTU RGB+D 60, NTU RGB+D 120, and PKUMMD datasets in "
        "various\ndownstream tasks",
        "")
    assert links["NTU RGB+D 60"][0] is Kind.DATASET
    assert links["NTU RGB+D 120"][0] is Kind.DATASET


def test_a_makers_word_before_a_versioned_name_is_left_out():
    # arXiv 2605.09611
    links = kinds_and_labels(
        "we conducted a cross-vendor 5-judge calibrated panel evaluation across four "
        "production APIs (Google Gemini 2.5 Flash, Anthropic Claude Sonnet 4.6, Meta Llama "
        "3.3 70B, and OpenAI GPT-5.1).",
        "")
    assert links["Claude Sonnet 4.6"][0] is Kind.MODEL
    assert "Anthropic Claude" not in links and "Anthropic Claude Sonnet 4.6" not in links
