"""Progress of long commands on stderr: a rich bar on a terminal, a log line every few seconds otherwise.

The pipeline reports ``progress(stage, done, total)`` with stages ``"read"``, ``"link"``,
``"names"``, ``"graph"`` and ``"write"`` (``total`` None while unknown); the older ``progress(done, total)``
counts linked papers and is taken as the ``"link"`` stage. Without a terminal (a log file, CI,
``nohup``) a line such as ``link: 1,200 of 5,000 papers (24%), 96/s, about 40 s left`` is written
every :data:`LOG_INTERVAL` seconds, and a closing line for each stage that logged. ``quiet``:
nothing at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

__all__ = ["LOG_INTERVAL", "STAGES", "BuildProgress", "duration"]

#: Seconds between two log lines when stderr is no terminal.
LOG_INTERVAL = 5.0

#: Stage -> (what the bar says, what is counted).
STAGES: dict[str, tuple[str, str]] = {
    "read": ("reading", "records"),
    "link": ("linking", "papers"),
    "names": ("settling names", "papers"),
    "graph": ("building the graph", "papers"),
    "write": ("writing", "steps"),
}


def duration(seconds: float) -> str:
    """A duration for people.

    >>> duration(4.2), duration(200), duration(4000)
    ('4 s', '3 min 20 s', '1 h 06 min')
    """
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


@dataclass
class _Stage:
    name: str
    start: float
    done: int = 0
    total: int | None = None
    logged: bool = False
    over: bool = False
    task: TaskID | None = None

    @property
    def unit(self) -> str:
        return STAGES.get(self.name, (self.name, ""))[1]

    @property
    def rated(self) -> bool:
        """Whether a rate and a time left mean something (papers and records; not a few steps)."""
        return self.unit in ("papers", "records")

    def status(self, now: float) -> str:
        if not self.done:
            return f"{self.name}: started" + (f" ({self.total:,} {self.unit})" if self.total else "")
        rate = self.done / max(now - self.start, 1e-9)
        counted = (f"{self.done:,} of {self.total:,} {self.unit} ({self.done / self.total:.0%})" if self.total
                   else f"{self.done:,} {self.unit}")
        if not self.rated:
            return f"{self.name}: {counted}"
        left = f", about {duration((self.total - self.done) / rate)} left" if self.total else ""
        return f"{self.name}: {counted}, {_rate(rate)}/s{left}"

    def closing(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = f" ({_rate(self.done / elapsed)}/s)" if self.rated else ""
        return f"{self.name}: {self.done:,} {self.unit} in {duration(elapsed)}{rate}"


class BuildProgress:
    """A ``progress`` callback for the pipeline that shows itself on ``console`` (stderr).

    Use it as a context manager around the work; call it as ``progress(stage, done, total)``
    or ``progress(done, total)``. ``bar`` defaults to whether ``console`` is a terminal.
    Stages may overlap (records are read while earlier ones are linked): a stage is over when
    it reaches its total, when a later one does, or when one two or more steps later begins.

    Examples
    --------
    >>> import io
    >>> ticks = iter(range(0, 100, 2))
    >>> log = Console(file=io.StringIO(), width=200)
    >>> with BuildProgress(log, interval=5, clock=lambda: next(ticks)) as progress:
    ...     for done in range(1, 6):
    ...         progress("link", done, 5)
    >>> print(log.file.getvalue(), end="")
    link: 4 of 5 papers (80%), 0.7/s, about 2 s left
    link: 5 papers in 10 s (0.5/s)
    """

    def __init__(self, console: Console, *, quiet: bool = False, bar: bool | None = None,
                 interval: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.console = console
        self.quiet = quiet
        self.bar = (console.is_terminal if bar is None else bar) and not quiet
        self.interval = LOG_INTERVAL if interval is None else interval
        self.clock = clock
        self._live: Progress | None = None
        self._stages: dict[str, _Stage] = {}
        self._first: float | None = None
        self._last = 0.0

    def __enter__(self) -> Self:
        if self.bar:
            self._live = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                  TextColumn("{task.fields[unit]}"), TimeElapsedColumn(),
                                  TimeRemainingColumn(), console=self.console, transient=True,
                                  redirect_stdout=False, redirect_stderr=False)
            self._live.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if kind is None:
            self._finish(list(self._stages))
        if self._live is not None:
            self._live.stop()
            self._live = None

    def __call__(self, *args: Any) -> None:
        """``(stage, done, total)`` or the older ``(done, total)`` of linked papers."""
        if self.quiet:
            return
        name, done, total = ("link", *args) if len(args) == 2 else args
        now = self.clock()
        if self._first is None:
            self._first = self._last = now
        stage = self._stages.get(name)
        started = stage is None
        if stage is None:
            self._finish([s for s in self._stages if _order(s) < _order(name) - 1])
            stage = self._stages[name] = _Stage(name, now)
            if self._live is not None:
                label, unit = STAGES.get(name, (name, ""))
                stage.task = self._live.add_task(label, total=total, unit=unit)
        stage.done, stage.total = done, total
        over = total is not None and done >= total
        if self._live is not None and stage.task is not None:
            self._live.update(stage.task, completed=done, total=total)
        elif started and not over and now - self._first >= self.interval:
            self._say([stage], now)  # a long build says when each stage begins
        elif now - self._last >= self.interval and not over:
            self._say([s for s in self._stages.values() if not s.over], now)
        elif over and now - self._last >= self.interval:
            stage.logged = True  # the closing line says it (no "100%" line before it)
        if over:
            self._finish([s for s in self._stages if _order(s) <= _order(name)])

    def _say(self, stages: list[_Stage], now: float) -> None:
        self._last = now
        for stage in stages:
            stage.logged = True
        self.console.print("; ".join(s.status(now) for s in stages), markup=False, highlight=False)

    def _finish(self, names: list[str]) -> None:
        """Mark stages over: a full bar, or one closing line for a stage that logged."""
        for name in names:
            stage = self._stages[name]
            if stage.over:
                continue
            stage.over = True
            if self._live is not None and stage.task is not None:
                full = stage.total or stage.done or 1
                self._live.update(stage.task, total=full, completed=full)
            elif stage.logged:
                self.console.print(stage.closing(self.clock()), markup=False, highlight=False)


def _order(stage: str) -> int:
    names = list(STAGES)
    return names.index(stage) if stage in names else len(names)


def _rate(rate: float) -> str:
    return f"{rate:,.0f}" if rate >= 10 else f"{rate:.1f}"
