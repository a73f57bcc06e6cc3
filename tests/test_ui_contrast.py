"""WCAG 2.1 AA contrast: 4.5:1 for text, 3:1 for large text (24 px, or 18.7 px bold) and
for the focus ring and icons — from the theme's own colours, and as painted on every
screen of both modes (tests/contrast.py measures what Qt really draws)."""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from kiosk.config import ConsentConfig
from kiosk.flow import (
    FlowModel,
    FlowSettings,
    Guidance,
    Outcome,
    State,
    SubmitResult,
    initial_model,
)
from kiosk.quality.rules import DEFAULT_HINTS, Rule
from kiosk.ui import theme
from kiosk.ui.controller import FlowController
from kiosk.ui.lock import PinGuard
from kiosk.ui.main_window import MainWindow
from kiosk.ui.pin_dialog import PinDialog
from kiosk.ui.preview import VEIL_ALPHA
from kiosk.ui.workers import FramePacket
from tests.contrast import ratio, text_contrast
from tests.fakes import IdleSource, NoService, no_engine

TEXT_MIN, LARGE_MIN = 4.5, 3.0
WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def over(colour: str, alpha: int, below: tuple[int, int, int]) -> tuple[int, int, int]:
    """``colour`` at ``alpha`` composited over ``below``."""
    a = alpha / 255
    return tuple(round(a * c + (1 - a) * b) for c, b in zip(rgb(colour), below, strict=True))  # type: ignore[return-value]


def test_the_themes_colour_pairs_meet_aa():
    surfaces = (theme.BG, theme.SURFACE, theme.SURFACE_2)
    for surface in surfaces:
        assert ratio(rgb(theme.TEXT), rgb(surface)) >= TEXT_MIN
        assert ratio(rgb(theme.MUTED), rgb(surface)) >= TEXT_MIN
        assert ratio(rgb(theme.FOCUS), rgb(surface)) >= LARGE_MIN  # the focus ring
    for outcome, colour in theme.OUTCOME_COLOUR.items():  # white words on the result
        assert ratio(WHITE, rgb(colour)) >= TEXT_MIN, outcome
    for state, colour in theme.GUIDE.items():  # the face guide, a graphic: 3:1 on the stage
        assert ratio(rgb(colour), rgb(theme.BG)) >= LARGE_MIN, state


@pytest.mark.parametrize("video", [WHITE, BLACK, (128, 128, 128)], ids=["white", "black", "grey"])
def test_words_painted_over_the_live_picture_meet_aa_whatever_it_shows(video):
    banner = over(theme.BANNER_BG, theme.BANNER_ALPHA, video)
    assert ratio(rgb(theme.BANNER_TEXT), banner) >= TEXT_MIN
    assert ratio(rgb(theme.BANNER_DETAIL), banner) >= TEXT_MIN
    attract = over(theme.BG, VEIL_ALPHA[State.ATTRACT], video)
    assert ratio(WHITE, attract) >= TEXT_MIN
    assert ratio(rgb(theme.BANNER_DETAIL), attract) >= TEXT_MIN


def is_large(widget: QWidget) -> bool:
    font = widget.font()
    px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return px >= 24 or (px >= 18.66 and font.weight() >= QFont.Weight.Bold)


def text_widgets(root: QWidget) -> list[QLabel | QAbstractButton]:
    found: list[QLabel | QAbstractButton] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() or w.width() < 4 or w.height() < 4:
            continue
        if (isinstance(w, QLabel) and w.text().strip() and w.pixmap().isNull()) or (
            isinstance(w, QAbstractButton) and w.text().strip()
        ):
            found.append(w)
    return found


def poor_contrast(root: QWidget) -> list[str]:
    poor = []
    for w in text_widgets(root):
        need = LARGE_MIN if is_large(w) else TEXT_MIN
        shown = w.visibleRegion().boundingRect()  # a scroll area may hide part of it
        if shown.height() < w.height() or shown.width() < 4:
            continue  # scrolled out of view (measured where it is shown in full)
        got = text_contrast(w)
        if got < need:
            poor.append(f"{type(w).__name__} {w.text()[:30]!r}: {got:.2f}:1 < {need}")
    return poor


def frame() -> np.ndarray:
    img = np.full((720, 1280, 3), 200, np.uint8)  # a bright room: the hardest case
    return img


RESULTS = {
    "verified": SubmitResult(Outcome.VERIFIED, trust_validation_id="t-1"),
    "not_verified": SubmitResult(Outcome.NOT_VERIFIED),
    "review": SubmitResult(Outcome.REVIEW),
    "quality": SubmitResult(Outcome.QUALITY_REJECTED, rule=Rule.BLURRY),
    "error": SubmitResult(Outcome.ERROR, error_kind="network", retryable=True),
}


def models(kiosk: bool) -> dict[str, FlowModel]:
    base = initial_model(FlowSettings(kiosk_mode=kiosk, consent_required=True))
    now = time.monotonic()
    guidance = Guidance(Rule.FACE_TOO_SMALL, DEFAULT_HINTS[Rule.FACE_TOO_SMALL])
    out = {
        "attract": dataclasses.replace(base, since=now),
        "consent": dataclasses.replace(base, state=State.CONSENT, since=now),
        "aligning": dataclasses.replace(base, state=State.ALIGNING, since=now, guidance=guidance),
        "no_camera": dataclasses.replace(base, state=State.NO_CAMERA, camera_ok=False),
        "out_of_service": dataclasses.replace(
            base, state=State.OUT_OF_SERVICE, out_of_service="engine"
        ),
    }
    for name, result in RESULTS.items():
        out[f"result_{name}"] = dataclasses.replace(base, state=State.RESULT, result=result)
    return out


@pytest.fixture
def themed(qapp):
    before = qapp.styleSheet()
    qapp.setStyleSheet(theme.STYLESHEET)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_every_screen_paints_its_text_at_aa_contrast(qtbot, themed, kiosk):
    notice = ConsentConfig(version="v1", url="https://bank.example/p", text={"en": "One photo."})
    controller = FlowController(
        IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=kiosk)
    )
    win = MainWindow(controller, kiosk=kiosk, consent=notice)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    poor: list[str] = []
    measured = 0
    try:
        for name, model in models(kiosk).items():
            controller.model = model
            win.preview.show_frame(FramePacket(frame(), 1, 0.0))
            win.show_model(model)
            if win.help is not None and name == "attract":
                win.help.request()  # its message too
            QApplication.processEvents()
            widgets = text_widgets(win)
            measured += len(widgets)
            poor += [f"{name}: {p}" for p in poor_contrast(win)]
        pin = PinDialog(PinGuard(""), win, show_gesture=True)
        pin.show()
        QApplication.processEvents()
        measured += len(text_widgets(pin))
        poor += [f"pin: {p}" for p in poor_contrast(pin)]
        pin.reject()
    finally:
        win.allow_close = True
        if win.guard is not None:
            win.guard.remove()
    assert measured > (40 if kiosk else 80)
    assert poor == []
