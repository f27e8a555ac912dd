"""A name and its "+"/"++" variant take one kind; an apposition reads past a short form in brackets.

Sentences are quoted from corpus abstracts (arXiv ids in the comments).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds_of_paper

# (title, abstract, surface -> kind)
VARIANTS = [
    (  # 2507.00162: the text types the base only; the variant takes its kind
        "FreeLong++: Training-Free Long Video Generation via Multi-band SpectralFusion",
        "To address this, we propose FreeLong, a training-free framework designed to balance the frequency "
        "distribution of long video features during the denoising process. Building on this, FreeLong++ "
        "extends FreeLong dual-branch design into a multi-branch architecture with multiple attention "
        "branches, each operating at a distinct temporal scale. Without any additional training, FreeLong++ "
        "can be plugged into existing video generation models.",
        {"FreeLong": "technique", "FreeLong++": "technique"},
    ),
    (  # 2507.13793: the variant's apposition types both ("our model" is the code's)
        "An Enhanced Model-based Approach for Short Text Clustering",
        "To address these issues, we propose a collapsed Gibbs Sampling algorithm for the Dirichlet "
        "Multinomial Mixture model (GSDMM), which effectively handles the sparsity and high dimensionality "
        "of short texts. Based on several aspects of GSDMM that warrant further refinement, we propose an "
        "improved approach, GSDMM+, designed to further optimize its performance. GSDMM+ reduces "
        "initialization noise and adaptively adjusts word weights based on entropy. The experimental "
        "results demonstrate the efficiency and effectiveness of our methods. The source code for our model "
        "is publicly available.",
        {"GSDMM": "technique", "GSDMM+": "technique"},
    ),
    (  # 2606.10939: a loose noun does not outweigh a network's name
        "PENet+: A Lightweight Residual Transformer Framework for Efficient Image Steganalysis",
        "We present PENet+, a lightweight steganalysis framework that preserves PENet's discriminative "
        "structure while substantially improving efficiency.",
        {"PENet+": "model"},
    ),
]


@pytest.mark.parametrize(("title", "abstract", "expected"), VARIANTS)
def test_kinds_variant_takes_one_kind(title: str, abstract: str, expected: dict[str, str]) -> None:
    found = kinds_of_paper(title, abstract)
    assert {surface: found.get(surface) for surface in expected} == expected


def test_kinds_variant_of_vocabulary_name() -> None:
    # 2512.00191: "U-Net++" takes the vocabulary U-Net's kind
    abstract = ("The performance of five architectures, the U-Net (Standard and compressed), U-Net++, "
                "Attention U-Net, and CFA U-Net, was systematically evaluated across various data sparsity "
                "regimes.")
    title = ("Hybrid Context-Fusion Attention (CFA) U-Net and Clustering for Robust Seismic Horizon "
             "Interpretation")
    assert kinds_of_paper(title, abstract)["U-Net++"] == "model"


def test_kinds_apposition_past_short_form() -> None:
    # 2506.06786: "(RL)" inside the apposition no longer hides its noun
    abstract = ("We propose CA-MIQ (Context-Aware Max-Information Q-learning), a lightweight dual-critic "
                "reinforcement learning (RL) framework that dynamically adjusts its exploration strategy "
                "whenever mission priorities change.")
    assert kinds_of_paper("A study", abstract)["CA-MIQ"] == "technique"
