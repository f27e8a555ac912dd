"""The extraction pipeline: spaCy ``blank("en")`` plus paperkg's components, built once per process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

import paperkg.ingest.extract.components  # noqa: F401  (registers the factories)
from paperkg.ingest.extract.components import SPANS_KEY, sentence_bounds, sentence_starts
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role
from paperkg.ingest.text import flatten_newlines

__all__ = ["make_nlp", "Extractor", "extract", "DEFAULT_MIN_CONFIDENCE"]

#: Links below this confidence are dropped (by ``extract`` and so by the graph).
DEFAULT_MIN_CONFIDENCE = 0.5


def make_nlp(vocab_path: str | Path | None = None) -> Language:
    """``spacy.blank("en")`` with a ``/`` infix (``C++/Python``) and the paperkg components."""
    nlp = spacy.blank("en")
    infixes = [*nlp.Defaults.infixes, r"(?<=[\w+#])/(?=[\w])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
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
        for field, text in (("title", paper.title), ("abstract", paper.abstract)):
            if not text:
                continue
            doc = self._doc(text, field, known)
            starts = doc.user_data["paperkg_sentences"]
            found = doc.user_data.get("paperkg_entities", {})
            known.update(doc.user_data.get("paperkg_known", {}))
            for span in sorted(doc.spans.get(SPANS_KEY, []), key=lambda s: s.start):
                if span._.confidence < self.min_confidence:
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
                        role=Role(span._.role),
                        origin=Origin(span._.origin),
                        confidence=round(float(span._.confidence), 3),
                        extractor=span._.extractor,
                        sentence_start=s,
                        sentence_end=e,
                    )
                )
        entities = self._with_families(entities)
        return Extraction(paper=paper, mentions=tuple(mentions), entities=tuple(entities.values()))

    def _with_families(self, entities: dict[str, Entity]) -> dict[str, Entity]:
        """Add the broader (family) entities of linked ones, so the hierarchy is in the graph."""
        out = dict(entities)
        for entity in list(entities.values()):
            parent = entity.broader
            while parent and parent not in out and parent in self.vocabulary:
                out[parent] = self.vocabulary.entity(parent)
                parent = out[parent].broader
        return out

    def pipe(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        """Extract papers one after another."""
        for paper in papers:
            yield self.extract(paper)


def extract(paper: Paper) -> Extraction:
    """Extract one paper with the process-wide extractor (safe to call in worker processes)."""
    return Extractor.shared().extract(paper)
