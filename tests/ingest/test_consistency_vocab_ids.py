"""Build consistency: a discovered name whose id is a vocabulary entity's id never renames that entity."""

from __future__ import annotations

import pytest

from paperkg.ingest.extract.consistency import settle_build
from paperkg.ingest.records import Entity, Extraction, Kind, Mention, Origin, Paper, Role
from tests.ingest._helpers import extract


def _introduced(paper: Paper, entity: Entity) -> Extraction:
    """``paper`` introducing the discovered ``entity`` in its title (as the title rules link it)."""
    mention = Mention(paper_id=paper.id, entity_id=entity.id, kind=entity.kind, surface=entity.label,
                      field="title", start=0, end=len(entity.label), role=Role.INTRODUCES,
                      origin=Origin.DISCOVERED, confidence=0.9, extractor="paperkg_title",
                      sentence_end=len(paper.title))
    return Extraction(paper=paper, mentions=(mention,), entities=(entity,))


@pytest.mark.issue(12)
def test_a_discovered_name_with_a_vocabulary_id_leaves_that_entity_alone():
    # in the 104k build, papers introducing methods called ARC (arXiv 2608.13622, 2507.20939) made "ARC" a
    # technique, and one paper's discovered dataset "Arc" has the id of the vocabulary's AI2 Reasoning
    # Challenge (dataset/arc): renaming that id carried every evaluation on ARC away to the technique
    evaluated = extract("We evaluate on the AI2 Reasoning Challenge (ARC) and MMLU.", "")
    assert {m.entity_id for m in evaluated.mentions if m.surface == "ARC"} == {"dataset/arc"}
    method = Entity(id="technique/arc", label="ARC", kind=Kind.TECHNIQUE, origin=Origin.DISCOVERED)
    dataset = Entity(id="dataset/arc", label="Arc", kind=Kind.DATASET, origin=Origin.DISCOVERED)
    others = [_introduced(Paper(id="2608.13622", title="ARC: Fair Relative Advantage Comparison in "
                                "Open-Ended Real-World Interaction"), method),
              _introduced(Paper(id="2507.20939", title="ARC-Hunyuan-Video-7B: Structured Video "
                                "Comprehension of Real-World Shorts"), method),
              _introduced(Paper(id="d", title="Arc"), dataset)]
    settled = settle_build([evaluated, *others])
    assert {m.entity_id for m in settled[0].mentions if m.surface == "ARC"} == {"dataset/arc"}
    assert {m.entity_id for m in settled[1].mentions} == {"technique/arc"}
