"""``paperkg_roles``: a name the paper discovers in a sentence presenting its own work is introduced."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.roles import RoleTagger
from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import surface_roles


@pytest.mark.issue(12)
def test_the_parts_of_a_proposed_method_are_introduced():
    # arXiv 2507.22914: the two steps of the method the paper proposes are its own
    roles = surface_roles("To address this gap, we propose a novel KG integration "
                          "method consisting of label matching and triple matching.",
                          "Knowledge graph integration")
    assert roles["label matching"] == {"introduces"}
    assert roles["triple matching"] == {"introduces"}


@pytest.mark.issue(12)
def test_a_known_name_in_the_same_sentence_is_still_used():
    # arXiv 2509.06011: the paper's module goes into a released detector it did not make
    roles = surface_roles(
        "Furthermore, we propose a novel Cross-Attention Gated "
        "Enhancement Fusion (CAGE) module and integrate it into the YOLO-World architecture.",
        "Open-vocabulary detection")
    assert roles["YOLO-World"] == {"uses"}
    assert "introduces" in roles["CAGE"]


@pytest.mark.issue(12)
def test_a_name_after_we_build_upon_is_not_introduced():
    # arXiv 2503.14910: building on earlier methods presents nothing new; the distance is used
    text = ("To overcome these limitations, we build upon memory-bank-based anomaly detection methods, "
            "optimizing a robust Sinkhorn distance on limited target training data.")
    start = text.index("Sinkhorn distance")
    tagger = RoleTagger(None, "roles")  # type: ignore[arg-type]
    role = tagger.role(text, start, start + len("Sinkhorn distance"), Kind.TECHNIQUE, [0], discovered=True)
    assert role is Role.USES


@pytest.mark.issue(12)
def test_baselines_using_a_model_use_it():
    # arXiv 2508.19762: the use word nearest the name governs it, not the comparison noun before it
    assert surface_roles("We provide strong baselines using the RF-DETR transformer-based "
                         "object detector.",
                         "Detection baselines")["RF-DETR"] == {"uses"}
