"""The extraction pipeline: spaCy ``blank("en")`` plus paperkg's components, built once per process."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import chain, islice
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

import paperkg.ingest.extract.components  # noqa: F401  (registers the factories)
from paperkg.ingest.extract.spans import SPANS_KEY, sentence_bounds, sentence_starts
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role
from paperkg.ingest.text import flatten_newlines

__all__ = ["DEFAULT_MIN_CONFIDENCE", "PARALLEL_MIN_PAPERS", "Extractor", "blank_nlp", "extract", "extract_many", "make_nlp"]

#: Links below this confidence are dropped (by ``extract`` and so by the graph).
DEFAULT_MIN_CONFIDENCE = 0.5


def blank_nlp() -> Language:
    """``spacy.blank("en")`` with paperkg's tokenizer rules: a ``/`` infix (``C++/Python``) and a
    full-stop suffix after capitals and digits (``GSM8K.``); no components."""
    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"(?<=[\w+#])/(?=[\w])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "on MMLU and GSM8K." -- a full stop after a capital or digit ends the sentence
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Z0-9])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    return nlp


def make_nlp(vocab_path: str | Path | None = None) -> Language:
    """:func:`blank_nlp` plus the paperkg components (vocabulary, discovery, roles)."""
    nlp = blank_nlp()
    nlp.add_pipe("paperkg_vocab", config={"vocab_path": str(vocab_path) if vocab_path else None})
    nlp.add_pipe("paperkg_discover")
    nlp.add_pipe("paperkg_roles")
    return nlp


class Extractor:
    """Link a paper's title and abstract to entities; ``extract`` is a pure function of the paper.

    Build one per process (``Extractor.shared()``): the vocabulary matcher takes a moment.
    """

    _shared: Extractor | None = None

    def __init__(self, vocab_path: str | Path | None = None, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        self.nlp = make_nlp(vocab_path)
        self.vocabulary = self.nlp.get_pipe("paperkg_vocab").vocabulary
        self.min_confidence = min_confidence

    @classmethod
    def shared(cls) -> Extractor:
        """The process-wide extractor with the shipped vocabulary."""
        if cls._shared is None:
            cls._shared = cls()
        return cls._shared

    def _doc(self, text: str, field: str, known: dict[str, Entity]):
        flat = flatten_newlines(text)
        doc = self.nlp.make_doc(flat)
        doc.user_data["paperkg_text"] = flat
        doc.user_data["paperkg_sentences"] = sentence_starts(flat)
        doc.user_data["paperkg_field"] = field
        doc.user_data["paperkg_known"] = dict(known)
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

    def extract(self, paper: Paper) -> Extraction:
        """Mentions of vocabulary and discovered entities in ``paper``, in text order."""
        mentions: list[Mention] = []
        entities: dict[str, Entity] = {}
        known: dict[str, Entity] = {}
        discovered: dict[str, Entity] = {}
        for field, text in (("title", paper.title), ("abstract", paper.abstract)):
            if not text:
                continue
            doc = self._doc(text, field, known)
            starts = doc.user_data["paperkg_sentences"]
            found = doc.user_data.get("paperkg_entities", {})
            discovered.update(found)
            known.update(doc.user_data.get("paperkg_known", {}))
            for span in sorted(doc.spans.get(SPANS_KEY, []), key=lambda s: s.start):
                ext = span._  # one Underscore for all of this span's extension attributes
                if ext.confidence < self.min_confidence:
                    continue
                eid = span.id_
                entity = found.get(eid) or (self.vocabulary.entity(eid) if eid in self.vocabulary else None)
                if entity is None:
                    continue
                if eid not in entities:
                    entities[eid] = entity
                s, e = sentence_bounds(text, span.start_char, span.end_char, starts)
                mentions.append(
                    Mention(
                        paper_id=paper.id,
                        entity_id=eid,
                        kind=Kind(span.label_),
                        surface=span.text,
                        field=field,  # type: ignore[arg-type]
                        start=span.start_char,
                        end=span.end_char,
                        role=Role(ext.role),
                        origin=Origin(ext.origin),
                        confidence=round(float(ext.confidence), 3),
                        extractor=ext.extractor,
                        sentence_start=s,
                        sentence_end=e,
                    )
                )
        mentions, entities = _settle_kinds(mentions, entities, paper)
        entities = self._with_families(entities, discovered)
        return Extraction(paper=paper, mentions=tuple(mentions), entities=tuple(entities.values()))

    def _with_families(self, entities: dict[str, Entity], discovered: dict[str, Entity]) -> dict[str, Entity]:
        """Add the broader (family) entities of linked ones, so the hierarchy is in the graph."""
        out = dict(entities)
        for entity in list(entities.values()):
            parent = entity.broader
            while parent and parent not in out:
                family = discovered.get(parent) or (self.vocabulary.entity(parent) if parent in self.vocabulary else None)
                if family is None:
                    break
                out[parent] = family
                parent = family.broader
        return out

    def pipe(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        """Extract papers one after another."""
        for paper in papers:
            yield self.extract(paper)


_NAME_PRIOR: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (Kind.DATASET, re.compile(r"(?:[Bb]ench|BENCH|Eval|EVAL|Corpus|Pile|Data|Stories|QA|Set|Instruct)$")),
    (Kind.TECHNIQUE, re.compile(r"(?:Pruner|Tuning|Prompting|Attack|Merging)$", re.IGNORECASE)),
    (Kind.MODEL, re.compile(r"(?:LM|LLM|LLMs|GPT|BERT|T5|LLaVA|Llama|LLaMA|Former|Coder|-\d+(?:\.\d+)?[BMK])$")),
)
_KIND_NOUNS = (
    "dataset|datasets|corpus|corpora|benchmark|benchmarks|collection|suite|testbed|leaderboard"
    "|model|models|llm|llms|language model|vision-language model|foundation model|chatbot|assistant|family|series|checkpoint"
    "|method|approach|framework|technique|algorithm|strategy|pipeline|metric|library|toolkit|recipe|paradigm|attack"
    "|mechanism|architecture|scheme|system|tool|language|protocol|platform"
)
_KIND_OF_NOUN = {
    **dict.fromkeys(["dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "collection", "suite", "testbed", "leaderboard"], Kind.DATASET),
    **dict.fromkeys(["model", "models", "llm", "llms", "chatbot", "assistant", "family", "series", "checkpoint", "architecture"], Kind.MODEL),
    **dict.fromkeys(["method", "approach", "framework", "technique", "algorithm", "strategy", "pipeline", "metric", "library", "toolkit", "recipe", "paradigm", "attack", "mechanism", "scheme", "system", "tool", "protocol", "platform"], Kind.TECHNIQUE),
}


def _kind_of(match: re.Match[str]) -> Kind | None:
    groups = match.groupdict()
    noun = (groups.get("noun") or groups.get("noun2") or "").lower().split()[-1]
    of = groups.get("of") or groups.get("of2")
    if of:  # "a suite of LLMs", "a family of models", "a collection of benchmarks"
        noun = of.lower().split()[-1]
    return _KIND_OF_NOUN.get(noun)


_NOUN = (r"(?:\w+-)*(?P<noun>" + _KIND_NOUNS + r")\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:\w+-)*(?P<of>"
         + _KIND_NOUNS + r")\b)?")
# After the name: "X, a multilingual dataset", "X (Y), the first ... corpus", "X is a framework"
_AFTER_NAME = re.compile(
    r"(?:\s*\([^)]{0,40}\))?,?\s+(?:to the best of our knowledge,?\s+)?(?:(?:is|was|which is)\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?" + _NOUN, re.IGNORECASE)
# Right after the name: "the LLaVA-KD framework", "our X dataset"
_NOUN_AFTER_NAME = re.compile(r"\s+" + _NOUN, re.IGNORECASE)
# Before the name: "a novel approach, Partially-Binarized LLM (X)", "a new benchmark called X",
# "a training-free memory-based method, X" (an indefinite appositive: "the ... datasets, X" is
# no apposition), "the novel method for LLMs, namely X"
_PP = r"(?:\s+(?:for|of|on|in)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
_BEFORE_NAME = re.compile(
    r"\b(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?" + _NOUN
    + r"(?:\s*(?:,|--|\u2014|:)\s*(?:(?:called|named|dubbed|termed)\s+)?(?:[\w-]+\s+){0,3}?\("
    r"|\s*(?:,|--|\u2014)?\s*(?:called|named|dubbed|termed)\s+|" + _PP + r"\s*,\s*namely\s+)"
    r"|" + "".join(f"(?<!\\b{w} )" for w in ("on", "in", "at", "with", "using", "across", "for", "from", "by",
                                              "to", "of", "under", "over", "via", "into", "compared"))
    + r"(?:a|an)\s+(?:[\w-]+\s+){0,4}?" + _NOUN.replace("?P<noun>", "?P<noun2>").replace("?P<of>", "?P<of2>")
    + _PP + r"\s*,\s*)$", re.IGNORECASE)


_SIZED_NAME = re.compile(r"[- ]\d+(?:\.\d+)?[BM]\b")  # "-7B", " 540B", "-350M": parameters


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


def _settled_kind(label: str, kind: Kind, paper: Paper) -> Kind:
    """The kind of a discovered name: what the paper calls it ("X, a ... dataset"), its shape, else as found."""
    found = _evidence_kind(label, paper.abstract)
    if found is not None:
        return found
    for prior, pattern in _NAME_PRIOR:
        if pattern.search(label):
            return prior
    return kind


def _evidence_kind(label: str, text: str) -> Kind | None:
    """The kind the text gives a name: "X, a ... dataset", "the X framework", "a method, X"."""
    for position in _occurrences(text, label):
        after = _AFTER_NAME.match(text, position + len(label))
        found = _kind_of(after) if after else None
        if found is not None:
            return found
    for position in _occurrences(text, label):
        after = _NOUN_AFTER_NAME.match(text, position + len(label))
        found = _kind_of(after) if after else None
        if found is not None:
            return found
    for position in _occurrences(text, label, variants=True):  # "a model, GemmAr-7B-V1" holds for GemmAr
        before = _BEFORE_NAME.search(text[max(0, position - 160):position])
        found = _kind_of(before) if before else None
        if found is not None:
            return found
    return None


def _settle_kinds(mentions: list[Mention], entities: dict[str, Entity], paper: Paper) -> tuple[list[Mention], dict[str, Entity]]:
    """Give each discovered entity the kind the whole paper supports; rename ids to match."""
    renamed: dict[str, Entity] = {}
    families = {e.broader for e in entities.values() if e.broader}
    # A discovered family with sized members ("GemmAr" of "GemmAr-7B") is a model family unless the
    # paper says otherwise ("WebVid-2M, a dataset of clips"); a vocabulary dataset's sample stays.
    sized = {e.broader for e in entities.values() if e.broader and _SIZED_NAME.search(e.label)
             and e.broader in entities and entities[e.broader].origin is Origin.DISCOVERED}
    for eid, entity in entities.items():
        if entity.origin is not Origin.DISCOVERED:
            continue
        if eid in sized or (entity.broader in sized and _SIZED_NAME.search(entity.label)):
            kind = _evidence_kind(entity.label, paper.abstract) or Kind.MODEL  # "-7B": parameters
        elif entity.broader or eid in families or entity.confidence < 0.8:
            continue  # shape-only names ("BioBERT") keep the kind their shape gives
        else:
            kind = _settled_kind(entity.label, entity.kind, paper)
        if kind is not entity.kind:
            renamed[eid] = replace(entity, kind=kind, id=f"{kind.value}/{eid.split('/', 1)[1]}")
    if not renamed:
        return mentions, entities
    moved = {old: new.id for old, new in renamed.items()}
    entities = {moved.get(e, e): renamed.get(e, entity) for e, entity in entities.items()}
    entities = {e: replace(entity, broader=moved[entity.broader]) if entity.broader in moved else entity
                for e, entity in entities.items()}
    mentions = [replace(m, entity_id=renamed[m.entity_id].id, kind=renamed[m.entity_id].kind)
                if m.entity_id in renamed else m for m in mentions]
    return mentions, entities


def extract(paper: Paper) -> Extraction:
    """Extract one paper with the process-wide extractor (safe to call in worker processes)."""
    return Extractor.shared().extract(paper)


_MENTION_FIELDS = tuple(Mention.__dataclass_fields__)


def _pack(extraction: Extraction) -> tuple[list[tuple], tuple[Entity, ...]]:
    """An extraction without its paper, mentions as plain tuples: cheap to send between processes."""
    return [tuple(getattr(m, f) for f in _MENTION_FIELDS) for m in extraction.mentions], extraction.entities


def _unpack(paper: Paper, packed: tuple[list[tuple], tuple[Entity, ...]]) -> Extraction:
    rows, entities = packed
    mentions = []
    for row in rows:
        values = dict(zip(_MENTION_FIELDS, row, strict=True))
        values.update(kind=Kind(values["kind"]), role=Role(values["role"]), origin=Origin(values["origin"]))
        mentions.append(Mention(**values))
    return Extraction(paper=paper, mentions=tuple(mentions), entities=entities)


def _extract_chunk(task: tuple[list[Paper], Callable[[Extraction], Any] | None]) -> list[Any]:
    papers, transform = task
    extractor = Extractor.shared()
    return [(transform or _pack)(extractor.extract(p)) for p in papers]


#: Below this many papers, worker processes cost more than they save.
PARALLEL_MIN_PAPERS = 2000


def _chunks(papers: Iterator[Paper], size: int) -> Iterator[list[Paper]]:
    while chunk := list(islice(papers, size)):
        yield chunk


def extract_many(papers: Iterable[Paper], *, workers: int | None = None, chunk_size: int = 256,
                 transform: Callable[[Extraction], Any] | None = None) -> Iterator[Any]:
    """Extract papers in input order, in ``workers`` processes (None: one per core for large inputs).

    Yields Extraction records, or ``transform(extraction)`` when given (a module-level
    function, run in the worker: e.g. serialising there saves sending records back).
    ``papers`` is consumed as a stream: at most a few chunks per worker are in flight, so
    memory stays flat on any input size, and reading overlaps extraction. Workers are forked
    after the shared extractor is built, so the vocabulary matcher is built once; where fork
    is not available they build their own.
    """
    import multiprocessing as mp
    import os

    stream = iter(papers)
    head = list(islice(stream, max(PARALLEL_MIN_PAPERS, 2 * chunk_size)))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(head) >= PARALLEL_MIN_PAPERS else 1
    extractor = Extractor.shared()
    if workers <= 1 or len(head) < 2 * chunk_size:
        for extraction in extractor.pipe(chain(head, stream)):
            yield transform(extraction) if transform else extraction
        return

    def results(chunk: list[Paper], done: list[Any]) -> Iterator[Any]:
        if transform:
            return iter(done)
        return (_unpack(paper, packed) for paper, packed in zip(chunk, done, strict=True))

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    in_flight = 4 * workers
    with mp.get_context(method).Pool(workers) as pool:
        pending: deque[tuple[list[Paper], Any]] = deque()
        for chunk in _chunks(chain(head, stream), chunk_size):
            pending.append((chunk, pool.apply_async(_extract_chunk, ((chunk, transform),))))
            if len(pending) >= in_flight:
                chunk, result = pending.popleft()
                yield from results(chunk, result.get())
        while pending:
            chunk, result = pending.popleft()
            yield from results(chunk, result.get())
