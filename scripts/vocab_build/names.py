"""Surface helpers of the build: cleaning, word chunks and the exact-case key.

Case folding and slugs are the package's own (:func:`paperkg.ingest.extract.spans.fold`,
:func:`paperkg.ingest.records.slugify`), so that the build dedupes surfaces exactly as the
matcher folds them.
"""

from __future__ import annotations

import re
import unicodedata

from paperkg.ingest.extract.spans import fold
from paperkg.ingest.records import slugify

__all__ = ["SIZE_RE", "chunk_key", "clean", "exact_key", "fold", "slugify", "words"]

_WORD = re.compile(r"\d+(?:\.\d+)*|[^\W\d_]+|[^\w\s]")
_SEPARATORS = set("-_./:,;()[]{}'\"’‘“”–—`")

#: A model name ending in a parameter count: ``Llama 2 7B``, ``Mixtral-8x7B``, ``Qwen3-30B-A3B``.
SIZE_RE = re.compile(
    r"^(?P<family>.+?)[\s\-_]*(?P<size>(?:\d+x)?\d+(?:\.\d+)?[BMKT](?:-A\d+(?:\.\d+)?B)?)$",
    re.IGNORECASE)


def words(text: str) -> list[str]:
    """Letter chunks, digit chunks (with inner dots) and symbols; separators dropped.

    >>> words("Llama-2-7b (chat)")
    ['Llama', '2', '7', 'b', 'chat']
    """
    text = unicodedata.normalize("NFKC", text)
    return [t for t in _WORD.findall(text) if t not in _SEPARATORS]


def chunk_key(text: str) -> tuple[str, ...]:
    """The folded word and number chunks: equal for spellings the matcher finds as one
    (``Llama-2`` and ``llama 2``), unlike :func:`fold`, which also joins ``Big Bird`` and ``BigBird``.

    >>> chunk_key("LLaMA-2 7B"), chunk_key("BigBird")
    (('llama', '2', '7', 'b'), ('bigbird',))
    """
    return tuple(fold(w) for w in words(text) if fold(w))


def exact_key(text: str) -> str:
    """The characters :func:`fold` keeps, in their case: the key of a case-sensitive surface.

    >>> exact_key("LLaMA-2"), exact_key("Llama 2"), fold("LLaMA-2")
    ('LLaMA2', 'Llama2', 'llama2')
    """
    return "".join(c for c in text if fold(c))


def clean(text: str) -> str:
    """NFC, whitespace runs made one space, stripped.

    >>> clean("  Low-Rank\\n Adaptation ")
    'Low-Rank Adaptation'
    """
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()
