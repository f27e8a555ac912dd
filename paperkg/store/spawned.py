"""Work a build hands to a fresh (spawned) process, whose memory never adds to the build's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Spawned"]


class Spawned:
    """``target(*args, send)`` running in a spawned process; it sends one outcome on ``send``.

    :meth:`outcome` waits for it (``missing`` when the process ended without sending);
    :meth:`cancel` stops the process. Interrupted while it starts or while it is awaited (Ctrl-C,
    ``kill``), the process is stopped, never waited for: a child sending an outcome bigger than
    the pipe holds would wait for a reader that is gone.
    """

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        import multiprocessing as mp

        spawn = mp.get_context("spawn")
        self._receive, send = spawn.Pipe(duplex=False)
        self._child = spawn.Process(target=target, args=(*args, send), daemon=True)
        try:
            self._child.start()
        except BaseException:
            Spawned.cancel(self)
            raise
        finally:
            send.close()

    def cancel(self) -> None:
        """Stop the process (nothing when it never started or has ended)."""
        if self._child.pid is not None:
            self._child.terminate()
            self._child.join()
        self._receive.close()

    def outcome(self, missing: Callable[[int | None], Any]) -> Any:
        """What the process sent, or ``missing(exit code)`` when it sent nothing."""
        try:
            sent = self._receive.recv()
        except EOFError:
            self._child.join()
            self._receive.close()
            return missing(self._child.exitcode)
        except BaseException:
            self.cancel()
            raise
        self._child.join()
        self._receive.close()
        return sent
