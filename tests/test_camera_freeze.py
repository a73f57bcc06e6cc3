"""A live camera whose picture stops changing (frozen, or a lens cap): FreezeWatch on real
frames — a photograph with the sensor noise a camera adds never counts as frozen; the
very same picture does, after FROZEN_S; any change ends it."""

from __future__ import annotations

import numpy as np

from kiosk.camera.folder import ImageFolderSource
from kiosk.camera.freeze import FROZEN_S, FreezeWatch, is_live
from kiosk.camera.video import VideoFileSource
from kiosk.camera.webcam import WebcamSource
from tests import framegen as fg


def test_a_noisy_live_picture_is_never_frozen_the_very_same_one_is() -> None:
    frame = fg.good("obama.jpg", (640, 360))
    rng = np.random.default_rng(5)
    watch = FreezeWatch()
    for i in range(210):  # 7 s at 30 fps, a still scene with the sensor's noise
        noise = rng.normal(0.0, 2.0, frame.shape).astype(np.int16)
        noisy = np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8)
        assert not watch.frame(noisy, i / 30)
    t = 10.0
    while t < 10.0 + FROZEN_S - 0.1:  # the driver re-sends its last buffer
        assert not watch.frame(frame.copy(), t)
        t += 1 / 30
    assert watch.frame(frame.copy(), 10.0 + FROZEN_S + 0.05)
    moved = frame.copy()
    moved[::16, ::16][10, 20, 1] ^= 1  # one pixel of the grid changes by one level
    assert not watch.frame(moved, 16.0)


def test_only_cameras_are_watched() -> None:
    assert is_live(WebcamSource(0))
    assert not is_live(ImageFolderSource("."))  # a still held on purpose
    assert not is_live(VideoFileSource("x.mp4"))
