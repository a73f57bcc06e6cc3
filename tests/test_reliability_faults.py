"""Faults of docs/reliability.md that had no test of their own: a camera that stops sending
frames without failing (it hangs), a live camera whose picture freezes, and the network
going down and coming back."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from kiosk.api import ErrorKind, Outcome
from kiosk.flow import State
from kiosk.sandbox import SandboxServer
from tests import api_support as sup
from tests import framegen as fg
from tests import uiapp

pytestmark = pytest.mark.timeout(120)

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app


class HangingCamera:
    """Frames at 30 fps until ``hang`` is set; then ``read`` blocks (a driver that hangs)
    until it is cleared again."""

    description = "hanging camera"
    fps = 30.0

    def __init__(self) -> None:
        self.frame = fg.scene("coffee.png", (640, 360))
        self.hang = threading.Event()
        self.released = threading.Event()
        self.released.set()

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        time.sleep(1 / 30)
        while self.hang.is_set():
            self.released.wait(0.05)
        return self.frame.copy()

    def close(self) -> None: ...


def test_a_camera_that_stops_sending_frames_is_reported_and_comes_back(
    qtbot, make_app, clips
) -> None:
    camera = HangingCamera()
    controller, _window = make_app(clips["walk_up"], source=camera, kiosk=True)
    qtbot.waitUntil(lambda: controller.frames_shown > 5, timeout=30_000)
    camera.hang.set()  # no error, just no more frames
    qtbot.waitUntil(lambda: controller.model.state is State.NO_CAMERA, timeout=10_000)
    assert controller.camera_problem is not None
    assert "sent no frame" in str(controller.camera_problem)
    camera.hang.clear()
    qtbot.waitUntil(lambda: controller.model.state is State.ATTRACT, timeout=10_000)
    assert controller.camera_problem is None


class FreezingCamera:
    """A live camera (``live = True``, as WebcamSource): a room with sensor noise at 30 fps
    until ``freeze`` is set; then the very same picture again and again (a stuck driver
    re-sending its last buffer), until it is cleared."""

    description = "freezing camera"
    fps = 30.0
    live = True

    def __init__(self, frame: np.ndarray) -> None:
        rng = np.random.default_rng(3)
        self.noisy = [
            np.clip(frame.astype(np.int16) + rng.normal(0, 3, frame.shape), 0, 255).astype(np.uint8)
            for _ in range(6)
        ]
        self.freeze = threading.Event()
        self.i = 0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        time.sleep(1 / 30)
        if not self.freeze.is_set():
            self.i += 1
        return self.noisy[self.i % len(self.noisy)].copy()

    def close(self) -> None: ...


def test_a_live_camera_whose_picture_freezes_is_reported_and_comes_back(
    qtbot, make_app, clips
) -> None:
    from kiosk.camera.freeze import FROZEN_S

    camera = FreezingCamera(fg.scene("coffee.png", (640, 360)))
    controller, _window = make_app(clips["walk_up"], source=camera, kiosk=True)
    qtbot.waitUntil(lambda: controller.model.state is State.ATTRACT, timeout=30_000)
    qtbot.wait(1500)
    assert controller.model.state is State.ATTRACT, "a noisy live picture is not frozen"
    camera.freeze.set()  # frames keep coming, all the same
    frozen_at = time.monotonic()
    qtbot.waitUntil(lambda: controller.model.state is State.NO_CAMERA, timeout=FROZEN_S * 2000)
    assert time.monotonic() - frozen_at >= FROZEN_S - 0.5
    assert controller.camera_problem is not None
    assert "the very same picture" in str(controller.camera_problem)
    shown = controller.frames_shown
    qtbot.waitUntil(lambda: controller.frames_shown > shown + 3, timeout=5000)
    assert controller.model.state is State.NO_CAMERA, "still frozen: frames alone are not back"
    camera.freeze.clear()
    qtbot.waitUntil(lambda: controller.model.state is State.ATTRACT, timeout=10_000)
    assert controller.camera_problem is None


def test_a_still_from_a_file_or_folder_is_never_taken_for_a_frozen_camera(
    qtbot, make_app, clips
) -> None:
    from kiosk.camera.freeze import FROZEN_S

    camera = HangingCamera()  # not live: the very same frame at 30 fps, like a held still
    controller, _window = make_app(clips["walk_up"], source=camera, kiosk=True)
    qtbot.waitUntil(lambda: controller.model.state is State.ATTRACT, timeout=30_000)
    qtbot.wait(int((FROZEN_S + 1.5) * 1000))
    assert controller.model.state is State.ATTRACT and controller.camera_problem is None


def test_the_network_going_down_and_coming_back() -> None:
    frame = fg.good("obama.jpg", (1280, 720))
    with SandboxServer(port=0, scenario="verified", token=sup.SECRET_TOKEN) as server:
        port = server.port
        with sup.client_for(server.base_url) as client:
            assert client.verify(frame).outcome is Outcome.VERIFIED
    # The service is gone (the address refuses): a clear error, the kiosk carries on.
    with sup.client_for(f"http://127.0.0.1:{port}") as client:
        down = client.verify(frame)
    assert down.outcome is Outcome.ERROR and down.error_kind is ErrorKind.REFUSED
    # Back on the same address: the next person is verified, nothing to restart.
    with (
        SandboxServer(port=port, scenario="verified", token=sup.SECRET_TOKEN) as server,
        sup.client_for(server.base_url) as client,
    ):
        assert client.verify(frame).outcome is Outcome.VERIFIED
