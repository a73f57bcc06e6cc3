"""No text cut off, nothing overlapping, the staff panel usable at 1366x768 — on every
screen `make screenshots` photographs (scripts/screen_catalogue.py), in both modes, at
1366x768, 1920x1080 and 1080x1920, in every shipped language. Real widgets, offscreen."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QTableWidget,
    QWidget,
)

from kiosk.flow import FlowSettings, Guidance, State
from kiosk.quality.report import QualityReport
from kiosk.quality.rules import DEFAULT_HINTS, PRECEDENCE, SERVICE_MESSAGES, Rule
from kiosk.ui import i18n, theme
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.preview import PreviewWidget
from scripts import screen_catalogue as catalogue
from tests import fakes

SIZES = catalogue.SIZES
LANGUAGES = list(i18n.LANGUAGES)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    before = qapp.styleSheet()
    qapp.setStyleSheet(theme.STYLESHEET)
    yield
    qapp.setStyleSheet(before)
    i18n.set_language("en")


def wide(report: QualityReport) -> QualityReport:
    """The widest numbers the staff panel's metrics show (a slow machine, a bright room)."""
    face = report.face
    if face is not None:
        face = dataclasses.replace(face, yaw=-44.0, pitch=-38.0, roll=-27.0, ied_px=1888.0)
    return dataclasses.replace(
        report, face=face, elapsed_ms=9999.0, brightness=255.0, sharpness=99999.0
    )


def scenes() -> dict[str, catalogue.Scene]:
    frame = np.full((720, 1280, 3), 150, np.uint8)
    small = fakes.report(Rule.FACE_TOO_SMALL, frame_id=2)
    border = fakes.report(Rule.FACE_NEAR_BORDER, frame_id=3)
    return {
        "empty": (fakes.report(Rule.NO_FACE, frame_id=1), frame),
        "small": (wide(small), frame),
        "border": (border, frame),
        "good": (wide(fakes.report(frame_id=4)), frame),
    }


def make_window(qtbot, kiosk: bool, size: tuple[int, int]) -> tuple[FlowController, MainWindow]:
    controller = FlowController(
        fakes.IdleSource(),
        fakes.no_engine,
        fakes.NoService(),
        FlowSettings(kiosk_mode=kiosk, consent_required=True),
    )
    win = MainWindow(controller, kiosk=kiosk, consent=catalogue.CONSENT)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    if win.panel is not None:
        for result in catalogue.history():
            win.panel.add_history(result)
    return controller, win


def release(win: MainWindow) -> None:
    win.allow_close = True
    if win.guard is not None:
        win.guard.remove()


def shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text():
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def clipped(root: QWidget) -> list[str]:
    """Every label and button whose words do not fit it (QFontMetrics, and Qt's own size
    hints, which include the stylesheet's padding)."""
    bad = []
    for w in root.findChildren(QWidget):
        if not shown(w):
            continue
        seen = w.visibleRegion().boundingRect()
        card = isinstance(w, QFrame) and w.property("role") == "card"
        kinds = (QLabel, QAbstractButton, QLineEdit, QTableWidget)
        if (card or isinstance(w, kinds)) and not seen.isEmpty() and seen.width() < w.width() - 1:
            bad.append(f"{type(w).__name__} {getattr(w, 'text', str)()[:30]!r}: cut at a side")
        if isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull():
            text = plain(w)
            fm = QFontMetrics(w.font())
            room = w.contentsRect()
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                flags = int(w.alignment()) | int(Qt.TextFlag.TextWordWrap)
                need = fm.boundingRect(QRect(0, 0, room.width(), 100_000), flags, text)
                if need_h > w.height() + 1 or need.width() > room.width() + 1:
                    bad.append(
                        f"label {text[:40]!r}: needs {need.width()}x{need_h} px,"
                        f" has {room.width()}x{w.height()}"
                    )
            else:
                widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
                if widest > room.width() + 1 or w.minimumSizeHint().width() > w.width() + 1:
                    bad.append(f"label {text[:40]!r}: {widest} px wide in {room.width()}")
        elif isinstance(w, QAbstractButton) and w.text().strip():
            fm = QFontMetrics(w.font())
            widest = max(fm.horizontalAdvance(line) for line in w.text().split("\n"))
            hint = w.sizeHint() if isinstance(w, QPushButton) else w.minimumSizeHint()
            if widest > w.width() or hint.width() > w.width() + 1:
                bad.append(f"button {w.text()[:40]!r}: needs {hint.width()} px, has {w.width()}")
    return bad


def leaves(root: QWidget) -> list[QWidget]:
    kinds = (QLabel, QAbstractButton, QLineEdit, QTableWidget)
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and shown(w)
        and not any(isinstance(a, kinds) for a in ancestors(w, root))
        and not (isinstance(w, QLabel) and not w.text().strip() and w.pixmap().isNull())
    ]


def ancestors(w: QWidget, root: QWidget) -> list[QWidget]:
    out = []
    p = w.parentWidget()
    while p is not None and p is not root:
        out.append(p)
        p = p.parentWidget()
    return out


def in_window(w: QWidget) -> QRect:
    """Where ``w`` is on the window, as far as it is shown (a scroll area cuts it)."""
    seen = w.visibleRegion().boundingRect()
    return QRect(w.mapTo(w.window(), seen.topLeft()), seen.size())


def overlaps(win: MainWindow) -> list[str]:
    """Two controls or texts on top of each other; the words painted on the preview (its
    banner) count too, against the controls placed over the preview."""
    items = [(repr(getattr(w, "text", lambda: "")())[:30], in_window(w)) for w in leaves(win)]
    preview = win.preview
    if shown(preview) and win.stage.currentWidget() is preview:
        message = preview.message()
        if message is not None:
            box = preview._banner_box(message[2])[0].toAlignedRect()
            items.append(("the banner", QRect(preview.mapTo(win, box.topLeft()), box.size())))
    bad = []
    for i, (name_a, a) in enumerate(items):
        for name_b, b in items[i + 1 :]:
            if a.isEmpty() or b.isEmpty():
                continue
            common = a.intersected(b)
            if common.width() > 1 and common.height() > 1:
                bad.append(f"{name_a} {a.getRect()} overlaps {name_b} {b.getRect()}")
    return bad


def painted_text_problems(preview: PreviewWidget) -> list[str]:
    """The banner's words fit their boxes (they shrink, then wrap)."""
    message = preview.message()
    if message is None:
        return []
    bad = []
    for font, rect, flags, text in preview.banner_layout(message):
        need = QFontMetrics(font).boundingRect(rect.toAlignedRect(), flags, text)
        if need.width() > rect.width() + 1 or need.height() > rect.height() + 1:
            bad.append(f"banner {text[:40]!r}: {need.size().toTuple()} in {rect.size().toTuple()}")
    return bad


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_no_text_is_cut_off_and_nothing_overlaps_on_any_screen(
    qtbot, themed, kiosk, size, language
):
    controller, win = make_window(qtbot, kiosk, size)
    i18n.set_language(language)
    problems: list[str] = []
    checked = 0
    try:
        for screen in catalogue.screens(kiosk, scenes()):
            catalogue.show(win, controller, screen)
            assert win.size() == QSize(*size), f"{screen.name}: the window outgrew the screen"
            found = clipped(win) + overlaps(win) + painted_text_problems(win.preview)
            problems += [f"{screen.name}: {p}" for p in found]
            checked += len(leaves(win))
    finally:
        release(win)
    assert checked > (40 if kiosk else 100)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
def test_every_guidance_banner_fits_in_every_language(qtbot, themed, size, language):
    """The Malay banner that lost its last letter: every rule's hint and every service
    message, at every size, both modes' stage widths."""
    i18n.set_language(language)
    problems = []
    for width in (size[0], size[0] - 392):  # kiosk full width; staff beside the panel
        preview = PreviewWidget()
        qtbot.addWidget(preview)
        preview.resize(width, size[1])
        for rule in PRECEDENCE:
            for service in (None, SERVICE_MESSAGES.get(rule)):
                if rule is Rule.NO_FACE and service is None:
                    continue  # (no banner: the attract screen says it)
                guidance = (
                    Guidance.from_service(rule, service)
                    if service
                    else Guidance(rule, DEFAULT_HINTS[rule])
                )
                model = catalogue.model(
                    State.ALIGNING, scenes()["small"], kiosk=True, guidance=guidance
                )
                preview.set_model(model)
                problems += painted_text_problems(preview)
    assert not problems, "\n".join(problems)


def test_the_staff_panel_fits_1366x768_and_cancel_stays_in_view_while_sending(qtbot, themed):
    controller, win = make_window(qtbot, False, (1366, 768))
    panel = win.panel
    assert panel is not None
    try:
        for language in ("en", "ms"):
            i18n.set_language(language)
            for screen in catalogue.screens(False, scenes()):
                catalogue.show(win, controller, screen)
                bar = panel.middle_scroll.verticalScrollBar()
                assert bar.maximum() == 0, f"{language} {screen.name}: the panel must scroll"
                window_rect = win.rect()
                for control in (
                    panel.capture_button,
                    panel.capture_anyway,
                    panel.cancel_button,
                    panel.next_button,
                    panel.settings_button,
                    panel.history,
                ):
                    where = in_window(control)
                    assert where.size() == control.size(), f"{screen.name}: {control} cut"
                    assert window_rect.contains(where), f"{screen.name}: {control} off screen"
                if screen.model.state is State.SUBMITTING:
                    assert panel.cancel_button.isEnabled()
                    assert panel.history.height() >= 84  # a header and two rows at least
    finally:
        release(win)


@pytest.mark.parametrize("press", ["capture_anyway", "cancel_button", "next_button"])
def test_the_panel_never_scrolls_by_itself_after_a_button(qtbot, themed, press):
    """A pressed button that disables itself passed the focus along the chain into the
    history, and the scroll area followed it (hiding Cancel during a submission). Also on a
    window too short for the panel, where it can scroll."""
    controller, win = make_window(qtbot, False, (1366, 560))
    panel = win.panel
    assert panel is not None
    win.activateWindow()
    by_name = {s.name: s for s in catalogue.screens(False, scenes())}
    before, after = {
        "capture_anyway": ("aligning_too_small", "submitting"),
        "cancel_button": ("submitting", "attract"),
        "next_button": ("result_verified", "attract"),
    }[press]
    try:
        bar = panel.middle_scroll.verticalScrollBar()
        assert bar.maximum() > 0  # (this window is short enough to need it)
        catalogue.show(win, controller, by_name[before])
        button = getattr(panel, press)
        assert button.isEnabled()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        bar.setValue(0)
        catalogue.show(win, controller, by_name[after])
        time.sleep(0.01)
        QApplication.processEvents()
        assert bar.value() == 0
        focused = QApplication.focusWidget()
        assert focused is None or not panel.history.isAncestorOf(focused)
        assert focused is not panel.history
        if after == "submitting":
            assert focused is panel.cancel_button
    finally:
        release(win)


@pytest.mark.parametrize("language", ["en", "ms"])
def test_the_settings_fit_a_1366x768_screen_with_nothing_cut_off(qtbot, themed, language):
    from kiosk.config import Config
    from kiosk.ui.settings_dialog import SettingsDialog, default_size

    i18n.set_language(language)
    dialog = SettingsDialog(Config(), save=lambda c: None, cameras=lambda: [])
    qtbot.addWidget(dialog)
    dialog.resize(default_size().boundedTo(QSize(1326, 708)))  # 1366x768 less a task bar
    dialog.show()
    problems = []
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        page = dialog.tabs.currentWidget()
        problems += [f"tab {tab}: {p}" for p in clipped(page)]
        for bar in page.findChildren(QScrollBar):
            if bar.orientation() == Qt.Orientation.Horizontal and bar.isVisible():
                problems.append(f"tab {tab}: scrolls sideways")
    assert dialog.width() <= 1326 and dialog.height() <= 708
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pin_screen_has_nothing_cut_off(qtbot, themed, language):
    from kiosk.pin import hash_pin
    from kiosk.ui.lock import PinGuard
    from kiosk.ui.pin_dialog import PinDialog

    i18n.set_language(language)
    dialog = PinDialog(PinGuard(hash_pin("2468", iterations=1000)), show_gesture=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.entry.setText("1111")
    dialog.submit()  # "Wrong PIN. 4 attempts left."
    QApplication.processEvents()
    problems = clipped(dialog)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "ms"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_large_text_cuts_nothing_off_either(qtbot, themed, kiosk, size, language):
    """ui.large_text (1.3x): the staff panel widens with its words, the headlines fit."""
    from kiosk.ui.runner import use_large_text

    i18n.set_language(language)
    controller = FlowController(
        fakes.IdleSource(),
        fakes.no_engine,
        fakes.NoService(),
        FlowSettings(kiosk_mode=kiosk, consent_required=True),
    )
    win = MainWindow(controller, kiosk=kiosk, consent=catalogue.CONSENT)
    qtbot.addWidget(win)
    use_large_text(win)  # as `kiosk run` does: before the window is shown
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    problems: list[str] = []
    try:
        for screen in catalogue.screens(kiosk, scenes()):
            catalogue.show(win, controller, screen)
            assert win.size() == QSize(*size), f"{screen.name}: the window outgrew the screen"
            found = clipped(win) + overlaps(win) + painted_text_problems(win.preview)
            problems += [f"{screen.name}: {p}" for p in found]
    finally:
        release(win)
    assert not problems, "\n".join(problems)
