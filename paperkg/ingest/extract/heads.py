"""Names that a head noun types: the ``paperkg_heads`` component (:class:`HeadNouns`).

- a name before its head noun: "the DSEC dataset", "our BeaverTails classification
  benchmark", "3DSSG and Replica benchmarks", "a ResNetRS50 backbone" (not "X LLM": too often
  an adjective, "Text-to-Text LLM");
- a name after it: "the prior occupancy model COAP", "datasets FSD-50K and GTZAN",
  "two new benchmarks: SUSTech1K-E and CCGR-Mini-E";
- a name in apposition: "LAMBDA, a multi-agent data-analysis system".

The head noun gives the kind. A dataset name keeps a year after it ("YouTube-VOS 2019").
Names are words with inner capitals, digits or all capitals ("ScanNet200", "CRC-HGD",
"QRData"); a plain capitalised word ("Replica") counts only right before a singular dataset
noun inside a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.discover import FUNCTION_WORDS, RuleComponent, field_span, field_text
from paperkg.ingest.extract.names import Word, words
from paperkg.ingest.extract.spans import SPANS_KEY, Field, SpanWriter, doc_fields
from paperkg.ingest.records import Kind, Role

__all__ = ["DEFAULT_HEAD_NOUNS", "HeadNouns"]

#: Head nouns by kind, singular and plural.
DEFAULT_HEAD_NOUNS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "testbed", "leaderboard"],
    "model": ["model", "models", "backbone", "backbones", "architecture", "architectures", "system", "detector",
              "encoder", "classifier"],
    "technique": ["algorithm", "algorithms", "method", "framework", "optimizer", "technique", "approach"],
}
_PLURALS = frozenset({"datasets", "benchmarks", "corpora", "models", "backbones", "architectures", "algorithms"})
_JOIN = frozenset({"and", "or", "&"})
_DET = frozenset({"a", "an", "the"})
_YEAR = re.compile(r"(?:19|20)\d\d")
_MODIFIER = re.compile(r"[a-z][a-z-]*")



class HeadNouns(RuleComponent):
    """Discover names typed by a head noun next to them (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 generic_names: Iterable[str] | None = None, kind_words: Mapping[str, Sequence[str]] | None = None,
                 head_nouns: Mapping[str, Sequence[str]] | None = None) -> None:
        super().__init__(nlp, name, spans_key=spans_key, generic_names=generic_names, kind_words=kind_words)
        nouns = DEFAULT_HEAD_NOUNS if head_nouns is None else head_nouns
        self.heads = {noun.lower(): Kind(kind) for kind, ns in nouns.items() for noun in ns}

    def apply(self, doc: Doc, writer: SpanWriter) -> None:
        for field in doc_fields(doc):
            text = field_text(doc, field)
            ws = words(text)
            for i, word in enumerate(ws):
                kind = self.heads.get(word.text.lower())
                if kind is None:
                    continue
                plural = word.text.lower() in _PLURALS
                self._before(doc, writer, field, text, ws, i, kind, plural)
                self._after(doc, writer, field, text, ws, i, kind, plural)
            self._appositions(doc, writer, field, text, ws)

    def _link(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], j: int, kind: Kind,
              confidence: float, role: Role = Role.MENTIONS) -> bool:
        word = ws[j]
        if word.text.lower() in self.heads:
            return False  # "... LLM BenchmarK (LLM-KICK)": the head noun itself
        end = word.end
        if kind is Kind.DATASET and j + 1 < len(ws) and word.raw_end == word.end and _YEAR.fullmatch(ws[j + 1].text):
            end = ws[j + 1].end  # "YouTube-VOS 2019", "MIDOG 2025"
        span = field_span(doc, field, word.start, end)
        if span is None or not writer.free(span.start, span.end):
            return False
        return self.add_name(doc, writer, span.start, span.end, kind, confidence, role) is not None

    def _before(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int, kind: Kind,
                plural: bool) -> None:
        """"the DSEC dataset", "our BeaverTails classification benchmark", "3DSSG and Replica benchmarks"."""
        j = i - 1
        while j >= 0 and i - j <= 2 and ws[j].raw_end == ws[j].end and _MODIFIER.fullmatch(ws[j].text) \
                and ws[j].text not in FUNCTION_WORDS and ws[j].text not in self.heads:
            j -= 1
        if j < 0 or ws[j].raw_end != ws[j].end:
            return
        names = [j]
        k = j
        while True:  # "A and B", "A, B, and C", "A, B"
            if k >= 2 and ws[k - 1].text in _JOIN:
                prev = k - 2
            elif k >= 1 and text[ws[k - 1].end:ws[k - 1].raw_end] == ",":
                prev = k - 1
            else:
                break
            if not self.rules.name_word(ws[prev].text) or text[ws[prev].end:ws[prev].raw_end] not in {"", ","}:
                break
            names.append(prev)
            k = prev
        strong = self.rules.name_word(ws[j].text)
        weak = (not strong and not plural and kind is Kind.DATASET and field.name != "title"
                and ws[j].text[:1].isupper() and ws[j].text[1:].islower() and ws[j].text.isalpha()
                and j > 0 and ws[j - 1].text.lower() in _DET | {"our"})
        if not (strong or weak):
            return
        if plural and len(names) == 1 and (ws[j].text.isupper() or kind is not Kind.DATASET and i - j > 1):
            return  # "VQA datasets", "RGB images": a category, not a name
        for n in names:
            self._link(doc, writer, field, ws, n, kind, 0.8 if strong else 0.7)

    def _after(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int, kind: Kind,
               plural: bool) -> None:
        """"the occupancy model COAP", "datasets FSD-50K and GTZAN", "benchmarks: A and B"."""
        if i == 0 or ws[i - 1].text.lower() in {"of", "for", "on", "to", "with"} and not plural:
            return
        tail = text[ws[i].end:ws[i].raw_end]
        if tail not in {"", ":"}:
            return
        j = i + 1
        found = []
        while j < len(ws) and self.rules.name_word(ws[j].text):
            found.append(j)
            if not plural or ws[j].raw_end != ws[j].end and text[ws[j].end:ws[j].raw_end] != ",":
                break
            if j + 1 < len(ws) and ws[j + 1].text in _JOIN:
                j += 2
            elif ws[j].raw_end != ws[j].end:
                j += 1
            else:
                break
        role = Role.INTRODUCES if _introduced(text, ws, i) else Role.MENTIONS
        for n in found:
            self._link(doc, writer, field, ws, n, kind, 0.8, role)

    def _appositions(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word]) -> None:
        """"LAMBDA, a multi-agent data-analysis system"."""
        for j, word in enumerate(ws[:-2]):
            if text[word.end:word.raw_end] != "," or ws[j + 1].text.lower() not in _DET:
                continue
            if not self.rules.name_word(word.text) or (j > 0 and ws[j - 1].text.lower() in {"on", "in", "with", "using"}):
                continue
            for k in range(j + 2, min(len(ws), j + 8)):
                kind = self.heads.get(ws[k].text.lower())
                if kind is not None and ws[k].text.lower() not in _PLURALS:
                    self._link(doc, writer, field, ws, j, kind, 0.8)
                    break
                if ws[k].raw_end != ws[k].end and text[ws[k].end:ws[k].raw_end] != ",":
                    break


_INTRO = re.compile(r"\b(?:introduc|present|propos|releas|construct|build|buil|creat|curat|contribut|collect|develop)\w*"
                    r"|\b(?:new|novel)\b", re.IGNORECASE)


def _introduced(text: str, ws: list[Word], i: int) -> bool:
    """Whether the head noun ``ws[i]`` follows an introducing word in its sentence ("we release
    two new benchmarks: A and B")."""
    start = ws[max(0, i - 8)].start
    before = text[start:ws[i].start]
    before = before[before.rfind(". ") + 1:]
    return _INTRO.search(before) is not None
