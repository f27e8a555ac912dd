"""The tokenizer's affix searches (EdgeSearch, InfixFinder): the same matches as spaCy's full regexes."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from spacy.lang.en import English
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from paperkg.ingest.extract.patterns import TOKENS_PATH, tokenizer_signature
from paperkg.ingest.extract.pipeline import _INFIXES, _SUFFIXES, blank_nlp
from paperkg.ingest.text import EdgeSearch, InfixFinder

# corpus sentences (arxiv-cs-ai) and the tokenizer's own examples
SENTENCES = [
    "Foundation large language models (LLMs) like GPT-4 suffer from over-predicting emotions and are "
    "too resource-intensive. We design an LLM-based data synthesis pipeline and leverage a large model, "
    "Mistral-7b, for the generation.",
    "3D Gaussian Splatting (3DGS) has gained significant attention in streamable dynamic novel view "
    "synthesis (DNVS) for its photorealistic rendering capability and computational efficiency.",
    "We evaluate on MMLU and GSM8K. C++/Python code, Karush-Kuhn-Tucker(KKT) points, 10km at 3.5GB/s...",
    "It's the model's \"best\" score: 93.2% (+4.1) on 'ImageNet-1k'; see https://x.org/a?b=1.",
]


def _words(text: str) -> list[str]:
    """Every string the tokenizer may search: each space-separated chunk cut at either end."""
    chunks = text.split(" ")
    return [cut for chunk in chunks for k in range(len(chunk) + 1)
            for cut in (chunk[k:], chunk[:len(chunk) - k])]


def _span(match: object) -> tuple[int, int] | None:
    return None if match is None else match.span()  # type: ignore[attr-defined]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_suffix_and_prefix_match_as_the_full_regex(sentence: str) -> None:
    prefixes = English.Defaults.prefixes
    full_suffix, full_prefix = compile_suffix_regex(_SUFFIXES).search, compile_prefix_regex(prefixes).search
    suffix, prefix = EdgeSearch(_SUFFIXES, suffix=True).search, EdgeSearch(prefixes, suffix=False).search
    for word in _words(sentence):
        assert _span(suffix(word)) == _span(full_suffix(word)), word
        assert _span(prefix(word)) == _span(full_prefix(word)), word


@pytest.mark.parametrize("sentence", SENTENCES)
def test_infixes_match_as_the_full_regex(sentence: str) -> None:
    full, fast = compile_infix_regex(_INFIXES).finditer, InfixFinder(_INFIXES).finditer
    for word in _words(sentence):
        assert [m.span() for m in fast(word)] == [m.span() for m in full(word)], word


def test_a_rule_its_anchor_does_not_bind_is_always_tried() -> None:
    search = EdgeSearch(["a|b", "c"], suffix=True).search  # "a|b$": the "a" may end anywhere
    assert _span(search("xaz")) == (1, 2)
    assert EdgeSearch(["a|b"], suffix=True).pattern == "a|b$"


def test_a_line_break_ends_no_suffix_search_early() -> None:
    full, fast = compile_suffix_regex(_SUFFIXES).search, EdgeSearch(_SUFFIXES, suffix=True).search
    for word in ("GSM8K.\n", "models,\n", "\n\n"):
        assert _span(fast(word)) == _span(full(word))


def test_paper_tokenizer_splits_and_signs_as_before() -> None:
    nlp = blank_nlp()
    text = "We evaluate on MMLU and GSM8K. C++/Python and Karush-Kuhn-Tucker(KKT), 10km."
    words = [t.text for t in nlp(text)]
    # as main's tokenizer splits them ("K" after a digit is spaCy's unit suffix)
    assert words == ["We", "evaluate", "on", "MMLU", "and", "GSM8", "K", ".", "C++", "/", "Python", "and",
                     "Karush", "-", "Kuhn", "-", "Tucker", "(", "KKT", ")", ",", "10", "km", "."]
    # the shipped token cache is signed with the full patterns: the signature must not move
    assert nlp.tokenizer.suffix_search.__self__.pattern == compile_suffix_regex(_SUFFIXES).pattern
    with gzip.open(TOKENS_PATH, "rt", encoding="utf-8") as handle:
        assert tokenizer_signature(nlp) == json.load(handle)["signature"]


def test_rules_with_a_back_reference_are_searched_whole() -> None:
    # regrouping the rules would renumber "(a)\1"'s group: such a pattern is never split
    suffix = EdgeSearch(["(x)", r"(a)\1"], suffix=True).search
    full = re.compile(r"(x)$|(a)\1$").search
    assert [bool(suffix(s)) for s in ("aa", "xa", "x")] == [bool(full(s)) for s in ("aa", "xa", "x")]
    prefix = EdgeSearch(["(a)", r"x\1"], suffix=False).search
    assert prefix("xa") is None and prefix("ab") is not None
    infix = InfixFinder([r"(-)", r"x\1"]).finditer
    assert [m.group() for m in infix("a-b")] == ["-"]
