"""Exact gates before two idle passes: ``paperkg_lists`` walks a field's words for chains of linked and
unlinked names only where an unlinked word stands across a list separator from a linked span
(``_may_chain``), and ``paperkg_shapes`` scans an abstract for Title-Case method runs only where a
capitalised method head ends a word (``_CAPITALISED_HEAD``). A field the gate lets through still gets
its links; one it stops had none to get. Real corpus papers."""

from __future__ import annotations

from spacy.tokens import Doc

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.discover import (_CAPITALISED_HEAD, _SHORT_FORMED_HEADS, _TITLE_CASE_HEADS,
                                             _TITLE_CASE_RUN, field_text, field_words)
from paperkg.ingest.extract.lists import _joined, _may_chain
from paperkg.ingest.extract.pipeline import paper_doc
from paperkg.ingest.extract.spans import SPANS_KEY, SpanWriter, doc_fields
from paperkg.ingest.records import Kind, Paper
from tests.ingest._helpers import TITLE, extract

# 2603.04793: UCAS-AOD joins a list of linked datasets
_LISTED = ("Extensive experiments on DOTA-v1.0, HRSC2016, and UCAS-AOD show that RMK RetinaNet achieves "
           "performance comparable to state-of-the-art rotated object detectors while improving robustness "
           "in multi-scale and multi-orientation scenarios.")
# 2505.15139: a linked name before a comma, but a lower-case word after it: no list
_APPOSED = ("To address this issue, we proposed ConneX, a multimodal fusion method that integrates "
            "cross-attention mechanism and multilayer perceptron (MLP)-Mixer for refined feature fusion.")
# 2506.07863: a Title-Case run that ends in a method head
_HEADED = ("Through straightforward modifications, including adjustments to loss weights, padding "
           "strategies, and the integration of Spatially Conditional Normalization, we demonstrate "
           "significant improvements in VAE performance.")
# 2509.03995: Title-Case runs, none of them ending in a method head
_UNHEADED = ("We propose RTQA, a novel framework to address these challenges by enhancing reasoning over "
             "TKGs without requiring training. RTQA consists of three core components: the Temporal Question "
             "Decomposer, the Recursive Solver, and the Answer Aggregator. Experiments on MultiTQ and "
             "TimelineKGQA benchmarks demonstrate significant Hits@1 improvements.")


def _before_lists(abstract: str) -> Doc:
    """The paper's doc as the lists component gets it."""
    nlp = Extractor.shared().nlp
    doc = paper_doc(nlp, Paper(id="t", title=TITLE, abstract=abstract))
    for name, component in nlp.pipeline:
        if name == "paperkg_lists":
            return doc
        doc = component(doc)
    raise AssertionError("no paperkg_lists in the pipeline")


def _chain_gate(abstract: str) -> tuple[bool, bool]:
    """(the old gate: a linked span with a separator next to it; the new gate) on the paper's abstract."""
    doc = _before_lists(abstract)
    field = doc_fields(doc)[-1]
    text = field_text(doc, field)
    inside = [(s.start_char, s.end_char, s) for s in SpanWriter(doc, SPANS_KEY, "test").spans()
              if field.start <= s.start_char < field.end]
    joined = any(_joined(text, start - field.start, end - field.start) for start, end, _ in inside)
    return joined, _may_chain(text, field.start, inside, field_words(doc, field))


def test_a_list_with_an_unlinked_name_passes_the_chain_gate_and_is_typed() -> None:
    assert _chain_gate(_LISTED) == (True, True)
    found = {m.surface: (m.kind, m.extractor) for m in extract(_LISTED).mentions}
    assert found["UCAS-AOD"] == (Kind.DATASET, "paperkg_lists")


def test_a_linked_name_before_a_comma_and_a_lower_case_word_is_stopped_by_the_chain_gate() -> None:
    assert _chain_gate(_APPOSED) == (True, False)  # the separator test alone let it through
    assert "multimodal" not in {m.surface for m in extract(_APPOSED).mentions}


def test_a_run_ending_in_a_method_head_passes_the_title_case_gate_and_is_linked() -> None:
    assert _CAPITALISED_HEAD.search(_HEADED) is not None
    found = {m.surface: (m.kind, m.extractor) for m in extract(_HEADED).mentions}
    assert found["Spatially Conditional Normalization"] == (Kind.TECHNIQUE, "paperkg_shapes")


def test_runs_without_a_method_head_are_stopped_by_the_title_case_gate_and_lists_still_read() -> None:
    assert _TITLE_CASE_RUN.search(_UNHEADED) is not None and _CAPITALISED_HEAD.search(_UNHEADED) is None
    found = {m.surface: m.kind for m in extract(_UNHEADED).mentions}
    for surface in ("Temporal Question Decomposer", "Recursive Solver", "Answer Aggregator"):
        assert found.get(surface) == Kind.TECHNIQUE, surface  # (the counted list's pass is not gated)


def test_the_title_case_gate_is_made_from_the_head_lists() -> None:
    heads = _TITLE_CASE_HEADS | _SHORT_FORMED_HEADS
    assert all(head.isascii() and head.isalpha() and head.islower() for head in heads)  # what it assumes
    for head in heads:
        assert _CAPITALISED_HEAD.search(f"the Two Word {head.capitalize()}.") is not None, head
