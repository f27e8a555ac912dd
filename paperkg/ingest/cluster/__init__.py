"""Reading and linking on a Dask cluster: the input's partitions are read and linked on the workers,
and the client gets the results back in input order, exactly as a local read would give them.

``link_on_cluster`` is the cluster version of reading then linking every record (``read_papers``
then ``extract_many``): partitions are input files, or line-aligned byte ranges of a large JSON
Lines file (plain or gzip); each worker reads its partition with paperkg's readers and links it
with its own process-wide extractor; the client yields the results partition by partition, in
file and record order, with a bounded number of partitions in flight (memory stays flat on any
input size), and hands each skip and warning found on a worker to the caller's report and
callbacks, in order. Record numbers and messages are those of a local read.

What the inputs need: every worker must read them. Give paths on a filesystem every worker
mounts at the same path (NFS, a cluster filesystem; the client lists folders, so it must see
them too), or fsspec URLs (``s3://bucket/papers/``, ``gcs://...``, with the fsspec backend
installed on the client and the workers). Workers need paperkg installed, the same version as
the client (``pip install "paperkg[dask]"``), and are best run one thread each:
``dask worker tcp://HOST:8786 --nworkers N --nthreads 1`` (a worker's threads share one spaCy
pipeline and take turns).
"""

from __future__ import annotations

import uuid
from collections import deque
from itertools import islice
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from paperkg.errors import InputError, PaperkgError
from paperkg.ingest.cluster._plan import expand, partitions
from paperkg.ingest.cluster._work import Event, Linked, Part, link_papers_chunk, link_part, linked_here
from paperkg.ingest.extract.pipeline import _unpack
from paperkg.ingest.readers import ReadReport, read_papers
from paperkg.ingest.records import Extraction, Paper, SourceRef

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["DEFAULT_BLOCK_SIZE", "link_on_cluster", "link_papers", "linked_here"]

#: Uncompressed bytes per range of a large JSON Lines file, at most (about 40,000 abstracts).
DEFAULT_BLOCK_SIZE = 64 << 20

#: Seconds to wait for the scheduler, and for a first worker to join it.
CONNECT_TIMEOUT = 60

ErrorHandler = Callable[[InputError], None]


def link_on_cluster(
    paths: Iterable[str | Path],
    *,
    scheduler: str | Client,
    format: str | None = None,
    options: Mapping[str, Any] | None = None,
    report: ReadReport | None = None,
    on_error: ErrorHandler | None = None,
    on_warning: ErrorHandler | None = None,
    transform: Callable[[Extraction], Any] | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    in_flight: int | None = None,
) -> Iterator[Any]:
    """Read and link every record of ``paths`` on a Dask cluster; yield them in input order.

    Parameters
    ----------
    paths : iterable of str or Path
        Files or folders (as for ``read_papers``) that every worker can read at the same path,
        or fsspec URLs (``s3://bucket/papers/``).
    scheduler : str or distributed.Client
        The scheduler's address (``tcp://HOST:8786``; connected to, then closed) or a Client.
    format, options : optional
        As for ``read_papers``: a reader to force, reader options (e.g. ``title_field``).
    report : ReadReport, optional
        Filled as a local read fills it: files, records read, skipped records, warnings.
    on_error, on_warning : callable, optional
        Called on the client with each skipped record / warning, in input order.
    transform : callable, optional
        Run on the workers on each Extraction; what it returns is yielded instead (e.g.
        ``extraction_to_json_line``, so that only the finished line travels back).
    block_size : int
        Uncompressed bytes per range of a large JSON Lines file, at most.
    in_flight : int, optional
        Partitions submitted ahead of the one being yielded (default: twice the workers' threads).

    Yields
    ------
    Extraction, or what ``transform`` returns
        One per record read, in file and record order: the same as
        ``extract_many(read_papers(paths, ...))`` on one machine.

    Raises
    ------
    PaperkgError
        The scheduler cannot be reached, no worker joins it, or Dask is not installed.
    FormatError, QueryError, InputError
        As ``read_papers`` raises them: an unknown format or option, a path that does not exist.

    Examples
    --------
    >>> from distributed import LocalCluster
    >>> from paperkg.ingest import SAMPLE_DIR
    >>> with LocalCluster(n_workers=1, threads_per_worker=1,  # doctest: +SKIP
    ...                   dashboard_address=None) as cluster:
    ...     links = [len(x.mentions)
    ...              for x in link_on_cluster([SAMPLE_DIR], scheduler=cluster.scheduler_address)]
    """
    list(read_papers([], format=format, options=options))  # a local read's checks, before any work
    return _stream(paths, scheduler=scheduler, format=format, options=dict(options or {}),
                   replay=_Replay(report if report is not None else ReadReport(), on_error, on_warning),
                   transform=transform, block_size=block_size, in_flight=in_flight)


@contextmanager
def _connect(scheduler: str | Client) -> Iterator[Client]:
    try:
        from distributed import Client
    except ImportError:
        raise PaperkgError("--scheduler needs Dask: pip install 'paperkg[dask]'") from None
    if isinstance(scheduler, Client):
        yield scheduler
        return
    try:
        client = Client(str(scheduler), timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise PaperkgError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    try:
        yield client
    finally:
        client.close()


def link_papers(
    papers: Iterable[Paper],
    *,
    scheduler: str | Client,
    transform: Callable[[Extraction], Any] | None = None,
    chunk_size: int = 256,
    in_flight: int | None = None,
) -> Iterator[Any]:
    """Link papers that were read already, on the cluster's workers; yield them in order.

    For papers made on the client (e.g. duplicates merged there); ``papers`` is consumed as a
    stream, ``chunk_size`` papers a task, at most ``in_flight`` tasks ahead.

    Yields
    ------
    Extraction, or what ``transform`` returns
        The same as ``extract_many(papers)`` on one machine.
    """
    with _connect(scheduler) as client:
        limit = in_flight or 2 * _threads(client)
        pending: deque[tuple[list[Paper], Any]] = deque()
        chunks = _chunks(iter(papers), chunk_size)
        try:
            for chunk in chunks:
                pending.append((chunk, client.submit(link_papers_chunk, chunk, transform, pure=False)))
                if len(pending) >= limit:
                    yield from _linked(*pending.popleft(), transform is None)
            while pending:
                yield from _linked(*pending.popleft(), transform is None)
        finally:
            for _, future in pending:
                future.cancel()


def _chunks(papers: Iterator[Paper], size: int) -> Iterator[list[Paper]]:
    while chunk := list(islice(papers, size)):
        yield chunk


def _linked(chunk: list[Paper], future: Any, packed: bool) -> Iterator[Any]:
    results = future.result()
    return (_unpack(paper, row)
            for paper, row in zip(chunk, results, strict=True)) if packed else iter(results)


def _threads(client: Client) -> int:
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except TimeoutError:
        raise PaperkgError(f"no Dask worker joined the scheduler at {client.scheduler.address} "
                           f"within {CONNECT_TIMEOUT} s (start some: dask worker ADDRESS)") from None
    return sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or 1


def _stream(paths: Iterable[str | Path], *, scheduler: str | Client, format: str | None,
            options: dict[str, Any], replay: _Replay, transform: Callable[[Extraction], Any] | None,
            block_size: int, in_flight: int | None) -> Iterator[Any]:
    with _connect(scheduler) as client:
        threads = _threads(client)
        limit = in_flight or 2 * threads
        run = uuid.uuid4().hex[:12]
        pending: deque[tuple[Part, Any]] = deque()
        try:
            for part in partitions(client, expand(paths), format=format, block_size=block_size,
                                   threads=threads):
                future = client.submit(link_part, part, format, options, transform, pure=False,
                                       key=f"paperkg-link-{run}-{part.number}", priority=-part.number)
                pending.append((part, future))
                if len(pending) >= limit:
                    part, future = pending.popleft()
                    yield from replay(part, future.result(), transform is None)
            while pending:
                part, future = pending.popleft()
                yield from replay(part, future.result(), transform is None)
        finally:
            for _, future in pending:
                future.cancel()


class _Replay:
    """The client side of a run: results in order, and each worker's reports into the caller's."""

    def __init__(self, report: ReadReport, on_error: ErrorHandler | None,
                 on_warning: ErrorHandler | None) -> None:
        self.report, self.on_error, self.on_warning = report, on_error, on_warning
        self.seen: dict[str, int] = {}  # ids of the file being read in ranges, and their first record
        self.warned: set[str] = set()  # once-per-file warnings given for the file being read in ranges

    def __call__(self, part: Part, linked: Linked, packed: bool) -> Iterator[Any]:
        if linked.fatal is not None:
            cls, reason = linked.fatal
            raise cls(part.display, reason)
        if part.first:
            self.seen, self.warned = {}, set()
        self.report.files += linked.files if part.end is None else int(part.first)
        events = iter(linked.events)
        event = next(events, None)
        for position, result in enumerate(linked.results):
            while event is not None and event[0] <= position:
                self._emit(part, event)
                event = next(events, None)
            self.report.read += 1
            if linked.ids is not None:
                self._check_duplicate(part, *linked.ids[position])
            yield _unpack(*result) if packed else result
        while event is not None:
            self._emit(part, event)
            event = next(events, None)

    def _emit(self, part: Part, event: Event) -> None:
        _, kind, once, cls, reason, line = event
        if once:
            if reason in self.warned:
                return  # said once for the whole file (each range found it), as a local read says it
            self.warned.add(reason)
        try:
            error = cls(part.display, reason, line=line)
        except TypeError:
            error = InputError(part.display, reason, line=line)
        self._add(kind, error)

    def _add(self, kind: str, error: InputError) -> None:
        log = getattr(self.report, kind)
        (log.add if hasattr(log, "add") else log.append)(error)
        callback = {"skipped": self.on_error, "failed_files": self.on_error,
                    "warnings": self.on_warning}.get(kind)
        if callback is not None:
            callback(error)

    def _check_duplicate(self, part: Part, ident: str, uid: str, record: int) -> None:
        """The duplicate-id warning of a local read, across all the ranges of one file."""
        from paperkg.ingest.readers import _check_duplicate

        paper = SimpleNamespace(id=ident, uid=uid, sources=(SourceRef("", record),))
        _check_duplicate(paper, self.seen, SimpleNamespace(path=part.display),  # type: ignore[arg-type]
                         lambda error: self._add("warnings", error))
