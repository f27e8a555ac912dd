"""What a paper does with each name: the ``paperkg_roles`` component (:class:`RoleTagger`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    doc_fields,
    doc_sentences,
    doc_text,
    group_spans,
    sentence_bounds,
    span_value,
)
from paperkg.ingest.records import Kind, Origin, Role

__all__ = ["DEFAULT_COMPARE_WORDS", "DEFAULT_EVAL_WORDS", "DEFAULT_USE_WORDS", "RoleTagger", "is_survey"]

#: Words before a name that make it something the paper compares with.
DEFAULT_COMPARE_WORDS = (
    "outperform", "outperforms", "outperforming", "outperformed", "surpass", "surpasses", "surpassing", "beats",
    "beat", "than", "versus", "vs", "vs.", "compared", "baseline", "baselines", "rivals", "matches", "exceeds",
    "over", "exceed", "exceeding", "exceeded", "par", "replacement", "replaces", "replacing",
)
#: Words before a name that make it something the paper uses.
DEFAULT_USE_WORDS = (
    "using", "use", "uses", "used", "based", "built", "leverage", "leverages", "leveraging", "employ", "employs",
    "employing", "adopt", "adopts", "apply", "applies", "applying", "fine-tune", "fine-tuned", "finetune",
    "finetuned", "train", "trained", "via", "with", "utilize", "utilizes", "utilizing", "initialized", "from",
)
#: Words just before a dataset that make it one the paper evaluates on.
DEFAULT_EVAL_WORDS = ("on", "across", "benchmark", "benchmarks", "evaluate", "evaluated", "evaluation", "including",
                      "such")

_WORD = re.compile(r"[\w.-]+")
_NEXT_DATASET_WORD = re.compile(r"\s+(?:benchmark|dataset|test set)s?\b", re.IGNORECASE)
# a sentence about the paper's own work ("we", "our", "this paper"): what it names, the paper uses
_OWN_WORK = re.compile(r"\b(?:we|our|us|this (?:paper|work|study|article)|the proposed)\b", re.IGNORECASE)
_EXPERIMENT = re.compile(r"\b(?:experiment\w*|evaluat\w+|results?|achiev\w+|outperform\w*|accuracy|performance"
                         r"|benchmark\w*|test\w*|validat\w+|demonstrat\w+)\b", re.IGNORECASE)
# a name the text builds on: "an EfficientNet-based classifier", "DCT-based", "CLIP-guided"
_BUILT_ON = re.compile(r"-(?:based|driven|guided|powered|style|enhanced|assisted|augmented)\b", re.IGNORECASE)
# a sentence about earlier work, whatever else it says
_BACKGROUND = re.compile(r"(?:however|although|while|recent\w*|existing|traditional|prior|previous|current\w*|"
                         r"despite|conventional|many|most|some)\b", re.IGNORECASE)
# a comparison verb earlier in the clause reaches over a list ("outperforms ... approaches, i.e., X and Y")
_COMPARED_EARLIER = re.compile(r"\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|compared|versus|vs\.?|"
                               r"baselines?|rival\w*)\b[^;:]*\b(?:including|such as|i\.e\.|e\.g\.|like|namely)"
                               r"[^;:]*$", re.IGNORECASE)
# after a name: the text says the paper uses it ("Monte Carlo Dropout is used to quantify ...")
_USED_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:used|employed|adopted|applied|leveraged|utilized|"
                         r"integrated|incorporated)\b", re.IGNORECASE)
# earlier in the sentence, the paper presents its own work: a name it discovered there is part of it
# ("we propose a novel KG integration method consisting of label matching and triple matching")
_OWN_INTRO = re.compile(r"\bwe\s+(?:\w+\s+){0,2}?(?:propose|introduce|present|design|develop|devise|build|"
                        r"construct|formulate)\b", re.IGNORECASE)
_SURVEY = re.compile(r"\b(?:survey|review|overview|tutorial|position paper)\b", re.IGNORECASE)


def is_survey(title: str) -> bool:
    """Whether a title announces a survey, review, overview or tutorial (its subjects are mentioned)."""
    return _SURVEY.search(title) is not None


class RoleTagger:
    """Give each span a role from the words before it in its sentence (``introduces`` stays)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 compare_words: Iterable[str] = DEFAULT_COMPARE_WORDS, use_words: Iterable[str] = DEFAULT_USE_WORDS,
                 eval_words: Iterable[str] = DEFAULT_EVAL_WORDS) -> None:
        self.name = name
        self.spans_key = spans_key
        self.compare = frozenset(compare_words)
        self.use = frozenset(use_words)
        self.eval = frozenset(eval_words)

    def __call__(self, doc: Doc) -> Doc:
        spans = group_spans(doc, self.spans_key)
        if not spans:
            return doc
        text = doc_text(doc)
        starts = doc_sentences(doc)
        titles = [f for f in doc_fields(doc) if f.name == "title"]
        title_end = titles[0].end if titles else 0
        survey = any(is_survey(text[f.start:f.end]) for f in titles)
        own: dict[int, bool] = {}  # sentence start -> whether it is about the paper's own work
        data = doc.user_data
        for span in spans:
            start, end = span.start_char, span.end_char
            if span_value(span, "role", start, end) == Role.INTRODUCES.value:
                continue
            role = self.role(text, start, end, span.label_, starts, survey=survey, own=own,
                             in_title=start < title_end,
                             discovered=span_value(span, "origin", start, end) == Origin.DISCOVERED.value)
            if role is not Role.MENTIONS:
                data[("._.", "role", start, end)] = role.value  # span._.role, without an Underscore
        return doc

    def role(self, text: str, start: int, end: int, kind: str, starts: list[int], *, survey: bool = False,
             own: dict[int, bool] | None = None, in_title: bool = False, discovered: bool = False) -> Role:
        """The role of the name at ``text[start:end]`` from the words before it in its sentence
        (a comparison verb reaches over the list it introduces: "surpasses ... models, including X").

        With no cue there, a paper uses what it names: a name in a sentence about earlier work
        (one opening on "However", "Existing", "Recent ...", "While ...") that does not speak of
        the paper's own work ("we", "our") is only mentioned, unless the title names it (a model,
        technique or language there is used). A dataset named in a sentence about experiments is
        ``evaluates_on``. A survey's subjects are mentioned, not used (``survey``: the title says
        survey, review, overview). ``own`` caches, per sentence start, whether the sentence is
        about the paper's own work."""
        if survey:
            return Role.MENTIONS
        s, e = sentence_bounds(text, start, end, starts)
        before = _WORD.findall(text[max(s, start - 60):start].lower())[-6:]
        if any(w in self.compare for w in before) or (
                kind != Kind.DATASET and _COMPARED_EARLIER.search(text, max(s, start - 200), start)):
            return Role.COMPARES_WITH
        if kind == Kind.DATASET and (any(w in self.eval for w in before[-3:])
                                     or _NEXT_DATASET_WORD.match(text, end) is not None):
            return Role.EVALUATES_ON
        if any(w in self.use for w in before) or _BUILT_ON.match(text, end) or _USED_AFTER.match(text, end):
            return Role.USES
        if kind != Kind.DATASET and in_title:
            return Role.USES
        if discovered and _OWN_INTRO.search(text, s, start):
            return Role.INTRODUCES
        if _BACKGROUND.match(text, s) and not _own_work(text, s, e, own):
            return Role.MENTIONS
        if kind == Kind.DATASET and _EXPERIMENT.search(text, s, e):
            return Role.EVALUATES_ON
        return Role.USES


def _own_work(text: str, start: int, end: int, cache: dict[int, bool] | None) -> bool:
    """Whether the sentence ``text[start:end]`` speaks of the paper's own work ("we", "our"); ``cache``
    holds the answer per sentence start."""
    ours = cache.get(start) if cache is not None else None
    if ours is None:
        ours = _OWN_WORK.search(text, start, end) is not None
        if cache is not None:
            cache[start] = ours
    return ours
