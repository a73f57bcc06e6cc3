"""Starts the Qt application, runs it, and shuts every thread down on the way out.

Before any window: Qt's platform is checked (one line instead of a Qt abort), the
``[quality]`` thresholds and the models are checked (exit 20 / 2), and the camera is
claimed (one kiosk per camera, exit 2). Ctrl+C and SIGTERM end the run in every state.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.camera import CameraUnavailable
from kiosk.flow import Outcome, State
from kiosk.ui.app import Parts, build_parts, choose_source
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.signals import NAMES, StopSignals

log = logging.getLogger("kiosk.run")


def make_app() -> QApplication:
    from kiosk.memory import limit_arenas
    from kiosk.native_threads import size_opencv_pool
    from kiosk.ui.fonts import register_bundled_fonts
    from kiosk.ui.icons import app_icon
    from kiosk.ui.qt_platform import use_own_plugins
    from kiosk.ui.theme import STYLESHEET

    if QApplication.instance() is None:
        use_own_plugins()  # whatever cv2 set: PySide6's own platform plugins
    size_opencv_pool()  # a small machine: no OpenCV worker threads spinning beside ours
    limit_arenas()  # before the worker threads: freed frames do not pile up in 8 arenas
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("IDmeta Kiosk")
    app.setOrganizationName("IDmeta")
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same look on every OS; the stylesheet does the rest
    app.setStyleSheet(STYLESHEET)
    register_bundled_fonts()  # Thai, Tamil, Arabic, Chinese where the system lacks them
    return app


def run_app(
    cfg: Any, *, mode: str, camera: str | None, once: bool, stops: StopSignals | None = None
) -> int:
    """``stops``: the caller's stop-signal handling (installed early); else installed here."""
    if stops is not None:
        return _run(cfg, mode=mode, camera=camera, once=once, stops=stops)
    own = StopSignals().install()
    try:
        return _run(cfg, mode=mode, camera=camera, once=once, stops=own)
    finally:
        own.uninstall()


def _run(cfg: Any, *, mode: str, camera: str | None, once: bool, stops: StopSignals) -> int:
    from kiosk.api import outcome as out
    from kiosk.ui import i18n
    from kiosk.ui.qt_platform import startup_problem, use_own_plugins

    if QApplication.instance() is None:
        use_own_plugins()
        problem = startup_problem()
        if problem:
            print(f"kiosk run: {problem}", file=sys.stderr)
            return 2
    failure = engine_problem(cfg)
    if failure is not None:
        return _fail_before_start(failure, once)
    stops.checkpoint()
    source, note = choose_source(camera, cfg, loop=not once)
    from kiosk.camera.instance_lock import CameraInUse

    try:
        lock = claim_camera(source)
    except CameraInUse as exc:
        return _fail_before_start(out.from_error("input", str(exc)), once)
    try:
        stops.checkpoint()
        app = make_app()
        from kiosk.ui.qt_log import install_qt_message_handler

        install_qt_message_handler()
        kiosk = mode == "kiosk"
        if cfg.ui.language != "en" and not i18n.set_language(cfg.ui.language):
            print(
                f"kiosk run: no translation for {cfg.ui.language!r}; using English",
                file=sys.stderr,
            )
        parts = build_parts(cfg, kiosk=kiosk, camera=camera, once=once, source=source)
        if note:
            print(f"kiosk run: {note}", file=sys.stderr)
        parts.audit = make_audit(cfg, mode)
        host = WindowHost(parts, cfg, kiosk=kiosk)
        controller = host.controller
        freeze_startup_objects_on_first_analysis(controller)
        watcher = None
        if once:
            from kiosk.ui.once import OnceWatcher

            watcher = OnceWatcher(app, controller, parts.submitter.is_sandbox)
        controller.engineFailed.connect(lambda msg: _engine_failed(app, watcher, msg))
        if not once:  # (--once ends with its one line, which says why)
            controller.cameraProblem.connect(_log_camera)
        controller.faultsChanged.connect(_log_faults)
        stopping: dict[str, bool] = {}
        stops.while_running(app, lambda signum: _stop(app, controller, signum, stopping))
        from kiosk.ui.fleet_metrics import start_fleet_metrics

        fleet = start_fleet_metrics(cfg, controller, lambda: host.window)
        from kiosk.ui.camera_watch import start_camera_watch

        cameras = None if once else start_camera_watch(lambda: host.window)  # plugged in/out
        host.show()
        _start_after_camera_permission(app, controller, parts)
        try:
            # A signal during start-up: straight to the shutdown below.
            code = 128 + stops.received if stops.received is not None else app.exec()
        finally:
            if fleet is not None:
                fleet.stop()
            if cameras is not None:
                cameras.stop()
            controller.shutdown()
            host.window.close_sound()
        if stops.received is not None:
            return _report_stop(stops.received, stopping.get("cancelled", False), once)
        if watcher is not None:
            return watcher.finish()
        return int(code)
    finally:
        if lock is not None:
            lock.release()


def make_audit(cfg: Any, mode: str) -> Any:
    """The audit trail, next to the log (KIOSK_LOG_DIR, else the platform's log folder)."""
    from kiosk.audit import AuditTrail
    from kiosk.logs import log_dir

    return AuditTrail(log_dir(), cfg.api.kiosk_id, mode)


def engine_problem(cfg: Any) -> Any:
    """A ``[quality]`` value the engine refuses (configuration, exit 20) or a missing or
    corrupt model (exit 2), before any window opens; None when both are fine."""
    from kiosk.api import outcome as out
    from kiosk.quality.models import ModelError, bundled_models
    from kiosk.quality.thresholds import QualityThresholds

    try:
        QualityThresholds.from_overrides(dict(cfg.quality))
    except (ValueError, TypeError) as exc:
        return out.from_error("config", str(exc))
    try:
        bundled_models()
    except ModelError as exc:
        return out.from_error(out.MODEL_ERROR_KIND, str(exc))
    return None


def claim_camera(source: Any) -> Any:
    """A webcam is claimed for this process (files and folders are not cameras)."""
    from kiosk.camera.instance_lock import CameraLock
    from kiosk.camera.webcam import WebcamSource

    if not isinstance(source, WebcamSource):
        return None
    return CameraLock(str(source.device), source.description).acquire()


def _fail_before_start(outcome: Any, once: bool) -> int:
    print(f"kiosk run: {outcome.summary}", file=sys.stderr)
    if once:
        print(json.dumps(outcome.to_json()), flush=True)
    return int(outcome.exit_code)


def _log_camera(problem: CameraUnavailable | None) -> None:
    if problem is not None:
        log.warning(
            "camera unavailable (%s): %s",
            problem.problem,
            problem.explain(),
            extra={"event": "camera_unavailable"},
        )
        print(
            f"kiosk run: camera unavailable ({problem.problem}): {problem.explain()}",
            file=sys.stderr,
            flush=True,
        )


def _log_faults(faults: dict[str, str]) -> None:
    what = "; ".join(faults.values()) if faults else ""
    line = f"out of service: {what}" if faults else "back in service"
    print(f"kiosk run: {line}", file=sys.stderr, flush=True)


def _stop(app: QApplication, controller: FlowController, signum: int, state: dict) -> None:
    """A stop signal in the event loop: cancel what is in flight, then end the loop."""
    model = controller.model
    if model.in_flight is not None or model.state in (State.CAPTURED, State.SUBMITTING):
        state["cancelled"] = True
        controller.cancel()  # aborts the request at once (its connection is closed)
    app.exit(128 + signum)


def _report_stop(signum: int, cancelled: bool, once: bool) -> int:
    from kiosk.api import outcome as out

    what = "; the submission in flight was cancelled" if cancelled else ""
    message = f"stopped by {NAMES.get(signum, signum)}{what}"
    code = out.ExitCode.INTERRUPTED if signum == 2 else out.ExitCode.TERMINATED
    outcome = out.from_cancelled(message, code)
    print(f"kiosk run: {message}", file=sys.stderr, flush=True)
    if once:
        print(json.dumps(outcome.to_json()), flush=True)
    return 128 + signum


def _engine_failed(app: QApplication, watcher: Any, message: str) -> None:
    from kiosk.api import outcome as out

    outcome = out.from_error(out.MODEL_ERROR_KIND, f"the quality engine failed: {message}")
    if watcher is not None:
        watcher.finish_with(outcome)
        return
    print(f"kiosk run: {outcome.summary}", file=sys.stderr)
    app.exit(int(outcome.exit_code))


TRACE_STARTUP_ENV = "KIOSK_TRACE_STARTUP"  # set: one stderr line at the first analysis


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
            if os.environ.get(TRACE_STARTUP_ENV):  # scripts/startup_time.py waits for it
                print("kiosk run: first analysis", file=sys.stderr, flush=True)

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
        from kiosk.camera.diagnose import PERMISSION_ADVICE

        controller.dispatch_camera_denied(PERMISSION_ADVICE["darwin"])


def make_guard(cfg: Any) -> Any:
    from kiosk.ui.lock import PinGuard

    return PinGuard(
        cfg.kiosk.pin_hash,
        max_attempts=cfg.kiosk.max_pin_attempts,
        lockout_s=cfg.kiosk.lockout_s,
    )


def make_window(controller: FlowController, cfg: Any, *, kiosk: bool) -> MainWindow:
    window = MainWindow(
        controller,
        kiosk=kiosk,
        mirror=cfg.camera.mirror_preview,
        sound=cfg.ui.sound,
        pin_guard=make_guard(cfg),
        consent=cfg.consent,
        speech=make_speech(cfg),
    )
    window.config = cfg  # type: ignore[attr-defined]
    if cfg.ui.large_text:
        use_large_text(window)
    window.settingsRequested.connect(lambda: open_settings(window, cfg))
    return window


class WindowHost:
    """The one window of the run; "Leave kiosk mode" replaces the kiosk window with a staff
    window on the same camera, flow and service."""

    def __init__(self, parts: Parts, cfg: Any, *, kiosk: bool) -> None:
        self.controller = FlowController(
            parts.source, parts.make_analyzer, parts.submitter, parts.settings, audit=parts.audit
        )
        self.window = self._make(cfg, kiosk)

    def _make(self, cfg: Any, kiosk: bool) -> MainWindow:
        window = make_window(self.controller, cfg, kiosk=kiosk)
        window.leaveKioskRequested.connect(self._to_staff_mode)
        return window

    def show(self) -> None:
        if self.window.kiosk:
            self.window.show_kiosk()  # full screen, also without a window manager
        else:
            self.window.show()

    def _to_staff_mode(self) -> None:
        old = self.window
        cfg = getattr(old, "config", None)
        self.controller.set_kiosk_mode(False)
        self.window = self._make(cfg, kiosk=False)
        self.window.show()  # before the kiosk window closes: the app must not quit
        old.deleteLater()


def build_window(parts: Parts, cfg: Any, *, kiosk: bool) -> tuple[FlowController, MainWindow]:
    host = WindowHost(parts, cfg, kiosk=kiosk)
    return host.controller, host.window


def make_speech(cfg: Any) -> Any:
    """ui.speech: spoken guidance through the OS's engine (None when off)."""
    if not cfg.ui.speech:
        return None
    from kiosk.ui.speech import SpeechGuide, system_engine

    return SpeechGuide(system_engine(), lambda _kind: None, volume=cfg.ui.speech_volume)


def use_large_text(window: MainWindow) -> None:
    """ui.large_text: the app's stylesheet, the window's own styles and its painted words
    1.3 times as large (dialogs it opens follow: window.text_scale)."""
    from kiosk.ui.theme import LARGE_TEXT_SCALE, STYLESHEET, enlarge, scale_css

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(scale_css(STYLESHEET, LARGE_TEXT_SCALE))
    window.text_scale = LARGE_TEXT_SCALE
    enlarge(window, LARGE_TEXT_SCALE)


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
    window.set_pin_guard(make_guard(new))
    window.controller.apply_settings(flow_settings(new, window.kiosk))


__all__ = ["Outcome", "run_app"]
