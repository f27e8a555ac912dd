"""The vocabulary matcher's precision: language words that name no language, a known name inside a
hyphen-joined one, and the verb forms of distillation kept in one constant (real arXiv sentences)."""

from __future__ import annotations

from paperkg.ingest.extract.vocabulary import DISTILL_VERBS, inflections
from paperkg.ingest.records import Kind
from tests.ingest._helpers import entities


def test_a_language_before_america_names_a_region():
    # arXiv 2508.12794
    links = entities("We provided estimates for some cities in the Middle East, "
                     "Latin America and East Asia.",
                     "Street View imagery")
    assert "language/latin" not in links


def test_a_language_before_a_hyphen_joined_script_names_a_writing_system():
    # arXiv 2509.03300 and 2508.14586
    links = entities(
        "Such systems are needed in speech synthesis and "
        "alignment systems, especially across multiple Latin-script languages. We also propose a "
        "post-processing method for restoring Arabic-script half-space characters.",
        "Grapheme-to-phoneme conversion")
    assert "language/latin" not in links
    assert "language/arabic" not in links


def test_a_language_before_medicine_names_a_tradition():
    # arXiv 2507.21471
    links = entities("Across diverse materials: stamp pad ink, Chinese medicine, "
                     "Pu'er tea, Citri Reticulatae Pericarpium, the method identifies the sample.",
                     "Spectral identification")
    assert "language/chinese" not in links


def test_the_language_itself_is_still_linked():
    # arXiv 2508.11499 and 2507.16463: manuscripts in Latin; Python scripts are written in Python
    links = entities(
        "We apply a state-of-the-art transformer-based HTR "
        "model to 16th-century Latin manuscripts authored by Rudolf Gwalther. The implementation "
        "consists of Python scripts for the popular Blender 3D authoring tool.",
        "Handwritten text recognition")
    assert links["language/latin"] == (Kind.LANGUAGE, {"Latin"})
    assert links["language/python"] == (Kind.LANGUAGE, {"Python"})


def test_taiwanese_alone_is_no_language_but_taiwanese_hokkien_is_min_nan():
    # arXiv 2606.18699 and the title of the Breeze Taigi paper
    links = entities("We present TW-LegalBench that utilizes Taiwanese legal system's rich official corpus.",
                     "TW-LegalBench: Measuring Taiwanese Legal Understanding")
    assert "language/min-nan-chinese" not in links
    links = entities("Taiwanese Hokkien (Taigi) presents unique opportunities for speech technology.",
                     "Breeze Taigi: Benchmarks and Models for Taiwanese Hokkien Speech Recognition and "
                     "Synthesis")
    assert links["language/min-nan-chinese"][0] is Kind.LANGUAGE


def test_a_known_name_after_a_hyphen_joined_capital_letter_is_another_name():
    # arXiv 2510.04080: C-STS is not the STS benchmark; arXiv 2507.12455: C-DPO is not DPO
    links = entities("On the official C-STS benchmark, PoLi-RL achieves a "
                     "Spearman correlation coefficient of 48.18.",
                     "Semantic similarity")
    assert "dataset/sts-b" not in links
    links = entities("Specifically, we train models using a context-aware preference "
                     "loss (C-DPO) that emphasizes discriminative learning.",
                     "Preference learning")
    assert "technique/dpo" not in links


def test_the_verbs_of_distillation_are_one_constant_the_matcher_checks():
    assert inflections("distillation")[:len(DISTILL_VERBS)] == list(DISTILL_VERBS)
    # arXiv 2508.08189: "distill" without a model near it is the plain verb
    assert not any(s for _, s in entities("We first formalize visual RL problems, and we "
                                          "distill trends such as curriculum-driven training.",
                                          "A survey").values()
                   if s & set(DISTILL_VERBS))
    links = entities("We distill the teacher model into a compact student.", "Compression")
    assert any({"distill"} <= surfaces for _, surfaces in links.values())


def test_an_acronym_that_names_other_things_is_a_dataset_only_behind_a_cue():
    # arXiv 2511.03693 and 2507.18552: colorectal cancer, and VAST the model
    links = entities("Colorectal cancer (CRC) grading is a critical prognostic factor.", "Cancer grading")
    assert "dataset/crc" not in links
    links = entities("Evaluation results for models (e.g., InternVideo, VAST, "
                     "UMT-L) are released.",
                     "Video understanding")
    assert "dataset/vast" not in links
