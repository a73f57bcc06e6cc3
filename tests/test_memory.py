"""The C heap's figures the soak reports (glibc): a trim gives back the holes that frames
freed on several threads leave in the heap, and in-use stays below what the heap holds."""

from __future__ import annotations

import sys
import threading

import numpy as np
import pytest

from kiosk.memory import heap_mb, release_free_memory

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")


def anon_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("RssAnon:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no RssAnon")


@linux
def test_a_trim_gives_back_the_holes_frames_left_in_the_heap() -> None:
    kept: list[np.ndarray] = []

    def frames() -> None:  # as the capture thread does: frames made, most soon dropped
        made = [np.ones(700_000, np.uint8) for _ in range(60)]
        kept.extend(made[::3])

    np.ones(2_000_000, np.uint8)  # glibc now serves blocks this large from its heap
    threads = [threading.Thread(target=frames) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    before = anon_mb()
    in_use, held = heap_mb() or (0.0, 0.0)
    assert release_free_memory()
    after = anon_mb()
    assert before - after >= 10, f"{before:.0f} -> {after:.0f} MB"
    assert in_use <= held and len(kept) == 60  # the live frames are still there


_COUNT_ARENAS = """
import ctypes, ctypes.util, sys, threading
if sys.argv[1] == "app":
    from kiosk.ui.runner import make_app
    make_app()
libc = ctypes.CDLL(ctypes.util.find_library("c"))
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
held, start = [], threading.Barrier(8)
def allocate():
    start.wait()  # eight threads allocating at once, as capture, analysis, Qt and MediaPipe do
    held.append(libc.malloc(4096))
threads = [threading.Thread(target=allocate) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
buf, size = ctypes.c_char_p(), ctypes.c_size_t()
libc.open_memstream.restype = ctypes.c_void_p
stream = libc.open_memstream(ctypes.byref(buf), ctypes.byref(size))
libc.malloc_info.argtypes, libc.fclose.argtypes = [ctypes.c_int, ctypes.c_void_p], [ctypes.c_void_p]
libc.malloc_info(0, stream)
libc.fclose(stream)
print(buf.value.decode().count("<heap nr="))
"""


def _arenas(mode: str) -> int:
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MALLOC_ARENA_MAX", None)
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_ARENAS, mode],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return int(out.stdout.strip().splitlines()[-1])


@linux
def test_the_app_shares_two_malloc_arenas_among_its_threads() -> None:
    """Without a limit glibc gives each allocating thread an arena of its own (the held
    memory the soak saw grow); the kiosk's app start limits the process to two."""
    assert _arenas("plain") > 2
    assert _arenas("app") <= 2
