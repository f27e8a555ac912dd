"""``paperkg_roles``: a name the paper discovers in a sentence where it presents its own work is introduced."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Paper


def _roles(title: str, abstract: str) -> dict[str, set[str]]:
    """surface -> the roles of its mentions."""
    extraction = Extractor.shared().extract(Paper(id="t", title=title, abstract=abstract))
    roles: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        roles.setdefault(mention.surface, set()).add(mention.role.value)
    return roles


@pytest.mark.issue(12)
def test_the_parts_of_a_proposed_method_are_introduced():
    # arXiv 2507.22914: the two steps of the method the paper proposes are its own
    roles = _roles("Knowledge graph integration", "To address this gap, we propose a novel KG integration method "
                   "consisting of label matching and triple matching.")
    assert roles["label matching"] == {"introduces"}
    assert roles["triple matching"] == {"introduces"}


@pytest.mark.issue(12)
def test_a_known_name_in_the_same_sentence_is_still_used():
    # arXiv 2509.06011: the paper's module goes into a released detector it did not make
    roles = _roles("Open-vocabulary detection", "Furthermore, we propose a novel Cross-Attention Gated "
                   "Enhancement Fusion (CAGE) module and integrate it into the YOLO-World architecture.")
    assert roles["YOLO-World"] == {"uses"}
    assert "introduces" in roles["CAGE"]

