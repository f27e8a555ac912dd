"""Vocabulary entries that linked other senses of their surface (issue 12, vocab8), on real corpus
sentences: each fix is recorded in scripts/vocab/ with the corpus counts behind it."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import extract


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
                   "Llama 3.2, and Aya 23 to task-specific systems such as PP-OCR and LangID, and show that most "
                   "NLP technologies cannot handle Indonesia's local scripts.")
    assert links["PP-OCR"] == {("model", "model/pp-ocr")}


@pytest.mark.issue(12)
def test_acronyms_of_other_things_are_not_vocabulary_names():
    # arXiv 2512.03736 (the space station), 2603.25686 (a task)
    station = _links("", "We present the first on-orbit demonstration of RL-based autonomous control of "
                     "a free-flying robot, the NASA Astrobee, aboard the International Space Station (ISS).")
    assert "model/iss" not in _ids(station)
    task = _links("Just Zoom In: Cross-View Geo-Localization via Autoregressive Zooming",
                  "Cross-view geo-localization (CVGL) estimates a camera's location by matching a street-view "
                  "image to geo-referenced overhead imagery, enabling GPS-denied localization and navigation.")
    assert not any(kind == "dataset" for pairs in task.values() for kind, _ in pairs)


@pytest.mark.issue(12)
def test_dpg_is_the_text_to_image_benchmark_not_a_policy_gradient():
    # arXiv 2606.16255, 2603.12829
    score = _links("", "For visual generation tasks, our UniDDT achieves 0.87 GenEval score and 86.9 "
                   "DPG overall score.")
    assert score["DPG"] == {("dataset", "dataset/dpg-bench")}
    bench = _links("", "Extensive experiments on benchmarks GenEval and DPG-Bench demonstrate that "
                   "coDrawAgents substantially improves text-image alignment, spatial accuracy, and attribute "
                   "binding compared to existing methods.")
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
                   "labels based on the Euclidean distance between the ground truth coordinates and the region "
                   "centers.")
    assert "technique/gaussian-kernel" not in _ids(links)
