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

from paperkg.ingest.extract.discover import RuleComponent, field_span, field_text
from paperkg.ingest.extract.names import words
from paperkg.ingest.extract.spans import Field, SpanWriter, doc_fields
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
            text = field_text(doc, field)
            inside = [s for s in spans if field.start <= s.start_char < field.end]
            for chain in self._chains(text, field, inside):
                kinds = {u.kind for u in chain if u.kind is not None}
                if len(kinds) != 1 or "" in kinds:
                    continue
                kind = Kind(kinds.pop())
                for unit in chain:
                    if unit.kind is None and self.rules.name_word(unit.text):
                        span = field_span(doc, field, unit.start, unit.end)
                        if span is not None and writer.free(span.start, span.end):
                            self.add_name(doc, writer, span.start, span.end, kind, 0.75, Role.MENTIONS)

    def _chains(self, text: str, field: Field, spans: list) -> list[list[_Unit]]:
        """Runs of two or more units (linked spans and other words) joined by list separators."""
        units: list[_Unit] = []
        taken = [(s.start_char - field.start, s.end_char - field.start) for s in spans]
        for s, (start, end) in zip(spans, taken, strict=True):
            strong = s._.confidence >= self.min_confidence and s.label_ != Kind.LANGUAGE.value
            units.append(_Unit(start, end, s.label_ if strong else "", s.text))
        for word in words(text):
            if word.text.lower() in _JOIN or any(a < word.end and word.start < b for a, b in taken):
                continue
            units.append(_Unit(word.start, word.end, None, word.text))
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
        return chains
