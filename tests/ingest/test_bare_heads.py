"""A known technique a paper writes only as a bare word ("distillation", "RL", "pruning") beside the one
known technique it heads there ("video dataset distillation", "offline reinforcement learning") is that
technique written short: one entity, not the broader one beside it (``paperkg_kinds``). Not where the
text sets the bare word against the paper's own ("in forward RL", "standard RAG baselines").
Sentences from the corpus."""

from __future__ import annotations

from tests.ingest._helpers import extract, surface_ids


def test_bare_word_of_the_papers_technique_is_that_technique():
    # arXiv 2507.22360
    title = "GVD: Guiding Video Diffusion Model for Scalable Video Distillation"
    abstract = ("To address the larger computation and storage requirements associated with large video "
                "datasets, video dataset distillation aims to capture spatial and temporal information in a "
                "significantly smaller dataset, such that training on the distilled data has comparable "
                "performance to training on all of the data. We propose GVD: Guiding Video Diffusion, the "
                "first diffusion-based video distillation method.")
    ids = surface_ids(extract(abstract, title))
    assert ids["dataset distillation"] == "technique/dataset-distillation"
    assert "technique/knowledge-distillation" not in ids.values()


def test_short_form_inside_the_longer_name_is_that_name():
    # arXiv 2512.08485
    abstract = ("Offline Reinforcement Learning (RL) enables policy optimization from static datasets but is "
                "inherently vulnerable to data poisoning attacks.")
    ids = surface_ids(extract(abstract))
    assert ids["RL"] == ids["Offline Reinforcement Learning"] == "technique/offline-reinforcement-learning"


def test_bare_word_set_against_the_papers_own_stays_broad():
    # arXiv 2509.23135
    abstract = ("Inverse Reinforcement Learning (IRL) learns a reward function to explain expert "
                "demonstrations. Theoretically, TRRO provides the IRL counterpart to the stability "
                "guarantees of Trust Region Policy Optimization (TRPO) in forward RL.")
    ids = surface_ids(extract(abstract))
    assert ids["Inverse Reinforcement Learning"] == "technique/inverse-reinforcement-learning"
    assert ids["RL"] == "technique/reinforcement-learning"


def test_standard_baseline_stays_broad():
    # arXiv 2603.19276
    abstract = ("To address this limitation, we introduce a Graph Retrieval-Augmented Generation "
                "(GraphRAG) framework that organizes reference materials into a structured knowledge graph "
                "to explicitly model dependencies between concepts. Experimental evaluations on a Next "
                "Generation Science Standards (NGSS) dataset demonstrate that this structural approach "
                "significantly outperforms standard RAG baselines across all metrics.")
    ids = surface_ids(extract(abstract))
    assert ids["RAG"] == "technique/retrieval-augmented-generation"
    assert ids["GraphRAG"] != ids["RAG"]
