"""Known techniques with a naming modifier: the ``paperkg_modifiers`` component (:class:`ModifiedNames`).

"continuous normalizing flows", "low-rank tensor decomposition", "vertical federated learning",
"multi-task RL": a vocabulary technique with a word before it that makes a more specific,
established method is that method, not the shorter name. The longer name is linked when

- it is a vocabulary name itself, with the modifier before one of the technique's names
  ("multi-task RL": "multi-task reinforcement learning"; the vocabulary matcher finds the long
  form as written, not with the short one inside), or
- it is on the shipped, hand-reviewed list of such names (``vocab/modified_techniques.tsv``, mined
  from the corpus by ``scripts/vocab/mine_modifiers.py``): a name of its own, in the family of the
  shorter one (``broader``).

A describing adjective ("efficient fine-tuning", "our proposed attention") or a function word is
never a modifier: the list holds names only, and ``generic_adjectives`` and ``function_words`` are
never read as one. Nor is the name extended where the paper also writes the technique alone (there
the modifier describes the technique the paper talks about: "heterogeneous federated learning"
beside "existing federated learning approaches"), or where the longer phrase, or its short form in
brackets, is a vocabulary model or dataset ("Temporal Convolutional Networks (TCNs)").

A few family words are productive (``productive_heads``: "distillation"): written alone, the word
is its broad technique (knowledge distillation), but after words that say what is distilled or how
("quality-filtered trajectory distillation", "iterative distillation-based fine-tuning") it names a
method of its own, which the annotators mark as that, not as the broad technique. There the name is
extended over the modifier words before the head (up to ``_PRODUCTIVE_WORDS``), in the head's case,
with the safeguards above and stricter ones: no verb, adverb or plural shape ("investigates
distillation"), no word that says how it is done in general ("standard", "two-stage":
``describing_words``), no word after one of degree or a subject ("a highly adaptable distillation
framework"), and no name a span holds ("CoT distillation"), except a vocabulary technique whose last
word makes another with the head ("multi-head attention distillation": attention distillation, which
the vocabulary matcher could not take). A capitalised head ("Iterative Distillation" in a title) is
extended only as far as the paper also writes the name in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.discover import RuleComponent, vocab_component
from paperkg.ingest.extract.names import discovered_entity
from paperkg.ingest.extract.spans import SPANS_KEY, SpanWriter, doc_text, fold, known_names, span_value
from paperkg.ingest.extract.vocabulary import VOCAB_DIR
from paperkg.ingest.records import Entity, Kind, Origin

__all__ = ["DEFAULT_DESCRIBING_WORDS", "DEFAULT_FUNCTION_WORDS", "DEFAULT_MODIFIED_NAMES",
           "DEFAULT_PRODUCTIVE_HEADS", "ModifiedNames", "modified_names", "word_before"]

#: The shipped list: label, the technique it specialises (id), the modifier (lower case), papers.
DEFAULT_MODIFIED_NAMES = VOCAB_DIR / "modified_techniques.tsv"
#: Words that are never a modifier: "a Proximal Policy Optimization" is no "A-PPO", "using RL" no kind of RL.
DEFAULT_FUNCTION_WORDS = (
    "a", "an", "the", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your",
    "we", "they", "it", "of", "in", "on", "for", "to", "with", "by", "from", "at", "as", "via", "into",
    "onto", "over", "under", "than", "then", "and", "or", "nor", "but", "not", "no", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "do", "does", "did", "can", "could", "may", "might", "will",
    "would", "should", "must", "such", "each", "every", "all", "any", "both", "either", "other", "another",
    "using", "use", "uses", "used", "which", "whose", "while", "whereas", "also", "only", "just", "through",
    "during", "without", "within", "across", "between", "like", "unlike", "versus", "vs", "after", "before",
    "against", "toward", "towards",
)
#: Family words whose compounds the annotators mark as methods of their own: the open dev gold marks 9
#: compounds of "distillation" outside the vocabulary so ("flow distillation", "iterative distillation"), 3
#: as surfaces of knowledge distillation ("gradient-guided distillation"), which the compound still matches.
#: (Pruning, quantization and watermarking were tried too: about 60% of their compounds on corpus
#: abstracts are descriptions, "suboptimal pruning", "8-bit quantization".)
DEFAULT_PRODUCTIVE_HEADS = ("distillation",)
#: Words before a productive head that say how it is done in general, not which method it is (beside
#: the generic adjectives): "existing distillation methods", "a single-stage distillation process".
DEFAULT_DESCRIBING_WORDS = (
    "existing", "previous", "prior", "standard", "conventional", "traditional", "typical", "vanilla", "naive",
    "classic", "classical", "common", "popular", "recent", "current", "further", "direct", "expensive",
    "costly", "cheap", "successful", "full", "complete", "lossless", "explicit", "implicit", "extreme",
    "optional", "necessary", "heavy", "weak", "scale", "latest", "positive", "negative", "fine-grained",
    "coarse-grained", "post-hoc", "post-training", "teacher-guided", "teacher-driven", "one", "four", "five",
    "six", "seven", "eight", "nine", "ten", "many", "some", "few",
    # verbs with the head as their object: "a phenomenon we call temperature distillation"
    "call", "term", "name", "dub", "coin", "apply", "perform", "enable", "improve", "guide", "leverage",
    "employ", "adopt", "introduce", "propose", "present", "combine", "require", "study", "explore",
    "conduct", "achieve", "avoid", "support", "integrate", "incorporate", "extend", "facilitate", "enhance",
    "boost", "accelerate", "stabilize", "allow", "make", "let", "help", "need", "skip", "replace",
)
# hyphenated words ending so say how much or what on, not which method: "few-step", "two-stage",
# "teacher-based", "calibration-only"
_DESCRIBING_ENDS = ("-step", "-steps", "-stage", "-based", "-scale", "-shot", "-only", "-free", "-style",
                    "-like")
_PRODUCTIVE_WORDS = 3  # the most words a productive name is extended over ("one-step flow distillation")
# words after which the next is no modifier of the head: of degree, before an adjective that describes
# ("highly adaptable distillation"), and subjects and modals, before a verb that takes the head as its
# object ("models demand watermarking", "we develop quantization")
_NOT_BEFORE = frozenset({"more", "most", "less", "least", "very", "highly", "fully", "yet", "so", "too",
                         "quite", "rather", "increasingly", "we", "they", "i", "you", "can", "cannot",
                         "could", "will", "would", "shall", "should", "may", "might", "must"})
# a short form in brackets after a name: " (CNFs)", " (M-RAG)"
_SHORT_FORM = re.compile(r" \(([A-Za-z][\w-]*[\w])\)")
# a modifier as written: a word of letters and digits, hyphenated parts allowed ("low-rank", "0-1")
_MODIFIER = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?")


@lru_cache(maxsize=4)
def modified_names(path: str | Path = DEFAULT_MODIFIED_NAMES) -> dict[tuple[str, str], str]:
    """(modifier in lower case, technique id) -> the longer name's label, read from ``path``.

    >>> modified_names()[("continuous", "technique/normalizing-flows")]
    'continuous normalizing flow'
    """
    names = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, broader, modifier, _ = line.split("\t")
            names[(modifier, broader)] = label
    return names


def word_before(text: str, end: int) -> str | None:
    """The word right before one space that ends at ``end`` in a ``Doc``'s ``text``: what the
    tokens before a token starting at ``end`` give when the one before has a single space after it,
    joined while no whitespace is between them; None when there is no such space.

    Read off the text, as spaCy splits it: a token is all whitespace or has none, and a single
    space after a word's last token is that token's whitespace (a longer run is a space token).

    >>> word_before("a low-rank adapter", 11), word_before("a  b", 3), word_before("x\u00a0y z", 4)
    ('low-rank', None, 'y')
    """
    at = end - 1  # the space
    if at < 1 or text[at] != " " or text[at - 1].isspace():
        return None  # no space before, or a space token
    word = text[text.rfind(" ", 0, at) + 1:at]
    # (whitespace characters are not printable: a printable word holds none)
    return word if word.isprintable() else word.split()[-1]


def _adverb(word: str) -> bool:
    """Whether ``word`` has an adverb's shape ("semantically"; not "early", "only").

    >>> _adverb("semantically"), _adverb("early")
    (True, False)
    """
    return len(word) > 5 and word.lower().endswith("ly")


def _initials_fit(short: str, phrase: str) -> bool:
    """Whether the capitals of ``short`` are the initials of ``phrase``'s words (hyphenated parts
    count as words): "CNFs" of "continuous normalizing flows", not "R-TPT" of "test-time prompt
    tuning" (the short form of a longer name that ends with it).

    >>> _initials_fit("M-RAG", "Multimodal retrieval augmented generation")
    True
    >>> _initials_fit("R-TPT", "test-time prompt tuning")
    False
    """
    initials = "".join(word[0] for word in re.split(r"[\s-]+", phrase) if word).upper()
    return "".join(c for c in short if c.isupper()) == initials


class ModifiedNames(RuleComponent):
    """Extend a vocabulary technique leftwards over a modifier that makes a named method of it."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None,
                 kind_words: Mapping[str, Sequence[str]] | None = None,
                 generic_adjectives: Iterable[str] = (),
                 function_words: Iterable[str] = DEFAULT_FUNCTION_WORDS,
                 names_path: str | None = None,
                 productive_heads: Iterable[str] = DEFAULT_PRODUCTIVE_HEADS,
                 describing_words: Iterable[str] = DEFAULT_DESCRIBING_WORDS) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        #: words before a technique that never make a longer name of it
        self.not_modifiers = frozenset(word.lower() for word in (*generic_adjectives, *function_words))
        self.names = modified_names(names_path or DEFAULT_MODIFIED_NAMES)
        #: family words whose compounds are methods of their own, in lower case
        self.productive = frozenset(word.lower() for word in productive_heads)
        #: words never part of a productive head's name
        self.describing = self.not_modifiers | {word.lower() for word in describing_words}

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        found = [(span, self._longer(doc, writer, span)) for span in writer.spans()
                 if span.label_ == Kind.TECHNIQUE.value and span_value(span, "extractor") == "paperkg_vocab"]
        # a paper that also writes the technique alone uses the modifier as a description of it
        # ("heterogeneous federated learning" beside "existing federated learning approaches"); for a
        # listed or known name, a productive one counts as the technique alone ("mask distillation"
        # beside "Decoupled Distillation"), for a productive one, the head inside a name in title case does
        # not ("BitNet Distillation", which a later component links whole)
        named = [(span, None if longer is None or longer[2] else longer) for span, longer in found]
        bare = self._alone(doc, named)
        bare_productive = self._alone(doc, [(span, longer) for span, longer in found
                                            if longer is not None or not self._in_title_case_name(doc, span)])
        extended: set[int] = set()  # the tokens of the longer names linked (one over two spans: once)
        for span, longer in found:
            if longer is None or span.id_ in (bare_productive if longer[2] else bare) \
                    or not extended.isdisjoint(range(longer[0], span.end)):
                continue
            extended.update(range(longer[0], span.end))
            self._extend(doc, writer, span, longer[0], longer[1])

    @staticmethod
    def _alone(doc: Doc, found: Sequence[tuple[Span, tuple[int, Entity, bool] | None]]) -> set[str]:
        """The techniques of ``found`` (spans and their longer names) written with no longer name
        (its short form in brackets right after the longer name is no mention of it alone: "(SVM)")."""
        ends = {span.end for span, longer in found if longer is not None}
        return {span.id_ for span, longer in found
                if longer is None and not (span.start - 1 in ends and doc[span.start - 1].text == "(")}

    def _longer(self, doc: Doc, writer: SpanWriter, span: Span) -> tuple[int, Entity, bool] | None:
        """Where the longer name of the technique ``span`` starts and its entity, if the word
        before makes one (or the words before a productive head), and whether it is productive."""
        text, start = doc_text(doc), self._modifier_start(doc, writer, span)
        entity = None
        if start is not None:  # (the text's slices: no Span made for them)
            modifier = text[doc[start].idx:span.start_char - 1]
            entity = self._known(modifier, span) or self._listed(modifier, span)
        productive = entity is None and span.text.lower() in self.productive
        if productive:
            start, entity = self._productive(doc, writer, span) or (start, None)
        if start is None or entity is None:
            return None
        begin = doc[start].idx
        short = self._short_form(doc, span)
        if self._other_kind(text[begin:span.end_char]) or short and self._other_kind(short, cued=False):
            return None  # "Temporal Convolutional Networks (TCNs)": the vocabulary's model TCN
        return start, entity, productive

    def _productive(self, doc: Doc, writer: SpanWriter, span: Span) -> tuple[int, Entity] | None:
        """Where the name a productive head ``span`` ends makes with the modifier words before it
        starts, and its entity (in the family of ``span``'s technique)."""
        text, head = doc_text(doc), span.text
        capitalised = head[:1].isupper()
        if not (head.islower() or capitalised and head[1:].islower()):
            return None
        starts: list[int] = []  # the token each modifier word starts at, rightmost first
        end, start, broader = span.start_char, span.start, span.id_
        while len(starts) < _PRODUCTIVE_WORDS:
            word = word_before(text, end)
            if word is None or not self._productive_modifier(word, capitalised=capitalised):
                break
            begin = end - len(word) - 1
            while start > 0 and doc[start - 1].idx >= begin:  # the word's first token
                start -= 1
            if not writer.free(start, span.start):  # "CoT distillation": a name of its own before the head
                before = None if starts else self._technique_before(doc, writer, span)
                if before is not None:  # "multi-head attention distillation": one name over both
                    other, broader = before
                    starts.append(other.start)
                    end = other.start_char
                break
            starts.append(start)
            end = begin
        stopper = word_before(text, end) if starts else None
        if stopper is not None and (stopper.lower() in _NOT_BEFORE or _adverb(stopper)):
            starts.pop()  # "a highly adaptable distillation framework": a description, no name
        if capitalised:  # a title's "Iterative Distillation": as far as the paper writes it in lower case too
            while starts and text[doc[starts[-1]].idx:span.end_char].lower() not in text:
                starts.pop()
        if not starts:
            return None
        start = starts[-1]
        label = text[doc[start].idx:span.end_char].lower()
        return start, discovered_entity(label, Kind.TECHNIQUE, 0.9, broader=broader)

    def _in_title_case_name(self, doc: Doc, span: Span) -> bool:
        """Whether ``span`` is a capitalised productive head after a capitalised word that is no
        function word: the end of a name in title case ("BitNet Distillation")."""
        if span.text.lower() not in self.productive or not span.text[:1].isupper():
            return False
        word = word_before(doc_text(doc), span.start_char)
        return word is not None and word[:1].isupper() and word.lower() not in self.not_modifiers

    def _technique_before(self, doc: Doc, writer: SpanWriter, span: Span) -> tuple[Span, str] | None:
        """The vocabulary technique right before ``span`` whose last word makes another vocabulary
        technique with it, and that technique's id: "multi-head attention" before "distillation"
        (attention distillation), where the vocabulary matcher took the longer name on the left."""
        matcher = vocab_component(self.nlp)
        if matcher is None:
            return None
        for other in writer.spans():
            if other.end == span.start and other.end_char + 1 == span.start_char \
                    and other.label_ == Kind.TECHNIQUE.value \
                    and span_value(other, "extractor") == "paperkg_vocab":
                eid = matcher.fold_index.get(fold(f"{other[-1].text} {span.text}"))
                if eid is not None and eid != span.id_ and eid not in matcher.cue_ids \
                        and matcher.vocabulary.entity(eid).kind is Kind.TECHNIQUE:
                    return other, eid
        return None

    def _productive_modifier(self, word: str, *, capitalised: bool) -> bool:
        """Whether ``word`` can be part of a productive head's name: a modifier's shape, in the head's
        case, no describing or function word, and no verb, adverb or plural ("investigates", "-ly",
        "-ing", "-ed": "trained distillation"; hyphenated ones do: "quality-filtered")."""
        lower = word.lower()
        if not _MODIFIER.fullmatch(word) or lower in self.describing or not any(c.isalpha() for c in word):
            return False
        if capitalised != word[:1].isupper() or not capitalised and word != lower:
            return False
        if "-" in lower:
            return not lower.endswith(_DESCRIBING_ENDS)
        return not (_adverb(lower) or lower.endswith(("ing", "ed")) and not lower.endswith("eed")
                    or lower.endswith("s") and not lower.endswith(("ss", "us", "is")))

    def _extend(self, doc: Doc, writer: SpanWriter, span: Span, start: int, entity: Entity) -> None:
        """Link ``doc[start:span.end]`` to ``entity`` instead of ``span``; its short form in brackets
        is that entity too."""
        # (the span and, for a productive head, the technique before it the name goes over)
        writer.drop(lambda sp: sp.start == span.start and sp.end == span.end
                    or start <= sp.start and sp.end <= span.start)
        origin = Origin.DISCOVERED if entity.origin is Origin.DISCOVERED else Origin.VOCABULARY
        writer.add(start, span.end, entity, confidence=0.9, origin=origin)
        short = self._short_form(doc, span)
        if short and _initials_fit(short, doc[start:span.end].text) and not self._in_vocabulary(short):
            known_names(doc).setdefault(short, entity)  # "(M-RAG)": its other mentions are this name too

    def _modifier_start(self, doc: Doc, writer: SpanWriter, span: Span) -> int | None:
        """Where the word right before ``span`` starts (its tokens joined without space: "low-rank",
        "0-1"), when one space lies between, it has a modifier's shape, is no generic adjective or
        function word and no span holds it."""
        word = word_before(doc_text(doc), span.start_char)  # no token made for most: "the", "of"
        if word is None or not _MODIFIER.fullmatch(word) or word.lower() in self.not_modifiers:
            return None
        begin, start = span.start_char - 1 - len(word), span.start - 1
        while doc[start].idx > begin:  # the word's first token
            start -= 1
        return start if writer.free(start, span.start) else None

    def _other_kind(self, phrase: str, *, cued: bool = True) -> bool:
        """Whether ``phrase`` (or its singular) is a vocabulary name (in any case, or as written) of
        another kind than a technique; with ``cued`` False, not one the vocabulary links only beside
        a cue word: a short form in brackets after the longer name is that name's, whatever a
        dataset spelt the same is called ("Policy mirror descent (PMD)": the cue-only dataset PMD)."""
        matcher = vocab_component(self.nlp)
        if matcher is None:
            return False
        vocabulary, index = matcher.vocabulary, matcher.fold_index
        for form in dict.fromkeys((phrase, phrase[:-1] if phrase.endswith("s") else phrase)):
            for key in (fold(form), "=" + form):
                eid = index.get(key)
                if eid is not None and vocabulary.entity(eid).kind is not Kind.TECHNIQUE \
                        and (cued or eid not in matcher.cue_ids):
                    return True
        return False

    @staticmethod
    def _short_form(doc: Doc, span: Span) -> str | None:
        """The short form written in brackets right after ``span`` ("continuous normalizing flows
        (CNFs)"), if any."""
        match = _SHORT_FORM.match(doc_text(doc), span.end_char)
        return match.group(1) if match else None

    def _in_vocabulary(self, name: str) -> bool:
        """Whether ``name`` is a vocabulary name (in any case, or as written)."""
        matcher = vocab_component(self.nlp)
        index = matcher.fold_index if matcher is not None else {}
        return fold(name) in index or "=" + name in index

    def _known(self, modifier: str, span: Span) -> Entity | None:
        """The vocabulary technique named by ``modifier`` before one of ``span``'s entity's names."""
        matcher = vocab_component(self.nlp)
        if matcher is None or span.id_ not in matcher.vocabulary:
            return None
        vocabulary = matcher.vocabulary
        entity = vocabulary.entity(span.id_)
        for name in dict.fromkeys((span.text, entity.label, *entity.aliases)):
            eid = matcher.fold_index.get(fold(f"{modifier} {name}"))
            if eid is not None and eid != span.id_ and eid not in matcher.cue_ids \
                    and vocabulary.entity(eid).kind is Kind.TECHNIQUE:
                return vocabulary.entity(eid)
        return None

    def _listed(self, modifier: str, span: Span) -> Entity | None:
        """The longer name the shipped list holds for ``modifier`` before ``span``'s technique: the
        vocabulary's entity when it has that name ("deep reinforcement learning" is its
        reinforcement learning: no longer name then), else one of its own in the technique's family."""
        label = self.names.get((modifier.lower(), span.id_))
        if label is None:
            return None
        matcher = vocab_component(self.nlp)
        eid = matcher.fold_index.get(fold(label)) if matcher is not None else None
        if matcher is not None and eid is not None:
            entity = matcher.vocabulary.entity(eid)
            return entity if entity.kind is Kind.TECHNIQUE and eid != span.id_ else None
        return discovered_entity(label, Kind.TECHNIQUE, 0.9, broader=span.id_)
