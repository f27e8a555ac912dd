"""Released variants of known model families linked whole, and scores after a model's name kept out of
its name (real corpus sentences)."""

import pytest

from tests.ingest._helpers import entities, kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # 2603.23199, 2511.14187: nnU-Net's residual-encoder and Primus presets
    ("Across three medical image segmentation benchmarks (AMOS, ACDC, and KiTS) and three architectures "
     "(SwinUNETR, nnUNet ResEnc-L, and nnUNet Primus-M), FDIF consistently improves over a formula-driven "
     "method.", "nnUNet ResEnc-L", "nnU-Net ResEnc L"),
    ("Across three medical image segmentation benchmarks (AMOS, ACDC, and KiTS) and three architectures "
     "(SwinUNETR, nnUNet ResEnc-L, and nnUNet Primus-M), FDIF consistently improves over a formula-driven "
     "method.", "nnUNet Primus-M", "nnU-Net Primus-M"),
    ("On the validation set at epoch 50, our hierarchical semantic loss improves the Dice score of nnU-Net "
     "ResEnc M by 11.65%.", "nnU-Net ResEnc M", "nnU-Net ResEnc M"),
    # 2604.02721, 2603.22179: Gemini's Deep Think releases (a LaTeX tie between name and version)
    ("The most recent best result, Google's Gemini~3 Deep Think, attained 8th place even not being "
     "evaluated under live competition conditions.", "Gemini 3 Deep Think", "Gemini 3 Deep Think"),
    ("MARCUS achieves state-of-the-art performance surpassing frontier models (GPT-5 Thinking, Gemini 2.5 "
     "Pro Deep Think).", "Gemini 2.5 Pro Deep Think", "Gemini 2.5 Deep Think"),
    # 2506.22494: BLIP-2 with its OPT language model
    ("This paper introduces a new framework, DriveBLIP2, built upon the BLIP2-OPT architecture, to generate "
     "accurate and contextually relevant explanations.", "BLIP2-OPT", "BLIP-2 OPT"),
    # 2605.19156: Kimi's K2.5 named by its version alone after Kimi Code
    ("off-the-shelf agents (Claude Code using Opus 4.6, Codex using GPT-5.4, and Kimi Code using K2.5) "
     "carry out the full research loop themselves", "K2.5", "Kimi K2.5"),
    # 2511.10089, 2605.24792: Kandinsky and a version of it
    ("We further identify model-specific patterns, such as QWEN-Image's near-exclusive focus on East Asian "
     "outputs, Kandinsky's dominance of White individuals, and SDXL's comparatively broader but still "
     "biased distributions.", "Kandinsky", "Kandinsky"),
    ("Compared to FLUX, MSDM, and Kandinsky 2.2, our model demonstrates superior FBD and strong semantic "
     "alignment.", "Kandinsky 2.2", "Kandinsky 2.2"),
])
def test_released_variants_of_known_families(abstract, surface, label):
    assert kinds_and_labels(abstract).get(surface) == ("model", label)


@pytest.mark.issue(12)
def test_tiny_aya_is_its_own_release():
    found = kinds_and_labels("Tiny Aya redefines what a small multilingual language model can achieve.",
                             "Tiny Aya: Bridging Scale and Multilingual Depth")
    assert found["Tiny Aya"] == ("model", "Tiny Aya")


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "names", "not_names"), [
    # 2605.17364, 2601.14053, 2605.17554, 2606.16036, 2606.02332, 2506.21567: a score after a model's name
    ("Center outlets show the highest mean Perspective Divergence Score (PDS: Qwen 0.907, Mistral 0.729 on "
     "Kashmir subset).", {"Qwen", "Mistral"}, {"Qwen 0.907", "Mistral 0.729"}),
    ("democratization (open-source Llama 3 88.6% MMLU surpasses GPT-4 86.4%).", {"Llama 3", "GPT-4"},
     {"Llama 3 88.6", "GPT-4 86.4"}),
    ("Strict reproduction is uniformly low: Gemini 21.4%, o3 9.5%, Claude 9.5%.", {"Gemini", "Claude"},
     {"Gemini 21.4", "Claude 9.5"}),
    ("with ResNet50 attaining 98.61% accuracy, CNN 97.91%, and ViT 93.75%, while all achieved ROC-AUC "
     "scores of 0.99.", {"ViT"}, {"ViT 93.75"}),
    ("SISA reaches LAMBADA-greedy 17.3% (vs. Transformer 13.9 and Mamba-3 15.5).", {"Mamba-3"},
     {"Mamba-3 15.5"}),
    ("achieved a ROUGE-L score of 29.99, which is an improvement over GPT-4 1.0.", {"GPT-4"}, {"GPT-4 1.0"}),
])
def test_scores_after_a_model_are_no_version(abstract, names, not_names):
    surfaces = set().union(*(found for _, found in entities(abstract).values()))
    assert names <= surfaces
    assert not surfaces & not_names
