"""No traps (issue 8): kiosk mode without a staff PIN is not locked, says so and Esc leaves
it; "Leave kiosk mode" returns to staff mode; staff mode offers to set a PIN; the admin
gesture is shown the first time the PIN screen opens and documented in the README; the
camera screen says why the camera is unavailable. Real widgets, offscreen."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.camera import CameraUnavailable
from kiosk.camera.source import CameraProblem
from kiosk.config import Config
from kiosk.flow import FlowSettings, State
from kiosk.pin import hash_pin
from kiosk.ui.app import Parts
from kiosk.ui.controller import FlowController
from kiosk.ui.lock import PinGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.runner import WindowHost
from tests.fakes import IdleSource, NoService, no_engine

ROOT = Path(__file__).resolve().parent.parent
PIN = "1357"


def make_host(qtbot, cfg: Config | None = None) -> WindowHost:
    parts = Parts(
        source=IdleSource(),
        make_analyzer=no_engine,
        submitter=NoService(),
        settings=FlowSettings(kiosk_mode=True),
    )
    host = WindowHost(parts, cfg or Config(), kiosk=True)
    qtbot.addWidget(host.window)
    host.window.resize(1024, 700)
    host.window.show()
    qtbot.waitExposed(host.window)
    return host


def close_all(host: WindowHost) -> None:
    host.window.allow_close = True
    if host.window.guard is not None:
        host.window.guard.remove()
    host.window.close()


def tap_corner(qtbot, window: MainWindow, times: int = 5) -> None:
    for _ in range(times):
        qtbot.mouseClick(window.preview, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_kiosk_mode_without_a_pin_says_it_is_not_locked_and_esc_returns_to_staff(qtbot):
    host = make_host(qtbot)
    kiosk_window = host.window
    try:
        assert kiosk_window.kiosk and not kiosk_window.locked
        note = kiosk_window.unlocked_note
        assert note is not None and note.isVisible()
        assert "Not locked: no staff PIN set" in note.text()
        qtbot.keyClick(kiosk_window.preview, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: host.window is not kiosk_window, timeout=2000)
        staff = host.window
        qtbot.addWidget(staff)
        assert not staff.kiosk and staff.panel is not None and staff.isVisible()
        assert not kiosk_window.isVisible()
        assert host.controller.model.settings.kiosk_mode is False
    finally:
        close_all(host)


def test_leave_kiosk_mode_after_the_pin_returns_to_staff_mode(qtbot):
    host = make_host(qtbot)
    kiosk_window = host.window
    kiosk_window.pin_guard = PinGuard(hash_pin(PIN, iterations=1000))
    kiosk_window.locked = True
    try:
        tap_corner(qtbot, kiosk_window)
        dialog = kiosk_window.pin_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.entry.setText(PIN)
        dialog.submit()
        qtbot.waitUntil(lambda: kiosk_window.admin_box is not None)
        kiosk_window.leave_kiosk()
        assert host.window is not kiosk_window and not host.window.kiosk
        qtbot.addWidget(host.window)
        assert host.window.isVisible() and not kiosk_window.isVisible()
    finally:
        close_all(host)


def test_with_a_pin_kiosk_mode_stays_locked(qtbot):
    guard = PinGuard(hash_pin(PIN, iterations=1000))
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    window = MainWindow(controller, kiosk=True, pin_guard=guard)
    qtbot.addWidget(window)
    window.show()
    left: list[bool] = []
    window.leaveKioskRequested.connect(lambda: left.append(True))
    try:
        assert window.locked and window.unlocked_note is None
        qtbot.keyClick(window.preview, Qt.Key.Key_Escape)
        assert not left and window.close() is False and window.isVisible()
    finally:
        window.allow_close = True
        if window.guard is not None:
            window.guard.remove()


def test_the_admin_gesture_is_shown_the_first_time_the_pin_screen_opens(qtbot):
    guard = PinGuard(hash_pin(PIN, iterations=1000))
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    window = MainWindow(controller, kiosk=True, pin_guard=guard)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    try:
        tap_corner(qtbot, window)
        first = window.pin_dialog
        assert first is not None and first.gesture.isVisible()
        assert "top-left corner" in first.gesture.text() and "5 times" in first.gesture.text()
        first.reject()
        tap_corner(qtbot, window)
        second = window.pin_dialog
        assert second is not None and second is not first and not second.gesture.isVisible()
        second.reject()
    finally:
        window.allow_close = True
        if window.guard is not None:
            window.guard.remove()


def test_the_readme_documents_the_admin_gesture_and_the_unlocked_default():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "top-left corner" in readme and "five times" in readme
    assert "Not locked: no staff PIN set" in readme


def test_staff_mode_offers_to_set_a_pin_until_one_is_set(qtbot):
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings())
    window = MainWindow(controller, kiosk=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    asked: list[bool] = []
    window.settingsRequested.connect(lambda: asked.append(True))
    assert window.statusBar().isVisible()
    assert "No staff PIN set" in window.pin_offer_text.text()
    qtbot.mouseClick(window.pin_offer_button, Qt.MouseButton.LeftButton)
    assert asked == [True]  # the settings, where the PIN is set
    window.set_pin_guard(PinGuard(hash_pin(PIN, iterations=1000)))
    assert not window.statusBar().isVisible()


class FailingCamera:
    """A camera that cannot be opened, for the reason given."""

    description = "camera 0"
    fps = 30.0

    def __init__(self, problem: CameraUnavailable) -> None:
        self.problem = problem

    def open(self) -> None:
        raise self.problem

    def read(self) -> np.ndarray:
        raise self.problem

    def close(self) -> None: ...


@pytest.mark.parametrize(
    ("problem", "title"),
    [
        (
            CameraUnavailable(
                "camera 0 is in use by zoom (PID 4242)",
                problem=CameraProblem.BUSY,
                advice="Close the other program; the kiosk reconnects by itself",
            ),
            "The camera is in use by another program",
        ),
        (
            CameraUnavailable(
                "camera 0: permission denied for /dev/video0",
                problem=CameraProblem.PERMISSION,
                advice="Add this user to the 'video' group",
            ),
            "Camera access denied",
        ),
    ],
)
def test_the_camera_screen_says_why_and_what_to_do(qtbot, problem, title):
    controller = FlowController(FailingCamera(problem), no_engine, NoService(), FlowSettings())
    window = MainWindow(controller, kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    controller.start()
    try:
        qtbot.waitUntil(lambda: controller.model.state is State.NO_CAMERA, timeout=5000)
        qtbot.waitUntil(lambda: window.camera_notice.isVisible(), timeout=5000)
        text = window.camera_notice.text()
        assert title in text and problem.message in text and problem.advice in text
    finally:
        controller.shutdown()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="V4L2 device nodes")
def test_a_missing_webcam_is_shown_as_not_found(qtbot):
    from kiosk.camera.webcam import WebcamSource

    controller = FlowController(WebcamSource(63), no_engine, NoService(), FlowSettings())
    window = MainWindow(controller, kiosk=True)
    qtbot.addWidget(window)
    window.show()
    controller.start()
    try:
        qtbot.waitUntil(lambda: window.camera_notice.isVisible(), timeout=5000)
        assert "Camera not found" in window.camera_notice.text()
        assert "/dev/video63" in window.camera_notice.text()
    finally:
        controller.shutdown()
        window.allow_close = True
        if window.guard is not None:
            window.guard.remove()
