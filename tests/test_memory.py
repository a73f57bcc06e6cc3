"""Freed memory goes back to the system: after a person, on the attract screen, the kiosk
trims the C heap (glibc) — at most once a minute, off the GUI thread — and a trim really
shrinks the process when frames freed on several threads left holes in the heap."""

from __future__ import annotations

import sys
import threading
import time

import numpy as np
import pytest

from kiosk.memory import HeapTrimmer, heap_mb, release_free_memory

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


def test_the_kiosk_trims_at_most_once_a_minute_and_never_on_the_caller_thread() -> None:
    now = [100.0]
    ran_on: list[str] = []
    done = threading.Event()

    def trim() -> bool:
        ran_on.append(threading.current_thread().name)
        done.set()
        return True

    trimmer = HeapTrimmer(interval_s=60.0, trim=trim, clock=lambda: now[0])
    assert trimmer.maybe_trim()
    assert done.wait(5)
    now[0] += 30
    assert not trimmer.maybe_trim()  # too soon
    now[0] += 31
    done.clear()
    assert trimmer.maybe_trim() and done.wait(5)
    deadline = time.monotonic() + 5
    while trimmer.trims < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert trimmer.trims == 2 and ran_on == ["heap-trim", "heap-trim"]


def test_a_failing_trim_is_logged_and_the_next_one_still_runs(caplog) -> None:
    now = [0.0]
    calls = []

    def trim() -> bool:
        calls.append(1)
        raise OSError("no")

    trimmer = HeapTrimmer(interval_s=1.0, trim=trim, clock=lambda: now[0])
    trimmer.maybe_trim()
    deadline = time.monotonic() + 5
    while not caplog.records and time.monotonic() < deadline:
        time.sleep(0.01)
    now[0] += 2
    while not trimmer.maybe_trim() and time.monotonic() < deadline:
        time.sleep(0.01)  # the failed one has released its hold
    assert "releasing free memory failed" in caplog.text and trimmer.trims == 0
