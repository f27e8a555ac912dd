"""Datasets named after a score, a bare dataset noun or "named"; named parts in title case with a
short form or a part word (issue 12; real arXiv sentences, each with its corpus id)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds


def _found(abstract: str, title: str = "A study") -> dict[str, tuple[Kind, str, str, str]]:
    """surface -> (kind, entity label, entity id, role) of its mention."""
    extraction = extract(abstract, title)
    labels = {e.id: e.label for e in extraction.entities}
    return {m.surface: (m.kind, labels.get(m.entity_id, ""), m.entity_id, m.role.value)
            for m in extraction.mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, expected", [
    # arXiv 2510.14545: a name right after a score is what was scored on
    ("With just 1K RL samples, Qwen3-14B with AEPO achieves impressive results: 47.6% on GAIA, 11.2% on "
     "Humanity's Last Exam, and 43.0% on WebWalker for Pass@1.", {"WebWalker": Kind.DATASET}),
    # arXiv 2603.26036: a run of them
    ("The proposed method achieves an average AUC of 98.42\\% on FF++, 79.80\\% on CDF1, 85.34\\% on CDF2, "
     "89.41\\% on DFD, 84.07\\% on DFDC, 95.62\\% on DTIM, 80.76\\% on PDD, and 100\\% on WLDR, respectively.",
     {"CDF1": Kind.DATASET, "DFD": Kind.DATASET}),
    # arXiv 2509.22369: a sentence that reports a score reports an evaluation ("On TR-OP, ...")
    ("On TR-OP, the Fusion head reaches Acc 97.5% with FPR 2.4% across two data types; on the image "
     "subset (ablation) it attains Acc 95.5% with FPR 5.9%.", {"TR-OP": Kind.DATASET}),
    # arXiv 2503.21127: a dataset noun right before the list, no cue between, plain capitalised names in it
    ("Our framework MRCD achieves SOTA results on two real-world datasets Pheme and Twitter16, with accuracy "
     "improvements of 7.4% and 12.8% compared to using only SLMs.",
     {"Pheme": Kind.DATASET, "Twitter16": Kind.DATASET}),
])
def test_datasets_after_a_score_or_a_bare_dataset_noun(abstract, expected):
    found = kinds(abstract)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.issue(12)
def test_a_name_shaped_like_a_model_after_a_score_is_no_dataset():
    # arXiv 2603.12272: sized model names after "% on" are what was measured with, not data
    found = kinds("At 80% sparsity, perplexity is reduced by 21.8% on LLaMA-2-7B, 40.1% on LLaMA-2-13B, and "
                  "9.4% on Mistral-7B.")
    assert Kind.DATASET not in {found.get("LLaMA-2-7B"), found.get("LLaMA-2-13B"), found.get("Mistral-7B")}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name, role", [
    # arXiv 2511.07808
    ("Additionally, to enhance robustness and generalization during pre-training, a large-scale and diverse "
     "dataset named SARSense, comprising 460,532 SAR images, is constructed to enable the model to capture "
     "comprehensive and representative features.", "SARSense", "introduces"),
    # arXiv 2603.11556
    ("Second, to mitigate the lack of \"perfectly-paired\" images, we collect \"imperfectly-paired\" dataset "
     "called IIAEData, consisting of images with varying aesthetic qualities while sharing identical "
     "semantics.", "IIAEData", "introduces"),
])
def test_a_dataset_named_or_called_so_is_a_dataset(abstract, name, role):
    kind, _, _, found_role = _found(abstract)[name]
    assert (kind, found_role) == (Kind.DATASET, role)


@pytest.mark.issue(12)
def test_a_repeated_letter_short_form_before_module_is_a_named_part():
    # arXiv 2511.07808: Schwartz & Hearst end "CC" inside "Consistency"; the initials spell it
    found = _found("Specifically, a Dynamic Instance and Contour Consistency Contrastive Learning (DI3CL) "
                   "pre-training framework is presented, which incorporates a Dynamic Instance (DI) module "
                   "and a Contour Consistency (CC) module.")
    kind, label, entity, _ = found["CC"]
    assert (kind, label) == (Kind.TECHNIQUE, "Contour Consistency module")
    assert found["Contour Consistency"][2] == entity


@pytest.mark.issue(12)
def test_a_title_case_task_word_ends_a_named_part_with_a_short_form():
    # arXiv 2606.23000: "Control" is a task word, but "the Scale-Aware Control (SAC) module" names a part
    # (and is no Soft Actor-Critic)
    found = _found("It first establishes the global structure through coarse indices and then generates finer "
                   "indices to recover specific details. Meanwhile, the Scale-Aware Control (SAC) module "
                   "integrates sparse tracking data to ensure the generated output aligns with actual "
                   "observations.")
    kind, label, entity, _ = found["SAC"]
    assert (kind, label) == (Kind.TECHNIQUE, "Scale-Aware Control module")
    assert found["Scale-Aware Control"][2] == entity


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, surface, label", [
    # arXiv 2602.04525: the run with its part word is the surface, the run alone the label (readers name
    # such parts both ways)
    ("Our method integrates a Class-Aware Adaptive Thresholding mechanism that dynamically adjusts confidence "
     "thresholds to prevent minority class suppression.",
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
     "Unbiased Verifier-Guided Pruning strategy to better align the draft and target models by eliminating the "
     "positional bias in attention-guided pruning.",
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
@pytest.mark.parametrize("abstract, name, role", [
    # arXiv 2603.24389
    ("Our contributions include: (1) TEPE-TCI-370h (Tracing Effective Preschool Education), the first "
     "large-scale dataset of naturalistic teacher-child interactions in Chinese preschools (370 hours, 105 "
     "classrooms) with standardized ECQRS-EC and SSTEW annotations.", "TEPE-TCI-370h", "introduces"),
    # arXiv 2603.15276: another's data
    ("In this work, we study the behaviour of multiple dataset diversity metrics for image, text and metadata "
     "using MorphoMNIST, a toy dataset with controlled perturbations, and PadChest, a publicly available chest "
     "X-ray dataset.", "MorphoMNIST", "uses"),
])
def test_a_name_with_a_dataset_in_apposition_is_a_dataset(abstract, name, role):
    kind, _, _, found_role = _found(abstract)[name]
    assert (kind, found_role) == (Kind.DATASET, role)


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
