"""Methods a paper names in plain words (``paperkg_coined``): corpus sentences, the shipped pipeline."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.coined import _adverb, _effect_ends
from paperkg.ingest.records import Kind, Paper, Role
from tests.ingest._helpers import coined, entities, entity_ids, extract, kinds, kinds_and_labels


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "label"), [
    # the field's only cue of use is capitalised: the quick check must not miss it
    ("Using class-balanced sampling, we recover the rare classes.", "class-balanced sampling"),
    ("Via gray-box learning, the nowcasts stay physically consistent.", "gray-box learning"),
])
def test_coined_a_capitalised_cue_of_use_is_a_cue(abstract, label):
    assert coined(abstract)[label] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a method noun, then the name it is given
    ("To address the challenges associated with unified multimodal learning, UGen is trained using a novel "
     "mechanism, namely progressive vocabulary learning.", "progressive vocabulary learning"),
    ("To this end, we propose a novel emotion recognition method called trusted emotion recognition "
     "(TER), which utilizes uncertainty estimation.", "trusted emotion recognition"),
    # a gerund after an article is a modifier of the name, not a verb ("we propose constructing ...")
    ("To enhance the training of LoRA adapters, we introduce an additional denoising score distillation "
     "loss which regularizes the online model.", "denoising score distillation loss"),
])
def test_coined_a_method_named_after_its_method_noun_or_with_a_gerund_modifier(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: the parts of a method, enumerated after a cue that parts follow
    ("MOON2.0 comprises: (1) a Modality-driven Mixture-of-Experts (MoE) module that adaptively "
     "processes input samples; (2) a Dual-level Alignment method to better leverage semantic alignment; and "
     "(3) an MLLM-based Image-text Co-augmentation strategy that integrates textual enrichment with visual "
     "expansion.",
     {"Modality-driven Mixture-of-Experts", "Dual-level Alignment method",
      "Image-text Co-augmentation strategy"}),
    ("PolarQuant operates in three stages: (1) block-wise normalization to the unit hypersphere, (2) "
     "Walsh-Hadamard rotation to transform coordinates.", {"block-wise normalization"}),
])
def test_coined_the_enumerated_parts_of_a_method(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: enumerated tasks, headings, verbs, generic parts and plain things are no names
    "The benchmark covers four core capabilities: (1) behavior prediction and simulation, (2) strategic "
    "decision-making, and (3) natural interruption generation.",
    "RISK-R1 is a framework considering four aspects: (i) Output Format: Updated format reward to "
    "enhance output.",
    "The protocol (i) scores utility only on masked spans; (ii) uses equivalence testing (TOST) rather "
    "than testing.",
    "The framework includes (i) an easy version, where 10 sentences are rendered, and (ii) a hard "
    "version, where each sample is longer.",
    "Our method comprises (1) an explanation module, which trains a surrogate, and (2) a device-side "
    "mechanism.",
    "To address these issues, we propose a novel watermarking scheme that improves detectability.",
])
def test_coined_no_name_from_an_enumerated_task_heading_verb_or_generic_part(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "known"), [
    # a list item keeps the model inside it; a known method and its kind noun stay the known method
    ("Our architecture consists of three principal components: (1) a shared Swin Transformer encoder that "
     "extracts unified representations, (2) a cross-task interaction module with learnable queries.",
     "Swin Transformer"),
    ("To solve this optimization problem, we develop an alternating minimization algorithm with strong "
     "convergence guarantees.", "alternating minimization"),
])
def test_coined_a_known_name_at_the_start_of_a_phrase_stays(shipped, abstract, known):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert known in {m.surface for m in extraction.mentions if m.extractor == "paperkg_vocab"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a part added to another method with "enhanced with a ...", "coupled with a ..."
    ("A critic-free GRPO objective, enhanced with a confidence-aware cooling mechanism, further stabilizes "
     "training.", "confidence-aware cooling mechanism"),
    ("RAG runs over this fixed graph, coupled with a closed-loop collaborative verification protocol to "
     "dynamically self-correct.", "closed-loop collaborative verification protocol"),
])
def test_coined_a_part_added_with_an_indefinite_article(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "known"), [
    # the added part keeps the known names inside it; a language model is no coined name
    ("We use a knowledge distillation technique coupled with a weighted MSE loss to prioritize "
     "heavy rainfall regions.", "MSE"),
    ("We retrieve document pages, paired with a specialized Ukrainian language model fine-tuned on synthetic "
     "data.", None),
    ("To this end, we propose a domain-specific large language model for finance.", None),
])
def test_coined_an_added_part_keeps_known_names_and_no_language_model(shipped, abstract, known):
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    coined = [m for m in extraction.mentions if m.extractor == "paperkg_coined"]
    assert not [m for m in coined if "language model" in m.surface]
    if known:
        assert known in {m.surface for m in extraction.mentions if m.extractor == "paperkg_vocab"}


@pytest.mark.issue(12)
def test_coined_no_name_from_a_gerund_and_one_noun():
    # corpus sentence: "a pooling operation" is a kind of operation, not a name
    abstract = "From the representation perspective, we introduce a pooling operation into the original KD."
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: an introduced method phrase, then the names it is given in parentheses
    ("We propose DiVeQ, which treats quantization as adding an error vector that mimics the quantization "
     "distortion. We also present a space-filling variant (SF-DiVeQ) that assigns to a curve "
     "constructed by the lines connecting codewords.", {"SF-DiVeQ"}),
    ("Building on a property-level analysis of negative-branch shape and saturation behavior, we "
     "introduce two drop-in nonlinearities (Smooth-Leaky and Randomized Smooth-Leaky) and evaluate them in "
     "two complementary settings.", {"Smooth-Leaky", "Randomized Smooth-Leaky"}),
])
def test_coined_names_in_parentheses_after_an_introduced_method_phrase(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # a name and its long form, a task: no method phrase before the parentheses
    ("To address this challenge, we introduce HKVE (Hierarchical Key-Value Equalization), an innovative "
     "jailbreaking framework that selectively accepts gradient optimization results.",
     "Hierarchical Key-Value Equalization"),
    ("We introduce SIFT (Speech Instruction Fine-Tuning), a 50M-example dataset designed for instruction "
     "fine-tuning.", "Speech Instruction Fine-Tuning"),
    ("Motivated by the recent success of RL with Verifiable Rewards, we propose a general "
     "story-generation task (Next-Chapter Prediction) and a reward formulation.", "Next-Chapter Prediction"),
])
def test_coined_no_name_from_a_long_form_or_task_in_parentheses(abstract, surface):
    assert surface not in coined(abstract)


@pytest.mark.issue(12)
def test_coined_a_title_case_method_added_without_an_article():
    abstract = ("and (3) an MLLM-based Image-text Co-augmentation strategy that integrates textual "
                "enrichment with visual expansion, coupled with Dynamic Sample Filtering to improve training "
                "data quality.")
    assert coined(abstract)["Dynamic Sample Filtering"] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_the_core_of_our_method_is_a_steered_method_noun():
    abstract = ("We propose LiFR-Seg, a novel framework that directly addresses these challenges. The "
                "core of our method is an uncertainty-aware warping process, guided by an event-driven "
                "motion field.")
    assert coined(abstract)["uncertainty-aware warping process"] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # a method noun after a plain modifier is a kind of method, not a name
    "Additionally, we introduce a dynamic weighting method to automatically tune layer weights.",
    "Specifically, we introduce a semi-supervised clustering method during the offline "
    "pseudo-labeling phase.",
])
def test_coined_a_plain_modifier_and_a_method_noun_is_no_name(abstract):
    assert not any(s.endswith("method") for s in coined(abstract))


@pytest.mark.issue(12)
def test_coined_an_agent_noun_head_after_a_noun_modifier():
    # "order" here is a noun, not the adjective ending of "first-order"
    abstract = ("To alleviate this problem, we introduce a passage order adjuster trained via reinforcement "
                "learning, which reorders the top passages from the small reranker.")
    assert "passage order adjuster" in coined(abstract)


@pytest.mark.issue(12)
def test_coined_an_adjective_before_a_strong_head_is_no_name():
    abstract = ("To overcome this, we propose a parameter efficient strategy that combines soft prompt "
                "tuning, which freezes the model.")
    assert "parameter efficient strategy" not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: what a system is equipped with is no method the paper adds
    ("By coordinating four different agents equipped with Multi-modal Large Language Models (MLLMs), as "
     "well as a tool package, DatasetAgent can construct datasets.", "Multi-modal Large Language Models"),
    ("This procedure can be significantly enhanced with Artificial Intelligence (AI)-based software.",
     "Artificial Intelligence"),
    # a selector is generic after one modifier
    ("To fully utilize the geometric information, we introduce a novel feature selector to filter the most "
     "important features.", "feature selector"),
])
def test_coined_no_name_from_an_equipped_system_or_a_generic_selector(abstract, surface):
    assert surface not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a component named before its short form, then "is introduced|designed"
    ("Additionally, a class-aware prompt aggregation scheme (CPA) is designed to alleviate inter-class "
     "knowledge confusion.", "class-aware prompt aggregation scheme"),
    ("Specifically, a local class distribution compensation mechanism (LCDC) is introduced to reduce "
     "intra-class distribution disparities across clients.",
     "local class distribution compensation mechanism"),
    # a component the method employs, with an article and a strong head
    ("IHRUT achieves effective spectral correction and detail restoration through a stripe-pattern "
     "enhancement mechanism and a spatial-spectral transformer architecture.",
     "stripe-pattern enhancement mechanism"),
    ("It further incorporates a gene function bottleneck layer, offering human interpretable concepts.",
     "gene function bottleneck layer"),
])
def test_coined_a_component_before_its_short_form_or_employed_with_an_article(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: an employed model with a weak head, a pretrained component: no name
    "Specifically, CHROME leverages a multiview diffusion model to first synthesize occlusion-free "
    "human images.",
    "It also utilizes a pre-trained vision encoder with additional trainable Transformer layers.",
])
def test_coined_no_name_from_an_employed_model_or_pretrained_component(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: methods coordinated after one cue of use, and heads of what a method does (the
    # parts of a method the paper proposes are introduced: tests/ingest/test_roles_roles3.py)
    ("It achieves accurate, robust registration by leveraging sparse surface supervision and spatial priors.",
     {"sparse surface supervision"}),
    ("The model reduces decoding latency via input compression.", {"input compression"}),
])
def test_coined_coordinated_methods_after_a_cue_of_use(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.USES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a degree or a condition before the head is no modifier of a name
    "Our method maintains superior image quality under high compression.",
    "We show that under certain conditions perfect alignment can be achieved.",
])
def test_coined_no_name_from_a_degree_before_a_method_head(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a strong head after a task noun and what the part does it to
    ("For scene awareness, SANR introduces a hierarchical scene modeling block that leverages "
     "multi-scale latent codes.", "hierarchical scene modeling block"),
    ("Finally, to further enhance performance, we introduce a multi-round pseudo-label generation "
     "strategy that iteratively improves the pseudo-labeling process.",
     "multi-round pseudo-label generation strategy"),
])
def test_coined_a_part_named_by_what_it_does_to_what(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: one word before a task noun and a strong head names a kind of method
    "First, we propose a region generation algorithm that recognizes the map's salient features.",
    "To address this problem, we propose a dynamic generation strategy to ensure the video has more "
    "dynamic content.",
])
def test_coined_one_word_before_a_task_noun_and_a_strong_head_is_no_name(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: a conjunct that names no method is passed over, the list goes on
    ("CodeBridge combines query-code, query-comment, and code-code matching via PLM-based similarity "
     "scoring and sampling-based fusion.", {"code-code matching", "sampling-based fusion"}),
    ("Our key insight is using physics simulation as an intermediate bridge.", {"physics simulation"}),
])
def test_coined_a_list_after_a_cue_of_use_goes_on_past_a_conjunct_naming_no_method(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.USES)} == surfaces


@pytest.mark.issue(12)
def test_coined_a_clause_after_a_comma_is_no_conjunct():
    # corpus sentence: after "using ... Units," a new clause starts; its verb is no modifier of a name
    abstract = ("The encoder encodes scene context using lightweight Gated Recurrent Units, the "
                "interactor applies cross-context attention over encoded scene features.")
    assert not any("applies" in s for s in coined(abstract))


@pytest.mark.issue(12)
def test_coined_a_strategy_scheme_or_mechanism_is_named_without_its_head(shipped):
    # seeds sentence (BiLLM): annotators write the name with or without "strategy"; the label is without
    abstract = ("BiLLM first identifies and structurally selects salient weights, and minimizes the "
                "compression loss through an effective binary residual approximation strategy.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    labels = {e.id: e.label for e in extraction.entities}
    assert {m.surface: labels[m.entity_id] for m in extraction.mentions
            if m.extractor == "paperkg_coined"} == {
        "binary residual approximation strategy": "binary residual approximation"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: methods given as examples of a plural method noun
    ("Prior work has shown that existing multimodal schemes, such as vibration-triggered radar "
     "activation, early feature concatenation, and decision-level score fusion, can support "
     "privacy-preserving fall detection.",
     {"decision-level score fusion"}),
    ("Traditional approaches, such as uniform frame sampling, often inevitably allocate resources to "
     "irrelevant content.", {"uniform frame sampling"}),
    ("Our method significantly surpasses several competitive baselines, including random weighting, uniform "
     "weighting, single-head Bradley-Terry models.", {"random weighting", "uniform weighting"}),
])
def test_coined_methods_given_as_examples_of_a_method_noun(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s, ("",))[0] == "technique"} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a method added with an article, a method noun its head
    ("We use subject and motion LoRAs to capture personalized content, along with an "
     "appearance-agnostic motion learning approach to disentangle motion patterns.",
     "appearance-agnostic motion learning"),
    ("The learnable aperture adapts to each category's cluster concentration, stabilized by a "
     "three-phase training.",
     "three-phase training"),
])
def test_coined_a_method_added_with_an_article_and_a_method_head(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "named"), [
    # corpus sentences: a plural strong head ends a method's name; a plural weak head names a kind of thing
    ("The framework reduces reliance on expert knowledge, but also integrates error correction and "
     "feasibility validation mechanisms to ensure robustness.", "feasibility validation", True),
    ("The agent develops game sense modules by observing task execution and leveraging vision tools "
     "and neural network training pipelines.", "neural network training", False),
])
def test_coined_a_plural_strong_head_after_a_method_noun(abstract, surface, named):
    assert (surface in coined(abstract)) is named


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a method another is run with, and heads of what a method does ("optimization",
    # "encoding")
    ("We propose a self-training approach that leverages rejection-sampling fine-tuning with "
     "diversity-promoting filtering, which enhances both attack success rate and sample diversity.",
     "diversity-promoting filtering"),
    ("Building on this structure, we develop an efficient policy iteration algorithm with heavy-tail "
     "acceleration.",
     "heavy-tail acceleration"),
    ("Finally, the proposed 3D body configuration is refined via stage-wise optimization to ensure physical "
     "plausibility.", "stage-wise optimization"),
    ("STEI-PCN: an efficient pure convolutional network for traffic prediction via spatial-temporal "
     "encoding and inferring.", "spatial-temporal encoding"),
])
def test_coined_a_method_run_with_another_or_named_by_what_it_does(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
def test_coined_no_name_starts_with_an_adjective_of_ability():
    # corpus sentence: "configurable" describes the optimization; it names no method
    abstract = ("This approach partitions the available time budget into two phases: a probing phase "
                "that explores different sets of hyperparameters using configurable hyperparameter "
                "optimization methods.")
    assert "configurable hyperparameter optimization" not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a negation or a word of cost before a method head modifies no name
    ("This relaxation provides a principled distributional regularizer for learning with limited or no "
     "supervision.", "no supervision"),
    ("Existing methods learn compact representations through expensive per-scene optimization with "
     "repeated feature rasterization.", "expensive per-scene optimization"),
])
def test_coined_no_name_from_a_negation_or_cost_before_a_method_head(abstract, surface):
    assert surface not in coined(abstract)


# How a method was made ("carefully designed", "carefully crafted") comes before its name and is no part of
# it: the adverb no longer keeps the introduced name from being linked (issue 12, technique recall).
# 2605.16764
TITLE_MIXUP = "Synthetic Aperture Radar Image Change Detection Based on Global Dynamic Context-Aware Network"
MIXUP = ("To address these limitations, we propose a novel Global Dynamic Context-Aware Network (GDNet) "
         "specifically tailored for SAR image change detection. At the core of our approach lies a novel "
         "global dynamic convolution module, which adaptively modulates convolution kernel weights "
         "according to the global semantic information extracted from the input features. In addition, we "
         "introduce a carefully designed two-stage Mixup strategy for model training. Unlike conventional "
         "single-stage Mixup, our two-stage design generates more diverse and informative training samples.")
# 2510.07084
HTME = ("The HTME extractor integrates a lightweight temporal feature extraction module with a carefully "
        "designed multivariate feature extraction module to provide complementary features, thereby "
        "achieving a balance between efficiency and effectiveness.")
# 2511.09889
FAIR = ("This is achieved through a carefully designed group-label joint constraint, which we prove "
        "theoretically ensures that the fairness of the final clustering is preserved.")


def test_a_name_after_how_it_was_made_is_introduced() -> None:
    assert coined(MIXUP, TITLE_MIXUP).get("two-stage Mixup strategy") == (Kind.TECHNIQUE, Role.INTRODUCES)
    assert coined(HTME).get("multivariate feature extraction module") == (Kind.TECHNIQUE, Role.INTRODUCES)
    assert coined(FAIR).get("group-label joint constraint") == (Kind.TECHNIQUE, Role.INTRODUCES)


# Methods named in plain words after a cue of use (``paperkg_coined``): what steers the step, then an
# adjective before the method noun ("leverages trajectory-guided deformable sampling") names it; an adjective
# alone before the noun ("aggressive filtering") still names none.
@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (2604.09985, 2511.00480, 2511.11005)
    ("The MFS module utilizes frame-agnostic Semantic Basis Primitives to stablize features, while the TAA "
     "module leverages trajectory-guided deformable sampling to ensure precise temporal alignment.",
     "trajectory-guided deformable sampling"),
    ("During communication, FedMGP employs a dynamic prompt aggregation strategy based on similarity-guided "
     "probabilistic sampling: each client computes the cosine similarity between its prompt groups and the "
     "global prompts.", "similarity-guided probabilistic sampling"),
    ("We localize question-specific cues and then measure dependence through relevance-guided probabilistic "
     "masking.", "relevance-guided probabilistic masking"),
])
def test_steered_adjective_before_method_noun(abstract, surface):
    assert coined(abstract).get(surface, (None,))[0] == Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_adjective_alone_names_no_method():
    # an adjective alone before the method noun is a manner, not a name
    assert "aggressive filtering" not in coined("The pipeline removes noisy samples through aggressive "
                                                "filtering before training.")


@pytest.mark.issue(12)
def test_head_noun_after_keeps_the_part():
    # corpus sentence (2604.03393): a head noun after the phrase: the part the method employs, as before
    abstract = ("For representation, TABQAWORLD employs an action-conditioned multimodal selection policy, "
                "which dynamically switches between visual and textual representations.")
    assert coined(abstract).get("action-conditioned multimodal selection policy") == (Kind.TECHNIQUE,
                                                                                      Role.INTRODUCES)
    assert kinds_and_labels(abstract)["action-conditioned multimodal selection policy"][1] == (
        "action-conditioned multimodal selection policy")


# A phrase with a short form that names a measure or a task is no coined method (``paperkg_coined`` reads the
# pair as ``paperkg_abbreviations`` does: :func:`~paperkg.ingest.extract.abbreviations.names_no_method`),
# unless
# the text calls it a method; real arXiv cs.AI sentences (``../shared/corpora/``).
@pytest.mark.parametrize(("abstract", "phrase"), [
    # 2510.08596: a score
    ("Current methods are strongly biased against creative text generation. We propose the Confidence Score "
     "(CS), derived from a model's output probability distribution.", "Confidence Score"),
    # 2508.03986: two rates and scores in a list of metrics
    ("To quantify these risks, we introduce three metrics: (1) Risk-Reasoning Stealth Score (RRSS) "
     "for harmful reasoning beneath benign outputs; (2) Risk-Visual Neglect Rate (RVNR) for unsafe "
     "completions despite visual risk.", "Risk-Visual Neglect Rate"),
    # 2507.19089: a task
    ("To address this, we propose the Fine-grained Road Traffic Inference (FRTI) task, which aims "
     "to generate more detailed descriptions.", "Fine-grained Road Traffic Inference"),
])
def test_a_measure_or_task_with_a_short_form_is_no_method(abstract: str, phrase: str):
    linked = entity_ids(abstract, "")
    assert phrase not in linked


@pytest.mark.parametrize(("abstract", "short"), [
    # 2507.19754 and 2508.01754: the apposition calls the pair a method, whatever its last word
    ("Moreover, we introduce Decoupled Object Association (DOA), a strategy that separately handles newly "
     "appearing and disappearing objects.", "DOA"),
    ("We introduce Temporal Discrepancy Tomography (TDT), a novel detection paradigm that preserves temporal "
     "cues.", "TDT"),
])
def test_a_pair_the_text_calls_a_method_stays(abstract: str, short: str):
    linked = entity_ids(abstract, "")
    assert linked[short] == {f"technique/{short.lower()}"}


# A coined method phrase does not carry on past a head noun that belongs to a known name between it and a
# later head: the known names inside stay linked (review finding, 2605.14696).
EPONA = ("Moreover, inspired by the training recipe of Large Language Models (LLMs), we introduce a flow "
         "matching group relative policy optimization mechanism to further improve planning accuracy.")


def test_known_names_inside_a_head_chain_stay_linked() -> None:
    found = kinds(EPONA)
    assert found.get("group relative policy optimization") == Kind.TECHNIQUE
    assert found.get("flow matching") == Kind.TECHNIQUE
    assert "flow matching group relative policy optimization mechanism" not in found


# A method's parts the paper names itself: Title-Case parts with their initials, parts a sentence opens on,
# and plain-word parts whose head noun modifies a later one (sentences from corpus abstracts).
@pytest.mark.parametrize(("abstract", "long_form", "short_form"), [
    ("Specifically, OCNet is mainly composed of the General Object Mining Module (GOMM) and Correlation "
     "Construction Module (CCM). Specifically, GOMM constructs the query general object feature.",
     "Correlation Construction Module", "CCM"),
    ("In addition, a pretrained Patch Classifier (PC) and a pretrained Structure-Aware Encoder (SAE) are "
     "employed to derive the generated image.", "Structure-Aware Encoder", "SAE"),
    ("Second, we build on the recent SAM 3D approach for single-object reconstruction and extend it with "
     "Multi-Object Decoder (MOD) for joint object-level scene reconstruction.",
     "Multi-Object Decoder", "MOD"),
])
def test_coined_named_parts_short_formed(abstract: str, long_form: str, short_form: str) -> None:
    by_surfaces = {frozenset(surfaces): kind for kind, surfaces in entities(abstract).values()}
    assert by_surfaces.get(frozenset({long_form, short_form})) == "technique"


@pytest.mark.parametrize(("abstract", "name"), [
    ("The framework is composed of three synergistic modules. The Graph-guided Adaptive Refinement Module "
     "explicitly models semantic associations between generalizable and modality-specific features.",
     "Graph-guided Adaptive Refinement Module"),
    ("To strengthen the model's ability, we introduce three uncertainty-driven loss functions. Adaptive "
     "Uncertainty Separation Loss ensures a consistent difference in uncertainty estimates between known and "
     "unknown objects at a global scale.", "Adaptive Uncertainty Separation Loss"),
])
def test_coined_named_parts_sentence_first(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"


@pytest.mark.parametrize(("abstract", "name"), [
    ("LMAC-Net introduces a multimodal attention consistency mechanism to explicitly align multimodal "
     "features, enabling stable integration of visual and audio information.",
     "multimodal attention consistency mechanism"),
    ("We then develop a residual attention fusion block to integrate the most informative geometric-spectral "
     "features from the two parallel streams.", "residual attention fusion block"),
])
def test_coined_named_parts_head_as_modifier(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"


# Methods named in plain words (``paperkg_coined``): the verbs, subjects and modifiers that start or end a
# description (real arXiv sentences).
# Methods named in plain words (``paperkg_coined``): subjects of a verb of effect, coordinated
# introducing verbs, parts added "with a ...", and what a method does to tokens or caches.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: a method named in plain words is the subject of a verb of effect
    ("We also demonstrate that cross-lingual neuron steering enhances downstream performance.",
     {"cross-lingual neuron steering"}),
    ("While context compression mitigates this issue, existing methods apply fixed compression rates.",
     {"context compression"}),
    ("Our results show that prompt aggregation substantially improves zero-shot detection performance.",
     {"prompt aggregation"}),
    ("In evaluation, we find that early-layer regularization benefits simple tasks, while late-layer "
     "regularization sharply enhances performance on complex manipulation tasks.",
     {"late-layer regularization"}),
])
def test_coined_a_method_as_the_subject_of_a_verb_of_effect(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.USES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a known method keeps its name under a subject's modifier; a result is no method
    "Our experiments demonstrate that domain-specific fine-tuning significantly enhances retrieval "
    "performance.",
    "Furthermore, we demonstrate that age-matched synthetic data augmentation improves pain detection "
    "performance.",
    "Our results show that the proposed approach consistently improves accuracy.",
])
def test_coined_no_subject_over_a_known_method_or_from_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: "..., and propose X", a verb coordinated with an earlier "we"
    ("To address this issue, we enrich the corpus from both dimensions by generation strategies and propose "
     "contrastive denoising learning to ensure the above components learn robustly.",
     "contrastive denoising learning"),
    ("Furthermore, we analyze the cache eviction error of each layer individually and introduce a "
     "layer-adaptive KV cache allocation strategy.", "layer-adaptive KV cache allocation strategy"),
])
def test_coined_a_coordinated_introducing_verb(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a part a method is given "with a ...", a strong head needed
    ("Our method dynamically constructs a visual concept pool with a similarity-based filtering mechanism to "
     "prevent redundancy.", "similarity-based filtering mechanism"),
    ("Specifically, we employ self-supervised training with a structural consistency loss to encourage "
     "the model to produce consistent predictions.", "structural consistency loss"),
])
def test_coined_a_part_given_with_an_article(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: "with a" before a model, a weak head or a constraint of a task is no part's name
    "This requires to simultaneously solve challenges in data storage and change detection with a strict "
    "complexity constraint.",
    "We retrieve document pages, paired with a specialized Ukrainian language model fine-tuned on "
    "synthetic data.",
])
def test_coined_no_part_from_with_and_a_generic_phrase(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: what a method does to tokens, caches or routes ("remasking", "eviction", "routing")
    ("To address this gap, we introduce Arg-LLaDA, a novel framework that iteratively improves summaries via "
     "sufficiency-guided remasking and regeneration.", "sufficiency-guided remasking"),
    ("The framework triggers proactive mitigation through fallback routing, starvation detection, and memory "
     "integrity enforcement.", "fallback routing"),
])
def test_coined_method_heads_of_what_a_method_does(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


def test_coined_an_open_sourced_model_keeps_its_name(shipped):
    # corpus sentence: "open-sourced" describes the model; the known model is linked, not a coined name
    abstract = ("We tackle these issues with a clear framework and present an open-sourced Qwen-30B-A3B "
                "model with notable gains.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert not [m for m in extraction.mentions if "open-sourced" in m.surface]


@pytest.mark.issue(12)
def test_coined_a_variant_of_an_umbrella_term_after_a_cue_of_use():
    # corpus sentence: "attention" alone is an umbrella term; the variant is named
    abstract = ("We uncover a causal information pathway: temporal cues are progressively "
                "synthesized through inter-frame attention, aggregated in the final frame.")
    assert coined(abstract)["inter-frame attention"] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a setting, a count or a known name of several words: the known method stays
    ("By integrating large-scale pretraining and task-specific fine-tuning, FoundBioNet enables "
     "generalizable glioma characterization.", "task-specific fine-tuning"),
    ("Subsequently, we employ a single-stage distillation process, using the pre-trained VLM as the "
     "teacher model.",
     "single-stage distillation"),
    ("To address this issue, we present resolution-adaptive federated learning (RAF), a method that "
     "leverages heatmap-based knowledge distillation.", "heatmap-based knowledge distillation"),
])
def test_coined_a_known_method_stays_under_a_setting_or_count(abstract, surface):
    assert surface not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a dataset or benchmark, then a participle, is no method
    "To this end, we introduce a novel benchmark comprising a suite of multi-turn tasks.",
    "Moreover, we present a dataset comprising 25,368 samples (CausalDR), where each sample includes an "
    "input question.",
])
def test_coined_no_method_from_a_dataset_and_a_participle(abstract):
    assert coined(abstract) == {}



# Methods named in plain words (``paperkg_coined``), second pass: a descriptive adjective ("adaptive",
# "hybrid") starts the name, an evaluative one ("novel") does not.


def _surfaces(abstract: str) -> set[str]:
    """The surfaces the whole pipeline links."""
    return {m.surface for m in extract(abstract).mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a descriptive adjective is the first word of the name
    ("Furthermore, we design an adaptive compression mechanism to enhance both generalization and training "
     "efficiency.", "adaptive compression mechanism"),
    ("Third, we propose an adaptive discretization strategy to reduce the accuracy drop when converting a "
     "continuous-valued network.", "adaptive discretization strategy"),
    ("Furthermore, we devise a dual modulation strategy: the noise schedule aligns diverse degradations.",
     "dual modulation strategy"),
    # before a title-case name, it is passed over
    ("To address this, we propose an automated Coarse-to-Fine Rubric Generation framework.",
     "Coarse-to-Fine Rubric Generation framework"),
])
def test_coined_a_descriptive_adjective_starts_the_name(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a descriptive adjective alone before a head names no method
    "In this paper, we propose a hybrid framework that unifies the strengths of both paradigms.",
    "To mitigate the adverse effects of varying degrees of distribution shift, we introduce an adaptive "
    "mechanism that dynamically adjusts the proportions of common, specific, and confounding components.",
])
def test_coined_a_descriptive_adjective_alone_is_no_name(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
def test_coined_a_known_method_after_a_descriptive_adjective_stays():
    # corpus sentence: "hybrid" before a known method and a head is no new method
    abstract = ("In addition, we introduce a hybrid knowledge distillation strategy to train an "
                "ultra-compact student model.")
    assert "hybrid knowledge distillation strategy" not in coined(abstract)
    assert "knowledge distillation" in _surfaces(abstract)



# Methods named in plain words (``paperkg_coined``), third pass: nouns in "-ly", subjects after a
# determiner, more heads and verbs of effect, and verbs of effect anywhere in the field.


@pytest.mark.issue(12)
def test_coined_a_noun_in_ly_is_no_adverb():
    # corpus sentence: "anomaly" is a noun, the phrase a method's name
    abstract = ("Furthermore, to enhance robustness and score calibration, we propose a context-calibrated "
                "anomaly scoring mechanism, which assesses a point's anomaly.")
    found = coined(abstract)
    assert found["context-calibrated anomaly scoring mechanism"] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a subject after "this"; verbs of effect "enhances", "yields", "uses", "combines"
    ("Using a manually labelled set of skeptical and conspiratorial seed tweets, we demonstrate that this "
     "core-coverage projection significantly improves the recovery of long-tail, problematic hashtags.",
     "core-coverage projection"),
    ("This test-time learning enhances performance substantially across a range of tasks.",
     "test-time learning"),
    ("Our results show that inverse transform sampling yields the most significant performance improvement.",
     "inverse transform sampling"),
    ("Cross-conditioned fusion uses low-rank bilinear interaction and a Switch--MoE head to align motion and "
     "impact tokens and suppress object-drop confounders.", "Cross-conditioned fusion"),
    ("In the second stage, a gating-adjusting aggregation dynamically combines the diverse insights guided "
     "by input motion data.", "gating-adjusting aggregation"),
    # corpus sentences: heads of spreading, sharing or settling values after a cue of use
    ("This structure is maintained through elastic weight anchoring, which protects critical shared "
     "knowledge.", "elastic weight anchoring"),
    ("The pipeline integrates dynamic token allocation, zeroshot multi-agent extraction, and conditional "
     "table parsing to balance accuracy against computation.", "dynamic token allocation"),
    ("We illustrate the approach using a first-order uncertainty propagation as the analytical estimator.",
     "first-order uncertainty propagation"),
])
def test_coined_methods_used_in_plain_words(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentence: a like setting is no method
    "The IDE methods tested were generally less accurate on QuIIEst manifolds than on existing benchmarks "
    "under identical resource allocation.",
])
def test_coined_no_method_from_a_like_setting(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("word", "adverb"), [("theoretically", True), ("jointly", True), ("anomaly", False),
                                              ("family", False)])
def test_coined_nouns_in_ly_are_no_adverbs(word, adverb):
    assert _adverb(word) is adverb


@pytest.mark.issue(12)
def test_coined_a_verb_of_effect_at_the_field_start_does_not_stop_the_scan():
    # a verb at offset 0 has no subject; the same verb later in the field still has one
    assert _effect_ends("improves recall. Low-confidence remasking improves quality") == [41]


# Methods named in plain words (``paperkg_coined``): the heads that end a name, the modifiers before them and
# the cues around them (real arXiv sentences).
# Methods named in plain words (``paperkg_coined``), fourth pass: strong heads that name a component
# by what it generates, plans or filters, or what it adds to training ("kernel", "curriculum", "prior",
# "criterion", "check"), ending a name only as its last word; a lower-case "-driven" word before a
# title-case name is no part of it.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an introduced method ending in a head of a component
    ("Additionally, we propose a threshold-dependent refractory kernel to mitigate excessive neuron "
     "state accumulation.", "threshold-dependent refractory kernel"),
    ("As an initial defense, we propose a simple confidence check which requires no retraining of the "
     "victim model.", "confidence check"),
    ("We first design a 3D frequency filter to selectively prune Gaussians exhibiting abnormally high "
     "frequencies.", "3D frequency filter"),
    ("We tackle this limitation with a reconstruction-guided slot curriculum (SlotCurri).",
     "reconstruction-guided slot curriculum"),
])
def test_coined_component_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_a_component_head_inside_a_name_goes_on():
    # corpus sentence: "prior" is not the name's last word, which is "model"
    abstract = ("To address the challenging problem of cartoon-texture decomposition in the presence of "
                "heavy-tailed noise, we in this paper propose a robust low-rank prior model.")
    assert "low-rank prior" not in coined(abstract)


@pytest.mark.issue(12)
def test_coined_driven_word_before_a_title_case_name():
    # corpus sentences: the name after "large-model-driven" is "User Simulator"; but a lower-case name
    # after "kinematics-driven" keeps it
    found = coined("Second, we develop a large-model-driven User Simulator that generates diverse, "
                   "personalized user queries.")
    assert found["User Simulator"] == ("technique", Role.INTRODUCES)
    found = coined("Firstly, a kinematics-driven Gaussian splatting module is designed to dynamically "
                   "construct anisotropic covariance matrices.")
    assert "kinematics-driven Gaussian splatting module" in found



# Methods named in plain words (``paperkg_coined``), fifth pass: heads of a part that holds or moves a
# method's data ("engine", "node", "slider", "container"; "loop" as the last word; "tool" and "library" after
# a specific phrase), kept in the label; adjectives that start an established method's name after a cue of use
# ("via multinomial sampling", "through adaptive pooling"); one hyphenated modifier before a strong
# head after "we implement|adopt|employ a" ("we implement a time-frequency loss").


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an introduced part named by what it holds or moves
    ("To avoid annotation bottlenecks, we develop a multi-modal automated data engine that synergizes "
     "VFM-driven video masklets.", "multi-modal automated data engine"),
    ("To address this limitation, we first propose a refined UAV-Label engine.", "UAV-Label engine"),
    ("LLM-to-Phy3D introduces a novel online black-box refinement loop that empowers large language models.",
     "online black-box refinement loop"),
    ("In addition, a multidisciplinary discussion tool was introduced to interpret challenging cases.",
     "multidisciplinary discussion tool"),
    ("To support this effort, we introduce the yProv4ML library, a tool designed to collect provenance.",
     "yProv4ML library"),
])
def test_coined_part_heads(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_a_title_case_name_keeps_its_part_head(shipped):
    # corpus sentence: the entity is the engine, not "Automatic Scene Creation"
    abstract = "To facilitate large-scale data synthesis, we develop an Automatic Scene Creation Engine."
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert "Automatic Scene Creation Engine" in {e.label for e in extraction.entities}


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a tool or library named by what it is for alone, and a loop that goes on
    "To demystify the DDR, we further propose a visualization tool that enables observing the scene "
    "geometry.",
    "This paper presents a software library, called GymPN, that supports optimal decision making.",
    "A novel intra-to-inter loop closure method is designed to achieve local consistency.",
])
def test_coined_no_part_head_name(abstract):
    found = coined(abstract)
    assert not {s for s in found if s.endswith(("tool", "library", "loop"))}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an adjective of an established method's name after a cue of use
    ("LCR employs a two-stage process: confidence assessment via multinomial sampling and clustering, "
     "followed by binning.", "multinomial sampling"),
    ("The framework employs adaptive fusion that dynamically reconfigures based on input availability.",
     "adaptive fusion"),
    ("LLaVA-SP-Pooling captures global semantics through adaptive pooling, enabling the model to handle "
     "diverse inputs.", "adaptive pooling"),
    ("It enables unsupervised instance segmentation via contrastive clustering.", "contrastive clustering"),
])
def test_coined_method_adjectives_after_a_cue_of_use(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "absent"), [
    # corpus sentences: the name goes on to its head noun, and "iterative optimization" is a manner
    ("This method incorporates an interpretable adversarial guidance mechanism to gradually shift the "
     "sampling distribution.", "adversarial guidance"),
    ("A successive convex approximation (SCA)-based framework is proposed, incorporating iterative "
     "optimization and finite search.", "iterative optimization"),
])
def test_coined_method_adjectives_do_not_cut_a_name(abstract, absent):
    assert absent not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "we implement|incorporate a", one hyphenated modifier
    ("To counter transformations that degrade secret audio quality during recovery, we implement a "
     "time-frequency loss on the time-domain signal.", "time-frequency loss"),
    ("To enhance mesh quality, we incorporate a level-set regularizer operating on the opacity field.",
     "level-set regularizer"),
])
def test_coined_own_part_with_a_hyphenated_modifier(abstract, surface):
    assert surface in coined(abstract)


@pytest.mark.issue(12)
def test_coined_own_part_needs_more_than_a_count():
    # "two-stage" counts the steps of a strategy, it names none
    assert not coined("We adopt a two-stage strategy to train the model.")



# Methods named in plain words (``paperkg_coined``), sixth pass: nouns in "-al" ("retrieval", "removal")
# as modifiers; a hyphenated word of what steers a part, or an adjective of an established method's name after
# another modifier, as the last modifier before a strong head ("a chemistry-informed curriculum", "a
# view-quality semantic gate"); the parts listed after "<count> <parts noun>:"; a title-case name that goes
# on past a head inside it; a long form and its discovered short form in parentheses as one entity.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a noun in "-al" is no adjective
    ("The framework builds a case library and a skill library, and proposes a dynamic utility retrieval "
     "algorithm.", "dynamic utility retrieval algorithm"),
    # what steers a part, hyphenated, before a strong head
    ("To counter this, we further propose a chemistry-informed curriculum: five structural complexity "
     "descriptors order the training molecules.", "chemistry-informed curriculum"),
    ("To make RL effective for moderate-sized LLMs, we introduce a graph-aware curriculum that schedules "
     "training.", "graph-aware curriculum"),
    # a title-case name goes on past a head inside it
    ("We introduce a Hybrid Optimal Block Partitioning strategy to make the search tractable.",
     "Hybrid Optimal Block Partitioning strategy"),
])
def test_coined_a_strong_head_after_an_al_noun_or_a_steering_word_is_introduced(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: built on or made for a thing, no name
    "It uses a Transformer-based encoder to read the frames.",
    "We use a retrieval module to fetch the passages.",
])
def test_coined_no_name_for_what_a_part_is_built_on_or_made_for(abstract):
    assert not coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences: the parts listed after a colon, each with its description
    ("To further accelerate strategy search, we introduce three key techniques: Distribution Preserving "
     "Sampling, which reduces data volume while maintaining distributional integrity; Processing Target "
     "Selection, which uses a binary classifier to identify low-quality samples.",
     {"Distribution Preserving Sampling", "Processing Target Selection"}),
    ("HumanX coordinates them through two decoder-side modules: Expert-Specific Enhancement (ESE), which "
     "preserves branch-specific expert references, and Cross-Expert Modulation (CEM), which enables "
     "selective complementation.", {"Expert-Specific Enhancement", "Cross-Expert Modulation"}),
    ("CC-OR-Net integrates three specialized components: a structural ordinal decomposition module for "
     "robust ranking, an intra-bucket residual module for fine-grained regression, and a targeted high-value "
     "augmentation module for precision on top-tier users.",
     {"structural ordinal decomposition module", "targeted high-value augmentation module"}),
])
def test_coined_colon_parts(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a listed part with no name, and an enumeration (read as such, not as a colon list)
    "The decoder has two branches: an implicit physics-guided branch employing cross-attention and an "
    "explicit branch.",
    "The attack has two stages: (i) identifying and manipulating Ascending and Descending Edges to align the "
    "global model.",
])
def test_coined_no_colon_part(abstract):
    found = coined(abstract)
    assert not {s for s in found if "branch" in s or "Edges" in s}


@pytest.mark.issue(12)
def test_coined_a_listed_part_keeps_a_known_name(shipped):
    # corpus sentence: the listed part does not take over the known method inside it
    abstract = ("The model has two components: a head-level Group Normalization layer and a gated residual "
                "path.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    assert "Group Normalization" in {m.surface for m in extraction.mentions}


@pytest.mark.issue(12)
def test_coined_long_form_is_its_short_forms_entity(shipped):
    # corpus sentences: the listed long form and its short form, linked by the abbreviations, are one entity
    abstract = ("On the methodological front, we propose a novel framework featuring two key modules: Motion "
                "Feature Stabilization (MFS) and Trajectory-Aware Alignment (TAA). The MFS module utilizes "
                "frame-agnostic Semantic Basis Primitives, while the TAA module leverages trajectory-guided "
                "deformable sampling.")
    extraction = shipped.extract(Paper(id="t", title="A study", abstract=abstract))
    ids = {m.surface: m.entity_id for m in extraction.mentions}
    assert ids["Trajectory-Aware Alignment"] == ids["TAA"]


@pytest.mark.issue(12)
def test_coined_a_listed_step_of_use_is_no_name():
    # seed sentence: a stage that leverages an instruction is a step, not a method's name
    abstract = ("The paper proposes a novel paradigm consisting of three stages: Secondary Pre-training "
                "using Extensive Monolingual Data, Continual Pre-training with Interlinear Text Format "
                "Documents, and Leveraging Source-Language Consistent Instruction for Supervised "
                "Fine-Tuning.")
    assert not {s for s in coined(abstract) if s.startswith("Leveraging")}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: an adjective of an established method's name, after another modifier, before a strong
    # head
    ("Features are then integrated through a view-quality semantic gate for cross-view consistency.",
     "view-quality semantic gate"),
    ("ASPEN integrates an adaptive spectral layer with learnable Fourier features directly into the network.",
     "adaptive spectral layer"),
])
def test_coined_naming_adjective_last(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_one_naming_adjective_is_no_name():
    # an adjective alone before a strong head names a kind of part
    assert not coined("Features are then integrated through a semantic gate for consistency.")


@pytest.mark.issue(12)
def test_coined_a_short_form_after_the_name_does_not_go_on():
    # seed sentence: the short form after "... Model" is no part of the name
    abstract = ("We trained a 540-billion parameter, densely activated, Transformer language model, which we "
                "call Pathways Language Model PaLM.")
    assert "Pathways Language Model PaLM" not in coined(abstract)



# Methods named in plain words (``paperkg_coined``), seventh pass: cues of the parts a method is made of, a
# step after another and what the paper uses ("composed of", "followed by", "we use"); heads of what a method
# puts into a model ("injection", "adaptation"); an adverb after a lower-case name, which is its verb's; the
# steps a method "performs", enumerated; and no name in a noun and the participle that starts a clause about
# it ("approaches outperforming the ...") or in what the paper says is a task ("Evidence Ranking, a novel
# task").


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences (open dev papers): a cue of the parts, a step after another, what the paper uses
    # 2603.14892
    ("Motivated by this insight, we propose PromPrune, a sample-adaptive visual token selection framework "
     "composed of semantic prominence-aware budget allocation and a two-stage selection pipeline.",
     "semantic prominence-aware budget allocation"),
    ("LCR employs a two-stage process: confidence assessment via multinomial sampling and "
     "clustering, followed "  # 2602.13571
     "by binning and multi-level sorting based on query and document confidence thresholds.",
     "multi-level sorting"),
    # 2603.24821
    ("For point-regression models, we employ scene-density-specific high-confidence logit suppression; for "
     "density-map approaches, we use peak-targeted density map suppression.",
     "peak-targeted density map suppression"),
    # heads of what a method puts into a model
    ("It proposes a fine-tuning algorithm framework based on knowledge graph injection.",  # 2508.14427
     "knowledge graph injection"),
    ("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive framework "
     "grounded in "  # 2506.23844
     "Constrained Markov Decision Processes (CMDPs), which incorporates risk-aware world modeling, "
     "meta-policy adaptation, and joint reward-risk optimization to enable principled, proactive safety.",
     "meta-policy adaptation"),
    # 2601.03637
    ("The generator combines topology-preserving mask injection with boundary-gated modulation to maintain "
     "thin-structure continuity.", "topology-preserving mask injection"),
])
def test_coined_used(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # corpus sentences (open dev papers): an adverb after a lower-case name is its verb's
    # 2606.22886
    ("Perturbation-based analysis is used to evaluate explanation stability. An adaptive fusion strategy "
     "dynamically combines local and global explanation to generate more reliable token-level explanations.",
     {"adaptive fusion strategy"}),
    # the steps a method performs, enumerated
    ("ComprExIT performs (i) depth-wise transmission to selectively transmit multi-layer information "
     "into token "  # 2602.03784
     "anchors, mitigating progressive overwriting, and (ii) width-wise transmission to aggregate "
     "anchors into a small number of slots.", {"depth-wise transmission", "width-wise transmission"}),
])
def test_coined_a_name_before_an_adverb_and_enumerated_steps_are_introduced(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "wrong"), [
    # corpus sentences: a noun and the participle that starts a clause about it
    ("This work introduces panoptic captioning, a novel task striving to seek the minimum text "
     "equivalence of "  # 2505.16334
     "images.", "task striving"),
    ("We experimentally evaluate the results of the proposed approaches outperforming the dice "
     "coefficient and "  # 2601.00794
     "the average perpendicular distance than other state-of-the-art approaches.",
     "approaches outperforming"),
    ("We further present two diagnostic case studies showing that exploration functions as a critical "
     "branching "  # 2512.19995
     "step associated with correctness.", "diagnostic case studies showing"),
    ("We also present a code correcting a single substitution with few redundant bits and prove that it "
     "is within "  # 2601.10256
     "one bit of optimality.", "code correcting"),
    # 2601.23206
    ("To validate this approach, we present a proof-of-concept focusing on a single specialized SLM as the "
     "fundamental building block.", "proof-of-concept focusing"),
    # what the paper says is a task
    # 2601.21387
    ("To address this, we propose Evidence Ranking, a novel task that prioritizes presenting sufficient "
     "information as early as possible in a ranked list.", "Evidence Ranking"),
    ("In our work, we introduce Video Connecting, an innovative task that aims to generate smooth "
     "intermediate "  # 2601.19236
     "video content between given start and end clips.", "Video Connecting"),
    # what the paper says is a metric or a capability
    # 2512.21336
    ("To quantify this uncertainty, we introduce Denoising Entropy, a computable metric that serves as an "
     "internal signal for evaluating generative process.", "Denoising Entropy"),
    ("Furthermore, to address the critical gap in evaluation, we propose the Light Stability Score, "
     "the first "  # 2601.23167
     "quantitative metric designed to specifically measure lighting consistency.", "Light Stability Score"),
    ("To address this gap, we introduce scientific instruction following: the capability to solve "
     "problems while "  # 2601.04770
     "strictly adhering to the constraints that establish scientific validity.",
     "scientific instruction following"),
    # an adjective of degree names no method
    # 2512.21797
    ("Our ablation shows that moderate guidance improves reconstruction quality, with the best configuration "
     "achieved at a small noise level.", "moderate guidance"),
])
def test_coined_no_name_from_a_participle_clause_a_task_or_a_metric(abstract, wrong):
    assert wrong not in coined(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a name in "-ing" before its apposition stays, with the comma apart or not
    # 2602.05391
    ("In this paper, we introduce statistical flow matching , a stable and efficient supervised learning "
     "framework that optimizes synthetic images.", "statistical flow matching"),
    ("We address this gap diagnostically and propose greedy pruning, a likelihood-preserving deletion "
     "procedure "  # 2601.03066
     "that iteratively removes reasoning tokens.", "greedy pruning"),
])
def test_coined_a_name_in_ing_stays(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: the paper's own part after "our", in lower-case words with a strong head
    # 2511.14187
    ("Our two-stage inference strategy achieves up to fivefold acceleration, enhancing clinical "
     "practicality.", "two-stage inference strategy"),
    # a step the method performs, named by what steers it or by two modifiers
    # 2512.21185
    ("We achieve this by performing voxel-based refinement at fixed spatial locations, where voxel queries "
     "derived from coarse geometry provide explicit positional anchors.", "voxel-based refinement"),
    # 2601.15829
    ("Besides, we further perform latent space clustering on training samples to select representative and "
     "diverse prototypes as visual style guidance.", "latent space clustering"),
    # after a cue of use, the mention goes on to the head noun after the method's name
    # 2510.22119
    ("CogStereo employs a dual-conditional refinement mechanism that combines pixel-wise uncertainty with "
     "cognition-guided features for consistent global correction of mismatches.",
     "dual-conditional refinement mechanism"),
    # 2602.10079
    ("We propose a visual state-space model that leverages normalized attention maps to identify internal "
     "similarities, paired with a region-based block attention module to distinguish manipulated regions.",
     "region-based block attention module"),
])
def test_coined_own_parts_and_steps(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences (guards): a kind of step performed, and a model's size after "our", name nothing
    "The advantage of RGB-Thermal (RGB-T) detection lies in its ability to perform modality fusion and "
    "integrate "  # 2601.08458
    "cross-modality complementary information.",
    # 2601.03018
    "Notably, on the ADNI benchmark, our 7B model rivals GPT-4o, effectively capturing fluctuating trends.",
])
def test_coined_no_name_performed_or_ours(abstract):
    assert not coined(abstract)


@pytest.mark.issue(12)
def test_coined_a_title_names_the_method_without_its_head(shipped):
    """2601.11102: the title's "Graph Smoothing" is the method the abstract integrates as "a graph smoothing
    module", one entity (the label is the method's name without the head noun)."""
    from paperkg.ingest.records import Paper
    extraction = shipped.extract(Paper(
        id="t", title="Graph Smoothing for Enhanced Local Geometry Learning in Point Cloud Analysis",
        abstract="To address these challenges, we propose a novel method that integrates a graph "
                 "smoothing module with an enhanced local geometry learning module."))
    ids = {m.entity_id for m in extraction.mentions if m.surface.lower().startswith("graph smoothing")}
    assert len(ids) == 1 and any(m.surface == "graph smoothing module" for m in extraction.mentions)
