"""Methods named in plain words (``paperkg_coined``), second pass: a descriptive adjective ("adaptive",
"hybrid") starts the name, an evaluative one ("novel") does not."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Role
from tests.ingest._helpers import coined, extract


def _surfaces(abstract: str) -> set[str]:
    """The surfaces the whole pipeline links."""
    return {m.surface for m in extract(abstract).mentions}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "surface"), [
    # corpus sentences: a descriptive adjective is the first word of the name
    ("Furthermore, we design an adaptive compression mechanism to enhance both generalization and training "
     "efficiency.", "adaptive compression mechanism"),
    ("Third, we propose an adaptive discretization strategy to reduce the accuracy drop when converting a "
     "continuous-valued network.", "adaptive discretization strategy"),
    ("Furthermore, we devise a dual modulation strategy: the noise schedule aligns diverse degradations.",
     "dual modulation strategy"),
    # before a title-case name, it is passed over
    ("To address this, we propose an automated Coarse-to-Fine Rubric Generation framework.",
     "Coarse-to-Fine Rubric Generation framework"),
])
def test_coined_desc5_a_descriptive_adjective_starts_the_name(abstract, surface):
    assert coined(abstract)[surface] == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
@pytest.mark.parametrize("abstract", [
    # corpus sentences: a descriptive adjective alone before a head names no method
    "In this paper, we propose a hybrid framework that unifies the strengths of both paradigms.",
    "To mitigate the adverse effects of varying degrees of distribution shift, we introduce an adaptive mechanism "
    "that dynamically adjusts the proportions of common, specific, and confounding components.",
])
def test_coined_desc5_a_descriptive_adjective_alone_is_no_name(abstract):
    assert coined(abstract) == {}


@pytest.mark.issue(12)
def test_coined_desc5_a_known_method_after_a_descriptive_adjective_stays():
    # corpus sentence: "hybrid" before a known method and a head is no new method
    abstract = ("In addition, we introduce a hybrid knowledge distillation strategy to train an ultra-compact "
                "student model.")
    assert "hybrid knowledge distillation strategy" not in coined(abstract)
    assert "knowledge distillation" in _surfaces(abstract)
