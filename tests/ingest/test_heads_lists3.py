"""Names in apposition to a technique part head ("X, an LSTM-based dispatch strategy"), and a head
noun phrase that is a clause's subject, not an apposition (real arXiv sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import kinds


def test_heads_name_in_apposition_to_a_part_head():
    abstract = ("To these ends, the present work develops two deep learning frameworks: COVE-NN, an LSTM-based "
                "dispatch strategy tailored to individual wind farms, which reduced annual COVE by 32 percent.")
    assert kinds(abstract, by="paperkg_heads").get("COVE-NN") == Kind.TECHNIQUE


@pytest.mark.parametrize("abstract, name", [
    ("Specifically, to address the uncertainty of sparse CSI, a dual-scale feature extraction scheme is designed "
     "to enhance feature representation.", "CSI"),
    ("When KLD dominates over AR, generative models tend to lack controllability; when AR dominates over KLD, the "
     "stochastic encoder is encouraged to violate the standard normal prior.", "KLD"),
])
def test_heads_no_apposition_when_the_head_is_a_clause_subject(abstract, name):
    assert name not in kinds(abstract, by="paperkg_heads")


def test_heads_possessive_head_types_the_name_before():
    abstract = ("We survey persistence semantics across existing memory systems and identify eight convergence "
                "points, from Karpathy's LLM Knowledge Base [10] to the BEAM benchmark's near-zero "
                "contradiction-resolution scores [22], all pointing to related failures.")
    assert kinds(abstract, by="paperkg_heads").get("BEAM") == Kind.DATASET
