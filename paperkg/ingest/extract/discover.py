"""Names the vocabulary does not know: the base of the rule components, and four of them.

- ``paperkg_title`` (:class:`TitleNames`): a title's name before a colon ("PolyLM: ...") or
  before "Technical Report";
- ``paperkg_intro`` (:class:`IntroNames`): "we present / introduce / propose X";
- ``paperkg_known`` (:class:`KnownNames`): every other occurrence of a name found so far;
- ``paperkg_shapes`` (:class:`NameShapes`): name shapes (``Name-13B``, ``NameLM``, ``X-Bench``).

Each discovered entity gets a kind from its context and a confidence; the names a paper
defines are remembered in ``doc._.known`` so that later components (and the rest of the paper)
link them.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.names import (
    DEFAULT_GENERIC_NAMES,
    DEFAULT_TASK_NOUNS,
    METHOD_END,
    NameRules,
    Word,
    ascii_lower,
    discovered_entity,
    initials,
    words,
)
from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    Field,
    SpanWriter,
    doc_entities,
    doc_fields,
    doc_text,
    doc_value,
    known_names,
    set_doc_value,
)
from paperkg.ingest.extract.vocabulary import Vocabulary
from paperkg.ingest.records import Entity, Kind, Origin, Role, fold, slugify

if TYPE_CHECKING:
    from paperkg.ingest.extract.vocab_matcher import VocabMatcher

__all__ = ["IntroNames", "KnownNames", "NameShapes", "RuleComponent", "TitleNames", "model_shape",
           "network_name", "vocab_component", "vocab_entity"]


def vocab_component(nlp: Language) -> VocabMatcher | None:
    """The pipeline's ``paperkg_vocab`` component, if it has one (asked of the pipeline each time, which
    may change; ``get_pipe`` alone: ``pipe_names`` makes a list each time, and costs as much per doc as the
    lookups it would guard)."""
    try:
        return nlp.get_pipe("paperkg_vocab")
    except KeyError:
        return None


def vocab_entity(nlp: Language, name: str, *, as_written: bool = True) -> Entity | None:
    """The entity of the pipeline's vocabulary spelled ``name`` (as written, else case-folded; only
    case-folded with ``as_written=False``), if any."""
    matcher = vocab_component(nlp)
    if matcher is None:
        return None
    eid = as_written and matcher.fold_index.get("=" + name) or matcher.fold_index.get(fold(name))
    return matcher.vocabulary.entity(eid) if eid is not None else None


class RuleComponent:
    """What the rule components share: name, span key, word lists, and entity lookups.

    A subclass implements ``apply(doc, writer)``; ``__call__`` runs it with a
    :class:`~paperkg.ingest.extract.spans.SpanWriter` on the doc's span group.
    """

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.rules = NameRules(DEFAULT_GENERIC_NAMES if generic_names is None else generic_names, kind_words)

    def __call__(self, doc: Doc) -> Doc:
        self.apply(doc, SpanWriter(doc, self.spans_key, self.name))
        return doc

    def apply(self, doc: Doc, writer: SpanWriter) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def vocabulary(self) -> Vocabulary | None:
        """The vocabulary of the pipeline's ``paperkg_vocab`` component, if it has one
        (:func:`vocab_component`)."""
        matcher = vocab_component(self.nlp)
        return matcher.vocabulary if matcher is not None else None

    def entity_of(self, doc: Doc, span: Span) -> Entity | None:
        """The entity a span links (discovered in this doc, or in the vocabulary)."""
        entities = doc_entities(doc)
        if span.id_ in entities:
            return entities[span.id_]
        vocabulary = self.vocabulary()
        if vocabulary is not None and span.id_ in vocabulary:
            return vocabulary.entity(span.id_)
        return None

    def add_name(self, doc: Doc, writer: SpanWriter, start: int, end: int, kind: Kind, confidence: float,
                 role: Role, aliases: tuple[str, ...] = ()) -> Span | None:
        """Link ``doc[start:end]`` as a discovered name (the entity known for its surface, else a
        new one of ``kind``, with ``aliases``) and remember the surface; nothing when the tokens are taken."""
        if start >= end or not writer.free(start, end):
            return None
        surface = doc[start:end].text
        known = known_names(doc)
        entity = known.get(surface) or discovered_entity(surface, kind, confidence, aliases=aliases)
        known[surface] = entity
        return writer.add(start, end, entity, confidence=confidence, role=role)


def field_span(doc: Doc, field: Field, start: int, end: int, mode: str = "strict") -> Span | None:
    """The span of field-relative characters ``[start, end)`` (None when not on token bounds)."""
    return doc.char_span(field.start + start, field.start + end, alignment_mode=mode)


def field_text(doc: Doc, field: Field) -> str:
    """The text of one field."""
    return doc_text(doc)[field.start:field.end]


def field_words(doc: Doc, field: Field) -> list[Word]:
    """The words of one field (offsets in the field's text), made once per doc (``doc._.words``)."""
    cache = doc_value(doc, "words")
    if cache is None:
        cache = {}
        set_doc_value(doc, "words", cache)
    found = cache.get(field.start)
    if found is None:
        found = cache[field.start] = words(field_text(doc, field))
    return found


# -- title names ------------------------------------------------------------------------------

#: Title words after which what a title's name stands for is spelled out ("CAGE: ... via Code-Anchored ...").
_MEANS_WORDS = frozenset({"via", "with", "through", "using", "by"})


def _title_expansion(name: str, rest: str) -> tuple[str, ...]:
    """The title's words after the colon (or after its "via", "with", ...) that spell out an
    acronym name, as its alias: what the name stands for, which tells two papers' "SCALE" apart
    across a build (:mod:`~.consistency`).

    >>> _title_expansion("SCALE", " Synergized Collaboration of Asymmetric Language Translation Engines")
    ('Synergized Collaboration of Asymmetric Language Translation Engines',)
    >>> _title_expansion("GRPO", " Group Relative Policy Optimization for Agents")
    ('Group Relative Policy Optimization',)
    >>> _title_expansion("CAGE", " Bridging the Gap in Diagrams via Code-Anchored Generative Enhancement")
    ('Code-Anchored Generative Enhancement',)
    >>> _title_expansion("SCALE", " A Study of Language Models"), _title_expansion("KGym", " A Platform")
    ((), ())
    """
    from paperkg.ingest.extract.abbreviations import long_form_start  # it builds on this module

    letters = [c for c in name if c.isalnum()]
    if not (2 <= len(letters) <= 8 and name.isupper()):
        return ()
    everything = rest.split()
    starts = [0] + [i + 1 for i, word in enumerate(everything) if word.lower() in _MEANS_WORDS]
    for start in starts:
        words = everything[start:start + len(letters) * 2]
        for end in range(2, len(words) + 1):  # the shortest phrase whose last word gives the last letter
            phrase = " ".join(words[:end]).strip(",.;")
            if phrase[:1].isupper() and phrase.rsplit(None, 1)[-1][:1].lower() == letters[-1].lower() and (
                    long_form_start(f"{phrase} ({name})", len(phrase) + 1, name) == 0):
                return (phrase,)
    return ()


def _restated(doc: Doc, phrase: list[str]) -> bool:
    """The abstract writes ``phrase`` again (in any case)."""
    wanted = ascii_lower(" ".join(phrase))
    return any(wanted in ascii_lower(field_text(doc, f)) for f in doc_fields(doc) if f.name == "abstract")


def _spells_title_name(title: str, phrase: str) -> bool:
    """Whether ``phrase`` spells out the acronym name before the title's colon: the name's long form, no
    second method beside it; one initial a word, the name's last letter may be a head noun the title
    leaves out ("Network").

    >>> _spells_title_name("RAVEN: Real-time Autoregressive Video Extrapolation with Consistency-model GRPO",
    ...                    "Real-time Autoregressive Video Extrapolation")
    True
    >>> _spells_title_name("RAVEN: Early Hypothesis Pruning for Video", "Early Hypothesis Pruning")
    False
    """
    colon = title.find(":")
    if colon < 0 or title.find(phrase, colon) < 0:
        return False
    name = title[:colon].strip()
    initials = "".join(word[0] for word in phrase.split()).upper()
    return (name.isalpha() and name.isupper() and len(initials) >= 3
            and name in (initials, initials + name[-1:]))


def _name_linked(doc: Doc, writer: SpanWriter, field: Field, title: str) -> bool:
    """Whether the name before the title's colon is linked already (the vocabulary's "RAVEN"), so that its
    long form after the colon would be a second entity; when it is not, the long form is the link."""
    head = field_span(doc, field, 0, title.find(":"), "contract")
    return head is not None and any((sp.start, sp.end) == (head.start, head.end) for sp in writer.spans())


def _without_connectors(phrase: str) -> str:
    """``phrase`` without the connecting words it ends in: a capitalised "Using" or "For" of a
    title ends no name ("Real-Time Person Image Synthesis Using a Flow Matching Model").

    >>> _without_connectors("Person Image Synthesis Using"), _without_connectors("Early Hypothesis Pruning")
    ('Person Image Synthesis', 'Early Hypothesis Pruning')
    """
    while True:
        cut = phrase.rfind(" ")
        if cut < 0 or phrase[cut + 1:].lower() not in _NP_END:
            return phrase
        phrase = phrase[:cut].rstrip()


def _method_phrase(phrase: list[str]) -> bool:
    """A title-case phrase that names a procedure: it ends in a method noun that is no task
    ("Algorithmic Evolution", "Collaborative Ranking"; not "Object Detection").

    >>> _method_phrase(["Bi-level", "Memory-adaptive", "Algorithmic", "Evolution"])
    True
    >>> _method_phrase(["Object", "Detection"])
    False
    """
    last = phrase[-1].lower()
    return (all(w[:1].isupper() or w[:1].isdigit() for w in phrase) and bool(METHOD_END.search(last))
            and last not in _TASKS)


_NP_END = frozenset({"for", "to", "with", "of", "from", "in", "on", "via", "through", "towards", "toward",
                     "by", "that", "which", "using", "across", "at", "as", "beyond", "without"})
#: Last words of a title phrase that name what is handled, not a method ("Acoustic Information").
_VAGUE_HEADS = frozenset({"information"})
FUNCTION_WORDS = frozenset({"a", "an", "the", "on", "of", "do", "does", "is", "are", "can", "how", "what",
                            "why", "when", "we", "to", "for", "and", "in", "with", "from", "not", "all"})
# a run of two or more capitalised words in a title ("Early Hypothesis Pruning", "Latent-space Constraints")
_TITLE_PHRASE = re.compile(r"(?<![\w-])[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+(?![\w-])")
_REPORT_TITLE = re.compile(r"^(\S+(?: \S+){0,2}) [Tt]echnical [Rr]eport$")
# "CapArena: Benchmarking ...": a benchmark; "Fraesormer: Learning ...": often a model
_BENCHMARK_GERUNDS = frozenset({"benchmarking", "evaluating", "assessing", "measuring", "probing", "testing"})
_TASKS = frozenset(DEFAULT_TASK_NOUNS)
_MODEL_GERUNDS = frozenset({"learning", "training", "pretraining", "pre-training", "scaling", "building"})
# "Scheduled Style Injection: ...", "Fork-Merge Decoding: ...": a title that opens with a method
# phrase in plain title-case words (no name-shaped word) introduces that technique. Heads that
# name a way of doing something, never a task ("Small Object Detection: ..." is a task).
_TITLE_METHOD_HEADS = frozenset("""
attention augmentation caching compression decoding descent distillation dropout editing encoding
forcing fusion guidance injection masking matching merging normalization optimization pooling
prompting pruning quantization regularization routing sampling scheduling selection sparsification
splatting steering tuning unlearning
""".split())
# openers of a statement or a question, not of a method's name ("Beyond Contrastive Learning")
_TITLE_OPENERS = frozenset({"towards", "toward", "beyond", "rethinking", "revisiting", "exploring",
                            "advancing", "every", "no", "one", "your", "our", "my", "this", "which", "where",
                            "who", "let", "more", "less", "only", "just", "why", "make", "making",
                            "unlocking", "scaling"})


# "... for Efficient Long-Speech Processing", "Learning from Human Feedback", "... under Resource
# Constraints": title words after which a phrase names the purpose, the source or the condition, what
# is handled (a task, a setting), not the method (unless it ends in a method head: "for Early Hypothesis
# Pruning in Self-Consistency")
_PURPOSE_WORDS = frozenset({"for", "from", "under"})
# the means right after a title's opening phrase: "Point Cloud Registration via Probabilistic ...", "Video
# Reconstruction using Diffusion-based ...", "Causal Attribution via Activation Patching": the opening
# phrase names the problem the means solve, not a method (unless it ends in a method head: "Context
# Compression via Explicit Information Transmission" studies a way of compressing)
_MEANS_AFTER = re.compile(r" (?:[Vv]ia|[Uu]sing|[Tt]hrough) ")
# more heads of a way of doing something, in a title's means ("... via Dual-Sparse Latent Diffusion",
# "... through Stochastic Path Aggregation"), where a task or a setting seldom stands; not in a title's name
# ("Value Alignment: ..." is a topic)
_MEANS_METHOD_HEADS = frozenset("""
aggregation alignment calibration conditioning decomposition decoupling diffusion disentanglement
filtering interpolation modulation perturbation projection propagation reweighting smoothing tokenization
""".split())
# heads of a way of doing something only in a title's means ("... via Atomic Claim Verification", "through
# Dual Causal Intervention", "via Bregman Divergence Minimization"): elsewhere a task or a topic ("Claim
# Verification: ..."); and "via Unsupervised Subspace Modeling", "via Neural Posterior Estimation", "via
# Iterative Tree Search", "via Nested Multi-modal Contrastive Learning" (not "Pose Estimation: ..."), "via
# Person-Specific Velocity Analysis", "through Music Structural Analysis" (three words or more: not "via
# Sentiment Analysis")
_MEANS_ONLY_HEADS = frozenset("""
acquisition analysis approximation construction correction denoising estimation factorization inference
integration intervention inversion learning minimization mining modeling modelling penalty refinement search
transformation transition verification
""".split())
# a title method head with no method ending that names a means all the same: "via Cross-Modal Doppler
# Guidance", "via Adaptive Low-Pass Guidance" (84 "... Guidance" means in the 104k corpus titles; 6 of the 7
# it adds on three 5k-abstract slices name the paper's own method, "via Textual Guidance" the seventh; not
# "Descent": "via Text Gradient Descent" describes the vocabulary's textual gradients). Three words or more:
# the two-word ones are mostly a kind of signal ("via Prior Guidance", "via Intention Guidance", "via
# Language Guidance": 19 corpus titles, the review of 2026-12-07 read them on two unread slices)
_MEANS_UNENDED_HEADS = frozenset({"guidance"})
# words that praise a known method, not name a new one ("Efficient Token Pruning for ..." is token pruning;
# but "Dual Attention", "Hybrid Direct Preference Optimization" name variants)
_DESCRIBING = frozenset("""
accurate better effective efficient fast faster general generic improved lightweight new novel practical
principled robust scalable simple stronger unified
""".split())


def _purpose_phrase(text: str, start: int) -> bool:
    """Whether the title phrase at ``start`` is the object of "for", "from" or "under", maybe after other
    title-case words and "and" ("for Underwater Image Enhancement and Coral Reef Monitoring"); a
    capitalised "For" of a title-case title too, but not a title's first word.

    >>> _purpose_phrase("FastLongSpeech: Enhancing Models for Efficient Long-Speech Processing", 53)
    True
    >>> _purpose_phrase("X: Bilevel MCTS for Amortized O(1) Node Selection", 35)
    True
    >>> _purpose_phrase("AutoLoRA: LoRA Retrieval and Fine-Grained Gated Fusion for Generation", 29)
    False
    >>> _purpose_phrase("X for Driving: Goal-Centered Cross-Attention", 15)
    False
    """
    words = text[:start].split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.lower() in _PURPOSE_WORDS and (i > 0 or word.islower()):  # not "From Pixels to ..."
            return True
        if word.endswith(":") or word.lower() in _NP_END or not (
                word[:1].isupper() or word[:1].isdigit() or word in {"and", "&"}):
            return False  # another part of the title, or another connector ("... Using Gradient Orientation")
    return False


def _after_statement(text: str, start: int) -> bool:
    """Whether the title phrase at ``start`` follows the title's first colon, after a statement, not a name:
    two or more words with a lower-case word or a comma, or opening with a gerund or a statement's opener
    ("Harmony in Diversity: ...", "Mostly Text, Smart Visuals: ...", "Unlocking Diffusion Hierarchies: ...";
    not "MVPruner: ...", "Sparse Forcing: ...", whose method the phrase after the colon spells out).

    >>> _after_statement("Unlocking Diffusion Hierarchies: Adaptive Timestep Selection for X", 33)
    True
    >>> _after_statement("Sparse Forcing: Native Trainable Sparse Attention for X", 16)
    False
    """
    colon = text.find(":")
    if colon < 0 or text[colon + 1:start].strip() or not text.startswith(" ", colon + 1):
        return False
    before = text[:colon].split()
    return len(before) > 1 and (any(w[:1].islower() or w.endswith(",") for w in before)
                                or before[0].lower() in _TITLE_OPENERS
                                or before[0].endswith("ing") and before[0][1:].islower())


# a title's means of two or more capitalised words and "and" before a second one ("with Query Intention and
# Modality Attention"; not "via Dynamic and Integrated Sampling", one phrase), and the first one's last word
_MEANS_CONJUNCT = re.compile(r"(?<![\w-])(with|via|through|using)\s+[A-Z][\w-]*\w(?:\s+[A-Z][\w-]*\w)*"
                             r"\s+([A-Z][\w-]*\w),?\s+and\s+\Z")
# what follows a title's opening method phrase: its object or its setting ("... Smoothing of Exogenous
# Variables", "... Distillation for ...")
_OPENING_AFTER = re.compile(r" (?:for|of|in|on|with) ")
# a verb or a gerund inside a title's run of capitalised words ("Consistency Verification Improves
# Uncertainty Calibration", "Stress Testing Deliberative Alignment"): a statement, not a method's name
_VERB_LIKE = re.compile(r"[A-Z][a-z]+(?:[^su]s|ing)$")
_NAME_PART = re.compile(r"[A-Z][\w]*[A-Z]")  # a part of a word with two capitals ("MixUp", "PKCP")
# a title's first means' last word that ends like a method but names none ("via Multi-modal Information and
# ...", "through Visual Support Constraints and ...")
_NOT_MEANS_FIRST = frozenset({"information", "constraint", "constraints", "condition", "environment",
                              "question", "application", "function", "feedback", "heuristic"})
# what a two-word phrase after "with" opens with when it names a kind of method, not one ("with Multimodal
# Fusion and Federated Learning", "with Advanced Decoding", "with Adaptive Compression and ...")
_GENERIC_FIRST = _DESCRIBING | {"active", "adaptive", "advanced", "automatic", "dynamic", "enhanced",
                                "hybrid", "joint", "multimodal", "multi-modal", "optimal"}
# praise cut off an opening phrase: "Optimal L2 Regularization in ..." is L2 regularization
_PRAISE = _DESCRIBING | {"advanced", "enhanced", "optimal"}
_SHORT_FORM = re.compile(r"(?<![\w-])[A-Za-z]*[A-Z][\w-]*[A-Z][\w-]*")


def _names_own_method(doc: Doc, abstracts: list[Field], phrase: str) -> bool:
    """Whether the abstract names a method of its own ("we propose SIGN", "called SIGN"), writes a short
    form whose capitals spell the phrase's last two words ("Noise-Robust Abstractive Compression" and
    "ACoRN", "Adversarial Flow Distillation" and "AFD"), or writes those two words in another phrase
    ("question-adaptive greedy frame selection"): then the title's phrase describes that method, and
    is no second one."""
    ws = [w.removesuffix("s") for w in ascii_lower(phrase).split()]
    spelled = initials(phrase)
    # "Hardware-Aware Pruning" and "hardware-friendly dynamic token pruning": the first word's stem and the
    # head, up to three words apart, in another phrase
    first = ascii_lower(phrase).split()[0].split("-")[0]
    stem = re.compile(r"(?i)(?<![\w-])" + re.escape(first) + r"(?:-\w+)?(?:\s+[\w-]+){0,3}?\s+"
                      + re.escape(ws[-1]) + r"s?(?![\w-])") if len(first) > 3 and len(ws) > 1 else None
    own_words = set(ascii_lower(phrase).split()) | set(ws)
    for field in abstracts:
        text = field_text(doc, field)
        if _INTRO_NAME.search(text):
            return True
        said = " ".join(w.removesuffix("s") for w in ascii_lower(text).split())
        if len(ws) > 2 and (" ".join(ws[-2:]) in said or " ".join(ws[:-1]) in said) or (
                " ".join(ws) in said and ascii_lower(phrase) not in ascii_lower(text)):  # plural
            return True
        # (not "iterative distillation" for "Iterative Layer-wise Distillation": the title phrase cut short)
        if stem is not None and any(not own_words.issuperset(w.removesuffix("s") for w in
                                                             ascii_lower(m.group(0)).split())
                                    for m in stem.finditer(text)):
            return True
        if _spelled_short(text, spelled):
            return True
    return False


def _short_form_means(doc: Doc, abstracts: list[Field], title: str, end: int, phrase: str) -> bool:
    """Whether the title's means ``phrase`` (ending at ``end`` of ``title``) is the long form of a short form,
    which names the paper's method, not the means: the abstract or the title's name before the colon writes
    a short form of its initials (:func:`_spelled_short`: "via Sentence-Level Early Intervention" and
    "SENTINEL"), or the means is cut short before "and" and a capital ("via Hybrid Hypergraph Construction
    and Retrieval", and the abstract's "we propose EHRAG, a ..." is the method). Only short forms: a system
    the abstract names is no reason to leave the means ("NURBGen: ... through LLM-Driven NURBS Modeling" and
    "We present NURBGen" name a system and the technique it is built on; 16 of the 17 such means this keeps
    on three 5k-abstract slices name a technique of the paper's own)."""
    spelled = initials(phrase)
    return (title.startswith(" and ", end) and title[end + 5:end + 6].isupper()
            or any(_spelled_short(field_text(doc, f), spelled) for f in abstracts)
            or _spelled_short(title[:title.find(":") + 1], spelled))


def _spelled_short(text: str, initials: str) -> bool:
    """Whether ``text`` writes a short form whose first two capitals come in order from ``initials``, or
    that holds them all ("AFD" for "Adversarial Flow Distillation", "Marigold-SSD")."""
    for match in _SHORT_FORM.finditer(text):
        capitals = "".join(c for c in match.group(0) if c.isupper())
        rest = iter(initials)
        if all(c in rest for c in capitals[:2]) or initials in capitals:
            return True
    return False


# ``doc._.title_openings``: the title's method phrases linked without the abstract writing them (token
# start, end, head), for :func:`drop_doubled_title_methods`
_OPENINGS = "title_openings"


def drop_doubled_title_methods(doc: Doc, writer: SpanWriter) -> None:
    """A title's method phrase the abstract does not write, when a later rule linked a method of the
    abstract's own words with the same head ("Distribution Corrected Offline Data Distillation" and "we
    propose a principled offline reasoning distillation framework", "... with Difficulty-Guided Sampling"
    and "a task-specific sampling strategy"), or a two-word one when the abstract names a known method of
    several words with its head: one method named twice, and the abstract's name stays."""
    added = doc_value(doc, _OPENINGS)
    if not added:
        return
    set_doc_value(doc, _OPENINGS, None)
    fields = [f for f in doc_fields(doc) if f.name == "abstract"]
    if not fields:
        return
    first = doc.char_span(fields[0].start, fields[0].end, alignment_mode="expand")
    if first is None:
        return
    heads, named = set(), set()
    for sp in writer.spans():
        if sp.start >= first.start and sp.label_ == Kind.TECHNIQUE.value:
            if sp._.origin == Origin.DISCOVERED.value:  # "... distillation framework"
                heads.update(t.text.lower().removesuffix("s") for t in doc[max(sp.start, sp.end - 2):sp.end])
            elif sp.end - sp.start > 1:
                named.add(doc[sp.end - 1].text.lower().removesuffix("s"))
    # a two-word phrase and a known method of two words with its head ("with State Pruning" and "through
    # iterative pruning", "with Image Distillation" and "data distillation"): a kind of the known one
    doubled = {(start, end) for start, end, head in added if head.removesuffix("s") in heads
               or end - start == 2 and head.removesuffix("s") in named}
    if doubled:
        known = known_names(doc)
        for start, end in doubled:
            known.pop(doc[start:end].text, None)
        writer.drop(lambda sp: (sp.start, sp.end) in doubled)


class TitleNames(RuleComponent):
    """A title's name before a colon, or before "Technical Report": the paper introduces it; and
    a title-case method phrase of the title that the abstract writes again ("... for Early
    Hypothesis Pruning in ..." and "through early hypothesis pruning"), opens with, or gives as its means
    ("... via Cross-Modal Doppler Guidance"; not a means that is the long form of the paper's short form:
    :func:`_short_form_means`)."""

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        fields = doc_fields(doc)
        for field in fields:
            if field.name == "title":
                restated = self._title(doc, writer, field)
                self._phrases(doc, writer, field, [f for f in fields if f.name == "abstract"], restated)

    def _phrases(self, doc: Doc, writer: SpanWriter, field: Field, abstracts: list[Field],
                 restated: tuple[str, str] | None = None) -> None:
        """``restated``: (the title's name, the method phrase after its colon): one entity (ANNOTATION:
        "CoRanking: Collaborative Ranking with ..." names one method)."""
        text = field_text(doc, field)
        abstract = None
        for match in _TITLE_PHRASE.finditer(text):
            phrase = _without_connectors(match.group(0))
            ws = phrase.split()
            end = match.start() + len(phrase)
            if len(ws) < 2:
                continue
            last = ws[-1].lower()
            before = text[max(0, match.start() - 4):match.start()].lower()
            preceding = text[max(0, match.start() - 9):match.start()].lower()
            if preceding.endswith(" and "):
                # "with Bilingual Dataset and Dual-Layer Filtering", "via Outranking Methods and Performance
                # Data Aggregation": the second of two means, read as if its "with" or "via" stood before it
                lead = _MEANS_CONJUNCT.search(text, max(0, match.start() - 120), match.start())
                first = lead.group(2) if lead is not None else ""  # the first means' last word
                # (not "via Diffusion Time and Frequency Selection": one head for both, cut short; not
                # "through Visual Support Constraints and Policy Optimization", "via Multi-modal Information
                # and Asymmetric Alignment": a first that is no method; not "via Conditional Diffusion and
                # CLIP-Guided Noise Filtering": a named part, BERT-based counts as BERT)
                if (not any(_NAME_PART.search(w) for w in ws[:-1]) and first.lower() not in _NOT_MEANS_FIRST
                        and (METHOD_END.search(first.lower()) or first.endswith("s"))):
                    preceding = f" {lead.group(1)} "
            by_means = (preceding.endswith((" via ", " through ", " using "))
                        and (last in _TITLE_METHOD_HEADS or last in _MEANS_METHOD_HEADS
                             or last in _MEANS_ONLY_HEADS and len(ws) > 2)  # not "via Error Correction"
                        and ws[0].lower() not in _TITLE_OPENERS
                        and not text.startswith(" of ", end))  # "via Joint Optimization of X and Y"
            # "Temporal Window Smoothing of Exogenous Variables ...", "... with Structural Video Diffusion":
            # a title that opens with a method phrase, or gives it after "with", introduces it, unless
            # the abstract names the paper's method (then the phrase describes that name)
            opening = (not by_means and (last in _TITLE_METHOD_HEADS or last in _MEANS_METHOD_HEADS)
                       and ws[0].lower() not in _TITLE_OPENERS and not any(map(_VERB_LIKE.match, ws[1:-1]))
                       and not (len(ws) == 2 and ws[0].lower() in _GENERIC_FIRST)
                       and not any(_NAME_PART.search(w) for w in ws[:-1])  # "with PKCP-MixUp Augmentation"
                       and ((match.start() == 0 or _after_statement(text, match.start())) and len(ws) > 2
                            and _OPENING_AFTER.match(text, end) is not None
                            or preceding.endswith(" with ") and not text.startswith(" of ", end)))
            # ("... via Easy Consistency Tuning": a method head that is also a task noun names the method;
            # "via Cross-Modal Doppler Guidance": see _MEANS_UNENDED_HEADS)
            if (len(ws) > 5 or last in DEFAULT_TASK_NOUNS and not by_means
                    or not ((by_means or opening) and last in _MEANS_METHOD_HEADS or METHOD_END.search(last)
                            or by_means and (last in _MEANS_ONLY_HEADS
                                             or last in _MEANS_UNENDED_HEADS and len(ws) > 2))
                    or before.endswith((" in ", " on ", " of "))
                    or ws[0].lower() in FUNCTION_WORDS or ws[0].endswith("ing") or last in _VAGUE_HEADS
                    or last not in _TITLE_METHOD_HEADS and _purpose_phrase(text, match.start())
                    or any(w.lower() in _NP_END or w.lower() in FUNCTION_WORDS for w in ws[1:])
                    or any(self.rules.generic_name(w) for w in ws) or text[end:end + 1] == ":"
                    or match.start() == 0 and last not in _TITLE_METHOD_HEADS
                    and _MEANS_AFTER.match(text, end) is not None):
                continue  # a method phrase: "Early Hypothesis Pruning"; not "Hear Just By Reading"
            if abstract is None:
                abstract = " ".join(ascii_lower(field_text(doc, f)) for f in abstracts)
            wanted = ascii_lower(phrase)
            said = wanted in abstract and re.search(
                r"(?<![\w-])" + re.escape(wanted) + r"(?![\w-])", abstract) is not None
            if not (by_means or said or opening and not _names_own_method(doc, abstracts, phrase)):
                continue  # a method the paper names is named again in the abstract, or by the title's "via"
            if by_means and not said and last in _MEANS_ONLY_HEADS and _short_form_means(
                    doc, abstracts, text, end, phrase):
                continue  # the long form of the paper's short form: the short form names the method
            start = match.start()
            if opening and not said and ws[0].lower() in _PRAISE and len(ws) > 2:
                start += len(ws[0]) + 1  # "Effective Dual-Region Augmentation": the method is the rest
            span = field_span(doc, field, start, end)
            if span is None:
                continue
            inside = {(sp.start, sp.end) for sp in writer.spans() if sp.start < span.end
                      and span.start < sp.end}
            if opening and not said and any(b < span.end for a, b in inside):
                continue  # "with PKCP-MixUp Augmentation": a name and its head noun; the name is the method
            if any(not (span.start <= a and b <= span.end) or (a, b) == (span.start, span.end)
                   for a, b in inside):
                continue  # a known name, or one reaching outside the phrase
            if not said and any(b == span.end
                                and _DESCRIBING.issuperset(doc[span.start:a].text.lower().split())
                                for a, b in inside):
                continue  # "Efficient Token Pruning for ...": the known "token pruning", described
            mapped = restated is not None and phrase == restated[1] and restated[0] in known_names(doc)
            if (not mapped and _spells_title_name(text, phrase) and _name_linked(doc, writer, field, text)
                    and f"{wanted} ({ascii_lower(text[:text.find(':')].strip())})" not in abstract):
                # "RAVEN: Real-time Autoregressive Video Extrapolation ..." and "the Real-time
                # Autoregressive Video Extrapolation Network (RAVEN)": the name's long form, cut short (one
                # the abstract abbreviates as written is merged with the name later)
                continue
            writer.drop(lambda sp, inside=inside: (sp.start, sp.end) in inside)
            if mapped:
                known_names(doc)[phrase] = known_names(doc)[restated[0]]
            added = self.add_name(doc, writer, span.start, span.end, Kind.TECHNIQUE, 0.8, Role.INTRODUCES)
            if added is not None and opening and not said:
                openings = doc_value(doc, _OPENINGS)
                if openings is None:
                    openings = []
                    set_doc_value(doc, _OPENINGS, openings)
                openings.append((added.start, added.end, last))

    def _title(self, doc: Doc, writer: SpanWriter, field: Field) -> tuple[str, str] | None:
        """Link the title's name; (the name, the method phrase restating it) when there is one."""
        text = field_text(doc, field)
        colon = text.find(":")
        end_char = colon
        if colon < 0:
            match = _REPORT_TITLE.match(text)  # "Qwen2 Technical Report"
            if not match:
                return None
            end_char = match.end(1)
        head = field_span(doc, field, 0, end_char, "contract")
        if head is None or not 1 <= len(head) <= 4:
            return None
        rules = self.rules
        texts = [t.text for t in head if t.text not in {"-", "."}]
        if not texts or any(not (t[0].isupper() or t[0].isdigit() or rules.name_token(t)) for t in texts):
            return None
        # a generic part joined to a name is part of that name ("MGFFD-VLM", "COT-AD"), not a title
        # about "VLMs"
        compound = len(texts) > 1 and " " not in head.text and any(rules.strong_name(t) for t in texts)
        if any(t.lower() in rules.generic and not compound or t.lower() in FUNCTION_WORDS for t in texts):
            return None
        if len(texts) > 1 and len(texts[0]) > 5 and texts[0].endswith("ing") and texts[0][1:].islower():
            return None  # "Hijacking JARVIS: Benchmarking ...": a statement about a name, not one
        plain_method = False
        if len(texts) > 1 and not any(rules.strong_name(t) for t in texts):
            words = [w for t in texts for w in t.split("-") if w]
            if not (colon >= 0 and texts[-1].lower() in _TITLE_METHOD_HEADS and 2 <= len(texts) <= 4
                    and words[0].lower() not in _TITLE_OPENERS and not words[0].lower().endswith("ing")):
                return None
            plain_method = True  # "Scheduled Style Injection: Expanding the ...": the method it introduces
        rest = [w.strip(",.;()!?") for w in (text[colon + 1:].split() if colon >= 0 else ["model"])]
        phrase = []  # the first noun phrase: "An Open-Source Dataset to Equip LLMs" -> Dataset
        for word in rest:
            if word.lower() in _NP_END or word in {"--", "-", ":"}:
                break
            phrase.append(word)
        restates = len(phrase) >= 2 and _method_phrase(phrase) and _restated(doc, phrase)
        if plain_method:
            kind = Kind.TECHNIQUE
        elif phrase and phrase[0].lower() in _BENCHMARK_GERUNDS:
            kind = Kind.DATASET
        elif (phrase and phrase[0][:1].isupper() and phrase[0].endswith("ing") and len(phrase[0]) > 5
                and phrase[0].lower() not in _MODEL_GERUNDS):
            kind = Kind.TECHNIQUE  # "ToMoE: Converting Dense LLMs to MoE ...": a procedure
        else:
            kind = rules.kind_from_words(phrase[::-1], None)
            if kind is None and restates:
                # "CoRanking: Collaborative Ranking with ... Agents": the title restates a method
                kind = Kind.TECHNIQUE
            kind = kind or rules.kind_from_words(rest, Kind.MODEL) or Kind.MODEL
        existing = [sp for sp in writer.spans() if head.start <= sp.start < head.end]
        if plain_method and existing and all(sp.label_ == Kind.TECHNIQUE.value and sp.end <= head.end
                                             and (sp.start, sp.end) != (head.start, head.end)
                                             for sp in existing):
            # "Scheduled Style Injection: ...": the vocabulary's "style injection" is a part of the
            # method the title introduces, not the name itself
            writer.drop(lambda sp: head.start <= sp.start and sp.end <= head.end)
            existing = []
        expansion = _title_expansion(head.text, text[colon + 1:]) if colon >= 0 else ()
        if expansion and self._redefined(doc, head, existing, expansion[0]):
            # "ARC: Anchored Representation Clouds for ...": the title spells out what its acronym
            # stands for, and that is not the vocabulary's entity of that name (the AI2 Reasoning
            # Challenge): the paper's own name, in the title and wherever the abstract repeats it,
            # with an id of its own (the vocabulary's id stays the vocabulary entity's across a build)
            known_id, surface = existing[0].id_, head.text
            writer.drop(lambda sp: sp.id_ == known_id and sp.text == surface)
            existing = []
            entity = discovered_entity(surface, kind, 0.9, aliases=expansion)
            own_id = f"{entity.id}--{slugify(expansion[0])}"
            known_names(doc)[surface] = dataclasses.replace(entity, id=own_id)
        if existing:  # the vocabulary knows the name: the title introduces it
            for span in existing:
                if span.start == head.start and span.end == head.end:
                    span._.role = Role.INTRODUCES.value
            return None
        span = self.add_name(doc, writer, head.start, head.end, kind, 0.9, Role.INTRODUCES, expansion)
        return (span.text, " ".join(phrase)) if span is not None and restates else None

    def _redefined(self, doc: Doc, head: Span, existing: list[Span], expansion: str) -> bool:
        """Whether the title's name, which the vocabulary links, is spelled out after the colon as
        something the vocabulary's entity is not called: a new thing that shares its acronym. Only
        an entity the vocabulary knows by a long form can be told apart so ("SEA-LION: Southeast
        Asian Languages in One Network" is the vocabulary's SEA-LION, which has no long form), and a
        long form cut short or in the plural is the same name ("Physics-Informed Neural")."""
        if len(existing) != 1 or (existing[0].start, existing[0].end) != (head.start, head.end):
            return False
        entity = self.entity_of(doc, existing[0])
        if entity is None or entity.origin is not Origin.VOCABULARY:
            return False
        long_forms = [fold(name) for name in (entity.label, *entity.aliases) if len(name.split()) >= 2]
        spelled = fold(expansion)
        return bool(long_forms) and not any(
            name.startswith(spelled) or spelled.startswith(name.removesuffix("s")) for name in long_forms)


# -- "we present X" ---------------------------------------------------------------------------

#: Verbs after "we" that introduce the paper's own names.
DEFAULT_INTRO_VERBS = ("present", "introduce", "propose", "release", "develop", "build", "construct",
                       "curate", "create")


def intro_regex(verbs: Iterable[str]) -> re.Pattern[str]:
    """"we (also) propose[s] [up to six words] [called] Name" (a name has a capital or a digit)."""
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(
        r"\b(?:we|this paper|this work|here we)\s+(?:\w+\s+)?(?:" + alternatives + r")s?\b"
        r"(?P<before>(?:\s+(?!\b(?:that|which|to|for)\b)[\w-]+,?){0,6}?)\s+(?:called\s+|named\s+|dubbed\s+|termed\s+)?"
        r"(?P<name>(?-i:(?=[\w.+-]*[A-Z0-9])[A-Za-z][\w.+]*(?:-[\w.+]+)*))",
        re.IGNORECASE,
    )


#: "we propose X" with a name-shaped X ("SIGN", "FedProx"), as :class:`TitleNames` asks it
_INTRO_NAME = re.compile(
    r"\b(?:we|this paper|this work|here we)\s+(?:\w+\s+)?(?:" + "|".join(DEFAULT_INTRO_VERBS)
    + r")s?\b(?:\s+(?!\b(?:that|which|to|for)\b)[\w-]+,?){0,6}?\s+(?:called\s+|named\s+|dubbed\s+|termed\s+)?"
    r"(?-i:[A-Za-z]*[a-z][A-Z][\w-]*|[A-Z]{2,}[\w-]*)(?![\w-])"
    r"|\b(?:called|named|dubbed|termed|namely)\s+(?-i:[A-Z][\w-]*[A-Z0-9][\w-]*)"
    # "We present Topaz, a framework that ...", "by introducing NOVA, a world modelling framework"
    r"|\b(?:introduc(?:e|es|ing)|present(?:s|ing)?|propos(?:e|es|ing))\s+(?-i:[A-Z][\w-]+),\s+an?\s"
    r"|\b(?:we|this paper|this work)\s+(?:\w+\s+)?(?:" + "|".join(DEFAULT_INTRO_VERBS)
    + r")s?\b[^.]{0,80}?\((?-i:[A-Z][\w-]*[A-Z][\w-]*)\)", re.IGNORECASE)
_NAMED_KINDS = frozenset({Kind.MODEL.value, Kind.DATASET.value})
_GLUE = frozenset({"and", "also", "the", "our", "a", "an", "new", "first"})


def _named_in_apposition(name: str, text: str, end: int) -> bool:
    """A title-case compound ("Cycle-Sync", usually an adjective like "Vision-Language") that an
    apposition makes a name: "We introduce Cycle-Sync, a robust and global framework".

    >>> _named_in_apposition("Cycle-Sync", "We introduce Cycle-Sync, a framework", 23)
    True
    >>> _named_in_apposition("Vision-Language", "we present Vision-Language models", 26)
    False
    """
    parts = name.split("-")
    return (len(parts) > 1 and all(p[:1].isupper() and p[1:].isalpha() for p in parts)
            and text.startswith((", a ", ", an "), end))


# "a large-scale and diverse dataset named SARSense, comprising ...", "a benchmark called Foo": the data
# the noun names (the naming word is found with str.find, then the noun before it and the name after it,
# which has a capital or a digit: one pattern over the whole text scanned it at every word)
_DATA_NAMING_WORDS = (" named ", " called ", " dubbed ", " termed ", " coined ")
_DATA_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:dataset|benchmark|corpus|testbed)s?,?\Z")
_NAME_AFTER = re.compile(r"(?=[\w.+-]*[A-Z0-9])[A-Za-z][\w.+]*(?:-[\w.+]+)*")
# words before the noun that say the data is another's ("an existing dataset called X")
_OTHERS_DATA = re.compile(r"\b(?:existing|public(?:ly)?|standard|popular|widely|well-known|established"
                          r"|common)\b[^.;]{0,30}$", re.IGNORECASE)

# "MorphoMNIST, a toy dataset with ...", "TEPE-TCI-370h (Tracing ...), the first large-scale dataset": the
# name before the apposition (written to start with the literal ", ": the pattern engine finds it fast)
# (describing words only: "PRISM, a test that detects dataset-level ..." names no dataset)
_DATA_APPOSITION = re.compile(r", (?:a|an|the) (?:(?!(?:that|which|for|of|with|to|on|in|from|and|or)\b)"
                              r"[\w+-]+ ){0,4}?(?:dataset|benchmark|corpus|testbed)\b(?!-)")
# "a new benchmark, FineDialFact, for ...", "the multimodal procedural QA dataset, ProMQA-Assembly, shows":
# the name in apposition after a singular dataset noun, closed by punctuation (not a list: "Our dataset,
# PRM, and code"); each noun found with str.find, then the name after it with this pattern
_DATA_NOUNS_BEFORE_NAME = ("dataset, ", "benchmark, ", "corpus, ", "testbed, ")
_NAME_IN_APPOSITION = re.compile(r"(?=[\w.+-]*[A-Z0-9])[A-Za-z][\w.+]*(?:-[\w.+]+)*"
                                 r"(?=[,;:.](?: |$)(?!and |or )| \()")
_NAME_BEFORE = re.compile(r"(?<![\w.+-])(?P<name>[A-Za-z][\w.+]*(?:-[\w.+]+)*)(?: \([^()]{1,80}\))?\Z")
# a data noun after "each" ("For each dataset, SparseKD, LoRA and QLoRA are tuned"): no particular one, and
# the names after its comma are the clause's subject (a fronted phrase alone says nothing: "Using the
# resulting corpus, TikTok-SL-8, we assess")
_EACH_DATA = re.compile(r"\b(?:each|every|per)\s+\Z", re.IGNORECASE)
# describing words of an apposition that make the data the paper's own ("the first", "a new")
_OWN_DATA = frozenset({"first", "new", "novel", "our"})
# before "a dataset named X": words that make X the paper's own ("we construct a dataset named X"; not "we
# evaluate on a benchmark called X", "Smith et al. released a dataset named X")
_MADE_AFTER = re.compile(r"\b(?:is|are|was|were)\s+(?:newly\s+)?(?:constructed|introduced|proposed|built|"
                         r"collected|curated|created|released|presented|developed)\b", re.IGNORECASE)
_OWN_DATA_NAMED = re.compile(r"\b(?:we|our|this (?:paper|work|study))\b.*\b(?:first|new|novel|introduc\w*|"
                             r"propos\w*|present\w*|construct\w*|buil[dt]\w*|creat\w*|curat\w*|collect\w*|"
                             r"releas\w*|develop\w*|contribut\w*)", re.IGNORECASE)


def _data_names(text: str) -> list[tuple[int, re.Match[str]]]:
    """Where the dataset noun starts and the name after "<dataset noun> named/called/... Name", in
    text order.

    >>> [(start, m.group(0)) for start, m in _data_names("a diverse dataset named SARSense, comprising")]
    [(10, 'SARSense')]
    """
    found = []
    for word in _DATA_NAMING_WORDS:
        position = text.find(word)
        while position >= 0:
            noun = _DATA_NOUN_BEFORE.search(text, max(0, position - 12), position)
            name = _NAME_AFTER.match(text, position + len(word)) if noun is not None else None
            if noun is not None and name is not None:
                found.append((noun.start(), name))
            position = text.find(word, position + 1)
    return sorted(found, key=lambda item: item[1].start())


def _names_after_data_nouns(text: str) -> list[re.Match[str]]:
    """The names in apposition right after a singular dataset noun and a comma, in text order.

    >>> [m.group(0) for m in _names_after_data_nouns("a benchmark, FooBench, for x; our dataset, PRM, and x")]
    ['FooBench']
    >>> [m.group(0) for m in _names_after_data_nouns("For each dataset, FooNet, BarNet and x")]
    []
    """
    found = []
    for noun in _DATA_NOUNS_BEFORE_NAME:
        position = text.find(noun)
        while position >= 0:
            after = position + len(noun)
            if (position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "-_")) and \
                    _EACH_DATA.search(text, max(0, position - 10), position) is None:
                name = _NAME_IN_APPOSITION.match(text, after)
                if name is not None:
                    found.append(name)
            position = text.find(noun, after)
    return sorted(found, key=lambda m: m.start())


def _after_capitalised_word(text: str, position: int) -> bool:
    """Whether a capitalised word and one space stand right before ``position``.

    >>> _after_capitalised_word("Long-form RewardBench", 10), _after_capitalised_word("on TopoBench", 3)
    (True, False)
    """
    if position < 2 or text[position - 1] != " " or not text[position - 2].isalnum():
        return False
    return text[:position - 1].rsplit(" ", 1)[-1][:1].isupper()


class IntroNames(RuleComponent):
    """"We present / introduce / propose X": X is a name the paper introduces (a model or dataset
    the vocabulary knows too, when the verb is right before it: "we develop and release Llama 2")."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None,
                 intro_verbs: Iterable[str] = DEFAULT_INTRO_VERBS) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        self.pattern = intro_regex(intro_verbs)
        self.verbs = frozenset(v + e for v in intro_verbs for e in ("", "s", "d", "ed"))

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        rules = self.rules
        for field in doc_fields(doc):
            text = field_text(doc, field)
            for match in self.pattern.finditer(text):
                span = field_span(doc, field, match.start("name"), match.end("name"), "expand")
                if span is None:
                    continue
                if not writer.free(span.start, span.end):
                    before = {w.lower().strip(",") for w in match.group("before").split()}
                    if before <= self.verbs | _GLUE:  # "we develop and release Llama 2"
                        for linked in writer.spans():
                            if linked.start == span.start and linked.label_ in _NAMED_KINDS:
                                linked._.role = Role.INTRODUCES.value
                    continue
                name = span.text
                if not rules.strong_name(name.split("-")[0]) and not rules.strong_name(name) or (
                        not rules.name_word(name)
                        and not _named_in_apposition(name, text, match.end("name"))):
                    # skip "we propose Multi-Scale ...", "we present DNNs ..."; keep "we introduce X, a"
                    continue
                before = match.group("before").split()
                after = text[match.end("name"): match.end("name") + 80].split()
                kind = (rules.kind_from_words(before[::-1], None) or rules.kind_from_words(after, Kind.MODEL)
                        or Kind.MODEL)
                self.add_name(doc, writer, span.start, span.end, kind, 0.85, Role.INTRODUCES)
            self._data_named(doc, writer, field, text)
            self._data_apposition(doc, writer, field, text)
            self._data_apposition_after(doc, writer, field, text)

    def _data_apposition(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """A name no rule linked, with "a/the ... dataset/benchmark" in apposition after it: a dataset
        ("using MorphoMNIST, a toy dataset", "(1) TEPE-TCI-370h (Tracing Effective Preschool Education),
        the first large-scale dataset"); the paper's own when the apposition says first, new or novel."""
        rules = self.rules
        for match in _DATA_APPOSITION.finditer(text):
            before = _NAME_BEFORE.search(text, max(0, match.start() - 120), match.start())
            if before is None:
                continue
            name = before.group("name")
            if not (rules.strong_name(name) or rules.name_word(name)) or rules.generic_name(name) or not any(
                    c.isupper() for c in name):
                continue
            if _after_capitalised_word(text, before.start()):
                continue  # the last word of a longer name ("GEditBench v2", "Long-form RewardBench")
            span = field_span(doc, field, before.start("name"), before.end("name"))
            if span is None or not writer.free(span.start, span.end):
                continue
            own = not _OWN_DATA.isdisjoint(text[match.start():match.end()].lower().split())
            self.add_name(doc, writer, span.start, span.end, Kind.DATASET, 0.8,
                          Role.INTRODUCES if own else Role.MENTIONS)

    def _data_apposition_after(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """A name no rule linked, in apposition right after a singular dataset noun: a dataset ("we
        introduce a benchmark, FineDialFact, for ...", "on the multimodal procedural QA dataset,
        ProMQA-Assembly, shows"); the paper's own as in :meth:`_data_named`."""
        rules = self.rules
        for match in _names_after_data_nouns(text):
            name = match.group(0)
            if not (rules.name_word(name) or rules.strong_name(name)) or rules.generic_name(name) \
                    or model_shape(name):
                continue
            span = field_span(doc, field, match.start(), match.end())
            if span is None or not writer.free(span.start, span.end):
                continue
            sentence = text[max(0, match.start() - 80):match.start()].rsplit(". ", 1)[-1]
            own = (_OWN_DATA_NAMED.search(sentence) is not None and _OTHERS_DATA.search(sentence) is None) \
                or not _OWN_DATA.isdisjoint(sentence.lower().split()[-4:])
            self.add_name(doc, writer, span.start, span.end, Kind.DATASET, 0.85,
                          Role.INTRODUCES if own else Role.MENTIONS)

    def _data_named(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """"a dataset named SARSense", "a new benchmark called Foo": a dataset by name, the paper's
        own unless the words before say it is another's ("the public benchmark called Foo")."""
        rules = self.rules
        for noun_start, match in _data_names(text):
            name = match.group(0).rstrip(".")
            if not (rules.name_word(name) or rules.strong_name(name)) or rules.generic_name(name):
                continue
            span = field_span(doc, field, match.start(), match.start() + len(name))
            if span is None or not writer.free(span.start, span.end):
                continue
            sentence = text[max(0, noun_start - 80):noun_start].rsplit(". ", 1)[-1]
            rest = text[match.end():match.end() + 160].split(". ", 1)[0]  # "..., is constructed to ..."
            own = (_OWN_DATA_NAMED.search(sentence) is not None or _MADE_AFTER.search(rest) is not None) \
                and _OTHERS_DATA.search(sentence) is None
            role = Role.INTRODUCES if own else Role.MENTIONS  # the role tagger reads the sentence
            self.add_name(doc, writer, span.start, span.end, Kind.DATASET, 0.85, role)


# -- names found before -----------------------------------------------------------------------

class KnownNames(RuleComponent):
    """Every whole-word occurrence of a name in ``doc._.known`` that no span covers yet (in any
    case for a name of several words: "Early Hypothesis Pruning" ~ "early hypothesis pruning",
    which also replaces the shorter names inside it)."""

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        drop_doubled_title_methods(doc, writer)  # (the rules before this one have linked the abstract's)
        known = known_names(doc)
        if not known:
            return
        text = doc_text(doc)
        lower = text.lower()
        for surface, entity in list(known.items()):
            folded = " " in surface and len(lower) == len(text)
            haystack, surface = (lower, surface.lower()) if folded else (text, surface)
            position = haystack.find(surface)
            while position >= 0:
                end = position + len(surface)
                boundary = ((position == 0 or not text[position - 1].isalnum())
                            and (end == len(text) or not text[end].isalnum()))
                span = doc.char_span(position, end) if boundary else None
                if span is not None and not writer.free(span.start, span.end) and folded:
                    self.make_room(writer, span.start, span.end)
                if span is not None and writer.free(span.start, span.end):
                    writer.add(span.start, span.end, entity, confidence=entity.confidence)
                position = haystack.find(surface, end)

    @staticmethod
    def make_room(writer: SpanWriter, start: int, end: int) -> None:
        """A paper's own name of several words is more specific than shorter names inside it
        ("Early Hypothesis Pruning" over "Pruning"): those spans go, unless one reaches outside."""
        inside = {(sp.start, sp.end) for sp in writer.spans() if sp.start < end and start < sp.end}
        if inside and all(start <= a and b <= end and (a, b) != (start, end) for a, b in inside):
            writer.drop(lambda sp: (sp.start, sp.end) in inside)


# -- name shapes ------------------------------------------------------------------------------

# the hints' alternatives grouped by their first character: fewer tries at each candidate; and written
# first-character-first with look-behinds (as _NETWORK_HINT): a scan then skips to the characters that
# may start a hint, where an alternation with a class or a digit in front is tried at every character
# (2.5 and 1.4 times slower)
_DATASET_HINT = re.compile(r"[BbE-](?:(?<=[Bb])ench|(?<=B)ENCH|(?<=E)(?:val|VAL)|(?<=-)(?:QA|IR|NER|CC))"
                           r"(?![\w-])")
_DATASET_SHAPE = re.compile(
    r"[^\W\d_][\w.]*(?:-[\w.]+)*(?:-?[Bb]ench|-?BENCH|-?Eval|-?EVAL|-QA|-IR|-NER|-CC)")
_SHAPE_HINT = re.compile(r"[LGBTC\d](?:(?<=L)(?:M|lama|LaMA)|(?<=G)PT|(?<=B)(?:ERT|LIP)|(?<=T)5"
                         r"|(?<=C)(?:LIP|oder)|(?<=\d)[BMK])(?![\w-])")
_SHAPE_NAME = re.compile(
    r"(?:[A-Z][A-Za-z]{2,}(?:\d+(?:\.\d+)*)?(?:-[A-Za-z][A-Za-z0-9]*)*-?\d+(?:\.\d+)?[BMK]"
    r"|[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:LM|LLM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder))$"
)
_LM_SUFFIX = re.compile(r"(?:LM|LLM|GPT|BERT|Llama|LLaMA|T5|CLIP|BLIP|Coder)$")
# network names by their ending: a CamelCase stem before "Net", "GAN", "ViT", "Former" or "coder"
# ("CFNet", "CopulaGAN", "FasterViT", "SegFormer", "UniXcoder"); a capital-free stem before a
# lower-case ending is an English word ("Encoder", "Transformer", "Autoformer" the vocabulary knows)
# (written first-letter-first with look-behinds: a plain alternation scans 2.5 times slower)
_NETWORK_HINT = re.compile(r"[NGVFfCc](?:(?<=N)et|(?<=G)AN|(?<=V)iT|(?<=[Ff])ormer|(?<=[Cc])oder)(?![\w-])")
_NETWORK_NAME = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9]*-)*(?:[A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:Net|GAN|ViT|Former|Coder)"
    r"|[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z0-9][a-z0-9]*(?:former|coder)|[A-Z][A-Za-z0-9]*-(?:Net|GAN|ViT))")


def word_start(text: str, position: int) -> int:
    """Where the hyphenated word holding ``position`` starts (its first letter or digit)."""
    start = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
        start -= 1
    while start < position and not text[start].isalnum():
        start += 1
    return start


# the plural of a network's name: "mainstream ViTs and CNNs", "UNets"
_NETWORK_PLURAL = re.compile(r"[NGVFf](?:(?<=N)et|(?<=G)AN|(?<=V)iT|(?<=[Ff])ormer)s(?![\w-])")
_NETWORK_END = re.compile(r"(?:Net|GAN|ViT|[Ff]ormer)$")


class NameShapes(RuleComponent):
    """Names by their shape: ``X-Bench``/``X-QA`` datasets, ``Name-13B``/``NameLM`` models,
    network names (``CFNet``, ``CopulaGAN``, ``UniXcoder``: :func:`network_name`), and the
    plurals of the vocabulary's network models ("ViTs" is ViT)."""

    _networks: dict[str, Entity] | None = None

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            text = field_text(doc, field)
            self._field(doc, writer, field, text)
            self._plurals(doc, writer, field, text)
            if field.name == "abstract":
                self._title_case_methods(doc, writer, field, text)
                self._listed_parts(doc, writer, field, text)

    def _title_case_methods(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """A Title-Case phrase inside an abstract's sentence ending in a method head is a named method
        ("a Global-Local Logit Fusion mechanism", "integrates a Class-Aware Adaptive Thresholding
        ..."): an abstract writes its own and others' named methods so, and plain words in lower case."""
        if _CAPITALISED_HEAD.search(text) is None:
            return  # no run to act on: the gate is exact (see _CAPITALISED_HEAD)
        rules = self.rules
        for match in _TITLE_CASE_RUN.finditer(text):
            words = match.group(0).split()
            short = _SHORT_FORM_AFTER.match(text, match.end())
            if words[-1].lower() in _SHORT_FORMED_HEADS:
                if short is not None:
                    self._short_formed(doc, writer, field, text, match, short)
                    continue
                if _SENTENCE_END.search(text, max(0, match.start() - 2), match.start()) or not match.start():
                    self._sentence_first_part(doc, writer, field, text, match)
                    continue
            if not 2 <= len(words) <= 6 or words[-1].lower() not in _TITLE_CASE_HEADS:
                continue
            before = text[max(0, match.start() - 3):match.start()]
            if not _MID_SENTENCE.search(before):
                continue  # a sentence's first words are capitalised anyway; "X (Long Form)" is X's
            if _MEASURE_NEXT.match(text, match.end()):
                continue  # "a Class-Mean Alignment Perturbation score": a measure, named by its method
            if _LONGER_NAME.match(text, match.end()) or _APPOSITION.search(text, max(0, match.start() - 40),
                                                                            match.start()):
                # "Long Form (LF)", "Long Form and More Words", "CMAMRNet, a Long Form": not this run alone
                continue
            if _COMMA_NAME.search(text, max(0, match.start() - 60), match.start()):
                continue  # "we propose Two Birds, One Projection, an ...": the end of a longer name
            if _SETTINGS_LIST.search(text, max(0, match.start() - 80), match.start()):
                continue  # "Four scenarios-Basic, Obscured, Manual Augmentation, and ...": a setting's name
            if any(rules.generic_name(w) or w.lower() in FUNCTION_WORDS for w in words):
                continue
            opened = text.rfind("(", max(0, match.start() - 80), match.start())
            if opened >= 0 and ")" not in text[opened:match.start()]:
                continue  # inside a bracket: what a short form stands for ("GRPO-ATS (... Adaptive ...)")
            part = _PART_WORD.match(text, match.end())
            if part is not None and text.startswith(" (", part.end()):
                continue
            # "the Multimodal Attention module": the run and its part word
            span = field_span(doc, field, match.start(), match.end() if part is None else part.end())
            if span is None:
                continue
            inside = [sp for sp in writer.spans() if sp.start < span.end and span.start < sp.end]
            if inside and not all(span.start <= sp.start and sp.end <= span.end and (sp.start, sp.end) != (
                    span.start, span.end) and sp.label_ == Kind.TECHNIQUE.value for sp in inside):
                continue  # taken, or named already
            # "Class-Aware Adaptive Thresholding": more specific than the vocabulary's names inside it
            writer.drop(lambda sp: span.start <= sp.start and sp.end <= span.end)
            # a trained network is a model (ANNOTATION.md)
            kind = Kind.MODEL if words[-1].lower() == "network" else Kind.TECHNIQUE
            if part is None:
                self.add_name(doc, writer, span.start, span.end, kind, 0.6, Role.MENTIONS)
                continue
            # "a Class-Aware Adaptive Thresholding mechanism": labelled by the run alone (papers and
            # readers name such parts both ways), or the entity the run names already (in the title)
            run = match.group(0)
            entity = known_names(doc).get(run) or dataclasses.replace(
                discovered_entity(span.text, kind, 0.6), label=run)
            known_names(doc)[span.text] = entity
            writer.add(span.start, span.end, entity, confidence=0.6, role=Role.MENTIONS)

    def _listed_parts(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """The Title-Case items of a list a count of a method's parts opens, as many as the count says
        ("comprises three key steps: Epipolar Depth Nexus, Flow-Resilient Depth Blending, and Flow-Filtered
        Depth Pruning", "three core components: the Temporal Question Decomposer, the Recursive Solver, and
        the Answer Aggregator"): each names a part of the method, whatever its head."""
        colon, done = text.find(":"), 0
        while colon >= 0:  # (a list opens after a colon: the count is looked for only before one)
            match = _PARTS_COUNT.search(text, max(done, colon - 90), colon + 1)
            colon = text.find(":", colon + 1)
            if match is None:
                continue
            position, items = match.end(), []
            while position < len(text) and text[position].isspace():
                position += 1
            done = match.end()
            if position == match.end():
                continue
            while True:
                article = _ARTICLE.match(text, position)
                run = _TITLE_CASE_RUN.match(text, article.end() if article else position)
                if run is None:
                    break
                items.append(run)
                position = run.end()
                short = _SHORT_FORM_AFTER.match(text, position)
                position = short.end() if short else position
                gap = _ITEM_GAP.match(text, position)
                if gap is None:
                    break
                position = gap.end()
            if len(items) != _COUNTS[match.group(1).lower()] or (_LONGER_NAME.match(text, items[-1].end())
                                                                 and not _SHORT_FORM_AFTER.match(text,
                                                                                                 items[-1].end())):
                continue  # not the whole list ("three modules: A, B and C Fusion for ...")
            if match.group(0).lower().endswith("agents:") and any(
                    run.group(0).split()[-1].lower() in _JOB_TITLES for run in items):
                continue  # "three key AI agents: a Graph Ontologist, a Design Engineer, ...": roles of a team
            for run in items:
                words = run.group(0).split()
                if not 2 <= len(words) <= 6 or any(self.rules.generic_name(w) or w.lower() in FUNCTION_WORDS
                                                   for w in words):
                    continue
                span = field_span(doc, field, run.start(), run.end())
                if span is None or any(sp.start < span.end and span.start < sp.end and not (
                        span.start <= sp.start and sp.end <= span.end and sp.label_ == Kind.TECHNIQUE.value
                        and (sp.start, sp.end) != (span.start, span.end)) for sp in writer.spans()):
                    continue  # taken, or named already
                writer.drop(lambda sp, span=span: span.start <= sp.start and sp.end <= span.end)
                kind = Kind.MODEL if words[-1].lower() == "network" else Kind.TECHNIQUE
                self.add_name(doc, writer, span.start, span.end, kind, 0.6, Role.MENTIONS)

    def _sentence_first_part(self, doc: Doc, writer: SpanWriter, field: Field, text: str,
                             run: re.Match[str]) -> None:
        """A Title-Case part of a method that a sentence opens on and a lower-case word follows: a named part
        ("The Graph-guided Adaptive Refinement Module explicitly models ...", "Contrastive Uncertainty Loss
        refines this separation"): after "The" of two words or more, alone of three or more (a sentence's
        first word is capitalised anyway)."""
        if not _LOWER_NEXT.match(text, run.end()):
            return
        run_words = run.group(0).split()
        start = run.start()
        if run_words[0] == "The":
            run_words = run_words[1:]
            start += run.group(0).index(run_words[0], 3)
        elif len(run_words) < 3:
            return
        if len(run_words) < 2 or run_words[0] in _SENTENCE_OPENERS or any(
                self.rules.generic_name(w) or w.lower() in FUNCTION_WORDS for w in run_words):
            return
        span = field_span(doc, field, start, run.end())
        if span is None or any(sp.start < span.end and span.start < sp.end and not (
                span.start <= sp.start and sp.end < span.end and sp.label_ == Kind.TECHNIQUE.value)
                for sp in writer.spans()):
            return  # taken, or named already; not a vocabulary name inside it ("Contrastive ... Loss")
        writer.drop(lambda sp: span.start <= sp.start and sp.end <= span.end)
        self.add_name(doc, writer, span.start, span.end, Kind.TECHNIQUE, 0.6, Role.MENTIONS)

    def _short_formed(self, doc: Doc, writer: SpanWriter, field: Field, text: str, run: re.Match[str],
                      short: re.Match[str]) -> None:
        """A Title-Case part of a method and its short form, spelled by its initials, that no rule linked
        (the second of two pairs, a two-word one): one technique, with the short form's later mentions
        ("composed of the General Object Mining Module (GOMM) and Correlation Construction Module (CCM)",
        "a pretrained Patch Classifier (PC) and a pretrained Structure-Aware Encoder (SAE)"). A network
        or a unit is no part ("Radio Access Network (RAN)", "Hounsfield Unit (HU)")."""
        run_words = run.group(0).split()
        if self.rules.generic_name(short.group(1)):
            return
        first = _initials_start(run_words, short.group(1))
        if first is None:
            return
        start = run.start() + run.group(0).index(run_words[first]) if first else run.start()
        long_span = field_span(doc, field, start, run.end())
        short_span = field_span(doc, field, short.start(1), short.end(1))
        if long_span is None or short_span is None:
            return
        technique = Kind.TECHNIQUE.value
        for sp in writer.spans():
            if sp.start < long_span.end and long_span.start < sp.end and not (long_span.start <= sp.start
                                                                              and sp.end < long_span.end
                                                                              and sp.label_ == technique):
                return  # the long form is taken ("Temporal Convolutional Network"), not a name inside it
            if sp.start < short_span.end and short_span.start < sp.end and (
                    sp._.origin != Origin.DISCOVERED.value or sp.text != short.group(1)):
                return  # the vocabulary's, or a longer name's
        writer.drop(lambda sp: long_span.start <= sp.start and sp.end <= long_span.end
                    or sp.text == short.group(1) and sp._.origin == Origin.DISCOVERED.value)
        entity = discovered_entity(short.group(1), Kind.TECHNIQUE, 0.6, aliases=(long_span.text,))
        for target in (long_span, short_span):
            writer.add(target.start, target.end, entity, confidence=0.6, role=Role.MENTIONS)
        known_names(doc)[short.group(1)] = entity
        for later in re.finditer(r"(?<![\w-])" + re.escape(short.group(1)) + r"(?![\w-])", text):
            span = field_span(doc, field, later.start(), later.end())
            if span is not None and writer.free(span.start, span.end):
                writer.add(span.start, span.end, entity, confidence=0.6, role=Role.MENTIONS)

    def _plurals(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        """Link "ViTs" to the vocabulary's model ViT: the matcher makes plurals of all-caps
        acronyms only ("GANs"), and a network's name is written in the plural for its family."""
        for match in _NETWORK_PLURAL.finditer(text):
            start = word_start(text, match.start())
            entity = self.network_models().get(text[start:match.end() - 1])
            span = field_span(doc, field, start, match.end()) if entity is not None else None
            if span is not None and writer.free(span.start, span.end):
                writer.add(span.start, span.end, entity, confidence=entity.confidence)

    def network_models(self) -> dict[str, Entity]:
        """The vocabulary's models named like a network ("ViT", "EfficientNet"), by exact surface
        (made once per component: the vocabulary does not change)."""
        if self._networks is None:
            vocabulary = self.vocabulary()
            self._networks = {surface: entry.entity for entry in (vocabulary or ())
                              if entry.entity.kind is Kind.MODEL
                              for surface in entry.exact if _NETWORK_END.search(surface)}
        return self._networks

    def _field(self, doc: Doc, writer: SpanWriter, field: Field, text: str) -> None:
        for match in _DATASET_HINT.finditer(text):
            start = word_start(text, match.start())
            if not _DATASET_SHAPE.fullmatch(text, start, match.end()):
                continue
            span = field_span(doc, field, start, match.end())
            if span is not None:
                self.add_name(doc, writer, span.start, span.end, Kind.DATASET, 0.7, Role.MENTIONS)
        for match in _SHAPE_HINT.finditer(text):
            end = match.end()
            start = word_start(text, match.start())
            word = text[start:end]
            if start > 0 and text[start - 1] in "@/" or not _SHAPE_NAME.match(word):
                continue
            if not word[-1].isalpha() or word[-1] in "BMK" and word[-2].isdigit():
                pass  # a size name: "GEB-1.3B"
            elif len(word) <= len(_LM_SUFFIX.search(word).group(0)) + 1:
                continue
            parts = word.split("-")
            if self.rules.generic_name(word) or (word.isupper() and len(word) <= 5) or not any(
                    c.islower() for c in word) or len(parts) > 1 and (parts[0].islower() or any(
                    p.lower() in FUNCTION_WORDS for p in parts)):
                continue  # "real-LLM", "LLM-to-LLM": no name
            span = field_span(doc, field, start, end)
            if span is not None:
                self.add_name(doc, writer, span.start, span.end, Kind.MODEL, 0.6, Role.MENTIONS)
        for match in _NETWORK_HINT.finditer(text):
            start = word_start(text, match.start())
            if start > 0 and text[start - 1] in "@/" or not network_name(text[start:match.end()]):
                continue
            span = field_span(doc, field, start, match.end())
            if span is not None:
                self.add_name(doc, writer, span.start, span.end, Kind.MODEL, 0.6, Role.MENTIONS)


# a run of Title-Case words ("Class-Aware Adaptive Thresholding", "Cross-View Window-attention")
# (possessive: a run that goes on into a digit, "Fusion Module2", is no run, not one cut a word short)
_TITLE_CASE_RUN = re.compile(r"(?<![\w-])[A-Z][a-z]++(?:-[A-Za-z][a-z]++)*+"
                             r"(?:\s+[A-Z][a-z]++(?:-[A-Za-z][a-z]++)*+)++(?![\w-])")
# what comes before a word inside a sentence: a lower-case letter, a comma, a colon or a semicolon
_MID_SENTENCE = re.compile(r"[a-z,:;]\s+$")
# after a Title-Case run: its short form, or more of a longer name ("Dynamic Alignment and Scale Refinement")
_LONGER_NAME = re.compile(r"\s*\(|\s+(?:and|of|for|with|via|through|using|by|in|on|&)\s+[A-Z]")
# before it: a name it restates ("we propose CMAMRNet, a Contextual Mask-Aware Mural Restoration Network")
_APPOSITION = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*,\s+(?:a|an|the)\s+(?:\w+\s+)?$")
# before it, a made name's first part and a comma right after a verb of making ("we propose Two Birds, One
# Projection, an efficient ..."): the run ends that name
_COMMA_NAME = re.compile(r"\b(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?)\s+"
                         r"[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+$")
# before it, a list of settings it is an item of ("Four scenarios-Basic, Obscured, Manual Augmentation")
_SETTINGS_LIST = re.compile(r"\b(?:scenarios|settings|conditions|modes)\s*[-:\u2013\u2014]?\s*"
                            r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+(?:and\s+)?)+$")
# the heads of a person's job title, which agents are named after ("a Design Engineer", "a Graph Ontologist";
# not "Manager", "Prover", "Navigator": "a Knowledge Base Manager" is named for what it does)
_JOB_TITLES = frozenset({"engineer", "ontologist", "scientist", "analyst", "researcher", "developer",
                         "doctor", "physician", "nurse", "teacher", "lawyer"})
# a count of a method's parts before a colon and their list: "three key steps: ", "two core components: "
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_PARTS_COUNT = re.compile(r"(?<![\w-])(two|three|four|five|[2-5])\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"(?:components|modules|steps|stages|phases|agents|parts|innovations|mechanisms"
                          r"|strategies|designs|branches|blocks|submodules|sub-modules):", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:a|an|the)\s+")
# between two items of such a list: a comma, "and", or both
_ITEM_GAP = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a measure, a task or data after a Title-Case run: "a Class-Mean Alignment Perturbation score", "the Deep
# Blending datasets"
_MEASURE_NEXT = re.compile(r"\s+(?:score|metric|task|benchmark|dataset)s?\b")
# a short form of capitals after a Title-Case run: "Patch Classifier (PC)", "Multi-Object Decoder (MOD)"
_SHORT_FORM_AFTER = re.compile(r" \(([A-Z]{2,7})\)")
# where a sentence ends, before a Title-Case run that opens the next one
_SENTENCE_END = re.compile(r"[.!?\n]\s?$")
# the lower-case word after a part a sentence opens on (not one that goes on to a longer name): "The
# Single-Step Motion Encoder performs ...", "Uniform Evidence Loss to encourage ..."
_LOWER_NEXT = re.compile(r" (?!(?:of|for|and|or|with|via|in|on|from|by)\b)[a-z]")
# first words of a sentence that are no part of a name after them
_SENTENCE_OPENERS = frozenset({"This", "Our", "Each", "Every", "Such", "Its", "Their", "These", "Proposed",
                               "Existing", "Specifically", "Finally", "Then", "Moreover", "Additionally",
                               "Next", "First", "Second", "Third", "Furthermore", "Unlike"})
# the heads of a Title-Case run that with a short form name a part of a method (not "network", "unit":
# "Radio Access Network (RAN)", "Hounsfield Unit (HU)")
_SHORT_FORMED_HEADS = frozenset({
    "mechanism", "module", "block", "layer", "encoder", "decoder", "loss", "strategy", "scheme", "router",
    "adapter", "bank", "generator", "head", "tokenizer", "estimator", "extractor", "predictor", "controller",
    "classifier", "penalty", "regularizer", "regularization", "buffer", "gate", "discriminator", "selector"})
# the part word a module's name takes in lower case after it
_PART_WORD = re.compile(r"\s+(?:module|mechanism|block)\b(?!-)")
#: Last words of a Title-Case phrase that name a method or a part of one (not "System", "Model":
#: organisations and generic things are written so too).
_TITLE_CASE_HEADS = frozenset({
    "mechanism", "module", "attention", "block", "layer", "encoder", "decoder", "loss", "strategy",
    "algorithm", "scheme", "unit", "router", "fusion", "distillation", "regularization", "sampling",
    "alignment", "embedding", "adapter", "routing", "pooling", "matching", "masking", "modulation",
    "enhancement", "thresholding", "refinement", "decomposition", "aggregation", "propagation", "calibration",
    "learning", "optimization", "network", "bank",
    # ways of doing something ("Speculative Jacobi Decoding", "Dynamic Token Pruning") and parts named
    # by what they do ("an Attention Map Generator", "a Graph Attention Task Head")
    "pruning", "compression", "decoding", "guidance", "gating", "anchoring", "selection", "injection",
    "generator", "head", "tokenizer", "estimator", "extractor", "predictor", "controller",
    # more ways of doing something, which a task or a data set seldom ends in ("Importance-based Reweighting",
    # "Flow-Resilient Depth Blending", "Embedding Smoothing"; not "search", "verification": "Adaptive Search",
    # "Event Verification" are behaviours and tasks as often)
    "augmentation", "blending", "caching", "conditioning", "decoupling", "descent", "disentanglement",
    "dropout", "encoding", "filtering", "forcing", "interpolation", "merging", "normalization",
    "perturbation", "projection", "prompting", "quantization", "reweighting", "scheduling", "smoothing",
    "sparsification", "splatting", "tokenization", "tuning"})
#: A head of either list, capitalised, at a word's end: what every Title-Case run that
#: :meth:`NameShapes._title_case_methods` acts on ends in (its last word, lower-cased, is such a head; a head
#: is plain lower-case letters, so that word is the head capitalised, no hyphen in it). Looked for first, it
#: skips the scan for runs in the four abstracts of five that hold none (an exact gate: made from the two
#: lists, it grows with them).
_CAPITALISED_HEAD = re.compile("(?:" + "|".join(sorted((head.capitalize() for head in
                                                       _TITLE_CASE_HEADS | _SHORT_FORMED_HEADS),
                                                      key=len, reverse=True)) + r")(?![\w-])")


def _initials_start(run_words: list[str], short: str) -> int | None:
    """The index of the first word of the run's last two or more words whose initials (of each word, or
    of each capitalised part of a hyphenated one) spell ``short``, if any.

    >>> _initials_start(["Specifically", "Patch", "Classifier"], "PC")
    1
    >>> _initials_start(["Structure-Aware", "Encoder"], "SAE"), _initials_start(["Patch", "Encoder"], "SAE")
    (0, None)
    """
    for first in range(len(run_words) - 2, -1, -1):
        tail = run_words[first:]
        by_word = "".join(w[0] for w in tail)
        by_part = "".join(p[0] for w in tail for p in w.split("-") if p[:1].isupper())
        if short in (by_word, by_part):
            return first
    return None


def model_shape(word: str) -> bool:
    """A word shaped like a model's name: a network's name (:func:`network_name`), a sized name
    ("GEB-1.3B") or a language model's ("PixelLM", "MeshGPT", "SomBERT").

    >>> [model_shape(w) for w in ("PixelLM", "MeshGPT", "CFNet", "FastV", "LLM")]
    [True, True, True, False, False]
    """
    return network_name(word) or _SHAPE_NAME.match(word) is not None and len(word) > 4


def network_name(word: str) -> bool:
    """A network's name by its ending: a stem with a capital or a digit of its own before "Net",
    "GAN", "ViT" or "Former", or a CamelCase stem before "former"/"coder" (papers name their
    networks so, and mention others' networks so: "traditional models such as CFNet, SegStereo,
    and iResNet", "CTGAN and its variations such as CopulaGAN").

    >>> [network_name(w) for w in ("CFNet", "CopulaGAN", "UniXcoder", "HOGformer", "ACT-Net", "SegFormer")]
    [True, True, True, True, True, True]
    >>> [network_name(w)
    ...  for w in ("Encoder", "Transformer", "Autoformer", "Multi-encoder", "CNN-Transformer", "Net")]
    [False, False, False, False, False, False]
    """
    return bool(_NETWORK_NAME.fullmatch(word)) and not word.endswith(("Transformer", "Encoder", "Decoder"))
