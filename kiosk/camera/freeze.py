"""A live camera that keeps sending the very same picture: frozen (a driver or USB hub stuck
re-delivering its last buffer) or covered (a lens cap: an all-black picture). Qt-free.

A live sensor never sends two identical frames for long: its noise changes some pixels in
every frame. A picture that stays bit-for-bit the same for :data:`FROZEN_S` is therefore a
fault — and a dangerous one if a face is in it: the kiosk would go on judging, capturing and
submitting someone who is no longer there. Only live cameras are watched (``live = True``
on the source): a still-image folder or a video file repeats frames on purpose.

The comparison is on a sparse grid of the frame (every :data:`STEP`-th pixel of every
:data:`STEP`-th row: about 3,600 pixels of a 1280×720 frame), a few microseconds a frame.
"""

from __future__ import annotations

import numpy as np

FROZEN_S = 5.0  # the same picture for this long: the camera is reported as not working
STEP = 16


def is_live(source: object) -> bool:
    """Does this source promise a changing picture (a camera, not a file or a folder)?"""
    return bool(getattr(source, "live", False))


class FreezeWatch:
    """Feed it every decoded frame with its capture time; ``frozen`` says whether the picture
    has not changed at all for ``after_s``. Used from one thread (the capture thread)."""

    def __init__(self, after_s: float = FROZEN_S, step: int = STEP) -> None:
        self.after_s = after_s
        self.step = step
        self._sample: np.ndarray | None = None
        self._sample_t = 0.0
        self._same_since: float | None = None  # capture time of the first of the run
        self.frozen = False

    def frame(self, frame: np.ndarray, t: float) -> bool:
        sample = frame[:: self.step, :: self.step]
        previous = self._sample
        if (
            previous is not None
            and previous.shape == sample.shape
            and np.array_equal(previous, sample)
        ):
            if self._same_since is None:
                self._same_since = self._sample_t
            self.frozen = t - self._same_since >= self.after_s
        else:
            self._same_since = None
            self.frozen = False
        self._sample = sample.copy()
        self._sample_t = t
        return self.frozen

    def reset(self) -> None:
        self._sample = None
        self._same_since = None
        self.frozen = False
