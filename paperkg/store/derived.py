"""What a build derives from its stored graph, worked out in a fresh process: analytics and HTML.

The build writes ``graph.ttl`` from the graph it reads out of the store file, then lets the
graph go; :class:`Deriving` reads it again in a spawned process, computes the analytics
(:func:`~paperkg.store.analytics.compute_analytics`, sent back for the build to store) and
writes the HTML view. The build's own process has held the linked records, the dedupe keys and
the name tally of every paper; memory Python freed there is not memory numpy and SciPy can
have, so on a build of a million papers the rankings on top of that residue made the largest
process 8.95 GB (``benchmarks/bench_scale.py 1m``). A fresh process starts from nothing.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from paperkg.errors import PaperkgError
from paperkg.store.spawned import Spawned

__all__ = ["Deriving"]


class Deriving(Spawned):
    """Analytics and (when ``html`` is given) the HTML view of the graph in store file ``sqlite``,
    in a spawned process. :meth:`wait` returns the analytics and the seconds each part took.

    ``html_path`` and ``html``: where to write the view and the options of
    :func:`paperkg.exports.write`; ``None`` for no view.
    """

    def __init__(self, sqlite: Path, html_path: Path | None = None,
                 html: Mapping[str, Any] | None = None) -> None:
        super().__init__(_derive_child, str(sqlite), str(html_path) if html_path is not None else None,
                         dict(html or {}))

    def wait(self) -> tuple[dict[str, Any], dict[str, float]]:
        """The analytics and ``{"analytics": seconds, "html": seconds}`` once the child is done."""
        outcome = self.outcome(lambda code: ("error", f"the process computing the analytics ended "
                                                      f"without a word (exit code {code})"))
        if outcome[0] == "error":
            error = outcome[1]
            raise error if isinstance(error, BaseException) else PaperkgError(error)
        return outcome[1], outcome[2]


def _derive_child(sqlite: str, html_path: str | None, html: dict[str, Any], send: Any) -> None:
    try:
        from paperkg.graph.knowledge import KnowledgeGraph
        from paperkg.store.analytics import compute_analytics
        from paperkg.store.graphdb import read_graph

        G = read_graph(Path(sqlite), keep=False)
        start = time.perf_counter()
        analytics = compute_analytics(KnowledgeGraph(G))
        seconds = {"analytics": time.perf_counter() - start, "html": 0.0}
        if html_path is not None:
            from paperkg.exports import write

            start = time.perf_counter()
            write(G, Path(html_path), format="html", **html)
            seconds["html"] = time.perf_counter() - start
        send.send(("done", analytics, seconds))
    except BaseException as error:  # noqa: BLE001  (said to the build, which raises it)
        send.send(("error", _portable(error)))
    finally:
        send.close()


def _portable(error: BaseException) -> BaseException | str:
    """``error`` itself when it survives pickling as the same type and message, else its text."""
    import pickle

    try:
        back = pickle.loads(pickle.dumps(error))
        if type(back) is type(error) and str(back) == str(error) and isinstance(error, PaperkgError):
            return back
    except Exception:  # noqa: BLE001  (an exception that does not pickle: its text then)
        pass
    return str(error) if isinstance(error, PaperkgError) else f"{type(error).__name__}: {error}"
