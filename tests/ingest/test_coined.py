"""Methods a paper names in plain words (``paperkg_coined``): corpus sentences, the shipped pipeline."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Paper, Role
from tests.ingest._helpers import coined


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
