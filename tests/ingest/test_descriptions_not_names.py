"""Descriptions that name nothing new: the field or modality of a model before a head noun ("an ECG
foundation model", "the reference CAD model"), a plain acronym in brackets that abbreviates the words
before "system" ("the Human Visual System (HVS)"), the kind of supervision after "under" ("under projection
supervision"), and a title's long form of its acronym name ("RAVEN: Real-time Autoregressive Video
Extrapolation ..."), which is no second entity; sentences from corpus abstracts."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import coined, entity_ids, kinds


@pytest.mark.parametrize("abstract, field_word", [
    ("In this study, we developed an interpretable ECG foundation model to predict severe outcomes.", "ECG"),
    ("This paper proposes MIRepNet, the first EEG foundation model tailored for motor imagery decoding.",
     "EEG"),
    ("Our method requires only the CAD model of the target object and can precisely estimate its pose "
     "without any additional fine-tuning.", "CAD"),
    ("We propose a weakly supervised framework built on a linear-complexity MIL backbone that explicitly "
     "decouples modality-specific representations.", "MIL"),
])
def test_a_field_acronym_before_a_model_head_is_no_model(abstract, field_word):
    assert field_word not in kinds(abstract, by="paperkg_heads")


def test_the_model_named_beside_a_field_acronym_stays_a_model():
    found = kinds("This paper proposes MIRepNet, the first EEG foundation model tailored for motor imagery "
                  "decoding.")
    assert "EEG" not in found and found["MIRepNet"] is Kind.MODEL


@pytest.mark.parametrize("abstract, acronym", [
    ("The enhancement is inspired by key principles of the Human Visual System (HVS) to enhance LDCT "
     "images.", "HVS"),
    ("Classifying vessel types from Automatic Identification System (AIS) tracks is essential for safe "
     "navigation.", "AIS"),
    ("Emotions are described by action units as defined by the Facial Action Coding System (FACS).", "FACS"),
])
def test_a_bracketed_acronym_after_a_head_is_not_typed_by_it(abstract, acronym):
    assert acronym not in kinds(abstract, by="paperkg_heads")


@pytest.mark.parametrize("abstract, setting", [
    ("By directly mapping spatial coordinates to radiodensity under projection supervision, our approach "
     "inherently bypasses traditional filtering and backprojection operations.", "projection supervision"),
    ("We propose a Velocity-guided PointTrack (VGPT) model, which is jointly trained with the reconstruction "
     "pipeline under scene flow supervision, to track fine-grained dynamic trajectories.",
     "scene flow supervision"),
])
def test_a_kind_of_supervision_after_under_is_a_setting(abstract, setting):
    assert setting not in coined(abstract)


def test_under_weak_supervision_stays_a_technique_beside_a_setting():
    found = coined("Practical applications often require processing higher-resolution imagery under weak "
                   "supervision, and the decoder is trained under projection supervision.")
    assert "projection supervision" not in found and found["weak supervision"][0] is Kind.TECHNIQUE


def test_a_title_long_form_of_its_acronym_name_is_no_second_entity():
    ids = entity_ids(
        "We introduce the Real-time Autoregressive Video Extrapolation Network (RAVEN), a training-time "
        "test framework that repacks each self rollout into an interleaved sequence of clean historical "
        "endpoints.",
        "RAVEN: Real-time Autoregressive Video Extrapolation with Consistency-model GRPO")
    assert ids.get("Real-time Autoregressive Video Extrapolation", ids["RAVEN"]) == ids["RAVEN"]


@pytest.mark.parametrize("abstract, acronym", [
    ("Despite the rapid progress in multimodal models and Large Visual-Language Models (LVLM), they remain "
     "highly susceptible to adversarial perturbations.", "LVLM"),
    ("Notably, RadEyeVideo enhanced an open-domain LVLM model, LLaVA-OneVision, to surpass task-specific "
     "medical LVLMs such as MAIRA-2 and CheXagent.", "LVLM"),
])
def test_a_class_of_large_vision_language_models_is_no_model(abstract, acronym):
    found = kinds(abstract)
    assert acronym not in found
    if "LLaVA-OneVision" in abstract:
        assert found["LLaVA-OneVision"] is Kind.MODEL
