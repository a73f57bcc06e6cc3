"""Freed memory handed back to the operating system, and what the C heap holds. Qt-free.

The kiosk allocates and frees camera frames (2.7 MB each at 1280x720) on several threads
all day. glibc's malloc keeps what is freed in per-thread arenas for reuse and returns it
to the system only from the top of a heap, so the process's resident size creeps up by the
space between live blocks even though what is in use stays flat (measured by a 1400-cycle
soak: docs/reliability.md). ``malloc_trim(0)`` returns every free page of every arena;
the soak uses it at its end to tell memory in use from memory the allocator holds. (Trimming
on the attract screen once a minute was tried and did not keep the soak's growth down.)

Only on glibc (Linux); elsewhere — macOS, Windows, musl — these do nothing and say so.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd",
            "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost",
        )
    ]  # fmt: skip


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
        libc.mallinfo2.restype = _MallInfo2  # glibc 2.33+
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.mallopt.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


def heap_mb() -> tuple[float, float] | None:
    """(in use, held) MB of the C heap — blocks handed out, and the arenas' whole size
    besides the large blocks mapped on their own (counted in both); None off glibc."""
    libc = _glibc()
    if libc is None:
        return None
    info = libc.mallinfo2()
    mib = 1024 * 1024
    return (info.uordblks + info.hblkhd) / mib, (info.arena + info.hblkhd) / mib


def release_free_memory() -> bool:
    """Return the C heap's free pages to the system; False where that cannot be done."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


# mallopt(3) parameter: the most arenas malloc creates (glibc's malloc.h, M_ARENA_MAX).
_M_ARENA_MAX = -8
KIOSK_ARENAS = 2


def limit_arenas(arenas: int = KIOSK_ARENAS) -> bool:
    """Let malloc share at most ``arenas`` arenas among all threads; False off glibc.

    glibc gives each thread that allocates its own arena (up to 8 per core), and frames
    freed on the analysis thread after being allocated on the capture thread leave each
    arena holding free space the others cannot use. Two arenas for the whole process keep
    that held memory down (the soak's figures: docs/reliability.md) at no measured cost —
    the kiosk's threads allocate a few large frames a second, not many small blocks. Call
    it before the worker threads start; it is what ``MALLOC_ARENA_MAX=2`` does, set from
    inside the process so the frozen app and ``kiosk run`` need no wrapper.
    """
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(_M_ARENA_MAX, arenas))
