"""A paper's own name that no noun types gets its kind from what the text has it do (``paperkg_kinds``):
"we propose X, which keeps the backbone frozen", "X trains a dual-agent system" make a procedure
(:func:`paperkg.ingest.extract.kind_cues.acts_as_procedure`), unless the name, its long form or the title
says network, policy or agent ("HyperTea: A ... Network", "TheraAgent"); "we develop X through supervised
fine-tuning", "Post-training a medical LLM ... yields X" make a trained network
(:func:`paperkg.ingest.extract.kind_trained._trained`). Real titles and sentences from arXiv cs.AI abstracts
(``../shared/corpora/``), cut to the sentences that decide.

ANNOTATION.md: "a procedure or framework -> technique", "a trained network -> model".
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids

CASES = [
    # 2510.05023: an algorithm; "which incorporates" says what it does to the sampler
    ("Rethinking Langevin Thompson Sampling from A Stochastic Approximation Perspective",
     "To alleviate this non-stationarity, we introduce TS-SA, which incorporates stochastic approximation "
     "(SA) within the TS framework. In each round, TS-SA constructs a posterior approximation only using "
     "the most recent reward(s).",
     "TS-SA", "technique/ts-sa"),
    # 2511.02626: a training procedure
    ("Understanding New-Knowledge-Induced Factual Hallucinations in LLMs: Analysis, Solution, and "
     "Interpretation",
     "To mitigate such factual hallucinations, we propose KnownPatch, which patches a small number of known "
     "knowledge samples in the later stages of training, effectively alleviating new-knowledge-induced "
     "hallucinations.",
     "KnownPatch", "technique/knownpatch"),
    # 2506.23125: the name trains a network, so it is how the network is trained
    ("Learning Motion Skills with Adaptive Assistive Curriculum Force in Humanoid Robots",
     "Inspired by how infants rely on external support, we propose A2CF for humanoid motion learning. A2CF "
     "trains a dual-agent system, in which a dedicated assistive force agent applies state-dependent forces "
     "to guide the robot through difficult initial motions.",
     "A2CF", "technique/a2cf"),
    # 2508.10678: the title calls it a network, whatever the clause says
    ("HyperTea: A Hypergraph-based Temporal Enhancement and Alignment Network for Moving Infrared Small "
     "Target Detection",
     "To explore the potential of hypergraphs, we propose HyperTea, which integrates global and local "
     "temporal perspectives to effectively model high-order spatiotemporal correlations of features.",
     "HyperTea", "model/hypertea"),
    # 2606.30887: an agent's name
    ("Training Therapeutic Judges and Multi-Agent Systems for Human-Aligned Mental Health Support",
     "In Stage II, we introduce TheraAgent, which operationalizes TheraJudge's evaluations through a "
     "coordinated refinement process with specialized Critic, Coach, and Therapist roles.",
     "TheraAgent", "model/theraagent"),
    # 2506.21356: what fine-tuning makes is a trained network
    ("ShotBench: Expert-Level Cinematic Understanding in Vision-Language Models",
     "To catalyze advancement in this domain, we construct ShotQA, a large-scale multimodal dataset "
     "comprising approximately 70k cinematic QA pairs. Leveraging ShotQA, we develop ShotVL through "
     "supervised fine-tuning and Group Relative Policy Optimization. ShotVL significantly outperforms all "
     "existing open-source and proprietary models on ShotBench.",
     "ShotVL", "model/shotvl"),
    # 2605.26567: what post-training yields
    ("MedGuideX: Internalizing Decision Logic from Executable Guidelines into Large Language Models for "
     "Clinical Reasoning",
     "To better exploit this structure, we introduce a guideline-derived training pipeline that transforms "
     "CPG recommendations into executable clinical decision logic. Post-training a medical LLM on the "
     "generated data yields MedGuideX. Across four clinical reasoning benchmarks, MedGuideX achieves a "
     "10.28% relative improvement in average accuracy.",
     "MedGuideX", "model/medguidex"),
    # 2605.30747: fine-tuning a framework through policy gradients does not make it a trained network
    ("Generating Graph-like Rules for Knowledge Graph Reasoning via Diffusion Models",
     "To address these limitations, we propose GRiD, a framework that reformulates graph-like rule discovery "
     "as a discrete generative process conditioned on the target relation. GRiD employs a two-phase training "
     "strategy. Subsequently, reinforcement learning is applied to fine-tune GRiD through policy gradient "
     "optimization guided directly by non-differentiable rule-quality metrics.",
     "GRiD", "technique/grid"),
]


@pytest.mark.parametrize(("title", "abstract", "surface", "expected"), CASES)
def test_kinds_procedure_clauses(title: str, abstract: str, surface: str, expected: str) -> None:
    assert expected in entity_ids(abstract, title)[surface]
