"""Render every screen of the app to PNG under docs/screenshots/ (`make screenshots`).

Real widgets, real engine verdicts on frames of the demo walk-up; the flow's model is set
directly so each screen can be shown without waiting for it. Runs offscreen.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.flow import (
    Candidate,
    FlowModel,
    FlowSettings,
    Guidance,
    Outcome,
    State,
    SubmitResult,
    initial_model,
)
from kiosk.quality.report import QualityReport, RuleCheck
from kiosk.quality.rules import DEFAULT_HINTS, PRECEDENCE, SERVICE_MESSAGES, Rule
from scripts.make_demo_clip import Key, compose

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 860)


class _StillSource:
    description = "screenshots"
    fps = 30.0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        raise RuntimeError("not used")

    def close(self) -> None: ...


class _Service:
    def __init__(self, sandbox: bool) -> None:
        self.is_sandbox = sandbox
        self.label = "sandbox" if sandbox else "integrate.idmetagroup.com"

    def submit(
        self, frame_bgr: np.ndarray, operator_ref: str | None, cancel: object
    ) -> SubmitResult:
        raise RuntimeError("not used")

    def close(self) -> None: ...


def _no_engine() -> Any:
    raise RuntimeError("screenshots set the model directly; no analysis runs")


def _frames() -> dict[str, np.ndarray]:
    import cv2

    portrait: np.ndarray = np.asarray(
        cv2.imread(str(ROOT / "tests" / "data" / "photos" / "obama.jpg")), np.uint8
    )
    size = (1280, 720)
    return {
        "empty": compose(portrait, size, Key(0.0)),
        "small": compose(portrait, size, Key(0, 0.12, 0.52, 0.42)),
        "border": compose(portrait, size, Key(0, 0.34, 0.09, 0.45)),
        "good": compose(portrait, size, Key(0, 0.40, 0.5, 0.45)),
    }


def _analyse(frames: dict[str, np.ndarray]) -> dict[str, QualityReport]:
    from kiosk.quality.engine import QualityEngine

    with QualityEngine() as engine:
        return {k: engine.analyze(f, frame_id=i + 1) for i, (k, f) in enumerate(frames.items())}


def _with_failure(base: QualityReport, rule: Rule) -> QualityReport:
    """A real report, marked as failing ``rule`` (for the guidance of every rule)."""
    checks = tuple(
        dataclasses.replace(c, passed=c.rule is not rule) if c.rule is rule else c
        for c in base.checks
    )
    if not any(c.rule is rule for c in checks):
        checks = (*checks, RuleCheck(rule, None, "", False))
    return dataclasses.replace(base, checks=checks, failures=(rule,), hint=DEFAULT_HINTS[rule])


def _rule_examples(frames: dict[str, np.ndarray]) -> dict[Rule, tuple[QualityReport, np.ndarray]]:
    """For each rule, a frame that really breaks it (tests/framegen) and the engine's verdict.

    Eyes closed cannot be made from the photos: that one screen marks a real report.
    """
    from kiosk.quality.engine import QualityEngine
    from tests import framegen as fg

    good = fg.good("obama.jpg")
    size = (1280, 720)
    width = fg.face_box_in("obama.jpg", size, 0.4, (0.5, 0.5))[2] / size[0]
    made = {
        Rule.NO_FACE: frames["empty"],
        Rule.MULTIPLE_FACES: fg.with_second_face(good, "grace_hopper.jpg", 0.3, (0.84, 0.42)),
        Rule.FACE_CROPPED: fg.compose("obama.jpg", size, 0.42, (0.04, 0.48)),
        Rule.FACE_TOO_SMALL: fg.compose("obama.jpg", size, 0.12, (0.5, 0.5)),
        Rule.FACE_NEAR_BORDER: fg.compose("obama.jpg", size, 0.4, (1 - width / 2 - 0.01, 0.5)),
        Rule.FACE_ANGLE: fg.rotate(good, 30),
        Rule.TOO_DARK: fg.darken(good, 0.15),
        Rule.TOO_BRIGHT: fg.overexpose(good, 2.2),
        Rule.BLURRY: fg.blur(good, 0.03, 300),
        Rule.FACE_OBSCURED: fg.mask(good, "obama.jpg"),
    }
    out: dict[Rule, tuple[QualityReport, np.ndarray]] = {}
    with QualityEngine() as engine:
        for rule in PRECEDENCE:
            frame = made.get(rule, good)
            report = engine.analyze(frame, frame_id=100 + len(out))
            if report.first_failure is not rule:
                report = _with_failure(report, rule)
            out[rule] = (report, frame)
    return out


def _model(state: State, report: QualityReport | None, frame: np.ndarray, **kw: Any) -> FlowModel:
    settings = FlowSettings(kiosk_mode=kw.pop("kiosk", False))
    model = dataclasses.replace(initial_model(settings), state=state, since=time.monotonic())
    if report is not None:
        cand = Candidate(report.frame_id, frame, report)
        model = dataclasses.replace(model, latest=cand, last_frame_id=report.frame_id)
        if state is State.ALIGNING and "guidance" not in kw:
            kw["guidance"] = Guidance.from_report(report)
        if state in (State.CAPTURED, State.SUBMITTING):
            kw.setdefault("captured", cand)
    return dataclasses.replace(model, **kw)


def _shoot(window: Any, name: str, app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    widget: QWidget = window
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"  {name}.png")


def main() -> int:
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.runner import make_app
    from kiosk.ui.workers import FramePacket

    app = make_app()
    OUT.mkdir(parents=True, exist_ok=True)
    frames = _frames()
    reports = _analyse(frames)
    good, small, border = reports["good"], reports["small"], reports["border"]
    print(f"writing screenshots to {OUT}")

    for mode in ("staff", "kiosk"):
        kiosk = mode == "kiosk"
        controller = FlowController(
            _StillSource(),
            _no_engine,
            _Service(sandbox=True),
            FlowSettings(kiosk_mode=kiosk),
        )
        window = MainWindow(controller, kiosk=kiosk)
        # Typical live rates for the staff panel's metrics (nothing is playing here).
        window.preview.fps = lambda: 30.0  # type: ignore[method-assign]
        controller.analyses_per_second = lambda: 24.0  # type: ignore[method-assign]
        window.resize(*SIZE)
        window.show()
        if window.panel is not None:
            window.panel.operator_ref.setText("Desk 3")

        def show(
            name: str,
            model: FlowModel,
            frame: np.ndarray,
            now: float = 0.0,
            window: Any = window,
            controller: Any = controller,
            prefix: str = mode,
        ) -> None:
            controller.model = model
            window.preview.show_frame(FramePacket(frame, model.last_frame_id, now))
            window.show_model(model)
            if window.panel is not None:
                window.panel.update_model(model, 30.0, 24.0)
            _shoot(window, f"{prefix}_{name}", app)

        show("attract", _model(State.ATTRACT, reports["empty"], frames["empty"]), frames["empty"])
        show("aligning_too_small", _model(State.ALIGNING, small, frames["small"]), frames["small"])
        show(
            "aligning_near_border",
            _model(State.ALIGNING, border, frames["border"]),
            frames["border"],
        )
        steady = _model(State.STEADY, good, frames["good"], steady_since=-0.6, best=None)
        window.preview.set_model(steady)
        steady = dataclasses.replace(steady, steady_since=time.monotonic() - 0.6)
        show("steady", steady, frames["good"])
        show("captured", _model(State.CAPTURED, good, frames["good"]), frames["good"])
        show("submitting", _model(State.SUBMITTING, good, frames["good"]), frames["good"])
        service = Guidance.from_service(Rule.FACE_TOO_SMALL, SERVICE_MESSAGES[Rule.FACE_TOO_SMALL])
        show(
            "service_rejected",
            _model(State.ALIGNING, good, frames["good"], guidance=service),
            frames["good"],
        )
        results = {
            "verified": SubmitResult(Outcome.VERIFIED, trust_validation_id="9c5281a7-ebaf-4ead"),
            "not_verified": SubmitResult(Outcome.NOT_VERIFIED, trust_validation_id="1f0e-77aa"),
            "review": SubmitResult(Outcome.REVIEW, trust_validation_id="5b2c-0d9e"),
            "error_network": SubmitResult(
                Outcome.ERROR,
                error_kind="network",
                retryable=True,
                message="could not connect to the service",
            ),
            "error_auth": SubmitResult(
                Outcome.ERROR, error_kind="auth", message="Unauthenticated."
            ),
        }
        for name, result in results.items():
            model = _model(State.RESULT, good, frames["good"], result=result)
            if window.panel is not None and name in ("verified", "review"):
                window.panel.add_history(result)
            show(f"result_{name}", model, frames["good"])
        show(
            "no_camera",
            _model(State.NO_CAMERA, None, frames["empty"], camera_ok=False),
            frames["empty"],
        )
        if not kiosk:
            for rule, (report, frame) in _rule_examples(frames).items():
                show(f"guidance_{rule}", _model(State.ALIGNING, report, frame), frame)
            from kiosk.ui import i18n

            i18n.set_language("ms")  # the staff panel follows the language live
            show("aligning_malay", _model(State.ALIGNING, small, frames["small"]), frames["small"])
            i18n.set_language("en")
        if kiosk:
            from kiosk.pin import hash_pin
            from kiosk.ui import i18n
            from kiosk.ui.lock import PinGuard

            i18n.set_language("ms")
            show(
                "attract_malay",
                _model(State.ATTRACT, reports["empty"], frames["empty"]),
                frames["empty"],
            )
            show("aligning_malay", _model(State.ALIGNING, small, frames["small"]), frames["small"])
            i18n.set_language("en")
            show(
                "attract", _model(State.ATTRACT, reports["empty"], frames["empty"]), frames["empty"]
            )
            window.pin_guard = PinGuard(hash_pin("2468", iterations=1000), max_attempts=3)
            window.ask_pin()
            dialog = window.pin_dialog
            assert dialog is not None
            dialog.entry.setText("1111")
            dialog.submit()
            dialog.entry.setText("24")
            app.processEvents()
            _shoot(dialog, "kiosk_pin", app)
            dialog.reject()
        else:
            from kiosk.config import Config
            from kiosk.ui.settings_dialog import SettingsDialog

            settings_dialog = SettingsDialog(Config(), save=lambda c: None, parent=window)
            settings_dialog.show()
            settings_dialog.tabs.setCurrentIndex(1)
            settings_dialog.base_url.setText("http://integrate.idmetagroup.com")
            settings_dialog.try_save()
            _shoot(settings_dialog, "staff_settings", app)
            settings_dialog.reject()
        window.allow_close = True
        if window.guard is not None:
            window.guard.remove()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
