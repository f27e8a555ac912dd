"""Established names the extractor missed (issue 12): spellings the vocabulary matcher did not look for
(a suspended hyphen, the plural of an "-ing" head that names a thing made), released sizes and tiers
after a model's name, a language behind a cue it does not need, and established names the vocabulary
lacked. Real sentences from arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences that
decide; each quotes its corpus id.

ANNOTATION.md: "BERT-based counts as BERT"; established techniques written in plain words count; "Variants:
distinct released variants are distinct entities ... each linked to its family".
"""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.vocabulary import inflections
from tests.ingest._helpers import extract, surface_ids


@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2506.05398: the tokenizer keeps the suspended hyphen on the name's last token ("Net-")
    ("Our approach is architecture-agnostic and applies to both U-Net- and Transformer-based diffusion "
     "models.",
     "U-Net-", "model/u-net"),
    # 2506.05480
    ("Existing neural rendering systems - whether NeRF- or 3DGS-based - embed time directly in a "
     "deformation network.", "NeRF-", "technique/nerf"),
    # 2506.02633
    ("We propose a conditional control network for diffusion models, outperforming both CNN- and "
     "Attention-based approaches in this context.", "CNN-", "technique/convolutional-neural-network"),
])
def test_a_name_before_a_suspended_hyphen_is_linked(abstract: str, surface: str, entity_id: str) -> None:
    assert surface_ids(extract(abstract)).get(surface) == entity_id


def test_a_language_before_a_suspended_hyphen_is_not_linked_by_it() -> None:
    # 2506.05398 and 2606.11316: "U-Net-" is linked, "English-" (of "English- and Chinese-centric", a
    # property of resources) is not
    extraction = extract("Our approach is architecture-agnostic and applies to both U-Net- and "
                         "Transformer-based diffusion models. Although substantial progress has been made "
                         "in developing safety evaluation datasets, existing resources remain "
                         "overwhelmingly English- and Chinese-centric.")
    links = surface_ids(extraction)
    assert links.get("U-Net-") == "model/u-net" and "English-" not in links


def test_a_left_conjunct_after_a_hyphenated_modifier_is_a_technique() -> None:
    # 2504.20970: "state-of-the-art" modifies the coordination, as an article would
    extraction = extract(
        "In this work, we propose a Singular Value Decomposition-based Least Squares (SVD-LS) "
        "framework for multi-class pneumonia classification, leveraging powerful feature "
        "representations from state-of-the-art self-supervised and transfer learning models.")
    assert surface_ids(extraction).get("self-supervised") == "technique/self-supervised-learning"


def test_embedding_and_encoding_heads_have_plurals() -> None:
    assert inflections("knowledge graph embedding") == ["knowledge graph embeddings"]
    assert inflections("positional encoding") == ["positional encodings"]
    assert inflections("label smoothing") == []  # other "-ing" heads still take none


@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2508.14427
    ("A fusion mechanism is then designed to jointly model the knowledge graph embeddings with the "
     "contextual representations from the language model.", "knowledge graph embeddings",
     "technique/knowledge-graph-embedding"),
    # 2506.02702 (title)
    ("ToothForge: Automatic Dental Shape Generation using Synchronized Spectral Embeddings",
     "Spectral Embeddings", "technique/spectral-embedding"),
])
def test_plural_embeddings_are_linked(abstract: str, surface: str, entity_id: str) -> None:
    assert surface_ids(extract(abstract)).get(surface) == entity_id


def test_more_sizes_after_a_sized_model_are_its_siblings() -> None:
    # 2511.11664
    extraction = extract("Moreover, we validated the framework's effectiveness on advanced natural language "
                         "processing tasks by employing Llama2 7B and 13B on standard benchmarks.")
    assert surface_ids(extraction).get("13B") == "model/llama-2-13b"
    # 2505.17561: a size the vocabulary does not know is discovered in the family
    extraction = extract("Experiments on CogVideoX-2B and 5B demonstrate that ANSE improves video quality.")
    sibling = next(e for e in extraction.entities if e.label == "CogVideoX-5B")
    assert sibling.kind.value == "model" and sibling.broader == "model/cogvideox"
    # 2505.18116: sizes alone name no model; 2506.03097: the sized model before them does
    assert not extract("We conduct experiments on 7B and 32B models in math reasoning tasks.").mentions
    extraction = extract("It outperforms the base Qwen2.5-VL 3B and 7B models by 14.33 and 13.87 "
                         "accuracy points.")
    assert surface_ids(extraction) == {"Qwen2.5-VL 3B": "model/qwen2.5-vl-3b", "7B": "model/qwen2.5-vl-7b"}


def test_a_tiny_tier_is_a_released_variant() -> None:
    # 2608.07651
    extraction = extract("The workflow had three steps: (1) LLM initial assessment; (2) function calling "
                         "to invoke specialized tools for image quality (QAModel, FundaQ-8), glaucoma "
                         "classification (SwinV2-Tiny), and optic disc/cup segmentation (SegFormer-B0).")
    variant = next(e for e in extraction.entities if e.label == "SwinV2-Tiny")
    assert variant.kind.value == "model" and variant.broader == "model/swin-transformer-v2"


def test_mandarin_needs_no_cue() -> None:
    # 2506.04586
    extraction = extract("Experiments on both Mandarin ASR and Spanish-to-English AST tasks show that LESS "
                         "achieves a notable absolute WER reduction of 3.77% on the Wenet Speech test set.")
    assert surface_ids(extraction).get("Mandarin") == "language/mandarin-chinese"


@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2506.08584
    ("Follow-up experiments show that LLM judges consistently overrate model responses.", "LLM judges",
     "technique/llm-as-a-judge"),
    # 2510.25860 (title)
    ("Through the Judge's Eyes: Inferred Thinking Traces Improve Reliability of LLM Raters", "LLM Raters",
     "technique/llm-as-a-judge"),
    # 2506.04252
    ("Natural language queries are translated into SPARQL and verified subgraphs are retrieved.", "SPARQL",
     "language/sparql"),
    # 2506.05213
    ("We evaluate LFS on Countdown and Sudoku against three classic widely-used search algorithms.",
     "Countdown", "dataset/countdown"),
    # 2506.01077
    ("Additionally, we develop a lightweight pipeline implemented in the Unreal Engine for experimentation.",
     "Unreal Engine", "technique/unreal-engine"),
    # 2506.17036
    ("Posterior distributions are effectively obtained by Variational Bayes, and prediction is performed "
     "with Monte Carlo sampling.", "Variational Bayes", "technique/variational-inference"),
    # 2505.23751: a dataset's name, not functional maps
    ("REOrder improves top-1 accuracy over row-major ordering on ImageNet-1K by up to 3.01% and "
     "Functional Map of the World by 13.35%.", "Functional Map of the World", "dataset/fmow"),
    # 2506.30901
    ("On NIH ChestX-ray14, one Effusion example recovers full-supervision localization accuracy.",
     "NIH ChestX-ray14",
     "dataset/chestx-ray14"),
])
def test_established_names_are_linked(abstract: str, surface: str, entity_id: str) -> None:
    assert surface_ids(extract(abstract)).get(surface) == entity_id


def test_clustering_is_linked_behind_a_cue_only() -> None:
    # 2510.13748
    linked = extract("Recent advances in clustering methods have enabled the efficient recovery of this "
                     "latent structure.")
    assert surface_ids(linked).get("clustering") == "technique/clustering"
    # 2506.03394: a metric, no method
    metric = extract("The learned embeddings formed physiologically meaningful clusters, achieving superior "
                     "clustering metrics (Silhouette: 0.748, DBI: 0.35).")
    assert "technique/clustering" not in {m.entity_id for m in metric.mentions}
