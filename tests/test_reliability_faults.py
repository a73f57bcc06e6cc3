"""Faults of docs/reliability.md that had no test of their own: a camera that stops sending
frames without failing (it hangs), and the network going down and coming back."""

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
