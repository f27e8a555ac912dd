"""Vocabulary patterns: the shipped token cache, its signature check, and the phrase index."""

from __future__ import annotations

import gzip
import json

import spacy

from paperkg.ingest.extract import Vocabulary
from paperkg.ingest.extract.patterns import (
    TOKENS_PATH,
    PhraseIndex,
    pattern_tokens,
    tokenizer_signature,
    write_token_cache,
)
from paperkg.ingest.extract.pipeline import blank_nlp
from paperkg.ingest.extract.vocab_matcher import vocabulary_patterns


def test_shipped_token_cache_matches_the_tokenizer_on_every_pattern():
    """The cache must say exactly what the tokenizer says, for every spelling we ship
    (regenerate with ``python3 scripts/build_vocab.py --tokens-only --out paperkg/ingest/extract/vocab``)."""
    nlp = blank_nlp()
    with gzip.open(TOKENS_PATH, "rt", encoding="utf-8") as stream:
        shipped = json.load(stream)
    assert shipped["signature"] == tokenizer_signature(nlp)
    texts = sorted({text for _, _, text in vocabulary_patterns(Vocabulary.load())})
    assert len(texts) > 40_000
    assert sorted(shipped["tokens"]) == texts
    live = {text: [t.text for t in doc] for text, doc in zip(texts, nlp.tokenizer.pipe(texts), strict=True)}
    assert shipped["tokens"] == live


def test_signature_follows_tokenizer_rules():
    assert tokenizer_signature(blank_nlp()) == tokenizer_signature(blank_nlp())
    assert tokenizer_signature(blank_nlp()) != tokenizer_signature(spacy.blank("en"))


def test_cache_made_for_other_rules_is_ignored(tmp_path):
    path = tmp_path / "tokens.json.gz"
    write_token_cache(spacy.blank("en"), ["C++/Python", "GSM8K."], path)  # no "/" infix there
    tokens = pattern_tokens(blank_nlp(), ["C++/Python", "GSM8K."], cache=path)
    assert tokens == [["C++", "/", "Python"], ["GSM8", "K", "."]]


def test_patterns_missing_from_cache_are_tokenized_live(tmp_path):
    nlp = blank_nlp()
    path = tmp_path / "tokens.json.gz"
    write_token_cache(nlp, ["Llama 2"], path)
    assert pattern_tokens(nlp, ["Llama 2", "GPT-4o-mini", "Llama 2"], cache=path) == [
        ["Llama", "2"], ["GPT-4o", "-", "mini"], ["Llama", "2"]]


def test_token_cache_bytes_are_deterministic(tmp_path):
    nlp = blank_nlp()
    write_token_cache(nlp, ["b", "a", "Llama 2"], tmp_path / "one.json.gz")
    write_token_cache(nlp, ["Llama 2", "a", "b", "a"], tmp_path / "two.json.gz")
    assert (tmp_path / "one.json.gz").read_bytes() == (tmp_path / "two.json.gz").read_bytes()


def test_phrase_index_matches_words_that_are_spacy_symbols():
    """"meta" is one of spaCy's built-in symbols (its id is not a string hash)."""
    nlp = blank_nlp()
    index = PhraseIndex(nlp.vocab, lower=True)
    index.add(["meta", "-", "learning"], "technique/meta-learning")
    index.add(["Meta", "-", "Learning"], "technique/meta-learning")  # the same pattern, folded
    doc = nlp("We use Meta-Learning and meta-learning.")
    assert sorted(index.find(doc)) == [(2, 5, "technique/meta-learning"), (6, 9, "technique/meta-learning")]
    assert len(index) == 1


def test_phrase_index_exact_case_and_shared_patterns():
    nlp = blank_nlp()
    exact = PhraseIndex(nlp.vocab, lower=False)
    exact.add(["BLOOM"], "model/bloom")
    exact.add(["BLOOM"], "model/bloom-family")
    doc = nlp("BLOOM models bloom in spring")
    assert sorted(exact.find(doc)) == [(0, 1, "model/bloom"), (0, 1, "model/bloom-family")]


def test_cache_cut_short_is_ignored(tmp_path):
    path = tmp_path / "tokens.json.gz"
    path.write_bytes(TOKENS_PATH.read_bytes()[: TOKENS_PATH.stat().st_size // 2])
    assert pattern_tokens(blank_nlp(), ["C++/Python"], cache=path) == [["C++", "/", "Python"]]
