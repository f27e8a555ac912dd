"""A programming language whose vocabulary alias ends in its own cue ("Julia programming language",
"C programming language") is linked when that alias is matched whole: the cue is inside the match,
not after it."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind

from tests.ingest._helpers import kinds_and_labels


@pytest.mark.parametrize(("abstract", "surface", "label"), [
    ("We propose Herb.jl, a unifying program synthesis library written in the Julia programming language, "
     "to address these issues.", "Julia programming language", "Julia"),
    ("We have developed implementations in the C programming language for computing the Hamming distance "
     "that clearly outperform both state-of-art licensed software and open-source libraries.",
     "C programming language", "C"),
])
def test_language_alias_with_its_own_cue_is_linked(abstract: str, surface: str, label: str) -> None:
    assert kinds_and_labels(abstract).get(surface) == (Kind.LANGUAGE, label)
