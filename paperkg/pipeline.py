"""The pipeline: read files, merge duplicates, link papers to entities, build the KnowledgeGraph.

It drives the stages (:mod:`paperkg.ingest` -> :mod:`paperkg.graph`); no stage imports it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from paperkg.errors import InputError
from paperkg.graph.build import add_extraction, paper_from_node, paper_node, remove_paper
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.dedupe import Deduplicator, paper_keys
from paperkg.ingest.extract import extract_many
from paperkg.ingest.readers import ReadReport, read_papers
from paperkg.ingest.records import Extraction, Paper

__all__ = ["BuildStats", "build", "update"]


@dataclass
class BuildStats:
    """What a build did: the read report, distinct papers, merged copies, seconds per stage."""

    report: ReadReport = field(default_factory=ReadReport)
    papers: int = 0
    merged: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def build(
    paths: Iterable[str | Path] | None = None,
    *,
    format: str | None = None,
    stats: BuildStats | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    workers: int | None = None,
    options: Mapping[str, Any] | None = None,
    scheduler: Any = None,
) -> KnowledgeGraph:
    """Read papers, merge duplicates, link them to entities and build the graph.

    Parameters
    ----------
    paths : files or folders in any supported format, plain or gzip; ``None`` (or empty)
        builds the bundled sample corpus.
    format : a reader name to force instead of detection from content.
    stats : filled with counts (read, skipped, merged) and seconds per stage.
    on_error, on_warning : called with each bad record / warning (the build goes on).
    progress : called as ``progress(done, total)`` after each paper is linked.
    workers : extraction processes (None: one per core for large inputs, 1: none).
    options : reader options, e.g. ``{"title_field": "name"}`` for CSV and JSON Lines columns.
    scheduler : a Dask scheduler address (``tcp://HOST:8786``) or a ``distributed.Client``:
        records are read and linked on its workers (see :mod:`paperkg.ingest.cluster`); the
        graph is the same.

    Examples
    --------
    >>> kg = build()
    >>> kg.num_papers
    305
    """
    stats = stats if stats is not None else BuildStats()
    clock = time.perf_counter()
    deduplicator = Deduplicator()
    sources = list(paths) if paths else [SAMPLE_DIR]
    if scheduler is not None:
        linked = _link_on_cluster(sources, deduplicator, scheduler, format=format, report=stats.report,
                                  on_error=on_error, on_warning=on_warning, options=options)
    else:
        for paper in read_papers(sources, format=format, report=stats.report, on_error=on_error,
                                 on_warning=on_warning, options=options):
            deduplicator.add(paper)
    papers = list(deduplicator.papers())
    stats.papers, stats.merged = len(papers), deduplicator.merged
    stats.seconds["read"] = time.perf_counter() - clock

    kg = KnowledgeGraph()
    clock = time.perf_counter()
    graph_time = 0.0
    extractions = extract_many(papers, workers=workers) if scheduler is None else linked(papers)
    for done, extraction in enumerate(extractions, start=1):
        t1 = time.perf_counter()
        add_extraction(kg.graph, extraction)
        graph_time += time.perf_counter() - t1
        if progress is not None:
            progress(done, len(papers))
    stats.seconds["extract"] = time.perf_counter() - clock - graph_time
    stats.seconds["graph"] = graph_time
    return kg


def _link_on_cluster(sources: list[Any], deduplicator: Deduplicator, scheduler: Any,
                     **read: Any) -> Callable[[list[Paper]], Iterator[Extraction]]:
    """Read and link every record on the cluster, merging duplicates here; return how to get the
    extraction of each merged paper: a record's own when no copy changed it, else linked again on
    the cluster (the same extraction a local build makes of the merged paper)."""
    from paperkg.ingest.cluster import link_on_cluster, link_papers

    linked: dict[Paper, Extraction] = {}
    for extraction in link_on_cluster(sources, scheduler=scheduler, **read):
        deduplicator.add(extraction.paper)
        linked.setdefault(extraction.paper, extraction)

    def extractions(papers: list[Paper]) -> Iterator[Extraction]:
        again = iter(link_papers([p for p in papers if p not in linked], scheduler=scheduler))
        for paper in papers:
            yield linked.pop(paper) if paper in linked else next(again)

    return extractions


def update(
    kg: KnowledgeGraph,
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    stats: BuildStats | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
    workers: int | None = None,
    options: Mapping[str, Any] | None = None,
) -> KnowledgeGraph:
    """Add the papers in ``paths`` to ``kg`` without re-reading the inputs ``kg`` was built from.

    A new paper that duplicates one already in the graph is merged into it (every source,
    the richest metadata) and linked again, so the result equals a full rebuild over the old
    and the new inputs. ``kg`` is changed in place and returned.
    """
    stats = stats if stats is not None else BuildStats()
    clock = time.perf_counter()
    deduplicator = Deduplicator()
    old: dict[str, Paper] = {}
    old_keys: dict[str, str] = {}
    for node, data in sorted(kg.graph.nodes(data=True)):
        if data.get("kind") == "paper":
            paper = paper_from_node(data)
            old[node] = paper
            deduplicator.add(paper)
            for key in paper_keys(paper):
                old_keys[key] = node
    merged_before = deduplicator.merged
    for paper in read_papers(paths, format=format, report=stats.report, on_error=on_error, on_warning=on_warning,
                             options=options):
        deduplicator.add(paper)
    stats.merged = deduplicator.merged - merged_before
    stats.seconds["read"] = time.perf_counter() - clock
    changed = []
    for paper in deduplicator.papers():
        before = sorted({old_keys[k] for k in paper_keys(paper) if k in old_keys})
        if before == [paper_node(paper)] and old[before[0]] == paper:
            continue  # unchanged by the new inputs
        for node in before:
            remove_paper(kg.graph, node)
        changed.append(paper)
    clock = time.perf_counter()
    for extraction in extract_many(changed, workers=workers):
        add_extraction(kg.graph, extraction)
    stats.seconds["extract"] = time.perf_counter() - clock
    stats.papers = kg.num_papers
    return kg
