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


# A long form and short form pair that names a thing the paper works with, not a method: a structure, a
# formalism, a theory, a kind of system, a class of models, or a measure by the noun after it ("a Directed
# Acyclic Graph (DAG)", "Moral Foundations Theory (MFT)", "a ... (CIA) score of 60.12%"); a defined short
# form that is not the vocabulary entity of its letters ("State Space Prompting (SSP)" is no Shifted
# Softplus); and the pairs that stay linked (a structure the paper builds, a layer, a vocabulary model in
# the plural). Real corpus sentences.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short", "long_form", "kind"), [
    # arXiv 2510.12160: the vocabulary's SSP is Shifted Softplus
    ("To tackle the above issue, we proposed a State Space Prompting (SSP) method for video understanding, "
     "which combines intra-frame and inter-frame prompts to aggregate and propagate key spatiotemporal "
     "information in the video.", "SSP", "State Space Prompting", Kind.TECHNIQUE),
    # arXiv 2602.06330: the vocabulary's CER is the Character Error Rate
    ("To address this, we propose the Cascaded Early Rejection (CER) framework, which realizes hierarchical "
     "filtering for anomaly detection via a coarse-to-fine logic.", "CER", "Cascaded Early Rejection",
     Kind.TECHNIQUE),
    # arXiv 2601.19346: an algorithm, not the vocabulary's model SSA
    ("The Sparrow Search Algorithm (SSA), characterized by its simple structure and ease of implementation, "
     "nevertheless suffers from an insufficient balance between exploration and exploitation.", "SSA",
     "Sparrow Search Algorithm", Kind.TECHNIQUE),
])
def test_a_defined_short_form_is_not_another_vocabulary_entity(abstract: str, short: str, long_form: str,
                                                                kind: Kind):
    extraction = extract(abstract)
    by_surface = {m.surface: m for m in extraction.mentions}
    mention = by_surface[short]
    assert mention.kind is kind and by_surface[long_form].entity_id == mention.entity_id
    entity = next(e for e in extraction.entities if e.id == mention.entity_id)
    assert long_form in (entity.label, *entity.aliases)  # the paper's meaning, not the vocabulary's


@pytest.mark.issue(12)
def test_a_method_long_form_is_not_a_dataset_known_by_its_short_form():
    # arXiv 2509.26157: the vocabulary has a dataset APE with no long form
    found = _found("EntroPE consists of two key modules, namely an Entropy-based Dynamic Patcher (EDP) that "
                   "applies information-theoretic criteria to locate natural temporal shifts and "
                   "determine patch "
                   "boundaries, and an Adaptive Patch Encoder (APE) that employs pooling and "
                   "cross-attention to "
                   "capture intra-patch dependencies and produce fixed-size latent representations.")
    assert found["APE"][1] is not Kind.DATASET and found["Adaptive Patch Encoder"][:2] == found["APE"][:2]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short", "kind"), [
    # arXiv 2512.23024: a structure the paper builds ("construct")
    ("We first construct a Geo-Semantic Contextual Graph (GSCG) from a single monocular image.", "GSCG",
     Kind.TECHNIQUE),
    # arXiv 2512.21683: a layer of the paper's network
    ("A Structural Prior Graph (SPG) layer is proposed to capture and transfer target-category node "
     "dependencies and enable global structure modeling through explicit node interactions.", "SPG",
     Kind.TECHNIQUE),
    # arXiv 2601.05852: a vocabulary model in the plural
    ("The method combines Denoising Diffusion Probabilistic Models (DDPMs), Denoising Diffusion "
     "Implicit Models "
     "(DDIMs), and Vector-Quantized Generative Adversarial Networks (VQ-GANs).", "VQ-GANs", Kind.MODEL),
])
def test_a_structure_the_paper_makes_and_a_known_plural_stay_linked(abstract: str, short: str, kind: Kind):
    """Guards: these pairs were linked before the concept rule and must stay so."""
    assert _found(abstract)[short][1] is kind


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short"), [
    # a long form that names no method is not linked:
    # arXiv 2510.19321: a measure ("... Rates")
    pytest.param("Comprehensive experiments conducted on benchmark datasets such as MSDS and DeepSignDB "
                 "show that TS-GATR surpasses current state-of-the-art approaches, consistently achieving "
                 "lower Equal Error Rates (EER) across various scenarios.", "EER", id="EER"),
    # arXiv 2510.14369: a body ("... Service")
    pytest.param("To advance a Weather-Ready Nation, the National Weather Service (NWS) is developing a "
                 "systematic translation program to better serve the 68.8 million people in the U.S.", "NWS",
                 id="NWS"),
    # arXiv 2509.26216: a problem
    pytest.param("The Open Capacitated Vehicle Routing Problem (OCVRP) deals with finding optimal delivery "
                 "routes for a fleet of vehicles serving geographically distributed customers, without "
                 "requiring the vehicles to return to the depot after deliveries.", "OCVRP", id="OCVRP"),
    # arXiv 2510.17188: a task, by what follows ("... aims to")
    pytest.param("Generalized Category Discovery (GCD) aims to classify test-time samples into either seen "
                 "categories -- available during training -- or novel ones, without relying on label "
                 "supervision.", "GCD", id="GCD"),
    # arXiv 2510.05139: "... is a ... task"
    pytest.param("Natural Language Description (NLD) is a Natural Language Processing (NLP) task that "
                 "requires models to generate structured and meaningful outputs from natural language "
                 "inputs.", "NLD", id="NLD"),
    # arXiv 2510.09474: ", a new task"
    pytest.param("We introduce Multimodal Policy Internalization (MPI), a new task that internalizes "
                 "reasoning-intensive multimodal policies into model parameters, enabling stronger "
                 "policy-following without including the policy during inference.", "MPI", id="MPI"),
    # a pair that names a concept is not linked:
    # arXiv 2509.25282: a data structure
    pytest.param("CVP allows users to define a simple \"world model\" for workflow modules through an "
                 "intuitive low-code interface, effectively creating a Directed Acyclic Graph (DAG) that "
                 "explicitly defines the causal relationships between modules.", "DAG", id="DAG"),
    # arXiv 2510.00627: a kind of system
    pytest.param("Trajectory prediction is a fundamental task in Autonomous Vehicles (AVs) and Intelligent "
                 "Transportation Systems (ITS), supporting efficient motion planning and real-time traffic "
                 "safety management.", "ITS", id="ITS"),
    # arXiv 2510.13902: a theory
    pytest.param("To quantify the nature of potential biases in LLMs, various works have applied Moral "
                 "Foundations Theory (MFT), a framework that categorizes human moral reasoning into five "
                 "dimensions: Harm, Fairness, Ingroup Loyalty, Authority, and Purity.", "MFT", id="MFT"),
    # arXiv 2602.05755: a mathematical object ("defined by": no making verb governs it)
    pytest.param("In contrast, we leverage Flow Matching (FM) to learn a velocity field defined by an "
                 "Ordinary Differential Equation (ODE), enabling efficient generation of 3D pose samples "
                 "with only a few integration steps.", "ODE", id="ODE"),
    # arXiv 2509.22628: a modelling language
    pytest.param("We propose UML-CoT, a structured reasoning and planning framework that leverages Unified "
                 "Modeling Language (UML) to generate symbolic CoTs and executable action plans.", "UML",
                 id="UML"),
    # arXiv 2601.15161: a measure, by the noun after the pair
    pytest.param("Evaluated on HealthBench, our framework achieves a Clinical Intent Alignment (CIA) score "
                 "of 60.12%, a statistically significant improvement over the GPT-4o baseline (55.16%).",
                 "CIA", id="CIA"),
    # arXiv 2510.24448: a class of models in the plural
    pytest.param("We investigate Video Diffusion Models (VDMs) as a promising direction for bridging this "
                 "gap.", "VDMs", id="VDMs"),
    # a disease or a problem is no method:
    # arXiv 2601.10386: a disease
    pytest.param("Accurate survival prediction in Non-Small Cell Lung Cancer (NSCLC) requires the "
                 "integration of heterogeneous clinical, radiological, and histopathological information.",
                 "NSCLC", id="NSCLC"),
    # arXiv 2602.04819: a disease in plain words
    pytest.param("Accurate risk stratification of precancerous polyps during routine colonoscopy screenings "
                 "is essential for lowering the risk of developing colorectal cancer (CRC).", "CRC",
                 id="CRC"),
    # arXiv 2601.15717: "(DFJSS) is a complex combinatorial optimisation problem"
    pytest.param("Dynamic Flexible Job Shop Scheduling (DFJSS) is a complex combinatorial optimisation "
                 "problem that requires simultaneous machine assignment and operation sequencing decisions "
                 "in dynamic production environments.", "DFJSS", id="DFJSS"),
])
def test_a_pair_that_names_no_method_is_not_linked(abstract: str, short: str):
    assert short not in _found(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short", "long_form"), [
    # arXiv 2601.08198: a method in plain words around a vocabulary technique ("fine-tuning")
    ("Recently, self-play fine-tuning (SPIN) has been proposed to adapt large language models to downstream "
     "applications with scarce expert-annotated data, by iteratively generating synthetic responses from the "
     "model itself.", "SPIN", "self-play fine-tuning"),
    # arXiv 2601.02858: around "prompting"
    ("To address this, we use inverse socio-demographic prompting (ISDP), where we prompt LLMs to "
     "discriminate "
     "and predict the demographic proxy from actual and simulated user behavior from different "
     "users.", "ISDP",
     "inverse socio-demographic prompting"),
    # arXiv 2512.23234: the letters first match "and", but the name starts at "adaptive"
    ("Second, we propose the adaptive gradient and phase edge operator (AGPEO), computing reliable "
     "edge priors "
     "from multi-directional gradients and phase-consistent responses.", "AGPEO",
     "adaptive gradient and phase edge operator"),
])
def test_a_plain_word_method_and_its_short_form_are_one_technique(abstract: str, short: str, long_form: str):
    found = _found(abstract)
    assert found[short][1] is Kind.TECHNIQUE and found[long_form][:2] == found[short][:2]


@pytest.mark.issue(12)
def test_a_long_form_sharing_only_a_common_word_is_not_the_vocabulary_entity():
    # arXiv 2510.23995: the vocabulary's EBM is the energy-based model; "-based" names neither
    abstract = ("This method is inspired by the heterogeneity analysis approach used in Evidence-Based "
                "Medicine (EBM).")
    extraction = extract(abstract)
    assert "energy-based model" not in {entity.label for entity in extraction.entities}
