"""Names a paper defines as "Long Form (SF)" that the abbreviations component used to miss: a coined
title-case network ("Multi-Stage Feature Fusion Network (MSFN)"), a pair before a singular method noun ("the
weighted state redistribution (WSRD) scheme"), and a short form the title's longer name starts with
("TQD-Track: Temporal Query Denoising ...", then "Temporal Query Denoising (TQD)"): each its own entity."""

from __future__ import annotations

from tests.ingest._helpers import entities, kinds_and_labels


def _forms(abstract: str, title: str = "A study") -> list[set[str]]:
    return [surfaces for _, surfaces in entities(abstract, title).values()]


def test_coined_network_is_one_entity_unless_one_of_devices() -> None:
    abstract = ("The extracted CSI features and the pose probability heatmaps are then fused by Multi-Stage "
                "Feature Fusion Network (MSFN) to enforce the anatomical constraints.")
    assert {"Multi-Stage Feature Fusion Network", "MSFN"} in _forms(abstract)
    abstract = ("Open RAN introduces a flexible, cloud-based architecture for the Radio Access Network "
                "(RAN), enabling automation across heterogeneous, multi-vendor deployments.")
    assert not any("Radio Access Network" in forms for forms in _forms(abstract))


def test_pair_before_a_method_noun_names_a_method_but_not_before_approach() -> None:
    abstract = ("In addition, we extend the weighted state redistribution (WSRD) scheme to staggered meshes "
                "to address the small-cell instability issue.")
    assert {"weighted state redistribution", "WSRD"} in _forms(abstract)
    abstract = ("This study examines the acquisition of English irregular inflections by Yemeni learners of "
                "English as a second language (L2), utilizing a Universal Grammar (UG) approach.")
    assert not any("UG" in forms for forms in _forms(abstract))


def test_short_form_of_a_longer_title_name_is_its_own() -> None:
    title = "TQD-Track: Temporal Query Denoising for 3D Multi-Object Tracking"
    abstract = ("To address these issues, we propose TQD-Track, which introduces Temporal Query Denoising "
                "(TQD) tailored for MOT, enabling denoising queries to carry temporal information and "
                "instance-specific feature representation.")
    labels = kinds_and_labels(abstract, title)
    assert labels["TQD"][1] == "TQD"
    assert labels["TQD-Track"][1] == "TQD-Track"


def test_networks_of_places_and_brain_regions_are_no_models() -> None:
    # corpus abstracts 2510.01262, 2504.01274
    abstract = ("To support this effort, we curate and release a comprehensive dataset for the entire "
                "Indian Railway Network (IRN), spanning 4,735 stations across 17 zones - the largest and "
                "most diverse railway network studied to date.")
    assert not any("IRN" in forms for forms in _forms(abstract))
    abstract = ("In contrast, adolescents showed more differences between task and resting states in the "
                "Dorsal Attention Network (DAN) and the Default Mode Network (DMN), reflecting enhanced "
                "network adaptability.")
    assert not any("DMN" in forms for forms in _forms(abstract))


def test_pair_before_a_method_noun_is_no_method_when_its_name_starts_before_it() -> None:
    # corpus abstract 2505.02385: the long form found ("Distance-guided Multi-stage") leaves out "Deep"
    abstract = ("Meanwhile, we construct a Deep Distance-guided Multi-stage (DDM) decoder to correct small "
                "errors and discontinuities through signed distance maps to improve segmentation accuracy.")
    assert {"Distance-guided Multi-stage", "DDM"} not in _forms(abstract)
