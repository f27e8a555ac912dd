"""Established techniques the vocabulary missed (issue 12, eleventh list of
``scripts/vocab/established_review.tsv``), a modified name kept (differentiable rasterization), GRU as a
model like LSTM, and names of models and datasets the open dev files missed, on real arXiv sentences,
each quoting its corpus id."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # 2605.17345
    ("While Unlearnable Examples (UE) offer protection by injecting imperceptible perturbations to prevent "
     "effective model learning, existing methods primarily target 2D scenarios.", "Unlearnable Examples",
     "unlearnable examples"),
    # 2601.05590
    ("In addition, we incorporate a causal inference estimator, i.e., doubly robust estimator, to ensure "
     "more reliable risk estimation.", "doubly robust estimator", "doubly robust estimation"),
    # 2504.02480
    ("We introduce a hierarchical Bayesian model for multiple targets and propose a neural network that "
     "unrolls the underlying statistical method.", "hierarchical Bayesian model",
     "hierarchical Bayesian modeling"),
    # 2507.02644 (title)
    ("Solving the Hubbard model with Neural Quantum States.", "Neural Quantum States",
     "neural quantum states"),
    # 2604.23537
    ("Starting from a Delaunay tetrahedralization, we optimize a continuous SDF over a tetrahedral grid.",
     "Delaunay tetrahedralization", "Delaunay triangulation"),
    # 2603.29643: not 'integer linear programming' alone
    ("We evaluate two strategies: (i) a binary integer linear programming (BILP) formulation and (ii) an "
     "efficient greedy heuristic.", "binary integer linear programming", "0-1 integer programming"),
    # 2510.26346: the long form is UCT's, not Upper Confidence Bound's
    ("State-pair abstractions are mostly easy to find in algorithms such as On the Go Abstractions in Upper "
     "Confidence bounds applied to Trees (OGA-UCT).", "Upper Confidence bounds applied to Trees", "UCT"),
    # 2512.04421
    ("Moreover, our pipeline can directly render triangles optimized by the rasterization-based method "
     "Triangle Splatting, thus unifying the primitives used in novel-view synthesis.", "Triangle Splatting",
     "Triangle Splatting"),
    # 2507.23569: the modified name, not 'rasterization' alone
    ("We leverage the dense geometric information and differentiable rasterization algorithm from 3DGS to "
     "learn robust feature representations grounded in 3D.", "differentiable rasterization",
     "differentiable rasterization"),
])
def test_an_established_technique_of_the_eleventh_list_is_linked(abstract: str, surface: str,
                                                                 label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (Kind.TECHNIQUE, label)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "kind", "label"), [
    # 2507.02800: a GRU is a trained network, a model as LSTM is
    ("Second, we replace the gated recurrent unit (GRU) architecture used in the baseline algorithm with a "
     "compact Transformer.", "GRU", Kind.MODEL, "Gated Recurrent Unit"),
    # 2503.23214: the long spelling is the vocabulary's NW-UCLA
    ("The method has been validated on four benchmark datasets: NTU RGB+D 60, Northwestern-UCLA, SHREC'17, "
     "and DHG-14/28.", "Northwestern-UCLA", Kind.DATASET, "NW-UCLA"),
    # 2506.06785
    ("Word order information correlates with expert determinations of word order in three typological "
     "databases (WALS, Grambank, Autotyp).", "Grambank", Kind.DATASET, "Grambank"),
    # 2601.09282
    ("Empirical evaluation demonstrated high LLM parsing accuracy for top-tier models like Amazon Nova Pro "
     "and Mistral Pixtral Large.", "Amazon Nova Pro", Kind.MODEL, "Amazon Nova Pro"),
])
def test_a_model_or_dataset_name_the_open_dev_files_missed_is_linked(abstract: str, surface: str,
                                                                     kind: Kind, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (kind, label)
