"""OpenCV's thread pool is off on a small machine (its spinning workers cost an idle kiosk
more than they save) and left as OpenCV sets it on a large one."""

from __future__ import annotations

import cv2

from kiosk.native_threads import size_opencv_pool


def test_no_opencv_pool_on_a_small_machine_and_the_default_on_a_large_one() -> None:
    before = cv2.getNumThreads()
    try:
        assert size_opencv_pool(cores=2) == 1
        cv2.setNumThreads(-1)  # OpenCV's default again
        default = cv2.getNumThreads()
        assert size_opencv_pool(cores=16) == default
    finally:
        cv2.setNumThreads(before)
