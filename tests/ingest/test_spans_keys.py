"""The key of a span's extension value in ``doc.user_data``
(:func:`~paperkg.ingest.extract.spans.span_value_key`): the entry spaCy's ``span._`` reads and writes, which
the components read and write directly."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from paperkg.ingest.extract.pipeline import make_nlp
from paperkg.ingest.extract.spans import SPANS_KEY, span_value, span_value_key

# a corpus abstract's sentence (arXiv cs.AI corpus): LoRA is a technique the paper uses
_SENTENCE = ("Leveraging over 15,000 annotated street-view images from Harbin, China, we fine-tune the "
             "framework using LoRA and P-Tuning v2 for parameter-efficient adaptation.")


@pytest.mark.parametrize("name, value", [("role", "uses"), ("origin", "discovered"), ("confidence", 0.8),
                                         ("extractor", "paperkg_coined")])
def test_spans_keys_span_value_key_is_the_entry_spacy_reads_and_writes(name, value):
    doc = English().make_doc(_SENTENCE)
    at = _SENTENCE.index("LoRA")
    span = doc.char_span(at, at + len("LoRA"))
    setattr(span._, name, value)
    assert doc.user_data[span_value_key(name, span.start_char, span.end_char)] == value
    doc.user_data[span_value_key(name, span.start_char, span.end_char)] = "other"
    assert getattr(span._, name) == "other"


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


def test_spans_keys_the_role_the_roles_component_writes_is_the_spans_role(nlp):
    doc = nlp(_SENTENCE)
    spans = {span.text: span for span in doc.spans[SPANS_KEY]}
    lora = spans["LoRA"]
    assert lora._.role == "uses"
    assert doc.user_data[span_value_key("role", lora.start_char, lora.end_char)] == "uses"
    assert span_value(lora, "role") == "uses"
