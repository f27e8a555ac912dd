"""Methods a paper names in plain words: the ``paperkg_coined`` component (:class:`CoinedNames`).

"We introduce a cone constraint", "we propose a novel online entropy algorithm", "we design a
multi-scale gate module", "We further introduce backdoor fine-tuning sensitivity analysis",
"we propose a View-wise Instance Partition algorithm", "An iterative nudge mechanism raises ...":
after an introducing phrase, a noun phrase that names a method is a technique the paper
introduces. The phrase is read word by word:

- leading generic adjectives ("novel", "simple", "unified") are not part of the name;
- the phrase ends at its first head noun ("algorithm", "module", "framework"), or where a
  function word or punctuation stops it;
- a strong head ("algorithm", "mechanism", "module", "loss") needs one modifier, a weak head
  ("framework", "method", "pipeline") two or a hyphenated one, and a phrase with no head noun
  must end in a method noun ("analysis", "factorization", "constraint");
- a phrase that names a task ("a backdoor detection framework") is no method name;
- a title-case phrase ("2D Instance Boundary-aware Superpoint") is a name as it stands.

Other contexts: the parts listed after "<count> <parts noun>:" ("two decoder-side modules: Expert-Specific
Enhancement (ESE), which ..., and Cross-Expert Modulation (CEM)"), a component named before its short form ("a
class-aware prompt aggregation scheme (CPA) is designed"), one a method employs, which needs a strong head
("GenePheno incorporates a gene function bottleneck layer") or gives "with a ..." ("integrates diffusion
models with a dual-prior control mechanism"), methods in plain words after a cue of use, with those
coordinated with them ("consisting of label matching and triple matching"), and those that are the subject of
a verb of effect ("low-confidence remasking improves single-sample quality"), the paper's own part after "our"
("Our two-stage inference strategy achieves ...") and a step a method performs, named by what steers it
("performs voxel-based refinement"). A phrase the paper then calls a task, a metric or a capability ("Denoising
Entropy, a computable metric") names no method, nor does a noun and the participle that starts a clause about it
("numerical examples demonstrating that ..."). A known name inside a method
named after a cue of use stays, unless it is a one-word family name or umbrella term the phrase ends in
("inter-frame attention").

The entity's label is the name without a weak head ("PDE-constrained regularization" for
"PDE-constrained regularization framework") or without a "strategy", "scheme" or "mechanism" after
two modifiers ("binary residual approximation" for "binary residual approximation strategy": the
name is written both ways, and a title's "Progressive Field-of-View Focusing" is the same method);
the span covers the whole phrase.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.abbreviations import long_form_start, names_no_method
from paperkg.ingest.extract.discover import KnownNames, RuleComponent, field_span, field_text, field_words
from paperkg.ingest.extract.names import (
    DEFAULT_TASK_NOUNS,
    END,
    METHOD_END,
    RAW_END,
    START,
    TEXT,
    Word,
    ascii_lower,
    discovered_entity,
)
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    Field,
    SpanWriter,
    doc_fields,
    doc_text,
    known_names,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin, Role

__all__ = ["DEFAULT_GENERIC_ADJECTIVES", "DEFAULT_STRONG_HEADS", "DEFAULT_WEAK_HEADS", "CoinedNames"]

# strong heads that end a name only as its last word ("a low-rank prior model", "Direct Simulation
# Reward Optimization" go on) and stay in a title-case name's label ("a Mask Generator", "a Character
# Quality Gate")
_LAST_HEADS = (
    "generator", "planner", "predictor", "simulator", "critic", "filter", "gate",
    # what a method adds to training or inference: "a threshold-dependent refractory kernel",
    # "a hardness-aware curriculum", "a phase prior", "an adaptive stopping criterion", "a simple
    # confidence check"
    "kernel", "curriculum", "prior", "criterion", "check", "bank", "buffer",
    # "an online black-box refinement loop" (but "intra-to-inter loop closure" goes on)
    "loop",
)
_NAME_HEADS = frozenset(_LAST_HEADS)
# heads that stay in the label of the name before them: a thing the method is built with, not a kind
# of method ("a refined UAV-Label engine", "an Automatic Scene Creation Engine", "a multidisciplinary
# discussion tool")
_KEPT_HEADS = frozenset({"node", "container", "slider", "engine", "tool", "library"})
#: Heads that make the phrase before them a method name with one modifier ("recomputation strategy").
DEFAULT_STRONG_HEADS = (
    "algorithm", "mechanism", "module", "strategy", "loss", "objective", "regularizer", "regularization",
    "constraint", "constraints", "decoder", "encoder", "operator", "estimator", "sampler", "protocol", "procedure",
    "cascade", "scheme", "attention", "layer", "block", "optimizer", "heuristic", "policy",
    # agent nouns of a component: "a passage order adjuster", "a token router"
    "adjuster", "scheduler", "router", "aggregator", "allocator", "compressor", "refiner", "reranker",
    # a part that holds or moves a method's data: "a dedicated metadata context node connected to all
    # regions", "a refined UAV-Label engine", "a refined cloud-fog slider is introduced"
    "node", "container", "slider", "engine",
    *_LAST_HEADS,
)
#: Heads that need a more specific phrase ("multi-layer framework", "keyword-anchored extraction pipeline").
DEFAULT_WEAK_HEADS = (
    "framework", "approach", "method", "pipeline", "technique", "paradigm", "system", "model", "network",
    "architecture", "solution", "process", "agent",
    # software a method is run with: "a multidisciplinary discussion tool was introduced", "the yProv4ML
    # library" (but not "a visualization tool", "a software library")
    "tool", "library",
)
#: Adjectives that describe rather than name ("a novel ...", "a simple yet effective ...").
DEFAULT_GENERIC_ADJECTIVES = (
    "novel", "new", "simple", "effective", "efficient", "unified", "general", "generic", "lightweight", "robust",
    "scalable", "flexible", "principled", "comprehensive", "end-to-end", "plug-and-play", "training-free",
    "innovative", "powerful", "practical", "first", "dedicated", "additional", "refined", "improved", "proposed",
    "specialized", "tailored", "modular", "universal", "holistic", "systematic", "theoretical", "rigorous",
    "automated", "automatic", "adaptive", "yet", "highly", "fully", "more", "most", "very", "single", "two",
    "three", "several", "multiple", "various", "different", "custom", "dual", "hybrid", "fast", "accurate",
    "interpretable", "detailed", "in-depth", "extensive", "thorough", "empirical", "careful", "experimental",
    "large-scale", "small", "large", "key", "core", "critical", "preliminary", "broad", "deep", "but", "even",
    "surprising", "interesting", "important", "promising", "alternative", "better", "stronger",
    "subsequent", "initial", "final", "pre-trained", "pretrained", "poor",
    "open-source", "open-sourced", "strict", "general-purpose",
    # praise or degree, no part of what the method is: "a cutting-edge location-aware feature clustering
    # module", "through ad-hoc image augmentation", "followed by precise refinement", "paired with strong
    # guidance"
    "cutting-edge", "state-of-the-art", "off-the-shelf", "ad-hoc", "unique", "precise", "extra", "strong",
    "straightforward", "streamlined", "sophisticated", "advanced", "elaborate", "minimalist", "specific",
)
# generic adjectives that describe how a method works and start its name ("an adaptive fusion strategy",
# "a hybrid retrieval module"): passed over before a phrase read after a cue of use, kept before a name
_DESCRIPTIVE_ADJECTIVES = frozenset({"adaptive", "hybrid", "dual", "modular", "automated", "automatic"})
_MODEL_HEADS = frozenset({"model", "network", "transformer"})
_ALL_HEADS = frozenset(DEFAULT_STRONG_HEADS + DEFAULT_WEAK_HEADS)
# strong heads the name is also written without ("binary residual approximation (strategy)")
_PLAIN_HEADS = frozenset({"strategy", "scheme", "mechanism"})
_DATA_HEADS = frozenset({"dataset", "benchmark", "corpus", "corpora", "suite", "collection", "testbed", "leaderboard",
                         "data"})
_DATA_NOUNS = _DATA_HEADS - {"data"}  # a thing made of data ("a benchmark ..."; but "data curation" is a method)
_QUANTITY = re.compile(r"(?:multi|two|three|four|five|single|dual|one|many|cross|self|semi|non)-|.*-(?:based|free|level"
                       r"|stage|step|part|layer|tier|tiered|fold|shot|scale|grained|order|wise)$")
_PARTICIPLE = re.compile(r"-(?:based|powered|assisted|driven|guided|aware|enabled|free|oriented|centric|specific)$",
                         re.IGNORECASE)  # "AI-powered", "Transformer-based"
# a modifier that is an adjective ("neural", "memory-based", "three-step"): no name ends with one
_NOUN_ENDINGS = frozenset({"order", "stage", "step", "part", "layer", "tier", "level", "scale", "shot"})
# what steers a part, hyphenated, as the last word before a strong head: "a chemistry-informed curriculum",
# "an adaptive layer-weighted strategy" (but "a Transformer-based encoder", "a task-specific module" are no
# names)
_STEERING = re.compile(r"[a-z]{3,}-(?:aware|guided|driven|conditioned|informed|weighted|constrained"
                       r"|preserving)$")
_STEERED = re.compile(r"[a-z]-(?:aware|guided|driven|conditioned)$")  # "uncertainty-aware", "reward-guided"
_ADJECTIVE = re.compile(r"(?:al|ive|ous|ic|ed|able|ible|ful|less|free|based|aware|efficient|wise|like|level"
                        r"|stage|step|part|layer|tier|fold|shot|scale|grained|order|dimensional)$")
# nouns in "-al", no adjectives: what a method does ("a dynamic utility retrieval algorithm", "a background
# removal module", "a region proposal network") (:func:`_adjectival`)
_AL_NOUNS = frozenset({"retrieval", "removal", "proposal", "reversal", "deferral", "referral", "rehearsal",
                       "renewal", "disposal", "withdrawal", "approval", "appraisal", "arrival", "survival",
                       "dismissal", "denial", "signal", "interval", "trial"})
_STOP = frozenset({
    "for", "to", "of", "that", "which", "with", "in", "on", "by", "as", "from", "into", "via", "using", "based",
    "and", "or", "is", "are", "was", "were", "can", "will", "we", "our", "its", "their", "this", "these", "than",
    "at", "across", "over", "under", "through", "within", "without", "where", "while", "whose", "who", "it",
    "be", "has", "have", "not", "such", "both", "each", "all", "any", "only", "also", "then", "called", "named",
    "a", "an", "the",
})
# matched on the lower-cased text (a case-insensitive pattern is several times slower)
_TRIGGER = re.compile(
    r"\b(?:we|this (?:paper|work|study)|here we)\s+(?:(?:\w+ly|also|further|then|first|therefore|thus|now)\s+)?"
    r"(?:propose|introduce|present|design|develop|devise)s?(?:\s+and\s+\w+)?\s+"
    r"|\ban?\s+novel\s+|\bthe\s+proposed\s+|\bthe\s+core\s+of\s+our\s+(?:method|approach|framework|model)\s+is\s+|\b(?:which|that)\s+we\s+(?:call|term|name|dub)\s+")
# a method noun and the name it is given: "a novel mechanism, namely progressive vocabulary learning"
_NAMING_WORDS = ("namely", "called", "termed", "dubbed", "named", "coined")  # what _NAMED_AFTER needs
_NAMED_AFTER = re.compile(r"\b(?:mechanism|method|technique|strategy|algorithm|framework|approach|module|scheme|loss"
                          r"|paradigm|procedure|objective|regularizer|regularization|architecture|pipeline)s?,?\s+"
                          r"(?:" + "|".join(_NAMING_WORDS) + r")\s+")
# the parts of a method, enumerated: "MOON2.0 comprises: (1) a Modality-driven Mixture-of-Experts module
# ...; (2) a Dual-level Alignment method ...", "three coupled mechanisms: (1) workflow-to-skill compilation"
_ENUMERATION = re.compile(r"(?:^|(?<=[\s:;,]))\((?:[1-9]|i{1,3}|iv|vi{0,3})\)\s+")
_ENUMERATION_MARK = re.compile(r"\((?:[1-9]|i{1,3}|iv|vi{0,3})\)")  # its literal part: a quick test, "(" first
# the parts of a method listed after a colon: "two decoder-side modules: Expert-Specific Enhancement (ESE),
# which ..., and Cross-Expert Modulation (CEM)", "three key techniques: Distribution Preserving Sampling,
# which ...; Processing Target Selection" (a count or "key|main|core" before a plural noun of parts;
# :func:`_colon_parts`)
_PARTS_NOUNS = frozenset({"modules", "components", "mechanisms", "strategies", "techniques", "innovations",
                          "designs", "branches", "blocks", "units", "losses", "objectives", "operators",
                          "stages", "submodules"})
# the count before the noun, matched on the words that end at it (searched only before a colon after one of
# _PARTS_NOUNS: a pattern tried at every word is many times dearer)
_PARTS_COUNT = re.compile(r"\b(?:two|three|four|five|six|several|key|main|core)\s+(?:[\w-]+\s+){0,2}?[a-z]+$")
# gerunds of use that open a step, not a part's name (:meth:`CoinedNames._named_part`)
_USING_GERUNDS = frozenset({"leveraging", "using", "applying", "employing", "utilizing", "adopting",
                            "exploiting", "incorporating", "combining", "integrating"})
# where a listed part starts after the first: after a comma or semicolon (and "and|or"), or " and "
_ITEM_BREAK = re.compile(r"[;,]\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_PARTS_CUE = re.compile(r"compris|consist|compos|includ|contain|incorporat|featur|integrat|organi[sz]ed|introduc"
                        r"|component|module|mechanism|stage|innovation|contribution|propos|design|present"
                        r"|perform")  # the steps a method performs: "ComprExIT performs (i) depth-wise transmission"
# any other subject ("HIPIF introduces a ...", "(iii) introduces a ..."): read as after a bare "A",
# a head noun needed ("presents a significant advancement" names nothing)
# a method added to another: "A critic-free GRPO objective, enhanced with a confidence-aware cooling
# mechanism, ..." (read as after a bare "A": a specific phrase and a head noun needed)
_ENHANCED_WITH = re.compile(r"\b(?:enhanced|equipped|augmented|coupled|combined|complemented|integrated|paired"
                            r"|together|along|guided|regularized|stabilized|trained|optimized) (?:with|by) (?=an? )")
# on the text as written: a title-case name added without an article ("coupled with Dynamic Sample Filtering")
_ENHANCED_WITH_NAME = re.compile(r"\b(?:coupled|combined|complemented|paired) with "
                                 r"(?=[A-Z][a-z]+(?:-[A-Za-z]+)? [A-Z][a-z])")
_ADDING_WORDS = ("coupled with ", "combined with ", "complemented with ", "paired with ")  # for _ENHANCED_WITH_NAME
# a method introduced, then its name in parentheses: "a space-filling variant (SF-DiVeQ)", "two
# drop-in nonlinearities (Smooth-Leaky and Randomized Smooth-Leaky)"
_PAREN_NAMES = re.compile(r"\(((?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*(?:(?:,\s|,?\sand\s)(?:[A-Z][\w-]*\s){0,3}"
                          r"[A-Z][\w-]*){0,3})\)")
_PAREN_NAME = re.compile(r"(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*")
# a coined token: an inner capital or a hyphen with capitals ("SF-DiVeQ", "Smooth-Leaky", "DiVeQ")
_COINED_TOKEN = re.compile(r"[A-Z][A-Za-z]*(?:[a-z][A-Z]|-[A-Z])[\w-]*")
_THIRD_PERSON = re.compile(r"\b(?:propose|introduce|present|design|develop|devise)s\s+(?=an?\s)")
_THIRD_PERSON_WORDS = ("proposes", "introduces", "presents", "designs", "develops", "devises")
# a component the method is built from, with an article ("GenePheno employs a contrastive multi-label learning
# objective", "through a stripe-pattern enhancement mechanism"), or a part it is given "with a" ("integrates
# diffusion models with a dual-prior control mechanism"): read as after a bare "A" (a specific phrase and a
# strong head needed); the word before an article (:func:`_built_with_ends`)
_BUILT_WITH_STEMS = ("employ", "incorporat", "adopt", "leverag", "utiliz", "integrat", "implement")
# the paper's own subject before such a verb: "we implement a time-frequency loss", where a hyphenated
# modifier and a strong head name the part (:meth:`CoinedNames.phrase`'s ``own``)
_OWN_CUES = ("we implement ", "we adopt ", "we employ ", "we incorporate ", "we leverage ", "we utilize ")
_BUILT_WITH_WORDS = frozenset({stem + end for stem in _BUILT_WITH_STEMS
                               for end in ("", "e", "es", "s", "ing")} | {"through", "via", "with"})
# on the text as written: a sentence that starts "A keyword-anchored extraction pipeline ..."
# (the capital A is searched for; :func:`_indefinite_ends` checks that a sentence starts there)
_INDEFINITE = re.compile(r"An?\s+(?=[\w-]+-[\w-]+|(?:[\w-]+\s+){1,3}(?:mechanism|pipeline|module|algorithm|strategy"
                         r"|scheme|loss|objective|regularizer|procedure|protocol|heuristic|sampler|estimator)\b)")
_ARTICLE = frozenset({"a", "an", "the"})
_OUR = re.compile(r"\bour\s+")
_NAME_ENDS = frozenset({"learning", "training", "scaling"})  # generic alone, the end of a name after others
# nouns that end like a method's name ("-sion", "-tion") but name a thing: "a hard version", "formulation"
_NOT_METHODS = frozenset({"version", "versions", "question", "questions", "condition", "conditions", "section",
                          "position", "dimension", "dimensions", "population", "function", "functions", "application",
                          "applications", "information", "environment", "environments", "setting", "settings",
                          "situation", "formulation", "intention", "emotion", "emotions", "motivation", "direction",
                          "directions", "collection", "edition"})
_VERB = re.compile(r"[a-z]+(?:izes|ises|ates|ifies)")  # "localizes", "estimates": a verb, not a name
# words that start no item naming a part: verbs and pronouns ("(ii) uses ...", "(i) it ...")
_NOT_PARTS = frozenset({"uses", "use", "applies", "adds", "employs", "leverages", "provides", "computes", "learns",
                        "performs", "introduces", "proposes", "enables", "improves", "reduces", "shows",
                        "demonstrates", "achieves", "evaluates", "scores", "trains", "builds", "generates", "measures",
                        "estimates", "detects", "predicts", "selects", "integrates", "combines", "captures"})
_LEADING_BASED = re.compile(r"[A-Z]{2,}s?-based")  # "LLM-based", "MLLM-based": before a name, not of it
# what a title-case name of two words or more is driven by: "a large-model-driven User Simulator" (but
# "a kinematics-driven Gaussian splatting module" is the name)
_LEADING_DRIVEN = re.compile(r"[a-z][a-z-]*-(?:based|driven|powered)")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")  # "Partitioning", "Block-wise" (not "PaLM")
_CAPITALISED = re.compile(r"[A-Z][a-z]")  # "Image-text" (not "CLIP")
# a cue of use before a method named in plain words ("trained under rollout training")
_USE_CUE = re.compile(r"\b(?:via|through|under|using|leverag(?:es?|ing)|employ(?:s|ing)?|appl(?:y|ies|ying)"
                      r"|adopt(?:s|ing)?|combin(?:es?|ing)|combined with|based on|incorporat(?:es?|ing)"
                      r"|paired with|integrat(?:es?|ing)|consist(?:s|ing) of|compris(?:es|ing)"
                      # the parts a method is made of, a step after another, and what the paper uses: "a
                      # framework composed of semantic prominence-aware budget allocation", "followed by binning
                      # and multi-level sorting", "we use peak-targeted density map suppression" (but not "rely
                      # on": what other work rests on, "rely on noisy supervision", is seldom a method's name)
                      r"|compos(?:ed|ing) of|followed by|(?:we|and) use)"
                      r"\s+")
# the literal words every _USE_CUE match starts with (:func:`_match_ends` tries the pattern only there)
_USE_CUE_PREFIXES = ("via", "through", "under", "using", "leverag", "employ", "appl", "adopt", "combin",
                     "based on", "incorporat", "paired with", "integrat", "consist", "compris", "compos",
                     "followed by", "we use", "and use")
# methods given as examples of a plural method noun: "existing multimodal schemes, such as vibration-triggered
# radar activation, early feature concatenation, and decision-level score fusion", "four mechanistic
# interpretability methods -- concept bottleneck steering (Steerling-8B), sparse autoencoder feature steering"
_EXAMPLES_WORDS = ("methods", "techniques", "strategies", "schemes", "approaches", "mechanisms", "safeguards",
                   "defenses", "baselines", "heuristics", "algorithms", "modules", "components")
_EXAMPLES_CUE = re.compile(r"\b(?:" + "|".join(_EXAMPLES_WORDS) + r")(?:,?\s+(?:such as|including|e\.g\.,?)"
                           r"|\s*:|\s+--?)\s+")
_EXAMPLES_MARKS = ("such as", "including", "e.g.", ":")  # with a dash after white space, what _EXAMPLES_CUE needs
_SPACED_DASH = re.compile(r"\s-")
#: Heads of a method named in plain words after a cue of use
_USED_HEADS = frozenset({
    "weighting", "reweighting", "clustering", "training", "regularization", "factorization", "expansion", "search",
    "sampling", "decomposition", "interpolation", "learning", "prompting", "distillation", "filtering", "fusion",
    "warping", "augmentation", "pruning", "quantization", "fine-tuning", "initialization", "matching",
    "normalization", "smoothing", "hashing", "masking", "pooling", "annealing", "bootstrapping", "ensembling",
    "relaxation", "tokenization", "attention",
    # what a method does to its inputs or itself ("SAE feature steering", "sampling-based fusion")
    "steering", "compression", "alignment", "supervision", "ablation", "reflection", "decoding", "guidance",
    "aggregation", "verification", "validation", "correction", "curation", "compilation", "inspection",
    "scheduling", "projection", "consensus", "exclusion", "concatenation", "acceleration", "calibration",
    "simulation", "optimization", "encoding", "refinement", "parsing", "voting",
    # what a method does to tokens, caches, states or signals ("low-confidence remasking", "cache eviction")
    "remasking", "eviction", "resetting", "gating", "suppression", "retargeting", "transmission",
    "adjustment", "merging", "caching", "routing", "sparsification", "reranking", "resampling",
    # how a method spreads, shares or settles values ("graph propagation", "dynamic token allocation",
    # "elastic weight anchoring", "response averaging", "multi-level sorting", "random exploration")
    "propagation", "allocation", "anchoring", "averaging", "sorting", "exploration",
    # what a method puts into a model or how it sets it up ("knowledge graph injection", "language-specific token
    # prefixing", "meta-policy adaptation", "head-wise low-rank parameterization"; not "transfer": "style
    # transfer" is a task)
    "injection", "prefixing", "adaptation", "parameterization", "reparameterization", "induction",
})
# adjectives that name how a method samples, searches or learns, and start an established method's name
# after a cue of use ("via multinomial sampling", "employs adaptive fusion", "combines hierarchical
# reflection"): kept, where other adjectives ("aggressive filtering", "learned interpolation") describe an
# unnamed step
_METHOD_ADJECTIVES = frozenset({"adaptive", "random", "stochastic", "multinomial", "greedy", "hierarchical",
                                "spectral", "contrastive", "adversarial", "iterative", "progressive",
                                "recursive", "selective", "speculative", "variational"})
# adjectives of an established method's name that may be the last modifier before a strong head after
# another ("a view-quality semantic gate", "a hierarchical contrastive loss")
_NAMING_ADJECTIVES = _METHOD_ADJECTIVES | {"semantic", "spatial", "temporal", "causal", "residual",
                                           "structural", "contextual"}
# heads that such an adjective alone before them qualifies, not names: "incorporating iterative optimization",
# "employing adaptive training strategies"
_MANNER_HEADS = frozenset({"optimization", "training"})
# a method another is run with: "rejection-sampling fine-tuning with diversity-promoting filtering", "a policy
# iteration algorithm with heavy-tail acceleration" (:func:`_with_cue_ends`)
_WITH_NOUNS = ("tuning", "training", "learning", "algorithm", "method", "framework", "approach", "optimization",
               "search", "sampling", "decoding")
_SPACES = re.compile(r"\s+")
# what a known name inside a method named after a cue of use does (:func:`_used_room`): an umbrella term of
# two words gives way to the variant's name ("competitive cross attention"); under a head of training or
# prompting, the modifiers name a setting ("domain-specific fine-tuning"), and the known name stays
_UMBRELLAS = frozenset({"cross attention", "self attention"})
_COUNTED = re.compile(r"(?:multi|two|three|four|five|single|dual|one|many)-"
                      r"|.*-(?:stage|step|fold|shot|round|pass|phase)$")
_SETTING_HEADS = frozenset({"fine-tuning", "finetuning", "tuning", "training", "pre-training", "pretraining",
                            "prompting"})
# a method named in plain words as the subject of a verb of effect or of use: "low-confidence remasking
# improves single-sample quality", "cross-lingual neuron steering enhances ...", "Cross-conditioned fusion
# uses low-rank bilinear interaction" (:meth:`CoinedNames._subjects`)
_EFFECT_WORDS = ("improve", "reduce", "degrade", "hurt", "outperform", "boost", "enhance", "mitigate",
                 "suppress", "stabilize", "accelerate", "alleviate", "achieve", "yield", "help", "support",
                 "use", "combine", "require", "align")
_SPACED_EFFECT_WORDS = tuple(" " + verb for verb in _EFFECT_WORDS)  # searched with the space they need
_EFFECT_ADVERBS = frozenset({"often", "further", "also", "still", "can", "may", "could"})  # before the verb
_COORDINATED_VERBS = (" propose ", " introduce ", " design ", " develop ", " devise ")  # after "and|then"
_CLAUSE_MARKS = (". ", "; ", ": ", ", ", " that ", " while ", " whereas ")  # where a subject starts
_MAX_SUBJECT = 80  # characters of a subject before its verb
# words that open a subject before the method it names: a subordinator or a determiner
_SUBJECT_OPENERS = frozenset({"while", "whereas", "although", "though", "since", "because", "if", "when",
                              "as", "this", "our"})
#: Words that join two methods named after one cue ("consisting of label matching and triple matching")
_CONJUNCTIONS = frozenset({"and", "or"})
_MAX_CONJUNCTS = 5  # the conjuncts read after one cue
_MAX_CONJUNCT_WORDS = 6  # the words of a conjunct passed over to find the next
#: Words that modify no method name: prepositions, numbers and words of a like setting ("relationship between
#: attention", "six prompting", "under identical resource allocation")
_NOT_MODIFIERS = frozenset({"between", "among", "against", "about", "per", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "many", "few", "some", "other", "same", "standard", "conventional",
                            "traditional", "existing", "joint", "further", "extreme", "special", "typical", "certain",
                            "high", "low", "high-quality", "no", "expensive", "distinct", "separate",
                            "limited", "this", "which", "what", "identical", "equal", "moderate", "excessive"})
# lower-case nouns in "-ly", not adverbs: "a context-calibrated anomaly scoring mechanism" (:func:`_adverb`)
_LY_NOUNS = frozenset({"anomaly", "family", "assembly", "supply", "monopoly"})
#: Words after the head that end the phrase though they are no function words
_FOLLOWERS = frozenset({"technique", "techniques", "methods", "strategies", "alone", "instead", "together"})
# a step the method performs: "performs voxel-based refinement", "we perform latent space clustering", "It then
# conducts closed-loop ablation"; named by what steers it or by two modifiers (:func:`_described_step`)
_PERFORM_CUE = re.compile(r"\b(?:perform(?:s|ed|ing)?|conduct(?:s|ed|ing)?)\s+")
_STEERING_MODIFIER = re.compile(r"[a-z]{3,}-(?:based|guided|aware|wise|conditioned|agnostic|adaptive|driven"
                                r"|consistent|informed|weighted|constrained|preserving)")
_USED_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# "a stepwise update strategy was proposed": the passive verbs, literal (with their space), and "be"
_PASSIVE_VERBS = (" proposed", " introduced", " designed", " developed", " devised")
_BE = frozenset({"is", "was", "are", "were"})
_NAME_WORD = re.compile(r"[A-Za-z0-9][\w-]*")
# a noun and the participle after it that starts a clause (:func:`_participle`): a plural noun ("approaches
# outperforming the ...", "numerical examples demonstrating that"; but not "dynamics", "analysis", "loss"), a
# task ("a novel task striving to seek"), or the object or preposition after the participle ("a code correcting a
# single substitution", "a proof-of-concept focusing on ..."; but "greedy pruning, a ..." names a method)
_PLURAL = re.compile(r"[a-z-]*[a-z][abd-hj-rtv-z]s")  # (no "ss", "us", "is", "ics": "loss", "analysis", "dynamics")
_PARTICIPLE_SUBJECTS = frozenset({"task", "tasks", "problem", "problems"})
_PARTICIPLE_OBJECTS = frozenset({"a", "an", "the", "on", "upon"})
# what an introduced name is said to be, right after it, when that is no method: a task ("Video Connecting, an
# innovative task that aims to ..."), a metric ("Denoising Entropy, a computable metric", "Light Stability Score,
# the first quantitative metric") or a capability ("scientific instruction following: the capability to ...")
_TASK_APPOSITION = re.compile(r"(?:\s*\([^()]{1,30}\))?[,:]\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
                              r"(?:task|metric|measure|capability)\b(?!-)")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")  # "HAR", "SSL", "LLMs"
# a name set beside the phrase that describes it, which is no second method: "we propose FreeCP, a novel
# training-free class purification framework", "we introduce \textbf{AnimeColor}, a novel ...",
# "Multi-Perspective Contextual Augmentation for Reasoning (MPCAR), a novel inference-time strategy" (the name
# before the phrase: a word with inner capitals or digits, or one set in bold; :func:`_beside_a_name`)
_NAME_TOKEN = (r"(?:\\textbf\{[^{}]+\}|\*\*[^*]+\*\*"
               r"|[\w.+-]*(?:[a-z][A-Z]|[A-Z]{2}|[A-Za-z]\d|-[A-Z])[\w.+-]*)")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])" + _NAME_TOKEN + r"\)?,\s$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])an?\s+((?:[\w-]+\s+){0,3})$")  # (and the adjectives after it)
# ... and after it: "a novel image fusion method, MMIF-AMIN, which ...", "a recursive rewriting strategy
# called Balanced Structural Decomposition (BSD)", "a novel RGB-only approach for off-road freespace
# detection, named ROD"
_NAME_AFTER = re.compile(r"(?:\s+for(?:\s+[\w-]+){1,5})?"
                         r"(?:,?\s+(?:called|named|dubbed|termed)(?:\s+as)?\s+(?:the\s+)?"
                         r"(?:[A-Z]|\\textbf|\*\*)"
                         r"|,\s+" + _NAME_TOKEN + r"(?=(?!,\s*(?:and|or)\b)[,.;:]|\s\(|\s+(?:which|that|with)\b))")
# a verb after the phrase that makes it the subject of a clause ("Building on GPT-4, a gated fusion module is
# designed"): the name before the comma is not the phrase's
_SUBJECT_OF = re.compile(r"\s+(?:is|are|was|were)\b")
# a name after a fronted participle or preposition ("Using CLIP, a novel contrastive alignment module aligns
# ..."): the phrase after its comma is the clause's subject, not the name's description
_FRONTED_NAME = re.compile(r"(?:(?<![\s\S])|(?<=[.;:] )|(?<=\n))(?:[A-Z][a-z]+ing|With|For|Unlike|On|In|Via|"
                           r"Through|Like|Beyond|Besides|Compared|Built|Based|Inspired|Given|From|After)\b"
                           r"[^,.;\n]*,\s$")
_BESIDE = 120  # characters read on each side of a phrase for a name beside it
_SHORT_FORM_AFTER = re.compile(r" \([^()\s]{2,15}\)")  # "... Rate (RPDR)": the phrase's short form
_MAX_SHORT_FORM = 40  # characters of a short form in parentheses after a phrase


class CoinedNames(RuleComponent):
    """Discover the methods a paper names in plain words after an introducing phrase."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None, kind_words: Mapping[str, Sequence[str]] | None = None,
                 strong_heads: Iterable[str] = DEFAULT_STRONG_HEADS, weak_heads: Iterable[str] = DEFAULT_WEAK_HEADS,
                 task_nouns: Iterable[str] = DEFAULT_TASK_NOUNS,
                 generic_adjectives: Iterable[str] = DEFAULT_GENERIC_ADJECTIVES) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        self.strong = frozenset(strong_heads)
        self.weak = frozenset(weak_heads)
        self.heads = self.strong | self.weak
        self.tasks = frozenset(task_nouns)
        self.adjectives = frozenset(generic_adjectives)
        self.leading = self.adjectives - _DESCRIPTIVE_ADJECTIVES  # the adjectives no name starts with

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            text = field_text(doc, field)
            ws = None
            lower = ascii_lower(text)
            introduced = _trigger_ends(lower)  # ("we propose", "a novel", ...)
            introduced.extend(_coordinated_ends(lower))  # ("..., and propose multi-frame fusion")
            triggers = [(end, False) for end in introduced]
            triggers.extend((end, True) for end in _indefinite_ends(text))
            ours: frozenset[int] = frozenset()
            if "our " in lower:  # (as before: "our" and other white space is left out)
                ours = frozenset(_match_ends(_OUR, lower, _starts_of(lower, ("our",))))
            triggers.extend((end, True) for end in ours)  # (the paper's own part: "Our two-stage inference strategy")
            parts = frozenset(_enumerated_parts(text, lower)) if ")" in text else frozenset()
            listed = frozenset(_colon_parts(text, lower)) if ": " in text else frozenset()
            parts |= listed
            if ("name" in lower or "call" in lower or "term" in lower or "dub" in lower) and _any_in(
                    lower, _NAMING_WORDS):
                triggers.extend((m.end(), False) for m in _NAMED_AFTER.finditer(lower))
            triggers.extend((end, False) for end in parts)
            added = frozenset(_enhanced_ends(lower))
            if " with " in text and _any_in(text, _ADDING_WORDS):
                named = frozenset(m.end() for m in _ENHANCED_WITH_NAME.finditer(text))
                triggers.extend((end, False) for end in named)
                added |= named
            triggers.extend((end, True) for end in added)
            if "es a" in text and _any_in(lower, _THIRD_PERSON_WORDS):
                triggers.extend((m.end(), True) for m in _THIRD_PERSON.finditer(lower))
            built = frozenset(_built_with_ends(lower)) - added
            own = frozenset(end for end in built if lower.endswith(_OWN_CUES, 0, end))
            triggers.extend((end, True) for end in built)
            passive = _passive_starts(text)
            if passive:
                ws = field_words(doc, field)
                triggers.extend(found for found in (self._passive(ws, at, text) for at in passive) if found)
            subjects = _effect_ends(lower)
            if subjects:
                ws = ws if ws is not None else field_words(doc, field)
                for found in self._subjects(ws, text, subjects, lower):
                    room = _used_room(doc, writer, field, ws, *found[:2])
                    self._link(doc, writer, field, ws, *found, role=Role.USES, room=room)
            ends = _match_ends(_USE_CUE, lower, _starts_of(lower, _USE_CUE_PREFIXES))
            examples = _starts_of(lower, _EXAMPLES_WORDS)
            if examples and (_any_in(lower, _EXAMPLES_MARKS) or _SPACED_DASH.search(lower)):
                ends.extend(_match_ends(_EXAMPLES_CUE, lower, examples))
            ends.extend(_with_cue_ends(lower))
            performed = frozenset(_match_ends(_PERFORM_CUE, lower, _starts_of(lower, ("perform", "conduct"))))
            for end in sorted((*ends, *performed)):
                ws = ws if ws is not None else field_words(doc, field)
                i = _index(ws, end)
                if i is not None:
                    for found in self._used_phrases(ws, i, text):
                        if end in performed and not _described_step(ws, *found[:2]):
                            continue  # "performs modality fusion", "conducts dense supervision": a kind of step
                        room = _used_room(doc, writer, field, ws, *found[:2])
                        self._link(doc, writer, field, ws, *found, role=Role.USES, room=room)
            if "(" in text:
                for end in introduced:
                    ws = ws if ws is not None else field_words(doc, field)
                    self._parenthesised(doc, writer, field, ws, text, end)
            for end, indefinite in sorted(triggers):
                ws = ws if ws is not None else field_words(doc, field)
                i = _index(ws, end)
                if i is not None:
                    found = self.phrase(ws, i, text, indefinite=indefinite, field_title=field.name == "title",
                                        part=end in parts,
                                        strong_only=end in built and end not in added or end in ours,
                                        own=end in own)
                    if found is None and end in added:  # "complemented by an exclusive regularization"
                        found = self.used_phrase(ws, i, text)
                    if end in listed and found is not None and not self._named_part(ws, *found[:2]):
                        found = None  # "two branches: an implicit physics-guided branch employing ..."
                    if found is not None and _TASK_APPOSITION.match(text, ws[found[1] - 1][END]):
                        found = None  # "we propose Evidence Ranking, a novel task that ...": a task or a metric
                    if found is not None and end in ours and not _described(ws, *found[:2]):
                        found = None  # "our 7B model", "our KL-Coverage regularizer": a size, or a name read elsewhere
                    if found is not None:  # (an item of a list keeps the models and datasets inside it: "(1) a
                        # shared Swin Transformer encoder" uses Swin Transformer; "(1) a Modality-driven
                        # Mixture-of-Experts module" is more specific than Mixture-of-Experts; one listed
                        # after a colon keeps every known name: "a head-level Group Normalization layer")
                        kept = end in added or end in built or end in listed
                        room = 0 if kept else 1 if end in parts else 2
                        self._link(doc, writer, field, ws, *found, room=room)

    def phrase(self, ws: list[Word], i: int, text: str, *, indefinite: bool = False, field_title: bool = False,
               part: bool = False, strong_only: bool = False,
               own: bool = False) -> tuple[int, int, str, Kind] | None:
        """(first word, end word, label, kind) of the method name starting at word ``i``, if any
        (``indefinite``: after a bare "A"/"An"; ``field_title``: in a title, where every word is
        capitalised, a phrase needs a head noun; ``part``: an item of an enumeration, "(2) a
        Dual-level Alignment method", which needs a specific phrase before a head noun, and no
        task, heading or verb: "(ii) interruption generation", "(i) Output Format:", "(ii) uses ...";
        ``strong_only``: a component the method employs, which needs a strong head: "employs a
        stripe-pattern enhancement mechanism", not "leverages a text-to-video diffusion model"; ``own``: after
        "we implement|adopt|employ", where one hyphenated modifier before a strong head is specific enough:
        "we implement a time-frequency loss")."""
        start = i
        while i < len(ws) and ws[i][TEXT].lower() in _ARTICLE:
            i += 1
        while i < len(ws) and _plain(ws[i], text) and (
                self._leading(ws, i) and (field_title or not ws[i][TEXT][:1].isupper())
                or _LEADING_BASED.fullmatch(ws[i][TEXT]) and i + 1 < len(ws) and _CAPITALISED.match(ws[i + 1][TEXT])
                or _driven_before_name(ws, i)):
            i += 1  # (but "an Adaptive Memory module": a capital inside a sentence makes it the name's;
            # "an MLLM-based Image-text Co-augmentation strategy": what it is built on is no part of its name)
        determined = i > start  # after an article or an adjective, "denoising ..." is a modifier, not a verb
        phrase: list[Word] = []
        for word in ws[i:i + 7]:
            if word[TEXT].lower() in _STOP or not _NAME_WORD.fullmatch(word[TEXT]) or (
                    phrase and text[phrase[-1][RAW_END]:word[START]] != " ") or _adverb_after(phrase, word):
                break  # (an adverb after a name is its verb's: "An adaptive fusion strategy dynamically combines")
            phrase.append(word)
            if not _plain(word, text):
                break  # "cascade:" ends the phrase
        if not phrase:
            return None
        texts = [w[TEXT] for w in phrase]
        heads = self.heads
        first = texts[0]
        lone_head = first.lower() in heads and not (first.lower() in _NAME_HEADS and len(texts) > 1)
        if lone_head or first.islower() and first.endswith("ing") and not determined or any(
                _adverb(t) or self.rules.generic_name(t) and not (
                    k == len(texts) - 1 > 0 and t in _NAME_ENDS) for k, t in enumerate(texts)):
            return None  # "the proposed approach shows", "we propose constructing", "theoretically motivated"
            # (but "a novel gate module": a head of a name's last word may start one)
            # (a generic "learning" may end a name: "progressive vocabulary learning")
        title = _title_case(texts)
        for k, word in enumerate(texts):
            low = word.lower()
            if low not in heads:
                continue
            if low in _NAME_HEADS and k < len(texts) - 1:
                continue  # "a latent prior model": the name goes on
            later = next((j for j in range(k + 1, len(texts)) if texts[j].lower() in heads), None)
            goes_on = not field_title and k + 1 < len(texts) and all(title[:k + 1]) and _TITLE_WORD.fullmatch(
                texts[k + 1]) is not None  # (but "which we call Pathways Language Model PaLM": a short form)
            if later is not None and all(title[:later + 1]) or goes_on:
                continue  # "a Hierarchical Attention Refinement Method": the name goes on to its last head;
                # "a Hybrid Optimal Block Partitioning strategy": a title-case name goes on past a head in it
            modifiers = texts[:k]
            if all(m.lower() in _DESCRIPTIVE_ADJECTIVES for m in modifiers):
                return None  # "an adaptive strategy", "a dual loss": a kind of method, unnamed
            if strong_only and low not in self.strong:
                return None
            if first.islower() and first.endswith("ing") and (k < 2 or first in self.tasks):
                return None  # "a novel watermarking scheme", "a message-passing algorithm": a kind of method
            if k == 1 and first in _USED_HEADS:
                return None  # "a novel fusion strategy", "a compression scheme": a method's head noun alone
                # before a head names a kind of method, as a gerund does (but "a recomputation strategy")
            if low == "model" and k and modifiers[-1].lower() == "language":
                return None  # "a specialized Ukrainian language model", "a Large Language Model": unnamed
            if k >= 2 and all(title[:k]):  # "View-wise Instance Partition algorithm"
                named = low in _NAME_HEADS or low in _KEPT_HEADS
                return i, i + k + 1, " ".join(texts[:k + 1] if named else modifiers), _kind_of(low)
            last = modifiers[-1]
            adjective = _adjectival(last) and not (low in self.strong and (
                _STEERING.search(last) or len(modifiers) >= 2 and last.lower() in _NAMING_ADJECTIVES))
            # (a bare "order", "stage" is a noun: "a passage order adjuster"; "an optimism-guided strategy"
            # names the part by what steers it)
            if (last.lower() in self.tasks and not (low in self.strong and _names_a_part(modifiers))
                    or last.islower() and adjective and last not in _NOUN_ENDINGS
                    or _PARTICIPLE.search(last) and adjective or last.endswith("ian")):
                return None  # "a backdoor detection framework", "a multi-task neural network", "AI-powered"
                # (but "a hierarchical scene modeling block": a part named by what it does to what)
            content = [m for m in modifiers if not (m.islower() and (_QUANTITY.match(m) or "-" not in m
                                                                   and _adjectival(m))
                                                    or _PARTICIPLE.search(m))]
            specific = (len(content) >= 2 or any(not m.islower() for m in content)
                        or low in self.strong and (len(modifiers) >= 2
                                                   or own and any("-" in m for m in content))
                        or last in _USED_HEADS and len(modifiers) == 2 and _STEERED.search(modifiers[0]))
            # ("an uncertainty-aware warping process": a method noun after what steers it)
            if low in self.weak and len(modifiers) - (first.lower() in _DESCRIPTIVE_ADJECTIVES) == 1 \
                    and _ACRONYM.fullmatch(last):
                return None  # "a HAR method", "an SSL framework": a method for or of a thing, unnamed
            if (low in self.weak or indefinite or part) and not specific:
                return None
            label = " ".join(modifiers) if low in self.weak and low not in _KEPT_HEADS \
                or low in _PLAIN_HEADS and len(modifiers) >= 2 else " ".join(texts[:k + 1])
            return i, i + k + 1, label, _kind_of(low)
        after = ws[i + len(texts)][TEXT].lower() if i + len(texts) < len(ws) else ""
        if part and self._not_part(ws, i, texts, text):
            return None  # "(iii) natural interruption generation", "(ii) uses equivalence testing", "(i) Output Format:"
        if field_title or indefinite or len(texts) < 2 or len(phrase) == 7 or after == "of" or (
                texts[-1].lower() in _NOT_METHODS) or any(t.lower() in _DATA_NOUNS for t in texts[:-1]):
            return None  # "we present a differentiated replication of ...": an act, not a name; "we develop a
            # benchmark suite comprising ...": data, and a participle after it
        if all(title) and (texts[-1][:1].isupper() or METHOD_END.search(texts[-1].lower())):
            return i, i + len(texts), " ".join(texts), Kind.TECHNIQUE  # "2D Instance Boundary-aware Superpoint"
        if texts[0].endswith("ing") and len(texts) < 3:
            return None  # "we introduce a pooling operation": a gerund and a noun name a kind of method
        if all(t.islower() for t in texts) and METHOD_END.search(texts[-1].lower()) and (
                texts[-2].lower() not in self.tasks) and not _adjectival(texts[-1].lower()) and not _participle(
                texts, after, _adjacent(ws, i + len(texts), text)):
            return i, i + len(texts), " ".join(texts), Kind.TECHNIQUE  # "backdoor fine-tuning sensitivity analysis"
        return None

    def _parenthesised(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], text: str,
                       end: int) -> None:
        """The coined names in parentheses after an introduced method phrase: "We also present a
        space-filling variant (SF-DiVeQ)", "we introduce two drop-in nonlinearities (Smooth-Leaky and
        Randomized Smooth-Leaky)": within eight words of the trigger, no clause or sentence between;
        each name a coined token ("SF-DiVeQ", "Smooth-Leaky"), not a dataset's or benchmark's."""
        paren = text.find("(", end, end + 90)
        if paren < 0:
            return
        between = text[end:paren]
        words = between.split()
        if not words or len(words) > 8 or any(c in between for c in ".;:,)") or any(
                w.lower() in _STOP and w.lower() not in _ARTICLE for w in words):
            return
        match = _PAREN_NAMES.match(text, paren)
        if match is None:
            return
        if not words[-1].islower() or words[-1].lower() in _ARTICLE:
            return  # "we introduce HKVE (Hierarchical Key-Value Equalization)": a name and its long form
        heads = {w.lower().rstrip("s") for w in words}
        if heads & _DATA_HEADS or heads & self.tasks or "task" in heads:
            return  # "a benchmark (FooBench)", "a story-generation task (Next-Chapter Prediction)": no method
        kind = Kind.MODEL if heads & _MODEL_HEADS else Kind.TECHNIQUE
        for name in _PAREN_NAME.finditer(text, match.start(1), match.end(1)):
            label = name.group()
            if label == "and" or not any(_COINED_TOKEN.fullmatch(w) for w in label.split()) or (
                    match.group(1) == label and long_form_start(text, paren, label) is not None):
                continue  # "a dynamic pattern decoder (D-PaDe)": a long form and its short form, paired later
            first = _index(ws, name.start())
            last = bisect.bisect_left(ws, name.end(), key=_start) - 1
            if first is None or last < first or ws[last][END] != name.end():
                continue
            self._link(doc, writer, field, ws, first, last + 1, label, kind, room=1)

    def _named_part(self, ws: list[Word], first: int, end: int) -> bool:
        """Whether a part listed after a colon (words ``first:end``) is named: in title case ("Processing
        Target Selection") or ending in a head noun ("a query-conditioned semantic pruning module"), and not
        a step that uses something ("Leveraging Source-Language Consistent Instruction for ...")."""
        if ws[first][TEXT].lower() in _USING_GERUNDS:
            return False
        return all(_title_case([w[TEXT] for w in ws[first:end]])) or ws[end - 1][TEXT].lower() in self.heads

    def _not_part(self, ws: list[Word], i: int, texts: list[str], text: str) -> bool:
        """Whether an enumerated item with no head noun (``texts``, from word ``i``) names no part: a
        task ("(2) strategic decision-making"), a verb ("(ii) uses ...", "(i) localizes ..."), a
        heading ("(i) Output Format:"), a participle after a noun ("hybrid approaches considering
        both"), or one of two coordinated nouns ("(i) speaker separation and identification")."""
        last, end = texts[-1], i + len(texts)
        after = text[ws[end - 1][END]:ws[end - 1][RAW_END]]
        then = ws[end][TEXT] if end < len(ws) else ""
        return (last.lower().rsplit("-", 1)[-1] in self.tasks or texts[0].lower() in _NOT_PARTS
                or _VERB.fullmatch(texts[0]) is not None or after.startswith(":")
                or last.islower() and last.endswith("ing") and "-" not in last and not after
                or not after and then == "and" and end + 1 < len(ws) and ws[end + 1][TEXT].isalpha()
                and ws[end + 1][TEXT].islower())

    def _used_phrases(self, ws: list[Word], i: int, text: str) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words after a cue of use at word ``i``: the first, and those
        coordinated with it ("consisting of label matching and triple matching", "via PLM-based
        similarity scoring and sampling-based fusion": a conjunct that names none is passed over)."""
        out: list[tuple[int, int, str, Kind]] = []
        at: int | None = i
        for _ in range(_MAX_CONJUNCTS):
            if at is None or at >= len(ws):
                break
            found = self.used_phrase(ws, at, text)
            if found is not None:
                out.append(found)
            at = _next_conjunct(ws, found[1] - 1 if found is not None else at, text)
        return out

    def _subjects(self, ws: list[Word], text: str, ends: list[int],
                  lower: str) -> list[tuple[int, int, str, Kind]]:
        """The methods named in plain words that are the subject of a verb of effect, each subject
        ending at one of ``ends`` ("To mitigate this, low-confidence remasking improves single-sample
        quality", "Additional static parsing and dependency pruning further reduce context complexity"):
        the clause before the verb is one method phrase or a list of them (as after a cue of use), the
        last one right before the verb."""
        out: list[tuple[int, int, str, Kind]] = []
        for verb in ends:
            clause = _clause_start(lower, verb)
            if verb - clause > _MAX_SUBJECT:
                continue
            first = bisect.bisect_left(ws, clause, key=_start)
            last = bisect.bisect_left(ws, verb, key=_start)
            if first < last and ws[first][START] == clause and ws[first][TEXT].lower() in _SUBJECT_OPENERS:
                first += 1  # "While context compression mitigates this issue, ...", "this core-coverage
                # projection significantly improves ..."
            elif first >= last or ws[first][START] != clause:
                continue
            if first >= last:
                continue
            words = ws[first:last]
            head = words[0][TEXT]
            if head[:1].isupper() and head[1:].islower():  # "Soft compression architectures"
                words[0] = (*words[0][:TEXT], head.lower())
            found = self._used_phrases(words, 0, text)
            if found and found[-1][1] == len(words):
                out.extend((first + a, first + b, label, kind) for a, b, label, kind in found)
        return out

    def used_phrase(self, ws: list[Word], i: int, text: str) -> tuple[int, int, str, Kind] | None:
        """(first word, end word, label, kind) of a method named in plain lower-case words after a
        cue of use ("trained under variable-specific loss weighting,", "via gray-box learning."):
        one to three modifiers and a method head ("weighting", "learning", "pruning"), the phrase
        ending at punctuation or a function word; the last modifier a noun or a hyphenated
        compound (no "aggressive filtering", "learned interpolation"), none a verb ("building ..."); an
        adjective of ``_METHOD_ADJECTIVES`` may start the name ("via multinomial sampling") unless a head noun
        follows it ("an adversarial guidance mechanism" is read as an introduced or employed part)."""
        while i < len(ws) and ws[i][TEXT] in _ARTICLE:
            i += 1
        while i < len(ws) and ws[i][TEXT] in self.adjectives and ws[i][TEXT] not in _METHOD_ADJECTIVES \
                and _plain(ws[i], text):
            i += 1
        phrase: list[str] = []
        for word in ws[i:i + 4]:
            t = word[TEXT]
            if not _USED_WORD.fullmatch(t):
                return None
            phrase.append(t)
            if t in _USED_HEADS and len(phrase) >= 2:
                end = i + len(phrase)
                after = ws[end][TEXT] if end < len(ws) else ""
                if _plain(word, text) and end < len(ws) and after not in _STOP and not self._head_noun(after) \
                        and after not in _FOLLOWERS:
                    return None  # "limited calibration data", "a large learning rate"
                break
            if not _plain(word, text) or t in _STOP:
                return None
        else:
            return None
        modifiers = phrase[:-1]
        last, first = modifiers[-1], modifiers[0]
        if any(m in self.adjectives and not (k == 0 and m in _METHOD_ADJECTIVES) or m in _STOP
               or m in _NOT_MODIFIERS or _adverb(m) or m[:1].isdigit() for k, m in enumerate(modifiers)):
            return None
        if "-" not in first and first.endswith(("ing", "ed", "able", "ible")) or last in self.tasks or any(
                m in _NOT_PARTS or _VERB.fullmatch(m) for m in modifiers):
            return None  # "building neural encoding", "maintaining the training", "(the interactor) applies
            # cross-context attention", "configurable hyperparameter optimization"
        if "-" not in last and not (len(modifiers) == 1 and last in _METHOD_ADJECTIVES) and (
                _adjectival(last) or last.endswith(("ing", "ary", "ent", "ant"))):
            return None  # "aggressive filtering", "pairwise training", "learned interpolation"
        if first in _METHOD_ADJECTIVES and (
                _plain(ws[i + len(phrase) - 1], text) and self._head_noun(after)
                or len(modifiers) == 1 and phrase[-1] in _MANNER_HEADS):
            return None  # "an adversarial guidance mechanism": the name goes on to its head noun
        label = " ".join(phrase)
        if self.rules.generic_name(label):
            return None
        end = i + len(phrase)
        if _plain(ws[end - 1], text) and after in self.strong:
            # the mention goes on to a strong head noun after it, as the name is written ("employs a
            # dual-conditional refinement mechanism", "adopt a two-stage adaptation procedure"; but a weak head
            # says what kind of thing the method is: "an appearance-agnostic motion learning approach"); the label
            # is the method's, which a title names without the head ("Graph Smoothing for ..." and "integrates a
            # graph smoothing module")
            return i, end + 1, label, Kind.TECHNIQUE
        return i, end, label, Kind.TECHNIQUE

    def _leading(self, ws: list[Word], i: int) -> bool:
        """Whether word ``i`` is an adjective before a name, not of it: an evaluative one ("a novel
        ..."), or a descriptive one before a title-case name ("an automated Coarse-to-Fine Rubric
        Generation framework"; but "an adaptive fusion strategy" is the name)."""
        low = ws[i][TEXT].lower()
        capital_after = i + 1 < len(ws) and ws[i + 1][TEXT][:1].isupper()
        return low in self.leading or low in _DESCRIPTIVE_ADJECTIVES and capital_after

    def _head_noun(self, word: str) -> bool:
        """Whether a word after a method noun is a head that ends the name: any head, or a strong head
        in the plural ("feasibility validation mechanisms", "prior-guided fusion modules"; but "neural
        network training pipelines" names a kind of pipeline, not a method)."""
        strong = self.strong
        return word in self.heads or word.endswith("s") and (word[:-1] in strong
                                                             or word.endswith("es") and word[:-2] in strong)

    def _passive(self, ws: list[Word], at: int, text: str) -> tuple[int, bool] | None:
        """(where the name starts, False) for "a stepwise update strategy was proposed" ending at
        ``at``: an article at most 7 words before, and a method name running from it up to ``at``
        or up to its short form in parentheses ("a class-aware prompt aggregation scheme (CPA) is
        designed")."""
        last = bisect.bisect_left(ws, at, key=_start) - 1
        if last > 0 and _short_form(ws[last], text):
            last -= 1
        for i in range(last, max(-1, last - 8), -1):
            if ws[i][TEXT].lower() in _ARTICLE:
                if i == last:
                    return None
                found = self.phrase(ws, i, text)
                return (ws[i + 1][START], False) if found is not None and found[1] == last + 1 else None
            if not _plain(ws[i], text) and i < last:
                return None
        return None

    def _link(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], first: int, end: int, label: str,
              kind: Kind, role: Role = Role.INTRODUCES, *, room: int = 2) -> None:
        """Link words ``first:end`` as ``label``; ``room``: which linked names inside the phrase it
        replaces (2: any, 1: techniques only, 0: none)."""
        span = field_span(doc, field, ws[first][START], ws[end - 1][END])
        if span is None or self.rules.generic_name(label):
            return
        start, stop = field.start + ws[first][START], field.start + ws[end - 1][END]
        text = doc_text(doc)
        if _beside_a_name(text, field, start, stop, label, self.adjectives):
            return  # "FreeCP, a novel training-free class purification framework": the method is FreeCP
        short = _SHORT_FORM_AFTER.match(text, stop)
        if short is not None and names_no_method(text, short.end(), label):
            return  # "Relative Performance Dropping Rate (RPDR)", "Video Step Grounding (VSG) aims to": a
            # measure or a task, which the abbreviations component leaves unlinked too
        if not writer.free(span.start, span.end):
            inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
            head = ws[end - 1][TEXT]
            starts = {span.start, span.start + (ws[first][TEXT].lower() in _DESCRIPTIVE_ADJECTIVES)}
            if any(sp.start in starts and span_value(sp, "origin") == Origin.VOCABULARY.value
                   and (room < 2 and not all(_title_case([w[TEXT] for w in ws[first:end]]))
                        or head.lower() in self.heads and doc[sp.end:span.end].text == head)
                   for sp in inside):
                return  # "an alternating minimization algorithm", "a KV cache mechanism": a known method's name;
                # "(2) a contrastive-learning-based ... model": a list item built on a known method
            if room == 2 or room == 1 and all(sp.label_ == Kind.TECHNIQUE.value for sp in inside):
                KnownNames.make_room(writer, span.start, span.end)  # "... Boundary-aware Superpoint" over "Superpoint"
            if not writer.free(span.start, span.end):
                return
        known = known_names(doc)
        entity = (known.get(span.text) or _short_form_entity(doc, span.end_char, known)
                  or discovered_entity(label, kind, 0.8))
        writer.add(span.start, span.end, entity, confidence=0.8, role=role)
        known.setdefault(span.text, entity)
        known.setdefault(label, entity)


def _beside_a_name(text: str, field: Field, start: int, end: int, label: str,
                   adjectives: frozenset[str]) -> bool:
    """Whether the phrase ``text[start:end]`` (in ``field``; after an indefinite article and none but
    ``adjectives``) describes a name set beside it: before it with a comma ("FreeCP, a novel training-free
    class purification framework"; not the subject of a clause: "Building on GPT-4, a gated fusion module
    is designed") or after it with a comma or a naming word ("a novel image fusion method, MMIF-AMIN,
    which", "a recursive rewriting strategy called Balanced Structural Decomposition"): the paper's method
    is the name, and its description is no second one; unless the paper names the method ``label`` again
    elsewhere ("SegTrans, a novel transfer attack framework" and "transfer attack success rate").

    >>> from paperkg.ingest.extract.spans import Field
    >>> text = "We propose FreeCP, a novel class purification framework that works."
    >>> field = Field("abstract", 0, len(text))
    >>> _beside_a_name(text, field, 27, 55, "class purification", frozenset({"novel"}))
    True
    >>> text = "Using GPT-4, a gated fusion module is designed."
    >>> _beside_a_name(text, Field("abstract", 0, len(text)), 15, 34, "gated fusion module", frozenset())
    False
    >>> text = "Using CLIP, a contrastive alignment module aligns the two modalities."
    >>> _beside_a_name(text, Field("abstract", 0, len(text)), 14, 42, "contrastive alignment module", frozenset())
    False
    """
    article = _ARTICLE_BEFORE.search(text, max(field.start, start - _BESIDE), start)
    if article is None or not all(word in adjectives for word in article.group(1).split()):
        return False  # "an OT approach based on gradient-preserving compression, named GradOT": not its name
    if _NAME_BEFORE.search(text, max(field.start, article.start() - _BESIDE), article.start()) is not None:
        if _SUBJECT_OF.match(text, end, field.end) is not None or _FRONTED_NAME.search(
                text, max(field.start, article.start() - _BESIDE), article.start()) is not None:
            return False
    elif _NAME_AFTER.match(text, end, min(field.end, end + _BESIDE)) is None:
        return False
    lower, name = text[field.start:field.end].lower(), label.lower()
    return lower.count(name) == lower.count(name, start - field.start, end - field.start)


def _participle(texts: list[str], after: str, plain: bool) -> bool:
    """Whether a lower-case phrase ending in "-ing" (``texts``, then the word ``after``; ``plain``: one space
    between) is a noun and the participle that starts a clause about it, no method's name:
    after a plural noun or a task ("diagnostic case studies showing that", "a novel task striving to seek"),
    or before its object ("a code correcting a single substitution", "a proof-of-concept focusing on").

    >>> [_participle(t.split(), a, True) for t, a in (("case studies showing", "that"), ("code correcting", "a"),
    ...                                              ("epistemic caching", "which"), ("greedy pruning", "to"))]
    [True, True, False, False]
    >>> _participle(["greedy", "pruning"], "a", False)
    False
    """
    last, before = texts[-1], texts[-2]
    if not last.endswith("ing") or "-" in last:
        return False
    return (_PLURAL.fullmatch(before) is not None or before in _PARTICIPLE_SUBJECTS
            or plain and after in _PARTICIPLE_OBJECTS)


def _adjacent(ws: list[Word], i: int, text: str) -> bool:
    """Whether word ``i`` follows the word before it after one space, nothing else ("pruning to", not
    "matching , a")."""
    return 0 < i < len(ws) and text[ws[i - 1][END]:ws[i][START]] == " "


def _short_form_entity(doc: Doc, end: int, known: dict[str, Entity]) -> Entity | None:
    """The entity discovered for the short form in parentheses right after character ``end``, if any
    ("Trajectory-Aware Alignment (TAA)" is the entity that "TAA" is, and so is "the Motion-Semantics DETR
    (MS-DETR)" the title's "MS-DETR", a name of several tokens; but "a tensor-based domain alignment (DA)
    algorithm" is not the vocabulary's domain adaptation)."""
    text = doc_text(doc)
    start = end + 1 + text.startswith(" ", end)  # (after the bracket, a space before it or none)
    if not text.startswith("(", start - 1):
        return None
    close = text.find(")", start, start + _MAX_SHORT_FORM)
    entity = known.get(text[start:close]) if close > start else None
    return entity if entity is not None and entity.origin == Origin.DISCOVERED else None


def _driven_before_name(ws: list[Word], i: int) -> bool:
    """Whether word ``i`` says in lower case what drives the title-case name of two words or more
    after it ("a large-model-driven User Simulator"), which is no part of the name.

    >>> _driven_before_name([(0, 0, 0, "llm-driven"), (0, 0, 0, "User"), (0, 0, 0, "Simulator")], 0)
    True
    """
    return (i + 2 < len(ws) and _LEADING_DRIVEN.fullmatch(ws[i][TEXT]) is not None
            and all(_CAPITALISED.match(w[TEXT]) for w in ws[i + 1:i + 3]))


def _passive_starts(text: str) -> list[int]:
    """Where "is/was proposed|introduced|designed" starts (the space before it), searched from
    its literal words.

    >>> _passive_starts("Then a gate module was introduced. It is proposed.")
    [18, 37]
    """
    out = []
    for verb in _PASSIVE_VERBS:
        at = text.find(verb)
        while at >= 0:
            before = text.rfind(" ", 0, at)
            if text[before + 1:at] in _BE:
                out.append(before)
            at = text.find(verb, at + 1)
    return sorted(out)


def _indefinite_ends(text: str) -> list[int]:
    """Where the words after an "A"/"An" that opens a sentence start, when a hyphenated word or a
    "... mechanism|pipeline|module|algorithm" follows (the text's start or ``[.!?]`` and spaces
    before it: the same as ``(?:^|(?<=[.!?])\\s+)An?\\s+(?=...)``, without trying every position).

    >>> _indefinite_ends("A cone-shaped prior. An x y module works. A b.")
    [2, 24]
    """
    ends = []
    for match in _INDEFINITE.finditer(text):
        start = before = match.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if start == 0 or 0 < before < start and text[before - 1] in ".!?":
            ends.append(match.end())
    return ends


def _enumerated_parts(text: str, lower: str) -> list[int]:
    """Where each item of an enumeration "(1) ..., (2) ..." starts, when the sentence before the first
    item says that parts follow ("comprises", "consists of", "three modules", "we propose").

    >>> _enumerated_parts("X comprises: (1) a gate module; (2) a loss. Y: (i) we x.", "x comprises: (1) a gate module;"
    ...                   " (2) a loss. y: (i) we x.")
    [17, 36]
    """
    out: list[int] = []
    if _ENUMERATION_MARK.search(text) is None:
        return out
    cued = None  # the sentence start whose cue was checked, and the answer
    for match in _ENUMERATION.finditer(text):
        sentence = max(text.rfind(". ", 0, match.start()), text.rfind("? ", 0, match.start())) + 1
        if cued is None or cued[0] != sentence:
            first = text.find("(", sentence)
            cued = (sentence, _PARTS_CUE.search(lower, sentence, max(first, sentence)) is not None)
        if cued[1]:
            out.append(match.end())
    return out


def _colon_parts(text: str, lower: str) -> list[int]:
    """Where each part listed after "<count> <parts noun>:" starts, up to the sentence's end: the first
    after the colon, the others after a comma, semicolon or "and", each opening with a capital or an
    article (a lower-case word there goes on the description of the part before).

    >>> _colon_parts("It has two modules: Token Routing (TR), which x, and Feature Fusion. Then: A b.",
    ...              "it has two modules: token routing (tr), which x, and feature fusion. then: a b.")
    [20, 53]
    """
    out: list[int] = []
    colon = lower.find(": ")
    while colon >= 0:
        noun = lower[lower.rfind(" ", 0, colon) + 1:colon]
        start = colon + 2
        colon = lower.find(": ", start)
        if noun not in _PARTS_NOUNS or _PARTS_COUNT.search(lower, max(0, start - 80), start - 2) is None:
            continue
        while text[start:start + 1].isspace():
            start += 1
        if text.startswith("(", start):
            continue  # an enumeration, "three stages: (i) ...": read by :func:`_enumerated_parts`
        stop = text.find(". ", start)
        stop = len(text) if stop < 0 else stop
        starts = [start, *(item.end() for item in _ITEM_BREAK.finditer(text, start, stop))]
        out.extend(at for at in starts if text[at:at + 1].isupper() or lower.startswith(("a ", "an "), at))
    return out


def _with_cue_ends(lower: str) -> list[int]:
    """Where the words after "<method noun> with" start ("fine-tuning with diversity-promoting
    filtering"): each " with" after one of ``_WITH_NOUNS`` and before white space, found by its
    literal words (the same ends as ``(?:tuning|...|decoding) with\\s+``, without trying every
    position).

    >>> _with_cue_ends("an algorithm with  heavy-tail acceleration, a model with x, learning without")
    [19]
    """
    ends = []
    at = lower.find(" with")
    while at >= 0:
        spaces = _SPACES.match(lower, at + 5)
        if spaces is not None and lower.endswith(_WITH_NOUNS, 0, at):
            ends.append(spaces.end())
        at = lower.find(" with", at + 5)
    return ends


def _used_room(doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], first: int, end: int) -> int:
    """Which known names a method named after a cue of use (words ``first:end``) replaces
    (:meth:`CoinedNames._link`'s ``room``): a one-word family name or an umbrella term it ends in
    ("contribution-based pruning", "inter-frame attention": a variant's name), but no known name of
    several words or among its modifiers ("heatmap-based knowledge distillation", "self-consistency
    resampling" keep the known method) and none under a head of training or prompting ("task-specific
    fine-tuning", "diverse prompting": a setting, not a name)."""
    if end - first > 2 and ws[end - 1][TEXT].lower() in _ALL_HEADS:
        end -= 1  # "a label-constrained distillation paradigm": the name before its head noun decides
    if ws[end - 1][TEXT].lower() in _SETTING_HEADS or all(_COUNTED.match(w[TEXT]) for w in ws[first:end - 1]):
        return 0  # (and "single-stage distillation" is distillation done once: a count, not a variant)
    span = field_span(doc, field, ws[first][START], ws[end - 1][END])
    if span is None:
        return 0
    inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
    return 2 if all(sp.end == span.end and (" " not in sp.text or sp.text.lower() in _UMBRELLAS)
                    for sp in inside) else 0


def _built_with_ends(lower: str) -> list[int]:
    """Where the article after "employs|incorporates|...|through|via|with" starts ("employs a gate
    module"): each "a "/"an " after white space, and the word before it one of ``_BUILT_WITH_WORDS``
    (a search for the articles is many times cheaper than a pattern tried at every word).

    >>> _built_with_ends("x employs a gate, via an y, and data a z with  a w")
    [10, 22, 47]
    """
    ends = []
    for article in ("a ", "an "):
        at = lower.find(article, 1)
        while at > 0:
            if lower[at - 1].isspace():
                end = at - 1
                while end > 0 and lower[end - 1].isspace():
                    end -= 1
                start = end
                while start > 0 and lower[start - 1].isalpha():
                    start -= 1
                if start < end and lower[start:end] in _BUILT_WITH_WORDS and (
                        start == 0 or not lower[start - 1].isalnum()):
                    ends.append(at)
            at = lower.find(article, at + 1)
    return sorted(ends)


def _coordinated_ends(lower: str) -> list[int]:
    """Where the words after an introducing verb coordinated with an earlier subject start ("We first
    integrate ..., and propose multi-frame fusion"): " and|then <verb> ", found by its literal words.

    >>> _coordinated_ends("we x and propose a gate. then design y; to propose z")
    [17, 37]
    """
    ends = []
    for verb in _COORDINATED_VERBS:
        at = lower.find(verb)
        while at >= 0:
            if lower.endswith((" and", " then"), 0, at):
                ends.append(at + len(verb))
            at = lower.find(verb, at + 1)
    return sorted(ends)


def _effect_ends(lower: str) -> list[int]:
    """Where the subject of each verb of effect ends (the space before the verb, or before an adverb
    or modal before it: "... pruning further reduce", "... remasking improves"), found by the verbs'
    literal words (a search for the verbs is many times cheaper than a pattern tried at every space).

    >>> _effect_ends("x pruning further reduces y. z improved w; v improve")
    [9, 44]
    >>> _effect_ends("improves x. y pruning improves z")
    [21]
    """
    ends = []
    for verb in _SPACED_EFFECT_WORDS:  # (a verb needs a space before it: the field's start has no subject)
        at = lower.find(verb)
        while at >= 0:
            after = at + len(verb) + (lower.startswith("s", at + len(verb)))
            if not lower[after:after + 1].isalpha():
                ends.append(_before_adverb(lower, at))
            at = lower.find(verb, at + 1)
    return sorted(ends)


def _before_adverb(lower: str, space: int) -> int:
    """``space`` (before a verb), or the space before the adverb or modal that precedes it."""
    before = lower.rfind(" ", 0, space)
    word = lower[before + 1:space]
    adverb = word.endswith("ly") and word.isalpha() or word in _EFFECT_ADVERBS
    return before if before >= 0 and adverb else space


def _described(ws: list[Word], first: int, end: int) -> bool:
    """Whether words ``first:end`` describe a part in lower-case words, letters and hyphens only ("two-stage
    inference strategy", not "7B model", "KL-Coverage regularizer")."""
    return all(_USED_WORD.fullmatch(w[TEXT]) and not any(c.isdigit() for c in w[TEXT]) for w in ws[first:end])


def _described_step(ws: list[Word], first: int, end: int) -> bool:
    """Whether a step performed (words ``first:end``, head last) is described enough to be named: two
    modifiers ("performs global diversity filtering") or one that says what steers it ("performs voxel-based
    refinement"); one modifier alone is a kind of step ("performs modality fusion", "conducts dense
    supervision").

    >>> _described_step([(0, 1, 1, "voxel-based"), (2, 3, 3, "refinement")], 0, 2)
    True
    >>> _described_step([(0, 1, 1, "modality"), (2, 3, 3, "fusion")], 0, 2)
    False
    """
    return end - first >= 3 or _STEERING_MODIFIER.fullmatch(ws[first][TEXT]) is not None


def _adverb_after(phrase: list[Word], word: Word) -> bool:
    """Whether ``word`` is an adverb after a phrase in lower-case words, which ends it there: the adverb is
    the verb's after the name ("An adaptive fusion strategy dynamically combines ..."; but a capitalised
    phrase is left as it was: "the proposed DAC-ALNS algorithm significantly improves" is no name of a
    new method).

    >>> _adverb_after([(0, 1, 1, "gate"), (2, 3, 3, "module")], (4, 5, 5, "jointly"))
    True
    >>> _adverb_after([(0, 1, 1, "DAC-ALNS"), (2, 3, 3, "algorithm")], (4, 5, 5, "jointly"))
    False
    """
    return bool(phrase) and _adverb(word[TEXT]) and all(w[TEXT].islower() for w in phrase)


def _adverb(word: str) -> bool:
    """Whether a word is a lower-case adverb in "-ly" ("theoretically"), which no method name holds
    (but "anomaly" is a noun: "a context-calibrated anomaly scoring mechanism").

    >>> [_adverb(w) for w in ("jointly", "anomaly", "Poly")]
    [True, False, False]
    """
    return word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _clause_start(lower: str, at: int) -> int:
    """Where the clause that ``at`` is in starts: after the last sentence or clause mark before it.

    >>> _clause_start("we x. then, dependency pruning helps", 30)
    12
    """
    start = 0
    for mark in _CLAUSE_MARKS:
        found = lower.rfind(mark, 0, at)
        if found >= 0:
            start = max(start, found + len(mark))
    return start


def _starts_of(text: str, literals: tuple[str, ...]) -> list[int]:
    """Where each of ``literals`` occurs in ``text`` (overlapping occurrences too), in no order.

    >>> sorted(_starts_of("we weave", ("we", "eave")))
    [0, 3, 4]
    """
    out = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            out.append(at)
            at = text.find(literal, at + 1)
    return out


def _match_ends(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[int]:
    r"""The ends of ``pattern.finditer(text)``'s matches, the pattern tried only at ``starts``, which
    must hold every place a match can start (the literal words it opens with, found by
    :func:`_starts_of`): a regex scan tries every position and cannot skip to its first literal when
    the pattern opens with ``\b`` and alternatives, which made these scans the component's largest
    cost. Left to right, each match after the last one's end, as ``finditer`` does (a match at a
    position sees the text before it: ``\b`` holds as in a scan).

    >>> _match_ends(re.compile(r"\bwe \w+"), "we go; awe we x", [0, 8, 11])
    [5, 15]
    """
    ends: list[int] = []
    pos = 0
    for at in sorted(set(starts)):
        if at >= pos:
            match = pattern.match(text, at)
            if match is not None:
                pos = match.end()
                ends.append(pos)
    return ends


def _spaces_before(text: str, at: int) -> int:
    """Where the white space right before ``at`` starts (``at`` when there is none)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _trigger_ends(lower: str) -> list[int]:
    """The ends of ``_TRIGGER``'s matches ("we propose ", "a novel ", "the proposed "), the pattern
    tried only where one can start: at "we", "this", "here", "which" and "that", and at the article
    before "novel", "proposed" or "core" and the white space before them.

    >>> _trigger_ends("here we propose a  novel x. the proposed y")
    [16, 25, 41]
    """
    starts = _starts_of(lower, ("we", "this", "here", "which", "that"))
    for word, articles in (("novel", (1, 2)), ("proposed", (3,)), ("core", (3,))):
        for at in _starts_of(lower, (word,)):
            space = _spaces_before(lower, at)
            if space < at:
                starts.extend(space - n for n in articles if space >= n)
    return _match_ends(_TRIGGER, lower, starts)


def _enhanced_ends(lower: str) -> list[int]:
    """The ends of ``_ENHANCED_WITH``'s matches ("enhanced with ", "paired by "), the pattern tried only
    at the start of the letters before each " with a" or " by a" (where its word must start).

    >>> _enhanced_ends("x, enhanced with an y; the data with a z")
    [17]
    """
    starts = []
    for at in _starts_of(lower, (" with a", " by a")):
        while at > 0 and lower[at - 1].isalpha():
            at -= 1
        starts.append(at)
    return _match_ends(_ENHANCED_WITH, lower, starts)


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` occurs in ``text``: the literal words a pattern needs, tested before
    it is run (a substring test is many times cheaper than a scan, and most fields have none)."""
    for word in words:  # (a loop: a generator's set-up cost more than the tests, and most fail)
        if word in text:
            return True
    return False


def _index(ws: list[Word], position: int) -> int | None:
    """The word starting at ``position`` (after the trigger's trailing space)."""
    i = bisect.bisect_left(ws, position, key=_start)
    return i if i < len(ws) and ws[i][START] == position else None


def _next_conjunct(ws: list[Word], i: int, text: str) -> int | None:
    """Where the conjunct after the one that word ``i`` is in starts ("X, Y", "X and Y", "X, and
    Y"), if the list goes on: no function word, clause or sentence end before the comma or "and"
    (in "using X, we show ..." the comma ends the cue's phrase, and "we" no method).

    >>> _next_conjunct([(0, 1, 1, "a"), (2, 3, 4, "b"), (5, 8, 8, "and"), (9, 10, 10, "c")], 0, "a b, and c")
    3
    """
    for j in range(i, min(len(ws), i + _MAX_CONJUNCT_WORDS)):
        t = ws[j][TEXT]
        if t in _CONJUNCTIONS and j > i:
            return j + 1
        if t in _STOP and j > i:
            return None
        after = text[ws[j][END]:ws[j][RAW_END]]
        if after == ",":
            return j + 2 if j + 1 < len(ws) and ws[j + 1][TEXT] in _CONJUNCTIONS else j + 1
        if after:
            return None
    return None


def _short_form(word: Word, text: str) -> bool:
    """Whether the word is an acronym in parentheses ("(CPA)", "(LCDC)")."""
    return (_ACRONYM.fullmatch(word[TEXT]) is not None and text[word[START] - 1:word[START]] == "("
            and text[word[END]:word[RAW_END]] == ")")


def _names_a_part(modifiers: list[str]) -> bool:
    """Whether the words before a strong head and after the task noun they end in say what the part
    does it to, which makes the phrase a part's name ("hierarchical scene modeling block",
    "multi-round pseudo-label generation strategy"), not a kind of method ("a novel detection
    algorithm", "a tracking module"): two words before the task noun, or a hyphenated one."""
    before = modifiers[:-1]
    return len(before) >= 2 or any("-" in m for m in before)


def _adjectival(word: str) -> bool:
    """Whether a modifier ends like an adjective ("neural", "adaptive", "memory-based"), and is no noun
    in "-al" ("retrieval", "removal").

    >>> [_adjectival(w) for w in ("temporal", "retrieval", "token")]
    [True, False, False]
    """
    return _ADJECTIVE.search(word) is not None and word.lower() not in _AL_NOUNS


# a word's start, the key its list is bisected by (a C-level key: a Python function called at each
# step of every bisection cost more than the search)
_start = operator.itemgetter(START)


def _plain(word: Word, text: str) -> bool:
    """No punctuation after the word (it goes on)."""
    return word[RAW_END] == word[END]


def _title_case(texts: list[str]) -> list[bool]:
    """Which words are capitalised or start with a digit ("2D", "Boundary-aware")."""
    return [t[:1].isupper() or t[:1].isdigit() for t in texts]


def _kind_of(head: str) -> Kind:
    return Kind.MODEL if head in _MODEL_HEADS else Kind.TECHNIQUE
