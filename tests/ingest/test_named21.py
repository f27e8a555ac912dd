"""Names a paper coins or cites that no list holds: what it compares with (``paperkg_lists``) and what a
naming word after a method or model noun gives a name (``paperkg_heads``). Sentences from the corpus."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract, kinds


def _kinds_and_roles(abstract: str) -> dict[str, tuple[Kind, Role]]:
    return {m.surface: (m.kind, m.role) for m in extract(abstract).mentions}


@pytest.mark.parametrize("abstract, names", [
    # arXiv 2606.00487
    pytest.param("Experiments across diverse datasets and model families demonstrate "
                 "that TAPS achieves up to 7.9x lossless end-to-end speedup over vanilla "
                 "autoregressive decoding, outperforming state-of-the-art DFlash and DDTree by "
                 "1.36x and 1.74x respectively.",
                 ["DFlash", "DDTree"], id="outperforming"),
    # arXiv 2510.15775
    pytest.param("Extensive experiment results demonstrate that SANR significantly "
                 "outperforms state-of-the-art techniques regarding rate-distortion performance "
                 "with a 65.62\\% BD-rate saving against HEVC.",
                 ["HEVC"], id="saving-against"),
    # arXiv 2604.12622
    pytest.param("In addition, MMSD achieves lower payload size than the recent SPIC "
                 "baseline while preserving strong semantic consistency.",
                 ["SPIC"], id="than-baseline"),
    # arXiv 2606.01701
    pytest.param("Simulation results show that the proposed approach achieves 0.95% "
                 "and 1.98% bit-rate savings on average compared to VTM-8.0 without GEO for Random "
                 "Access and Low-Delay B configurations, respectively.",
                 ["VTM-8.0"], id="compared-to"),
    # arXiv 2607.25675
    pytest.param("Under each benchmark's official evaluation, DecoEvo outperforms all "
                 "compared methods across five benchmarks and three LLM backbones, yielding "
                 "2.8--5.0\\% relative gains over SkillOpt in the five-benchmark average.",
                 ["SkillOpt"], id="gains-over"),
    # arXiv 2606.15017
    pytest.param("We compare AWM, ASI, and ReasoningBank with a token-matched vanilla "
                 "baseline that uses the same budget for additional actor steps.",
                 ["ASI", "ReasoningBank"], id="we-compare"),
])
def test_names_compared_with_are_techniques(abstract, names):
    found = kinds(abstract)
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, Kind.TECHNIQUE)


def test_a_name_outperformed_is_compared_with():
    # arXiv 2606.00487
    found = _kinds_and_roles("Experiments across diverse datasets and model families demonstrate that TAPS "
                             "achieves up to 7.9x lossless end-to-end speedup over vanilla autoregressive "
                             "decoding, outperforming state-of-the-art DFlash and DDTree by 1.36x and 1.74x "
                             "respectively.")
    assert found["DFlash"] == (Kind.TECHNIQUE, Role.COMPARES_WITH)


@pytest.mark.parametrize("abstract, names", [
    # arXiv 2511.12346: a network's name in the list makes its names models
    pytest.param("Experiments conducted on the Indian Pines and Salinas datasets show "
                 "state-of-the-art performance, achieving overall accuracies of 99.71% and 99.96%, "
                 "significantly surpassing HybridSN, SSRN, and SpectralFormer.",
                 ["HybridSN", "SSRN"], id="network-listed"),
    # arXiv 2604.13278: a known model's name with a size letter
    pytest.param("Evaluated on VisDrone2019-DET, DroneScan-YOLO achieves 55.3% mAP@50 "
                 "and 35.6% mAP@50-95, outperforming the YOLOv8s baseline by +16.6 and +12.3 points "
                 "respectively.",
                 ["YOLOv8s"], id="built-on-a-model"),
    # arXiv 2503.19308: an apposition calls it a network
    pytest.param("Our findings reveal that UlikeMamba, a U-shape Mamba-based network, "
                 "consistently surpasses UlikeTrans, a U-shape Transformer-based network, "
                 "particularly when enhanced with custom-designed 3D depthwise convolutions, "
                 "boosting accuracy and computational efficiency.",
                 ["UlikeTrans"], id="apposed-network"),
    # arXiv 2512.04483: ... a tokenizer
    pytest.param("Extensive experiments demonstrate that DeRA outperforms LARP, the "
                 "previous state-of-the-art video tokenizer by 25% on UCF-101 in terms of rFVD.",
                 ["LARP"], id="apposed-tokenizer"),
])
def test_names_compared_with_are_models_when_shaped_or_called_so(abstract, names):
    found = kinds(abstract)
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, Kind.MODEL)


def test_a_comparison_that_opens_its_clause_ends_at_the_comma():
    # arXiv 2602.21010: the name after the comma is the clause's subject, not compared with
    abstract = ("Compared with DEIM-D-FINE, Le-DETR-M achieves \\textbf{+0.2 mAP} with slightly faster "
                "inference, and surpasses DEIM-D-FINE-L by \\textbf{+0.4 mAP} with only \\textbf{0.4 ms} "
                "additional latency.")
    found = kinds(abstract, by="paperkg_lists")
    assert found == {"DEIM-D-FINE": Kind.MODEL, "DEIM-D-FINE-L": Kind.MODEL}


@pytest.mark.parametrize("abstract, name, kind", [
    # arXiv 2512.14026
    pytest.param("In this paper, we propose a novel SSL framework, namely CITab, "
                 "designed to learn powerful multi-modal feature representations in a cross-tabular "
                 "manner.",
                 "CITab", Kind.TECHNIQUE, id="namely"),
    # arXiv 2510.20963
    pytest.param("To mitigate the issue, we introduce a new collaborative MAD "
                 "protocol, termed ColMAD, that reframes MAD as a non-zero sum game.",
                 "ColMAD", Kind.TECHNIQUE, id="termed"),
    # arXiv 2509.24741
    pytest.param("Furthermore, we propose a novel multi-modal tracker, dubbed "
                 "RDTTrack.",
                 "RDTTrack", Kind.MODEL, id="dubbed"),
])
def test_a_name_a_naming_word_gives_after_a_noun_is_introduced(abstract, name, kind):
    assert _kinds_and_roles(abstract).get(name) == (kind, Role.INTRODUCES)


def test_a_name_called_so_after_a_method_noun_is_a_technique():
    # arXiv 2601.08982: no verb of making, the noun alone types it
    abstract = ("Using a fine-tuning strategy called PoseMaskRefine, we incorporate pose keypoints with high "
                "visibility into the iterative correction process originally employed by SAM, yielding "
                "improved robustness and accuracy across multiple datasets.")
    assert kinds(abstract).get("PoseMaskRefine") is Kind.TECHNIQUE
