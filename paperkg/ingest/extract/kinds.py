"""One kind per discovered name in a paper: the ``paperkg_kinds`` component (:class:`KindSettler`).

A discovered name gets the kind the whole paper gives it ("X, a multilingual dataset", "the X
framework", "a method, X"), else (unless a head noun typed it: ``typed_by``) the kind its shape suggests (``...Bench`` is a dataset,
``...LM`` a model), else the kind it was found with. A family with sized members
("GemmAr" of "GemmAr-7B") is a model family unless the text says otherwise. Renamed entities
get new ids (``<kind>/<slug>``), and their spans, ``doc._.entities`` and ``doc._.known`` follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from paperkg.ingest.extract.spans import (
    SPANS_KEY,
    doc_entities,
    doc_fields,
    doc_text,
    fold,
    known_names,
    set_doc_value,
    span_value,
)
from paperkg.ingest.records import Entity, Kind, Origin

__all__ = ["DEFAULT_KIND_NOUNS", "DEFAULT_NAME_PRIORS", "KindSettler", "evidence_kind"]

#: Nouns that say what a name is, by kind ("none": nouns that say it is none of them).
DEFAULT_KIND_NOUNS: dict[str, list[str]] = {
    "dataset": ["dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "collection", "suite",
                "testbed", "leaderboard"],
    "model": ["model", "models", "llm", "llms", "language model", "vision-language model", "foundation model",
              "chatbot", "assistant", "family", "series", "checkpoint", "architecture", "system", "agent"],
    "technique": ["method", "approach", "framework", "technique", "algorithm", "strategy", "pipeline", "metric",
                  "library", "toolkit", "recipe", "paradigm", "attack", "mechanism", "scheme", "tool",
                  "protocol", "platform", "solver", "renderer", "tracer", "compiler"],
    "none": ["language"],
}
#: Name endings that suggest a kind, when the text says nothing (regular expressions).
DEFAULT_NAME_PRIORS: dict[str, str] = {
    "dataset": r"(?:[Bb]ench|BENCH|Eval|EVAL|Corpus|Pile|Data|Stories|QA|Set|Instruct)$",
    "technique": r"(?i:Pruner|Tuning|Prompting|Attack|Merging)$",
    "model": r"(?:LM|LLM|LLMs|GPT|BERT|T5|LLaVA|Llama|LLaMA|Former|Coder|-\d+(?:\.\d+)?[BMK])$",
}
#: The last word of a title-case name that says its kind ("Cognitive Blood Request System").
_OWN_HEADS = {"Model": Kind.MODEL, "Transformer": Kind.MODEL, "Network": Kind.MODEL, "System": Kind.MODEL,
              "Agent": Kind.MODEL, "Benchmark": Kind.DATASET, "Dataset": Kind.DATASET, "Corpus": Kind.DATASET}
#: Technique nouns that name a benchmark after an evaluation word ("an evaluation framework").
_EVALUATION_HEADS = frozenset({"framework", "pipeline", "protocol", "platform", "toolkit"})
_EVALUATION_WORDS = (" evaluation", " benchmarking", " assessment")
_SIZED_NAME = re.compile(r"[- ]\d+(?:\.\d+)?[BM]\b")  # "-7B", " 540B", "-350M": parameters
_NOT_AFTER = ("on", "in", "at", "with", "using", "across", "for", "from", "by", "to", "of", "under", "over", "via",
              "into", "compared")


class _Evidence:
    """The patterns that read a kind off the text around a name."""

    def __init__(self, kind_nouns: Mapping[str, Sequence[str]]) -> None:
        self.kind_of_noun: dict[str, Kind | None] = {}
        for key, nouns in kind_nouns.items():
            for noun in nouns:
                self.kind_of_noun[noun.lower().split()[-1]] = None if key == "none" else Kind(key)
        nouns = "|".join(sorted((re.escape(n) for ns in kind_nouns.values() for n in ns), key=len, reverse=True))
        noun = (r"(?:\w+-)*(?P<noun>" + nouns + r")\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:\w+-)*(?P<of>"
                + nouns + r")\b)?")
        # After the name: "X, a multilingual dataset", "X (Y), the first ... corpus", "X is a framework"
        # ("MAC), a benchmark": the short form of "Long Form (MAC)"; "X, which to our knowledge is the first framework")
        self.after = re.compile(
            r"\)?(?:\s*\([^)]{0,40}\))?,?\s+(?:which\s+)?(?:(?:to the best of|to) our knowledge,?\s+)?"
            r"(?:(?:is|was|which is)\s+)?"
            r"(?:a|an|the)\s+(?:[\w-]+,?\s+){0,6}?" + noun, re.IGNORECASE)
        # Right after the name: "the LLaVA-KD framework", "our X dataset", "a Long Form (LF) benchmark"
        # (not a model: "a historical dynamic refractory period (HDRP) model" is a mathematical one)
        self.right_after = re.compile(r"(?P<paren>\)?(?:\s+\([^)]{0,40}\))?)\s+" + noun, re.IGNORECASE)
        # Right before the name: "a search system MMMORRF", "the occupancy model COAP"
        self.right_before = re.compile(r"\b(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?" + noun + r"\s$",
                                       re.IGNORECASE)
        # Before the name: "a novel approach, Partially-Binarized LLM (X)", "a new benchmark called X",
        # "a training-free memory-based method, X" (an indefinite appositive: "the ... datasets, X"
        # is no apposition), "the novel method for LLMs, namely X"
        pp = r"(?:\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
        self.before = re.compile(
            r"\b(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + noun
            + r"(?:\s*(?:,|--|\u2014|:)\s*(?:(?:called|named|dubbed|termed)\s+)?(?:[\w-]+\s+){0,3}?\("
            r"|\s*(?:,|--|\u2014)?\s*(?:called|named|dubbed|termed)\s+|" + pp + r"\s*,\s*namely\s+)"
            r"|" + "".join(f"(?<!\\b{w} )" for w in _NOT_AFTER)
            + r"(?:a|an)\s+(?:[\w-]+\s+){0,4}?" + noun.replace("?P<noun>", "?P<noun2>").replace("?P<of>", "?P<of2>")
            + pp + r"\s*,\s*)$", re.IGNORECASE)

    def kind_of(self, match: re.Match[str]) -> Kind | None:
        groups = match.groupdict()
        group = "noun" if groups.get("noun") else "noun2"
        noun = (groups.get(group) or "").lower().split()[-1]
        of = groups.get("of") or groups.get("of2")
        if of:  # "a suite of LLMs", "a family of models", "a collection of benchmarks"
            noun = of.lower().split()[-1]
        kind = self.kind_of_noun.get(noun)
        if kind is Kind.TECHNIQUE and not of and noun in _EVALUATION_HEADS:
            start = match.start(group)  # "an adaptive evaluation framework": a benchmark (ANNOTATION: like HELM)
            if match.string[max(0, start - 14):start].lower().rstrip().endswith(_EVALUATION_WORDS):
                return Kind.DATASET
        return kind

    def kind(self, label: str, text: str) -> Kind | None:
        """The kind the text gives a name: "X, a ... dataset", "the X framework", "a method, X"."""
        for pattern in (self.after, self.right_after):
            for position in _occurrences(text, label):
                found = pattern.match(text, position + len(label))
                kind = self.kind_of(found) if found else None
                if kind is Kind.MODEL and pattern is self.right_after and found and found.group("paren"):
                    continue
                if kind is not None:
                    return kind
        for position in _occurrences(text, label, variants=True):  # "a model, GemmAr-7B-V1" holds for GemmAr
            window = text[max(0, position - 160):position]
            # ``before`` is anchored at the window's end: try it only where the window ends as it must
            found = self.before.search(window) if window.rstrip()[-6:].lower().endswith(_BEFORE_ENDS) else None
            if found is None and window.endswith(" ") and window[-30:].split()[-1:] and (
                    window[-30:].split()[-1].lower() in self.kind_of_noun):
                found = self.right_before.search(window[-80:])
            kind = self.kind_of(found) if found else None
            if kind is not None:
                return kind
        return None


_KIND_RANK = {Kind.MODEL: 0, Kind.DATASET: 1, Kind.TECHNIQUE: 2, Kind.LANGUAGE: 3}


def _summed(votes: dict[str, list[int]], old: set[str], entity: Entity, entities: dict[str, Entity],
            renamed: dict[str, Entity]) -> tuple[int, int]:
    """(introducing spans, spans) of the old ids that now are ``entity``."""
    mine = [votes.get(eid, [0, 0]) for eid in old if renamed.get(eid, entities[eid]).id == entity.id]
    return sum(v[0] for v in mine), sum(v[1] for v in mine)


def _occurrences(text: str, label: str, *, variants: bool = False) -> Iterator[int]:
    """Where ``label`` stands as a whole name in ``text`` (``variants``: also "label-7B-V1")."""
    position = text.find(label)
    while position >= 0:
        end = position + len(label)
        if (position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")
                or variants and text[end] == "-" and _SIZED_NAME.match(text, end)):
            yield position
        position = text.find(label, end)


#: How every match of ``_Evidence.before`` ends (but for spaces): "(", "called X", "namely X", ", X".
_BEFORE_ENDS = ("(", ",", "called", "named", "dubbed", "termed", "namely")
_DEFAULT_EVIDENCE = _Evidence(DEFAULT_KIND_NOUNS)


def evidence_kind(label: str, text: str) -> Kind | None:
    """The kind ``text`` gives the name ``label`` (default nouns), if it says one.

    >>> evidence_kind("Dolma", "We release Dolma, a three-trillion-token English corpus.")
    <Kind.DATASET: 'dataset'>
    >>> evidence_kind("FooNet", "On a challenging benchmark, FooNet wins.") is None
    True
    """
    return _DEFAULT_EVIDENCE.kind(label, text)


class KindSettler:
    """Give each discovered entity the kind the whole paper supports; rename ids to match."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str = SPANS_KEY,
                 kind_nouns: Mapping[str, Sequence[str]] | None = None,
                 name_priors: Mapping[str, str] | None = None, typed_by: Sequence[str] = ("paperkg_heads", "paperkg_lists")) -> None:
        self.name = name
        self.spans_key = spans_key
        self.typed_by = frozenset(typed_by)
        self.evidence = _Evidence(DEFAULT_KIND_NOUNS if kind_nouns is None else kind_nouns)
        priors = DEFAULT_NAME_PRIORS if name_priors is None else name_priors
        self.priors = tuple((Kind(k), re.compile(p)) for k, p in priors.items())

    def _settled(self, label: str, kind: Kind, text: str, typed: bool, aliases: Sequence[str] = ()) -> Kind:
        for name in (label, *aliases):  # "the Regression Transformer (RT), a novel method": a model
            head = name.rsplit(" ", 1)
            if len(head) == 2 and head[1] in _OWN_HEADS and head[0][:1].isupper():
                return _OWN_HEADS[head[1]]
        found = self.evidence.kind(label, text)
        if found is not None or typed:
            return found or kind
        for prior, pattern in self.priors:
            if pattern.search(label):
                return prior
        return kind

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            return doc
        found = doc_entities(doc)
        entities = {span.id_: found[span.id_] for span in doc.spans[self.spans_key] if span.id_ in found}
        if not entities:
            return doc
        text = " ".join(doc_text(doc)[f.start:f.end] for f in doc_fields(doc) if f.name == "abstract")
        typed = {span.id_ for span in doc.spans[self.spans_key] if span_value(span, "extractor") in self.typed_by}
        renamed = self._renames(entities, text, typed)
        renamed.update(self._unify(doc, entities, renamed))
        if renamed:
            self._rename(doc, renamed)
        return doc

    def _unify(self, doc: Doc, entities: dict[str, Entity], renamed: dict[str, Entity]) -> dict[str, Entity]:
        """One entity per name in a paper: discovered entities whose labels differ only in case or
        punctuation ("KGym" in the title, "kGym" in the abstract; "LangSAMP" as model and as
        technique) become the one with the most introducing spans, then the most spans."""
        votes: dict[str, list[int]] = {}
        for span in doc.spans[self.spans_key]:
            if span.id_ in entities:
                vote = votes.setdefault(span.id_, [0, 0])
                vote[0] += span_value(span, "role") == "introduces"
                vote[1] += 1
        groups: dict[str, list[Entity]] = {}
        for eid, entity in entities.items():
            if entity.origin is Origin.DISCOVERED:
                groups.setdefault(fold(entity.label) or entity.label, []).append(renamed.get(eid, entity))
        out: dict[str, Entity] = {}
        for group in groups.values():
            ids = {e.id for e in group}
            if len(ids) < 2:
                continue
            old = {eid for eid, e in entities.items() if renamed.get(eid, e).id in ids}
            best = max(group, key=lambda e: (*_summed(votes, old, e, entities, renamed), -_KIND_RANK[e.kind], e.id))
            aliases = tuple(sorted(({e.label for e in group} | {a for e in group for a in e.aliases}) - {best.label}))
            merged = replace(best, aliases=aliases)
            for eid in old:
                if eid != merged.id or renamed.get(eid, entities[eid]) != merged:
                    out[eid] = merged
        return out

    def _renames(self, entities: dict[str, Entity], text: str, typed: set[str]) -> dict[str, Entity]:
        """New kinds (and ids) of the discovered ``entities``; ``typed``: ids a head noun typed."""
        renamed: dict[str, Entity] = {}
        families = {e.broader for e in entities.values() if e.broader}
        # A discovered family with sized members ("GemmAr" of "GemmAr-7B") is a model family unless
        # the paper says otherwise ("WebVid-2M, a dataset of clips"); a vocabulary dataset's sample stays.
        sized = {e.broader for e in entities.values() if e.broader and _SIZED_NAME.search(e.label)
                 and e.broader in entities and entities[e.broader].origin is Origin.DISCOVERED}
        for eid, entity in sorted(entities.items()):
            if entity.origin is not Origin.DISCOVERED:
                continue
            if eid in sized or (entity.broader in sized and _SIZED_NAME.search(entity.label)):
                kind = self.evidence.kind(entity.label, text) or Kind.MODEL  # "-7B": parameters
            elif entity.broader or eid in families or entity.confidence < 0.8:
                continue  # shape-only names ("BioBERT") keep the kind their shape gives
            else:
                kind = self._settled(entity.label, entity.kind, text, eid in typed, entity.aliases)
            if kind is not entity.kind:
                renamed[eid] = replace(entity, kind=kind, id=f"{kind.value}/{eid.split('/', 1)[1]}")
        return renamed

    def _rename(self, doc: Doc, renamed: dict[str, Entity]) -> None:
        moved = {old: new.id for old, new in renamed.items()}
        spans = []
        for span in doc.spans[self.spans_key]:
            new = renamed.get(span.id_)
            if new is None:
                spans.append(span)
                continue
            copy = Span(doc, span.start, span.end, label=new.kind.value, span_id=new.id)
            for attr in ("role", "origin", "confidence", "extractor"):
                setattr(copy._, attr, getattr(span._, attr))
            spans.append(copy)
        doc.spans[self.spans_key] = spans
        entities = doc_entities(doc)
        settled = {moved.get(e, e): renamed.get(e, entity) for e, entity in entities.items()}
        entities = {e: replace(entity, broader=moved[entity.broader]) if entity.broader in moved else entity
                    for e, entity in settled.items()}
        set_doc_value(doc, "entities", entities)
        known = known_names(doc)
        for surface, entity in list(known.items()):
            if entity.id in moved:
                known[surface] = entities[moved[entity.id]]
