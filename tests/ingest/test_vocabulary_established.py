"""Established names the extractor missed or linked wrongly (issue 12): spellings, sizes and tiers,
fine-tuning and pre-training names, short names of other senses (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.vocabulary import inflections
from paperkg.ingest.records import Origin
from tests.ingest._helpers import extract, surface_ids

# Established names the extractor missed (issue 12): spellings the vocabulary matcher did not look for
# (a suspended hyphen, the plural of an "-ing" head that names a thing made), released sizes and tiers
# after a model's name, a language behind a cue it does not need, and established names the vocabulary
# lacked. Real sentences from arXiv cs.AI abstracts (``../shared/corpora/``), cut to the sentences that
# decide; each quotes its corpus id.
#
# ANNOTATION.md: "BERT-based counts as BERT"; established techniques written in plain words count; "Variants:
# distinct released variants are distinct entities ... each linked to its family".


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
    # a name before a suspended hyphen is linked:
    # 2506.05398: the tokenizer keeps the suspended hyphen on the name's last token ("Net-")
    pytest.param("Our approach is architecture-agnostic and applies to both U-Net- and Transformer-based "
                 "diffusion models.", "U-Net-", "model/u-net", id="U-Net-"),
    # 2506.05480
    pytest.param("Existing neural rendering systems - whether NeRF- or 3DGS-based - embed time directly in "
                 "a deformation network.", "NeRF-", "technique/nerf", id="NeRF-"),
    # 2506.02633
    pytest.param("We propose a conditional control network for diffusion models, outperforming both CNN- "
                 "and Attention-based approaches in this context.", "CNN-",
                 "technique/convolutional-neural-network", id="CNN-"),
    # plural embeddings are linked:
    # 2508.14427
    pytest.param("A fusion mechanism is then designed to jointly model the knowledge graph embeddings with "
                 "the contextual representations from the language model.", "knowledge graph embeddings",
                 "technique/knowledge-graph-embedding", id="knowledge graph embeddings"),
    # 2506.02702 (title)
    pytest.param("ToothForge: Automatic Dental Shape Generation using Synchronized Spectral Embeddings",
                 "Spectral Embeddings", "technique/spectral-embedding", id="Spectral Embeddings"),
    # established names are linked:
    # 2506.08584
    pytest.param("Follow-up experiments show that LLM judges consistently overrate model responses.",
                 "LLM judges", "technique/llm-as-a-judge", id="LLM judges"),
    # 2510.25860 (title)
    pytest.param("Through the Judge's Eyes: Inferred Thinking Traces Improve Reliability of LLM Raters",
                 "LLM Raters", "technique/llm-as-a-judge", id="LLM Raters"),
    # 2506.04252
    pytest.param("Natural language queries are translated into SPARQL and verified subgraphs are retrieved.",
                 "SPARQL", "language/sparql", id="SPARQL"),
    # 2506.05213
    pytest.param("We evaluate LFS on Countdown and Sudoku against three classic widely-used search "
                 "algorithms.", "Countdown", "dataset/countdown", id="Countdown"),
    # 2506.01077
    pytest.param("Additionally, we develop a lightweight pipeline implemented in the Unreal Engine for "
                 "experimentation.", "Unreal Engine", "technique/unreal-engine", id="Unreal Engine"),
    # 2506.17036
    pytest.param("Posterior distributions are effectively obtained by Variational Bayes, and prediction is "
                 "performed with Monte Carlo sampling.", "Variational Bayes",
                 "technique/variational-inference", id="Variational Bayes"),
    # 2505.23751: a dataset's name, not functional maps
    pytest.param("REOrder improves top-1 accuracy over row-major ordering on ImageNet-1K by up to 3.01% and "
                 "Functional Map of the World by 13.35%.", "Functional Map of the World", "dataset/fmow",
                 id="Functional Map of the World"),
    # 2506.30901
    pytest.param("On NIH ChestX-ray14, one Effusion example recovers full-supervision localization accuracy.",
                 "NIH ChestX-ray14", "dataset/chestx-ray14", id="NIH ChestX-ray14"),
])
def test_vocabulary_established_names_link(abstract: str, surface: str, entity_id: str) -> None:
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


# Established names the vocabulary missed or linked wrongly (issue 12, branch estab3): fine-tuning and
# pre-training names with a literature of their own, linked whole instead of as the umbrella term; a few
# established techniques the vocabulary lacked; and short names that the corpus mostly writes for something
# else (ABC, SPL, lower-case copy-paste). Real sentences from arXiv cs.AI abstracts (``../shared/corpora/``),
# cut to the sentences that decide; each quotes its corpus id.
#
# ANNOTATION.md: established techniques written in plain words count; a common word that is also a name is
# not one unless the context makes it one.


#: 2503.24108: a describing word before fine-tuning still names the umbrella term alone
_DESCRIBED = ("Many existing deep-learning-based methods for analyzing colonoscopic videos either require "
              "task-specific fine-tuning, lack tracking capabilities, or rely on domain-specific "
              "pre-training.")


@pytest.mark.parametrize(("abstract", "surface", "entity_id", "broader"), [
    # 2603.16738
    ("Across backbones and task orders, direct sequential fine-tuning on incoming tasks induces catastrophic "
     "forgetting, causing update-induced performance regressions on prior tasks.",
     "sequential fine-tuning", "technique/sequential-fine-tuning", "technique/fine-tuning"),
    # 2603.16932: the acronym of the broader name
    ("We train our framework with cold-start SFT followed by multi-turn GRPO with a composite reward that "
     "combines semantic answer correctness with explicit crop-cost penalties.",
     "cold-start SFT", "technique/cold-start-supervised-fine-tuning", "technique/supervised-fine-tuning"),
    # 2604.00931
    ("Finally, we introduce a Reinforced Internalization Engine that integrates the evolved skills into the "
     "model via rejection fine-tuning, aiming to improve performance across diverse scenarios.",
     "rejection fine-tuning", "technique/rejection-fine-tuning", "technique/fine-tuning"),
    # 2603.25758
    ("Diffusion Transformer (DiT) has recently gained attention as a promising alternative to conventional "
     "U-Net-based diffusion models, demonstrating a promising avenue for downstream discriminative tasks via "
     "generative pre-training.",
     "generative pre-training", "technique/generative-pre-training", "technique/pre-training"),
])
def test_fine_tuning_names_link_whole(abstract: str, surface: str, entity_id: str, broader: str) -> None:
    extraction = extract(abstract)
    assert surface_ids(extraction)[surface] == entity_id
    assert {e.id: e.broader for e in extraction.entities}[entity_id] == broader
    # unchanged: a describing word before the umbrella term is no name
    assert surface_ids(extract(_DESCRIBED))["fine-tuning"] == "technique/fine-tuning"


@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # 2603.14001
    ("Recent advances in 3D Gaussian Splatting (3DGS) have demonstrated great success in modeling reflective "
     "3D objects and their interaction with the environment via deferred rendering (DR).",
     "deferred rendering", "technique/deferred-rendering"),
    # 2603.28995
    ("We compute a quantum kernel matrix from the inner products of these states, defining a linear system "
     "in a higher-dimensional Hilbert space.", "quantum kernel", "technique/quantum-kernel"),
    # 2603.25021: Zero-RL, not the RL inside it
    ("VideoTIR explores both Zero-RL and SFT cold-starting to enable MLLMs to retrieve and focus on "
     "meaningful video segments/images/regions.", "Zero-RL", "technique/zero-rl"),
    # 2507.19823: a spelling of cache eviction
    ("We propose HCAttention, a heterogeneous attention computation framework that integrates key "
     "quantization, value offloading, and dynamic KV eviction to enable efficient inference under extreme "
     "memory constraints.", "KV eviction", "technique/cache-eviction"),
    # 2510.21276
    ("They typically derive semantic IDs solely from item features, assuming a universal item similarity "
     "that overlooks user-specific perspectives.", "semantic IDs", "technique/semantic-ids"),
    # 2601.08634: a survey used as an evaluation set
    ("Rather than simply assigning a demographic persona, we condition models to endorse or reject specific "
     "moral values and evaluate the resulting shifts on their political orientations, using the Political "
     "Compass Test.", "Political Compass Test", "dataset/political-compass-test"),
])
def test_established_names_added(abstract: str, surface: str, entity_id: str) -> None:
    # a vocabulary name now (before, at best a name the paper's own wording made up, without its family)
    found = {(m.entity_id, m.origin) for m in extract(abstract).mentions if m.surface == surface}
    assert found == {(entity_id, Origin.VOCABULARY)}


def test_textual_gradients_in_a_title() -> None:
    # 2603.21673
    extraction = extract("We introduce WeatherTGD, a training-free multi-agent framework.",
                         "Optimizing Multi-Agent Weather Captioning via Text Gradient Descent")
    assert "technique/textual-gradients" in {m.entity_id for m in extraction.mentions}


def test_abc_only_where_a_paper_defines_it() -> None:
    # 2603.12605: the ABC CAD dataset, not approximate Bayesian computation
    wrong = extract("This study presents the largest compilation of 10 million multi-modal annotations and "
                    "metadata for 1 million ABC CAD models, namely A2Z, to unlock an unprecedented level of "
                    "BRep learning.")
    assert "technique/abc" not in {m.entity_id for m in wrong.mentions}
    # 2509.19929: defined, both spellings link
    right = surface_ids(extract("A creative use of Approximate Bayesian Computation (ABC) sampling yields an "
                           "efficient implementation that utilizes modern GPU hardware. ABC scales well."))
    assert right["Approximate Bayesian Computation"] == right["ABC"] == "technique/abc"


def test_spl_is_no_technique() -> None:
    # 2603.15370: SPL is the navigation metric (success weighted by path length)
    extraction = extract("Built on ScaleVLN, NavGRPO achieves superior robustness on R2R and REVERIE "
                         "benchmarks with +3.0% and +1.71% SPL improvements in unseen environments.")
    assert "SPL" not in surface_ids(extraction)


def test_copy_paste_the_augmentation_not_the_artifact() -> None:
    # 2603.14770: an artifact
    wrong = extract("Strong identity/layout conditions often trigger copy-paste shortcuts and weaken "
                    "prompt-driven controllability.")
    assert "technique/copy-paste" not in {m.entity_id for m in wrong.mentions}
    # 2603.26755 and 2604.19999: the augmentation
    right = surface_ids(extract(
        "Three modifications are central to our approach: (ii) domain-guided copy-paste augmentation that "
        "transplants minority-class structures. Experimental results on four standard datasets demonstrate "
        "that the proposed approach, compared to heavy and instance-level methods like Copy-Paste, prevents "
        "the generation of synthetic artifacts."))
    assert right["copy-paste augmentation"] == right["Copy-Paste"] == "technique/copy-paste"


def test_exponential_decay_the_phenomenon_is_no_schedule() -> None:
    # 2603.14999
    extraction = extract(
        "First, the Golden Compensation property shows that the exponential decay in the number "
        "of positions is exactly balanced by the exponential growth in phrase length.")
    assert "technique/exponential-decay" not in {m.entity_id for m in extraction.mentions}
