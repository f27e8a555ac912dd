"""Merge duplicate papers across files and sources: by arXiv id, DOI, else folded title.

Two records are the same paper when they share an arXiv id or a DOI, or when their folded
titles match (three words or more) and no id tells them apart: two different arXiv ids, or
two different DOIs neither of which is an arXiv DOI, keep same-titled papers apart.

The answer does not depend on the order the records come in. Records are clustered by
:class:`KeyClusters` (id keys join unconditionally; title keys are taken in sorted order, and
the clusters sharing a title join in the order of their content, never of their arrival), and
a cluster becomes one paper by :func:`merge_papers`: the title and abstract (and so the
extraction, which a build makes per record before deduplication) come whole from one chosen
record, the one with the longest abstract, then title, then the smallest content digest; the
metadata is the union of every copy, and the date the earliest one (a paper listed on two days'
pages is dated by the first). Copies whose own title or abstract differs from the kept
one are named by :func:`text_conflicts`, so that a build can say what it set aside.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from paperkg.ingest.records import Paper, normalize_title
from paperkg.ingest.text import arxiv_id_from_doi

__all__ = [
    "Identity",
    "KeyClusters",
    "content_digest",
    "dedupe",
    "earliest_date",
    "is_id_key",
    "merge_papers",
    "paper_keys",
    "text_conflicts",
]

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


def is_id_key(key: str) -> bool:
    """True for an ``arxiv:`` or ``doi:`` key (records sharing one are the same paper)."""
    return key.startswith(("arxiv:", "doi:"))


def content_digest(paper: Paper) -> str:
    """A digest of what a record says (not where it was read): ties between copies break on it.

    >>> content_digest(Paper(id="a", title="T")) == content_digest(Paper(id="a", title="T"))
    True
    """
    fields = (paper.id, paper.title, paper.abstract, *paper.authors, "\x1e", paper.date or "",
              paper.arxiv_id or "", paper.doi or "", *paper.categories, "\x1e", *paper.links)
    return hashlib.sha1("\x1f".join(fields).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Identity:
    """The ids a record (or a cluster of records) carries: arXiv ids and non-arXiv DOIs."""

    arxiv: frozenset[str] = frozenset()
    dois: frozenset[str] = frozenset()

    @classmethod
    def of(cls, paper: Paper) -> Identity:
        """The ids of one paper."""
        doi = paper.doi.lower() if paper.doi and not arxiv_id_from_doi(paper.doi) else None
        return cls(frozenset([paper.arxiv_id] if paper.arxiv_id else ()), frozenset([doi] if doi else ()))

    def __or__(self, other: Identity) -> Identity:
        return Identity(self.arxiv | other.arxiv, self.dois | other.dois)

    def clashes(self, other: Identity) -> bool:
        """True when the two carry different arXiv ids, or different (non-arXiv) DOIs."""
        return bool(
            (self.arxiv and other.arxiv and not self.arxiv & other.arxiv)
            or (self.dois and other.dois and not self.dois & other.dois)
        )


#: One record as clustering sees it: its number, its ids and its content digest.
Member = tuple[int, Identity, str]


class KeyClusters:
    """Union–find over the records that share a key; memory grows with those records only.

    Feed it every key that two or more records share (:meth:`add`, in any order); then
    :meth:`clusters` joins records sharing an id key, and then, title key by title key in
    sorted order, the clusters sharing a title whose ids do not clash. Where a title could
    join a cluster to more than one other, the clusters are taken in the order of their
    content digests, so the result never depends on the order of the input.

    Examples
    --------
    >>> a, b, c = (Paper(id=i, title="A Survey of Large Language Models", arxiv_id=x)
    ...            for i, x in (("a", "2303.18223"), ("b", "2402.06196"), ("c", None)))
    >>> clusters = KeyClusters()
    >>> clusters.add("title:a survey of large language models",
    ...              [(i, Identity.of(p), content_digest(p)) for i, p in enumerate((a, b, c))])
    >>> sorted(sorted(group) for group in clusters.clusters().values())
    [[0, 2], [1]]
    """

    def __init__(self) -> None:
        self._parent: dict[int, int] = {}
        self._identity: dict[int, Identity] = {}
        self._digests: dict[int, list[str]] = {}
        self._titles: list[tuple[str, list[int]]] = []

    def _find(self, rec: int) -> int:
        parent = self._parent
        root = rec
        while parent[root] != root:
            root = parent[root]
        while parent[rec] != root:  # path compression
            parent[rec], rec = root, parent[rec]
        return root

    def _enter(self, member: Member) -> int:
        rec, identity, digest = member
        if rec not in self._parent:
            self._parent[rec] = rec
            self._identity[rec] = identity
            self._digests[rec] = [digest]
        return self._find(rec)

    def _union(self, a: int, b: int) -> int:
        a, b = self._find(a), self._find(b)
        if a == b:
            return a
        if len(self._digests[a]) < len(self._digests[b]):
            a, b = b, a
        self._parent[b] = a
        self._identity[a] = self._identity[a] | self._identity.pop(b)
        self._digests[a] = sorted(self._digests[a] + self._digests.pop(b))
        return a

    def add(self, key: str, members: Sequence[Member]) -> None:
        """Records ``members`` share ``key`` (an ``arxiv:``/``doi:`` key joins them at once)."""
        roots = [self._enter(member) for member in members]
        if is_id_key(key):
            for root in roots[1:]:
                self._union(roots[0], root)
        else:
            self._titles.append((key, [member[0] for member in members]))

    def clusters(self) -> dict[int, list[int]]:
        """Join the title groups, then return each cluster's records (sorted) by cluster root.

        Only records given to :meth:`add` appear; every other record is a paper of its own.
        """
        for _, recs in sorted(self._titles):
            roots = sorted({self._find(r) for r in recs}, key=lambda r: self._digests[r])
            formed: list[int] = []
            for root in roots:
                for i, other in enumerate(formed):
                    if not self._identity[other].clashes(self._identity[root]):
                        formed[i] = self._union(other, root)
                        break
                else:
                    formed.append(root)
        self._titles = []
        out: dict[int, list[int]] = {}
        for rec in sorted(self._parent):
            out.setdefault(self._find(rec), []).append(rec)
        return out


def _derived(paper: Paper) -> bool:
    """True when the record's id was made from its title (the input gave none)."""
    return paper.id == paper.uid


def _chosen(papers: Sequence[Paper]) -> int:
    digests = [content_digest(p) for p in papers]
    return min(range(len(papers)),
               key=lambda i: (-len(papers[i].abstract), -len(papers[i].title), digests[i]))


def _first(chosen: str | None, others: Iterable[str | None]) -> str | None:
    return chosen or min((v for v in others if v), default=None)


def _union(chosen: tuple[str, ...], others: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The chosen record's values in their order, then any other values, sorted."""
    seen = set(chosen)
    return chosen + tuple(sorted({v for values in others for v in values if v not in seen}))


def earliest_date(dates: Iterable[str | None]) -> str | None:
    """The earliest of the copies' ISO dates, as precise as a copy gives it.

    A date that another copy's refines ("2024-07" beside "2024-07-15") gives way to it; of the
    rest the earliest wins (the first time the paper was seen), whatever order they come in.

    >>> earliest_date(["2024-07-30", "2024-07", None, "2024-07-15"])
    '2024-07-15'
    >>> earliest_date(["2025", "2024-12"]), earliest_date([None])
    ('2024-12', None)
    """
    known = {d for d in dates if d}
    precise = [d for d in known if not any(o != d and o.startswith(d) for o in known)]
    return min(precise, default=None)


def merge_papers(papers: Sequence[Paper]) -> tuple[Paper, int]:
    """Merge copies of one paper; return the merged paper and the index of the chosen copy.

    The chosen copy (longest abstract, then title, then smallest content digest) gives the
    title and abstract; ids, authors, categories, links and sources are merged from all
    copies (the chosen copy's first), and the date is the earliest any copy gives
    (:func:`earliest_date`), so that the result is the same in any order.

    Examples
    --------
    >>> a = Paper(id="a", title="GEB-1.3B: Open Lightweight Large Language Model", categories=("cs.CL",))
    >>> b = Paper(id="b", title="GEB-1.3B: open lightweight large language model", abstract="...",
    ...           categories=("cs.AI", "cs.CL"), arxiv_id="2406.09900")
    >>> merged, chosen = merge_papers([a, b])
    >>> chosen, merged.id, merged.arxiv_id, merged.categories
    (1, 'b', '2406.09900', ('cs.AI', 'cs.CL'))
    >>> merge_papers([b, a])[0] == merged
    True
    """
    if not papers:
        raise ValueError("merge_papers needs at least one paper")
    if len(papers) == 1:
        return papers[0], 0
    i = _chosen(papers)
    chosen = papers[i]
    others = [p for j, p in enumerate(papers) if j != i]
    longest = max(len(p.authors) for p in papers)
    authors = (chosen.authors if len(chosen.authors) == longest
               else min(p.authors for p in others if len(p.authors) == longest))
    merged = replace(
        chosen,
        authors=authors,
        date=earliest_date(p.date for p in papers),
        arxiv_id=_first(chosen.arxiv_id, (p.arxiv_id for p in others)),
        doi=_first(chosen.doi, (p.doi for p in others)),
        categories=_union(chosen.categories, (p.categories for p in others)),
        links=_union(chosen.links, (p.links for p in others)),
        sources=tuple(sorted({s for p in papers for s in p.sources})),
    )
    given = None if _derived(chosen) else chosen.id
    given = given or min((p.id for p in others if p.id and not _derived(p)), default=None)
    return replace(merged, id=given or merged.uid), i


def text_conflicts(papers: Sequence[Paper], chosen: int) -> list[int]:
    """The copies whose title or abstract says something the chosen copy's does not.

    A shorter abstract that the kept one contains (a truncated copy), or one that differs in
    case, spacing or punctuation only, is no conflict.

    >>> a = Paper(id="1", title="Qwen2 Technical Report", abstract="This report introduces Qwen2.")
    >>> b = Paper(id="1", title="Qwen2 technical report", abstract="This report")
    >>> c = Paper(id="1", title="Mistral 7B", abstract="We introduce Mistral 7B.")
    >>> text_conflicts([a, b, c], 0)
    [2]
    """
    kept = papers[chosen]
    title, abstract = normalize_title(kept.title), normalize_title(kept.abstract)
    return [i for i, p in enumerate(papers)
            if i != chosen
            and (normalize_title(p.title) != title or normalize_title(p.abstract) not in abstract)]


def dedupe(papers: Iterable[Paper]) -> list[Paper]:
    """Merge duplicates in memory; each merged paper keeps every source and the richest metadata.

    Papers come out in the order their first copy came in (the content of each does not
    depend on the order). A build does the same out of core (:mod:`paperkg.pipeline`).

    >>> a = Paper(id="a", title="GEB-1.3B: Open Lightweight Large Language Model")
    >>> b = Paper(id="b", title="GEB-1.3B: Open Lightweight Large Language Model", abstract="...")
    >>> [(p.id, p.abstract) for p in dedupe([a, b])]
    [('b', '...')]
    """
    records = list(papers)
    by_key: dict[str, list[int]] = {}
    for i, paper in enumerate(records):
        for key in paper_keys(paper):
            by_key.setdefault(key, []).append(i)
    clusters = KeyClusters()
    for key, recs in by_key.items():
        if len(recs) > 1:
            clusters.add(key, [(i, Identity.of(records[i]), content_digest(records[i])) for i in recs])
    groups = {recs[0]: recs for recs in clusters.clusters().values()}
    clustered = {r for recs in groups.values() for r in recs}
    out = []
    for i, paper in enumerate(records):
        if i in groups:
            out.append(merge_papers([records[r] for r in groups[i]])[0])
        elif i not in clustered:
            out.append(paper)
    return out
