"""Render every screen of the app to PNG under docs/screenshots/ (`make screenshots`).

Real widgets, real engine verdicts on frames of the demo walk-up; the flow's model is set
directly so each screen can be shown without waiting for it. Runs offscreen.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.flow import (
    FlowSettings,
    State,
    SubmitResult,
)
from kiosk.quality.report import QualityReport, RuleCheck
from kiosk.quality.rules import DEFAULT_HINTS, PRECEDENCE, Rule
from scripts import screen_catalogue as catalogue
from scripts.make_demo_clip import Key, compose

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


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


def _window(kiosk: bool, size: tuple[int, int]) -> tuple[Any, Any]:
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow

    controller = FlowController(
        _StillSource(),
        _no_engine,
        _Service(sandbox=True),
        FlowSettings(kiosk_mode=kiosk, consent_required=True),
    )
    window = MainWindow(controller, kiosk=kiosk, consent=catalogue.CONSENT)
    # Typical live rates for the staff panel's metrics (nothing is playing here).
    window.preview.fps = lambda: 30.0  # type: ignore[method-assign]
    controller.analyses_per_second = lambda: 24.0  # type: ignore[method-assign]
    window.resize(*size)
    window.show()
    if window.panel is not None:
        window.panel.operator_ref.setText("Desk 3")
        for result in catalogue.history():
            window.panel.add_history(result)
    return controller, window


def _close(window: Any) -> None:
    window.allow_close = True
    if window.guard is not None:
        window.guard.remove()
    window.close()
    window.deleteLater()


def _shoot(widget: QWidget, path: Path, app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path), "PNG", 0)  # (quality 0: the smallest file)
    print(f"  {path.relative_to(OUT)}")


MALAY = ("attract", "consent", "aligning_too_small", "result_not_verified", "no_camera")


def main(argv: list[str] | None = None) -> int:
    """``--size WxH`` (repeatable) renders only those sizes."""
    from kiosk.ui import i18n
    from kiosk.ui.runner import make_app

    args = argv if argv is not None else sys.argv[1:]
    wanted = [args[i + 1] for i, a in enumerate(args) if a == "--size" and i + 1 < len(args)]
    sizes = {k: v for k, v in catalogue.SIZES.items() if not wanted or k in wanted}
    app = make_app()
    frames = _frames()
    reports = _analyse(frames)
    scenes: dict[str, catalogue.Scene] = {k: (reports[k], frames[k]) for k in frames}
    rule_examples = _rule_examples(frames)
    print(f"writing screenshots to {OUT}")
    for size_name, size in sizes.items():
        folder = OUT / size_name
        for mode in ("staff", "kiosk"):
            kiosk = mode == "kiosk"
            controller, window = _window(kiosk, size)
            all_screens = catalogue.screens(kiosk, scenes)
            for screen in all_screens:
                catalogue.show(window, controller, screen)
                _shoot(window, folder / f"{mode}_{screen.name}.png", app)
            i18n.set_language("ms")  # the screens follow the language live
            for screen in all_screens:
                if screen.name in MALAY:
                    catalogue.show(window, controller, screen)
                    _shoot(window, folder / f"{mode}_{screen.name}_ms.png", app)
            i18n.set_language("en")
            if kiosk:
                _pin(window, folder, app)
            else:
                _settings(window, folder, app, scenes["good"][1])
                if size_name == "1366x768":  # the guidance of every rule, at one size
                    for rule, (report, frame) in rule_examples.items():
                        screen = catalogue.Screen(
                            f"guidance_{rule}",
                            catalogue.model(State.ALIGNING, (report, frame), kiosk=False),
                            frame,
                        )
                        catalogue.show(window, controller, screen)
                        _shoot(window, folder / f"staff_{screen.name}.png", app)
            _close(window)
    return 0


def _pin(window: Any, folder: Path, app: QApplication) -> None:
    from kiosk.pin import hash_pin
    from kiosk.ui.lock import PinGuard

    window.locked = True
    window.pin_guard = PinGuard(hash_pin("2468", iterations=1000), max_attempts=5)
    window.ask_pin()
    dialog = window.pin_dialog
    assert dialog is not None
    dialog.entry.setText("1111")
    dialog.submit()
    dialog.entry.setText("24")
    app.processEvents()
    _shoot(dialog, folder / "kiosk_pin.png", app)
    dialog.reject()


def _settings(window: Any, folder: Path, app: QApplication, frame: np.ndarray) -> None:
    from kiosk.camera.devices import CAP_V4L2, CameraDevice
    from kiosk.config import Config
    from kiosk.ui.settings_dialog import SettingsDialog
    from kiosk.ui.workers import FramePacket

    # Two cameras, as on a laptop with a USB camera plugged in (this machine has none).
    cameras = [
        CameraDevice("Integrated Camera", "usb-04f2:b6dd-Integrated-Camera", 0, CAP_V4L2,
                     "/dev/video0", 0x04F2, 0xB6DD, external=False),
        CameraDevice("Logitech BRIO", "usb-046d:085e-9A3C1F2E", 2, CAP_V4L2, "/dev/video2",
                     0x046D, 0x085E, external=True),
    ]  # fmt: skip
    dialog = SettingsDialog(Config(), save=lambda c: None, cameras=lambda: cameras, parent=window)
    dialog.show()
    app.processEvents()
    # The camera in use: its thumbnail shows the running capture's frames, as in the app.
    window.controller.frameArrived.emit(FramePacket(frame, 1, 0.0))
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        name = dialog.tabs.tabText(tab).lower().replace(" ", "_").replace("&", "")
        _shoot(dialog, folder / f"staff_settings_{name}.png", app)
    dialog.tabs.setCurrentIndex(1)
    dialog.base_url.setText("http://integrate.idmetagroup.com")
    dialog.try_save()
    _shoot(dialog, folder / "staff_settings_error.png", app)
    dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
