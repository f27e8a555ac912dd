"""Vocabulary data (issue 12): established techniques the vocabulary lacked, short names that corpus abstracts
define for other senses (a context cue now needed), and the generic data entries that stay (real arXiv
sentences)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids, extract


def _ids(abstract: str, title: str = "A study") -> set[str]:
    """Every entity id linked in the paper."""
    return {m.entity_id for m in extract(abstract, title).mentions}


# -- established techniques (curated_established.jsonl) ----------------------------------------------------

@pytest.mark.parametrize(("abstract", "surface", "entity_id"), [
    # established technique linked:
    # arXiv 2604.00594 (56 corpus abstracts write item response theory)
    pytest.param("Our approach augments Item Response Theory (IRT) with rich features extracted from tasks, "
                 "including issue statements, repository contexts, solutions, and test cases.", "IRT",
                 "technique/item-response-theory", id="IRT"),
    # arXiv 2605.18663: the short form alone, in exact case (44 abstracts write IRT, ~1 for another sense)
    pytest.param("We calibrate a continuous response 2-parameter logistic (2PL) IRT model over >200k "
                 "prompt-response pairs across 28 models, producing robust ability estimates.", "IRT",
                 "technique/item-response-theory", id="IRT-2"),
    # arXiv 2603.14057 (9 abstracts)
    pytest.param("Inspired by Test-Driven Development, DDC inverts knowledge engineering: instead of "
                 "curating knowledge and hoping it is useful, DDC gives agents real problems.",
                 "Test-Driven Development", "technique/test-driven-development",
                 id="Test-Driven Development"),
    # arXiv 2511.19175 (14 abstracts)
    pytest.param("Specifically, agents leverage Digital Twins (DTs) to predict full latency distributions, "
                 "which are then evaluated using a formal framework from extreme value theory, namely, "
                 "Conditional Value-at-Risk (CVaR).", "extreme value theory",
                 "technique/extreme-value-theory", id="extreme value theory"),
    # arXiv 2511.11664
    pytest.param("To this end, in this paper, we propose a novel lightweight compression framework that "
                 "leverages Range Asymmetric Numeral Systems (rANS) encoding with asymmetric integer "
                 "quantization.", "rANS", "technique/range-asymmetric-numeral-systems", id="rANS"),
    # arXiv 2605.01991: rANS in exact case (RANS is Reynolds-averaged Navier-Stokes)
    pytest.param("Several coding schemes are compared: Shannon (ideal), Huffman, arithmetic coding, rANS at "
                 "various block sizes, and gzip.", "rANS", "technique/range-asymmetric-numeral-systems",
                 id="rANS-2"),
    # arXiv 2601.11663
    pytest.param("We analyze the design space of sensitivity metrics and clarify their relationships to "
                 "classical pruning methods such as Optimal Brain Damage and Optimal Brain Surgeon.",
                 "Optimal Brain Damage", "technique/optimal-brain-damage", id="Optimal Brain Damage"),
    # short name in its own sense still linked:
    # arXiv 2603.29450: IAM now needs a cue, and "on" before a dataset list is one
    pytest.param("Experiments on IAM and RIMES validate our approach with Character Error Rates of 3.92% "
                 "and 2.34%, respectively.", "IAM", "dataset/iam", id="IAM"),
    # arXiv 2512.19711: SSD (the detector) keeps its exact-case match (not made cue-only)
    pytest.param("Unlike conventional attacks, PHANTOM demonstrates strong transferability across four "
                 "diverse detector architectures (YOLOv5, SSD, Faster R-CNN, and RetinaNet).", "SSD",
                 "model/ssd", id="SSD"),
    # arXiv 2601.05494: ADNI is used without a cue word and keeps its match
    pytest.param("In this study, CAT12/SPM12 voxel-based morphometry was applied to baseline T1-weighted "
                 "MRI scans from 249 ADNI participants (CN = 90, MCI = 129, AD = 30).", "ADNI",
                 "dataset/adni", id="ADNI"),
])
def test_vocabulary_data_types_established_names_link(abstract, surface, entity_id):
    assert entity_id in entity_ids(abstract).get(surface, set())


# -- short names defined for other senses (wordlike.tsv "cue") ---------------------------------------------

@pytest.mark.parametrize(("abstract", "entity_id"), [
    # arXiv 2512.23597: SSA is the sparrow search algorithm here, not the SSA model (32 of the 50
    # corpus abstracts that write SSA define it for another sense)
    ("A dual optimization mechanism incorporating SSA and GWO is used to fine-tune hyperparameters to "
     "enhance greater robustness and less overfitting.", "model/ssa"),
    # arXiv 2603.17761: a task, not the India Driving Dataset
    ("Image Deepfake Detection (IDD) separates manipulated images from authentic ones by spotting "
     "artifacts of synthesis or tampering.", "dataset/idd"),
    # arXiv 2512.22298
    ("In-cabin Driver Monitoring Systems (DMS) must recognize distraction- and drowsiness-related behaviors "
     "with low latency.", "dataset/dms"),
    # arXiv 2512.22452: a metric
    ("We benchmark SAM 3D against TRELLIS on samples from the NYC Urban Dataset, employing Frechet Inception "
     "Distance (FID) and CLIP-based Maximum Mean Discrepancy (CMMD) as evaluation metrics.", "dataset/cmmd"),
    # arXiv 2602.04617: a task
    ("Radiology Report Generation (RRG) aims to produce accurate and coherent diagnostics from "
     "medical images.", "dataset/rrg"),
])
def test_short_name_of_another_sense_not_linked(abstract, entity_id):
    assert entity_id not in _ids(abstract)


# -- generic data entries stay: without them the discovery rules link modalities as names -------------------

def test_modality_stays_a_generic_data_entry():
    # arXiv 2601.00123: SAR (an imaging modality) is claimed by the generic entry, so no rule links it as a
    # technique or model of its own
    extraction = extract("A Spatially Masked Adaptive Gated Network for multimodal post-flood water extent "
                         "mapping using SAR and incomplete multispectral data.", "")
    sar = [m for m in extraction.mentions if m.surface == "SAR"]
    generic = {e.id for e in extraction.entities if e.generic}
    assert sar and all(m.entity_id in generic for m in sar)
