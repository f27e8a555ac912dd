"""A long form and its short form that name a part of a method ("the X (Y) module"), and a name the paper
says it made right after it ("... is proposed"): real corpus sentences."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind
from tests.ingest._helpers import extract


def _found(abstract: str) -> dict[str, tuple[str, Kind, str]]:
    """surface -> (entity id, kind, role) of its mention."""
    mentions = extract(abstract).mentions
    return {m.surface: (m.entity_id, m.kind, m.role.value) for m in mentions}


@pytest.mark.issue(12)
def test_a_long_and_short_form_before_module_are_one_technique():
    # arXiv 2507.16158
    found = _found("Additionally, the Distribution Alignment (DA) module enhances cross-modal compatibility "
                   "by aligning feature distributions through divergence minimization.")
    assert found["DA"][0] == found["Distribution Alignment"][0]
    assert found["DA"][1] is Kind.TECHNIQUE


@pytest.mark.issue(12)
def test_a_compared_strategy_with_a_short_form_is_compared_with():
    # arXiv 2508.04257
    found = _found("Extensive experiments demonstrate that KVSink outperforms the existing Preserve-First-N "
                   "(PFN) strategy, offering more effective preservation of attention sinks during KV cache "
                   "quantization.")
    assert found["PFN"][2] == "compares_with"


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "name"), [
    # arXiv 2507.14904 and 2508.10509: "... is designed", "... is proposed" right after the name
    ("Our Geometric-Aware 2D-3D Feature Recovery and Fusion (GARF) module is designed to fuse geometric "
     "multi-scale features from point clouds and images.", "GARF"),
    ("Finally, an editing recovery augmentation (ERA) strategy is proposed to recover and put the edited "
     "defect bolts back into the original inspection scenes and expand the defect detection dataset.", "ERA"),
])
def test_a_name_the_text_says_was_proposed_right_after_it_is_introduced(abstract, name):
    assert _found(abstract)[name][2] == "introduces"
