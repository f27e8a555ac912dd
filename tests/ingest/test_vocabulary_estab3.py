"""Established names the vocabulary missed or linked wrongly (issue 12, branch estab3): fine-tuning and
pre-training names with a literature of their own, linked whole instead of as the umbrella term; a few
established techniques the vocabulary lacked; and short names that the corpus mostly writes for something
else (ABC, SPL, lower-case copy-paste). Real sentences from arXiv cs.AI abstracts (``../shared/corpora/``),
cut to the sentences that decide; each quotes its corpus id.

ANNOTATION.md: established techniques written in plain words count; a common word that is also a name is
not one unless the context makes it one.
"""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Origin
from tests.ingest._helpers import extract, surface_ids

#: 2503.24108: a describing word before fine-tuning still names the umbrella term alone
_DESCRIBED = ("Many existing deep-learning-based methods for analyzing colonoscopic videos either require "
              "task-specific fine-tuning, lack tracking capabilities, or rely on domain-specific pre-training.")


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
