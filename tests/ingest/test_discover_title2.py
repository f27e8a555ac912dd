"""A title's name that the vocabulary knows under another meaning, and title names holding a generic
part (real arXiv titles and sentences)."""

from __future__ import annotations

import pytest

from paperkg.ingest.records import Kind, Origin, Paper, Role
from tests.ingest._helpers import entities_and_roles


def test_title_acronym_spelled_out_as_something_else_is_the_papers_own_name():
    title = "ARC: Anchored Representation Clouds for High-Resolution INR Classification"
    abstract = ("We propose ARC: Anchored Representation Clouds, a novel INR architecture that explicitly "
                "anchors latent vectors locally in image-space.")
    found = entities_and_roles(abstract, title)
    arc = {entity_id: (kind, roles) for entity_id, (kind, surfaces, roles) in found.items()
           if "ARC" in surfaces}
    # not the vocabulary's AI2 Reasoning Challenge (dataset/arc), in the title nor in the abstract
    assert list(arc) != ["dataset/arc"] and len(arc) == 1
    [(kind, roles)] = arc.values()
    assert kind is not Kind.DATASET and Role.INTRODUCES in roles


def test_title_acronym_with_its_own_long_form_and_the_vocabularys_is_one_new_entity(shipped):
    title = "UDA: Unsupervised Debiasing Alignment for Pair-wise LLM-as-a-Judge"
    abstract = ("We then propose UDA (Unsupervised Debiasing Alignment), a framework that reduces "
                "inter-judge disagreement by dynamically adjusting the Elo rating system. Crucially, UDA "
                "operates in a fully unsupervised manner.")
    mentions = shipped.extract(Paper(id="t", title=title, abstract=abstract)).mentions
    uda = {m.entity_id for m in mentions if m.surface in {"UDA", "Unsupervised Debiasing Alignment"}}
    assert len(uda) == 1 and uda != {"technique/unsupervised-domain-adaptation"}
    assert all(m.origin is Origin.DISCOVERED for m in mentions if m.entity_id in uda)


def test_title_acronym_of_a_vocabulary_entity_without_a_long_form_stays_the_vocabularys(shipped):
    # arXiv 2504.05747: the vocabulary's SEA-LION has no long form to tell another SEA-LION by
    found = entities_and_roles("", "SEA-LION: Southeast Asian Languages in One Network")
    assert "model/sea-lion" in found and Role.INTRODUCES in found["model/sea-lion"][2]
    assert all(m.origin is Origin.VOCABULARY for m in shipped.extract(
        Paper(id="t", title="SEA-LION: Southeast Asian Languages in One Network", abstract="")).mentions)


def test_a_redefined_title_acronym_has_an_id_of_its_own(shipped):
    # arXiv 2503.15156: its ARC gets an id no vocabulary entity has (the AI2 Reasoning Challenge keeps
    # dataset/arc across a build), made from what the title says the acronym stands for
    title = "ARC: Anchored Representation Clouds for High-Resolution INR Classification"
    ids = {m.entity_id for m in shipped.extract(Paper(id="t", title=title, abstract="")).mentions
           if m.surface == "ARC"}
    assert len(ids) == 1 and ids.pop().endswith("/arc--anchored-representation-clouds")


@pytest.mark.parametrize(("title", "name", "kind"), [
    ("MGFFD-VLM: Multi-Granularity Prompt Learning for Face Forgery Detection with VLM", "MGFFD-VLM", None),
    ("COT-AD: Cotton Analysis Dataset", "COT-AD", Kind.DATASET),
    ("BEE-RAG: Balanced Entropy Engineering for Retrieval-Augmented Generation", "BEE-RAG", None),
])
def test_title_name_joining_a_generic_part_to_a_name_is_introduced(title, name, kind):
    found = {surface: (k, roles) for k, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    assert Role.INTRODUCES in found[name][1]
    assert kind is None or found[name][0] is kind


@pytest.mark.parametrize("title", [
    "LLMs: A Survey of Large Language Models",
    "Glucose-ML: A collection of longitudinal diabetes datasets",  # no part of it a name on its own
])
def test_title_of_generic_parts_only_introduces_nothing(title):
    found = {surface: roles for _, surfaces, roles in entities_and_roles("", title).values()
             for surface in surfaces}
    head = title.split(":")[0]
    assert Role.INTRODUCES not in found.get(head, set())
