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
