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

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from paperkg.ingest.extract.discover import FUNCTION_WORDS, RuleComponent, field_span, field_text, field_words
from paperkg.ingest.extract.names import END, RAW_END, START, TEXT, Word, ascii_lower
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
            ws = field_words(doc, field)  # made once per doc: the later components read them too
            for i in self._head_words(ws):
                low = ws[i][TEXT].lower()
                kind, plural = self.heads[low], low in _PLURALS
                if _capital_before(ws, i):  # a name can only be there
                    self._before(doc, writer, field, text, ws, i, kind, plural)
                if i + 1 < len(ws) and not ws[i + 1][TEXT].islower():
                    self._after(doc, writer, field, text, ws, i, kind, plural)
            starts = _apposition_starts(text)
            if starts:
                self._appositions(doc, writer, field, text, ws, starts)

    def _head_words(self, ws: list[Word]) -> list[int]:
        """The indices of the words that are head nouns, A-Z folded ("Dataset", "(datasets)";
        not "datasets-based"). One set lookup per word: cheaper than a pattern of all the head
        nouns run over the text and its matches looked up among the words."""
        heads = self.heads
        # str.lower for ASCII words (the most); ascii_lower otherwise, as "K" (Kelvin) lowers to "k"
        return [i for i, word in enumerate(ws)
                if (word[TEXT].lower() if word[TEXT].isascii() else ascii_lower(word[TEXT])) in heads]

    def _link(self, doc: Doc, writer: SpanWriter, field: Field, ws: list[Word], j: int, kind: Kind,
              confidence: float, role: Role = Role.MENTIONS) -> bool:
        word = ws[j]
        if word[TEXT].lower() in self.heads:
            return False  # "... LLM BenchmarK (LLM-KICK)": the head noun itself
        end = word[END]
        if kind is Kind.DATASET and j + 1 < len(ws) and word[RAW_END] == word[END] and _YEAR.fullmatch(ws[j + 1][TEXT]):
            end = ws[j + 1][END]  # "YouTube-VOS 2019", "MIDOG 2025"
        span = field_span(doc, field, word[START], end)
        if span is None or not writer.free(span.start, span.end):
            return False
        return self.add_name(doc, writer, span.start, span.end, kind, confidence, role) is not None

    def _before(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int, kind: Kind,
                plural: bool) -> None:
        """"the DSEC dataset", "our BeaverTails classification benchmark", "3DSSG and Replica benchmarks"."""
        j = i - 1
        while j >= 0 and i - j <= 2 and ws[j][RAW_END] == ws[j][END] and _MODIFIER.fullmatch(ws[j][TEXT]) \
                and ws[j][TEXT] not in FUNCTION_WORDS and ws[j][TEXT] not in self.heads:
            j -= 1
        if j < 0 or ws[j][RAW_END] != ws[j][END]:
            return
        names = [j]
        k = j
        while True:  # "A and B", "A, B, and C", "A, B"
            if k >= 2 and ws[k - 1][TEXT] in _JOIN:
                prev = k - 2
            elif k >= 1 and text[ws[k - 1][END]:ws[k - 1][RAW_END]] == ",":
                prev = k - 1
            else:
                break
            if not self.rules.name_word(ws[prev][TEXT]) or text[ws[prev][END]:ws[prev][RAW_END]] not in {"", ","}:
                break
            names.append(prev)
            k = prev
        strong = self.rules.name_word(ws[j][TEXT])
        weak = (not strong and not plural and kind is Kind.DATASET and field.name != "title"
                and ws[j][TEXT][:1].isupper() and ws[j][TEXT][1:].islower() and ws[j][TEXT].isalpha()
                and j > 0 and ws[j - 1][TEXT].lower() in _DET | {"our"})
        if not (strong or weak):
            return
        if plural and len(names) == 1 and (ws[j][TEXT].isupper() or kind is not Kind.DATASET and i - j > 1):
            return  # "VQA datasets", "RGB images": a category, not a name
        for n in names:
            self._link(doc, writer, field, ws, n, kind, 0.8 if strong else 0.7)

    def _after(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int, kind: Kind,
               plural: bool) -> None:
        """"the occupancy model COAP", "datasets FSD-50K and GTZAN", "benchmarks: A and B"."""
        if i == 0 or ws[i - 1][TEXT].lower() in {"of", "for", "on", "to", "with"} and not plural:
            return
        tail = text[ws[i][END]:ws[i][RAW_END]]
        if tail == ",":
            if not plural:
                self._named_after_comma(doc, writer, field, text, ws, i, kind)
            return
        if tail not in {"", ":"}:
            return
        j = i + 1
        found = []
        while j < len(ws) and self.rules.name_word(ws[j][TEXT]):
            found.append(j)
            if not plural or ws[j][RAW_END] != ws[j][END] and text[ws[j][END]:ws[j][RAW_END]] != ",":
                break
            if j + 1 < len(ws) and ws[j + 1][TEXT] in _JOIN:
                j += 2
            elif ws[j][RAW_END] != ws[j][END]:
                j += 1
            else:
                break
        role = Role.INTRODUCES if _introduced(text, ws, i) else Role.MENTIONS
        for n in found:
            self._link(doc, writer, field, ws, n, kind, 0.8, role)

    def _named_after_comma(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word], i: int,
                           kind: Kind) -> None:
        """"we propose a novel method, FreeGrasp, that ...", "a new NLG model, Pictor, which": an
        indefinite head noun, a comma, and one name word set off by a comma or a bracket."""
        j = i + 1
        article = next((k for k in range(i - 1, max(-1, i - 7), -1) if ws[k][TEXT].lower() in {"a", "an"}), None)
        if j >= len(ws) or article is None or any(w[RAW_END] != w[END] for w in ws[article:i]):
            return  # "a ... method," with nothing between but words
        word, after = ws[j][TEXT], text[ws[j][END]:ws[j][RAW_END]]
        bracket = not after and j + 1 < len(ws) and text[ws[j + 1][START] - 1:ws[j + 1][START]] == "("
        plain = (word[:1].isupper() and word[1:].islower() and word.isalpha() and len(word) > 3
                 and word.lower() not in FUNCTION_WORDS and not self.rules.generic_name(word))
        if (after == "," or bracket) and (self.rules.name_word(word) or plain):
            role = Role.INTRODUCES if _introduced(text, ws, i) else Role.MENTIONS
            self._link(doc, writer, field, ws, j, kind, 0.8, role)

    def _appositions(self, doc: Doc, writer: SpanWriter, field: Field, text: str, ws: list[Word],
                     starts: list[int]) -> None:
        """"LAMBDA, a multi-agent data-analysis system" (``starts``: :func:`_apposition_starts`)."""
        for position in starts:
            j = bisect.bisect_left(ws, position, key=_start)
            if j >= len(ws) - 2 or ws[j][START] != position or text[ws[j][END]:ws[j][RAW_END]] != ",":
                continue
            word = ws[j]
            if not self.rules.name_word(word[TEXT]) or (j > 0 and ws[j - 1][TEXT].lower() in {"on", "in", "with", "using"}):
                continue
            for k in range(j + 2, min(len(ws), j + 8)):
                kind = self.heads.get(ws[k][TEXT].lower())
                if kind is not None and ws[k][TEXT].lower() not in _PLURALS:
                    self._link(doc, writer, field, ws, j, kind, 0.8)
                    break
                if ws[k][RAW_END] != ws[k][END] and text[ws[k][END]:ws[k][RAW_END]] != ",":
                    break


_APPOSITION = re.compile(r", (?:a|an|the) ")


def _apposition_starts(text: str) -> list[int]:
    """Where each word (no space or comma in it, after a space or at the start) right before
    ", a|an|the " starts. The ", a " is searched for and the word read back from it, rather
    than a pattern for the word tried at every word of the text.

    >>> _apposition_starts("LAMBDA, a system; x,y, an z")
    [0]
    """
    starts = []
    for match in _APPOSITION.finditer(text):
        start = end = match.start()
        while start > 0 and not text[start - 1].isspace() and text[start - 1] != ",":
            start -= 1
        if start < end and (start == 0 or text[start - 1] != ","):
            starts.append(start)
    return starts


def _start(word: Word) -> int:
    return word[START]


def _capital_before(ws: list[Word], i: int) -> bool:
    """Whether one of the three words before ``ws[i]`` is not all lower case."""
    for word in ws[max(0, i - 3):i]:
        if not word[TEXT].islower():
            return True
    return False


_INTRO = re.compile(r"\b(?:introduc|present|propos|releas|construct|build|buil|creat|curat|contribut|collect|develop)\w*"
                    r"|\b(?:new|novel)\b", re.IGNORECASE)


def _introduced(text: str, ws: list[Word], i: int) -> bool:
    """Whether the head noun ``ws[i]`` follows an introducing word in its sentence ("we release
    two new benchmarks: A and B")."""
    start = ws[max(0, i - 8)][START]
    before = text[start:ws[i][START]]
    before = before[before.rfind(". ") + 1:]
    return _INTRO.search(before) is not None
