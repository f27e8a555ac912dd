"""Review findings of 2026-12-06: odd inputs that hung or mislinked, counted sets, release clauses and joined
models (real corpus sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.kind_evidence import _occurrences, evidence_kind
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entity_ids, kinds_of_paper, surface_roles

# Review findings of 2026-12-06, night: odd inputs that hung or mislinked (real corpus sentences where the
# finding came from one).


@pytest.mark.issue(12)
def test_an_empty_label_occurs_nowhere():
    # consistency reads every discovered label's occurrences: an empty one looped for ever
    assert list(_occurrences("An abstract.", "")) == []


@pytest.mark.issue(12)
def test_suspended_hyphens_before_commas_name_the_models():
    # arXiv 2605.03624: "BERT-, T5-, and LLaMA-based approaches"
    roles = surface_roles(
        "We apply State-of-the-Art (SOTA) methods for ABSA, including BERT-, T5-, and LLaMA-based "
        "approaches to assess performance.",
        "Aspect-based sentiment analysis")
    assert "BERT-" in roles and "T5-" in roles


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name", "introduced"), [
    # arXiv 2511.07808: the paper builds the dataset it names
    ("Additionally, to enhance robustness and generalization during pre-training, a large-scale and diverse "
     "dataset named SARSense, comprising 460,532 SAR images, is constructed to enable the model to capture "
     "more generalized representations.", "SARSense", True),
    # a benchmark named in an evaluation is not the paper's
    ("We evaluate our method on a benchmark called FinQABench2.", "FinQABench2", False),
])
def test_a_dataset_named_so_is_the_papers_only_when_it_makes_it(abstract, name, introduced):
    assert ("introduces" in surface_roles(abstract)[name]) is introduced


@pytest.mark.issue(12)
def test_mini_batches_are_no_model_tier():
    # "mini" after a space is a tier ("GPT-5 mini"), not in "mini batches"
    roles = surface_roles("We train GPT-2 mini batches of size 32 and compare with GPT-5 mini.", "Training")
    assert "GPT-2" in roles and "GPT-2 mini" not in roles and "GPT-5 mini" in roles


@pytest.mark.issue(12)
def test_a_size_after_a_space_needs_a_name_before_it():
    # arXiv 2605.16714: "-based" ends a description, not a model's name
    roles = surface_roles("Using this supervision pipeline, we train two Qwen3-4B-Instruct-2507-based 4B "
                          "extractors.",
                          "Extraction")
    assert not any(surface.endswith("based 4B") for surface in roles)


@pytest.mark.issue(12)
def test_a_clause_after_a_colon_is_no_long_form():
    # a colon before a clause: GPT-4's apposition is not SciBench's; a long form after one still is
    # (arXiv 2605.08858: "ProDG: Generative Prototypes for Data-Free Post-Hoc Explainability, a novel
    # framework")
    assert evidence_kind("SciBench", "Existing results on SciBench: Our analysis shows that GPT-4, a large "
                                     "language model, fails.") is None
    assert evidence_kind("ProDG", "we address this issue and introduce ProDG: Generative Prototypes for "
                                  "Data-Free Post-Hoc Explainability, a novel framework that leverages "
                                  "generative models") is Kind.TECHNIQUE



# Review mends of 2026-12-06 (late): a counted set only after a verb of making (``paperkg_kinds``), a
# release clause's "on GitHub" (``paperkg_lists``), joined models once each (``paperkg_variants``); on
# real arXiv cs.AI sentences (``../shared/corpora/``).


_COMPOSE_TITLE = "ComposeRAG: A Modular and Composable RAG for Corpus-Grounded Multi-Hop Question Answering"


def test_a_fronted_counted_phrase_gives_its_subject_no_kind():
    # 2506.00232, its sentence with "the" before the count: the name after the fronted phrase is its
    # subject, not one of the benchmarks
    linked = entity_ids(
        "We introduce ComposeRAG, a novel modular abstraction that decomposes RAG pipelines into "
        "atomic, composable modules. Evaluated on the four challenging multi-hop QA benchmarks, "
        "ComposeRAG consistently outperforms strong baselines in both accuracy and grounding fidelity.",
        _COMPOSE_TITLE)
    assert linked["ComposeRAG"] and not any(i.startswith("dataset/") for i in linked["ComposeRAG"])


def test_a_counted_set_the_paper_makes_still_gives_the_kind():
    # 2505.20789 (as precm's rule reads it): "we propose two novel methods, DMILO and ..."
    linked = entity_ids(
        "In this paper, we propose two novel methods, DMILO and DMILO-PGD, to address these issues.",
        "")
    assert linked["DMILO"] == {"technique/dmilo"}


@pytest.mark.parametrize(("abstract", "title"), [
    # where the code is released, not what was scored on
    pytest.param("Our code is released under the Apache 2.0 license on GitHub and is "
                 "distributed as an installable package via PyPI.", "HalluCiteChecker", id="2604.26835"),
    pytest.param("Normalized overall scores range from 12.9% to 57.1%, highlighting a significant gap. "
                 "We release $\u03b1^{3}$-SecBench on GitHub: https://github.com/maferrag/AlphaSecBench", "",
                 id="2601.18754"),
])
def test_a_release_clause_hosts_no_dataset(abstract, title):
    assert "GitHub" not in entity_ids(abstract, title)


def test_a_score_on_a_dataset_is_still_linked():
    # the rule the release clause narrows: a score "on MODMA" (data4's example)
    linked = entity_ids("Our model reaches an accuracy of 0.82 on MODMA, outperforming prior baselines.", "")
    assert linked["MODMA"] == {"dataset/modma"}


def test_a_model_joins_one_backbone_and_a_list_of_backbones_stays_apart():
    linked = entity_ids(
        "We use CLIP ViT-L/14 and DINOv3 ViT-L/16 features.",
        "")  # var3's pairs, still joined
    assert "CLIP ViT-L/14" in linked and "DINOv3 ViT-L/16" in linked
    # a list of backbones written without commas: each its own model, no overlapping "pairs"
    linked = entity_ids("Backbones: ResNet-50 ViT-B/16 Swin-T ConvNeXt-T.", "")
    assert linked == {"ResNet-50": {"model/resnet-50"}, "ViT-B/16": {"model/vit-b-16"},
                      "Swin-T": {"model/swin-t"}, "ConvNeXt-T": {"model/convnext-t"}}


# The review's minimal sentences (shaped on corpus ones) for three more mends.

def test_a_data_name_spelling_no_short_form_leaves_the_vocabulary_link():
    # abbreviations: the data's name before "(SST-2) dataset" does not take the vocabulary's SST-2
    linked = entity_ids("We evaluate on the Stanford Sentiment Treebank (SST-2) dataset.", "")
    assert linked["SST-2"] == {"dataset/sst-2"}


def test_a_phrase_after_a_fronted_name_is_the_clause_subject():
    # coined: "Using CLIP, a ... module aligns": the module is the paper's, not CLIP's description; nor is a
    # list item's description one ("a ... module, SAM2, and a decoder")
    linked = entity_ids(
        "Using CLIP, a novel contrastive alignment module aligns the two modalities and improves "
        "retrieval.",
        "")
    assert linked["contrastive alignment module"] == {"technique/contrastive-alignment-module"}
    linked = entity_ids("We propose a pipeline that combines a novel cross-view fusion module, SAM2, and a "
                        "lightweight decoder.",
                        "")
    assert "cross-view fusion module" in linked


def test_names_after_each_dataset_are_no_dataset():
    # discover: "For each dataset, A, B and C are tuned": the names are the subject
    linked = entity_ids("For each dataset, SparseKD, LoRA and QLoRA are tuned with the same budget.", "")
    assert linked["SparseKD"] == {"technique/sparsekd"}
    # an apposition after a fronted phrase stays (data4's rule; 2510.25413)
    linked = entity_ids(
        "Using the resulting corpus, TikTok-SL-8, we assess the performance of two off-the-shelf "
        "systems.",
        "")
    assert linked["TikTok-SL-8"] == {"dataset/tiktok-sl-8"}


@pytest.mark.issue(12)
def test_a_concept_pair_keeps_the_vocabulary_method_inside_it():
    # 2504.18323: "Tensor Principal Component Analysis (TPCA) problem" names a problem, so the pair
    # defines nothing; the vocabulary's PCA inside it stays linked (it was dropped before the check)
    ids = entity_ids(
        "In this paper, we propose a self-guided data augmentation approach that employs adaptive weighting "
        "to suppress outlier influence, reformulating the original TRPCA problem into a standard Tensor "
        "Principal Component Analysis (TPCA) problem.")
    assert ids["Principal Component Analysis"] == {"technique/principal-component-analysis"}
    assert "TPCA" not in ids


@pytest.mark.issue(12)
def test_an_ampersand_joins_one_dataset_name_not_a_list():
    # 2503.13721: "Tanks & Temples" is one benchmark, not the datasets Tanks and Temples
    ids = entity_ids(
        "Extensive results on ETH3D, Tanks & Temples, BlendedMVS and Strecha datasets validate the "
        "state-of-the-art performance and robust generalization capability of our proposed method.")
    assert "Tanks" not in ids and "Temples" not in ids


@pytest.mark.issue(12)
def test_words_run_together_by_a_comma_are_no_list_item():
    # 2506.13156: "USTC-CSL100,and" is two words without a space, not part of a dataset's name
    ids = entity_ids(
        "Extensive experiments conducted on the PHOENIX14T, USTC-CSL100,and USTC-SLR500 datasets demonstrate "
        "the superior performance of our method.")
    assert not any("," in surface for surface in ids)


@pytest.mark.issue(12)
def test_a_plural_disease_long_form_is_no_method():
    # 2603.13673: "Alzheimer's Disease and Related Dementias (ADRD)" names diseases
    ids = entity_ids(
        "Accurate extraction of Alzheimer's Disease and Related Dementias (ADRD) phenotypes from electronic "
        "health records (EHR) is critical for early-stage detection and disease staging.")
    assert "ADRD" not in ids


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # 2603.20782: a long form headed "Model" outweighs "a ... strategy" said elsewhere
    ("MEMO: Human-like Crisp Edge Detection Using Masked Edge Prediction",
     "In this work, we introduce the Masked Edge Prediction MOdel (MEMO), which produces both accurate and "
     "crisp edges using only cross-entropy loss. Leveraging this, we propose a novel progressive prediction "
     "strategy that sequentially finalizes edge predictions in order of prediction confidence, resulting in "
     "thinner and more precise contours.", "MEMO"),
    # 2503.18559: the title calls the work "an Efficient Text-to-Video Model"
    ("AMD-Hummingbird: Towards an Efficient Text-to-Video Model",
     "To address this challenge, we propose a lightweight T2V framework, termed Hummingbird, which prunes "
     "existing models and enhances visual quality through visual feedback learning.", "AMD-Hummingbird"),
])
def test_a_name_the_paper_calls_a_model_stays_a_model(title, abstract, name):
    assert kinds_of_paper(title, abstract)[name] == "model"


@pytest.mark.issue(12)
def test_the_last_tier_before_a_full_stop_is_linked():
    # 2508.06535-style list at a sentence's end: "B3." was lost to the full stop
    ids = entity_ids("We benchmark EfficientNet variants B0, B1, and B3. The results show gains.")
    assert ids["B3"] == {"model/efficientnet-b3"}
