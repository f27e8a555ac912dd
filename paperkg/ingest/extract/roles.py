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
from paperkg.ingest.records import Kind, Role

__all__ = ["DEFAULT_COMPARE_WORDS", "DEFAULT_EVAL_WORDS", "DEFAULT_USE_WORDS", "RoleTagger"]

#: Words before a name that make it something the paper compares with.
DEFAULT_COMPARE_WORDS = (
    "outperform", "outperforms", "outperforming", "outperformed", "surpass", "surpasses", "surpassing", "beats",
    "beat", "than", "versus", "vs", "vs.", "compared", "baseline", "baselines", "rivals", "matches", "exceeds",
    "over",
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
_SURVEY = re.compile(r"\b(?:survey|review|overview|tutorial|position paper)\b", re.IGNORECASE)


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
        titles = [text[f.start:f.end] for f in doc_fields(doc) if f.name == "title"]
        survey = any(_SURVEY.search(title) for title in titles)
        own: dict[int, bool] = {}  # sentence start -> whether it is about the paper's own work
        data = doc.user_data
        for span in spans:
            start, end = span.start_char, span.end_char
            if span_value(span, "role", start, end) == Role.INTRODUCES.value:
                continue
            role = self.role(text, start, end, span.label_, starts, survey=survey, own=own)
            if role is not Role.MENTIONS:
                data[("._.", "role", start, end)] = role.value  # span._.role, without an Underscore
        return doc

    def role(self, text: str, start: int, end: int, kind: str, starts: list[int], *, survey: bool = False,
             own: dict[int, bool] | None = None) -> Role:
        """The role of the name at ``text[start:end]`` from the words before it in its sentence;
        with no cue there, a sentence about the paper's own work ("we", "our") makes it ``uses``
        (``evaluates_on`` for a dataset in a sentence about experiments). A survey's subjects are
        mentioned, not used (``survey``: the title says survey, review, overview). ``own`` caches,
        per sentence start, whether the sentence is about the paper's own work."""
        if survey:
            return Role.MENTIONS
        s, e = sentence_bounds(text, start, end, starts)
        before = _WORD.findall(text[max(s, start - 60):start].lower())[-6:]
        if any(w in self.compare for w in before):
            return Role.COMPARES_WITH
        if kind == Kind.DATASET and (any(w in self.eval for w in before[-3:])
                                     or _NEXT_DATASET_WORD.match(text, end) is not None):
            return Role.EVALUATES_ON
        if any(w in self.use for w in before):
            return Role.USES
        ours = own.get(s) if own is not None else None
        if ours is None:
            ours = _OWN_WORK.search(text, s, e) is not None
            if own is not None:
                own[s] = ours
        if not ours:
            return Role.MENTIONS
        if kind == Kind.DATASET and _EXPERIMENT.search(text, s, e):
            return Role.EVALUATES_ON
        return Role.USES
