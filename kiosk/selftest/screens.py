"""The self-test's screen check: every screen of both modes rendered once, offscreen.

Real widgets (the main window in staff and kiosk mode, the PIN screen, the settings
dialog) are given a flow model per state and grabbed; a screen passes when its picture is
not blank. Nothing is shown: the offscreen platform is used unless a QApplication exists.
"""

from __future__ import annotations

import dataclasses
import os
import time
from typing import TYPE_CHECKING, Any

import numpy as np

from kiosk.selftest import SelfTestFailure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.flow import FlowModel, State, SubmitResult
    from kiosk.quality.report import QualityReport

SIZE = (1280, 800)


class _NoSource:
    description = "self-test"
    fps = 30.0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        raise RuntimeError("the self-test opens no camera")

    def close(self) -> None: ...


class _NoService:
    label = "self-test"
    is_sandbox = True

    def submit(self, frame_bgr: np.ndarray, operator_ref: str | None, cancel: object) -> Any:
        raise RuntimeError("the self-test submits through the sandbox, not the screens")

    def close(self) -> None: ...


def _no_engine() -> Any:
    raise RuntimeError("the screens are given their models; no analysis runs")


def _app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window on the kiosk's screen
    from kiosk.ui.runner import make_app

    return make_app()


def _blank(widget: QWidget, app: QApplication) -> bool:
    for _ in range(3):
        app.processEvents()
    image = widget.grab().toImage()
    if image.isNull() or image.width() == 0:
        return True
    step_x, step_y = max(1, image.width() // 24), max(1, image.height() // 24)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }
    return len(colours) < 2


def _frame() -> np.ndarray:
    from kiosk.selftest.steps import SampleVerdict

    try:
        return SampleVerdict().frame()
    except SelfTestFailure:
        return np.full((480, 640, 3), 110, np.uint8)


def _model(
    state: State, report: QualityReport | None, frame: np.ndarray, kiosk: bool, **kw: Any
) -> FlowModel:
    from kiosk.flow import Candidate, FlowSettings, Guidance, State, initial_model

    model = dataclasses.replace(
        initial_model(FlowSettings(kiosk_mode=kiosk)), state=state, since=time.monotonic()
    )
    if report is not None:
        cand = Candidate(report.frame_id, frame, report)
        model = dataclasses.replace(model, latest=cand, last_frame_id=report.frame_id)
        if state is State.ALIGNING:
            kw.setdefault("guidance", Guidance.from_report(report))
        if state in (State.CAPTURED, State.SUBMITTING):
            kw.setdefault("captured", cand)
        if state is State.STEADY:
            kw.setdefault("steady_since", time.monotonic() - 0.5)
    return dataclasses.replace(model, **kw)


def _results() -> dict[str, SubmitResult]:
    from kiosk.flow import Outcome, SubmitResult

    return {
        "verified": SubmitResult(Outcome.VERIFIED, trust_validation_id="self-test"),
        "not_verified": SubmitResult(Outcome.NOT_VERIFIED),
        "review": SubmitResult(Outcome.REVIEW),
        "error": SubmitResult(Outcome.ERROR, error_kind="network", retryable=True),
    }


def render_every_screen(report: QualityReport | None) -> str:
    """Render each screen once; raise SelfTestFailure naming the blank ones."""
    from kiosk.flow import FlowSettings, State
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.workers import FramePacket

    app = _app()
    frame = _frame()
    blank: list[str] = []
    count = 0

    def shoot(name: str, widget: QWidget) -> None:
        nonlocal count
        count += 1
        if _blank(widget, app):
            blank.append(name)

    for mode in ("staff", "kiosk"):
        kiosk = mode == "kiosk"
        controller = FlowController(
            _NoSource(), _no_engine, _NoService(), FlowSettings(kiosk_mode=kiosk)
        )
        window = MainWindow(controller, kiosk=kiosk)
        window.resize(*SIZE)
        window.show()
        try:
            models: dict[str, FlowModel] = {
                "attract": _model(State.ATTRACT, None, frame, kiosk),
                "no_camera": _model(State.NO_CAMERA, None, frame, kiosk, camera_ok=False),
            }
            for state in (State.ALIGNING, State.STEADY, State.CAPTURED, State.SUBMITTING):
                if report is not None:
                    models[str(state)] = _model(state, report, frame, kiosk)
            for name, result in _results().items():
                models[f"result_{name}"] = _model(State.RESULT, report, frame, kiosk, result=result)
            for name, model in models.items():
                controller.model = model
                window.preview.show_frame(FramePacket(frame, model.last_frame_id, 0.0))
                window.show_model(model)
                shoot(f"{mode} {name}", window)
            if kiosk:
                _pin_screen(window, shoot)
            else:
                _settings_screen(window, shoot)
        finally:
            window.allow_close = True
            if window.guard is not None:
                window.guard.remove()
            window.close()
            window.deleteLater()
    app.processEvents()
    if blank:
        raise SelfTestFailure(f"{len(blank)} of {count} screens blank ({', '.join(blank)})")
    return f"{count} screens render"


def _pin_screen(window: Any, shoot: Any) -> None:
    from kiosk.pin import hash_pin
    from kiosk.ui.lock import PinGuard
    from kiosk.ui.pin_dialog import PinDialog

    dialog = PinDialog(PinGuard(hash_pin("0000", iterations=1000)), window, show_gesture=True)
    dialog.show()
    shoot("kiosk pin", dialog)
    dialog.reject()
    dialog.deleteLater()


def _settings_screen(window: Any, shoot: Any) -> None:
    from kiosk.config import Config
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Config(), save=lambda _cfg: None, parent=window)
    dialog.show()
    shoot("staff settings", dialog)
    dialog.reject()
    dialog.deleteLater()
