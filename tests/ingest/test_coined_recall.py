"""Methods named in plain words (``paperkg_coined``): recall of the names a paper gives its methods, with the
cues and phrases that must still name none."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Paper, Role


@pytest.fixture(scope="module")
def shipped():
    return Extractor.shared()


def _coined(extractor: Extractor, abstract: str) -> dict[str, tuple[str, Role]]:
    """The surfaces ``paperkg_coined`` links, with their kind and role."""
    extraction = extractor.extract(Paper(id="t", title="A study", abstract=abstract))
    return {m.surface: (m.kind.value, m.role) for m in extraction.mentions if m.extractor == "paperkg_coined"}


@pytest.mark.issue(12)
def test_named_after_coined_with_no_other_naming_word(shipped):
    # corpus sentence (2606.09219): "coined" is a naming word though the field has no "name", "call", "term"
    # or "dub" in it
    found = _coined(shipped, "Upon the dataset, we further devise a novel semi-supervised learning framework "
                             "coined Nova Teacher, capable of detecting dense sources effectively given sparse "
                             "annotations.")
    assert found.get("Nova Teacher") == ("technique", Role.INTRODUCES)


@pytest.mark.issue(12)
def test_named_after_dubbed_unchanged(shipped):
    # must not change: a field with "dubbed" was read before
    found = _coined(shipped, "We propose a novel alignment framework, dubbed Gradient Echo, that reuses past "
                             "gradients.")
    assert found.get("Gradient Echo") == ("technique", Role.INTRODUCES)
