"""The variants component runs its ``_more_*`` passes (more editions, sizes, tiers after a linked name)
only in a field that ends a linked name of their kind: the gate reads each field's own spans."""

from __future__ import annotations

from paperkg.ingest.extract import Extractor
from paperkg.ingest.extract.pipeline import paper_doc
from paperkg.ingest.extract.spans import SPANS_KEY, SpanWriter, doc_fields
from paperkg.ingest.extract.variants import _kinds_ending_in
from paperkg.ingest.records import Paper
from tests.ingest._helpers import TITLE, entity_ids

# 2505.12772
_TITLE = "Pyramid Sparse Transformer: Enhancing Multi-Scale Feature Fusion with Dynamic Token Selection"
_ABSTRACT = ("Likewise, embedding PST into ResNet-18/50/101 as backbones, boosts ImageNet top-1 "
             "accuracy by 6.5%, 1.7%, and 1.0%, respectively.")


def test_the_gate_reads_the_kinds_of_each_fields_own_spans() -> None:
    nlp = Extractor.shared().nlp
    doc = paper_doc(nlp, Paper(id="t", title=TITLE, abstract=_ABSTRACT))  # (a title that links nothing)
    for _, component in nlp.pipeline:
        doc = component(doc)
    writer = SpanWriter(doc, SPANS_KEY, "test")
    title, abstract = doc_fields(doc)
    assert {"model", "dataset"} <= _kinds_ending_in(writer, abstract)  # ResNet-18, ImageNet
    assert _kinds_ending_in(writer, title) == frozenset()  # the abstract's spans are not the title's


def test_more_tiers_after_a_model_in_the_abstract_are_linked() -> None:
    linked = entity_ids(_ABSTRACT, _TITLE)
    assert linked["50"] == {"model/resnet-50"} and linked["101"] == {"model/resnet-101"}
