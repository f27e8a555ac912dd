"""Merge duplicate papers across files and sources: by arXiv id, DOI, else folded title."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from paperkg.ingest.records import Paper, normalize_title

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


@dataclass
class Deduplicator:
    """Streaming merge of duplicates: memory is one entry per distinct paper and key.

    Papers come out in the order their first copy came in; ``merged`` counts the copies
    folded into an earlier paper.
    """

    merged: int = 0

    def __post_init__(self) -> None:
        self._slots: list[Paper | None] = []
        self._index: dict[str, int] = {}

    def add(self, paper: Paper) -> None:
        """Add a paper, merging it into any earlier paper that shares a key."""
        keys = paper_keys(paper)
        hits = sorted({self._index[k] for k in keys if k in self._index})
        if not hits:
            slot = len(self._slots)
            self._slots.append(paper)
        else:
            slot = hits[0]
            current = self._slots[slot]
            assert current is not None
            for other in hits[1:]:  # the paper bridges two earlier ones: fold them together
                earlier = self._slots[other]
                assert earlier is not None
                current = current.merged(earlier)
                self._slots[other] = None
                for key in paper_keys(earlier):
                    self._index[key] = slot
            current = current.merged(paper)
            self._slots[slot] = current
            self.merged += 1
            keys = paper_keys(current)
        for key in keys:
            self._index[key] = slot

    def papers(self) -> Iterator[Paper]:
        """The distinct papers, ids settled (an arXiv id, once known, names the paper)."""
        for paper in self._slots:
            if paper is not None:
                yield paper if paper.id == paper.uid or not paper.id.startswith("t-") else replace(paper, id=paper.uid)


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """Merge duplicates; each merged paper keeps every source and the richest metadata.

    >>> a = Paper(id="a", title="GEB-1.3B: Open Lightweight Large Language Model")
    >>> b = Paper(id="b", title="GEB-1.3B: Open Lightweight Large Language Model", abstract="...")
    >>> [p.abstract for p in dedupe([a, b])]
    ['...']
    """
    deduplicator = Deduplicator()
    for paper in papers:
        deduplicator.add(paper)
    return list(deduplicator.papers())
