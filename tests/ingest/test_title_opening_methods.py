"""A title that opens with a method phrase, or gives one after "with", introduces that technique even when the
abstract does not write it again; but not when the abstract names the paper's method (then the title's words
are that name's description, not a second method)."""

from paperkg.ingest.records import Kind, Role
from tests.ingest._helpers import extract


def _title_links(title: str, abstract: str) -> dict[str, tuple[str, str]]:
    return {m.surface: (m.kind, m.role) for m in extract(abstract, title).mentions if m.field == "title"}


def test_opening_method_phrase_before_for():
    links = _title_links(
        "Stochastic Clock Attention for Aligning Continuous and Ordered Sequences",
        "We formulate an attention mechanism for continuous and ordered sequences that explicitly "
        "functions as an alignment model, which serves as the core of many sequence-to-sequence tasks. "
        "Standard scaled "
        "dot-product attention relies on positional encodings and masks but does not enforce continuity or "
        "monotonicity, which are crucial for frame-synchronous targets.")
    assert links["Stochastic Clock Attention"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_method_phrase_after_with():
    links = _title_links(
        "Controllable Single-shot Animation Blending with Temporal Conditioning",
        "Training a generative model on a single human skeletal motion sequence without being bound to a "
        "specific kinematic tree has drawn significant attention from the animation community.")
    assert links["Temporal Conditioning"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_opening_phrase_describing_a_named_method_is_no_second_method():
    links = _title_links(
        "Score-based Idempotent Distillation of Diffusion Models",
        "Idempotent generative networks (IGNs) are a new line of generative models based on idempotent "
        "mapping to a target manifold. In this work, we unite diffusion and IGNs by distilling "
        "idempotent models "
        "from diffusion model scores, called SIGN. Our proposed method is highly stable and does not require "
        "adversarial losses.")
    assert "Score-based Idempotent Distillation" not in links


def test_opening_phrase_doubling_the_abstracts_own_method_is_dropped():
    # the abstract's "offline reasoning distillation framework" is the method the title's phrase names again
    links = _title_links(
        "Distribution Corrected Offline Data Distillation for Large Language Models",
        "Distilling reasoning traces from strong large language models into smaller ones is a promising "
        "route to improve intelligence in resource-constrained settings. We propose a principled offline "
        "reasoning distillation framework that preserves the efficiency and supervision quality of offline "
        "teacher-generated data while correcting teacher-student distribution drift.")
    assert "Distribution Corrected Offline Data Distillation" not in links


def test_method_phrase_after_with_restated_in_other_words_is_no_second_method():
    # "hardware-friendly dynamic token pruning": the title's "Hardware-Aware Pruning" in the abstract's words
    links = _title_links(
        "Low Power Vision Transformer Accelerator with Hardware-Aware Pruning and Optimized Dataflow",
        "This paper presents a low power Vision Transformer accelerator, optimized through "
        "algorithm-hardware co-design. The model complexity is reduced using hardware-friendly dynamic token "
        "pruning without introducing complex mechanisms.")
    assert "Hardware-Aware Pruning" not in links


def test_generic_two_word_phrase_after_with_and_praise_before_a_known_name():
    links = _title_links(
        "Fuse and Federate: Enhancing EV Charging Station Security with Multimodal Fusion and Federated "
        "Learning",
        "This paper proposes a novel intrusion detection framework that leverages multimodal data sources, "
        "including network traffic and kernel events, to identify complex attack patterns.")
    assert "Multimodal Fusion" not in links
    links = _title_links(
        "Optimal L2 Regularization in High-dimensional Continual Linear Regression",
        "We study generalization in an overparameterized continual linear regression setting, where a model "
        "is trained with L2 (isotropic) regularization across a sequence of tasks.")
    assert links["L2 Regularization"][0] == Kind.TECHNIQUE and "Optimal L2 Regularization" not in links


def test_with_phrase_of_a_method_the_abstract_names_in_a_capitalised_word():
    links = _title_links(
        "Explainable Model Routing for Agentic Workflows",
        "Modern agentic workflows decompose complex tasks into specialized subtasks and route them to "
        "diverse models to minimize cost without sacrificing quality. We present Topaz, a framework that "
        "introduces formal auditability to agentic routing.")
    assert "Explainable Model Routing" not in links


def test_means_phrase_with_a_head_only_a_means_makes_a_method():
    links = _title_links(
        "Direct Debiased Machine Learning via Bregman Divergence Minimization",
        "We develop a direct debiased machine learning framework comprising Neyman targeted estimation and "
        "generalized Riesz regression.")
    assert links["Bregman Divergence Minimization"] == (Kind.TECHNIQUE, Role.INTRODUCES)


def test_means_phrase_cut_before_and_or_describing_the_named_method_is_no_method():
    # "via Hybrid Hypergraph Construction and Retrieval": a phrase cut short, and "we propose EHRAG, a ..."
    links = _title_links(
        "EHRAG: Bridging Semantic Gaps in Lightweight GraphRAG via Hybrid Hypergraph Construction and "
        "Retrieval",
        "Graph-based Retrieval-Augmented Generation (GraphRAG) enhances LLMs by structuring corpus into "
        "graphs to facilitate multi-hop reasoning. While recent lightweight approaches reduce indexing costs "
        "by leveraging Named Entity Recognition (NER), they rely strictly on structural co-occurrence, "
        "failing to capture latent semantic connections between disjoint entities. To address this, we "
        "propose EHRAG, a lightweight RAG framework that constructs a hypergraph capturing both structure "
        "and semantic level relationships, employing a hybrid structural-semantic retrieval mechanism.")
    assert links["EHRAG"][0] == Kind.TECHNIQUE and "Hybrid Hypergraph Construction" not in links
