"""A phrase with a short form that names a measure or a task is no coined method (``paperkg_coined`` reads the
pair as ``paperkg_abbreviations`` does: :func:`~paperkg.ingest.extract.abbreviations.names_no_method`), unless
the text calls it a method; real arXiv cs.AI sentences (``../shared/corpora/``)."""

from __future__ import annotations

import pytest

from tests.ingest._helpers import entity_ids


@pytest.mark.parametrize(("abstract", "phrase"), [
    # 2510.08596: a score
    ("Current methods are strongly biased against creative text generation. We propose the Confidence Score "
     "(CS), derived from a model's output probability distribution.", "Confidence Score"),
    # 2508.03986: two rates and scores in a list of metrics
    ("To quantify these risks, we introduce three metrics: (1) Risk-Reasoning Stealth Score (RRSS) "
     "for harmful reasoning beneath benign outputs; (2) Risk-Visual Neglect Rate (RVNR) for unsafe "
     "completions despite visual risk.", "Risk-Visual Neglect Rate"),
    # 2507.19089: a task
    ("To address this, we propose the Fine-grained Road Traffic Inference (FRTI) task, which aims "
     "to generate more detailed descriptions.", "Fine-grained Road Traffic Inference"),
])
def test_a_measure_or_task_with_a_short_form_is_no_method(abstract: str, phrase: str):
    linked = entity_ids(abstract, "")
    assert phrase not in linked


@pytest.mark.parametrize(("abstract", "short"), [
    # 2507.19754 and 2508.01754: the apposition calls the pair a method, whatever its last word
    ("Moreover, we introduce Decoupled Object Association (DOA), a strategy that separately handles newly "
     "appearing and disappearing objects.", "DOA"),
    ("We introduce Temporal Discrepancy Tomography (TDT), a novel detection paradigm that preserves temporal "
     "cues.", "TDT"),
])
def test_a_pair_the_text_calls_a_method_stays(abstract: str, short: str):
    linked = entity_ids(abstract, "")
    assert linked[short] == {f"technique/{short.lower()}"}
