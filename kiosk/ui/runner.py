"""Starts the Qt application, runs it, and shuts every thread down on the way out."""

from __future__ import annotations

import gc
import json
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.flow import Outcome, SubmitResult
from kiosk.ui.app import Parts, build_parts
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow


class OnceWatcher:
    """`--once`: the first answer (or the clip ending without one) ends the app."""

    def __init__(self, app: QApplication, controller: FlowController, sandbox: bool) -> None:
        self.app, self.controller, self.sandbox = app, controller, sandbox
        self.outcome: Any = None
        controller.answered.connect(self._on_answer)
        controller.sourceEnded.connect(self._on_source_ended)

    def _on_answer(self, result: SubmitResult) -> None:
        from kiosk.api import outcome as out

        if result.outcome is Outcome.CANCELLED or self.outcome is not None:
            return
        if result.detail is not None:
            self.outcome = out.from_result(result.detail, sandbox=self.sandbox)
        else:
            self.outcome = out.from_error(result.error_kind or "protocol", result.message or "")
        self.app.exit(0)  # not quit(): a kiosk window refuses the close that quit() asks for

    def _on_source_ended(self) -> None:
        from kiosk.api import outcome as out

        model = self.controller.model
        if self.outcome is not None or model.in_flight is not None or model.captured is not None:
            return  # an answer is on its way
        latest = model.latest
        if latest is None:
            self.outcome = out.from_error("input", "the camera delivered no frames")
        else:
            self.outcome = out.from_precheck(latest.report)
        self.app.exit(0)  # not quit(): a kiosk window refuses the close that quit() asks for

    def finish(self) -> int:
        from kiosk.api import outcome as out

        outcome = self.outcome or out.from_error("network", "the app closed before a result")
        print(outcome.summary, file=sys.stderr)
        print(json.dumps(outcome.to_json()), flush=True)
        return int(outcome.exit_code)


def make_app() -> QApplication:
    from kiosk.ui.icons import app_icon
    from kiosk.ui.theme import STYLESHEET

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("IDmeta Kiosk")
    app.setOrganizationName("IDmeta")
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same look on every OS; the stylesheet does the rest
    app.setStyleSheet(STYLESHEET)
    return app


def run_app(cfg: Any, *, mode: str, camera: str | None, once: bool) -> int:
    from kiosk.ui import i18n

    app = make_app()
    kiosk = mode == "kiosk"
    if cfg.ui.language != "en" and not i18n.set_language(cfg.ui.language):
        print(f"kiosk run: no translation for {cfg.ui.language!r}; using English", file=sys.stderr)
    parts = build_parts(cfg, kiosk=kiosk, camera=camera, once=once)
    if parts.note:
        print(f"kiosk run: {parts.note}", file=sys.stderr)
    controller, window = build_window(parts, cfg, kiosk=kiosk)
    freeze_startup_objects_on_first_analysis(controller)
    watcher = OnceWatcher(app, controller, parts.submitter.is_sandbox) if once else None
    controller.engineFailed.connect(lambda msg: _fatal(app, f"quality engine failed: {msg}"))
    if kiosk:
        window.showFullScreen()
    else:
        window.show()
    _start_after_camera_permission(app, controller, parts)
    try:
        code = app.exec()
    finally:
        controller.shutdown()
        window.close_sound()
    return watcher.finish() if watcher else int(code)


def freeze_startup_objects_on_first_analysis(controller: FlowController) -> None:
    """When the engine has answered (everything is loaded), move every object alive then —
    Qt wrappers, models, the engine — out of the cyclic garbage collector's reach with
    ``gc.freeze()``.

    A full collection holds the GIL — every Python thread stops, the GUI's too — for as long
    as it takes to scan the objects it tracks: ~100,000 after start-up, 40-100 ms on a 2-core
    machine. One came ~6 s after start (and more later, each time the long-lived objects grew
    by a quarter): the longest GUI-thread stall of the app benchmark. Frozen, a full
    collection scans only what was made since (~0 ms here). Frozen objects are still freed by
    reference counting; only cycles among them would never be collected (no collection
    first: that would be the very stall this avoids, and start-up leaves few garbage cycles)."""
    frozen = False

    def freeze(_packet: object) -> None:
        nonlocal frozen
        if not frozen:
            frozen = True
            gc.freeze()

    controller.analysis.analysed.connect(freeze)


def _start_after_camera_permission(
    app: QApplication, controller: FlowController, parts: Parts
) -> None:
    """On macOS, ask for the camera through Qt (not OpenCV) before opening it."""
    from kiosk.camera.webcam import WebcamSource

    if sys.platform != "darwin" or not isinstance(parts.source, WebcamSource):
        controller.start()
        return
    from PySide6.QtCore import QCameraPermission, Qt

    permission = QCameraPermission()
    status = app.checkPermission(permission)
    if status == Qt.PermissionStatus.Granted:
        controller.start()
    elif status == Qt.PermissionStatus.Undetermined:
        app.requestPermission(
            permission, lambda _p: _start_after_camera_permission(app, controller, parts)
        )
    else:  # denied: the flow shows "Camera not available"; say why for staff
        print(
            "kiosk run: camera access denied (System Settings → Privacy → Camera)", file=sys.stderr
        )
        controller.dispatch_camera_denied()


def build_window(parts: Parts, cfg: Any, *, kiosk: bool) -> tuple[FlowController, MainWindow]:
    controller = FlowController(parts.source, parts.make_analyzer, parts.submitter, parts.settings)
    from kiosk.ui.lock import PinGuard

    guard = PinGuard(
        cfg.kiosk.pin_hash,
        max_attempts=cfg.kiosk.max_pin_attempts,
        lockout_s=cfg.kiosk.lockout_s,
    )
    window = MainWindow(
        controller,
        kiosk=kiosk,
        mirror=cfg.camera.mirror_preview,
        sound=cfg.ui.sound,
        pin_guard=guard,
    )
    window.settingsRequested.connect(lambda: open_settings(window, cfg))
    return controller, window


def open_settings(window: MainWindow, cfg: Any) -> None:
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(getattr(window, "config", cfg), parent=window)
    dialog.saved.connect(lambda new: _apply_settings(window, new))
    dialog.open()


def _apply_settings(window: MainWindow, new: Any) -> None:
    """What a saved settings dialog changes at once: language, sound and the flow's timing
    (camera and service changes wait for the next start, as the dialog says)."""
    from kiosk.ui import i18n
    from kiosk.ui.app import flow_settings

    window.config = new  # type: ignore[attr-defined]
    i18n.set_language(new.ui.language)
    window.sound = new.ui.sound
    window.controller.apply_settings(flow_settings(new, window.kiosk))


def _fatal(app: QApplication, message: str) -> None:
    print(f"kiosk run: {message}", file=sys.stderr)
    app.exit(1)


__all__ = ["Outcome", "run_app"]
