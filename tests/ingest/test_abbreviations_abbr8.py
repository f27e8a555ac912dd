"""A long form and its short form that name no method: a measure, a body, a problem or a task
("Equal Error Rates (EER)", "Generalized Category Discovery (GCD) aims to ..."); and the paper's own
methods, parts and paradigms that stay linked. Real corpus sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract


def _found(abstract: str) -> dict[str, tuple[str, Kind, str]]:
    """surface -> (entity id, kind, role) of its mention."""
    mentions = extract(abstract).mentions
    return {m.surface: (m.entity_id, m.kind, m.role.value) for m in mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short"), [
    # arXiv 2510.19321: a measure ("... Rates")
    ("Comprehensive experiments conducted on benchmark datasets such as MSDS and DeepSignDB show that TS-GATR "
     "surpasses current state-of-the-art approaches, consistently achieving lower Equal Error Rates (EER) "
     "across various scenarios.", "EER"),
    # arXiv 2510.14369: a body ("... Service")
    ("To advance a Weather-Ready Nation, the National Weather Service (NWS) is developing a systematic "
     "translation program to better serve the 68.8 million people in the U.S.", "NWS"),
    # arXiv 2509.26216: a problem
    ("The Open Capacitated Vehicle Routing Problem (OCVRP) deals with finding optimal delivery routes for a "
     "fleet of vehicles serving geographically distributed customers, without requiring the vehicles to "
     "return to the depot after deliveries.", "OCVRP"),
    # arXiv 2510.17188: a task, by what follows ("... aims to")
    ("Generalized Category Discovery (GCD) aims to classify test-time samples into either seen categories "
     "-- available during training -- or novel ones, without relying on label supervision.", "GCD"),
    # arXiv 2510.05139: "... is a ... task"
    ("Natural Language Description (NLD) is a Natural Language Processing (NLP) task that requires models to "
     "generate structured and meaningful outputs from natural language inputs.", "NLD"),
    # arXiv 2510.09474: ", a new task"
    ("We introduce Multimodal Policy Internalization (MPI), a new task that internalizes reasoning-intensive "
     "multimodal policies into model parameters, enabling stronger policy-following without including the "
     "policy during inference.", "MPI"),
])
def test_a_long_form_that_names_no_method_is_not_linked(abstract: str, short: str):
    assert short not in _found(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short", "long_form"), [
    # arXiv 2509.21487: the paper's own method
    ("To resolve this trade-off, we introduce Dual-Head Reasoning Distillation (DHRD), a simple training "
     "method for decoder-only language models (LMs) that adds (i) a pooled classification head used during "
     "training and inference and (ii) a reasoning head supervised by teacher rationales used only in "
     "training.", "DHRD", "Dual-Head Reasoning Distillation"),
    # arXiv 2510.13432: a part noun follows a long form that ends in "Information"
    ("Besides, it utilizes the Domain Alignment Mutual Information (DAMI) loss to ensure effective feature "
     "alignment.", "DAMI", "Domain Alignment Mutual Information"),
    # arXiv 2603.24209: "aims to" after a learning paradigm
    ("Personalized Federated Learning (PFL) aims to deliver effective client-specific models under "
     "heterogeneous distributions, yet existing methods suffer from shallow prototype alignment and brittle "
     "server-side distillation.", "PFL", "Personalized Federated Learning"),
])
def test_a_method_long_form_stays_one_technique(abstract: str, short: str, long_form: str):
    found = _found(abstract)
    assert found[short][1] is Kind.TECHNIQUE
    assert found[short][0] == found[long_form][0]
