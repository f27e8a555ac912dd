"""Names listed as examples of a kind noun (``paperkg_lists``): "models such as X and Y", plain method names
after a cue, techniques after a counted method noun (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds

# Names listed as examples of a kind noun: "models such as X and Y" (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    ("It outperforms recent video-language models such as TimeChat and VideoLLaMA2 by up to 2.8 seconds, "
     "while using significantly fewer parameters.", {"TimeChat": Kind.MODEL, "VideoLLaMA2": Kind.MODEL}),
    ("Existing token pruning methods, like FastV and PyramidDrop, fail to preserve the local "
     "visual features.",
     {"FastV": Kind.TECHNIQUE, "PyramidDrop": Kind.TECHNIQUE}),
    ("We evaluated RE-ViT on three public datasets (including BUSI, ChestXray2017, and Retinal OCT) using "
     "accuracy, macro AUC, sensitivity, and specificity.",
     {"BUSI": Kind.DATASET, "ChestXray2017": Kind.DATASET}),
    # a method's examples are models when one of them is shaped like a model's name
    ("Experimental results show that our approach outperforms the state-of-the-art PLM-based code search "
     "approaches, i.e., CoCoSoDa and UniXcoder, by an average of 21.4% and 24.9% in MRR.",
     {"CoCoSoDa": Kind.MODEL, "UniXcoder": Kind.MODEL}),
    ("our student network while performing better than the performance oriented methods like PSMNet [1], "
     "CFNet [2], and LEAStereo [3]) on benchmark SceneFlow dataset", {"LEAStereo": Kind.MODEL}),
])
def test_examples_of_a_kind_noun_get_its_kind(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, name", [
    # the name goes on past the word: no list of names
    ("generative models and susceptible to post-processing techniques like JPEG compression. To "
     "overcome these limitations", "JPEG"),
    # no kind noun before the cue
    ("the proposed approach achieves significant improvements in metrics such as mIOU, mDICE, and mRecall.",
     "mDICE"),
])
def test_no_examples_without_a_kind_noun_or_past_the_name(abstract, name):
    assert name not in kinds(abstract)


@pytest.mark.parametrize("abstract, expected", [
    # a score in brackets after each item
    ("Experiments show that Libra-Guard achieves 86.79% accuracy, outperforming Qwen2.5-14B-Instruct "
     "(74.33%) and ShieldLM-Qwen-14B-Chat (65.69%), and nearing closed-source models like "
     "Claude-3.5-Sonnet and GPT-4o.",
     {"ShieldLM-Qwen-14B-Chat": Kind.MODEL}),
    # examples in brackets right after a plural kind noun
    ("We benchmark the performance of pre-trained convolutional neural networks (DenseNet201, "
     "Efficient-NetB5) and transformer-based models (ViT, Swin Transformer, DinoV2 Large) using accuracy.",
     {"DenseNet201": Kind.MODEL, "Efficient-NetB5": Kind.MODEL}),
    # two name words one space apart are one name
    ("We evaluate our proposed method on three RSI benchmark datasets, including WHU, HRSID, and "
     "NWPU VHR-10, showing that our method consistently surpasses pretrained SAM.",
     {"NWPU VHR-10": Kind.DATASET}),
])
def test_lists_scores_brackets_and_qualified_names(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, expected", [
    ("With a lightweight architecture, GECO runs at 30 fps, 98.2% faster than prior methods, while "
     "achieving state-of-the-art performance on PFPascal, APK, and CUB, improving PCK by 6.0%, 6.2%, "
     "and 4.1%, respectively.",
     {"PFPascal": Kind.DATASET, "APK": Kind.DATASET, "CUB": Kind.DATASET}),
    ("Evaluations on HEVD and SCARED, with ablation and comparative analyses, demonstrate the framework's "
     "robustness.", {"HEVD": Kind.DATASET, "SCARED": Kind.DATASET}),
    # one name after a sentence's "On" and before a comma
    ("The efficacy of T-MPEDNet is comprehensively assessed. On LiTS, T-MPEDNet achieves outstanding Dice "
     "Similarity Coefficients (DSC) of 97.6%.", {"LiTS": Kind.DATASET}),
])
def test_lists_names_evaluated_on_are_datasets(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, name", [
    # what a method is built on is no evaluation set
    ("Based on TRIG-Bench and TRIGScore, we evaluate 14 models across T2I and I2I tasks.", "TRIGScore"),
    # one name in brackets is no list of examples
    ("We compare against two strong models (GPT) on accuracy.", "GPT"),
])
def test_lists_no_evaluation_sets_or_examples_there(abstract, name):
    assert kinds(abstract).get(name) is not Kind.DATASET


@pytest.mark.parametrize("abstract, expected", [
    # a verb after the last example ends the list
    ("Recent proprietary models such as Sora2 demonstrate promising progress in generating multi-shot videos "
     "conditioned on multiple reference characters.", {"Sora2": Kind.MODEL}),
    ("Extensive evaluations on benchmarks like MEVID demonstrate that our approach yields significant "
     "performance gains.", {"MEVID": Kind.DATASET}),
    # a name word after a linked lower-case word is a list item of its own
    ("Our methodology outperforms a fine-tuned YOLOv11 and ChatGPT o4-mini-high baselines, demonstrating "
     "robustness.", {"YOLOv11": Kind.MODEL}),
])
def test_lists_end_at_a_verb(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


def test_lists_the_rest_of_a_linked_name_is_no_item():
    abstract = ("Across three medical image segmentation benchmarks (AMOS, ACDC, and KiTS) and three "
                "architectures (SwinUNETR, nnUNet ResEnc-L, and nnUNet Primus-M), FDIF consistently improves "
                "over a formula-driven method.")
    found = kinds(abstract)
    assert "ResEnc-L" not in found and "Primus-M" not in found



# Plain method names listed after an example cue or a made-of word (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    ("We present TAG-INSTRUCT, a novel framework that enhances instruction complexity through structured "
     "semantic compression and controlled difficulty augmentation.",
     {"structured semantic compression": Kind.TECHNIQUE,
      "controlled difficulty augmentation": Kind.TECHNIQUE}),
    ("Next, bidirectional stage-wise distillation incorporating fine-to-coarse progressive learning and "
     "reverse coarse-to-fine refinement is applied.",
     {"fine-to-coarse progressive learning": Kind.TECHNIQUE}),
])
def test_lists_plain_items_with_a_method_head_are_techniques(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract", [
    # tasks, not methods: no item ends in a method head
    "Retrieval is crucial for knowledge-intensive tasks, such as question answering and fact checking.",
    # "unlike" is no cue, and the clause goes on past the name
    "Unlike conventional Privilege Learning, where ground-truth-derived guidance is typically discarded "
    "after training, we keep it.",
    # a step, not a method; one method head is not a list of methods
    "It involves difficulties such as data collection, model training, and deployment optimization.",
])
def test_lists_no_plain_methods_there(abstract):
    assert kinds(abstract, by="paperkg_lists") == {}



# Techniques listed after a counted method noun and a colon (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    ("We evaluate two technical safeguards to curtail a model's person re-identification capacity: index "
     "exclusion and confusion loss.",
     {"index exclusion": Kind.TECHNIQUE, "confusion loss": Kind.TECHNIQUE}),
    ("PerPilot identifies personalized elements and autonomously completes instructions via two "
     "complementary approaches: memory-based retrieval and reasoning-based exploration.",
     {"memory-based retrieval": Kind.TECHNIQUE}),
    # a linked technique counts as an item
    ("We implement and compare two hyperparameter optimization methods within the probe and solve "
     "algorithm: Bayesian optimization and Hamming distance search.",
     {"Hamming distance search": Kind.TECHNIQUE}),
])
def test_lists_counted_method_noun_before_a_colon_lists_techniques(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract", [
    # items ending in a plural noun are things, not methods
    "With the rise of Speech Large Language Models (SpeechLLMs), two dominant approaches have emerged for "
    "speech processing: discrete tokens and continuous features.",
    # a paradigm's items are kinds of data here
    "It encompasses four core generation paradigms: multi-turn conversational dialogues, document-grounded "
    "input-output pairs, verifiable instruction-response tasks, and long-context reasoning examples.",
    # the count says three, the list has two items
    "We evaluate three safeguards: index exclusion and confusion loss.",
])
def test_lists_no_counted_techniques_there(abstract):
    assert kinds(abstract, by="paperkg_lists") == {}


@pytest.mark.parametrize("abstract, expected", [
    ("Together these components improve entropy modeling and computation efficiency, yielding "
     "state-of-the-art compression at real-time throughput on Ford and SemanticKITTI.",
     {"Ford": Kind.DATASET}),
    ("Experimental results on the ACDC and Synapse datasets demonstrate the superiority of the proposed "
     "method quantitatively and qualitatively.",
     {"Synapse": Kind.DATASET}),
])
def test_lists_plain_capitalised_word_listed_with_datasets_is_one(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract, words", [
    # one of a run of capitalised words
    ("Extensive experiments on Scene Flow, KITTI, Middlebury, ETH3D, EuRoc, and real-world demonstrate that "
     "CogStereo achieves state-of-the-art results.", {"Flow", "Scene"}),
    ("It also achieves state-of-the-art results on both camera pose estimation and novel view synthesis "
     "benchmarks, including TUM-RGBD, CO3Dv2, and Tanks & Temples.", {"Tanks", "Temples"}),
])
def test_lists_no_plain_capitalised_dataset_there(abstract, words):
    assert not words & set(kinds(abstract, by="paperkg_lists"))


def test_lists_counted_list_after_a_dotted_capital_i():
    # a Turkish title before the abstract (arXiv 2508.13058's "Doğal Dil İşlemede"): "İ".lower() is two
    # characters, which once shifted every colon the counted cue found in the lower-cased text
    abstract = ("Doğal Dil İşlemede Tokenizasyon Standartları. We evaluate two technical safeguards to "
                "curtail a model's person re-identification capacity: index exclusion and confusion loss.")
    found = kinds(abstract, by="paperkg_lists")
    assert {found.get("index exclusion"), found.get("confusion loss")} == {Kind.TECHNIQUE}
