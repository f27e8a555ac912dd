"""``used_phrase`` of ``paperkg_coined`` returns at once when none of the words it reads is a method head
(``coined_used._ANY_HEAD``): the gate skips only calls that find nothing, and gated and ungated calls
return the same at every word of real sentences. Sentences from corpus abstracts."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor, coined_used
from paperkg.ingest.extract.names import TEXT, words

_SENTENCES = (
    # 2507.00868: a cue of use, and no method head in the words after it
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


def test_a_window_without_a_method_head_is_not_read_and_a_method_after_a_cue_is() -> None:
    text = _SENTENCES[0]  # "using a single model, allowing users ...": no head
    ws = words(text)
    at = next(i for i, w in enumerate(ws) if w[TEXT] == "using") + 1
    assert coined_used._ANY_HEAD.isdisjoint(w[TEXT] for w in ws[at:at + 4])
    assert Extractor.shared().nlp.get_pipe("paperkg_coined").used_phrase(ws, at, text) is None
    text = _SENTENCES[3]  # "using locality-sensitive hashing": a head, read and found
    found = [f for f in _used_phrases_by_word(text) if f is not None]
    assert {f[2] for f in found} == {"locality-sensitive hashing"}  # type: ignore[index]
