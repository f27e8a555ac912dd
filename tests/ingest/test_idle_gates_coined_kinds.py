"""Passes of ``paperkg_coined`` and ``paperkg_kinds`` that are skipped where they cannot write: a field with
no word of :data:`~paperkg.ingest.extract.coined._STEERED_KNOWN` ("-aware", "-guided", ...) reads no steered
variant; a short form with no vocabulary technique before it in its field has no long form read for one
inside it; names that no other name unifies with count no spans. Where the passes write, the links stay.
Sentences from corpus abstracts."""

from __future__ import annotations

import re

import pytest

from paperkg.ingest.extract import Extractor, abbreviations, coined, kind_drops, kinds
from paperkg.ingest.extract.kind_cues import settler_text
from paperkg.ingest.extract.pipeline import paper_doc
from paperkg.ingest.extract.spans import SPANS_KEY, doc_entities, group_spans
from paperkg.ingest.records import Paper
from tests.ingest._helpers import TITLE, coined as coined_links, entity_ids, surface_roles

# 2503.12172: hyphenated words and a cue of use, no steering modifier
_UNSTEERED = ("Instead, the key pattern can be inferred from the semantic embedding of the image using "
              "locality-sensitive hashing.")
# a steered known method after a cue of use (test_coined.py)
_STEERED = ("SLAP ensures comprehensive data distribution coverage through distribution-aware stratified "
            "sampling while maximizing intra-batch diversity.")
# 2504.12216: "(LLMs)" has no technique before it; "(RL)" has its own long form before it
_SHORT_FORMS = ("Recent large language models (LLMs) have demonstrated strong reasoning capabilities that "
                "benefits from online reinforcement learning (RL).")
# 2512.01952 (test_kinds.py): RLVR is a name of its own; "reinforcement learning" is one of its words
_NESTED = ("Analogous to reinforcement learning from verifiable feedback (RLVR) in language models, we align "
           "world models with geometric rewards.")


def _steered_calls(monkeypatch: pytest.MonkeyPatch, abstract: str) -> list[int]:
    """The cue ends at which ``_steered_known`` is asked for a variant, the paper run through the pipeline."""
    calls: list[int] = []
    original = coined.CoinedNames._steered_known

    def recorded(self, doc, writer, field, ws, text, end, role):  # noqa: ANN001, ANN202
        calls.append(end)
        return original(self, doc, writer, field, ws, text, end, role)

    monkeypatch.setattr(coined.CoinedNames, "_steered_known", recorded)
    Extractor.shared().extract(Paper(id="t", title=TITLE, abstract=abstract))
    return calls


def test_a_field_without_a_steering_word_reads_no_steered_variant(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _steered_calls(monkeypatch, _UNSTEERED) == []
    assert "locality-sensitive hashing" in surface_roles(_UNSTEERED)


def test_a_steered_variant_is_still_linked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _steered_calls(monkeypatch, _STEERED) != []
    links = coined_links(_STEERED)
    assert links["distribution-aware stratified sampling"][1].value == "uses"
    assert "stratified sampling" not in surface_roles(_STEERED)


def _before_kinds(abstract: str):  # noqa: ANN202
    """The paper's doc after every component before ``paperkg_kinds``."""
    nlp = Extractor.shared().nlp
    doc = paper_doc(nlp, Paper(id="t", title=TITLE, abstract=abstract))
    for name, component in nlp.pipeline:
        if name == "paperkg_kinds":
            break
        doc = component(doc)
    return doc


def test_a_short_form_with_no_technique_before_it_reads_no_long_form(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _before_kinds(_SHORT_FORMS)
    shorts: list[str] = []
    original = abbreviations.long_form_start

    def recorded(text: str, paren: int, short: str) -> int | None:
        shorts.append(short)
        return original(text, paren, short)

    monkeypatch.setattr(abbreviations, "long_form_start", recorded)
    kind_drops._drop_nested_in_long_forms(doc, SPANS_KEY)
    assert shorts == ["RL"]  # (not "LLMs": no technique is linked before it)
    linked = entity_ids(_SHORT_FORMS)
    assert linked["online reinforcement learning"] == {"technique/online-reinforcement-learning"}
    # (the short form written after the long name is that name: one entity, test_bare_heads.py)
    assert linked["RL"] == {"technique/online-reinforcement-learning"}


def test_a_technique_inside_another_names_long_form_is_still_dropped() -> None:
    ids = {eid for found in entity_ids(_NESTED).values() for eid in found}
    assert "technique/reinforcement-learning" not in ids


def test_names_no_other_name_unifies_with_count_no_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _before_kinds(_SHORT_FORMS)
    entities = {span.id_: doc_entities(doc)[span.id_] for span in group_spans(doc, SPANS_KEY)
                if span.id_ in doc_entities(doc)}
    read: list[str] = []
    monkeypatch.setattr(kinds, "group_spans", lambda doc, key: read.append(key) or group_spans(doc, key))
    settler = Extractor.shared().nlp.get_pipe("paperkg_kinds")
    assert settler._unify(doc, entities, {}) == {}
    assert read == []


@pytest.mark.parametrize("text", [
    "we introduce         TiP4GEN , an advanced framework",
    "a\tb ,\nc :  d",  # (tabs and newlines are white space too)
    "a\u00a0, b\u2009; c",  # (and spaces outside ASCII)
    _SHORT_FORMS,
])
def test_settler_text_reads_as_its_patterns(text: str) -> None:
    assert settler_text(text) == re.sub(r"\s+(?=[,;:])", "", re.sub(r"\s{2,}", " ", text))
