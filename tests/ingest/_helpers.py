"""One paper through the shipped extraction pipeline, and its links in the shapes the ingest tests assert on.

Every helper runs :meth:`Extractor.shared` (built once per process) on a paper with the given abstract and
title (``"A study"`` unless given: a title that links nothing). Kinds come back as :class:`Kind`, a
``StrEnum``: ``Kind.MODEL == "model"``, so a test may compare them with plain strings.
"""

from __future__ import annotations

from paperkg.ingest.extract import Extractor
from paperkg.ingest.records import Extraction, Kind, Paper, Role

__all__ = ["TITLE", "coined", "entities", "entities_and_roles", "entity_ids", "extract", "kinds",
           "kinds_and_labels", "kinds_of_paper", "surface_ids", "surface_roles"]

TITLE = "A study"
"""The default title: a paper's title that links nothing, so only the abstract's links count."""


def extract(abstract: str, title: str = TITLE) -> Extraction:
    """The extraction of the paper with ``abstract`` and ``title``, by the shipped pipeline."""
    return Extractor.shared().extract(Paper(id="t", title=title, abstract=abstract))


def kinds(abstract: str, title: str = TITLE, *, by: str | None = None) -> dict[str, Kind]:
    """Surface -> kind of every mention (only those the component ``by`` made, unless None)."""
    return {m.surface: m.kind for m in extract(abstract, title).mentions if by is None or m.extractor == by}


def kinds_of_paper(title: str, abstract: str) -> dict[str, Kind]:
    """Surface -> kind of every mention: :func:`kinds` with the title first, for papers kept as (title,
    abstract) pairs."""
    return kinds(abstract, title)


def coined(abstract: str, title: str = TITLE) -> dict[str, tuple[Kind, Role]]:
    """Surface -> (kind, role) of the mentions ``paperkg_coined`` (methods named in plain words) made."""
    mentions = extract(abstract, title).mentions
    return {m.surface: (m.kind, m.role) for m in mentions if m.extractor == "paperkg_coined"}


def kinds_and_labels(abstract: str, title: str = TITLE) -> dict[str, tuple[Kind, str]]:
    """Surface -> (kind, entity label) of every mention."""
    extraction = extract(abstract, title)
    labels = {e.id: e.label for e in extraction.entities}
    return {m.surface: (m.kind, labels[m.entity_id]) for m in extraction.mentions}


def entity_ids(abstract: str, title: str = TITLE) -> dict[str, set[str]]:
    """Surface -> the entity ids of its mentions."""
    out: dict[str, set[str]] = {}
    for mention in extract(abstract, title).mentions:
        out.setdefault(mention.surface, set()).add(mention.entity_id)
    return out


def surface_ids(extraction: Extraction) -> dict[str, str]:
    """Surface -> entity id of every mention of ``extraction`` (the last one, where a surface has several)."""
    return {m.surface: m.entity_id for m in extraction.mentions}


def surface_roles(abstract: str, title: str = TITLE) -> dict[str, set[str]]:
    """Surface -> the roles (values) of its mentions."""
    out: dict[str, set[str]] = {}
    for mention in extract(abstract, title).mentions:
        out.setdefault(mention.surface, set()).add(mention.role.value)
    return out


def entities(abstract: str, title: str = TITLE) -> dict[str, tuple[Kind, set[str]]]:
    """Entity id -> (kind, the surfaces of its mentions)."""
    out: dict[str, tuple[Kind, set[str]]] = {}
    for m in extract(abstract, title).mentions:
        out.setdefault(m.entity_id, (m.kind, set()))[1].add(m.surface)
    return out


def entities_and_roles(abstract: str, title: str = TITLE) -> dict[str, tuple[Kind, set[str], set[Role]]]:
    """Entity id -> (kind, the surfaces of its mentions, their roles)."""
    out: dict[str, tuple[Kind, set[str], set[Role]]] = {}
    for m in extract(abstract, title).mentions:
        kind, surfaces, found = out.setdefault(m.entity_id, (m.kind, set(), set()))
        surfaces.add(m.surface)
        found.add(m.role)
    return out
