"""Names listed as examples of a kind noun (``paperkg_lists``): "models such as X and Y", plain method names
after a cue, techniques after a counted method noun (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds

# Names listed as examples of a kind noun: "models such as X and Y" (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    # examples of a kind noun get its kind:
    pytest.param("It outperforms recent video-language models such as TimeChat and VideoLLaMA2 by up to 2.8 "
                 "seconds, while using significantly fewer parameters.",
                 {"TimeChat": Kind.MODEL, "VideoLLaMA2": Kind.MODEL}, id="TimeChat+VideoLLaMA2"),
    pytest.param("Existing token pruning methods, like FastV and PyramidDrop, fail to preserve the local "
                 "visual features.", {"FastV": Kind.TECHNIQUE, "PyramidDrop": Kind.TECHNIQUE},
                 id="FastV+PyramidDrop"),
    pytest.param("We evaluated RE-ViT on three public datasets (including BUSI, ChestXray2017, and Retinal "
                 "OCT) using accuracy, macro AUC, sensitivity, and specificity.",
                 {"BUSI": Kind.DATASET, "ChestXray2017": Kind.DATASET}, id="BUSI+ChestXray2017"),
    # a method's examples are models when one of them is shaped like a model's name
    pytest.param("Experimental results show that our approach outperforms the state-of-the-art PLM-based "
                 "code search approaches, i.e., CoCoSoDa and UniXcoder, by an average of 21.4% and 24.9% in "
                 "MRR.", {"CoCoSoDa": Kind.MODEL, "UniXcoder": Kind.MODEL}, id="CoCoSoDa+UniXcoder"),
    pytest.param("our student network while performing better than the performance oriented methods like "
                 "PSMNet [1], CFNet [2], and LEAStereo [3]) on benchmark SceneFlow dataset",
                 {"LEAStereo": Kind.MODEL}, id="LEAStereo"),
    # scores brackets and qualified names:
    # a score in brackets after each item
    pytest.param("Experiments show that Libra-Guard achieves 86.79% accuracy, outperforming "
                 "Qwen2.5-14B-Instruct (74.33%) and ShieldLM-Qwen-14B-Chat (65.69%), and nearing "
                 "closed-source models like Claude-3.5-Sonnet and GPT-4o.",
                 {"ShieldLM-Qwen-14B-Chat": Kind.MODEL}, id="ShieldLM-Qwen-14B-Chat"),
    # examples in brackets right after a plural kind noun
    pytest.param("We benchmark the performance of pre-trained convolutional neural networks (DenseNet201, "
                 "Efficient-NetB5) and transformer-based models (ViT, Swin Transformer, DinoV2 Large) using "
                 "accuracy.", {"DenseNet201": Kind.MODEL, "Efficient-NetB5": Kind.MODEL},
                 id="DenseNet201+Efficient-NetB5"),
    # two name words one space apart are one name
    pytest.param("We evaluate our proposed method on three RSI benchmark datasets, including WHU, HRSID, "
                 "and NWPU VHR-10, showing that our method consistently surpasses pretrained SAM.",
                 {"NWPU VHR-10": Kind.DATASET}, id="NWPU VHR-10"),
    # names evaluated on are datasets:
    pytest.param("With a lightweight architecture, GECO runs at 30 fps, 98.2% faster than prior methods, "
                 "while achieving state-of-the-art performance on PFPascal, APK, and CUB, improving PCK by "
                 "6.0%, 6.2%, and 4.1%, respectively.",
                 {"PFPascal": Kind.DATASET, "APK": Kind.DATASET, "CUB": Kind.DATASET}, id="PFPascal+APK+CUB"),
    pytest.param("Evaluations on HEVD and SCARED, with ablation and comparative analyses, demonstrate the "
                 "framework's robustness.", {"HEVD": Kind.DATASET, "SCARED": Kind.DATASET}, id="HEVD+SCARED"),
    # one name after a sentence's "On" and before a comma
    pytest.param("The efficacy of T-MPEDNet is comprehensively assessed. On LiTS, T-MPEDNet achieves "
                 "outstanding Dice Similarity Coefficients (DSC) of 97.6%.", {"LiTS": Kind.DATASET},
                 id="LiTS"),
    # end at a verb:
    # a verb after the last example ends the list
    pytest.param("Recent proprietary models such as Sora2 demonstrate promising progress in generating "
                 "multi-shot videos conditioned on multiple reference characters.", {"Sora2": Kind.MODEL},
                 id="Sora2"),
    pytest.param("Extensive evaluations on benchmarks like MEVID demonstrate that our approach yields "
                 "significant performance gains.", {"MEVID": Kind.DATASET}, id="MEVID"),
    # a name word after a linked lower-case word is a list item of its own
    pytest.param("Our methodology outperforms a fine-tuned YOLOv11 and ChatGPT o4-mini-high baselines, "
                 "demonstrating robustness.", {"YOLOv11": Kind.MODEL}, id="YOLOv11"),
    # datasets after a score or a bare dataset noun:
    # arXiv 2510.14545: a name right after a score is what was scored on
    pytest.param("With just 1K RL samples, Qwen3-14B with AEPO achieves impressive results: 47.6% on GAIA, "
                 "11.2% on Humanity's Last Exam, and 43.0% on WebWalker for Pass@1.",
                 {"WebWalker": Kind.DATASET}, id="WebWalker", marks=pytest.mark.issue(12)),
    # arXiv 2603.26036: a run of them
    pytest.param("The proposed method achieves an average AUC of 98.42\\% on FF++, 79.80\\% on CDF1, "
                 "85.34\\% on CDF2, 89.41\\% on DFD, 84.07\\% on DFDC, 95.62\\% on DTIM, 80.76\\% on PDD, "
                 "and 100\\% on WLDR, respectively.", {"CDF1": Kind.DATASET, "DFD": Kind.DATASET},
                 id="CDF1+DFD", marks=pytest.mark.issue(12)),
    # arXiv 2509.22369: a sentence that reports a score reports an evaluation ("On TR-OP, ...")
    pytest.param("On TR-OP, the Fusion head reaches Acc 97.5% with FPR 2.4% across two data types; on the "
                 "image subset (ablation) it attains Acc 95.5% with FPR 5.9%.", {"TR-OP": Kind.DATASET},
                 id="TR-OP", marks=pytest.mark.issue(12)),
    # arXiv 2503.21127: a dataset noun right before the list, no cue between, plain capitalised names in it
    pytest.param("Our framework MRCD achieves SOTA results on two real-world datasets Pheme and Twitter16, "
                 "with accuracy improvements of 7.4% and 12.8% compared to using only SLMs.",
                 {"Pheme": Kind.DATASET, "Twitter16": Kind.DATASET}, id="Pheme+Twitter16",
                 marks=pytest.mark.issue(12)),
    # a counted or named list after a plural dataset noun:
    # arXiv 2509.21967: a count of the data, a comma, the list
    pytest.param("Each model is modified with a contrast-aware regression head and trained end to end using "
                 "targeted data augmentations on two benchmark datasets, CID2013 and CCID2014, containing "
                 "synthetic and authentic contrast distortions.",
                 {"CID2013": Kind.DATASET, "CCID2014": Kind.DATASET}, id="CID2013+CCID2014",
                 marks=pytest.mark.issue(12)),
    # arXiv 2510.00059: a colon, plain capitalised names in the list
    pytest.param("Comprehensive experimental results demonstrate that FSDENet achieves state-of-the-art "
                 "(SOTA) performance on four widely adopted datasets: LoveDA, Vaihingen, Potsdam, and iSAID.",
                 {"Vaihingen": Kind.DATASET, "Potsdam": Kind.DATASET}, id="Vaihingen+Potsdam",
                 marks=pytest.mark.issue(12)),
    # arXiv 2510.00647: "named"
    pytest.param("In light of the scarcity of high-quality annotated and preference-labeled datasets for "
                 "alt-text, we constructed two large-scale, high-quality datasets named TAlt and PAlt, "
                 "sourced from Twitter and Pinterest.", {"TAlt": Kind.DATASET, "PAlt": Kind.DATASET},
                 id="TAlt+PAlt", marks=pytest.mark.issue(12)),
])
def test_lists_names_get_their_kind(abstract, expected):
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


@pytest.mark.parametrize("abstract, name", [
    # what a method is built on is no evaluation set
    ("Based on TRIG-Bench and TRIGScore, we evaluate 14 models across T2I and I2I tasks.", "TRIGScore"),
    # one name in brackets is no list of examples
    ("We compare against two strong models (GPT) on accuracy.", "GPT"),
])
def test_lists_no_evaluation_sets_or_examples_there(abstract, name):
    assert kinds(abstract).get(name) is not Kind.DATASET


def test_lists_the_rest_of_a_linked_name_is_no_item():
    abstract = ("Across three medical image segmentation benchmarks (AMOS, ACDC, and KiTS) and three "
                "architectures (SwinUNETR, nnUNet ResEnc-L, and nnUNet Primus-M), FDIF consistently improves "
                "over a formula-driven method.")
    found = kinds(abstract)
    assert "ResEnc-L" not in found and "Primus-M" not in found


# Plain method names listed after an example cue or a made-of word (real arXiv sentences).


@pytest.mark.parametrize("abstract, expected", [
    # plain items with a method head are techniques:
    pytest.param("We present TAG-INSTRUCT, a novel framework that enhances instruction complexity through "
                 "structured semantic compression and controlled difficulty augmentation.",
                 {"structured semantic compression": Kind.TECHNIQUE,
                  "controlled difficulty augmentation": Kind.TECHNIQUE},
                 id="structured semantic compression+controlled difficulty augmentation"),
    pytest.param("Next, bidirectional stage-wise distillation incorporating fine-to-coarse progressive "
                 "learning and reverse coarse-to-fine refinement is applied.",
                 {"fine-to-coarse progressive learning": Kind.TECHNIQUE},
                 id="fine-to-coarse progressive learning"),
    # counted method noun before a colon lists techniques:
    pytest.param("We evaluate two technical safeguards to curtail a model's person re-identification "
                 "capacity: index exclusion and confusion loss.",
                 {"index exclusion": Kind.TECHNIQUE, "confusion loss": Kind.TECHNIQUE},
                 id="index exclusion+confusion loss"),
    pytest.param("PerPilot identifies personalized elements and autonomously completes instructions via two "
                 "complementary approaches: memory-based retrieval and reasoning-based exploration.",
                 {"memory-based retrieval": Kind.TECHNIQUE}, id="memory-based retrieval"),
    # a linked technique counts as an item
    pytest.param("We implement and compare two hyperparameter optimization methods within the probe and "
                 "solve algorithm: Bayesian optimization and Hamming distance search.",
                 {"Hamming distance search": Kind.TECHNIQUE}, id="Hamming distance search"),
    # plain capitalised word listed with datasets is one:
    pytest.param("Together these components improve entropy modeling and computation efficiency, yielding "
                 "state-of-the-art compression at real-time throughput on Ford and SemanticKITTI.",
                 {"Ford": Kind.DATASET}, id="Ford"),
    pytest.param("Experimental results on the ACDC and Synapse datasets demonstrate the superiority of the "
                 "proposed method quantitatively and qualitatively.", {"Synapse": Kind.DATASET},
                 id="Synapse"),
])
def test_lists_listed_names_get_their_kind(abstract, expected):
    found = kinds(abstract, by="paperkg_lists")
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("abstract", [
    # no plain methods there:
    # tasks, not methods: no item ends in a method head
    pytest.param("Retrieval is crucial for knowledge-intensive tasks, such as question answering and fact "
                 "checking.", id="no-plain-methods-there-1"),
    # "unlike" is no cue, and the clause goes on past the name
    pytest.param("Unlike conventional Privilege Learning, where ground-truth-derived guidance is typically "
                 "discarded after training, we keep it.", id="no-plain-methods-there-2"),
    # a step, not a method; one method head is not a list of methods
    pytest.param("It involves difficulties such as data collection, model training, and deployment "
                 "optimization.", id="no-plain-methods-there-3"),
    # no counted techniques there:
    # items ending in a plural noun are things, not methods
    pytest.param("With the rise of Speech Large Language Models (SpeechLLMs), two dominant approaches have "
                 "emerged for speech processing: discrete tokens and continuous features.",
                 id="no-counted-techniques-there-1"),
    # a paradigm's items are kinds of data here
    pytest.param("It encompasses four core generation paradigms: multi-turn conversational dialogues, "
                 "document-grounded input-output pairs, verifiable instruction-response tasks, and "
                 "long-context reasoning examples.", id="no-counted-techniques-there-2"),
    # the count says three, the list has two items
    pytest.param("We evaluate three safeguards: index exclusion and confusion loss.",
                 id="no-counted-techniques-there-3"),
])
def test_lists_no_names_listed(abstract):
    assert kinds(abstract, by="paperkg_lists") == {}


# Techniques listed after a counted method noun and a colon (real arXiv sentences).


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


# Datasets named in lists, appositions, after a score or a dataset noun, and named parts with a short form
# (``paperkg_lists``; issue 12, real arXiv sentences with their corpus ids).
# Datasets named after a score, a bare dataset noun or "named"; named parts in title case with a
# short form or a part word (issue 12; real arXiv sentences, each with its corpus id).


def _found(abstract: str, title: str = "A study") -> dict[str, tuple[Kind, str, str, str]]:
    """surface -> (kind, entity label, entity id, role) of its mention."""
    extraction = extract(abstract, title)
    labels = {e.id: e.label for e in extraction.entities}
    return {m.surface: (m.kind, labels.get(m.entity_id, ""), m.entity_id, m.role.value)
            for m in extraction.mentions}


@pytest.mark.issue(12)
def test_a_name_shaped_like_a_model_after_a_score_is_no_dataset():
    # arXiv 2603.12272: sized model names after "% on" are what was measured with, not data
    found = kinds("At 80% sparsity, perplexity is reduced by 21.8% on LLaMA-2-7B, 40.1% on LLaMA-2-13B, and "
                  "9.4% on Mistral-7B.")
    assert Kind.DATASET not in {found.get("LLaMA-2-7B"), found.get("LLaMA-2-13B"), found.get("Mistral-7B")}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name, role", [
    # a dataset named or called so is a dataset:
    # arXiv 2511.07808
    pytest.param("Additionally, to enhance robustness and generalization during pre-training, a large-scale "
                 "and diverse dataset named SARSense, comprising 460,532 SAR images, is constructed to "
                 "enable the model to capture comprehensive and representative features.", "SARSense",
                 "introduces", id="SARSense"),
    # arXiv 2603.11556
    pytest.param("Second, to mitigate the lack of \"perfectly-paired\" images, we collect "
                 "\"imperfectly-paired\" dataset called IIAEData, consisting of images with varying "
                 "aesthetic qualities while sharing identical semantics.", "IIAEData", "introduces",
                 id="IIAEData"),
    # a name with a dataset in apposition is a dataset:
    # arXiv 2603.24389
    pytest.param("Our contributions include: (1) TEPE-TCI-370h (Tracing Effective Preschool Education), the "
                 "first large-scale dataset of naturalistic teacher-child interactions in Chinese "
                 "preschools (370 hours, 105 classrooms) with standardized ECQRS-EC and SSTEW annotations.",
                 "TEPE-TCI-370h", "introduces", id="TEPE-TCI-370h"),
    # arXiv 2603.15276: another's data
    pytest.param("In this work, we study the behaviour of multiple dataset diversity metrics for image, "
                 "text and metadata using MorphoMNIST, a toy dataset with controlled perturbations, and "
                 "PadChest, a publicly available chest X-ray dataset.", "MorphoMNIST", "uses",
                 id="MorphoMNIST"),
])
def test_lists_a_dataset_by_its_name_or_apposition(abstract, name, role):
    kind, _, _, found_role = _found(abstract)[name]
    assert (kind, found_role) == (Kind.DATASET, role)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short", "label", "long_form"), [
    # arXiv 2511.07808: Schwartz & Hearst end "CC" inside "Consistency"; the initials spell it
    pytest.param("Specifically, a Dynamic Instance and Contour Consistency Contrastive Learning (DI3CL) "
                 "pre-training framework is presented, which incorporates a Dynamic Instance (DI) module "
                 "and a Contour Consistency (CC) module.",
                 "CC", "Contour Consistency module", "Contour Consistency", id="repeated letter short form"),
    # arXiv 2606.23000: "Control" is a task word, but "the Scale-Aware Control (SAC) module" names a part
    # (and is no Soft Actor-Critic)
    pytest.param("It first establishes the global structure through coarse indices and then "
                 "generates finer indices to recover specific details. Meanwhile, the Scale-Aware Control "
                 "(SAC) module integrates sparse tracking data to ensure the generated output aligns "
                 "with actual observations.",
                 "SAC", "Scale-Aware Control module", "Scale-Aware Control", id="title-case task word"),
])
def test_lists_a_short_form_before_module_is_a_named_part(abstract, short, label, long_form):
    found = _found(abstract)
    kind, found_label, entity, _ = found[short]
    assert (kind, found_label) == (Kind.TECHNIQUE, label)
    assert found[long_form][2] == entity


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, surface, label", [
    # arXiv 2602.04525: the run with its part word is the surface, the run alone the label (readers name
    # such parts both ways)
    ("Our method integrates a Class-Aware Adaptive Thresholding mechanism that dynamically adjusts "
     "confidence thresholds to prevent minority class suppression.",
     "Class-Aware Adaptive Thresholding mechanism", "Class-Aware Adaptive Thresholding"),
    # arXiv 2603.11680
    ("UCAN combines window-based spatial attention with a Hedgehog Attention mechanism to model both local "
     "texture and long-range dependencies.", "Hedgehog Attention mechanism", "Hedgehog Attention"),
])
def test_a_title_case_run_before_a_part_word_is_labelled_by_the_run(abstract, surface, label):
    kind, found_label, _, _ = _found(abstract)[surface]
    assert (kind, found_label) == (Kind.TECHNIQUE, label)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name", [
    # arXiv 2606.30901
    ("First, a Graph Attention Task Head models anatomical concept co-occurrence, boosting macro-F1 by "
     "+13.8,pp over the prototype baseline on TBX11K.", "Graph Attention Task Head"),
    # arXiv 2506.22494
    ("To address this limitation, an Attention Map Generator is proposed to highlight significant objects "
     "relevant to driving decisions within critical video frames.", "Attention Map Generator"),
    # arXiv 2603.19610
    ("ParallelVLM features two parallelized stages that maximize hardware utilization and incorporate an "
     "Unbiased Verifier-Guided Pruning strategy to better align the draft and target models by "
     "eliminating the positional bias in attention-guided pruning.",
     "Unbiased Verifier-Guided Pruning"),
])
def test_title_case_parts_and_methods_named_by_what_they_do(abstract, name):
    assert kinds(abstract).get(name) is Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_a_title_selection_method_after_via_is_introduced():
    # arXiv 2603.19635
    found = _found("The exponential expansion of context windows in LLMs has unlocked capabilities for "
                   "long-document understanding but introduced severe bottlenecks in inference latency and "
                   "information utilization.",
                   title="BEAVER: A Training-Free Hierarchical Prompt Compression Method via Structure-Aware "
                         "Page Selection")
    assert found["Structure-Aware Page Selection"][0] is Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_no_dataset_past_a_relative_clause_of_the_apposition():
    # arXiv 2603.22707: "a test that detects dataset-level ..." says what PRISM is not
    found = kinds(
        "We address this gap by introducing PRISM, a test that detects dataset-level non-membership "
        "using only grey-box access to model logits.")
    assert found.get("PRISM") is not Kind.DATASET


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, short, long_form", [
    # arXiv 2512.03794: a title-case long form ending in a task word that is also a way of doing something
    ("Central to our approach is Decoupled Turn Policy Optimization (DTPO), which decouples the learning "
     "objective into two components: (1) tool learning, which optimizes correct tool utilization, and (2) "
     "accuracy improvement, which refines the generated responses to improve answer correctness.",
     "DTPO", "Decoupled Turn Policy Optimization"),
    # arXiv 2604.04839: a lower-case long form ending in a method head, no introducing verb
    ("Our framework combines language-specific token prefixing (LTP) with supervised fine-tuning (SFT) and a "
     "novel group relative policy optimization (GRPO) guided by the semantic alignment reward (SAR).",
     "LTP", "language-specific token prefixing"),
])
def test_a_method_long_form_and_its_short_form_are_one_technique(abstract, short, long_form):
    found = _found(abstract)
    assert found[short][0] is Kind.TECHNIQUE
    assert found[long_form][2] == found[short][2]


@pytest.mark.issue(12)
def test_a_lower_case_long_form_is_not_the_vocabulary_entity_of_other_words():
    # arXiv 2603.24084: "MOS" is the vocabulary's Mean Opinion Score, which this long form is not
    found = _found("Empirical evaluation in multi-objective search (MOS) has historically suffered from "
                   "fragmentation, relying on heterogeneous problem instances with incompatible objective "
                   "definitions that make cross-study comparisons difficult.")
    assert all("opinion" not in entity for _, _, entity, _ in found.values())


# Datasets named in apposition after a dataset noun, by a short form before one, in a counted list, in
# a list with plain words after a separator, and alone after "on" in a scored clause (issue 12; real
# arXiv sentences, each with its corpus id). Each case also holds what must not change.


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name, role", [
    # arXiv 2510.13326
    ("In addition to these simple yet effective key architectural changes, we introduce a new, large-scale "
     "Thermal Imaging Concealed Weapon dataset, TICW, featuring a diverse set of concealed weapons and "
     "capturing a wide range of scenarios.", "TICW", "introduces"),
    # arXiv 2510.00161
    ("Our experimental result on the multimodal procedural QA dataset, ProMQA-Assembly, shows that "
     "our approach can improve the performance of vision-language models, especially GPT-5 and MiMo-VL.",
     "ProMQA-Assembly", "evaluates_on"),
])
def test_a_name_in_apposition_after_a_dataset_noun_is_a_dataset(abstract, name, role):
    found = _found(abstract)
    assert found.get(name, (None,))[0] is Kind.DATASET
    assert found[name][3] == role


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
    ("Hi-Agent achieves a new State-Of-The-Art (SOTA) 87.9% task success rate on the "
     "Android-in-the-Wild (AitW) benchmark, significantly outperforming prior methods across three "
     "paradigms.", "AitW", "Android-in-the-Wild"),
    # arXiv 2510.13630: a long form ending in a task word, the data new
    ("A novel Visual-Audio Anomaly Recognition (VAAR) dataset, is also introduced, serving as a medium-scale "
     "benchmark containing 3,000 real-world videos with synchronized audio across ten diverse "
     "anomaly classes.",
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
                   "benchmark. Hi-Agent achieves a new 87.9% task success rate on the "
                   "Android-in-the-Wild (AitW) benchmark.")
    assert found.get("VQA", (None, ""))[1] == "VQA"
    assert found.get("Jericho", (None,))[:2] == (Kind.DATASET, "Jericho")
    assert found.get("AitW", (None,))[0] is Kind.DATASET


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, datasets, not_datasets", [
    # arXiv 2510.21618: a plain word after a comma is another item, not the end of a longer name
    ("Extensive experiments on eight benchmarks, including general tool-use tasks (ToolBench, "
     "API-Bank, TMDB, Spotify, ToolHop) and downstream applications (ALFWorld, WebShop, GAIA, HLE), "
     "demonstrate that DeepAgent consistently outperforms baselines.", ("Spotify", "ToolHop"), ()),
    # arXiv 2510.04282, and 2510.13326: a list typed by a generic dataset (an imaging modality) names none
    ("Experiments on the Nordland, Oxford, and NuScenes datasets show that Adapt-STformer boosts "
     "recall by up to 17%. Various imaging modalities like Millimeter Wave, Microwave, Terahertz, Infrared, "
     "etc., are exploited for the concealed weapon detection.", ("Nordland", "Oxford"),
     ("Microwave", "Terahertz", "Infrared")),
    # arXiv 2510.06243: a task word in a list is a task
    ("Referring Expression Comprehension and Segmentation are critical tasks for assessing the "
     "integration of language understanding and image comprehension, serving as benchmarks for Multimodal "
     "Large Language Models (MLLMs) capabilities. We evaluate on the Nordland, Oxford, and "
     "NuScenes datasets.",
     ("Nordland",), ("Segmentation",)),
])
def test_plain_words_in_a_list_of_named_datasets(abstract, datasets, not_datasets):
    found = kinds(abstract)
    assert {name: found.get(name) for name in datasets} == dict.fromkeys(datasets, Kind.DATASET)
    assert not {name for name in not_datasets if found.get(name) is Kind.DATASET}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name", [
    # arXiv 2510.17363
    ("Comprehensive evaluations show that M2H outperforms state-of-the-art multi-task models on NYUDv2, "
     "surpasses single-task depth and semantic baselines on Hypersim, and achieves superior performance on "
     "the Cityscapes dataset, all while maintaining computational efficiency on laptop hardware.", "NYUDv2"),
    # arXiv 2510.08593: a score without a per cent sign
    ("The model achieves state-of-the-art macro F1-scores of 0.81 on DAIC-WOZ and 0.82 on MODMA, "
     "outperforming prior methods across both evaluation scenarios.", "MODMA"),
    # arXiv 2510.06587: the subject follows the name
    ("Evaluated on WebChoreArena, WebDART lifts success rates by up to 13.7 percentage points over "
     "previous SOTA agents.", "WebChoreArena"),
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
