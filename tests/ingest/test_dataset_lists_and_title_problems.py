"""Datasets listed before a plural data noun with names of several words or plain words in the list, a plain
Title Case run before a singular data noun, data names sized in thousands after "on", and a title's opening
phrase followed by the means ("X via Y"), which names the problem, not a method (issue 12; real arXiv
sentences, each with its corpus id). Each case also holds what must not change."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Kind, Paper


def _found(abstract: str, title: str = "A study") -> dict[str, tuple[Kind, str]]:
    """surface -> (kind, entity label) of its mention."""
    extraction = Extractor.shared().extract(Paper(id="t", title=title, abstract=abstract))
    labels = {e.id: e.label for e in extraction.entities}
    return {m.surface: (m.kind, labels.get(m.entity_id, "")) for m in extraction.mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, names", [
    # arXiv 2603.25020: an item of two plain capitalised words
    ("Extensive evaluations across the Seamless Interaction and DualTalk datasets demonstrate superior "
     "performance compared to existing baselines on long-term kinematic variance, visual expressivity and "
     "semantic controllability.", ["Seamless Interaction", "DualTalk"]),
    # arXiv 2604.02926: a plain capitalised word last
    ("The performed computational experiment on the SinTagRus and Taiga datasets shows that for some "
     "grammatical categories the proposed architecture gives accuracy 98-99% and above, which outperforms "
     "previously known results.", ["SinTagRus", "Taiga"]),
    # arXiv 2605.06765: two all-capitals names
    ("Simultaneously, it achieves state-of-the-art conversational accuracy and fluency, exceeding prior SLMs "
     "by 1.38 and 4.98 percentage points on the C3 and URO benchmarks, respectively.", ["C3", "URO"]),
])
def test_a_list_of_names_before_a_plural_data_noun_names_datasets(abstract, names):
    found = _found(abstract)
    for name in names:
        assert found.get(name, (None,))[0] is Kind.DATASET, name


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, word", [
    # arXiv 2603.24846: a generic kind of data ("MRI") types no list: "CT" is an imaging modality
    ("We present a comprehensive benchmarking study of vision-enabled large language models for 2D "
     "neuroimaging using curated MRI and CT datasets covering multiple sclerosis, stroke, brain "
     "tumors, other abnormalities, and normal controls.", "CT"),
    # arXiv 2605.19200: units, not names
    ("We demonstrate the performance and accuracy of our approach across a large collection of 2D and 3D "
     "datasets.", "2D"),
])
def test_a_list_of_generic_words_before_a_data_noun_stays_unlinked(abstract, word):
    found = _found(abstract)
    assert found.get(word, (None,))[0] is not Kind.DATASET


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, name", [
    # a name sized in thousands after a score and on is a dataset:
    # arXiv 2603.05071: "15K" counts images, not parameters
    pytest.param("MI-DETR achieves 70.3% mAP@50 and 72.7% F1 on IRDST-H (+26.35 mAP@50 over the best "
                 "multi-frame baseline), 98.0% mAP@50 on DAUB-R, and 88.3% mAP@50 on ITSDT-15K, "
                 "demonstrating the effectiveness of biologically inspired motion-appearance integration.",
                 "ITSDT-15K", id="ITSDT-15K"),
    # arXiv 2512.02188: was typed a model by its size
    pytest.param("Our proposed RobustSurg obtained nearly 23% improvement on the baseline DeepLabv3+ and "
                 "from 10-32% improvement on the SOTA in terms of mean IoU score on an unseen centre "
                 "HeiCholSeg dataset when trained on CholecSeg8K.", "CholecSeg8K", id="CholecSeg8K"),
    # a title case run before a singular data noun names a dataset:
    # arXiv 2603.16815: a name word ("M5") that is a unit's shape, and a plain word
    pytest.param("Using the M5 Walmart dataset, we evaluate seven forecasting approaches and assess their "
                 "operational impact under single- and two-echelon newsvendor systems.", "M5 Walmart",
                 id="M5 Walmart"),
    # arXiv 2605.15871: plain capitalised words only
    pytest.param("On the Long Range Arena benchmark, agent-designed architectures reach within 2.3% and "
                 "2.6% of human state-of-the-art on document matching and text classification.",
                 "Long Range Arena", id="Long Range Arena"),
])
def test_a_name_sized_or_before_a_singular_data_noun_is_a_dataset(abstract, name):
    assert _found(abstract).get(name, (None,))[0] is Kind.DATASET


@pytest.mark.issue(12)
def test_a_name_sized_in_billions_after_on_is_still_no_dataset():
    # arXiv 2603.12272
    found = _found("At 80% sparsity, perplexity is reduced by 21.8% on LLaMA-2-7B, 40.1% on "
                   "LLaMA-2-13B, and 9.4% on Mistral-7B.")
    assert all(found[name][0] is Kind.MODEL for name in ("LLaMA-2-7B", "LLaMA-2-13B", "Mistral-7B"))


@pytest.mark.issue(12)
def test_a_title_phrase_before_via_names_the_problem_not_a_method():
    # arXiv 2604.26318
    title = "Point Cloud Registration via Probabilistic Self-Update Local Correspondence and Line Vector Sets"
    abstract = ("Point cloud registration (PCR) is a fundamental task for integrating 3D observations "
                "in remote sensing applications.")
    found = _found(abstract, title)
    assert "Point Cloud Registration" not in found
    assert "Point cloud registration" not in found


@pytest.mark.issue(12)
@pytest.mark.parametrize("title, abstract, name", [
    # arXiv 2602.03784: a method head ("compression") before "via": a way of doing something, kept
    ("Context Compression via Explicit Information Transmission",
     "Long-context inference with Large Language Models (LLMs) is costly due to quadratic attention "
     "and growing key-value caches, motivating context compression.", "Context Compression"),
    # arXiv 2605.17472: "for" after the phrase: the method for a task, kept
    ("Weighted Reverse Convolution for Feature Upsampling",
     "In this work, we revisit feature upsampling for VFMs from the perspective of inverse problem "
     "and propose Weighted Reverse Convolution (WRC).", "Weighted Reverse Convolution"),
])
def test_a_method_phrase_opening_a_title_stays_a_technique(title, abstract, name):
    assert _found(abstract, title).get(name, (None,))[0] is Kind.TECHNIQUE


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract, words", [
    # arXiv 2603.23390: a task's name before "dataset"
    ("For example, with only 10% labeled data on the Left Atrial Segmentation dataset, our method "
     "surpasses BCP by 1.43% Jaccard while drastically reducing the FLOPs by 90.8% and parameters by 85.8%.",
     ("Left Atrial Segmentation", "Atrial Segmentation")),
    # arXiv 2605.17607: "competition" types only a name word before it
    ("In this paper, we study the stochastic learning dynamics of Regularized Robbins-Monro (RRM) "
     "algorithms in a Bayesian Bertrand competition with private costs.", ("Bayesian Bertrand", "Bertrand")),
])
def test_a_task_or_a_plain_run_before_a_direct_head_stays_no_dataset(abstract, words):
    found = _found(abstract)
    assert all(found.get(word, (None,))[0] is not Kind.DATASET for word in words)
