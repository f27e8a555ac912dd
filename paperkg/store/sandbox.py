"""The query processes' sandbox: no network (Linux seccomp), and what a process tree uses.

Oxigraph answers a ``SERVICE`` clause with an HTTP request of its own. A query process calls
:func:`deny_network` once its store is open: from then on ``socket()`` fails for every address
family but Unix sockets, in all its threads, whatever text a query holds or however it parses.
"""

from __future__ import annotations

import ctypes
import logging
import os
import platform
import sys
from dataclasses import dataclass

__all__ = ["Usage", "deny_network", "sandboxed", "tree_usage"]

log = logging.getLogger(__name__)

# audit arch, socket(), io_uring_setup(), seccomp() syscall numbers
_ARCHES = {"x86_64": (0xC000003E, 41, 425, 317), "aarch64": (0xC00000B7, 198, 425, 277)}
_sandboxed = False


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                ("k", ctypes.c_uint)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def _bpf(arch: int, socket_nr: int, uring_nr: int) -> list[tuple[int, int, int, int]]:
    load, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JGE|K, BPF_RET|K
    deny, allow = 0x00050000 | 13, 0x7FFF0000  # SECCOMP_RET_ERRNO|EACCES, SECCOMP_RET_ALLOW
    return [
        (load, 0, 0, 4), (jeq, 1, 0, arch), (ret, 0, 0, deny),  # another ABI (i386 on x86_64): refused
        (load, 0, 0, 0), (jge, 0, 1, 0x40000000), (ret, 0, 0, deny),  # the x32 ABI: refused
        (jeq, 0, 1, uring_nr), (ret, 0, 0, deny),  # io_uring could open sockets behind the filter's back
        # socket(domain != AF_UNIX)
        (jeq, 0, 3, socket_nr), (load, 0, 0, 16), (jeq, 1, 0, 1), (ret, 0, 0, deny),
        (ret, 0, 0, allow),
    ]


def deny_network() -> bool:
    """Make ``socket()`` fail (EACCES) for every family but Unix sockets, in all threads, for good.

    Only for a process of its own (a query worker): there is no way back. Returns False, doing
    nothing, where the kernel or machine does not allow it (not Linux x86_64/aarch64).
    """
    global _sandboxed
    arches = _ARCHES.get(platform.machine())
    if sys.platform != "linux" or arches is None or sys.byteorder != "little":
        return False
    arch, socket_nr, uring_nr, seccomp_nr = arches
    code = _bpf(arch, socket_nr, uring_nr)
    filters = (_Filter * len(code))(*(_Filter(*line) for line in code))
    program = _Program(len(code), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
        return False
    # seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &program): every thread at once
    if libc.syscall(seccomp_nr, 1, 1, ctypes.byref(program)) != 0:
        log.warning("cannot deny the network to the query process: %s", os.strerror(ctypes.get_errno()))
        return False
    _sandboxed = True
    return True


def sandboxed() -> bool:
    """True in a process whose network :func:`deny_network` took away."""
    return _sandboxed


# -- what a process tree uses (benchmarks and tests watch a server with it) ---------------------

@dataclass(frozen=True, slots=True)
class Usage:
    """What processes use: ``rss`` and ``pss`` bytes (RSS counts shared pages in each process,
    PSS shares them out), ``cpu`` seconds (user + system), and the ``pids`` counted."""

    rss: int
    pss: int
    cpu: float
    pids: tuple[int, ...]


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stream:
                    parent = int(stream.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def tree_usage(root: int) -> Usage:
    """What process ``root`` and its descendants use now (Linux: read from /proc).

    >>> usage = tree_usage(os.getpid())
    >>> usage.rss >= usage.pss > 0 and os.getpid() in usage.pids
    True
    """
    rss = pss = 0
    cpu = 0.0
    pids = []
    for pid in _descendants(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup") as stream:
                memory = dict(line.split(":", 1) for line in stream.read().splitlines()[1:])
            with open(f"/proc/{pid}/stat") as stream:
                fields = stream.read().rsplit(")", 1)[1].split()
        except (OSError, ValueError):
            continue
        rss += int(memory["Rss"].split()[0]) << 10
        pss += int(memory["Pss"].split()[0]) << 10
        cpu += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        pids.append(pid)
    return Usage(rss, pss, cpu, tuple(pids))
