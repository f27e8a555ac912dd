"""Query processes: SPARQL runs in worker processes with no network, a time limit and a memory limit.

Oxigraph evaluates a query in Rust, where Python cannot interrupt it, and answers ``SERVICE``
clauses with HTTP requests of its own. So a limited query runs in a worker process that opened
the graph's store once and then gave up the network (:mod:`paperkg.store.sandbox`). The parent
waits for the answer, and kills the worker when the time limit passes, when the worker's resident
memory grows past the memory limit, or when the caller says the client is gone; another worker
takes its place.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import queue
import resource
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from paperkg.errors import InputError, PaperkgError, QueryError
from paperkg.store.sandbox import deny_network

__all__ = ["PROCESS_NAME", "Limits", "QueryLimitError", "QueryPool", "QueryProcess"]

log = logging.getLogger(__name__)

#: The name a worker shows in ps and top (/proc/PID/comm) on Linux.
PROCESS_NAME = "paperkg-query"
_TICK = 0.05  # seconds between checks of a running query
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class QueryLimitError(QueryError):
    """A query stopped at a limit; ``limit`` is ``timeout``, ``memory``, ``size``, ``busy`` or ``gone``."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit

    def __reduce__(self) -> tuple[Any, ...]:
        return (QueryLimitError, (self.limit, str(self)))


@dataclass(frozen=True, slots=True)
class Limits:
    """What one query may use: ``timeout`` seconds, ``memory`` bytes of RSS over what the worker
    holds once its store is open (None: no limit)."""

    timeout: float | None = 30.0
    memory: int | None = 512 << 20


def _encode(error: BaseException) -> tuple[Any, ...]:
    if isinstance(error, InputError):
        return ("input", error.path, error.reason, error.line)
    if isinstance(error, QueryLimitError):
        return ("limit", error.limit, str(error))
    if isinstance(error, PaperkgError):
        return ("query", str(error))
    if isinstance(error, MemoryError):
        return ("limit", "memory", "the query ran out of memory")
    return ("query", "SPARQL query failed: " + " ".join(str(error).split()))


def _decode(code: tuple[Any, ...]) -> PaperkgError:
    if code[0] == "input":
        return InputError(code[1], code[2], line=code[3])
    if code[0] == "limit":
        return QueryLimitError(code[1], code[2])
    return QueryError(code[1])


def _worker(conn: Any, opener: Callable[[Any], Any], source: Any, memory: int | None) -> None:
    """The worker's life: open the store, give up the network, then run jobs until told to stop."""
    if sys.platform == "linux":
        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: die with the parent (or fork server)
        libc.prctl(15, PROCESS_NAME.encode(), 0, 0, 0)  # PR_SET_NAME: what ps and top show
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent, which then stops us
    try:
        store = opener(source)
    except BaseException as error:  # noqa: BLE001 - every failure goes back to the parent
        conn.send(("error", _encode(error)))
        return
    denied = deny_network()
    if memory:
        _cap_address_space(memory)
    conn.send(("ready", denied))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        func, args = job
        try:
            reply: tuple[str, Any] = ("ok", func(store, *args))
        except BaseException as error:  # noqa: BLE001
            reply = ("error", _encode(error))
        conn.send(reply)


def _cap_address_space(memory: int) -> None:
    """A backstop to the parent's RSS watch: allocations past the limit fail in this process."""
    try:
        with open("/proc/self/statm") as stream:
            size = int(stream.read().split()[0]) * _PAGE
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = size + 2 * memory
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (OSError, ValueError):
        pass


def _context() -> Any:
    """How to start a worker: a fork of a single-threaded process (a CLI command: instant); from a
    threaded one (a server), a fork of the fork server, which imported the query code once; else spawn."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform == "linux":
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return _fork_server()
    return multiprocessing.get_context("spawn")


def _fork_server() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["paperkg.store.sparql", "paperkg.store.serve"])
    return context


def _warm_fork_server() -> None:
    """Start the fork server now (it imports the query code once), so a replaced worker starts at once."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        _fork_server()
        from multiprocessing import forkserver

        threading.Thread(target=forkserver.ensure_running, name="paperkg-forkserver", daemon=True).start()


class QueryProcess:
    """A worker process holding the store that ``opener(source)`` opens; :meth:`run` gives it jobs.

    Waits until the store is open (unless ``wait=False``: then call :meth:`ready`), and raises
    what the opener raised (InputError when the graph cannot be read).
    """

    def __init__(self, opener: Callable[[Any], Any], source: Any, *, memory: int | None = None,
                 wait: bool = True) -> None:
        context = _context()
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_worker, args=(child, opener, source, memory),
                                        name="paperkg-query", daemon=True)
        with warnings.catch_warnings():
            # Python 3.12+ warns of fork() beside threads that C libraries started (OpenBLAS's idle
            # pool, which has fork handlers); we fork only when Python runs no other thread.
            warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
            self._process.start()
        child.close()
        #: Whether the worker runs without network (known once ready).
        self.sandboxed = False
        #: The worker's RSS once its store is open: the memory limit counts from there.
        self.baseline = 0
        if wait:
            self.ready()

    def ready(self) -> None:
        """Wait until the worker opened its store; raise (and stop it) if it could not."""
        try:
            status, value = self._conn.recv()
        except EOFError:
            self.kill()
            raise QueryError(
                f"the query process could not start (exit code {self._process.exitcode})") from None
        if status == "error":
            self.kill()
            raise _decode(value)
        self.sandboxed = value
        self.baseline = self.rss() or 0

    @property
    def pid(self) -> int | None:
        """The worker's process id."""
        return self._process.pid

    @property
    def alive(self) -> bool:
        """False once the worker was killed or died."""
        return self._process.is_alive()

    def rss(self) -> int | None:
        """The worker's resident memory in bytes (None where /proc is not there)."""
        try:
            with open(f"/proc/{self._process.pid}/statm") as stream:
                return int(stream.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            return None

    def run(self, func: Callable[..., Any], args: tuple[Any, ...], *, limits: Limits,
            since: float | None = None, gone: Callable[[], bool] | None = None) -> Any:
        """``func(store, *args)`` in the worker; kills it and raises QueryLimitError at a limit.

        The time limit counts from ``since`` (a ``time.monotonic()``; default: now). ``gone`` is
        asked every 50 ms whether the answer is still wanted (a client that left).
        """
        self._conn.send((func, args))
        deadline = (since or time.monotonic()) + limits.timeout if limits.timeout else None
        while not self._ready():
            if deadline is not None and time.monotonic() > deadline:
                self.kill()
                raise QueryLimitError("timeout", f"query stopped at its time limit ({limits.timeout:g} s)")
            rss = self.rss() if limits.memory else None
            if rss is not None and limits.memory is not None and rss - self.baseline > limits.memory:
                self.kill()
                raise QueryLimitError("memory",
                                      f"query stopped at its memory limit ({limits.memory >> 20} MiB)")
            if gone is not None and gone():
                self.kill()
                raise QueryLimitError("gone", "query stopped: the client went away")
        try:
            status, value = self._conn.recv()
        except (EOFError, OSError):
            self._process.join(1)
            code = self._process.exitcode
            self.kill()
            if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):  # allocation failed past the cap
                raise QueryLimitError("memory", "query stopped: it ran out of memory") from None
            raise QueryError(f"the query process died (exit code {code})") from None
        if status == "error":
            raise _decode(value)
        return value

    def _ready(self) -> bool:
        try:
            return self._conn.poll(_TICK)
        except (OSError, ValueError):  # closed: the pool was closed under us
            return True

    def kill(self) -> None:
        """Stop the worker now (SIGKILL) and reap it."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._conn.close()

    def close(self) -> None:
        """Ask the worker to stop, and kill it if it does not within a second."""
        try:
            self._conn.send(None)
        except OSError:
            pass
        self._process.join(1)
        self.kill()


class QueryPool:
    """``size`` worker processes over one store; a query waits for a free one.

    The workers start at once (so a graph that cannot be opened fails here); a worker killed at a
    limit is replaced in the background.
    """

    def __init__(self, opener: Callable[[Any], Any], source: Any, *, size: int = 2,
                 limits: Limits = Limits()) -> None:
        self.opener, self.source, self.size, self.limits = opener, source, max(1, size), limits
        self._free: queue.LifoQueue[QueryProcess | None] = queue.LifoQueue()
        self._all: set[QueryProcess] = set()
        self._lock = threading.Lock()
        self._closed = False
        #: How many queries stopped at each limit (``timeout``, ``memory``, ``size``, ``gone``, ``busy``).
        self.stopped: dict[str, int] = {}
        starting = [QueryProcess(opener, source, memory=limits.memory, wait=False) for _ in range(self.size)]
        try:
            for process in starting:  # all forked at once, each opening the store
                process.ready()
                self._keep(process)
        except BaseException:
            for process in starting:
                process.kill()
            raise
        _warm_fork_server()  # replacements come from it

    def _replace(self) -> None:
        """Start a worker in the background; it joins the free ones when its store is open."""
        def start() -> None:
            try:
                process: QueryProcess | None = self._start()
            except (PaperkgError, OSError) as error:
                log.error("a query process could not start: %s", error)
                process = None  # the next query that takes this slot tries again, and reports why
            if self._closed and process is not None:
                process.close()
            self._free.put(process)

        threading.Thread(target=start, name="paperkg-query-start", daemon=True).start()

    def _start(self) -> QueryProcess:
        process = QueryProcess(self.opener, self.source, memory=self.limits.memory)
        self._keep(process, free=False)
        return process

    def _keep(self, process: QueryProcess, *, free: bool = True) -> None:
        if not process.sandboxed:
            log.warning(
                "query processes keep network access on this platform; SERVICE is refused by parsing only")
        with self._lock:
            self._all.add(process)
        if free:
            self._free.put(process)

    @property
    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return [p.pid for p in self._all if p.alive and p.pid is not None]

    def run(self, func: Callable[..., Any], *args: Any, gone: Callable[[], bool] | None = None,
            limits: Limits | None = None) -> Any:
        """``func(store, *args)`` in a free worker, within ``limits`` (default: the pool's).

        The time limit counts from the call, waiting for a free worker included (starting one is not).
        """
        limits = limits or self.limits
        started = time.monotonic()
        try:
            process = self._free.get(timeout=limits.timeout)
        except queue.Empty:
            self._count("busy")
            raise QueryLimitError("busy", f"all {self.size} query processes stayed busy for "
                                          f"{limits.timeout:g} s; try again later") from None
        if self._closed:
            self._free.put(process)
            raise QueryError("the query pool is closed")
        try:
            if process is None or not process.alive:  # its start (opening the store) is not the query's time
                self._forget(process)
                waited = time.monotonic() - started
                process = self._start()
                started = time.monotonic() - waited
            return process.run(func, args, limits=limits, since=started, gone=gone)
        except QueryLimitError as error:
            self._count(error.limit)
            raise
        finally:
            if process is not None and not process.alive:
                self._forget(process)
                self._replace()
            else:
                self._free.put(process)

    def _count(self, limit: str) -> None:
        with self._lock:
            self.stopped[limit] = self.stopped.get(limit, 0) + 1

    def _forget(self, process: QueryProcess | None) -> None:
        if process is not None:
            process.kill()
            with self._lock:
                self._all.discard(process)

    def close(self) -> None:
        """Stop every worker (those running a query too)."""
        self._closed = True
        with self._lock:
            processes, self._all = list(self._all), set()
        for process in processes:
            process.close()
