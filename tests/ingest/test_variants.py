"""Released variants, sizes, tiers, subsets and yearly editions of known names (``paperkg_variants``; real
arXiv titles and sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Paper
from tests.ingest._helpers import TITLE, entities, kinds_and_labels

M, D = Kind.MODEL, Kind.DATASET


def _released(abstract: str, whole: dict[str, Kind], parts: set[str]) -> None:
    """Each name of ``whole`` linked with its kind in ``abstract`` (an empty title), none of ``parts``
    linked alone."""
    links = kinds_and_labels(abstract, "")
    assert {surface: links[surface][0] for surface in whole} == whole
    assert not parts & links.keys(), parts & links.keys()


# Released variants, subsets and yearly editions of known names (real arXiv titles and sentences).


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
     "Our findings challenge assumptions that complexity enhances quality in multi-LLM systems.",
     "Multi-LLM"),
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


# Whole released names: a version after a space, a mixture of experts' active size, tier words
# after an unknown sized name (real arXiv sentences).


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


@pytest.mark.parametrize(("abstract", "whole", "parts"), [
    # tier words after an unknown sized name are its own:
    pytest.param("We release the checkpoints for both JoyAI-LLM-48B-A3B Base and its "
                 "post-trained variants on Hugging Face to support the open-source community.",
                 {"JoyAI-LLM-48B-A3B Base": M}, set(), id="2604.03044"),
    pytest.param("We continue pre-training an earlier checkpoint of JT-35B-Base with 1.5 "
                 "trillion of DWC tokens.", {"JT-35B-Base": M}, set(), id="2510.17918"),
    # a release written in lower case is its own model:
    pytest.param("Using 1,143 Instagram posts, we compare gpt-5-nano and gemini-2.5-flash-lite "
                 "under three prompting strategies",
                 {"gpt-5-nano": M, "gemini-2.5-flash-lite": M}, {"gpt-5"}, id="2510.08111"),
    pytest.param("Notably, 4-bit QuaRTZ achieves an FID of 6.98 on FLUX.1-schnell, outperforming "
                 "SVDQuant that requires auxiliary FP16 branches.",
                 {"FLUX.1-schnell": M}, set(), id="2509.26436"),
    # a named tier after a model is its own model:
    pytest.param("Combining these two strategies has led to the most powerful AI systems, such as "
                 "Grok 4 Heavy and GPT-5 Pro.", {"Grok 4 Heavy": M}, set(), id="2510.06135"),
    pytest.param("We compare MMS-TTS, Qwen3-TTS, and OmniVoice variants", {"Qwen3-TTS": M}, set(),
                 id="2607.02763-dev-8"),
    # a tiers patch size is part of the name:
    pytest.param("Meanwhile, DDPM model, DiT-XL/2, reaches a FID score of\n2.33 with only 10 steps.",
                 {"DiT-XL/2": M}, {"DiT-XL"}, id="2505.21114"),
    pytest.param("Finally, we show that PAFM improves over FM by up to 3.4 FID50K across different "
                 "model scales (SiT-B/2 and SiT-XL/2), different architectures (SiT and MMDiT)",
                 {"SiT-B/2": M, "SiT-XL/2": M}, set(), id="2605.00825"),
    # a slash after a version, or a patch size before "+", as before
    pytest.param("This research investigates the ethical implications\nof these biases intersecting "
                 "with outputs of widely-used GPT-3.5/4/4o LLMS.", {"GPT-3.5": M}, set(), id="2505.17045"),
    pytest.param("On ImageNet 256x256, SiT-XL/2+IG achieves FID=5.31 and FID=1.75 at 80 and 800 epochs.",
                 {"SiT-XL": M}, set(), id="2512.24176"),
    # a model before a backbone tier is its released variant:
    pytest.param("In CLIP ViT-B/32, mean-pooling reduces the length effect relative to EOS-pooling",
                 {"CLIP ViT-B/32": M}, {"CLIP", "ViT-B/32"}, id="2605.07345"),
    pytest.param("Our framework combines two complementary backbones, EndoFM-LV for local temporal "
                 "context and DINOv3 ViT-L/16 for strong frame-level visual semantics",
                 {"DINOv3 ViT-L/16": M}, {"ViT-L/16"}, id="2603.18343"),
    # a sized word after a versioned model is its release:
    pytest.param("For the sampling track, we adapt the\nvideo generation foundation model Wan-2.2 "
                 "TI2V-5B to video-state-conditioned\nfuture frame prediction",
                 {"Wan-2.2 TI2V-5B": M}, {"TI2V-5B", "Wan-2.2"}, id="2510.07092"),
    pytest.param("we generated one-sentence interpretive responses using five widely adopted "
                 "inference models: Command R+ (Cohere), Gemini 2.5 Pro (Google), GPT-5.1 (OpenAI), "
                 "Llama 4 Scout-17B Instruct (Meta), and Qwen 3-32B Dense (Alibaba).",
                 {"Llama 4 Scout-17B Instruct": M}, {"Scout-17B"}, id="2604.00008"),
    # words before a size are the releases own:
    pytest.param("Fine-tuning nllb-200-distilled-600M with LoRA on synthetic data achieved chrF++ "
                 "49.71 for Kazakh and 46.94 for Bashkir.",
                 {"nllb-200-distilled-600M": M}, {"nllb-200"}, id="2602.04442"),
    pytest.param("We present Phi-4-reasoning-vision-15B, a compact open-weight multimodal reasoning model",
                 {"Phi-4-reasoning-vision-15B": M}, {"Phi-4"}, id="2603.03975"),
    # a version after a name of several words is its variant:
    pytest.param("SAMURAI, an\nupgraded Segment Anything Model 2.1, generated pixel-precise cow masks "
                 "for\ninstance segmentation utilizing zero-shot learning",
                 {"Segment Anything Model 2.1": M}, {"Segment Anything Model"}, id="2508.01752"),
    pytest.param("Experimental\nevaluations on the NTU RGB+D 60, NTU RGB+D 120, and PKUMMD datasets in "
                 "various\ndownstream tasks",
                 {"NTU RGB+D 60": D, "NTU RGB+D 120": D}, set(), id="2505.23012"),
])
def test_variants_release_is_its_own_name(abstract, whole, parts):
    _released(abstract, whole, parts)


def test_a_sized_instruct_release_is_a_model_not_data():
    # arXiv 2510.09051: the shape "...Instruct" is a data set's ("FaceInstruct"), a size before it a model's
    links = kinds_and_labels("As a result, Alif-1.0-8B-Instruct, built upon the pretrained Llama-3.1-8B, "
                             "demonstrates superior performance compared to Llama-3.1-8B-Instruct for Urdu "
                             "specific-tasks.",
                             "")
    assert links["Alif-1.0-8B-Instruct"][0] is Kind.MODEL


def test_a_dataset_split_is_no_release():
    # arXiv 2608.09588: "BIRD-dev" is BIRD's development split
    links = kinds_and_labels(
        "exact match improves from 16.88 to 51.41 on MMQA, 2.50 to 9.17 on Spider2-Snow, "
        "and 12.52 to 38.01 on BIRD-dev.",
        "")
    assert "BIRD-dev" not in links


# Sized names whose size follows a space or a colon (real arXiv sentences).


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


# Released names written whole: a tier's patch size, a family before its member, a backbone tier after
# a model, a release after a versioned model, words before a size, a version after a name of several
# words (real arXiv sentences).


@pytest.mark.parametrize(("abstract", "member", "label"), [
    pytest.param("Using\nStruct2D, we conduct an in-depth zero-shot analysis of closed-source LMMs\n"
                 "(e.g., GPT-o3) and find that they exhibit surprisingly strong spatial reasoning",
                 "GPT-o3", "OpenAI o3", id="2506.04220"),
    pytest.param("Second, reasoning-focused DeepSeek architectures\noutperform a strong GPT o4-mini "
                 "baseline by an average of 12 F1 points", "GPT o4-mini", "o4-mini", id="2506.08768"),
])
def test_a_family_before_its_member_is_the_member(abstract, member, label):
    links = kinds_and_labels(abstract, "")
    assert links[member] == (Kind.MODEL, label)
    assert "GPT" not in links


def test_a_makers_word_before_a_versioned_name_is_left_out():
    # arXiv 2605.09611
    links = kinds_and_labels(
        "we conducted a cross-vendor 5-judge calibrated panel evaluation across four "
        "production APIs (Google Gemini 2.5 Flash, Anthropic Claude Sonnet 4.6, Meta Llama "
        "3.3 70B, and OpenAI GPT-5.1).",
        "")
    assert links["Claude Sonnet 4.6"][0] is Kind.MODEL
    assert "Anthropic Claude" not in links and "Anthropic Claude Sonnet 4.6" not in links


# Released variants of known model families linked whole, and scores after a model's name kept out of its
# name (real corpus sentences).


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
def test_variants_released_variants_of_known_families(abstract, surface, label):
    assert kinds_and_labels(abstract).get(surface) == ("model", label)


@pytest.mark.issue(12)
def test_variants_tiny_aya_is_its_own_release():
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
def test_variants_scores_after_a_model_are_no_version(abstract, names, not_names):
    surfaces = set().union(*(found for _, found in entities(abstract).values()))
    assert names <= surfaces
    assert not surfaces & not_names


# A known name's release rules do not cut a longer name (``paperkg_variants``; sentences quoted from corpus
# abstracts): a closed-up version before a short lower-case part ("BLIP3-o") is that name's part, not the
# version "BLIP3"; a modality word after a dataset's name ("MIND-Edit", "ScienceQA-Image") makes no model
# release, so the whole name stays found by the rules for subsets and new names.


@pytest.mark.parametrize(("abstract", "title", "surface"), [
    # arXiv 2505.09568: the title's name
    ("Building on our innovative model design, training recipe, and datasets, we develop BLIP3-o, a suite "
     "of state-of-the-art unified multimodal models.",
     "BLIP3-o: A Family of Fully Open Unified Multimodal Models-Architecture, Training and Dataset",
     "BLIP3-o"),
    # arXiv 2508.09987
    ("Moreover, applying Echo-4o-Image to other foundation models (e.g., OmniGen2, BLIP3-o) yields "
     "consistent performance gains across multiple metrics.", TITLE, "BLIP3-o"),
    # arXiv 2603.16139: with its size
    ("It achieves 0.89 on GenEval and 0.55 on WISE, surpassing strong baselines such as BAGEL-7B (0.82 & "
     "0.55) and BLIP3-o-4B (0.84 & 0.50).", TITLE, "BLIP3-o-4B"),
])
def test_variants_a_short_lower_case_part_keeps_the_name_whole(abstract, title, surface) -> None:
    links = kinds_and_labels(abstract, title)
    assert links.get(surface) == (Kind.MODEL, surface)
    assert "BLIP3" not in links


def test_variants_an_edit_word_after_a_dataset_name_is_a_new_method() -> None:
    # arXiv 2505.19149: MIND is a dataset's name too; "MIND-Edit" is the paper's framework
    links = kinds_and_labels(
        "To overcome these limitations, we propose MIND-Edit, an end-to-end image-editing framework "
        "integrating pretrained diffusion model with MLLM. MIND-Edit introduces two complementary strategies",
        "MIND-Edit: MLLM Insight-Driven Editing via Language-Vision Projection")
    assert links.get("MIND-Edit") == (Kind.TECHNIQUE, "MIND-Edit")
    assert "MIND" not in links


def test_variants_an_edit_word_after_the_papers_dataset_keeps_the_whole_name() -> None:
    # arXiv 2606.30599: Goku is the paper's dataset, Goku-Edit its model (found whole, not as Goku)
    links = kinds_and_labels(
        "To bridge this gap, we present Goku, a large-scale dataset featuring 2 million high-quality, "
        "instruction-aligned video editing pairs. Furthermore, we explore the optimal network structures on "
        "Goku, and propose Goku-Edit. To deeply comprehend complex editing instructions, Goku-Edit leverages "
        "an MLLM as its text encoder.",
        "Goku: A Million-Scale Universal Dataset and Benchmark for Instruction-Based Video Editing")
    assert "Goku-Edit" in links
    assert links.get("Goku", (None,))[0] is Kind.DATASET


def test_variants_an_image_word_after_a_benchmark_is_its_subset() -> None:
    # arXiv 2512.08240: ScienceQA's image split
    links = kinds_and_labels(
        "HTC-VLM achieves an average performance retention of 87.2 percent across seven benchmarks (GQA, "
        "VQAv2, MMBench, MME, POPE, SEED-Bench, ScienceQA-Image), outperforming the leading continuous "
        "baseline at 81.0 percent")
    assert links.get("ScienceQA-Image") == (Kind.DATASET, "ScienceQA-Image")
    assert "ScienceQA" not in links
