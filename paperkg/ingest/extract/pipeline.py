"""The extraction pipeline: spaCy ``blank("en")`` plus paperkg's components, built once per process."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, islice
from operator import attrgetter
from pathlib import Path
from typing import Any

from spacy.attrs import IS_ALPHA, IS_LOWER, LOWER
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from paperkg.collector import collector_paused
from paperkg.ingest.extract.components import COMPONENTS, LEARNED
from paperkg.ingest.extract.spans import (
    SPAN_DEFAULTS,
    doc_entities,
    doc_fields,
    doc_sentence_bounds,
    doc_sentences,
    doc_text,
    group_spans,
    joined_fields,
    release_spans,
    sentence_at,
    set_doc_value,
    span_value_key,
)
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role
from paperkg.ingest.text import EdgeSearch, InfixFinder, flatten_markup

__all__ = ["DEFAULT_MIN_CONFIDENCE", "LEARNED_NOT_ON_CLUSTER", "PARALLEL_MIN_PAPERS", "RULE_LEXEME_ATTRS",
           "Extractor", "blank_nlp", "extract", "extract_many", "keep_lexeme_attrs", "make_nlp", "paper_doc"]

#: Why ``learned`` and a Dask scheduler do not go together (the cluster's workers link without it).
LEARNED_NOT_ON_CLUSTER = (
    "the learned span classifier (--learned) does not run on a Dask cluster (--scheduler) yet")
#: Links below this confidence are dropped (by ``extract`` and so by the graph).
DEFAULT_MIN_CONFIDENCE = 0.5


#: paperkg's tokenizer rules beyond spaCy's English ones: a ``/`` infix (``C++/Python``), a ``(``
#: infix between a word and a capital (``Karush-Kuhn-Tucker(KKT)``), a ``+`` infix between a letter
#: or digit and a letter (``BERT+BiLSTM``, ``GPT-4+RAG``: each part is its own name; spaCy's rule
#: only splits digit+digit; ``C++``, a trailing ``CodeT5+`` and ``[BCE+25]`` stay whole; so does a
#: ``+`` before a short word of ``_PLUS_KEEPS``, no name of its own: ``TRIPOD+AI``, ``Human+AI``), and
#: a full-stop suffix after capitals and digits ("on MMLU and GSM8K." -- the full stop ends the sentence)
_PLUS_KEEPS = ("AI", "ML", "DL")
_INFIXES = [*English.Defaults.infixes, r"(?<=[\w+#])/(?=[\w])", r"(?<=[A-Za-z]{2})\((?=[A-Z])",
            r"(?<=[A-Za-z0-9])\+(?=[A-Za-z])(?!(?:" + "|".join(_PLUS_KEEPS) + r")(?!\w))"]
_SUFFIXES = [*English.Defaults.suffixes, r"(?<=[A-Z0-9])\."]


class _PaperEnglish(English):
    """``spacy.blank("en")`` whose tokenizer is made with paperkg's rules: setting them on a made
    tokenizer instead re-tokenizes its 4,000 special cases for each rule (a tenth of a second of
    every process's start-up)."""

    class Defaults(English.Defaults):
        infixes = _INFIXES
        suffixes = _SUFFIXES


@registry.tokenizers("paperkg.Tokenizer.v1")
def _create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's ``spacy.Tokenizer.v1`` whose prefix, suffix and infix searches are
    :class:`~paperkg.ingest.text.EdgeSearch` and :class:`~paperkg.ingest.text.InfixFinder`: the
    same tokens, with the rules that cannot match a word's edge characters skipped (the tokenizer
    spends half its time in these regexes)."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                         prefix_search=EdgeSearch(defaults.prefixes, suffix=False).search,
                         suffix_search=EdgeSearch(defaults.suffixes, suffix=True).search,
                         infix_finditer=InfixFinder(defaults.infixes).finditer,
                         token_match=defaults.token_match, url_match=defaults.url_match)

    return make


#: :func:`blank_nlp`'s config: the tokenizer above (made once, not re-made after assigning searches).
_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "paperkg.Tokenizer.v1"}}}


def blank_nlp() -> Language:
    """``spacy.blank("en")`` with paperkg's tokenizer rules: a ``/`` infix (``C++/Python``), a ``(``
    infix between a word and a capital (``Karush-Kuhn-Tucker(KKT)``), a ``+`` infix before a letter
    (``BERT+LoRA``) and a full-stop suffix after capitals and digits (``GSM8K.``); no components."""
    return _PaperEnglish.from_config(_CONFIG)  # what spacy.blank("en") does, with the class above


def make_nlp(vocab_path: str | Path | None = None, *, learned: bool = False) -> Language:
    """:func:`blank_nlp` plus the paperkg components (:data:`~.components.COMPONENTS`, in order);
    ``learned``: also the learned span classifier (:data:`~.components.LEARNED`, before the kinds)."""
    nlp = blank_nlp()
    nlp.add_pipe("paperkg_vocab", config={"vocab_path": str(vocab_path) if vocab_path else None})
    for name in COMPONENTS[1:]:
        if learned and name == "paperkg_kinds":
            nlp.add_pipe(LEARNED)
        nlp.add_pipe(name)
    return nlp


#: The lexeme attributes the rule components read: ``LOWER`` (``token.lower_``, the vocabulary
#: matcher's case-folded phrase index), ``IS_ALPHA`` and ``IS_LOWER`` (the vocabulary matcher's
#: ``is_alpha``, ``is_lower``); a lexeme's text and length are always there. spaCy
#: computes each of its ~23 lexeme attributes (shape, prefix, like_num, is_stop, ...) with a
#: Python function for every word its vocabulary meets for the first time, and a paper brings
#: dozens of new ones; only the learned span classifier reads the others.
RULE_LEXEME_ATTRS = frozenset({LOWER, IS_ALPHA, IS_LOWER})


def keep_lexeme_attrs(nlp: Language, attrs: frozenset[int]) -> None:
    """Let ``nlp``'s vocabulary compute only the lexeme attributes ``attrs`` (``spacy.attrs``
    ids) for the words it meets from now on (the others stay unset: 0, or "" as strings)."""
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getter for attr, getter in getters.items() if attr in attrs}


_START = attrgetter("start")
# the span extensions' defaults (what a span with no value set for one has)
_ROLE, _ORIGIN, _CONFIDENCE, _EXTRACTOR = (SPAN_DEFAULTS[name]
                                           for name in ("role", "origin", "confidence", "extractor"))
# enum members by value: a dict lookup per mention instead of an Enum call
_KINDS: dict[str, Kind] = {kind.value: kind for kind in Kind}
_ROLES: dict[str, Role] = {role.value: role for role in Role}
_ORIGINS: dict[str, Origin] = {origin.value: origin for origin in Origin}


class Extractor:
    """Link a paper's title and abstract to entities; ``extract`` is a pure function of the paper.

    A paper's title and abstract are one ``Doc`` (:func:`paper_doc`: the fields joined, with
    ``doc._.fields`` saying where each lies) that ``nlp.pipe`` runs through the components, so
    ``nlp(text)`` and ``extract`` are one code path; :meth:`extraction` reads the spans back.
    Build one per process (``Extractor.shared()``): the vocabulary matcher's tables come from a
    per-user cache after the first process (:mod:`~.vocab_cache`), the rest takes half a second.
    Without the learned classifier, new words get only the lexeme attributes the rules read
    (:data:`RULE_LEXEME_ATTRS`).
    ``learned=True`` adds the learned span classifier (opt-in; see :mod:`~.learned`).
    """

    _shared: dict[bool, Extractor] = {}

    def __init__(self, vocab_path: str | Path | None = None, *,
                 min_confidence: float = DEFAULT_MIN_CONFIDENCE, nlp: Language | None = None,
                 learned: bool = False) -> None:
        if nlp is None:
            with collector_paused():  # (the passes were a sixth of the extractor's start-up)
                nlp = make_nlp(vocab_path, learned=learned)
            if not learned:  # the learned classifier's features are lexeme attributes
                keep_lexeme_attrs(nlp, RULE_LEXEME_ATTRS)
        self.nlp = nlp
        self.vocabulary = self.nlp.get_pipe("paperkg_vocab").vocabulary
        self.min_confidence = min_confidence

    @classmethod
    def shared(cls, *, learned: bool = False) -> Extractor:
        """The process-wide extractor with the shipped vocabulary (``learned``: and the learned
        span classifier; each of the two is built once per process)."""
        extractor = cls._shared.get(learned)
        if extractor is None:
            extractor = cls._shared[learned] = cls(learned=learned)
        return extractor

    def extract(self, paper: Paper) -> Extraction:
        """Mentions of vocabulary and discovered entities in ``paper``, in text order."""
        return next(self.pipe([paper]))

    def pipe(self, papers: Iterable[Paper], *, batch_size: int = 64) -> Iterator[Extraction]:
        """Extract papers in input order: ``nlp.pipe`` over their docs (the one code path of
        ``nlp(text)`` and ``extract``)."""
        docs = ((paper_doc(self.nlp, paper), paper) for paper in papers)
        for doc, paper in self.nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
            yield self.extraction(doc, paper)

    def extraction(self, doc: Doc, paper: Paper) -> Extraction:
        """The record of a processed paper doc: its spans (above ``min_confidence``) as mentions
        in text order, offsets into each field's text, and the entities with their families."""
        entities: dict[str, Entity] = {}
        mentions: list[Mention] = []
        found = doc_entities(doc)
        fields = doc_fields(doc)
        starts = doc_sentences(doc)
        bounds = doc_sentence_bounds(doc)
        text = doc_text(doc)
        vocabulary = self.vocabulary.entries
        minimum = self.min_confidence
        paper_id = paper.id
        get, key = doc.user_data.get, span_value_key  # each span's values read here: a paper has dozens
        for span in sorted(group_spans(doc), key=_START):
            start, end = span.start_char, span.end_char
            confidence = get(key("confidence", start, end), _CONFIDENCE)
            if confidence < minimum:
                continue
            eid = span.id_
            entity = found.get(eid)
            if entity is None:
                entry = vocabulary.get(eid)
                if entry is None:
                    continue
                entity = entry.entity
            entities.setdefault(eid, entity)
            for field in fields:  # (a loop, not a generator made per mention)
                if start < field.end:
                    break
            s, e = sentence_at(text, start, end, starts, bounds)
            offset = field.start
            mentions.append(Mention(
                paper_id, eid, _KINDS[span.label_], text[start:end], field.name,  # type: ignore[arg-type]
                start - offset, end - offset,
                _ROLES[get(key("role", start, end), _ROLE)],  # type: ignore[index]
                _ORIGINS[get(key("origin", start, end), _ORIGIN)],  # type: ignore[index]
                round(float(confidence), 3),  # type: ignore[arg-type]
                get(key("extractor", start, end), _EXTRACTOR),  # type: ignore[arg-type]
                max(s, offset) - offset, min(e, field.end) - offset))
        release_spans(doc)
        entities = self._with_families(entities, found)
        return Extraction(paper=paper, mentions=tuple(mentions), entities=tuple(entities.values()))

    def _with_families(self, entities: dict[str, Entity], discovered: dict[str, Entity]) -> dict[str, Entity]:
        """Add the broader (family) entities of linked ones, so the hierarchy is in the graph."""
        out = dict(entities)
        for entity in list(entities.values()):
            parent = entity.broader
            while parent and parent not in out:
                family = discovered.get(parent) or (self.vocabulary.entity(parent)
                                                    if parent in self.vocabulary else None)
                if family is None:
                    break
                out[parent] = family
                parent = family.broader
        return out


def paper_doc(nlp: Language, paper: Paper) -> Doc:
    """``paper``'s title and abstract (line breaks made spaces) as one ``Doc`` with ``doc._.fields``.

    >>> doc = paper_doc(blank_nlp(), Paper(id="x", title="FooLM: a model", abstract="We present\\nFooLM."))
    >>> doc.text, [tuple(f) for f in doc._.fields]
    ('FooLM: a model\\n\\nWe present FooLM.', [('title', 0, 14), ('abstract', 16, 33)])
    """
    text, fields = joined_fields([("title", flatten_markup(paper.title)),
                                  ("abstract", flatten_markup(paper.abstract))])
    doc = nlp.make_doc(text)
    set_doc_value(doc, "fields", fields)  # doc._.fields, without making an Underscore
    set_doc_value(doc, "text", text)
    return doc


def extract(paper: Paper, *, learned: bool = False) -> Extraction:
    """Extract one paper with the process-wide extractor (safe to call in worker processes)."""
    return Extractor.shared(learned=learned).extract(paper)


_MENTION_ROW = attrgetter(*Mention.__dataclass_fields__)


def _pack(extraction: Extraction) -> tuple[list[tuple], tuple[Entity, ...]]:
    """An extraction without its paper, mentions as plain tuples (their fields in order, one C
    call each): cheap to send between processes."""
    return [_MENTION_ROW(m) for m in extraction.mentions], extraction.entities


def _unpack(paper: Paper, packed: tuple[list[tuple], tuple[Entity, ...]]) -> Extraction:
    rows, entities = packed
    return Extraction(paper=paper, mentions=tuple(Mention(*row) for row in rows), entities=entities)


def _extract_chunk(task: tuple[list[Paper], Callable[[Extraction], Any] | None, bool]) -> list[Any]:
    papers, transform, learned = task
    extractor = Extractor.shared(learned=learned)
    return [(transform or _pack)(extraction) for extraction in extractor.pipe(papers)]


#: Below this many papers, worker processes cost more than they save.
PARALLEL_MIN_PAPERS = 2000


def _chunks(papers: Iterator[Paper], size: int) -> Iterator[list[Paper]]:
    while chunk := list(islice(papers, size)):
        yield chunk


def extract_many(papers: Iterable[Paper], *, workers: int | None = None, chunk_size: int = 256,
                 transform: Callable[[Extraction], Any] | None = None,
                 learned: bool = False) -> Iterator[Any]:
    """Extract papers in input order, in ``workers`` processes (None: one per core for large inputs).

    Yields Extraction records, or ``transform(extraction)`` when given (a module-level
    function, run in the worker: e.g. serialising there saves sending records back).
    ``learned``: also run the learned span classifier (see :class:`Extractor`).
    ``papers`` is consumed as a stream: at most a few chunks per worker are in flight, so
    memory stays flat on any input size, and reading overlaps extraction. Workers are forked
    after the shared extractor is built, so the vocabulary matcher is built once; where fork
    is not available they build their own.
    """
    import os

    stream = iter(papers)
    head = list(islice(stream, max(PARALLEL_MIN_PAPERS, 2 * chunk_size)))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(head) >= PARALLEL_MIN_PAPERS else 1
    with _frozen_heap(learned) as extractor:
        if workers <= 1 or len(head) < 2 * chunk_size:
            for extraction in extractor.pipe(chain(head, stream)):
                yield transform(extraction) if transform else extraction
            return
        yield from _extract_in_workers(chain(head, stream), workers, chunk_size, transform, learned)


@contextmanager
def _frozen_heap(learned: bool) -> Iterator[Extractor]:
    """The shared extractor (built with the collector paused, if not yet built), and every object
    alive then (its tables: hundreds of thousands of long-lived objects) moved out of the cyclic
    collector's reach while the body runs: its full passes stop walking them, and after a fork its
    bookkeeping writes no longer copy their memory pages into each worker (as the ``gc.freeze``
    documentation advises). Frozen before the collector is back on, so that no pass walks what the
    build made even once. They are handed back to it at the end."""
    with collector_paused():
        extractor = Extractor.shared(learned=learned)
        gc.freeze()
    try:
        yield extractor
    finally:
        gc.unfreeze()


def _extract_in_workers(papers: Iterator[Paper], workers: int, chunk_size: int,
                        transform: Callable[[Extraction], Any] | None, learned: bool) -> Iterator[Any]:
    """:func:`extract_many` in a pool of ``workers`` processes, ``chunk_size`` papers a task."""
    import multiprocessing as mp

    def results(chunk: list[Paper], done: list[Any]) -> Iterator[Any]:
        if transform:
            return iter(done)
        return (_unpack(paper, packed) for paper, packed in zip(chunk, done, strict=True))

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    in_flight = 4 * workers
    with mp.get_context(method).Pool(workers) as pool:
        pending: deque[tuple[list[Paper], Any]] = deque()
        for chunk in _chunks(papers, chunk_size):
            pending.append((chunk, pool.apply_async(_extract_chunk, ((chunk, transform, learned),))))
            if len(pending) >= in_flight:
                chunk, result = pending.popleft()
                yield from results(chunk, result.get())
        while pending:
            chunk, result = pending.popleft()
            yield from results(chunk, result.get())
