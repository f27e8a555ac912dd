"""The pipeline: link every input record, merge duplicates, assemble the graph, write the outputs.

It drives the stages (:mod:`paperkg.ingest` -> :mod:`paperkg.graph` -> :mod:`paperkg.store` and
:mod:`paperkg.exports`); no stage imports it. A build streams, in bounded memory:

1. ``link``: :func:`link_records` reads and links each record as it comes (extraction is per
   record, before any dedupe; a cluster version replaces this function), and each linked record
   lands in the store file (:class:`paperkg.store.linked.LinkedRecords`).
2. ``dedupe``: duplicates are found on keys in the store; each cluster becomes one paper whose
   title, abstract and links come from one chosen record (:func:`paperkg.ingest.dedupe.merge_papers`).
3. ``consistency`` and ``graph``: one pass tallies how the build writes each discovered name
   (:class:`paperkg.ingest.extract.consistency.BuildNames`), which settles one id, label, kind and
   family per name; then papers are added in node order, each settled (and linked to the names
   other papers introduce) and written to the store as it is made; only the entities stay in
   memory. The result does not depend on the order of the input records.
4. ``write``: the graph opened from the store gets its analytics, then ``graph.ttl``, the
   SPARQL store and ``graph.html``, committed as one set (:mod:`paperkg.store.outputs`).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from paperkg.errors import InputError, QueryError
from paperkg.graph.build import add_extraction
from paperkg.graph.knowledge import KnowledgeGraph
from paperkg.ingest import SAMPLE_DIR
from paperkg.ingest.readers import ReadReport, read_papers
from paperkg.ingest.records import Extraction, Paper

__all__ = ["BuildStats", "Progress", "build", "link_records", "read_extractions", "update"]

#: ``progress(stage, done, total)``: stages ``"read"``, ``"link"``, ``"names"``, ``"graph"``, ``"write"``;
#: ``total`` is None while unknown (records still streaming in).
Progress = Callable[[str, int, int | None], None]


@dataclass
class BuildStats:
    """What a build did: the read report, records linked, distinct papers, records merged into
    another, copies whose differing text was set aside (``conflicts``), seconds per stage."""

    report: ReadReport = field(default_factory=ReadReport)
    records: int = 0
    papers: int = 0
    merged: int = 0
    conflicts: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def link_records(
    paths: Iterable[str | Path],
    *,
    format: str | None = None,
    report: ReadReport | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
    options: Mapping[str, Any] | None = None,
    workers: int | None = None,
    scheduler: Any = None,
    learned: bool = False,
) -> Iterator[Extraction]:
    """Read every record of ``paths`` and link it: one Extraction per record, in input order.

    Nothing is deduplicated here. With ``scheduler`` (a Dask scheduler address or a
    ``distributed.Client``) the records are read and linked on the cluster's workers and come
    back in the same order (:func:`paperkg.ingest.cluster.link_on_cluster`); :func:`build` also
    takes any such iterator as ``extractions``. ``learned``: also link with the learned span
    classifier (:class:`~paperkg.ingest.extract.Extractor`; not on a cluster yet).
    """
    if scheduler is not None:
        if learned:
            from paperkg.ingest.extract.pipeline import LEARNED_NOT_ON_CLUSTER

            raise QueryError(LEARNED_NOT_ON_CLUSTER)
        from paperkg.ingest.cluster import link_on_cluster

        return link_on_cluster(paths, scheduler=scheduler, format=format, options=options, report=report,
                               on_error=on_error, on_warning=on_warning)
    from paperkg.ingest.extract import extract_many

    papers = read_papers(paths, format=format, report=report, on_error=on_error, on_warning=on_warning,
                         options=options)
    return extract_many(papers, workers=workers, learned=learned)


def read_extractions(
    paths: Iterable[str | Path],
    *,
    report: ReadReport | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """The linked records in ``paperkg extract --records`` output (JSON Lines, plain or gzip).

    A line that is no such record is reported (file and line) and skipped.
    """
    import gzip
    import json

    from paperkg.ingest.extract.serialize import extraction_from_record
    from paperkg.ingest.readers import iter_files

    report = report if report is not None else ReadReport()
    for path in iter_files(paths):
        report.files += 1
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        with (gzip.open if gzipped else open)(path, "rt", encoding="utf-8-sig") as stream:
            for line_no, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    extraction = extraction_from_record(json.loads(line))
                except ValueError as error:  # JSONDecodeError is a ValueError
                    skip = InputError(path, str(error).splitlines()[0], line=line_no)
                    report.skipped.add(skip)
                    if on_error is not None:
                        on_error(skip)
                    continue
                report.read += 1
                yield extraction


class _Clock:
    """Seconds per stage into ``stats.seconds``, and ``progress`` calls."""

    def __init__(self, stats: BuildStats, progress: Progress | None) -> None:
        self.stats, self.progress = stats, progress
        self.stage, self.start = "", 0.0

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        if self.stage:
            self.stats.seconds[self.stage] = self.stats.seconds.get(self.stage, 0.0) + now - self.start
        self.stage, self.start = stage, now

    def split(self, stage: str, seconds: float) -> None:
        """Count the last ``seconds`` of the running stage as ``stage`` (done in another process)."""
        self.stats.seconds[stage] = self.stats.seconds.get(stage, 0.0) + seconds
        self.start += seconds

    def tell(self, stage: str, done: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)


def _conflict_warning(kept: Paper, other: Paper) -> InputError:
    where = other.sources[0] if other.sources else None
    ids = ", ".join(x for x in (kept.arxiv_id and f"arXiv {kept.arxiv_id}", kept.doi and f"DOI {kept.doi}")
                    if x)
    kept_at = str(kept.sources[0]) if kept.sources else kept.id
    return InputError(where.file if where else other.id,
                      f"the same paper as {kept_at}{f' ({ids})' if ids else ''} but another title or "
                      f"abstract: merged into one paper that keeps the text of {kept_at} (the "
                      f"longer abstract)",
                      line=where.record if where else None)


def _assemble(db: Any, on_warning: Callable[[InputError], None] | None, stats: BuildStats,
              clock: _Clock) -> None:
    """Stages ``dedupe`` and ``graph``: merge duplicates, then add papers in node order."""
    from paperkg.ingest.extract.consistency import BuildNames
    from paperkg.store.graphdb import GraphWriter
    from paperkg.store.linked import LinkedRecords

    records = LinkedRecords(db)
    clock("dedupe")
    stats.records = len(records)
    stats.merged = records.dedupe()
    stats.papers = stats.records - stats.merged
    clock("consistency")
    clock.tell("names", 0, stats.papers)
    names = BuildNames()  # pass one: how the whole build writes each discovered name
    for done, (extraction, _) in enumerate(records.papers(), start=1):
        names.add(extraction)
        if done % 1024 == 0:
            clock.tell("names", done, stats.papers)
    clock.tell("names", stats.papers, stats.papers)
    settlement = names.settle()
    clock("graph")
    clock.tell("graph", 0, stats.papers)
    writer = GraphWriter(db)
    entities = nx.DiGraph()  # entities only: each paper is added, copied out, and removed again
    for done, (extraction, conflicts) in enumerate(records.papers(), start=1):
        node = add_extraction(entities, settlement.apply(extraction))  # pass two: one id per name
        writer.add_paper(node, entities.nodes[node], entities.succ[node])
        entities.remove_node(node)
        for kept, other in conflicts:
            stats.conflicts += 1
            if on_warning is not None:
                on_warning(_conflict_warning(kept, other))
        if done % 1024 == 0:
            clock.tell("graph", done, stats.papers)
    writer.add_entities(entities.nodes(data=True))
    writer.close()
    clock.tell("graph", stats.papers, stats.papers)


def _write(store: Path, outputs: Any, html: Mapping[str, Any] | None, clock: _Clock, db: Any) -> None:
    """Stage ``write``: ``graph.ttl`` first; then, while a second process loads it into the SPARQL
    store, a third computes the analytics (stored here into the store file) and writes
    ``graph.html`` (:class:`~paperkg.store.derived.Deriving`: a fresh process, not this one with
    everything the build held). All staged until the commit."""
    from paperkg.exports import write
    from paperkg.store.analytics import write_analytics
    from paperkg.store.derived import Deriving
    from paperkg.store.graphdb import read_graph
    from paperkg.store.triples import Loading

    clock("turtle")
    clock.tell("write", 0, 4)
    G = read_graph(store / "graph.sqlite", keep=False)
    ttl = write(G, outputs.stage("graph.ttl"), format="turtle")
    del G
    clock.tell("write", 1, 4)
    loading = Loading(store / "oxigraph", ttl)
    deriving = None
    try:
        clock("analytics")
        deriving = Deriving(store / "graph.sqlite", outputs.stage("graph.html") if html is not None else None,
                            html)
        analytics, seconds = deriving.wait()
        if html is not None:
            clock.split("html", seconds["html"])  # the child wrote the HTML after the analytics
        write_analytics(db, analytics)
        del analytics
        clock.tell("write", 2, 4)
        clock.tell("write", 3, 4)
    except BaseException:
        if deriving is not None:
            deriving.cancel()
        loading.cancel()
        raise
    clock("store")
    loading.wait()  # the time it still takes after the rest: the SPARQL store's own share
    clock.tell("write", 4, 4)


def _records_in(db: Any) -> bool:
    try:
        return db.execute("SELECT count(*) FROM records").fetchone()[0] > 0
    except Exception:  # noqa: BLE001  (a store without linked records)
        return False


def _run(
    extractions: Iterable[Extraction],
    *,
    out: Path | None,
    base: KnowledgeGraph | Path | None,
    stats: BuildStats,
    on_warning: Callable[[InputError], None] | None,
    progress: Progress | None,
    html: Mapping[str, Any] | None,
    check: Callable[[BuildStats], None] | None,
) -> KnowledgeGraph:
    from paperkg.store import load
    from paperkg.store.graphdb import open_db, read_graph
    from paperkg.store.linked import LinkedRecords
    from paperkg.store.outputs import OutputSet

    clock = _Clock(stats, progress)
    temp = None if out is not None else Path(tempfile.mkdtemp(prefix="paperkg-build-"))
    try:
        with OutputSet(out if out is not None else temp) as outputs:  # type: ignore[arg-type]
            store = outputs.new_store()
            db = open_db(store / "graph.sqlite", write=True)
            try:
                records = LinkedRecords(db)
                _start_from(records, base)
                clock("link")
                clock.tell("read", 0, None)
                clock.tell("link", 0, None)

                def linked_so_far(n: int) -> None:  # reading runs a few chunks ahead of linking
                    clock.tell("read", stats.report.read, None)
                    clock.tell("link", n, None)

                linked = records.add(extractions, on_record=linked_so_far)
                clock.tell("link", linked, linked)
                _assemble(db, on_warning, stats, clock)
                if check is not None:
                    check(stats)  # may refuse: nothing is written yet
                if out is None:
                    clock("")
                    return KnowledgeGraph(read_graph(store / "graph.sqlite", lazy=False))
                _write(store, outputs, html, clock, db)
            finally:
                db.close()
            outputs.commit()
            clock("")
        return load(out)  # type: ignore[arg-type]
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def _start_from(records: Any, base: KnowledgeGraph | Path | None) -> None:
    """Put the linked records of an existing graph (its store's, else made from its graph) first."""
    if base is None:
        return
    from paperkg.store import open_store
    from paperkg.store.analytics import StoredKnowledgeGraph
    from paperkg.store.graphdb import open_db

    path = base.store_file if isinstance(base, StoredKnowledgeGraph) else (
        None if isinstance(base, KnowledgeGraph) else open_store(base, cache=False))
    if path is not None:
        sqlite = path if path.name == "graph.sqlite" else path / "graph.sqlite"
        old = open_db(sqlite)
        try:
            has = _records_in(old)
        finally:
            old.close()
        if has:
            records.copy_from(str(sqlite))
            return
    from paperkg.store import load

    graph = base.graph if isinstance(base, KnowledgeGraph) else load(base).graph
    records.add(_records_from_graph(graph))


def _records_from_graph(G: nx.DiGraph) -> Iterator[Extraction]:
    """One linked record per paper of a graph (for graphs whose store kept no records)."""
    from paperkg.graph.build import paper_from_node
    from paperkg.ingest.extract.spans import sentence_bounds, sentence_starts
    from paperkg.ingest.records import Entity, Kind, Mention, Origin, Role
    from paperkg.ingest.text import flatten_markup

    def entity(node: str) -> Entity:
        data = G.nodes[node]
        return Entity(id=node, label=data.get("label") or node, kind=Kind(data["kind"]),
                      aliases=tuple(data.get("aliases") or ()), broader=data.get("broader"),
                      origin=Origin(data.get("origin") or "vocabulary"),
                      language_type=data.get("language_type"), iso639_3=data.get("iso639_3"),
                      wikidata=data.get("wikidata"), hf_id=data.get("hf_id"),
                      confidence=data.get("confidence") if data.get("confidence") is not None else 1.0,
                      generic=bool(data.get("generic")))

    for node, data in G.nodes(data=True):
        if data.get("kind") != "paper":
            continue
        paper = paper_from_node(data)
        texts = {"title": paper.title, "abstract": paper.abstract}
        starts = {name: sentence_starts(flatten_markup(text)) for name, text in texts.items()}
        mentions, linked = [], {}
        for target, edge in G.succ[node].items():
            for ev in edge.get("evidence") or ():
                text = texts.get(ev["field"], "")
                s, e = sentence_bounds(text, ev["start"], ev["end"], starts.get(ev["field"]))
                mentions.append(Mention(
                    paper_id=paper.id, entity_id=target, kind=Kind(G.nodes[target]["kind"]),
                    surface=ev["surface"], field=ev["field"], start=ev["start"], end=ev["end"],
                    role=Role(ev.get("role") or "mentions"), origin=Origin(ev.get("origin") or "vocabulary"),
                    confidence=ev.get("confidence", 1.0), extractor=ev.get("extractor") or "paperkg_vocab",
                    sentence_start=s, sentence_end=e))
            up: str | None = target
            while up and up in G and up not in linked:
                linked[up] = entity(up)
                up = G.nodes[up].get("broader")
        mentions.sort(key=lambda m: (m.field != "title", m.start, m.end, m.entity_id))
        yield Extraction(paper=paper, mentions=tuple(mentions), entities=tuple(linked.values()))


def build(
    paths: Iterable[str | Path] | None = None,
    *,
    out: str | Path | None = None,
    html: Mapping[str, Any] | bool | None = True,
    format: str | None = None,
    stats: BuildStats | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    options: Mapping[str, Any] | None = None,
    extractions: Iterable[Extraction] | None = None,
    check: Callable[[BuildStats], None] | None = None,
    scheduler: Any = None,
    learned: bool = False,
) -> KnowledgeGraph:
    """Read papers, link them to entities, merge duplicates and build the graph.

    Parameters
    ----------
    paths : files or folders in any supported format, plain or gzip; ``None`` (or empty)
        builds the bundled sample corpus.
    out : a folder for the outputs: ``graph.ttl``, the store, ``graph.html`` (unless ``html``
        is False; a dict gives the HTML export's options) and ``manifest.json``, written as one
        set. The graph returned is then opened from the store. Without ``out`` the graph is
        returned in memory and nothing is written.
    format : a reader name to force instead of detection from content.
    stats : filled with counts (read, skipped, merged, conflicts) and seconds per stage.
    on_error, on_warning : called with each bad record / warning (the build goes on); a
        record merged with a copy of other text is a warning.
    progress : ``progress(stage, done, total)`` (see :data:`Progress`).
    workers : extraction processes (None: one per core for large inputs, 1: none).
    options : reader options, e.g. ``{"title_field": "name"}`` for CSV and JSON Lines columns.
    extractions : linked records to build from instead of reading ``paths`` (e.g.
        :func:`read_extractions` of ``paperkg extract --records`` output, or linked on a cluster).
    check : called with the stats once the graph is assembled and before anything is written
        (raise to stop the build: e.g. when records were skipped and that is not acceptable).
    scheduler : a Dask scheduler address (``tcp://HOST:8786``) or a ``distributed.Client``:
        records are read and linked on its workers (see :mod:`paperkg.ingest.cluster`); the
        graph is the same.
    learned : also link with the learned span classifier (names no list or rule holds; opt-in,
        slower: see :mod:`paperkg.ingest.extract.learned`). Not with ``extractions`` or ``scheduler``.

    Examples
    --------
    >>> kg = build()
    >>> kg.num_papers
    305
    """
    stats = stats if stats is not None else BuildStats()
    if extractions is None:
        sources = list(paths) if paths else [SAMPLE_DIR]
        extractions = link_records(sources, format=format, report=stats.report, on_error=on_error,
                                   on_warning=on_warning, options=options, workers=workers,
                                   scheduler=scheduler, learned=learned)
    elif learned:
        raise QueryError("the learned span classifier (--learned) links while reading papers: "
                         "extractions (--from-extractions) are linked already")
    return _run(extractions, out=Path(out) if out is not None else None, base=None, stats=stats,
                on_warning=on_warning, progress=progress, html=_html_options(html), check=check)


def _html_options(html: Mapping[str, Any] | bool | None) -> Mapping[str, Any] | None:
    if html is True:
        return {}
    return dict(html) if html else None


def update(
    base: KnowledgeGraph | str | Path,
    paths: Iterable[str | Path],
    *,
    out: str | Path | None = None,
    html: Mapping[str, Any] | bool | None = True,
    format: str | None = None,
    stats: BuildStats | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputError], None] | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    options: Mapping[str, Any] | None = None,
    check: Callable[[BuildStats], None] | None = None,
    scheduler: Any = None,
    learned: bool = False,
) -> KnowledgeGraph:
    """Add the papers in ``paths`` to a graph without reading or linking its old inputs again.

    ``base`` is a build folder (its store keeps every linked record: they are merged with the
    new ones, so the result equals a full rebuild over the old and the new inputs) or a
    KnowledgeGraph. A folder is updated in place (or written to ``out``), as one set of
    outputs; a KnowledgeGraph is changed in place. Returns the updated graph. The other
    parameters are :func:`build`'s (``scheduler``: the new records are linked on a cluster;
    ``learned``: they are linked with the learned span classifier too).
    """
    stats = stats if stats is not None else BuildStats()
    extractions = link_records(paths, format=format, report=stats.report, on_error=on_error,
                               on_warning=on_warning, options=options, workers=workers, scheduler=scheduler,
                               learned=learned)
    if isinstance(base, KnowledgeGraph):
        kg = _run(extractions, out=None, base=base, stats=stats, on_warning=on_warning, progress=progress,
                  html=None, check=check)
        base.graph = kg.graph
        base.clear_cache()
        return base
    folder = Path(base)
    if not folder.is_dir():
        raise InputError(folder, "not a folder: --update needs the folder of an earlier build")
    target = Path(out) if out is not None else folder
    return _run(extractions, out=target, base=folder, stats=stats, on_warning=on_warning, progress=progress,
                html=_html_options(html), check=check)
