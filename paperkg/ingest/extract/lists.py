"""Names listed with known names: the ``paperkg_lists`` component (:class:`ListedNames`).

"Evaluated on three repositories (CPA, GEARS, BioLORD)" names nothing the vocabulary knows,
but "outperforms PATH-B (84M) and Sapiens-L (307M)" or "on DAVIS17, MOSE and OVIS" list
unknown names next to known ones: in a list ("A, B and C", "A/B", "A & B") whose linked items
all have one kind, every other item that is a name word gets that kind.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

from paperkg.ingest.extract.discover import RuleComponent, field_span, field_text, field_words
from paperkg.ingest.extract.names import END, START, TEXT, Word
from paperkg.ingest.extract.spans import Field, SpanWriter, doc_fields, span_value
from paperkg.ingest.records import Kind, Role

__all__ = ["ListedNames"]

_JOIN = frozenset({"and", "or", "&"})
# what may stand between two items of a list: a comma, "and", "or", "&", "/", a size "(84M)"
_GAP = re.compile(r"\s*(?:\(\s*[\d.]+\s*[BMK]?\s*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*)", re.IGNORECASE)


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
        spans = sorted(writer.spans(), key=lambda s: s.start_char)
        for field in doc_fields(doc):
            inside = [s for s in spans if field.start <= s.start_char < field.end]
            if not inside:
                continue  # nothing linked: nothing to type a list with
            text = field_text(doc, field)
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

    def _chains(self, text: str, field: Field, spans: list, ws: list[Word]) -> list[list[_Unit]]:
        """Runs of two or more units (linked spans and other words) joined by list separators."""
        units: list[_Unit] = []
        taken = bytearray(len(text))
        for s in spans:
            start, end = s.start_char - field.start, s.end_char - field.start
            taken[start:end] = b"\x01" * (end - start)
            strong = span_value(s, "confidence") >= self.min_confidence and s.label_ != Kind.LANGUAGE.value
            units.append(_Unit(start, end, s.label_ if strong else "", s.text))
        name_word = self.rules.name_word
        for word in ws:  # other units: name words only (a plain word ends a list of names)
            w = word[TEXT]
            if w.islower() or not name_word(w) or taken.find(1, word[START], word[END]) >= 0:
                continue
            units.append(_Unit(word[START], word[END], None, w))
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
