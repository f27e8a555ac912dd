"""Extraction: link papers to models, datasets, techniques and languages with spaCy."""

from __future__ import annotations

from paperkg.ingest.extract.consistency import BuildNames, Settlement, settle_build, settle_stream
from paperkg.ingest.extract.pipeline import DEFAULT_MIN_CONFIDENCE, Extractor, extract, extract_many, make_nlp
from paperkg.ingest.extract.vocabulary import VOCAB_DIR, Vocabulary

__all__ = ["DEFAULT_MIN_CONFIDENCE", "VOCAB_DIR", "BuildNames", "Extractor", "Settlement", "Vocabulary",
           "extract", "extract_many", "make_nlp", "settle_build", "settle_stream"]
