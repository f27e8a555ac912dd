"""What a paper does with each name: the ``paperkg_roles`` component (:class:`RoleTagger`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.spans import (
    SPAN_DEFAULTS,
    SPANS_KEY,
    doc_fields,
    doc_sentence_bounds,
    doc_sentences,
    doc_text,
    group_spans,
    sentence_at,
    sentence_bounds,
    span_value_key,
)
from paperkg.ingest.records import Kind, Origin, Role

__all__ = [
    "DEFAULT_AVOID_WORDS", "DEFAULT_COMPARE_WORDS", "DEFAULT_EVAL_WORDS", "DEFAULT_USE_WORDS", "RoleTagger",
    "is_survey",
]

#: Words before a name that make it something the paper compares with.
DEFAULT_COMPARE_WORDS = (
    "outperform", "outperforms", "outperforming", "outperformed", "surpass", "surpasses", "surpassing",
    "beats", "beat", "than", "versus", "vs", "vs.", "compared", "baseline", "baselines", "rivals", "matches",
    "exceeds", "over", "exceed", "exceeding", "exceeded", "par", "replacement", "replaces", "replacing",
    "unlike",
)
#: Words before a name that the paper does without: it only mentions the name ("without quantization").
DEFAULT_AVOID_WORDS = ("without", "instead of", "avoid", "avoids", "avoiding", "eliminating", "eliminates")
#: Words before a name that make it something the paper uses.
DEFAULT_USE_WORDS = (
    "using", "use", "uses", "used", "based", "built", "leverage", "leverages", "leveraging", "employ",
    "employs", "employing", "adopt", "adopts", "apply", "applies", "applying", "fine-tune", "fine-tuned",
    "finetune", "finetuned", "train", "trained", "via", "with", "utilize", "utilizes", "utilizing",
    "initialized", "from",
)
#: Words just before a dataset that make it one the paper evaluates on.
DEFAULT_EVAL_WORDS = ("on", "across", "benchmark", "benchmarks", "evaluate", "evaluated", "evaluation",
                      "including", "such", "datasets")

# use words that may only describe a compared name ("outperforms ... including fine-tuned LLaMA-3-8B",
# "surpasses APIs from providers such as Doubao"): they give way to a comparison cue further back
_WEAK_USE = frozenset(("from", "fine-tuned", "finetuned", "trained", "initialized"))
# words that make the use word after them a comparison ("competitive with X", "on par with X", "compared
# with X"); not every comparison word does ("outperforms baselines using the Llama3.2 model")
_COMPARING = frozenset(("comparable", "competitive", "par", "compared"))
_WORD = re.compile(r"[\w.-]+")
_NEXT_DATASET_WORD = re.compile(r"\s+(?:benchmark|dataset|test set)s?\b", re.IGNORECASE)
# a sentence about the paper's own work ("we", "our", "this paper"): what it names, the paper uses
_OWN_WORK = re.compile(r"\b(?:we|our|us|this (?:paper|work|study|article)|the proposed)\b", re.IGNORECASE)
_EXPERIMENT = re.compile(r"\b(?:experiment\w*|evaluat\w+|results?|achiev\w+|outperform\w*|accuracy"
                         r"|performance|benchmark\w*|test\w*|validat\w+|demonstrat\w+)\b", re.IGNORECASE)
# a name the text builds on: "an EfficientNet-based classifier", "DCT-based", "CLIP-guided"
_BUILT_ON = re.compile(r"-(?:based|driven|guided|powered|style|enhanced|assisted|augmented)\b", re.IGNORECASE)
# a sentence about earlier work, whatever else it says
_BACKGROUND = re.compile(r"(?:however|although|while|recent\w*|existing|traditional|prior|previous|"
                         r"current\w*|despite|conventional|many|most|some)\b", re.IGNORECASE)
# a comparison verb earlier in the clause reaches over a list ("outperforms ... approaches, i.e., X and Y")
_COMPARED_EARLIER = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|compared|versus|vs\.?|"
                               r"baselines?|rival\w*|comparable|competitive)\b[^;:]*"
                               r"\b(?:including|such as|i\.e\.|e\.g\.|like|namely)"
                               r"[^;:]*$", re.IGNORECASE)
# after a name: the text says the paper uses it ("Monte Carlo Dropout is used to quantify ...")
_USED_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:used|employed|adopted|applied|leveraged|utilized|"
                         r"integrated|incorporated)\b", re.IGNORECASE)
# earlier in the sentence, the paper presents its own work: a name it discovered there is part of it
# ("we propose a novel KG integration method consisting of label matching and triple matching")
# (not "we build on X", not "we do not propose"); the paper may speak of itself in the third person
# ("the paper introduces two optimizers, named IAGD as well as NRSGD")
# ("we address this gap by introducing ViMix-14M", "this paper tackles ... by proposing NorMuon": there the
# name is what it introduces, before any comma, not "by introducing ERDM, the first framework ... of EDM")
_OWN_INTRO = re.compile(r"\b(?:we|(?:this|the|our) (?:paper|work|study|article|letter|thesis))\s+"
                        r"(?:(?:(?!not\b|never\b|does\b|by\b|of\b)\w+\s+){0,2}?(?:(?:propose|introduce|present|"
                        r"design|develop|devise|construct|formulate)s?|builds?(?!\s+(?:on|upon)\b))"
                        r"|(?:(?!not\b|never\b)[\w-]+\s+){1,6}?(?P<by>by)\s+(?:introduc|propos|present|develop|design|"
                        r"devis|construct)ing)\b", re.IGNORECASE)
# right before a name, a verb coordinated with the paper's earlier one introduces it (575 corpus abstracts
# write "we <verb> ... and introduce/propose/present <Name>")
_AND_INTRO = re.compile(r"\band\s+(?:introduce|propose|present)s?\s+(?:(?:a|an|the|our|new|novel)\s+)*$",
                        re.IGNORECASE)
# between "by introducing" and a name: a relative clause or a preposition ("by introducing multimodal AI
# agents that emulate interactions between LCA experts", "by developing a ... method grounded in the
# Deterministic Information Bottleneck"): the name is not what is introduced
_BY_GAP = re.compile(r"(?<![\w-])(?:that|which|who|in|on|with|between|from|to|for|grounded|based)(?![\w-])",
                     re.IGNORECASE)
# between the paper's "we present" and a name: what it presents is a study of other work, its entry to a
# shared task or challenge, it builds on the name, or compares with it ("This work presents a comparative
# evaluation between ... approaches (MVSNet, ...)", "This paper presents our system for SemEval-2025 Task
# 8: DataBench", "... developed as part of the BraTS 2025 challenge", "extend the conventional Anything2vec
# approach", "FooNet ... outperforms the Dual Fusion Network")
_NOT_OWN_PART = re.compile(r"\b(?:off-the-shelf|existing|conventional|compar(?:e|es|ing|ison|ative)|"
                           r"evaluating|(?:system|solution|submission|participation|entry)\s+(?:for|to|in)|"
                           r"part\s+of|outperform\w*|surpass\w*|than|unlike|versus|"
                           r"(?:study|analysis|evaluation|survey|review)\b(?!\s+(?:benchmark|metric|protocol|"
                           r"framework|dataset|suite|tool|pipeline|model|method|module|system|"
                           r"approach)s?\b))", re.IGNORECASE)
# examples of other work between "we present" and a name ("a dataset ... from five LLMs (GPT-4-Turbo, ...,
# GigaChat-Lite)"), unless they list the parts of what is presented ("several components, including ...")
_EXAMPLES = re.compile(r"\b(?:including|such as|(?<!-)like)\b|\be\.g\.", re.IGNORECASE)
_PART_NOUNS = re.compile(r"\b(?:components?|modules?|strategies|techniques|mechanisms|parts|stages)\b",
                         re.IGNORECASE)
# a name the paper introduces as a sentence's subject, then a verb that lists its parts
# ("CAP-LLM features a User Preference Encoder ..., a Context Injection Adapter ...")
_COMPOSED_OF = re.compile(r"\s+(?:(?:also|further|additionally)\s+)?(?:features|comprises|consists\s+of|"
                          r"incorporates|integrates|contains|includes|is\s+(?:composed|made\s+up)\s+of)\b",
                          re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"\s*(?:(?:The|Our|Specifically|In\s+particular|Moreover),?\s+)?[^\s,;:]*"
                             r"(?:\s+[^\s,;:]+){0,5}")
# a part that uses the name: "three stages: ..., candidate retrieval via SapBERT"
_PART_USES = re.compile(r"\b(?:via|using|through|with|by|based on|leveraging)\b", re.IGNORECASE)
# the parts a whole is made of, listed after the whole ("X consists of three modules: ...")
_PARTS = re.compile(r"\b(?:components?|modules?|sub-?modules?|stages|agents|blocks|branches|parts|"
                    r"mechanisms|sub-?networks|layers|units)\s*:", re.IGNORECASE)
# after a name the paper discovered: it says it made it ("a progressive fusion detection head (PFDH) module
# are introduced", "an editing recovery augmentation (ERA) strategy is proposed")
_INTRODUCED_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\)?(?:\s+[a-z]+)?\s+(?:is|are)\s+"
                               r"(?:also\s+|further\s+)?(?:designed|introduced|proposed|developed|presented|"
                               r"devised|constructed)\b")
# a discovered name named as one part of a method ("an Aggr-RWKV module", "a Dynamic Instance (DI) module",
# "a Class-Aware Adaptive Thresholding mechanism"): with an article before it, the paper's own part
_PART_NOUN = (r"(?:module|mechanism|block|layer|unit|branch|head|component|sub-?network|encoder|decoder|"
              r"generator|adapter)s?")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:a|an)\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+" + _PART_NOUN + r"\b(?!-)", re.IGNORECASE)
_ENDS_IN_PART = re.compile(r"\s" + _PART_NOUN + r"$", re.IGNORECASE)
# a part the paper names as a sentence's subject, once it has presented its work: "First, the Box-Guided
# Compression (BCM) module establishes ...", "Ray-based Contrastive Distillation (RCD) incorporates ...",
# "The Bi-Bottleneck Distillation Module transfers ..." (the name, an abbreviation or a part noun after it)
_SUBJECT_LEAD = re.compile(r"(?:(?:First|Second|Third|Fourth|Finally|Meanwhile|Specifically|Moreover|"
                           r"Additionally|Furthermore|In addition|Then|Next|Besides|Subsequently|"
                           r"In particular|Concretely|For training|For inference|During training|"
                           r"During inference),?\s+)?"
                           r"(?:(?:the|a|an|our)\s+)?", re.IGNORECASE)
_SUBJECT_PART = (r"(?:module|mechanism|block|layer|unit|branch|head|component|sub-?network|encoder|decoder|"
                 r"generator|adapter|loss|strategy|stage)s?")
_SUBJECT_AFTER = re.compile(r"(?-i:\s*\([A-Z][\w-]{1,12}\))|(?:\s*\([^()]{1,20}\))?\s+" + _SUBJECT_PART
                            + r"\b(?!-)", re.IGNORECASE)
_SUBJECT_ENDS = re.compile(r"\s" + _SUBJECT_PART + r"$", re.IGNORECASE)
# after such a subject, a word at most, then the text says the paper uses it ("Truncated Singular Value
# Decomposition (SVD) is employed", "the Riemannian conjugate gradient (RCG) algorithm is leveraged")
_USED_NEXT = re.compile(r"(?:\s+[\w-]+)?" + _USED_AFTER.pattern, re.IGNORECASE)
# after a name the paper discovered: an apposition calls it new ("introduces FiberPO, a novel RL algorithm")
_NOVEL_AFTER = re.compile(r",\s+(?:a|an)\s+(?:novel|new)\b", re.IGNORECASE)
# after a name: the paper compares with it ("A zero-shot GPT-5.4 baseline achieves ...")
_BASELINE_AFTER = re.compile(r"\s+baselines?\b", re.IGNORECASE)
# just before a name: "achieving results comparable to GPT-4", "competitive with the strong X"
_COMPARABLE = re.compile(r"\b(?:comparable|competitive)\s+(?:to|with)\s+(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
# just before a model or technique: "reduces inference cost by 70% relative to self-consistency", "a detailed
# comparison with LLaVA-Med" (not a language: "a tokenization tax relative to English"; not past a verb or
# a preposition to a later name: "a comparison with LLaVA-Med suggests that LLaDA-MedV", "relative to usage
# on pretraining data")
_RELATIVE = re.compile(r"\b(?:relative\s+to|comparisons?\s+(?:with|to|against))\s+"
                       r"(?:(?!(?:is|are|was|were|that|shows?|suggests?|on)\s)[\w.-]+\s+){0,3}$",
                       re.IGNORECASE)
#: The words :data:`_COMPARABLE`, :data:`_RELATIVE` and :data:`_COMPARED_EARLIER` need (the latter one of
#: its list openers)
_COMPARABLE_WORDS = ("comparable", "competitive")
_RELATIVE_WORDS = ("relative", "comparison")
_RELATIVE_KINDS = frozenset((Kind.MODEL.value, Kind.TECHNIQUE.value))
# a variant of a name the paper introduces, after that name: a size, a version or a split ("SR-MCR" ->
# "SR-MCR-7B", "P1-30B-A3B", "CurveBench-Easy", "BMMR-Eval"); the name is the paper's too (not a count after
# a space: "EditCtrl 10 times")
_VARIANT = re.compile(r"(?!\s\d{2,}$)[-\s](?:[\w.]*\d[\w.]*(?:-[\w.]+)*|[A-Z]{1,3}|(?:Base|Instruct|Chat|Pro|"
                      r"Mini|Lite|Plus|Max|Flash|Large|Small|Tiny|Nano|Turbo|Eval|Train|Test|Bench|Easy|Medium|Hard)"
                      r"(?:-[\w.]+)*)")
_LIST_OPENERS = ("including", "such as", "i.e.", "e.g.", "like", "namely")
_CLAUSE_END = re.compile(r"[,;]")
_CLAUSE_BREAK = re.compile(r"[,;:]")
_BREAKS = ",;:()"
# the span extensions' defaults: what a span with no value set for one has
_ROLE, _ORIGIN = SPAN_DEFAULTS["role"], SPAN_DEFAULTS["origin"]
_SURVEY = re.compile(r"\b(?:survey|review|overview|tutorial|position paper)\b", re.IGNORECASE)


def is_survey(title: str) -> bool:
    """Whether a title announces a survey, review, overview or tutorial (its subjects are mentioned)."""
    return _SURVEY.search(title) is not None


class RoleTagger:
    """Give each span a role from the words before it in its sentence (``introduces`` stays)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 compare_words: Iterable[str] = DEFAULT_COMPARE_WORDS,
                 use_words: Iterable[str] = DEFAULT_USE_WORDS, eval_words: Iterable[str] = DEFAULT_EVAL_WORDS,
                 avoid_words: Iterable[str] = DEFAULT_AVOID_WORDS) -> None:
        self.name = name
        self.spans_key = spans_key
        self.compare = frozenset(compare_words)
        self.use = frozenset(use_words)
        self.eval = frozenset(eval_words)
        self.avoid = frozenset(" ".join(w.split()) for w in avoid_words if w.split())
        self.avoid_heads = frozenset(w.split()[0] for w in self.avoid)
        self.avoid_length = max((len(w.split()) for w in self.avoid), default=1)
        #: every word that may be a cue: a name with none of them before it has none
        self.cue_words = self.compare | self.use | self.eval | self.avoid_heads

    def __call__(self, doc: Doc) -> Doc:
        spans = group_spans(doc, self.spans_key)
        if not spans:
            return doc
        text = doc_text(doc)
        starts = doc_sentences(doc)
        titles = [f for f in doc_fields(doc) if f.name == "title"]
        title_end = titles[0].end if titles else 0
        title_start = titles[0].start if titles else -1
        survey = any(is_survey(text[f.start:f.end]) for f in titles)
        own: dict[tuple[int, int], bool] = {}  # (start, end) -> whether that text is about the paper's work
        data = doc.user_data
        get = data.get  # (the span values read here, each from its user_data entry: no Underscore)
        value_key = span_value_key
        # each span's offsets, entity id, kind and origin, read off the Span once
        rows = [(span.start_char, span.end_char, span.id_, span.label_) for span in spans]
        discovered_value = Origin.DISCOVERED.value
        origins = [get(value_key("origin", start, end), _ORIGIN) == discovered_value
                   for start, end, _, _ in rows]
        for (start, end, _, _), discovered in zip(rows, origins, strict=True):
            if not survey and start == title_start and text.startswith(":", end) and discovered:
                # "Flow-SLM: Joint Learning of ...": the name a title opens with is the paper's
                data[value_key("role", start, end)] = Role.INTRODUCES.value
        introduced = Role.INTRODUCES.value
        roles = [get(value_key("role", start, end), _ROLE) for start, end, _, _ in rows]
        introduced_ids = {eid for (_, _, eid, _), role in zip(rows, roles, strict=True) if role == introduced}
        wholes = [end for _, end, eid, _ in rows if eid in introduced_ids]  # where its own names end
        # its own names that a variant may extend: names it discovered (not a vocabulary name split off a
        # longer one: "DeBERTa" of "DeBERTa-RAD"), not a short acronym ("CAD" in "CAD-LLM")
        own_names = {text[start:end]
                     for (start, end, _, _), role, found in zip(rows, roles, origins, strict=True)
                     if role == introduced and found
                     and (end - start > 3 or any(c.isdigit() for c in text[start:end]))}
        # the text lower-cased once when it is ASCII (lower-casing keeps its offsets then)
        lower = text.lower() if text.isascii() else None
        bounds = doc_sentence_bounds(doc)
        for (start, end, _, label), discovered in zip(rows, origins, strict=True):
            if get(value_key("role", start, end), _ROLE) == introduced:  # (read now: spans may share offsets)
                continue
            if discovered and own_names and _variant_of(text[start:end], own_names):
                data[value_key("role", start, end)] = introduced
                continue
            role = self.role(text, start, end, label, starts, survey=survey, own=own,
                             in_title=start < title_end, discovered=discovered, wholes=wholes, lower=lower,
                             sentence=sentence_at(text, start, end, starts, bounds))
            if role is not Role.MENTIONS:
                data[value_key("role", start, end)] = role.value  # span._.role, without an Underscore
        return doc

    def role(self, text: str, start: int, end: int, kind: str, starts: list[int], *, survey: bool = False,
             own: dict[tuple[int, int], bool] | None = None, in_title: bool = False,
             discovered: bool = False, wholes: Sequence[int] = (), lower: str | None = None,
             sentence: tuple[int, int] | None = None) -> Role:
        """The role of the name at ``text[start:end]`` from the words before it in its sentence: the
        nearest cue word decides (a comparison verb reaches over the list it introduces: "surpasses ...
        models, including X"); what the paper does without is mentioned ("without quantization").

        A name in a sentence about earlier work (one opening on "However", "Existing", "Recent ...",
        "While ...") whose clauses up to the name do not speak of the paper's own work ("we", "our")
        is only mentioned, even with a use cue: that use is the earlier work's ("Existing pipelines
        combine metadata via late fusion"). Otherwise a paper uses what it names, the title's names
        too. A dataset named in a sentence about experiments is ``evaluates_on``. A survey's subjects
        are mentioned, not used (``survey``: the title says survey, review, overview). ``own`` caches,
        per text span, whether it is about the paper's own work. ``lower``: ``text`` lower-cased, when
        it is ASCII; ``sentence``: the name's :func:`~.spans.sentence_bounds` (both made once per doc)."""
        if survey:
            return Role.MENTIONS
        s, e = sentence if sentence is not None else sentence_bounds(text, start, end, starts)
        if discovered and _part_of_own(text, s, start, wholes):
            return Role.INTRODUCES
        left = max(s, start - 60)
        window = lower[left:start] if lower is not None else text[left:start].lower()
        before = _WORD.findall(window)[-6:]
        avoids = self.avoid_heads.intersection(before)
        # the number of words in the name's clause
        clause = len(_WORD.findall(window[_last_break(window):])) if avoids else 0
        cue = self._nearest_cue(before, kind, clause)
        if cue is Role.MENTIONS:
            return cue
        reach = cue is None and kind != Kind.DATASET
        if cue is Role.COMPARES_WITH or _compared(text, start, end, s, reach=reach, lower=lower,
                                                  relative=kind in _RELATIVE_KINDS):
            return Role.COMPARES_WITH
        if cue is Role.EVALUATES_ON or (kind == Kind.DATASET and _NEXT_DATASET_WORD.match(text, end)):
            return Role.EVALUATES_ON
        if _BACKGROUND.match(text, s) and not _own_work(text, s, _clause_end(text, end, e), own):
            return Role.MENTIONS
        if discovered and (_INTRODUCED_AFTER.match(text, end) or _NOVEL_AFTER.match(text, end)
                           or _named_part(text, start, end) or _own_subject(text, s, start, end, own)):
            return Role.INTRODUCES
        if cue is Role.USES or _BUILT_ON.match(text, end) or _USED_AFTER.match(text, end):
            return Role.USES
        if kind != Kind.DATASET and in_title:
            return Role.USES
        if discovered and _introduced(text, s, start, end):
            return Role.INTRODUCES
        if kind == Kind.DATASET and _EXPERIMENT.search(text, s, e):
            return Role.EVALUATES_ON
        return Role.USES

    def _nearest_cue(self, before: list[str], kind: str, clause: int) -> Role | None:
        """The role the cue word nearest before a name gives it, or None without one: the nearest cue
        governs the name ("outperforms baselines using the Llama3.2 model": Llama3.2 is used;
        "outperforms X on GSM8K": GSM8K is evaluated on). A use word right after a comparison word
        compares ("on par with X", "competitive with X"); a use word that may only describe the name
        ("fine-tuned X", "from") gives way to a comparison cue further back. Evaluation cues count for
        datasets only, three words back at most, and there they outrank use words ("evaluate on
        questions from X"). What the paper does without is mentioned only within the name's clause
        (the last ``clause`` words)."""
        if self.cue_words.isdisjoint(before):
            return None  # (most names: no word to weigh)
        evaluated = kind == Kind.DATASET and any(w in self.eval for w in before[-3:])
        weak = None  # a use word that may only describe the name: a comparison further back still wins
        for back, word in enumerate(reversed(before)):
            if word not in self.cue_words:
                continue
            i = len(before) - 1 - back
            if weak is None and back < clause and word in self.avoid_heads and any(
                    " ".join(before[i:i + n]) in self.avoid for n in range(1, self.avoid_length + 1)):
                return Role.MENTIONS
            if word in self.compare or (word in self.use and i > 0 and before[i - 1] in _COMPARING):
                return Role.COMPARES_WITH
            if evaluated and back < 3 and word in self.eval:
                return Role.EVALUATES_ON
            if word in self.use and not evaluated:
                if word not in _WEAK_USE:
                    return Role.USES
                weak = Role.USES
        return weak


def _compared(text: str, start: int, end: int, sentence_start: int, *, reach: bool,
              lower: str | None = None, relative: bool = False) -> bool:
    """Whether the text around the name at ``text[start:end]`` compares the paper with it beyond a cue word
    just before it: "a zero-shot X baseline", "results comparable to X", (``relative``: a model or a
    technique) "relative to X", "a comparison with X", or (``reach``: no nearer cue) a comparison verb over
    the list it introduces ("surpasses ... models, including X"). ``lower``: ``text`` lower-cased, when it
    is ASCII."""
    near, far = max(sentence_start, start - 80), max(sentence_start, start - 200)
    return (_BASELINE_AFTER.match(text, end) is not None
            or (_may_hold(text, near, start, _COMPARABLE_WORDS, lower)
                and _COMPARABLE.search(text, near, start) is not None)
            or (relative and _may_hold(text, near, start, _RELATIVE_WORDS, lower)
                and _RELATIVE.search(text, near, start) is not None)
            or (reach and _may_hold(text, far, start, _LIST_OPENERS, lower)
                and _COMPARED_EARLIER.search(text, far, start) is not None))


def _may_hold(text: str, start: int, end: int, words: tuple[str, ...], lower: str | None = None) -> bool:
    """Whether ``text[start:end]`` may hold one of ``words`` (lower case) in any case: the quick test
    before a case-blind pattern that needs one. A text with other than ASCII letters is always
    searched (a pattern's case-blind "i" also matches a dotless "\u0131", which lower-casing keeps).
    ``lower``: ``text`` lower-cased, when all of it is ASCII (looked in between the offsets: no slice)."""
    if lower is not None:
        for word in words:
            if lower.find(word, start, end) >= 0:
                return True
        return False
    part = text[start:end]
    if not part.isascii():
        return True
    part = part.lower()
    return any(word in part for word in words)


def _last_break(window: str) -> int:
    """Where the last clause of ``window`` starts: after its last comma, semicolon, colon or bracket."""
    return max(window.rfind(mark) for mark in _BREAKS) + 1


def _clause_end(text: str, end: int, sentence_end: int) -> int:
    """Where the clause holding the name ending at ``end`` ends: at the next comma or semicolon, so that
    the paper's own work in a later clause ("While existing approaches rely on X, we propose ...") does not
    make the name its own."""
    found = _CLAUSE_END.search(text, end, sentence_end)
    return found.start() if found else sentence_end


def _variant_of(name: str, own_names: Iterable[str]) -> bool:
    """Whether ``name`` is one of ``own_names`` (names the paper introduces) and a variant after it: a
    size, version or split ("SR-MCR-7B", "CurveBench-Easy"), the whole rest of the name."""
    for own in own_names:
        if len(name) > len(own) + 1 and name.startswith(own) and _VARIANT.fullmatch(name, len(own)):
            return True
    return False


def _part_of_own(text: str, sentence_start: int, start: int, wholes: Sequence[int]) -> bool:
    """Whether the name at ``start`` is listed as a part of a name the paper introduces, earlier in its
    sentence and ending at one of ``wholes`` ("TAPM-Net is built upon two novel components: a
    Perturbation-guided Path Module (PGM) and ..."; "HumanX integrates two co-designed components:
    XGen, ... and XMimic")."""
    for whole in wholes:
        if sentence_start < whole <= start:
            parts = _PARTS.search(text, whole, start) or _COMPOSED_OF.match(text, whole)
            if (parts is not None and _NOT_OWN_PART.search(text, whole, start) is None
                    and _PART_USES.search(text, parts.end(), start) is None
                    and (parts.re is _PARTS or _SUBJECT_BEFORE.fullmatch(text, sentence_start, whole))):
                return True
    return False


def _named_part(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is named as a part with an article before it ("via an
    Aggr-RWKV module", "integrates a Class-Aware Adaptive Thresholding mechanism"): the paper's own part."""
    return (_ARTICLE_BEFORE.search(text, max(0, start - 4), start) is not None
            and (_PART_AFTER.match(text, end) is not None
                 or _ENDS_IN_PART.search(text, start, end) is not None))


def _own_subject(text: str, sentence_start: int, start: int, end: int,
                 cache: dict[tuple[int, int], bool] | None) -> bool:
    """Whether the name at ``text[start:end]`` opens its sentence as a named part ("First, the Box-Guided
    Compression (BCM) module establishes ...") after an earlier sentence presents the paper's own work
    ("we propose ..."); ``cache`` holds, under ``(-1, sentence start)``, whether one does."""
    if not _SUBJECT_LEAD.fullmatch(text, sentence_start, start):
        return False
    after = _SUBJECT_AFTER.match(text, end)
    if after is None and _SUBJECT_ENDS.search(text, start, end) is None:
        return False
    if after is not None and _USED_NEXT.match(text, after.end()):
        return False  # it is used: "Specifically, cross-entropy (CE) loss is applied to domain data"
    key = (-1, sentence_start)
    presented = cache.get(key) if cache is not None else None
    if presented is None:
        presented = _OWN_INTRO.search(text, 0, sentence_start) is not None
        if cache is not None:
            cache[key] = presented
    return presented


def _introduced(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the paper presents its own work earlier in the sentence of the name at ``text[start:end]``
    ("we propose", "the paper introduces"), and the name is part of it, not an example of other work."""
    match = _OWN_INTRO.search(text, sentence_start, start)
    if match is None and _OWN_WORK.search(text, sentence_start, start):
        # the nearest verb before the name introduces it, whatever the sentence did first: "we evaluate ROME
        # within a structured setting and introduce Terminal Bench Pro, a benchmark ..."
        match = _AND_INTRO.search(text, sentence_start, start)
    if match is None or _NOT_OWN_PART.search(text, match.end(), start) is not None:
        return False
    if match.re is _OWN_INTRO and match.group("by") is not None and (
            _CLAUSE_BREAK.search(text, match.end(), start) is not None
            or _BY_GAP.search(text, match.end(), start) is not None
            or text.count("(", match.end(), start) > text.count(")", match.end(), start)
            and not text.startswith(")", end)):
        # (not a name in an open bracket it does not close: "by presenting three leading AI systems (Claude
        # Sonnet 4.5, GPT-5.4, ...)"; "by introducing an open-source dataset (ADNP-15)" is the dataset)
        return False
    example = _EXAMPLES.search(text, match.end(), start)
    return example is None or _PART_NOUNS.search(text, match.end(), example.start()) is not None


def _own_work(text: str, start: int, end: int, cache: dict[tuple[int, int], bool] | None) -> bool:
    """Whether ``text[start:end]`` (a sentence or its first clauses) speaks of the paper's own work ("we",
    "our"); ``cache`` holds the answer per span."""
    ours = cache.get((start, end)) if cache is not None else None
    if ours is None:
        ours = _OWN_WORK.search(text, start, end) is not None
        if cache is not None:
            cache[(start, end)] = ours
    return ours
