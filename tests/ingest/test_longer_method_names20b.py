"""A paper's own longer name of a known technique after a cue of what its method is built of (issue 12):
"we employ an evidence-augmented self-refinement mechanism", "decoded through a multi-scale deep
supervision strategy" link the whole phrase in place of the vocabulary's name inside it (real arXiv
sentences, each quoting its corpus id)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface", "short"), [
    # 2505.19195
    ("In the first stage, we employ an evidence-augmented self-refinement mechanism to guide LLM/VLMs in "
     "generating robust hierarchical reasoning trajectories.", "evidence-augmented self-refinement mechanism",
     "self-refinement"),
    # 2604.18790
    ("Features from both branches are merged via late fusion and decoded through a multi-scale deep "
     "supervision strategy.", "multi-scale deep supervision strategy", "deep supervision"),
])
def test_a_built_longer_name_of_a_known_technique_is_linked_whole(abstract: str, surface: str,
                                                                  short: str) -> None:
    found = {m.surface: m for m in extract(abstract).mentions}
    assert surface in found and found[surface].kind is Kind.TECHNIQUE
    assert short not in found  # the known name inside is the longer name's
