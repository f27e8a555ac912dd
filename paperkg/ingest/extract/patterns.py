"""Vocabulary patterns as token sequences, and the index that finds them in a ``Doc``.

Tokenizing the ~50,000 spellings of the shipped vocabulary with spaCy takes seconds and
creates a lexeme for every new word. The token boundaries only depend on the text and on the
tokenizer's rules, so they ship precomputed in ``vocab/tokens.json.gz``, stamped with a
signature of those rules (spaCy version, prefix/suffix/infix patterns, special cases). A
pattern the file lacks (a user's own vocabulary, an edited entry) is tokenized live; a file
made for other rules is ignored. ``scripts/build_vocab.py`` rewrites it (``--tokens-only``: just it).

:class:`PhraseIndex` finds them with spaCy's ``PhraseMatcher``, built from those token lists
without a ``Doc`` or lexeme per pattern.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["TOKENS_PATH", "PhraseIndex", "pattern_tokens", "tokenizer_signature", "write_token_cache"]

#: The shipped token boundaries of the shipped vocabulary's spellings.
TOKENS_PATH = Path(__file__).parent / "vocab" / "tokens.json.gz"


def tokenizer_signature(nlp: Language) -> str:
    """A digest of everything that decides where ``nlp``'s tokenizer splits text."""
    tokenizer = nlp.tokenizer
    parts = [spacy.__version__]
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        function = getattr(tokenizer, attr, None)
        parts.append(getattr(getattr(function, "__self__", None), "pattern", repr(function)))
    parts.append(str(getattr(tokenizer, "faster_heuristics", "")))
    rules = getattr(tokenizer, "rules", None) or {}
    parts.append(json.dumps(sorted((k, [str(t.get(ORTH, t.get("ORTH", ""))) for t in v])
                                   for k, v in rules.items())))
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _load_cache(path: Path, signature: str) -> dict[str, list[str]]:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, ValueError, EOFError, zlib.error):  # missing, corrupt or cut short: tokenize live
        return {}
    if not isinstance(data, dict) or data.get("signature") != signature:
        return {}
    return data.get("tokens", {})


def pattern_tokens(nlp: Language, texts: Sequence[str], cache: Path | None = TOKENS_PATH) -> list[list[str]]:
    """The token texts of each of ``texts`` as ``nlp``'s tokenizer splits them (cached where known)."""
    known = _load_cache(cache, tokenizer_signature(nlp)) if cache is not None else {}
    missing = [t for t in dict.fromkeys(texts) if t not in known]
    if missing:
        known = dict(known)
        for text, doc in zip(missing, nlp.tokenizer.pipe(missing, batch_size=1000), strict=True):
            known[text] = [token.text for token in doc]
        # Tokenizing fills the tokenizer's cache with pattern words, which makes it about 3x
        # slower on real text afterwards; re-assigning the rules flushes that cache.
        nlp.tokenizer.rules = nlp.tokenizer.rules
    return [known[t] for t in texts]


def write_token_cache(nlp: Language, texts: Iterable[str], path: Path = TOKENS_PATH) -> int:
    """Tokenize ``texts`` with ``nlp`` and write them, signed, to ``path`` (deterministic bytes)."""
    unique = sorted(set(texts))
    tokens = {text: [t.text for t in doc]
              for text, doc in zip(unique, nlp.tokenizer.pipe(unique), strict=True)}
    body = json.dumps({"signature": tokenizer_signature(nlp), "tokens": tokens},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as stream:
        stream.write(body.encode("utf-8"))
    return len(unique)


class PhraseIndex:
    """Every (start, end, key) where a pattern occurs in a ``Doc``, matched on ``LOWER`` or ``ORTH``.

    Built from token texts: one spaCy ``PhraseMatcher`` rule holds every pattern as a tuple of
    string ids (no ``Doc`` or lexeme per pattern, no lexeme per key), and a dict maps each
    matched tuple back to its keys.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> index = PhraseIndex(nlp.vocab, lower=True)
    >>> index.add(["llama", "2"], "model/llama-2")
    >>> doc = nlp("We tune LLaMA 2 and Llama 2.")
    >>> sorted(index.find(doc))
    [(2, 4, 'model/llama-2'), (5, 7, 'model/llama-2')]
    """

    _RULE = "paperkg_pattern"

    def __init__(self, vocab: Vocab, *, lower: bool) -> None:
        self.lower = lower
        self.matcher = PhraseMatcher(vocab, attr="LOWER" if lower else "ORTH")
        self.keys: dict[tuple[int, ...], list[str]] = {}
        self._pending: list[tuple[int, ...]] = []

    def __len__(self) -> int:
        return sum(len(keys) for keys in self.keys.values())

    @classmethod
    def from_keys(cls, vocab: Vocab, keys: dict[tuple[int, ...], list[str]], *, lower: bool) -> PhraseIndex:
        """An index of the patterns in ``keys`` (another index's :attr:`keys`, e.g. from a cache),
        added in the same order: the same matches, without hashing any token again."""
        index = cls(vocab, lower=lower)
        index.keys = keys
        index._pending = list(keys)
        return index

    def add(self, tokens: Sequence[str], key: str) -> None:
        """Add one pattern (its token texts) under ``key``."""
        if not tokens:
            return
        ids = tuple(get_string_id(token.lower() if self.lower else token) for token in tokens)
        keys = self.keys.get(ids)
        if keys is None:
            self.keys[ids] = keys = []
            self._pending.append(ids)
        if key not in keys:
            keys.append(key)

    def flush(self) -> None:
        """Put the patterns added so far into the matcher (``find`` does it when needed)."""
        if self._pending:
            self.matcher.add(self._RULE, self._pending)
            self._pending = []

    def find(self, doc: Doc) -> Iterator[tuple[int, int, str]]:
        """Matches in ``doc``, every key of every matching pattern: each looked up from its own tokens'
        ids (a doc has few matches, about six an abstract, so this costs less than the doc's id array)."""
        self.flush()
        keys = self.keys
        attr = "lower" if self.lower else "orth"
        for _, start, end in self.matcher(doc):
            if end - start == 1:
                key: tuple[int, ...] = (getattr(doc[start], attr),)
            else:
                key = tuple(getattr(doc[i], attr) for i in range(start, end))
            for found in keys.get(key, ()):
                yield start, end, found
