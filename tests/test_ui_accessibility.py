"""Accessibility: every control named and described for screen readers, staff mode used
by keyboard alone with a visible focus (pytest-qt key events on the real window), and
kiosk mode's "Need help? Call staff" raising a staff alert (log and metric)."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.config import Config, ConsentConfig
from kiosk.flow import FlowSettings, Outcome
from kiosk.metrics import KioskMetrics
from kiosk.ui import i18n
from kiosk.ui.accessibility import controls
from kiosk.ui.controller import FlowController
from kiosk.ui.lock import PinGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.pin_dialog import PinDialog
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.theme import STYLESHEET
from tests import uiapp
from tests.fakes import IdleSource, NoService, no_engine
from tests.test_ui_flow import run_through

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

NOTICE = ConsentConfig(version="v1", text={"en": "We take one photo.", "ms": "Satu foto."})


def window(qtbot, *, kiosk: bool, consent: ConsentConfig | None = None) -> MainWindow:
    settings = FlowSettings(kiosk_mode=kiosk)
    controller = FlowController(IdleSource(), no_engine, NoService(), settings)
    win = MainWindow(controller, kiosk=kiosk, consent=consent)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    qtbot.waitExposed(win)
    QApplication.processEvents()
    return win


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in controls(root):
        label = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
        if not widget.accessibleName().strip():
            missing.append(f"{label}: no name")
        if not widget.accessibleDescription().strip():
            missing.append(f"{label}: no description")
    return missing


@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_every_control_of_the_window_has_a_name_and_a_description(qtbot, kiosk):
    win = window(qtbot, kiosk=kiosk, consent=NOTICE)
    found = controls(win)
    assert len(found) >= (4 if kiosk else 8)
    assert unnamed(win) == []
    if kiosk:
        win.allow_close = True
        assert win.guard is not None
        win.guard.remove()


def test_every_control_of_the_settings_and_pin_screens_is_named(qtbot):
    dialog = SettingsDialog(Config(), save=lambda cfg: None, cameras=list)
    qtbot.addWidget(dialog)
    assert len(controls(dialog)) > 30
    assert unnamed(dialog) == []
    width = dialog.fields["camera.width"].widget
    assert width.accessibleName() == "Picture width"
    assert "160" in width.accessibleDescription()  # its range, read out with it
    pin = PinDialog(PinGuard(""))
    qtbot.addWidget(pin)
    assert unnamed(pin) == []


def test_names_follow_the_language(qtbot):
    win = window(qtbot, kiosk=False)
    assert win.panel is not None
    try:
        i18n.set_language("ms")
        qtbot.waitUntil(
            lambda: win.panel.capture_button.accessibleName() == "Tangkap", timeout=2000
        )
        assert unnamed(win) == []
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: win.panel.capture_button.accessibleName() == "Capture", timeout=2000)


def focus_chain(qtbot, win: QWidget, presses: int = 40) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is not None and widget not in seen:
            seen.append(widget)
    return seen


def test_staff_mode_is_operable_by_keyboard_alone(qtbot, make_app, clips):
    settings = dataclasses.replace(uiapp.FAST, auto_capture=False)
    controller, win = make_app(clips["good"], settings=settings, loop=True)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    panel = win.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.capture_button.isEnabled(), timeout=20_000)
    chain = focus_chain(qtbot, win)
    for control in (panel.operator_ref, panel.capture_button, panel.settings_button):
        assert control in chain, control.accessibleName()
    # The operator reference, typed.
    panel.operator_ref.setFocus()
    qtbot.keyClicks(panel.operator_ref, "desk 3")
    assert controller.operator_ref == "desk 3"
    # Tab to Capture and press Space: the photo is taken and sent.
    while QApplication.focusWidget() is not panel.capture_button:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(panel.capture_button, Qt.Key.Key_Space)
    (answer,) = run_through(qtbot, controller)
    assert answer.outcome is Outcome.VERIFIED
    # Settings by keyboard too.
    opened: list[bool] = []
    win.settingsRequested.connect(lambda: opened.append(True))
    panel.settings_button.setFocus()
    qtbot.keyClick(panel.settings_button, Qt.Key.Key_Space)
    assert opened == [True]


@pytest.fixture
def themed(qapp):
    """The app's stylesheet, as `kiosk run` sets it."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLESHEET)
    yield
    qapp.setStyleSheet(before)


def test_the_keyboard_focus_is_visible(qtbot, themed):
    win = window(qtbot, kiosk=False)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=3000)
    assert win.panel is not None
    for control in (win.panel.settings_button, win.panel.operator_ref):
        win.panel.history.setFocus()
        QApplication.processEvents()
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert control.hasFocus()
        after = control.grab().toImage()
        assert before != after, f"{control.accessibleName()}: focus not drawn"


def test_need_help_shows_a_message_and_raises_a_staff_alert(qtbot, caplog):
    win = window(qtbot, kiosk=True)
    metrics = KioskMetrics("lobby-2")
    win.controller.staffAlert.connect(metrics.staff_alerts.inc)
    assert win.help is not None and win.help.isVisible()
    button = win.help.button
    assert button.text() == "Need help? Call staff"
    assert isinstance(button, QPushButton)
    with caplog.at_level(logging.WARNING, logger="kiosk"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert win.help.message.isVisible()
    assert "staff has been called" in win.help.message.text()
    assert any(getattr(r, "event", "") == "staff_alert" for r in caplog.records)
    assert b"kiosk_staff_alerts_total 1.0" in metrics.render()
    win.allow_close = True
    assert win.guard is not None
    win.guard.remove()


@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)], ids=["1366x768", "1080x1920"])
def test_need_help_is_on_every_kiosk_screen_a_person_can_get_stuck_on(qtbot, size):
    """The result screens too (a rejected photo, an error, "not verified"): a visible
    button on top of that screen, pressable, and the not-locked note beside it."""
    from scripts import screen_catalogue as catalogue
    from tests.test_ui_layout_text import make_window, release, scenes

    controller, win = make_window(qtbot, True, size)
    alerts: list[object] = []
    controller.staffAlert.connect(lambda *a: alerts.append(a))
    missing = []
    try:
        for screen in catalogue.screens(True, scenes()):
            catalogue.show(win, controller, screen)
            stage = win.stage.currentWidget()
            help_ = win.help
            assert help_ is not None
            button = help_.button
            where = button.mapTo(win, button.rect().center())
            on_top = win.childAt(where)
            if not button.isVisibleTo(win) or on_top is not button:
                missing.append(f"{screen.name}: {type(on_top).__name__} at {where.toTuple()}")
                continue
            assert help_.parentWidget() is stage, screen.name
            note = win.unlocked_note
            assert note is not None and note.isVisibleTo(win), screen.name
            assert note.parentWidget() is stage, screen.name
        assert not missing, "no 'Need help?' on:\n" + "\n".join(missing)
        catalogue.show(win, controller, catalogue.screens(True, scenes())[-5])  # an error
        assert win.stage.currentWidget() is win.result_view and win.help is not None
        qtbot.mouseClick(win.help.button, Qt.MouseButton.LeftButton)
        assert win.help.message.isVisibleTo(win)
        assert alerts, "no staff alert from the result screen"
    finally:
        release(win)
