"""Vocabulary precision: LSTM is a model, umbrella classes (GAN, VAE, adversarial attacks, n-stage
training, few-shot prompting, domain generalization) are generic, and a preposition-led name keeps
its hyphen (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities, extract


def _generic(abstract: str) -> dict[str, bool]:
    """Entity id -> its generic flag, for the entities linked in ``abstract``."""
    extraction = extract(abstract, "")
    return {e.id: e.generic for e in extraction.entities}


def test_vocabulary_lstm_is_a_model():
    # arXiv 2506.11032: a trained recurrent network, marked a model by the dev annotators
    links = entities("A Long Short-Term Memory (LSTM) recurrent neural network is used to combine sensor "
                     "information effectively, highlighting the benefits of data fusion.",
                     "Bearing and induction motor diagnosis")
    assert links["model/lstm"] == (Kind.MODEL, {"Long Short-Term Memory", "LSTM"})


def test_vocabulary_bidirectional_lstm_stays_the_bilstm_technique():
    # arXiv 2510.23685: the long form is BiLSTM's, not the LSTM model inside it
    links = entities("This study proposes a parallel predictive framework integrating Transformer and "
                     "Bidirectional Long Short-Term Memory (BiLSTM) networks.",
                     "Parallel BiLSTM-Transformer networks for forecasting chaotic dynamics")
    assert links["technique/bilstm"][0] is Kind.TECHNIQUE
    assert "Bidirectional Long Short-Term Memory" in links["technique/bilstm"][1]
    assert "model/lstm" not in links


@pytest.mark.parametrize(("abstract", "entity_id"), [
    # arXiv 2510.26828, 2510.11690, 2510.15333, 2510.10248, 2511.02795, 2510.10464
    ("This work investigates how generative adversarial networks (GANs) can be optimized for small "
     "datasets to generate realistic and diagnostically meaningful images.", "technique/gan"),
    ("Most DiTs continue to rely on the original VAE encoder, which introduces several limitations.",
     "technique/vae"),
    ("Graph Mixture of Experts Can Defend Against Various Graph Adversarial Attacks.",
     "technique/adversarial-attack"),
    ("We develop a two-stage training strategy: supervised fine-tuning (SFT) using 16,000 high-quality "
     "reasoning trajectories.", "technique/two-stage-training"),
    ("Our results suggest that while few-shot prompting yields modest gains, the instruction-tuned models "
     "achieve near-perfect accuracies in generating the negative sign.", "technique/few-shot-prompting"),
    ("Extensive experiments on MultiTIPS demonstrate the superiority of the proposed method over "
     "state-of-the-art approaches, along with strong cross-domain generalization and interpretability.",
     "technique/domain-generalization"),
])
def test_vocabulary_umbrella_classes_are_generic(abstract, entity_id):
    assert _generic(abstract).get(entity_id) is True


@pytest.mark.parametrize(("abstract", "linked"), [
    # arXiv 2607.24765: two words of a sentence, not the resampling method; arXiv 2512.10545: the method
    ("(5) the advantage grows under sampling stochasticity (g=2.87 at temperature 0.7);", False),
    ("We investigate the effects of substantial data repetition on minor languages and under-sampling on "
     "dominant languages using the IberoBench framework for quantitative evaluation.", True),
])
def test_vocabulary_a_preposition_led_name_keeps_its_hyphen(abstract, linked):
    assert ("technique/undersampling" in entities(abstract, "")) is linked
