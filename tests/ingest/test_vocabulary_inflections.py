"""Established technique names written in another form (the participle of a gerund head:
"gradient-boosted", "majority-voted"; "Granger-causal"; "ensembled") and established names the
vocabulary lacked (cache eviction, self-verification, MIMO), on real arXiv sentences."""

from __future__ import annotations

from paperkg.ingest.extract.vocabulary import inflections
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def test_the_participle_of_a_gerund_head_is_a_form_of_the_name():
    assert inflections("majority voting") == ["majority voted"]
    assert inflections("gradient clipping") == ["gradient clipped"]
    assert inflections("pseudo-labeling") == ["pseudo-labeled"]
    assert inflections("Granger causality") == ["Granger causal"]


def test_heads_whose_participle_reads_as_a_verb_get_none():
    # "the representation learned by", "points sampled from", "visually grounded", "data mined from",
    # "the model edited by", "the model averaged over seeds"
    for name in ("representation learning", "importance sampling", "visual grounding", "data mining",
                 "model editing", "model averaging"):
        assert inflections(name) == [], name


def test_a_participle_after_a_plain_noun_is_no_technique():
    # arXiv 2510.17504, 2505.12636: a noun and the participle of a technique's head word make a relative
    # clause, not the technique (data mining, model editing)
    links = entities("Parallel data mined from CommonCrawl using our best "
                     "model is shown to train competitive NMT models for en-zh and en-de.",
                     "Parallel corpus mining")
    links.update(entities("Despite the fact that many existing knowledge editing "
                          "algorithms achieve near-perfect performance on conventional metrics, the models "
                          "edited by them are still prone to generating original knowledge.",
                          "Knowledge editing"))
    surfaces = {surface for _, found in links.values() for surface in found}
    assert "technique/data-mining" not in links
    assert not {"data mined", "models edited"} & surfaces


def test_a_majority_voted_label_is_majority_voting():
    # arXiv 2506.19467
    links = entities("Their evaluation often focuses on predicting the "
                     "majority-voted \"ground truth\" labels.",
                     "Annotator agreement")
    assert links["technique/majority-voting"] == (Kind.TECHNIQUE, {"majority-voted"})


def test_a_gradient_boosted_tree_is_gradient_boosting():
    # arXiv 2603.05617
    links = entities(
        "We combine stylometric cues within a "
        "gradient-boosted tree (XGBoost) meta-classifier to determine whether a text is generated.",
        "Machine-generated text detection")
    assert links["technique/gradient-boosting"] == (Kind.TECHNIQUE, {"gradient-boosted"})


def test_granger_causal_relationships_name_granger_causality():
    # arXiv 2510.20066
    links = entities(
        "We document statistically significant "
        "Granger-causal relationships across layers and moderate out-of-sample predictive accuracy.",
        "Liquidity layers")
    assert links["technique/granger-causality"] == (Kind.TECHNIQUE, {"Granger-causal"})


def test_ensembled_branches_are_ensembling():
    # arXiv 2602.18811
    links = entities("The branches are trained jointly and ensembled "
                     "at inference by combining semantic abstraction with domain-specific cues.",
                     "Open-vocabulary segmentation")
    assert links["technique/ensembling"] == (Kind.TECHNIQUE, {"ensembled"})


def test_kv_cache_eviction_is_cache_eviction():
    # arXiv 2602.10238
    links = entities("We reframe KV cache eviction as a reinforcement learning "
                     "(RL) problem: learning to rank tokens by their predicted usefulness.",
                     "Learned eviction")
    assert links["technique/cache-eviction"] == (Kind.TECHNIQUE, {"KV cache eviction"})


def test_pairwise_self_verification_is_self_verification():
    # arXiv 2603.04304
    links = entities("We demonstrate that models are substantially stronger at pairwise self-verification.",
                     "V1: Unifying Generation and Self-Verification for Parallel Reasoners")
    assert links["technique/self-verification"] == (Kind.TECHNIQUE,
                                                    {"Self-Verification", "self-verification"})


def test_massive_mimo_is_a_technique():
    # arXiv 2602.07509
    links = entities(
        "This paper proposes a hybrid beamforming "
        "framework for massive multiple-input multiple-output (MIMO) in near-space airship-borne "
        "communications.",
        "Airship-borne communications")
    assert links["technique/multiple-input-multiple-output"][0] is Kind.TECHNIQUE
    assert "MIMO" in links["technique/multiple-input-multiple-output"][1]
