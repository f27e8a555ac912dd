"""Methods a paper names in plain words (``paperkg_coined``): corpus sentences, the shipped pipeline."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.coined import _adverb, _effect_ends
from paperkg.ingest.records import Kind, Paper, Role
from tests.ingest._helpers import (coined, entities, entity_ids, extract, kinds, kinds_and_labels,
                                   surface_ids, surface_roles)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "label"), [
    # a capitalised cue of use is a cue:
    # the field's only cue of use is capitalised: the quick check must not miss it
    pytest.param("Using class-balanced sampling, we recover the rare classes.", "class-balanced sampling",
                 id="class-balanced sampling"),
    pytest.param("Via gray-box learning, the nowcasts stay physically consistent.", "gray-box learning",
                 id="gray-box learning"),
    # a method run with another or named by what it does:
    # corpus sentences: a method another is run with, and heads of what a method does ("optimization",
    # "encoding")
    pytest.param("We propose a self-training approach that leverages rejection-sampling fine-tuning with "
                 "diversity-promoting filtering, which enhances both attack success rate and sample "
                 "diversity.", "diversity-promoting filtering", id="diversity-promoting filtering"),
    pytest.param("Building on this structure, we develop an efficient policy iteration algorithm with "
                 "heavy-tail acceleration.", "heavy-tail acceleration", id="heavy-tail acceleration"),
    pytest.param("Finally, the proposed 3D body configuration is refined via stage-wise optimization to "
                 "ensure physical plausibility.", "stage-wise optimization", id="stage-wise optimization"),
    pytest.param("STEI-PCN: an efficient pure convolutional network for traffic prediction via "
                 "spatial-temporal encoding and inferring.", "spatial-temporal encoding",
                 id="spatial-temporal encoding"),
    # method heads of what a method does:
    # corpus sentences: what a method does to tokens, caches or routes ("remasking", "eviction", "routing")
    pytest.param("To address this gap, we introduce Arg-LLaDA, a novel framework that iteratively improves "
                 "summaries via sufficiency-guided remasking and regeneration.",
                 "sufficiency-guided remasking", id="sufficiency-guided remasking"),
    pytest.param("The framework triggers proactive mitigation through fallback routing, starvation "
                 "detection, and memory integrity enforcement.", "fallback routing", id="fallback routing"),
    # methods used in plain words:
    # corpus sentences: a subject after "this"; verbs of effect "enhances", "yields", "uses", "combines"
    pytest.param("Using a manually labelled set of skeptical and conspiratorial seed tweets, we demonstrate "
                 "that this core-coverage projection significantly improves the recovery of long-tail, "
                 "problematic hashtags.", "core-coverage projection", id="core-coverage projection"),
    pytest.param("This test-time learning enhances performance substantially across a range of tasks.",
                 "test-time learning", id="test-time learning"),
    pytest.param("Our results show that inverse transform sampling yields the most significant performance "
                 "improvement.", "inverse transform sampling", id="inverse transform sampling"),
    pytest.param("Cross-conditioned fusion uses low-rank bilinear interaction and a Switch--MoE head to "
                 "align motion and impact tokens and suppress object-drop confounders.",
                 "Cross-conditioned fusion", id="Cross-conditioned fusion"),
    pytest.param("In the second stage, a gating-adjusting aggregation dynamically combines the diverse "
                 "insights guided by input motion data.", "gating-adjusting aggregation",
                 id="gating-adjusting aggregation"),
    # corpus sentences: heads of spreading, sharing or settling values after a cue of use
    pytest.param("This structure is maintained through elastic weight anchoring, which protects critical "
                 "shared knowledge.", "elastic weight anchoring", id="elastic weight anchoring"),
    pytest.param("The pipeline integrates dynamic token allocation, zeroshot multi-agent extraction, and "
                 "conditional table parsing to balance accuracy against computation.",
                 "dynamic token allocation", id="dynamic token allocation"),
    pytest.param("We illustrate the approach using a first-order uncertainty propagation as the analytical "
                 "estimator.", "first-order uncertainty propagation",
                 id="first-order uncertainty propagation"),
    # method adjectives after a cue of use:
    # corpus sentences: an adjective of an established method's name after a cue of use
    pytest.param("LCR employs a two-stage process: confidence assessment via multinomial sampling and "
                 "clustering, followed by binning.", "multinomial sampling", id="multinomial sampling"),
    pytest.param("The framework employs adaptive fusion that dynamically reconfigures based on input "
                 "availability.", "adaptive fusion", id="adaptive fusion"),
    pytest.param("LLaVA-SP-Pooling captures global semantics through adaptive pooling, enabling the model "
                 "to handle diverse inputs.", "adaptive pooling", id="adaptive pooling"),
    pytest.param("It enables unsupervised instance segmentation via contrastive clustering.",
                 "contrastive clustering", id="contrastive clustering"),
])
def test_coined_uses(abstract, label):
    assert coined(abstract)[label] == ("technique", Role.USES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # a method named after its method noun or with a gerund modifier:
    # corpus sentences: a method noun, then the name it is given
    pytest.param("To address the challenges associated with unified multimodal learning, UGen is trained "
                 "using a novel mechanism, namely progressive vocabulary learning.",
                 "progressive vocabulary learning", id="progressive vocabulary learning"),
    pytest.param("To this end, we propose a novel emotion recognition method called trusted emotion "
                 "recognition (TER), which utilizes uncertainty estimation.", "trusted emotion recognition",
                 id="trusted emotion recognition"),
    # a gerund after an article is a modifier of the name, not a verb ("we propose constructing ...")
    pytest.param("To enhance the training of LoRA adapters, we introduce an additional denoising score "
                 "distillation loss which regularizes the online model.", "denoising score distillation loss",
                 id="denoising score distillation loss"),
    # a part added with an indefinite article:
    # corpus sentences: a part added to another method with "enhanced with a ...", "coupled with a ..."
    pytest.param("A critic-free GRPO objective, enhanced with a confidence-aware cooling mechanism, further "
                 "stabilizes training.", "confidence-aware cooling mechanism",
                 id="confidence-aware cooling mechanism"),
    pytest.param("RAG runs over this fixed graph, coupled with a closed-loop collaborative verification "
                 "protocol to dynamically self-correct.", "closed-loop collaborative verification protocol",
                 id="closed-loop collaborative verification protocol"),
    # a component before its short form or employed with an article:
    # corpus sentences: a component named before its short form, then "is introduced|designed"
    pytest.param("Additionally, a class-aware prompt aggregation scheme (CPA) is designed to alleviate "
                 "inter-class knowledge confusion.", "class-aware prompt aggregation scheme",
                 id="class-aware prompt aggregation scheme"),
    pytest.param("Specifically, a local class distribution compensation mechanism (LCDC) is introduced to "
                 "reduce intra-class distribution disparities across clients.",
                 "local class distribution compensation mechanism",
                 id="local class distribution compensation mechanism"),
    # a component the method employs, with an article and a strong head
    pytest.param("IHRUT achieves effective spectral correction and detail restoration through a "
                 "stripe-pattern enhancement mechanism and a spatial-spectral transformer architecture.",
                 "stripe-pattern enhancement mechanism", id="stripe-pattern enhancement mechanism"),
    pytest.param("It further incorporates a gene function bottleneck layer, offering human interpretable "
                 "concepts.", "gene function bottleneck layer", id="gene function bottleneck layer"),
    # a part named by what it does to what:
    # corpus sentences: a strong head after a task noun and what the part does it to
    pytest.param("For scene awareness, SANR introduces a hierarchical scene modeling block that leverages "
                 "multi-scale latent codes.", "hierarchical scene modeling block",
                 id="hierarchical scene modeling block"),
    pytest.param("Finally, to further enhance performance, we introduce a multi-round pseudo-label "
                 "generation strategy that iteratively improves the pseudo-labeling process.",
                 "multi-round pseudo-label generation strategy",
                 id="multi-round pseudo-label generation strategy"),
    # a method added with an article and a method head:
    # corpus sentences: a method added with an article, a method noun its head
    pytest.param("We use subject and motion LoRAs to capture personalized content, along with an "
                 "appearance-agnostic motion learning approach to disentangle motion patterns.",
                 "appearance-agnostic motion learning", id="appearance-agnostic motion learning"),
    pytest.param("The learnable aperture adapts to each category's cluster concentration, stabilized by a "
                 "three-phase training.", "three-phase training", id="three-phase training"),
    # a coordinated introducing verb:
    # corpus sentences: "..., and propose X", a verb coordinated with an earlier "we"
    pytest.param("To address this issue, we enrich the corpus from both dimensions by generation strategies "
                 "and propose contrastive denoising learning to ensure the above components learn robustly.",
                 "contrastive denoising learning", id="contrastive denoising learning"),
    pytest.param("Furthermore, we analyze the cache eviction error of each layer individually and introduce "
                 "a layer-adaptive KV cache allocation strategy.",
                 "layer-adaptive KV cache allocation strategy",
                 id="layer-adaptive KV cache allocation strategy"),
    # a part given with an article:
    # corpus sentences: a part a method is given "with a ...", a strong head needed
    pytest.param("Our method dynamically constructs a visual concept pool with a similarity-based filtering "
                 "mechanism to prevent redundancy.", "similarity-based filtering mechanism",
                 id="similarity-based filtering mechanism"),
    pytest.param("Specifically, we employ self-supervised training with a structural consistency loss to "
                 "encourage the model to produce consistent predictions.", "structural consistency loss",
                 id="structural consistency loss"),
    # a descriptive adjective starts the name:
    # corpus sentences: a descriptive adjective is the first word of the name
    pytest.param("Furthermore, we design an adaptive compression mechanism to enhance both generalization "
                 "and training efficiency.", "adaptive compression mechanism",
                 id="adaptive compression mechanism"),
    pytest.param("Third, we propose an adaptive discretization strategy to reduce the accuracy drop when "
                 "converting a continuous-valued network.", "adaptive discretization strategy",
                 id="adaptive discretization strategy"),
    pytest.param("Furthermore, we devise a dual modulation strategy: the noise schedule aligns diverse "
                 "degradations.", "dual modulation strategy", id="dual modulation strategy"),
    # before a title-case name, it is passed over
    pytest.param("To address this, we propose an automated Coarse-to-Fine Rubric Generation framework.",
                 "Coarse-to-Fine Rubric Generation framework",
                 id="Coarse-to-Fine Rubric Generation framework"),
    # component heads:
    # corpus sentences: an introduced method ending in a head of a component
    pytest.param("Additionally, we propose a threshold-dependent refractory kernel to mitigate excessive "
                 "neuron state accumulation.", "threshold-dependent refractory kernel",
                 id="threshold-dependent refractory kernel"),
    pytest.param("As an initial defense, we propose a simple confidence check which requires no retraining "
                 "of the victim model.", "confidence check", id="confidence check"),
    pytest.param("We first design a 3D frequency filter to selectively prune Gaussians exhibiting "
                 "abnormally high frequencies.", "3D frequency filter", id="3D frequency filter"),
    pytest.param("We tackle this limitation with a reconstruction-guided slot curriculum (SlotCurri).",
                 "reconstruction-guided slot curriculum", id="reconstruction-guided slot curriculum"),
    # part heads:
    # corpus sentences: an introduced part named by what it holds or moves
    pytest.param("To avoid annotation bottlenecks, we develop a multi-modal automated data engine that "
                 "synergizes VFM-driven video masklets.", "multi-modal automated data engine",
                 id="multi-modal automated data engine"),
    pytest.param("To address this limitation, we first propose a refined UAV-Label engine.",
                 "UAV-Label engine", id="UAV-Label engine"),
    pytest.param("LLM-to-Phy3D introduces a novel online black-box refinement loop that empowers large "
                 "language models.", "online black-box refinement loop",
                 id="online black-box refinement loop"),
    pytest.param("In addition, a multidisciplinary discussion tool was introduced to interpret challenging "
                 "cases.", "multidisciplinary discussion tool", id="multidisciplinary discussion tool"),
    pytest.param("To support this effort, we introduce the yProv4ML library, a tool designed to collect "
                 "provenance.", "yProv4ML library", id="yProv4ML library"),
    # a strong head after an al noun or a steering word is introduced:
    # corpus sentences: a noun in "-al" is no adjective
    pytest.param("The framework builds a case library and a skill library, and proposes a dynamic utility "
                 "retrieval algorithm.", "dynamic utility retrieval algorithm",
                 id="dynamic utility retrieval algorithm"),
    # what steers a part, hyphenated, before a strong head
    pytest.param("To counter this, we further propose a chemistry-informed curriculum: five structural "
                 "complexity descriptors order the training molecules.", "chemistry-informed curriculum",
                 id="chemistry-informed curriculum"),
    pytest.param("To make RL effective for moderate-sized LLMs, we introduce a graph-aware curriculum that "
                 "schedules training.", "graph-aware curriculum", id="graph-aware curriculum"),
    # a title-case name goes on past a head inside it
    pytest.param("We introduce a Hybrid Optimal Block Partitioning strategy to make the search tractable.",
                 "Hybrid Optimal Block Partitioning strategy",
                 id="Hybrid Optimal Block Partitioning strategy"),
    # naming adjective last:
    # corpus sentences: an adjective of an established method's name, after another modifier, before a strong
    # head
    pytest.param("Features are then integrated through a view-quality semantic gate for cross-view "
                 "consistency.", "view-quality semantic gate", id="view-quality semantic gate"),
    pytest.param("ASPEN integrates an adaptive spectral layer with learnable Fourier features directly into "
                 "the network.", "adaptive spectral layer", id="adaptive spectral layer"),
    # a name in ing stays:
    # corpus sentences: a name in "-ing" before its apposition stays, with the comma apart or not
    # 2602.05391
    pytest.param("In this paper, we introduce statistical flow matching , a stable and efficient supervised "
                 "learning framework that optimizes synthetic images.", "statistical flow matching",
                 id="statistical flow matching"),
    pytest.param("We address this gap diagnostically and propose greedy pruning, a likelihood-preserving "
                 "deletion procedure that iteratively removes reasoning tokens.", "greedy pruning",
                 id="greedy pruning"),
    # named after coined with no other naming word:
    # corpus sentence (2606.09219): "coined" is a naming word though the field has no "name", "call", "term"
    # or "dub" in it
    pytest.param("Upon the dataset, we further devise a novel semi-supervised learning framework coined "
                 "Nova Teacher, capable of detecting dense sources effectively given sparse annotations.",
                 "Nova Teacher", id="Nova Teacher"),
    # part coordinated with an introduced one:
    # corpus sentences: a part coordinated with the one an introducing cue names
    # 2506.18533
    pytest.param("We introduce a revised low-rank decomposition scheme and a hard-pair mining mechanism to "
                 "mitigate the computational cost of pair-wise distance calculations.",
                 "hard-pair mining mechanism", id="hard-pair mining mechanism"),
    # 2506.17361
    pytest.param("Moreover, we develop a wide-bound perception gate block and a spectrum enhancement gate "
                 "block to construct the spatial-spectral reinforcement graph.",
                 "spectrum enhancement gate block", id="spectrum enhancement gate block"),
    # 2512.08498
    pytest.param("Furthermore, we introduce a redundancy-free Gaussian sampling strategy and a "
                 "frequency-aware optimization scheduler to reduce the number of Gaussian primitives.",
                 "frequency-aware optimization scheduler", id="frequency-aware optimization scheduler"),
])
def test_coined_introduces(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # the enumerated parts of a method:
    # corpus sentences: the parts of a method, enumerated after a cue that parts follow
    pytest.param("MOON2.0 comprises: (1) a Modality-driven Mixture-of-Experts (MoE) module that adaptively "
                 "processes input samples; (2) a Dual-level Alignment method to better leverage semantic "
                 "alignment; and (3) an MLLM-based Image-text Co-augmentation strategy that integrates "
                 "textual enrichment with visual expansion.",
                 {"Modality-driven Mixture-of-Experts", "Dual-level Alignment method",
                  "Image-text Co-augmentation strategy"}, id="the-enumerated-parts-of-a-method-1"),
    pytest.param("PolarQuant operates in three stages: (1) block-wise normalization to the unit "
                 "hypersphere, (2) Walsh-Hadamard rotation to transform coordinates.",
                 {"block-wise normalization"}, id="the-enumerated-parts-of-a-method-2"),
    # names in parentheses after an introduced method phrase:
    # corpus sentences: an introduced method phrase, then the names it is given in parentheses
    pytest.param("We propose DiVeQ, which treats quantization as adding an error vector that mimics the "
                 "quantization distortion. We also present a space-filling variant (SF-DiVeQ) that assigns "
                 "to a curve constructed by the lines connecting codewords.", {"SF-DiVeQ"},
                 id="names-in-parentheses-after-an-introduced-method-phrase-1"),
    pytest.param("Building on a property-level analysis of negative-branch shape and saturation behavior, "
                 "we introduce two drop-in nonlinearities (Smooth-Leaky and Randomized Smooth-Leaky) and "
                 "evaluate them in two complementary settings.", {"Smooth-Leaky", "Randomized Smooth-Leaky"},
                 id="names-in-parentheses-after-an-introduced-method-phrase-2"),
    # colon parts:
    # corpus sentences: the parts listed after a colon, each with its description
    pytest.param("To further accelerate strategy search, we introduce three key techniques: Distribution "
                 "Preserving Sampling, which reduces data volume while maintaining distributional "
                 "integrity; Processing Target Selection, which uses a binary classifier to identify "
                 "low-quality samples.", {"Distribution Preserving Sampling", "Processing Target Selection"},
                 id="colon-parts-1"),
    pytest.param("HumanX coordinates them through two decoder-side modules: Expert-Specific Enhancement "
                 "(ESE), which preserves branch-specific expert references, and Cross-Expert Modulation "
                 "(CEM), which enables selective complementation.",
                 {"Expert-Specific Enhancement", "Cross-Expert Modulation"}, id="colon-parts-2"),
    pytest.param("CC-OR-Net integrates three specialized components: a structural ordinal decomposition "
                 "module for robust ranking, an intra-bucket residual module for fine-grained regression, "
                 "and a targeted high-value augmentation module for precision on top-tier users.",
                 {"structural ordinal decomposition module", "targeted high-value augmentation module"},
                 id="colon-parts-3"),
    # a name before an adverb and enumerated steps are introduced:
    # corpus sentences (open dev papers): an adverb after a lower-case name is its verb's
    # 2606.22886
    pytest.param("Perturbation-based analysis is used to evaluate explanation stability. An adaptive fusion "
                 "strategy dynamically combines local and global explanation to generate more reliable "
                 "token-level explanations.", {"adaptive fusion strategy"},
                 id="a-name-before-an-adverb-and-enumerated-steps-are-introduced-1"),
    # the steps a method performs, enumerated
    pytest.param("ComprExIT performs (i) depth-wise transmission to selectively transmit multi-layer "
                 "information into token anchors, mitigating progressive overwriting, and (ii) width-wise "
                 "transmission to aggregate anchors into a small number of slots.",
                 {"depth-wise transmission", "width-wise transmission"},
                 id="a-name-before-an-adverb-and-enumerated-steps-are-introduced-2"),
])
def test_coined_introduces_all(abstract, surfaces):
    found = coined(abstract)
    assert {s for s in surfaces if found.get(s) == ("technique", Role.INTRODUCES)} == surfaces


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # no name from an enumerated task heading verb or generic part:
    # corpus sentences: enumerated tasks, headings, verbs, generic parts and plain things are no names
    pytest.param("The benchmark covers four core capabilities: (1) behavior prediction and simulation, (2) "
                 "strategic decision-making, and (3) natural interruption generation.",
                 id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-1"),
    pytest.param("RISK-R1 is a framework considering four aspects: (i) Output Format: Updated format reward "
                 "to enhance output.", id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-2"),
    pytest.param("The protocol (i) scores utility only on masked spans; (ii) uses equivalence testing "
                 "(TOST) rather than testing.",
                 id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-3"),
    pytest.param("The framework includes (i) an easy version, where 10 sentences are rendered, and (ii) a "
                 "hard version, where each sample is longer.",
                 id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-4"),
    pytest.param("Our method comprises (1) an explanation module, which trains a surrogate, and (2) a "
                 "device-side mechanism.",
                 id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-5"),
    pytest.param("To address these issues, we propose a novel watermarking scheme that improves "
                 "detectability.", id="no-name-from-an-enumerated-task-heading-verb-or-generic-part-6"),
    # no name from an employed model or pretrained component:
    # corpus sentences: an employed model with a weak head, a pretrained component: no name
    pytest.param("Specifically, CHROME leverages a multiview diffusion model to first synthesize "
                 "occlusion-free human images.",
                 id="no-name-from-an-employed-model-or-pretrained-component-1"),
    pytest.param("It also utilizes a pre-trained vision encoder with additional trainable Transformer "
                 "layers.", id="no-name-from-an-employed-model-or-pretrained-component-2"),
    # no name from a degree before a method head:
    # corpus sentences: a degree or a condition before the head is no modifier of a name
    pytest.param("Our method maintains superior image quality under high compression.",
                 id="no-name-from-a-degree-before-a-method-head-1"),
    pytest.param("We show that under certain conditions perfect alignment can be achieved.",
                 id="no-name-from-a-degree-before-a-method-head-2"),
    # one word before a task noun and a strong head is no name:
    # corpus sentences: one word before a task noun and a strong head names a kind of method
    pytest.param("First, we propose a region generation algorithm that recognizes the map's salient "
                 "features.", id="one-word-before-a-task-noun-and-a-strong-head-is-no-name-1"),
    pytest.param("To address this problem, we propose a dynamic generation strategy to ensure the video has "
                 "more dynamic content.", id="one-word-before-a-task-noun-and-a-strong-head-is-no-name-2"),
    # no subject over a known method or from a generic phrase:
    # corpus sentences: a known method keeps its name under a subject's modifier; a result is no method
    pytest.param("Our experiments demonstrate that domain-specific fine-tuning significantly enhances "
                 "retrieval performance.", id="no-subject-over-a-known-method-or-from-a-generic-phrase-1"),
    pytest.param("Furthermore, we demonstrate that age-matched synthetic data augmentation improves pain "
                 "detection performance.", id="no-subject-over-a-known-method-or-from-a-generic-phrase-2"),
    pytest.param("Our results show that the proposed approach consistently improves accuracy.",
                 id="no-subject-over-a-known-method-or-from-a-generic-phrase-3"),
    # no part from with and a generic phrase:
    # corpus sentences: "with a" before a model, a weak head or a constraint of a task is no part's name
    pytest.param("This requires to simultaneously solve challenges in data storage and change detection "
                 "with a strict complexity constraint.", id="no-part-from-with-and-a-generic-phrase-1"),
    pytest.param("We retrieve document pages, paired with a specialized Ukrainian language model fine-tuned "
                 "on synthetic data.", id="no-part-from-with-and-a-generic-phrase-2"),
    # no method from a dataset and a participle:
    # corpus sentences: a dataset or benchmark, then a participle, is no method
    pytest.param("To this end, we introduce a novel benchmark comprising a suite of multi-turn tasks.",
                 id="no-method-from-a-dataset-and-a-participle-1"),
    pytest.param("Moreover, we present a dataset comprising 25,368 samples (CausalDR), where each sample "
                 "includes an input question.", id="no-method-from-a-dataset-and-a-participle-2"),
    # a descriptive adjective alone is no name:
    # corpus sentences: a descriptive adjective alone before a head names no method
    pytest.param("In this paper, we propose a hybrid framework that unifies the strengths of both paradigms.",
                 id="a-descriptive-adjective-alone-is-no-name-1"),
    pytest.param("To mitigate the adverse effects of varying degrees of distribution shift, we introduce an "
                 "adaptive mechanism that dynamically adjusts the proportions of common, specific, and "
                 "confounding components.", id="a-descriptive-adjective-alone-is-no-name-2"),
    # no method from a like setting:
    # corpus sentence: a like setting is no method
    pytest.param("The IDE methods tested were generally less accurate on QuIIEst manifolds than on existing "
                 "benchmarks under identical resource allocation.", id="no-method-from-a-like-setting-1"),
    # no name for what a part is built on or made for:
    # corpus sentences: built on or made for a thing, no name
    pytest.param("It uses a Transformer-based encoder to read the frames.",
                 id="no-name-for-what-a-part-is-built-on-or-made-for-1"),
    pytest.param("We use a retrieval module to fetch the passages.",
                 id="no-name-for-what-a-part-is-built-on-or-made-for-2"),
    # no name performed or ours:
    # corpus sentences (guards): a kind of step performed, and a model's size after "our", name nothing
    pytest.param("The advantage of RGB-Thermal (RGB-T) detection lies in its ability to perform modality "
                 "fusion and integrate cross-modality complementary information.",
                 id="no-name-performed-or-ours-1"),
    # 2601.03018
    pytest.param("Notably, on the ADNI benchmark, our 7B model rivals GPT-4o, effectively capturing "
                 "fluctuating trends.", id="no-name-performed-or-ours-2"),
])
def test_coined_no_name(abstract):
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
@pytest.mark.parametrize(("abstract", "surface"), [
    # no name from a long form or task in parentheses:
    # a name and its long form, a task: no method phrase before the parentheses
    pytest.param("To address this challenge, we introduce HKVE (Hierarchical Key-Value Equalization), an "
                 "innovative jailbreaking framework that selectively accepts gradient optimization results.",
                 "Hierarchical Key-Value Equalization", id="Hierarchical Key-Value Equalization"),
    pytest.param("We introduce SIFT (Speech Instruction Fine-Tuning), a 50M-example dataset designed for "
                 "instruction fine-tuning.", "Speech Instruction Fine-Tuning",
                 id="Speech Instruction Fine-Tuning"),
    pytest.param("Motivated by the recent success of RL with Verifiable Rewards, we propose a general "
                 "story-generation task (Next-Chapter Prediction) and a reward formulation.",
                 "Next-Chapter Prediction", id="Next-Chapter Prediction"),
    # no name from an equipped system or a generic selector:
    # corpus sentences: what a system is equipped with is no method the paper adds
    pytest.param("By coordinating four different agents equipped with Multi-modal Large Language Models "
                 "(MLLMs), as well as a tool package, DatasetAgent can construct datasets.",
                 "Multi-modal Large Language Models", id="Multi-modal Large Language Models"),
    pytest.param("This procedure can be significantly enhanced with Artificial Intelligence (AI)-based "
                 "software.", "Artificial Intelligence", id="Artificial Intelligence"),
    # a selector is generic after one modifier
    pytest.param("To fully utilize the geometric information, we introduce a novel feature selector to "
                 "filter the most important features.", "feature selector", id="feature selector"),
    # no name from a negation or cost before a method head:
    # corpus sentences: a negation or a word of cost before a method head modifies no name
    pytest.param("This relaxation provides a principled distributional regularizer for learning with "
                 "limited or no supervision.", "no supervision", id="no supervision"),
    pytest.param("Existing methods learn compact representations through expensive per-scene optimization "
                 "with repeated feature rasterization.", "expensive per-scene optimization",
                 id="expensive per-scene optimization"),
    # a known method stays under a setting or count:
    # corpus sentences: a setting, a count or a known name of several words: the known method stays
    pytest.param("By integrating large-scale pretraining and task-specific fine-tuning, FoundBioNet enables "
                 "generalizable glioma characterization.", "task-specific fine-tuning",
                 id="task-specific fine-tuning"),
    pytest.param("Subsequently, we employ a single-stage distillation process, using the pre-trained VLM as "
                 "the teacher model.", "single-stage distillation", id="single-stage distillation"),
    pytest.param("To address this issue, we present resolution-adaptive federated learning (RAF), a method "
                 "that leverages heatmap-based knowledge distillation.",
                 "heatmap-based knowledge distillation", id="heatmap-based knowledge distillation"),
    # method adjectives do not cut a name:
    # corpus sentences: the name goes on to its head noun, and "iterative optimization" is a manner
    pytest.param("This method incorporates an interpretable adversarial guidance mechanism to gradually "
                 "shift the sampling distribution.", "adversarial guidance", id="adversarial guidance"),
    pytest.param("A successive convex approximation (SCA)-based framework is proposed, incorporating "
                 "iterative optimization and finite search.", "iterative optimization",
                 id="iterative optimization"),
    # no name from a participle clause a task or a metric:
    # corpus sentences: a noun and the participle that starts a clause about it
    pytest.param("This work introduces panoptic captioning, a novel task striving to seek the minimum text "
                 "equivalence of images.", "task striving", id="task striving"),
    pytest.param("We experimentally evaluate the results of the proposed approaches outperforming the dice "
                 "coefficient and the average perpendicular distance than other state-of-the-art approaches.",
                 "approaches outperforming", id="approaches outperforming"),
    pytest.param("We further present two diagnostic case studies showing that exploration functions as a "
                 "critical branching step associated with correctness.", "diagnostic case studies showing",
                 id="diagnostic case studies showing"),
    pytest.param("We also present a code correcting a single substitution with few redundant bits and prove "
                 "that it is within one bit of optimality.", "code correcting", id="code correcting"),
    # 2601.23206
    pytest.param("To validate this approach, we present a proof-of-concept focusing on a single specialized "
                 "SLM as the fundamental building block.", "proof-of-concept focusing",
                 id="proof-of-concept focusing"),
    # what the paper says is a task
    # 2601.21387
    pytest.param("To address this, we propose Evidence Ranking, a novel task that prioritizes presenting "
                 "sufficient information as early as possible in a ranked list.", "Evidence Ranking",
                 id="Evidence Ranking"),
    pytest.param("In our work, we introduce Video Connecting, an innovative task that aims to generate "
                 "smooth intermediate video content between given start and end clips.", "Video Connecting",
                 id="Video Connecting"),
    # what the paper says is a metric or a capability
    # 2512.21336
    pytest.param("To quantify this uncertainty, we introduce Denoising Entropy, a computable metric that "
                 "serves as an internal signal for evaluating generative process.", "Denoising Entropy",
                 id="Denoising Entropy"),
    pytest.param("Furthermore, to address the critical gap in evaluation, we propose the Light Stability "
                 "Score, the first quantitative metric designed to specifically measure lighting "
                 "consistency.", "Light Stability Score", id="Light Stability Score"),
    pytest.param("To address this gap, we introduce scientific instruction following: the capability to "
                 "solve problems while strictly adhering to the constraints that establish scientific "
                 "validity.", "scientific instruction following", id="scientific instruction following"),
    # an adjective of degree names no method
    # 2512.21797
    pytest.param("Our ablation shows that moderate guidance improves reconstruction quality, with the best "
                 "configuration achieved at a small noise level.", "moderate guidance",
                 id="moderate guidance"),
    # process head alone names no method:
    # corpus sentences: must not change: a process head after a plain modifier is a task or a kind of step
    pytest.param("We propose FlashDepth, a method that satisfies all three requirements, performing depth "
                 "estimation on a 2044x1148 streaming video at 24 FPS.", "depth estimation",
                 id="depth estimation"),
    pytest.param("Counterfactual decision-making in the face of uncertainty involves selecting the optimal "
                 "action from several alternatives using causal reasoning.", "causal reasoning",
                 id="causal reasoning"),
    # apposition after a name is no coordinated part:
    # corpus sentence (2505.16932): a comma and "a" without a closing "and" open an apposition
    pytest.param("In this work, we introduce Polar Express, a GPU-friendly algorithm for computing the "
                 "polar decomposition.", "GPU-friendly algorithm", id="GPU-friendly algorithm"),
])
def test_coined_not_this_name(abstract, surface):
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
@pytest.mark.parametrize(("abstract", "surfaces"), [
    # coordinated methods after a cue of use:
    # corpus sentences: methods coordinated after one cue of use, and heads of what a method does (the
    # parts of a method the paper proposes are introduced: tests/ingest/test_roles_roles3.py)
    pytest.param("It achieves accurate, robust registration by leveraging sparse surface supervision and "
                 "spatial priors.", {"sparse surface supervision"},
                 id="coordinated-methods-after-a-cue-of-use-1"),
    pytest.param("The model reduces decoding latency via input compression.", {"input compression"},
                 id="coordinated-methods-after-a-cue-of-use-2"),
    # a list after a cue of use goes on past a conjunct naming no method:
    # corpus sentences: a conjunct that names no method is passed over, the list goes on
    pytest.param("CodeBridge combines query-code, query-comment, and code-code matching via PLM-based "
                 "similarity scoring and sampling-based fusion.",
                 {"code-code matching", "sampling-based fusion"},
                 id="a-list-after-a-cue-of-use-goes-on-past-a-conjunct-naming-no-method-1"),
    pytest.param("Our key insight is using physics simulation as an intermediate bridge.",
                 {"physics simulation"},
                 id="a-list-after-a-cue-of-use-goes-on-past-a-conjunct-naming-no-method-2"),
    # a method as the subject of a verb of effect:
    # corpus sentences: a method named in plain words is the subject of a verb of effect
    pytest.param("We also demonstrate that cross-lingual neuron steering enhances downstream performance.",
                 {"cross-lingual neuron steering"}, id="a-method-as-the-subject-of-a-verb-of-effect-1"),
    pytest.param("While context compression mitigates this issue, existing methods apply fixed compression "
                 "rates.", {"context compression"}, id="a-method-as-the-subject-of-a-verb-of-effect-2"),
    pytest.param("Our results show that prompt aggregation substantially improves zero-shot detection "
                 "performance.", {"prompt aggregation"}, id="a-method-as-the-subject-of-a-verb-of-effect-3"),
    pytest.param("In evaluation, we find that early-layer regularization benefits simple tasks, while "
                 "late-layer regularization sharply enhances performance on complex manipulation tasks.",
                 {"late-layer regularization"}, id="a-method-as-the-subject-of-a-verb-of-effect-4"),
])
def test_coined_uses_all(abstract, surfaces):
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
def test_coined_no_name_starts_with_an_adjective_of_ability():
    # corpus sentence: "configurable" describes the optimization; it names no method
    abstract = ("This approach partitions the available time budget into two phases: a probing phase "
                "that explores different sets of hyperparameters using configurable hyperparameter "
                "optimization methods.")
    assert "configurable hyperparameter optimization" not in coined(abstract)


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
    # named parts sentence first:
    pytest.param("The framework is composed of three synergistic modules. The Graph-guided Adaptive "
                 "Refinement Module explicitly models semantic associations between generalizable and "
                 "modality-specific features.", "Graph-guided Adaptive Refinement Module",
                 id="Graph-guided Adaptive Refinement Module"),
    pytest.param("To strengthen the model's ability, we introduce three uncertainty-driven loss functions. "
                 "Adaptive Uncertainty Separation Loss ensures a consistent difference in uncertainty "
                 "estimates between known and unknown objects at a global scale.",
                 "Adaptive Uncertainty Separation Loss", id="Adaptive Uncertainty Separation Loss"),
    # named parts head as modifier:
    pytest.param("LMAC-Net introduces a multimodal attention consistency mechanism to explicitly align "
                 "multimodal features, enabling stable integration of visual and audio information.",
                 "multimodal attention consistency mechanism",
                 id="multimodal attention consistency mechanism"),
    pytest.param("We then develop a residual attention fusion block to integrate the most informative "
                 "geometric-spectral features from the two parallel streams.",
                 "residual attention fusion block", id="residual attention fusion block"),
])
def test_coined_named_parts(abstract: str, name: str) -> None:
    assert kinds(abstract).get(name) == "technique"


# Methods named in plain words (``paperkg_coined``): the verbs, subjects and modifiers that start or end a
# description (real arXiv sentences).
# Methods named in plain words (``paperkg_coined``): subjects of a verb of effect, coordinated
# introducing verbs, parts added "with a ...", and what a method does to tokens or caches.


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


# Methods named in plain words (``paperkg_coined``), second pass: a descriptive adjective ("adaptive",
# "hybrid") starts the name, an evaluative one ("novel") does not.


def _surfaces(abstract: str) -> set[str]:
    """The surfaces the whole pipeline links."""
    return {m.surface for m in extract(abstract).mentions}


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
    # used:
    # corpus sentences (open dev papers): a cue of the parts, a step after another, what the paper uses
    # 2603.14892
    pytest.param("Motivated by this insight, we propose PromPrune, a sample-adaptive visual token selection "
                 "framework composed of semantic prominence-aware budget allocation and a two-stage "
                 "selection pipeline.", "semantic prominence-aware budget allocation",
                 id="semantic prominence-aware budget allocation"),
    pytest.param("LCR employs a two-stage process: confidence assessment via multinomial sampling and "
                 "clustering, followed by binning and multi-level sorting based on query and document "
                 "confidence thresholds.", "multi-level sorting", id="multi-level sorting"),
    # 2603.24821
    pytest.param("For point-regression models, we employ scene-density-specific high-confidence logit "
                 "suppression; for density-map approaches, we use peak-targeted density map suppression.",
                 "peak-targeted density map suppression", id="peak-targeted density map suppression"),
    # heads of what a method puts into a model
    pytest.param("It proposes a fine-tuning algorithm framework based on knowledge graph injection.",
                 "knowledge graph injection", id="knowledge graph injection"),
    pytest.param("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive "
                 "framework grounded in Constrained Markov Decision Processes (CMDPs), which incorporates "
                 "risk-aware world modeling, meta-policy adaptation, and joint reward-risk optimization to "
                 "enable principled, proactive safety.", "meta-policy adaptation",
                 id="meta-policy adaptation"),
    # 2601.03637
    pytest.param("The generator combines topology-preserving mask injection with boundary-gated modulation "
                 "to maintain thin-structure continuity.", "topology-preserving mask injection",
                 id="topology-preserving mask injection"),
    # own parts and steps:
    # corpus sentences: the paper's own part after "our", in lower-case words with a strong head
    # 2511.14187
    pytest.param("Our two-stage inference strategy achieves up to fivefold acceleration, enhancing clinical "
                 "practicality.", "two-stage inference strategy", id="two-stage inference strategy"),
    # a step the method performs, named by what steers it or by two modifiers
    # 2512.21185
    pytest.param("We achieve this by performing voxel-based refinement at fixed spatial locations, where "
                 "voxel queries derived from coarse geometry provide explicit positional anchors.",
                 "voxel-based refinement", id="voxel-based refinement"),
    # 2601.15829
    pytest.param("Besides, we further perform latent space clustering on training samples to select "
                 "representative and diverse prototypes as visual style guidance.", "latent space clustering",
                 id="latent space clustering"),
    # after a cue of use, the mention goes on to the head noun after the method's name
    # 2510.22119
    pytest.param("CogStereo employs a dual-conditional refinement mechanism that combines pixel-wise "
                 "uncertainty with cognition-guided features for consistent global correction of mismatches.",
                 "dual-conditional refinement mechanism", id="dual-conditional refinement mechanism"),
    # 2602.10079
    pytest.param("We propose a visual state-space model that leverages normalized attention maps to "
                 "identify internal similarities, paired with a region-based block attention module to "
                 "distinguish manipulated regions.", "region-based block attention module",
                 id="region-based block attention module"),
    # steered process after a cue of use:
    # corpus sentences (open dev papers): a process head after what steers it and what it acts on
    # 2506.23844
    pytest.param("We introduce the Reflective Risk-Aware Agent Architecture (R2A2), a unified cognitive "
                 "framework grounded in Constrained Markov Decision Processes (CMDPs), which incorporates "
                 "risk-aware world modeling, meta-policy adaptation, and joint reward-risk optimization to "
                 "enable principled, proactive safety.", "risk-aware world modeling",
                 id="risk-aware world modeling"),
    # 2601.20835
    pytest.param("Given a task prompt, FunHSI performs functionality-aware contact reasoning to identify "
                 "functional scene elements.", "functionality-aware contact reasoning",
                 id="functionality-aware contact reasoning"),
    # corpus sentences (5k sample)
    # 2506.06813
    pytest.param("Besides describing how we hand-curated the dataset through community-informed "
                 "keyword-based retrieval, this paper also provides a general overview of its contents.",
                 "community-informed keyword-based retrieval",
                 id="community-informed keyword-based retrieval"),
    # 2510.01978
    pytest.param("ROI-GS, an object-aware framework that enhances local details through object-guided "
                 "camera selection, targeted Object training, and seamless integration.",
                 "object-guided camera selection", id="object-guided camera selection"),
])
def test_coined_technique(abstract, surface):
    assert coined(abstract)[surface][0] == "technique"


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


# Technique precision of plain-word names (``paperkg_coined``, ``paperkg_heads``): corpus sentences, the
# shipped pipeline. A description set beside the paper's name for its method is no second method; a method's
# head noun alone before a head names a kind of method; a title's compound description is no name.


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name", "description"), [
    # corpus sentences: the name, then the phrase that describes it
    ("We present X-Actor, a novel audio-driven portrait animation framework that generates "
     "lifelike, emotionally "
     "expressive talking head videos from a single reference image and an input audio clip.",
     "X-Actor", "audio-driven portrait animation"),
    ("Motivated by these observations, we propose FreeCP, a novel training-free class purification framework "
     "designed to address these challenges.", "FreeCP", "class purification"),
    ("To address these limitations, we introduce GRASPTrack, a novel depth-aware MOT framework that "
     "integrates "
     "monocular depth estimation and instance segmentation into a standard TbD pipeline.",
     "GRASPTrack", "depth-aware MOT"),
    ("We propose IConMark, a novel in-generation robust semantic watermarking method that embeds "
     "interpretable "
     "concepts into AI-generated images.", "IConMark", "in-generation robust semantic watermarking"),
])
def test_coined_a_description_before_is_not_a_second_method(abstract, name, description):
    links = kinds_and_labels(abstract)
    assert links[name][0] == "technique"
    assert all(label != description for _, label in links.values())


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "description"), [
    # corpus sentences: the phrase, then the name it is given
    ("Building on this insight, we develop a recursive rewriting strategy called Balanced Structural "
     "Decomposition (BSD).", "recursive rewriting"),
    ("To address this challenge, this paper proposes a novel image fusion method, MMIF-AMIN, which "
     "features a new "
     "architecture that can effectively extract these unique and complementary features.", "image fusion"),
    ("Our approach is a lightweight 1D convolutional encoder combined with a learnable differential temporal "
     "operator, termed Differentiable Sequence Delta (DSD), which jointly captures short-term dynamics.",
     "learnable differential temporal operator"),
])
def test_coined_a_description_before_a_name_is_not_a_second_method(abstract, description):
    assert all(label != description for _, label in kinds_and_labels(abstract).values())


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "label"), [
    # methods beside no name stay:
    # must not change: a part the named method is built with ("MCP++, a framework incorporating ...")
    pytest.param("We further developed MCP++, a framework incorporating cross-modal prototype alignment and "
                 "residual learning, introducing prototype residual fine-tuning.",
                 "cross-modal prototype alignment", "cross-modal prototype alignment",
                 id="cross-modal prototype alignment"),
    # must not change: the name belongs to another phrase than the one after "based on"
    pytest.param("This paper introduces a novel OT approach based on gradient-preserving compression, named "
                 "GradOT.", "gradient-preserving compression", "gradient-preserving compression",
                 id="gradient-preserving compression"),
    # must not change: the described method is one the paper names again on its own
    pytest.param("To address these issues, we propose SegTrans, a novel transfer attack framework that "
                 "divides the input sample into multiple local regions. SegTrans achieves an average "
                 "increase of 8.55% in transfer attack success rate.", "transfer attack framework",
                 "transfer attack", id="transfer attack framework"),
    # must not change: a component with no name beside it
    pytest.param("We further propose a hypergraph-enhanced self-attention module where the hyperedges "
                 "between skeleton joints are gradually updated.",
                 "hypergraph-enhanced self-attention module", "hypergraph-enhanced self-attention module",
                 id="hypergraph-enhanced self-attention module"),
    # praise is no part of a name:
    # corpus sentences: praise or degree before a method is no part of its name
    pytest.param("Fueled by the inspiration from vanilla ConvNet-4, we introduce a location-aware "
                 "constellation network (LCN-4), equipped with a cutting-edge location-aware feature "
                 "clustering module.", "location-aware feature clustering module",
                 "location-aware feature clustering module", id="location-aware feature clustering module"),
    pytest.param("To address the limitations of existing approaches for unpaired image-to-image "
                 "translation, we introduce a straightforward dual contrastive loss within the proposed "
                 "framework.", "dual contrastive loss", "dual contrastive loss", id="dual contrastive loss"),
])
def test_coined_technique_labelled(abstract, surface, label):
    assert kinds_and_labels(abstract)[surface] == ("technique", label)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # a kind of method is no name:
    # corpus sentences: a method's head noun alone before a head noun is a kind of method
    pytest.param("To effectively integrate these multimodal features, we propose a fusion strategy "
                 "comprising two key components.", "fusion strategy", id="fusion strategy"),
    pytest.param("Additionally, we propose an aggregation strategy that combines multiple uncertainty "
                 "estimates into a single score.", "aggregation strategy", id="aggregation strategy"),
    pytest.param("We further propose a compression scheme to encode the geometry and texture efficiently.",
                 "compression scheme", id="compression scheme"),
    # a degree and a method noun name no method:
    # corpus sentences: a degree and a method noun after a cue of use name no method
    pytest.param("Through rigorous theoretical analysis and empirical validation, we show that this RATIO "
                 "spike is intrinsic to the data distribution, independent of the model architecture, and "
                 "causes exponential error amplification when paired with strong guidance.",
                 "strong guidance", id="strong guidance"),
    pytest.param("This staged generation leverages the inherent layout-controlling capacity of "
                 "self-attention to first ensure global composition, followed by precise refinement.",
                 "precise refinement", id="precise refinement"),
])
def test_coined_no_technique_phrase(abstract, surface):
    assert surface not in kinds_and_labels(abstract)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # must not change: a noun of a specific method ("recomputation"), or two words before the head
    ("Second, we introduce a recomputation strategy to mitigate artifacts arising from instabilities during "
     "alternating minimization.", "recomputation strategy"),
    ("We design a gate module to filter tokens.", "gate module"),
    # must not change: a name word before a technique head ("... the HiT-MDP framework")
    ("We propose a policy algorithm that uses variational inference within the HiT-MDP framework.",
     "HiT-MDP"),
])
def test_coined_a_specific_method_noun_stays(abstract, surface):
    assert kinds_and_labels(abstract)[surface][0] == "technique"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "word"), [
    # corpus titles: a compound description of the titled method, in a title's capitals
    ("evalSmarT: An LLM-Based Framework for Evaluating Smart Contract Generated Comments", "LLM-Based"),
    ("Trans-Adapter: A Plug-and-Play Framework for Transparent Image Inpainting", "Plug-and-Play"),
    ("ImagiDrive: A Unified Imagination-and-Planning Framework for Autonomous Driving",
     "Imagination-and-Planning"),
    ("From EMR Data to Clinical Insight: An LLM-Driven Framework for Automated Pre-Consultation "
     "Questionnaire "
     "Generation", "LLM-Driven"),
])
def test_coined_a_title_compound_description_is_no_name(title, word):
    assert word not in kinds_and_labels("We study this.", title)


@pytest.mark.issue(12)
@pytest.mark.parametrize(("title", "abstract", "long", "short"), [
    # corpus sentences: a method named, then its short form of several tokens, which the title names
    ("MS-DETR: Towards Effective Video Moment Retrieval and Highlight Detection by Joint "
     "Motion-Semantic Learning",
     "In this paper, we propose the Motion-Semantics DETR (MS-DETR), a framework that captures rich "
     "motion-semantics features through unified learning.", "Motion-Semantics DETR", "MS-DETR"),
    ("GMF-Drive: Gated Mamba Fusion with Spatial-Aware BEV Representation for End-to-End Autonomous Driving",
     "Second, we propose a novel hierarchical gated mamba fusion (GM-Fusion) architecture that "
     "substitutes an "
     "expensive transformer with a highly efficient one.", "hierarchical gated mamba fusion", "GM-Fusion"),
])
def test_coined_a_short_form_of_several_tokens_is_the_same_entity(title, abstract, long, short):
    ids = surface_ids(extract(abstract, title))
    assert ids[long] == ids[short]


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "long_form"), [
    # 2510.14661, 2601.19286: a pair the paper coins for a measure, which the abbreviations component
    # leaves unlinked (``names_concept``): coined must not link it as an introduced method either
    ("It supports two sustainability-driven tasks: (1) multitemporal mining footprint mapping for consistent "
     "annual land-use delineation, evaluated with a novel Change-Aware Temporal IoU (CA-TIoU) metric, "
     "and (2) cross-temporal change detection to capture both gradual and abrupt surface transformations.",
     "Change-Aware Temporal IoU"),
    ("ReToP aligns the rewriter with prediction objectives using a novel Classifier Supervised Contribution "
     "(CSC) score that enables the EHR rewriter to generate clinically relevant rewrites that directly "
     "enhance prediction.", "Classifier Supervised Contribution"),
])
def test_coined_a_coined_pair_that_names_a_measure_is_no_method(abstract, long_form):
    links = kinds_and_labels(abstract)
    assert long_form not in links
    assert all(label != long_form for _, label in links.values())


# Methods named in plain words (``paperkg_coined``): recall of the names a paper gives its methods, with the
# cues and phrases that must still name none.


@pytest.mark.issue(12)
def test_coined_named_after_called_unchanged():
    # corpus sentence: must not change: a field with "called" was read before
    extraction = extract("To further mitigate the effect of noisy labels, we propose a novel method called "
                         "Entropy Test-time Adaptation (ETTA) to refine the segmentation output.")
    found = {m.surface: (m.kind, m.role) for m in extraction.mentions}
    assert found.get("Entropy Test-time Adaptation") == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_coined_coordinated_part_keeps_a_known_language_inside():
    # corpus sentence (2604.26799): must not change: CUDA stays a language
    extraction = extract("We further propose a linear size estimator and a CUDA parallel quantization "
                         "operator to accelerate the hyperparameter searching process.")
    assert ("CUDA", "language") in {(m.surface, m.kind) for m in extraction.mentions}


# A known method and what steers it, written before it after a cue, are the variant the paper names.
#
# "we propose confidence-aware early stopping": a hyphenated "-aware|-guided|-conditioned|-informed|..."
# modifier right before a vocabulary technique, after a cue of introduction or use, names one technique,
# which replaces the known name inside (the gold marks the variant alone); "-based" and "-driven" modifiers,
# umbrella terms and names that go on with a hyphen stay as they were. Sentences from corpus abstracts (and
# dev gold).


@pytest.mark.parametrize(("abstract", "variant", "role"), [
    # dev gold (2507.16535)
    ("2) We propose condition-aware flow matching models trained on mixed inputs (semantic masks and "
     "images).",
     "condition-aware flow matching", "introduces"),
    ("Furthermore, we introduce an uncertainty-aware multi-task learning strategy that automatically adjusts "
     "loss weights.", "uncertainty-aware multi-task learning", "introduces"),
    ("SLAP ensures comprehensive data distribution coverage through distribution-aware stratified sampling "
     "while maximizing intra-batch diversity.", "distribution-aware stratified sampling", "uses"),
    ("We optimize the agent via progressive SFT followed by geometry-aware reinforcement learning with "
     "viable-prefix masking.", "geometry-aware reinforcement learning", "uses"),
])
def test_coined_steered_known_method_is_one_variant(abstract: str, variant: str, role: str) -> None:
    links = coined(abstract)
    assert variant in links and links[variant][1].value == role
    known = variant.split(" ", 1)[1]
    assert known not in surface_roles(abstract)  # (the known name inside is the variant's)


def test_coined_variant_written_two_ways_is_one_entity() -> None:
    title = ("AEBNAS: Strengthening Exit Branches in Early-Exit Networks through Hardware-Aware Neural "
             "Architecture Search")
    abstract = "In this paper, we use hardware-aware NAS to strengthen exit branches."
    found = entities(abstract, title)
    assert found["technique/hardware-aware-neural-architecture-search"][1] == {
        "Hardware-Aware Neural Architecture Search", "hardware-aware NAS"}


@pytest.mark.parametrize("abstract", [
    "We leverage data-driven neural networks to predict the flow.",  # an umbrella term, "-driven"
    "We fine-tune the model using transformer-based contrastive learning on the pairs.",  # "-based"
    "The policy is optimized by a structure-aware F1-product objective.",  # the name goes on with a hyphen
    "We further incorporate a text-guided contrastive objective based on CLIP text features.",  # an adjective
])
def test_coined_no_variant(abstract: str) -> None:
    assert not any("-" in surface.split(" ")[0] and " " in surface for surface in coined(abstract))


@pytest.mark.parametrize(("abstract", "cut"), [
    ("To bypass the redundant prefilling computation during both the probing and inference phases, we "
     "incorporate a semantics-aware KV cache reuse strategy.", "semantics-aware KV cache"),  # 2605.03644
    ("Specifically, our framework is built upon two core components: (1) a spatio-temporal significance "
     "pruning strategy that eliminates over 64% of the deformable primitives, followed by an "
     "entropy-constrained spherical harmonics compression applied to the remainder.",
     "entropy-constrained spherical harmonics"),  # 2503.13948
    ("This is followed by context-aware Program of Thought prompting with dynamic selection of in-context "
     "examples.", "context-aware Program of Thought"),  # 2510.13157
    ("Unlike conventional approaches, EMC2 incorporates a scenario-aware MoE architecture specifically "
     "optimized for edge platforms.", "scenario-aware MoE"),  # 2507.04123
])
def test_coined_name_that_goes_on_is_no_variant(abstract: str, cut: str) -> None:
    """A noun after the known name goes on with the name ("... KV cache reuse strategy"): no cut-short
    variant, and the known name stays."""
    assert cut not in coined(abstract)
    assert cut.split(" ", 1)[1] in surface_roles(abstract)
