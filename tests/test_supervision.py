"""Supervised workers: each failure is injected into the real app (real engine, real
threads, the sandbox on loopback) and the kiosk is watched coming back. The log gets the
traceback; repeated failures show the out-of-service screen until the part works again;
a camera read that hangs never holds up the exit."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from kiosk import logs
from kiosk.flow import State
from kiosk.ui import texts
from kiosk.ui.sound import SystemCuePlayer
from tests import uiapp
from tests.test_ui_camera import UnpluggableCamera

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def log_file(tmp_path):
    import sys

    hooks = (sys.excepthook, threading.excepthook)
    path = logs.setup_logging("test-kiosk", "info", tmp_path / "logs")
    yield path
    logs.close_logging()
    sys.excepthook, threading.excepthook = hooks


def entries(path: Path) -> list[dict]:
    return list(logs.read_lines(path)) if path.exists() else []


class FlakyEngine:
    """The real engine, made to raise while ``failing`` is set (the injected fault)."""

    failing = threading.Event()

    def __init__(self, real) -> None:
        self.real = real

    def analyze(self, frame, timestamp_ms=None, frame_id=0):
        if self.failing.is_set():
            raise RuntimeError("injected engine fault")
        return self.real.analyze(frame, timestamp_ms=timestamp_ms, frame_id=frame_id)

    def close(self) -> None:
        self.real.close()


def flaky_app(qtbot, clip):
    import dataclasses

    from kiosk.camera.video import VideoFileSource
    from kiosk.config import Config
    from kiosk.submission import ApiSubmitter
    from kiosk.ui.app import engine_factory
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow

    cfg = Config()
    real = engine_factory(cfg)
    settings = dataclasses.replace(uiapp.FAST, kiosk_mode=True)
    controller = FlowController(
        VideoFileSource(clip, loop=True),
        lambda: FlakyEngine(real()),
        ApiSubmitter(cfg),
        settings,
    )
    window = MainWindow(controller, kiosk=True, cue_player=uiapp.RecordingPlayer())
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    controller.start()
    _made.append((controller, window))
    return controller, window


_made: list = []


@pytest.fixture(autouse=True)
def _shut_down_made():
    yield
    while _made:
        controller, window = _made.pop()
        controller.shutdown()
        window.allow_close = True


def test_an_engine_that_raises_is_logged_restarted_and_out_of_service_until_it_works(
    qtbot, make_app, clips, log_file
):
    controller, window = flaky_app(qtbot, clips["good"])
    qtbot.waitUntil(lambda: controller.analysis.analyses > 3, timeout=20_000)

    FlakyEngine.failing.set()
    try:
        qtbot.waitUntil(lambda: controller.model.state is State.OUT_OF_SERVICE, timeout=15_000)
        assert controller.analysis.isRunning(), "the analysis worker must not die"
        assert "quality engine keeps failing" in controller.model.out_of_service
        window.preview.grab()  # paints the out-of-service screen
        assert texts.out_of_service_title() == "Out of service"
    finally:
        FlakyEngine.failing.clear()
    before = controller.analysis.analyses
    qtbot.waitUntil(lambda: controller.analysis.analyses > before, timeout=20_000)
    qtbot.waitUntil(lambda: controller.model.state is not State.OUT_OF_SERVICE, timeout=5000)
    assert controller.faults == {}

    lines = entries(log_file)
    failed = [e for e in lines if e["event"] == "analysis_failed"]
    assert len(failed) >= 3
    assert "RuntimeError: injected engine fault" in failed[0]["traceback"]
    assert failed[0]["component"] == "analysis" and failed[0]["kiosk_id"] == "test-kiosk"
    events = [e["event"] for e in lines]
    assert "out_of_service" in events and "back_in_service" in events


class CloseFails(UnpluggableCamera):
    """A camera whose close() raises once after a read error: the capture loop itself
    fails (not just the camera), and the worker must restart it."""

    def __init__(self, clip) -> None:
        super().__init__(clip)
        self.reads = 0
        self.close_failures = 0

    def read(self) -> np.ndarray:
        self.reads += 1
        if self.reads == 20:
            raise ValueError("injected read fault")
        return super().read()

    def close(self) -> None:
        if self.reads >= 20 and self.close_failures == 0:
            self.close_failures += 1
            raise OSError("injected close fault")


def test_a_failing_capture_loop_is_restarted_and_frames_keep_coming(
    qtbot, make_app, clips, log_file
):
    camera = CloseFails(clips["good"])
    controller, _window = make_app(clips["good"], source=camera)
    qtbot.waitUntil(lambda: controller.capture.failures == 1, timeout=20_000)
    frames = controller.capture.frames
    qtbot.waitUntil(lambda: controller.capture.frames > frames + 10, timeout=10_000)
    assert controller.capture.isRunning()
    lines = entries(log_file)
    read = [e for e in lines if e["event"] == "camera_read_failed"]
    assert read and "ValueError: injected read fault" in read[0]["traceback"]
    loop = [e for e in lines if e["event"] == "capture_failed"]
    assert loop and "OSError: injected close fault" in loop[0]["traceback"]


class LoopKeepsFailing(UnpluggableCamera):
    """While ``broken`` is set every read fails and so does every close(): the capture loop
    itself dies each time it runs (not only the camera), over and over."""

    def __init__(self, clip) -> None:
        super().__init__(clip)
        self.broken = threading.Event()

    def read(self) -> np.ndarray:
        if self.broken.is_set():
            raise ValueError("injected read fault")
        return super().read()

    def close(self) -> None:
        if self.broken.is_set():
            raise OSError("injected close fault")


def test_a_capture_loop_that_keeps_failing_is_out_of_service_until_it_works(
    qtbot, make_app, clips, log_file
):
    camera = LoopKeepsFailing(clips["good"])
    controller, _window = make_app(clips["good"], source=camera, kiosk=True)
    qtbot.waitUntil(lambda: controller.capture.frames > 10, timeout=20_000)
    camera.broken.set()
    try:
        qtbot.waitUntil(lambda: controller.model.state is State.OUT_OF_SERVICE, timeout=20_000)
        assert controller.capture.failures >= 3 and controller.capture.isRunning()
        assert "capture keeps failing: OSError" in controller.model.out_of_service
    finally:
        camera.broken.clear()
    frames = controller.capture.frames
    qtbot.waitUntil(lambda: controller.capture.frames > frames + 10, timeout=20_000)
    qtbot.waitUntil(lambda: controller.model.state is not State.OUT_OF_SERVICE, timeout=5000)
    assert controller.faults == {}
    events = [e["event"] for e in entries(log_file)]
    assert events.count("capture_failed") >= 3
    assert "out_of_service" in events and "back_in_service" in events


class HangingCamera:
    description = "hanging camera"
    fps = 30.0

    def __init__(self) -> None:
        self.release = threading.Event()
        self.reading = threading.Event()

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        self.reading.set()
        self.release.wait(60)  # a driver that never returns
        raise RuntimeError("released")

    def close(self) -> None: ...


def test_a_camera_read_that_hangs_never_holds_up_shutdown(qtbot, make_app, clips, log_file):
    camera = HangingCamera()
    controller, _window = make_app(clips["good"], source=camera)
    assert camera.reading.wait(10)
    started = time.monotonic()
    controller.shutdown()
    took = time.monotonic() - started
    camera.release.set()
    assert took < 4.0, f"shutdown took {took:.1f} s"
    assert any(e["event"] == "stop_timeout" for e in entries(log_file))


def test_a_sound_cue_that_raises_is_logged_and_the_next_one_plays(tmp_path, log_file):
    played: list[str] = []

    def run(command) -> None:
        if not played:
            played.append("failed")
            raise ValueError("injected player fault")
        played.append(Path(command[-1]).stem)

    sounds = {k: tmp_path / f"{k}.wav" for k in ("capture", "result")}
    for path in sounds.values():
        path.write_bytes(b"RIFF")
    player = SystemCuePlayer(
        platform="linux", which=lambda name: f"/usr/bin/{name}", run=run, sounds=sounds.__getitem__
    )
    try:
        player.play("capture")
        deadline = time.monotonic() + 5
        while player.failures == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.4)  # the backoff after the failure
        player.play("result")
        while "result" not in played and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        player.close()
    assert played == ["failed", "result"]
    failed = [e for e in entries(log_file) if e["event"] == "sound_failed"]
    assert failed and "ValueError: injected player fault" in failed[0]["traceback"]


def test_a_submitter_that_raises_is_an_error_result_with_its_traceback_logged(
    qtbot, make_app, clips, log_file
):
    controller, _window = make_app(clips["good"])

    def broken(*_args):
        raise KeyError("injected submit fault")

    controller.submitter.submit = broken  # the fault, injected into the real submitter
    with qtbot.waitSignal(controller.answered, timeout=30_000) as answer:
        pass
    assert answer.args[0].error_kind == "internal"
    failed = [e for e in entries(log_file) if e["event"] == "submit_failed"]
    assert failed and "KeyError: 'injected submit fault'" in failed[0]["traceback"]


HOOK_SCRIPT = """
import sys, threading
from kiosk import logs
logs.setup_logging("hook-kiosk", "info", __import__("pathlib").Path(sys.argv[1]))
from PySide6.QtCore import QCoreApplication, qWarning
from kiosk.ui.qt_log import install_qt_message_handler
app = QCoreApplication([])
install_qt_message_handler()
qWarning("injected qt warning")
t = threading.Thread(target=lambda: 1 / 0, name="worker-x")
t.start(); t.join()
raise LookupError("injected main-thread fault")
"""


def test_uncaught_exceptions_of_any_thread_and_qt_messages_go_to_the_log(tmp_path):
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", HOOK_SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=uiapp.ROOT,
    )
    assert proc.returncode == 1
    lines = [json.loads(line) for line in (tmp_path / logs.LOG_FILE).read_text().splitlines()]
    by_event = {e["event"]: e for e in lines}
    assert "ZeroDivisionError" in by_event["thread_died"]["traceback"]
    assert "worker-x" in by_event["thread_died"]["message"]
    assert "LookupError: injected main-thread fault" in by_event["uncaught_exception"]["traceback"]
    qt = [e for e in lines if e["component"] == "qt"]
    assert qt and qt[0]["message"] == "injected qt warning" and qt[0]["level"] == "warning"
    assert all(e["kiosk_id"] == "hook-kiosk" for e in lines)
