"""Attention over time: papers mentioning an entity per period, and the top entities per period."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import networkx as nx

from paperkg.graph.families import family_map
from paperkg.graph.options import LEVELS, check_choice, check_kind, check_top
from paperkg.graph.rows import Rows

__all__ = ["PERIODS", "TrendRow", "TrendingRow", "dated_papers", "paper_period", "trend", "trending"]

#: Period granularities.
PERIODS = ("year", "quarter", "month")

_ISO = re.compile(r"\b((?:19|20)\d{2})(?:[-/.](\d{1,2}))?")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_NAMED = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b",
    re.I)
_DAY_NAMED = re.compile(
    r"\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b", re.I)
_ARXIV_NEW = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}$")
_ARXIV_OLD = re.compile(r"/(\d{2})(\d{2})\d{3}$")


@dataclass(frozen=True, slots=True)
class TrendRow:
    """Papers mentioning the entity in one ``period``, of ``total`` dated papers then (``share``).

    Examples
    --------
    >>> TrendRow("2024", 3, 12, 0.25).to_dict()
    {'period': '2024', 'papers': 3, 'total': 12, 'share': 0.25}
    """

    period: str
    papers: int
    total: int
    share: float

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TrendingRow:
    """One of the top entities of a period; ``change`` is its share minus the previous period's.

    Examples
    --------
    >>> TrendingRow("2024", 1, "LoRA", "technique/lora", "technique", 3, 0.25, 0.1).to_dict()["change"]
    0.1
    """

    period: str
    rank: int
    entity: str
    id: str
    kind: str
    papers: int
    share: float
    change: float | None

    def to_dict(self) -> dict:
        """The row as a plain dict (for JSON and CSV output)."""
        return asdict(self)


def _year_month(data: dict) -> tuple[int, int | None] | None:
    date = str(data.get("date") or "")
    for pattern in (_NAMED, _DAY_NAMED):
        match = pattern.search(date)
        if match:
            return int(match.group(2)), _MONTHS[match.group(1).lower()[:3]]
    match = _ISO.search(date)
    if match:
        month = int(match.group(2)) if match.group(2) else None
        return int(match.group(1)), month if month and 1 <= month <= 12 else None
    arxiv = str(data.get("arxiv_id") or "")
    match = _ARXIV_NEW.match(arxiv) or _ARXIV_OLD.search(arxiv)
    if match:
        yy, mm = int(match.group(1)), int(match.group(2))
        if 1 <= mm <= 12:
            return (2000 + yy if yy < 90 else 1900 + yy), mm
    return None


def paper_period(data: dict, period: str = "year") -> str | None:
    """The period of a paper: ``2024``, ``2024-Q3`` or ``2024-07``; None if undated.

    Parameters
    ----------
    data : dict
        The paper node's attributes. The date comes from ``date`` (ISO ``2024-07-31``,
        ``2024``, ``31 Jul 2024``, ``July 2024``), else from a new- or old-style arXiv id
        (``2407.21783`` is July 2024).
    period : {"year", "quarter", "month"}
        The granularity. A year without a month has no quarter or month.

    Returns
    -------
    str or None

    Raises
    ------
    QueryError
        For an unknown period.

    Examples
    --------
    >>> paper_period({"date": "2024-07-31"}, "quarter"), paper_period({"arxiv_id": "2310.06825"}, "month")
    ('2024-Q3', '2023-10')
    >>> paper_period({"date": "Mar 12"}) is None
    True
    """
    check_choice(period, PERIODS, "period")
    return _period_of(_year_month(data), period)


def _period_of(found: tuple[int, int | None] | None, period: str) -> str | None:
    if found is None:
        return None
    year, month = found
    if period == "year":
        return f"{year:04d}"
    if month is None:
        return None
    if period == "quarter":
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    return f"{year:04d}-{month:02d}"


def dated_papers(G: nx.DiGraph) -> dict[str, dict[str, int]]:
    """The dated papers of ``G`` per period, for each granularity: what :func:`trend` counts
    as each period's ``total`` (a store keeps it, see :func:`trend`).

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.

    Returns
    -------
    dict
        ``{granularity: {period: papers}}`` for each of :data:`PERIODS`, periods sorted.

    Examples
    --------
    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("p1", {"kind": "paper", "date": "2024-02-01"}),
    ...                   ("p2", {"kind": "paper", "date": "2024"})])
    >>> dated_papers(G)
    {'year': {'2024': 2}, 'quarter': {'2024-Q1': 1}, 'month': {'2024-02': 1}}
    """
    totals: dict[str, Counter[str]] = {period: Counter() for period in PERIODS}
    for _, data in G.nodes(data=True):
        if data.get("kind") == "paper":
            found = _year_month(data)
            if found is not None:
                for period, counts in totals.items():
                    when = _period_of(found, period)
                    if when is not None:
                        counts[when] += 1
    return {period: dict(sorted(counts.items())) for period, counts in totals.items()}


def _periods(G: nx.DiGraph, period: str) -> dict[str, str]:
    out = {}
    for node, data in G.nodes(data=True):
        if data.get("kind") == "paper":
            when = paper_period(data, period)
            if when is not None:
                out[node] = when
    return out


def trend(G: nx.DiGraph, entities: Iterable[str], *, period: str = "year") -> Rows[TrendRow]:
    """Per period, the dated papers that mention any of ``entities``, oldest first.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    entities : iterable of str
        Entity node ids (an entity and its variants, say).
    period : {"year", "quarter", "month"}
        The granularity.

    Returns
    -------
    Rows of TrendRow
        Every period that has dated papers (``papers`` may be 0), so that the rows chart
        attention over time; the note counts the undated papers left out.

    Notes
    -----
    A graph with a ``dated_papers(period)`` method (a part of a stored graph, which keeps
    :func:`dated_papers` of the whole) gives the totals from it, so that only the papers of
    ``entities`` are dated here; it answers None when it does not know them.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p3", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "p3": "paper"}, "kind")
    >>> nx.set_node_attributes(G, {"p1": "2023-01-05", "p2": "2024-02-01", "p3": "2024-03-01"}, "date")
    >>> [(r.period, r.papers, r.total, r.share) for r in trend(G, ["lora"])]
    [('2023', 1, 1, 1.0), ('2024', 1, 2, 0.5)]
    """
    papers: set[str] = set()
    for entity in entities:
        papers.update(p for p in G.predecessors(entity) if G.nodes[p].get("kind") == "paper")
    known = getattr(G, "dated_papers", None)
    totals = known(period) if known is not None else None
    if totals is None:
        when = _periods(G, period)
        totals = Counter(when.values())
    else:
        when = {p: w for p in papers if (w := paper_period(G.nodes[p], period)) is not None}
    counts = Counter(when[p] for p in papers if p in when)
    undated = sum(1 for p in papers if p not in when)
    rows = [TrendRow(p, counts.get(p, 0), totals[p], round(counts.get(p, 0) / totals[p], 6))
            for p in sorted(totals)]
    note = f"{undated} paper(s) mentioning it carry no {period} and are left out" if undated else None
    return Rows(rows, note=note)


def trending(
    G: nx.DiGraph, *, kind: str | None = None, period: str = "year", top: int = 10, level: str = "variant"
) -> Rows[TrendingRow]:
    """The ``top`` entities (of ``kind``) of each period by papers mentioning them, oldest period first.

    Parameters
    ----------
    G : networkx.DiGraph
        The paper–entity graph.
    kind : str, optional
        Only entities of this kind.
    period : {"year", "quarter", "month"}
        The granularity.
    top : int, default 10
        Entities per period (at least 1).
    level : {"variant", "family"}
        ``"family"`` counts a family's variants as the family.

    Returns
    -------
    Rows of TrendingRow
        ``change`` is the share of the period's dated papers minus the share in the previous
        period (None in the first), so that rising and falling attention shows.

    Raises
    ------
    QueryError
        For an unknown kind, period or level, or ``top`` below 1.

    Examples
    --------
    >>> G = nx.DiGraph([("p1", "lora"), ("p2", "lora"), ("p2", "mmlu"), ("p3", "mmlu")])
    >>> nx.set_node_attributes(G, {"p1": "paper", "p2": "paper", "p3": "paper", "lora": "technique",
    ...                            "mmlu": "dataset"}, "kind")
    >>> nx.set_node_attributes(G, {"p1": "2023-01-05", "p2": "2024-02-01", "p3": "2024-03-01"}, "date")
    >>> [(r.period, r.entity, r.papers, r.change) for r in trending(G, top=1)]
    [('2023', 'lora', 1, None), ('2024', 'mmlu', 2, 1.0)]
    """
    kind = check_kind(kind)
    check_top(top)
    check_choice(level, LEVELS, "level")
    fam = family_map(G) if level == "family" else None
    when = _periods(G, period)
    totals = Counter(when.values())
    seen: dict[str, set[tuple[str, str]]] = {}
    for paper, entity in G.edges():
        if paper not in when:
            continue
        data = G.nodes[entity]
        if kind is not None and data.get("kind") != kind:
            continue
        key = fam.get(entity, entity) if fam else entity
        seen.setdefault(when[paper], set()).add((key, paper))
    per_period = {p: Counter(e for e, _ in pairs) for p, pairs in seen.items()}
    rows = []
    previous: str | None = None
    for p in sorted(totals):
        counts = per_period.get(p, Counter())
        label = lambda n: str(G.nodes[n].get("label", n)) if n in G else n  # noqa: E731
        ordered = sorted(counts, key=lambda n: (-counts[n], label(n), n))[:top]
        for rank, node in enumerate(ordered, start=1):
            share = counts[node] / totals[p]
            change = None
            if previous is not None:
                change = round(share - per_period.get(previous, Counter()).get(node, 0) / totals[previous], 6)
            kind_of = G.nodes[node].get("kind", "") if node in G else node.split("/", 1)[0]
            rows.append(TrendingRow(p, rank, label(node), node, kind_of, counts[node], round(share, 6),
                                    change))
        previous = p
    undated = sum(1 for n, k in G.nodes(data="kind") if k == "paper") - len(when)
    return Rows(rows, note=f"{undated} undated paper(s) left out" if undated else None)
