"""Methods a paper names in plain words (``paperkg_coined``): corpus sentences, the shipped pipeline."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Paper, Role


@pytest.fixture(scope="module")
def shipped():
    return Extractor.shared()


def _coined(extractor: Extractor, abstract: str, title: str = "A study") -> dict[str, tuple[str, Role]]:
    """The surfaces ``paperkg_coined`` links, with their kind and role."""
    extraction = extractor.extract(Paper(id="t", title=title, abstract=abstract))
    return {m.surface: (m.kind.value, m.role) for m in extraction.mentions if m.extractor == "paperkg_coined"}


@pytest.mark.issue(12)
@pytest.mark.parametrize(("abstract", "label"), [
    # the field's only cue of use is capitalised: the quick check must not miss it
    ("Using class-balanced sampling, we recover the rare classes.", "class-balanced sampling"),
    ("Via gray-box learning, the nowcasts stay physically consistent.", "gray-box learning"),
])
def test_coined_a_capitalised_cue_of_use_is_a_cue(shipped, abstract, label):
    assert _coined(shipped, abstract)[label] == ("technique", Role.USES)
