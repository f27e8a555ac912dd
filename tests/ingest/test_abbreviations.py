"""Long forms and their short forms (``paperkg_abbreviations``): what the pair names and who coined it (real
arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract, kinds, surface_roles

# A long form and its short form that name a part of a method ("the X (Y) module"), and a name the paper
# says it made right after it ("... is proposed"): real corpus sentences.


def _found(abstract: str) -> dict[str, tuple[str, Kind, str]]:
    """surface -> (entity id, kind, role) of its mention."""
    mentions = extract(abstract).mentions
    return {m.surface: (m.entity_id, m.kind, m.role.value) for m in mentions}


@pytest.mark.issue(12)
def test_a_long_and_short_form_before_module_are_one_technique():
    # arXiv 2507.16158
    found = _found("Additionally, the Distribution Alignment (DA) module enhances cross-modal compatibility "
                   "by aligning feature distributions through divergence minimization.")
    assert found["DA"][0] == found["Distribution Alignment"][0]
    assert found["DA"][1] is Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_a_compared_strategy_with_a_short_form_is_compared_with():
    # arXiv 2508.04257
    found = _found("Extensive experiments demonstrate that KVSink outperforms the existing Preserve-First-N "
                   "(PFN) strategy, offering more effective preservation of attention sinks during KV cache "
                   "quantization.")
    assert found["PFN"][2] == "compares_with"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name"), [
    # arXiv 2507.14904 and 2508.10509: "... is designed", "... is proposed" right after the name
    ("Our Geometric-Aware 2D-3D Feature Recovery and Fusion (GARF) module is designed to fuse geometric "
     "multi-scale features from point clouds and images.", "GARF"),
    ("Finally, an editing recovery augmentation (ERA) strategy is proposed to recover and put the edited "
     "defect bolts back into the original inspection scenes and expand the defect detection dataset.", "ERA"),
])
def test_a_name_the_text_says_was_proposed_right_after_it_is_introduced(abstract, name):
    assert _found(abstract)[name][2] == "introduces"


# A long form and its short form that name no method: a measure, a body, a problem or a task
# ("Equal Error Rates (EER)", "Generalized Category Discovery (GCD) aims to ..."); and the paper's own
# methods, parts and paradigms that stay linked. Real corpus sentences.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short"), [
    # arXiv 2510.19321: a measure ("... Rates")
    ("Comprehensive experiments conducted on benchmark datasets such as MSDS and DeepSignDB show "
     "that TS-GATR surpasses current state-of-the-art approaches, consistently achieving lower Equal Error "
     "Rates (EER) across various scenarios.", "EER"),
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


# ``paperkg_abbreviations``: a Title-Case long form with its short form, named bare right after a use word,
# is taken from elsewhere, not coined by the paper; ``paperkg_roles``: a discovered name its apposition calls
# new is introduced (real corpus sentences).


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # arXiv 2605.07444: the simulations that generate the data set are an established method
    ("Accelerated and data-efficient flow prediction in stirred tanks via physics-informed learning",
     "A data set of steady flows is generated using Reynolds Averaged Navier Stokes (RANS) simulations in a "
     "range of realistic operating conditions, including impeller speeds and liquid heights.", "RANS"),
    # arXiv 2605.01783: what a mechanism is inspired by
    ("Runtime Evaluation of Procedural Content Generation in an Endless Runner Game Using Autonomous Agents",
     "Ground tiles and environmental objects are generated dynamically as the player advances, object "
     "placement follows a constraint-driven mechanism inspired by Wave Function Collapse (WFC), and the "
     "runtime navigation surface is rebuilt asynchronously to remain consistent with the streamed "
     "environment.", "WFC"),
])
def test_a_long_form_named_bare_after_a_use_word_is_used(title, abstract, name):
    roles = surface_roles(abstract, title)
    assert roles[name] and "introduces" not in roles[name], roles[name]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "name"), [
    # a coined long form stays introduced:
    # arXiv 2605.22139: with an article, the paper coins the name it defines
    pytest.param("EventGait: Towards Robust Gait Recognition with Event Streams",
                 "Our dynamic stream leverages a Mixture of Spiking Experts (MoSE) with diverse neuron "
                 "constants for robust dynamic perception across complex motion and illumination scenes.",
                 "MoSE", id="MoSE"),
    # arXiv 2605.11611: "built on" names the paper's own operator
    pytest.param("CuSearch: Curriculum Rollout Sampling via Search Depth for Agentic RAG",
                 "To address this, we propose CuSearch, a curriculum rollout sampling framework built on "
                 "Search-Depth Greedy Allocation (SDGA), a batch-level operator that reallocates a fixed "
                 "update budget toward deeper-search trajectories.", "SDGA", id="SDGA"),
    # a name called new in its apposition is introduced:
    # arXiv 2605.14569 and 2605.07192: an apposition calls the discovered name new
    pytest.param("Bridging Brain and Semantics: A Hierarchical Framework for Semantically Enhanced "
                 "fMRI-to-Video Reconstruction",
                 "To this end, we draw inspiration from the dual-pathway processing mechanism in human "
                 "brain and introduce CineNeuron, a novel hierarchical framework for semantically enhanced "
                 "video reconstruction from fMRI signals with two synergistic stages.", "CineNeuron",
                 id="CineNeuron"),
    pytest.param("AsyncEvGS: Asynchronous Event-Assisted Gaussian Splatting for Handheld Motion-Blurred "
                 "Scenes",
                 "We further contribute AsyncEv-Deblur, a new high-resolution RGB-Event dataset captured "
                 "with our asynchronous system.", "AsyncEv-Deblur", id="AsyncEv-Deblur"),
])
def test_abbreviations_a_long_form_stays_introduced(title, abstract, name):
    assert "introduces" in surface_roles(abstract, title)[name]


# A long form and short form pair that names a class of networks or a level, not one model: "the Complex-
# Valued Neural Network (CVNN) handles ...", "Register Transfer Level (RTL) workflows" make no model (a
# network the paper makes its own or calls a model or framework stays one: the doctests of ``names_concept``).
# Real corpus sentences.
CLASSES = [
    # arXiv 2606.04710: a branch named by the class of network it is
    ("The proposed model, termed DE-CFFN, retains the original two-stream structure: the Real-Valued "
     "Neural Network (RVNN) processes standard hyperspectral patches, while the Complex-Valued Neural "
     "Network (CVNN) handles their Fourier-transformed counterparts.", "CVNN"),
    # arXiv 2606.12983: a level of hardware design
    ("Automated testbench generation has become a critical bottleneck in large language model (LLM)-driven "
     "Register Transfer Level (RTL) workflows, where large numbers of candidate designs must be verified "
     "rapidly and reliably.", "RTL"),
]


@pytest.mark.parametrize(("abstract", "short"), CLASSES)
def test_a_class_of_networks_or_a_level_is_no_model(abstract: str, short: str) -> None:
    assert kinds(abstract).get(short) != "model"
