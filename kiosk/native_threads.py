"""OpenCV's own thread pool, sized for the kiosk.

OpenCV splits a large resize or colour conversion over a pool of worker threads, one per
core, which then spin (``sched_yield``) for a while in case another job follows. The
kiosk's own threads — capture, analysis, MediaPipe's, the GUI — already share the cores, so
on a small machine the pool's spinning costs more than its parallelism saves: on the
2-core build machine its worker used 2–4 % of a core on the attract screen, for ten frames
a second scaled for the preview (docs/performance.md). Up to :data:`SMALL_MACHINE_CORES`
cores OpenCV therefore runs each operation on the thread that asks for it; on a larger
machine its default is kept (not measured here). Qt-free.
"""

from __future__ import annotations

import os

import cv2

SMALL_MACHINE_CORES = 4


def size_opencv_pool(cores: int | None = None) -> int:
    """Set OpenCV's thread count for this process; the count now in force."""
    cores = cores if cores is not None else os.cpu_count() or 1
    if cores <= SMALL_MACHINE_CORES:
        cv2.setNumThreads(1)  # no pool: each call runs on its caller's thread
    return int(cv2.getNumThreads())
