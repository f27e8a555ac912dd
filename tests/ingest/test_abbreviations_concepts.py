"""A long form and short form pair that names a thing the paper works with, not a method: a structure,
a formalism, a theory, a kind of system, a class of models, or a measure by the noun after it ("a Directed
Acyclic Graph (DAG)", "Moral Foundations Theory (MFT)", "a ... (CIA) score of 60.12%"); a defined short form
that is not the vocabulary entity of its letters ("State Space Prompting (SSP)" is no Shifted Softplus); and
the pairs that stay linked (a structure the paper builds, a layer, a vocabulary model in the plural).
Real corpus sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Kind, Paper


def _found(abstract: str) -> dict[str, tuple[str, Kind]]:
    """surface -> (entity id, kind) of its mention."""
    mentions = Extractor.shared().extract(Paper(id="t", title="A study", abstract=abstract)).mentions
    return {m.surface: (m.entity_id, m.kind) for m in mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "short"), [
    # arXiv 2509.25282: a data structure
    ('CVP allows users to define a simple "world model" for workflow modules through an intuitive low-code '
     "interface, effectively creating a Directed Acyclic Graph (DAG) that explicitly defines the causal "
     "relationships between modules.", "DAG"),
    # arXiv 2510.00627: a kind of system
    ("Trajectory prediction is a fundamental task in Autonomous Vehicles (AVs) and Intelligent "
     "Transportation "
     "Systems (ITS), supporting efficient motion planning and real-time traffic safety management.", "ITS"),
    # arXiv 2510.13902: a theory
    ("To quantify the nature of potential biases in LLMs, various works have applied Moral "
     "Foundations Theory "
     "(MFT), a framework that categorizes human moral reasoning into five dimensions: Harm, "
     "Fairness, Ingroup "
     "Loyalty, Authority, and Purity.", "MFT"),
    # arXiv 2602.05755: a mathematical object ("defined by": no making verb governs it)
    ("In contrast, we leverage Flow Matching (FM) to learn a velocity field defined by an Ordinary "
     "Differential "
     "Equation (ODE), enabling efficient generation of 3D pose samples with only a few integration "
     "steps.", "ODE"),
    # arXiv 2509.22628: a modelling language
    ("We propose UML-CoT, a structured reasoning and planning framework that leverages Unified Modeling "
     "Language (UML) to generate symbolic CoTs and executable action plans.", "UML"),
    # arXiv 2601.15161: a measure, by the noun after the pair
    ("Evaluated on HealthBench, our framework achieves a Clinical Intent Alignment (CIA) score of 60.12%, a "
     "statistically significant improvement over the GPT-4o baseline (55.16%).", "CIA"),
    # arXiv 2510.24448: a class of models in the plural
    ("We investigate Video Diffusion Models (VDMs) as a promising direction for bridging this gap.", "VDMs"),
])
def test_a_pair_that_names_a_concept_is_not_linked(abstract: str, short: str):
    assert short not in _found(abstract)


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
    extraction = Extractor.shared().extract(Paper(id="t", title="A study", abstract=abstract))
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
    assert found["APE"][1] is not Kind.DATASET and found["Adaptive Patch Encoder"] == found["APE"]


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
    # arXiv 2601.10386: a disease
    ("Accurate survival prediction in Non-Small Cell Lung Cancer (NSCLC) requires the integration of "
     "heterogeneous clinical, radiological, and histopathological information.", "NSCLC"),
    # arXiv 2602.04819: a disease in plain words
    ("Accurate risk stratification of precancerous polyps during routine colonoscopy screenings is essential "
     "for lowering the risk of developing colorectal cancer (CRC).", "CRC"),
])
def test_a_disease_is_no_method(abstract: str, short: str):
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
    assert found[short][1] is Kind.TECHNIQUE and found[long_form] == found[short]


@pytest.mark.issue(12)
def test_a_problem_named_so_is_no_method():
    # arXiv 2601.15717: "(DFJSS) is a complex combinatorial optimisation problem"
    assert "DFJSS" not in _found(
        "Dynamic Flexible Job Shop Scheduling (DFJSS) is a complex combinatorial optimisation problem that "
        "requires simultaneous machine assignment and operation sequencing decisions in dynamic production "
        "environments.")


@pytest.mark.issue(12)
def test_a_long_form_sharing_only_a_common_word_is_not_the_vocabulary_entity():
    # arXiv 2510.23995: the vocabulary's EBM is the energy-based model; "-based" names neither
    abstract = ("This method is inspired by the heterogeneity analysis approach used in Evidence-Based "
                "Medicine (EBM).")
    extraction = Extractor.shared().extract(Paper(id="t", title="A study", abstract=abstract))
    assert "energy-based model" not in {entity.label for entity in extraction.entities}
