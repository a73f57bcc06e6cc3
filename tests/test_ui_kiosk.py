"""Kiosk mode: it cannot be closed without the staff PIN; wrong PINs lock it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.flow import FlowSettings
from kiosk.pin import hash_pin
from kiosk.ui.controller import FlowController
from kiosk.ui.lock import PinGuard, Verdict
from kiosk.ui.main_window import MainWindow
from tests.fakes import IdleSource, NoService, no_engine

PIN = "2468"


@pytest.fixture
def kiosk_window(qtbot):
    guard = PinGuard(hash_pin(PIN, iterations=1000), max_attempts=3, lockout_s=60)
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    window = MainWindow(controller, kiosk=True, pin_guard=guard)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close = True
    if window.guard is not None:
        window.guard.remove()


def tap_corner(qtbot, window, times: int = 5) -> None:
    for _ in range(times):
        qtbot.mouseClick(window.preview, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))


def test_kiosk_window_is_frameless_and_on_top(kiosk_window):
    flags = kiosk_window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint


def test_close_escape_and_alt_f4_do_nothing(qtbot, kiosk_window):
    assert kiosk_window.close() is False
    qtbot.keyClick(kiosk_window, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk_window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(kiosk_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert kiosk_window.isVisible()


def test_a_few_taps_elsewhere_do_not_ask_for_the_pin(qtbot, kiosk_window):
    for _ in range(6):
        qtbot.mouseClick(kiosk_window.preview, Qt.MouseButton.LeftButton, pos=QPoint(500, 400))
    assert kiosk_window.pin_dialog is None


def test_admin_gesture_and_pin_leave_kiosk_mode(qtbot, kiosk_window):
    tap_corner(qtbot, kiosk_window)
    dialog = kiosk_window.pin_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.entry.setText(PIN)
    dialog.submit()
    qtbot.waitUntil(lambda: kiosk_window.admin_box is not None)
    assert kiosk_window.admin_box is not None
    kiosk_window.leave_kiosk()
    assert not kiosk_window.isVisible()


def test_wrong_pins_lock_out_even_the_right_pin(qtbot, kiosk_window):
    tap_corner(qtbot, kiosk_window)
    dialog = kiosk_window.pin_dialog
    assert dialog is not None
    for attempt in ("1111", "2222"):
        dialog.entry.setText(attempt)
        dialog.submit()
    assert "1 attempt" in dialog.status.text()
    dialog.entry.setText("3333")
    dialog.submit()
    assert "Locked" in dialog.status.text()
    dialog.entry.setText(PIN)
    dialog.submit()
    assert dialog.isVisible() and kiosk_window.admin_box is None
    assert kiosk_window.close() is False


def test_pin_guard_lockout_ends_after_its_time():
    now = [0.0]
    guard = PinGuard(
        hash_pin(PIN, iterations=1000), max_attempts=2, lockout_s=30, clock=lambda: now[0]
    )
    assert guard.check("0000").verdict is Verdict.WRONG
    assert guard.check("0000").verdict is Verdict.LOCKED
    now[0] = 29.0
    assert guard.check(PIN).verdict is Verdict.LOCKED
    now[0] = 31.0
    assert guard.check(PIN).verdict is Verdict.OK


def test_no_pin_configured_means_no_way_out_from_the_screen():
    assert PinGuard("").check("").verdict is Verdict.NO_PIN
