"""Vocabulary entries and their other senses: kinds and generic flags of umbrella classes, and surfaces that
mean something else in the corpus (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities, extract

# Vocabulary precision: LSTM is a model, umbrella classes (GAN, VAE, adversarial attacks, n-stage
# training, few-shot prompting, domain generalization) are generic, and a preposition-led name keeps
# its hyphen (real arXiv sentences).


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



# Vocabulary entries that linked other senses of their surface (issue 12, vocab8), on real corpus
# sentences: each fix is recorded in scripts/vocab/ with the corpus counts behind it.


def _links(title: str, abstract: str) -> dict[str, set[tuple[str, str]]]:
    """surface -> {(kind, entity id)} of the paper's mentions."""
    extraction = extract(abstract, title)
    out: dict[str, set[tuple[str, str]]] = {}
    for m in extraction.mentions:
        out.setdefault(m.surface, set()).add((m.kind.value, m.entity_id))
    return out


def _ids(links: dict[str, set[tuple[str, str]]]) -> set[str]:
    return {eid for pairs in links.values() for _, eid in pairs}


@pytest.mark.issue(12)
def test_rope_is_the_rotary_embedding_only_in_its_own_case():
    # arXiv 2603.23286: a knot-classification benchmark
    knots = _links("Knot-10: A Tightness-Stratified Benchmark for Real-World Knot Classification",
                   "Physical knot classification is a fine-grained visual classification (FGVC) scenario in "
                   "which appearance cues are deliberately suppressed: different classes share the same rope "
                   "material, color, and background.")
    assert "technique/rope" not in _ids(knots)
    # arXiv 2505.12423: unchanged, both the long form and RoPE
    rotary = _links("", "Rotary Position Embedding (RoPE) is an efficient position encoding approach "
                    "and is widely utilized in numerous large language models (LLMs).")
    assert rotary["RoPE"] == {("technique", "technique/rope")}
    assert rotary["Rotary Position Embedding"] == {("technique", "technique/rope")}


@pytest.mark.issue(12)
def test_batchnorm_is_batch_normalization_a_technique():
    # arXiv 2606.02927
    links = _links("", "Normalization layers such as BatchNorm and LayerNorm have long been considered "
                   "essential for stable training in deep networks.")
    assert links["BatchNorm"] == {("technique", "technique/batch-normalization")}


@pytest.mark.issue(12)
def test_pp_ocr_is_a_trained_system_a_model():
    # arXiv 2502.18148
    links = _links("", "We benchmark our data across several models, from LLMs and VLMs such as GPT-4o, "
                   "Llama 3.2, and Aya 23 to task-specific systems such as PP-OCR and LangID, and show "
                   "that most NLP technologies cannot handle Indonesia's local scripts.")
    assert links["PP-OCR"] == {("model", "model/pp-ocr")}


@pytest.mark.issue(12)
def test_acronyms_of_other_things_are_not_vocabulary_names():
    # arXiv 2512.03736 (the space station), 2603.25686 (a task)
    station = _links("", "We present the first on-orbit demonstration of RL-based autonomous control of "
                     "a free-flying robot, the NASA Astrobee, aboard the International Space Station (ISS).")
    assert "model/iss" not in _ids(station)
    task = _links("Just Zoom In: Cross-View Geo-Localization via Autoregressive Zooming",
                  "Cross-view geo-localization (CVGL) estimates a camera's location by matching a "
                  "street-view image to geo-referenced overhead imagery, enabling GPS-denied localization "
                  "and navigation.")
    assert not any(kind == "dataset" for pairs in task.values() for kind, _ in pairs)


@pytest.mark.issue(12)
def test_dpg_is_the_text_to_image_benchmark_not_a_policy_gradient():
    # arXiv 2606.16255, 2603.12829
    score = _links("", "For visual generation tasks, our UniDDT achieves 0.87 GenEval score and 86.9 "
                   "DPG overall score.")
    assert score["DPG"] == {("dataset", "dataset/dpg-bench")}
    bench = _links("", "Extensive experiments on benchmarks GenEval and DPG-Bench demonstrate that "
                   "coDrawAgents substantially improves text-image alignment, spatial accuracy, and "
                   "attribute binding compared to existing methods.")
    assert "technique/dpg" not in _ids(bench) and "dataset/dpg-bench" in _ids(bench)
    # arXiv 2509.23711: the long form still names the technique
    long_form = _links("", "In this paper, we investigate deterministic policy gradient methods for "
                       "continuous-time RL.")
    assert "technique/dpg" in _ids(long_form)


@pytest.mark.issue(12)
def test_wilds_is_the_benchmark_only_in_capitals():
    # arXiv 2603.23497 (a game), 2509.26027 (the benchmark)
    game = _links("", "In this paper, we propose WildWorld, a large-scale action-conditioned world "
                  "modeling dataset with explicit state annotations, automatically collected from a "
                  "photorealistic AAA action role-playing game (Monster Hunter: Wilds).")
    assert "dataset/wilds" not in _ids(game)
    bench = _links("", "Experimental results on the challenging WILDS benchmark Camelyon17 demonstrate "
                   "consistent performance gains over state-of-the-art OOD baselines.")
    assert bench["WILDS"] == {("dataset", "dataset/wilds")}


@pytest.mark.issue(12)
def test_a_gaussian_kernel_is_a_function_not_a_technique():
    # arXiv 2603.13415
    links = _links("", "Rather than a hard categorization, we employ a Gaussian kernel to compute soft "
                   "labels based on the Euclidean distance between the ground truth coordinates and "
                   "the region centers.")
    assert "technique/gaussian-kernel" not in _ids(links)
