"""Camera loss and return, as the person sees it."""

from __future__ import annotations

import time

import cv2
import numpy as np
import pytest

from kiosk.camera import CameraUnavailable
from kiosk.flow import State
from kiosk.ui import texts
from tests import uiapp

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(60)


class UnpluggableCamera:
    """Plays a clip in a loop; `unplug()` makes it fail until `replug()`."""

    description = "test camera"
    fps = 30.0

    def __init__(self, clip) -> None:
        cap = cv2.VideoCapture(str(clip))
        self.frames: list[np.ndarray] = []
        while True:
            ok, frame = cap.read()
            if not ok:
                break
            self.frames.append(frame)
        cap.release()
        self.i = 0
        self.plugged = True

    def open(self) -> None:
        if not self.plugged:
            raise CameraUnavailable("camera 0 is not available")

    def read(self) -> np.ndarray:
        time.sleep(1 / self.fps)
        if not self.plugged:
            raise CameraUnavailable("camera 0 stopped delivering frames")
        self.i += 1
        return self.frames[self.i % len(self.frames)]

    def close(self) -> None:
        pass


def test_unplugged_camera_shows_not_available_and_comes_back_by_itself(qtbot, make_app, clips):
    camera = UnpluggableCamera(clips["good"])
    controller, window = make_app(clips["good"], source=camera)
    qtbot.waitUntil(lambda: controller.model.state is not State.ATTRACT, timeout=10_000)
    camera.plugged = False
    qtbot.waitUntil(lambda: controller.model.state is State.NO_CAMERA, timeout=5000)
    window.preview.grab()  # paints the "Camera not available" screen without error
    assert texts.no_camera_title() == "Camera not available"
    assert window.panel is not None
    qtbot.waitUntil(lambda: not window.panel.capture_button.isEnabled(), timeout=1000)
    camera.plugged = True
    qtbot.waitUntil(lambda: controller.model.state is not State.NO_CAMERA, timeout=8000)
    qtbot.waitUntil(lambda: controller.model.state is State.RESULT, timeout=15_000)
