"""Word lists and word tests of ``paperkg_coined`` (:mod:`~.coined`): head nouns, adjectives, stop words."""

from __future__ import annotations

import bisect
import operator
import re

from paperkg.ingest.extract.names import END, RAW_END, START, TEXT, Word
from paperkg.ingest.records import Kind

__all__ = ["DEFAULT_GENERIC_ADJECTIVES", "DEFAULT_STRONG_HEADS", "DEFAULT_WEAK_HEADS"]

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
    "constraint", "constraints", "decoder", "encoder", "operator", "estimator", "sampler", "protocol",
    "procedure", "cascade", "scheme", "attention", "layer", "block", "optimizer", "heuristic", "policy",
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
    "novel", "new", "simple", "effective", "efficient", "unified", "general", "generic", "lightweight",
    "robust", "scalable", "flexible", "principled", "comprehensive", "end-to-end", "plug-and-play",
    "training-free", "innovative", "powerful", "practical", "first", "dedicated", "additional", "refined",
    "improved", "proposed", "specialized", "tailored", "modular", "universal", "holistic", "systematic",
    "theoretical", "rigorous", "automated", "automatic", "adaptive", "yet", "highly", "fully", "more", "most",
    "very", "single", "two", "three", "several", "multiple", "various", "different", "custom", "dual",
    "hybrid", "fast", "accurate", "interpretable", "detailed", "in-depth", "extensive", "thorough",
    "empirical", "careful", "experimental", "large-scale", "small", "large", "key", "core", "critical",
    "preliminary", "broad", "deep", "but", "even", "surprising", "interesting", "important", "promising",
    "alternative", "better", "stronger", "subsequent", "initial", "final", "pre-trained", "pretrained",
    "poor", "open-source", "open-sourced", "strict", "general-purpose",
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
_DATA_HEADS = frozenset({"dataset", "benchmark", "corpus", "corpora", "suite", "collection", "testbed",
                         "leaderboard", "data"})
# a thing made of data ("a benchmark ..."; but "data curation" is a method)
_DATA_NOUNS = _DATA_HEADS - {"data"}
# a modifier that is an adjective ("neural", "memory-based", "three-step"): no name ends with one
_ADJECTIVE = re.compile(r"(?:al|ive|ous|ic|ed|able|ible|ful|less|free|based|aware|efficient|wise|like|level"
                        r"|stage|step|part|layer|tier|fold|shot|scale|grained|order|dimensional)$")
# nouns in "-al", no adjectives: what a method does ("a dynamic utility retrieval algorithm", "a background
# removal module", "a region proposal network") (:func:`_adjectival`)
_AL_NOUNS = frozenset({"retrieval", "removal", "proposal", "reversal", "deferral", "referral", "rehearsal",
                       "renewal", "disposal", "withdrawal", "approval", "appraisal", "arrival", "survival",
                       "dismissal", "denial", "signal", "interval", "trial", "goal", "subgoal"})
_STOP = frozenset({
    "for", "to", "of", "that", "which", "with", "in", "on", "by", "as", "from", "into", "via", "using",
    "based", "and", "or", "is", "are", "was", "were", "can", "will", "we", "our", "its", "their", "this",
    "these", "than", "at", "across", "over", "under", "through", "within", "without", "where", "while",
    "whose", "who", "it", "be", "has", "have", "not", "such", "both", "each", "all", "any", "only", "also",
    "then", "called", "named", "a", "an", "the", "during",
})
_ARTICLE = frozenset({"a", "an", "the"})
_VERB = re.compile(r"[a-z]+(?:izes|ises|ates|ifies)")  # "localizes", "estimates": a verb, not a name
# words that start no item naming a part: verbs and pronouns ("(ii) uses ...", "(i) it ...")
_NOT_PARTS = frozenset({"uses", "use", "applies", "adds", "employs", "leverages", "provides", "computes",
                        "learns", "performs", "introduces", "proposes", "enables", "improves", "reduces",
                        "shows", "demonstrates", "achieves", "evaluates", "scores", "trains", "builds",
                        "generates", "measures", "estimates", "detects", "predicts", "selects", "integrates",
                        "combines", "captures"})
#: Heads of a method named in plain words after a cue of use
_USED_HEADS = frozenset({
    "weighting", "reweighting", "clustering", "training", "regularization", "factorization", "expansion",
    "search", "sampling", "decomposition", "interpolation", "learning", "prompting", "distillation",
    "filtering", "fusion", "warping", "augmentation", "pruning", "quantization", "fine-tuning",
    "initialization", "matching", "normalization", "smoothing", "hashing", "masking", "pooling", "annealing",
    "bootstrapping", "ensembling", "relaxation", "tokenization", "attention",
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
    # what a method puts into a model or how it sets it up ("knowledge graph injection", "language-specific
    # token prefixing", "meta-policy adaptation", "head-wise low-rank parameterization"; not "transfer":
    # "style transfer" is a task)
    "injection", "prefixing", "adaptation", "parameterization", "reparameterization", "induction",
    # how a method marks what it makes ("multi-channel frequency domain watermarking", "sequence-level
    # watermarking"; 15 corpus phrases after a cue)
    "watermarking",
})
# adjectives that name how a method samples, searches or learns, and start an established method's name
# after a cue of use ("via multinomial sampling", "employs adaptive fusion", "combines hierarchical
# reflection"): kept, where other adjectives ("aggressive filtering", "learned interpolation") describe an
# unnamed step
_METHOD_ADJECTIVES = frozenset({"adaptive", "random", "stochastic", "multinomial", "greedy", "hierarchical",
                                "spectral", "contrastive", "adversarial", "iterative", "progressive",
                                "recursive", "selective", "speculative", "variational"})
# lower-case nouns in "-ly", not adverbs: "a context-calibrated anomaly scoring mechanism" (:func:`_adverb`)
_LY_NOUNS = frozenset({"anomaly", "family", "assembly", "supply", "monopoly"})
# a lower-case word of letters, digits and hyphens ("two-stage"): a word of a method named in plain words
_USED_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")  # "HAR", "SSL", "LLMs"


def _described(ws: list[Word], first: int, end: int) -> bool:
    """Whether words ``first:end`` describe a part in lower-case words, letters and hyphens only ("two-stage
    inference strategy", not "7B model", "KL-Coverage regularizer")."""
    return all(_USED_WORD.fullmatch(w[TEXT]) and not any(c.isdigit() for c in w[TEXT]) for w in ws[first:end])


def _adverb(word: str) -> bool:
    """Whether a word is a lower-case adverb in "-ly" ("theoretically"), which no method name holds
    (but "anomaly" is a noun: "a context-calibrated anomaly scoring mechanism").

    >>> [_adverb(w) for w in ("jointly", "anomaly", "Poly")]
    [True, False, False]
    """
    return word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _index(ws: list[Word], position: int) -> int | None:
    """The word starting at ``position`` (after the trigger's trailing space)."""
    i = bisect.bisect_left(ws, position, key=_start)
    return i if i < len(ws) and ws[i][START] == position else None


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
    """The kind a head noun gives its name: a model for "model", "network", "transformer"."""
    return Kind.MODEL if head in _MODEL_HEADS else Kind.TECHNIQUE
