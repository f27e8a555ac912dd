"""Searches of ``paperkg_coined`` skipped where they cannot find anything: a cue literal that opens no word
of a field (:class:`~paperkg.ingest.text.WordStarts`) is not searched for, and ``used_phrase`` returns at
once when none of the words it reads is a method head (``coined_used._ANY_HEAD``). The gates skip only
calls that find nothing: gated and ungated, the same results. Sentences from corpus abstracts."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor, coined, coined_used
from paperkg.ingest.extract.coined_cues import (
    _EXAMPLES_CUE,
    _EXAMPLES_WORDS,
    _NAMED_AFTER,
    _NAMING_WORDS,
    _PERFORM_CUE,
    _USE_CUE,
    _USE_CUE_PREFIXES,
    _any_in,
    _coordinated_ends,
    _effect_ends,
    _enhanced_ends,
    _match_ends,
    _passive_starts,
    _trigger_ends,
)
from paperkg.ingest.extract.names import TEXT, ascii_lower, words
from paperkg.ingest.records import Paper
from paperkg.ingest.text import WordStarts, starts_of
from tests.ingest._helpers import TITLE

_SENTENCES = (
    # 2507.00868: "intermediate" holds "termed", a naming word, inside a word; a cue of use, no method head
    "Our goal is to solve complex tasks that involve multiple intermediate steps using a single model, "
    "allowing users to define entire vision pipelines flexibly at test time.",
    # 2608.09934: a cue of introduction and of use
    "To address this, we present LLM Agents Factory, a retrieval-based framework that constructs "
    "domain-specific and Wikipedia-grounded agents on demand using a base of over 20K predetermined agent "
    "profiles.",
    # 2507.09305: a naming word after a method noun, a cue of use, a verb of effect
    "In this paper, we introduce a novel learning method, termed deep angular A* (DAA*), by incorporating "
    "the proposed path angular freedom (PAF) into A* to improve path similarity through adaptive path "
    "smoothness.",
    # 2503.12172 (test_idle_gates_coined_kinds.py): a method named after a cue of use
    "Instead, the key pattern can be inferred from the semantic embedding of the image using "
    "locality-sensitive hashing.",
    # 2506.20169: a method named after "namely", a passive cue
    "In this work, a method, namely the partition of variables (PoV), for causal discovery in LTI-DAE "
    "systems is proposed.",
)
_ABSTRACT = " ".join(_SENTENCES)  # (longer than coined._INDEXED_CHARS: the component indexes it)


class _NoHeadGate(frozenset):
    """An ``_ANY_HEAD`` that lets every window through: ``used_phrase`` as it was before the gate."""

    def isdisjoint(self, other: object) -> bool:  # type: ignore[override]
        return False


def _used_phrases_by_word(text: str) -> list[object]:
    component = Extractor.shared().nlp.get_pipe("paperkg_coined")
    ws = words(text)
    return [component.used_phrase(ws, i, text, grounded=grounded) for i in range(len(ws))
            for grounded in (True, False)]


@pytest.mark.parametrize("text", _SENTENCES)
def test_used_phrase_finds_the_same_with_and_without_the_head_gate(monkeypatch: pytest.MonkeyPatch,
                                                                   text: str) -> None:
    gated = _used_phrases_by_word(text)
    monkeypatch.setattr(coined_used, "_ANY_HEAD", _NoHeadGate())
    assert _used_phrases_by_word(text) == gated


def test_used_phrase_still_finds_a_method_after_a_cue_of_use() -> None:
    text = _SENTENCES[3]
    found = [f for f in _used_phrases_by_word(text) if f is not None]
    assert {f[2] for f in found} == {"locality-sensitive hashing"}  # type: ignore[index]


def test_a_window_without_a_method_head_is_not_read() -> None:
    text = _SENTENCES[0]  # "using a single model, allowing users ...": no head
    ws = words(text)
    at = next(i for i, w in enumerate(ws) if w[TEXT] == "using") + 1
    assert coined_used._ANY_HEAD.isdisjoint(w[TEXT] for w in ws[at:at + 4])
    assert Extractor.shared().nlp.get_pipe("paperkg_coined").used_phrase(ws, at, text) is None


def test_a_naming_word_inside_a_word_opens_none() -> None:
    lower = ascii_lower(_SENTENCES[0])  # "intermediate": "termed" inside a word
    assert _any_in(lower, _NAMING_WORDS)
    assert not _any_in(lower, _NAMING_WORDS, WordStarts(lower))
    assert list(_NAMED_AFTER.finditer(lower)) == []  # (which needs the word after white space)
    assert starts_of(lower, ("termed",)) != []
    assert starts_of(lower, ("termed",), WordStarts(lower)) == []


def test_a_naming_word_that_opens_a_word_is_searched() -> None:
    lower = ascii_lower(_SENTENCES[2])  # "a novel learning method, termed deep angular A*"
    assert _any_in(lower, _NAMING_WORDS, WordStarts(lower))
    assert [m.group() for m in _NAMED_AFTER.finditer(lower)] == ["method, termed "]


def test_every_cue_search_ends_the_same_with_and_without_the_index() -> None:
    text = _ABSTRACT
    lower = ascii_lower(text)
    index = WordStarts(lower)
    for gate in (None, index):
        assert (_trigger_ends(lower, gate), _coordinated_ends(lower, gate), _enhanced_ends(lower, gate),
                _passive_starts(text, gate), _effect_ends(lower, gate)) == (
            _trigger_ends(lower), _coordinated_ends(lower), _enhanced_ends(lower), _passive_starts(text),
            _effect_ends(lower))
        for pattern, literals in ((_USE_CUE, _USE_CUE_PREFIXES), (_EXAMPLES_CUE, _EXAMPLES_WORDS),
                                  (_PERFORM_CUE, ("perform", "conduct"))):
            assert _match_ends(pattern, lower, starts_of(lower, literals, gate)) == [
                m.end() for m in pattern.finditer(lower)]
    assert _trigger_ends(lower, index) != []  # ("we present", "we introduce", "a novel")
    assert _effect_ends(lower, index) != []  # ("to improve")
    assert _passive_starts(text, index) != []  # ("is proposed")


def _mentions(monkeypatch: pytest.MonkeyPatch | None) -> list[tuple]:
    if monkeypatch is not None:
        monkeypatch.setattr(coined, "WordStarts", lambda text: None)
    extraction = Extractor.shared().extract(Paper(id="t", title=TITLE, abstract=_ABSTRACT))
    return [(m.entity_id, m.surface, m.role, m.start, m.end) for m in extraction.mentions]


def test_the_component_links_the_same_with_and_without_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(_ABSTRACT) > coined._INDEXED_CHARS
    indexed = _mentions(None)
    assert any(text == "locality-sensitive hashing" for _, text, *_ in indexed)
    assert _mentions(monkeypatch) == indexed
