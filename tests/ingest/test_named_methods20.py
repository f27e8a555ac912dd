"""Short forms that open with a dimension (the tool-head rule tried beside it was reverted: 2 of 12 right on
unread slices).

- A short form that opens with a number of dimensions is read as any other ("the 2D Tensor-Guided
  Adversarial Fusion (2D-TGAF) framework", "3D Aerial Semantic (3D-AS)").

Sentences from corpus abstracts (slices s10-s30).
"""

from __future__ import annotations

import pytest

from tests.ingest._helpers import kinds


@pytest.mark.parametrize(("abstract", "long_form", "short", "kind"), [
    # 2504.14137
    ("Based on these findings, we propose the 2D Tensor-Guided Adversarial Fusion (2D-TGAF) framework, which "
     "leverages the powerful generative capabilities of diffusion models to encode target labels into "
     "two-dimensional semantic tensors for guiding adversarial noise generation.",
     "2D Tensor-Guided Adversarial Fusion", "2D-TGAF", "technique"),
    # 2508.09626
    ("To advance research in this domain, we introduce a challenging benchmark dataset: 3D Aerial Semantic "
     "(3D-AS), which encompasses diverse real-world aerial scenes with sparse annotations.",
     "3D Aerial Semantic", "3D-AS", "dataset"),
])
def test_dimension_short_form(abstract: str, long_form: str, short: str, kind: str) -> None:
    found = kinds(abstract)
    assert found.get(long_form) == kind
    assert found.get(short) == kind
