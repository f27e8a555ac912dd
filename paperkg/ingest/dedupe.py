"""Merge duplicate papers across files and sources: by arXiv id, DOI, else folded title.

Two copies are the same paper when they share an arXiv id or a DOI, or when their folded
titles match (three words or more) and no id tells them apart: two different arXiv ids, or
two different DOIs neither of which is an arXiv DOI, keep same-titled papers apart. The
merged paper keeps every source, the longest title, abstract and author list, the most
precise date, the union of categories and links, and the input id of the first copy that
had one (an id made from the title is settled once all copies are in).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from paperkg.ingest.records import Paper, normalize_title
from paperkg.ingest.text import arxiv_id_from_doi

__all__ = ["Deduplicator", "dedupe", "paper_keys"]

#: Titles shorter than this many words are too generic to merge on ("Introduction").
_MIN_TITLE_WORDS = 3


def paper_keys(paper: Paper) -> list[str]:
    """Every key that identifies ``paper``: ``arxiv:``, ``doi:`` and ``title:`` where known.

    >>> paper_keys(Paper(id="x", title="Qwen2 Technical Report", arxiv_id="2407.10671"))
    ['arxiv:2407.10671', 'title:qwen2 technical report']
    """
    keys = []
    if paper.arxiv_id:
        keys.append(f"arxiv:{paper.arxiv_id}")
    if paper.doi:
        keys.append(f"doi:{paper.doi.lower()}")
    title = normalize_title(paper.title)
    if len(title.split()) >= _MIN_TITLE_WORDS:
        keys.append(f"title:{title}")
    elif not keys:
        keys.append("text:" + normalize_title(paper.title + " " + paper.abstract[:300]))
    return keys


def _is_id_key(key: str) -> bool:
    return key.startswith(("arxiv:", "doi:"))


@dataclass
class _Identity:
    """The ids every copy merged into one slot carried."""

    arxiv: set[str] = field(default_factory=set)
    dois: set[str] = field(default_factory=set)  # DOIs that are not arXiv DOIs

    def add(self, paper: Paper) -> None:
        if paper.arxiv_id:
            self.arxiv.add(paper.arxiv_id)
        if paper.doi and not arxiv_id_from_doi(paper.doi):
            self.dois.add(paper.doi.lower())

    def clashes(self, other: _Identity) -> bool:
        """True when the two carry different arXiv ids, or different (non-arXiv) DOIs."""
        return bool(
            (self.arxiv and other.arxiv and not self.arxiv & other.arxiv)
            or (self.dois and other.dois and not self.dois & other.dois)
        )


def _of(paper: Paper) -> _Identity:
    identity = _Identity()
    identity.add(paper)
    return identity


def _merge(a: Paper, b: Paper) -> Paper:
    """``a.merged(b)``, keeping the more precise of two compatible dates."""
    merged = a.merged(b)
    if a.date and b.date and len(b.date) > len(a.date) and b.date.startswith(a.date):
        merged = replace(merged, date=b.date)
    return merged


@dataclass
class Deduplicator:
    """Streaming merge of duplicates: memory is one entry per distinct paper and key.

    Papers come out in the order their first copy came in; ``merged`` counts the copies
    folded into an earlier paper.
    """

    merged: int = 0

    def __post_init__(self) -> None:
        self._slots: list[Paper | None] = []
        self._ids: list[_Identity] = []
        self._derived: list[bool] = []  # the slot's id was made from its title, not read
        self._index: dict[str, int] = {}
        self._forward: dict[int, int] = {}  # a slot folded into another one

    def _lookup(self, key: str) -> int | None:
        slot = self._index.get(key)
        while slot is not None and self._slots[slot] is None:
            slot = self._forward[slot]
        return slot

    def add(self, paper: Paper) -> None:
        """Add a paper, merging it into any earlier paper that shares a key."""
        keys = paper_keys(paper)
        hits = sorted({slot for k in keys if _is_id_key(k) and (slot := self._lookup(k)) is not None})
        identity = _of(paper)
        for slot in hits:
            identity.arxiv |= self._ids[slot].arxiv
            identity.dois |= self._ids[slot].dois
        for key in keys:
            slot = self._lookup(key)
            if _is_id_key(key) or slot is None or slot in hits or identity.clashes(self._ids[slot]):
                continue
            hits.append(slot)
            identity.arxiv |= self._ids[slot].arxiv
            identity.dois |= self._ids[slot].dois
        derived = paper.id == paper.uid
        if not hits:
            slot = len(self._slots)
            self._slots.append(paper)
            self._ids.append(identity)
            self._derived.append(derived)
        else:
            hits.sort()
            slot = hits[0]
            current = self._slots[slot]
            assert current is not None
            for other in hits[1:]:  # the paper bridges two earlier ones: fold them together
                earlier = self._slots[other]
                assert earlier is not None
                current = _merge(current, earlier)
                if self._derived[slot] and not self._derived[other]:
                    current, self._derived[slot] = replace(current, id=earlier.id), False
                self._slots[other] = None
                self._forward[other] = slot
            current = _merge(current, paper)
            if self._derived[slot] and not derived:
                current, self._derived[slot] = replace(current, id=paper.id), False
            self._slots[slot] = current
            self._ids[slot] = identity
            self.merged += len(hits)  # this copy, and any earlier paper it folded in
            keys = paper_keys(current) + keys
        for key in keys:
            if _is_id_key(key) or self._lookup(key) is None:
                self._index[key] = slot

    def papers(self) -> Iterator[Paper]:
        """The distinct papers, ids settled (an arXiv id, once known, names a paper read without id)."""
        for slot, paper in enumerate(self._slots):
            if paper is not None:
                yield replace(paper, id=paper.uid) if self._derived[slot] and paper.id != paper.uid else paper


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """Merge duplicates; each merged paper keeps every source and the richest metadata.

    >>> a = Paper(id="a", title="GEB-1.3B: Open Lightweight Large Language Model")
    >>> b = Paper(id="b", title="GEB-1.3B: Open Lightweight Large Language Model", abstract="...")
    >>> [(p.id, p.abstract) for p in dedupe([a, b])]
    [('a', '...')]
    """
    deduplicator = Deduplicator()
    for paper in papers:
        deduplicator.add(paper)
    return list(deduplicator.papers())
