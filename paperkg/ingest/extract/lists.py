"""Names listed with known names: the ``paperkg_lists`` component (:class:`ListedNames`).

"Evaluated on three repositories (CPA, GEARS, BioLORD)" names nothing the vocabulary knows,
but "outperforms PATH-B (84M) and Sapiens-L (307M)" or "on DAVIS17, MOSE and OVIS" list
unknown names next to known ones: in a list ("A, B and C", "A/B", "A & B") whose linked items
all have one kind, every other item that is a name word gets that kind.

A list of examples of a kind noun names things of that kind even with no known name in it:
"PLM-based code search approaches, i.e., CoCoSoDa and UniXcoder", "benchmarks such as
VideoMMMU and VSI-Bench", "token pruning methods, like FastV and PyramidDrop".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span

from paperkg.ingest.extract.discover import RuleComponent, field_span, field_text, field_words, model_shape
from paperkg.ingest.extract.names import END, TEXT, Word
from paperkg.ingest.extract.spans import Field, SpanWriter, doc_fields, span_value
from paperkg.ingest.records import Kind, Role

__all__ = ["ListedNames"]

_JOIN = frozenset({"and", "or", "&"})
_LANGUAGE = Kind.LANGUAGE.value
# what may stand between two items of a list: a comma, "and", "or", "&", "/", a size "(84M)"
_GAP = re.compile(r"\s*(?:\(\s*[\d.]+\s*[BMK]?\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)", re.IGNORECASE)

#: Plural nouns whose examples ("models such as X and Y") are names of the noun's kind. Not
#: "metrics", "tasks", "tools", "systems": their examples are no model, dataset or technique.
EXAMPLE_NOUNS: dict[Kind, tuple[str, ...]] = {
    Kind.MODEL: ("models", "llms", "mllms", "vlms", "lvlms", "networks", "architectures", "backbones", "encoders",
                 "detectors", "generators", "classifiers", "trackers", "retrievers", "transformers", "chatbots"),
    Kind.DATASET: ("datasets", "benchmarks", "corpora"),
    Kind.TECHNIQUE: ("methods", "approaches", "techniques", "algorithms", "frameworks", "attacks", "optimizers"),
}
_EXAMPLE_KIND = {noun: kind for kind, nouns in EXAMPLE_NOUNS.items() for noun in nouns}
# "<noun>, such as", "<noun> (e.g.,", "<noun>, i.e.,", "<noun> including", "<noun> like", "<noun>, namely":
# the cue is found first, in the lower-cased text (a case-blind pattern is four times slower),
# then the noun that ends right before it; one pattern with the nouns first tried the whole
# alternation at every word of every field
_CUES = r"(?:such\s+as|including|like|e\.g\.,?|i\.e\.,?|namely)\s+"
_EXAMPLE_CUE = re.compile(_CUES)
_EXAMPLE_CUE_ANY_CASE = re.compile(_CUES, re.IGNORECASE)  # for text whose lower-casing moves offsets
_EXAMPLE_NOUN = re.compile(r"\b(?P<noun>" + "|".join(sorted(_EXAMPLE_KIND, key=len, reverse=True))
                           + r")\s*[,(]?\s*\Z", re.IGNORECASE)
# how far before a cue its noun may start: the longest noun and some spaces
_NOUN_REACH = max(map(len, _EXAMPLE_KIND)) + 12
# a reference after an item: "PSMNet [1], CFNet [2]"
_REFERENCE = re.compile(r"\s*\[[\d,\s-]+\]")
# what may follow the last item of a list: punctuation, or a word that starts the rest of the clause
_LIST_END = re.compile(r"\s*(?:$|[.,;:)]|(?:in|on|by|to|for|with|which|that|as|have|has|are|is|were|was|and|or"
                          r"|at|from|while|but|also|when|where|etc|fail|rely|use|show|achieve)\b)")


class _Unit(NamedTuple):
    start: int
    end: int
    kind: str | None  # a linked span's kind ("" when it may not type a list); None for a plain word
    text: str


class ListedNames(RuleComponent):
    """Give the unknown name words of a list the kind of its linked items."""

    #: Linked items below this confidence (ambiguous names with a cue) do not type a list.
    min_confidence = 0.9

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        # each span's character offsets read once (a Span property call each), in text order
        spans = sorted(((s.start_char, s.end_char, s) for s in writer.spans()), key=_first)
        for field in doc_fields(doc):
            inside = [linked for linked in spans if field.start <= linked[0] < field.end]
            if not inside:
                continue  # nothing linked: nothing to type a list with
            text = field_text(doc, field)
            if not any(_joined(text, linked[0] - field.start, linked[1] - field.start) for linked in inside):
                continue  # no linked span with a list separator next to it: no list to type
            for chain in self._chains(text, field, inside, field_words(doc, field)):
                kinds = {u.kind for u in chain if u.kind is not None}
                if len(kinds) != 1 or "" in kinds:
                    continue
                kind = Kind(kinds.pop())
                for unit in chain:
                    if unit.kind is None:
                        span = field_span(doc, field, unit.start, unit.end)
                        if span is not None and writer.free(span.start, span.end):
                            self.add_name(doc, writer, span.start, span.end, kind, 0.75, Role.MENTIONS)
        for field in doc_fields(doc):
            self._examples(doc, writer, field)

    def _examples(self, doc: Doc, writer: SpanWriter, field: Field) -> None:
        """The name words listed right after "<kind noun> such as / including / e.g. / i.e.",
        as names of that kind; a method's examples are models when one of them is a model or is
        shaped like a model's name ("code search approaches, i.e., CoCoSoDa and UniXcoder",
        "methods like PSMNet [1], CFNet [2], and LEAStereo [3]", "methods like LISA and PixelLM")."""
        text = field_text(doc, field)
        folded = text.lower()
        found = _EXAMPLE_CUE.finditer(folded) if len(folded) == len(text) else _EXAMPLE_CUE_ANY_CASE.finditer(text)
        cues = [(cue, noun) for cue in found
                if (noun := _EXAMPLE_NOUN.search(text, max(0, cue.start() - _NOUN_REACH), cue.start()))]
        if not cues:
            return
        starts = {w[0]: w for w in field_words(doc, field)}
        linked = {s.start_char - field.start: (s.end_char - field.start, s.label_) for s in writer.spans()
                  if field.start <= s.start_char < field.end}
        for cue, noun in cues:
            kind = _EXAMPLE_KIND[noun.group("noun").lower()]
            items, labels = self._listed(text, cue.end(), starts, linked)
            models = Kind.MODEL.value in labels or any(model_shape(w[TEXT]) for w in items)
            self._add_listed(doc, writer, field, items, Kind.MODEL if models and kind is Kind.TECHNIQUE else kind)

    def _listed(self, text: str, position: int, starts: dict[int, Word],
                linked: dict[int, tuple[int, str]]) -> tuple[list[Word], set[str]]:
        """The unlinked name words of the list that starts at ``position``, and the kinds of its
        linked names (``linked``: end and kind of each linked span by start); no words when the
        last one does not end a name ("techniques like JPEG compression")."""
        items: list[Word] = []
        labels: set[str] = set()
        name_word = self.rules.name_word
        while (word := starts.get(position)) is not None:
            end, label = linked.get(position, (None, None))  # a linked name (of any length) goes on the list
            if end is None:
                if word[TEXT].islower() or not name_word(word[TEXT]):
                    break  # the list ended before this word: "like FastV and PyramidDrop, fail to"
                items.append(word)
                end = word[END]
            else:
                labels.add(label)
            reference = _REFERENCE.match(text, end)
            end = reference.end() if reference else end
            gap = _GAP.match(text, end)
            if gap is None:
                if not _LIST_END.match(text, end):
                    items = []
                break
            position = gap.end()
        return items, labels

    def _add_listed(self, doc: Doc, writer: SpanWriter, field: Field, items: list[Word], kind: Kind) -> None:
        for start, end, _, _ in items:
            span = field_span(doc, field, start, end)
            if span is not None and writer.free(span.start, span.end):
                self.add_name(doc, writer, span.start, span.end, kind, 0.75, Role.MENTIONS)

    def _chains(self, text: str, field: Field, spans: list[tuple[int, int, Span]], ws: list[Word]) -> list[list[_Unit]]:
        """Runs of two or more units (linked spans and other words) joined by list separators
        (``spans``: the field's linked spans with their character offsets in the doc)."""
        units: list[_Unit] = []
        taken = bytearray(len(text))
        offset = field.start
        for start_char, end_char, s in spans:
            start, end = start_char - offset, end_char - offset
            taken[start:end] = b"\x01" * (end - start)
            label = s.label_
            strong = span_value(s, "confidence", start_char, end_char) >= self.min_confidence and label != _LANGUAGE
            units.append(_Unit(start, end, label if strong else "", text[start:end]))
        name_word = self.rules.name_word
        for start, end, _, w in ws:  # other units: name words only (a plain word ends a list of names)
            if w.islower() or not name_word(w) or taken.find(1, start, end) >= 0:
                continue
            units.append(_Unit(start, end, None, w))
        units.sort()
        chains, chain = [], []
        for unit in units:
            if chain and _GAP.fullmatch(text, chain[-1].end, unit.start):
                chain.append(unit)
                continue
            if len(chain) >= 2:
                chains.append(chain)
            chain = [unit]
        if len(chain) >= 2:
            chains.append(chain)
        return [c for c in chains if any(u.kind is not None for u in c) and any(u.kind is None for u in c)]


_SEPARATOR_END = re.compile(r"(?:,|/|&|and|or)$", re.IGNORECASE)  # how a _GAP before a unit ends


def _joined(text: str, start: int, end: int) -> bool:
    """Whether a list separator (:data:`_GAP`) may end right before ``text[start:end]`` or
    starts right after it: what every list with that unit in it needs (a cheap test first).

    >>> _joined("on DAVIS17, MOSE", 3, 10), _joined("on DAVIS17, MOSE", 12, 16), _joined("on DAVIS17 only", 3, 10)
    (True, True, False)
    """
    if _GAP.match(text, end) is not None:
        return True
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return _SEPARATOR_END.search(text, max(0, start - 3), start) is not None


def _first(item: tuple[int, int, Span]) -> int:
    return item[0]
