"""The windows in a real X server (Xvfb, no window manager — as many kiosks run): kiosk
mode fills the screen at 1920x1080 and 1080x1920 (it stayed at its own size in a corner),
staff mode fits a 1366x768 screen with the panel not scrolling. Skipped without Xvfb."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")

PROBE = """
import json, sys, time
from PySide6.QtWidgets import QApplication
from kiosk.flow import FlowSettings
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import STYLESHEET
from tests import fakes

app = QApplication([])
app.setStyleSheet(STYLESHEET)
kiosk = sys.argv[1] == "kiosk"
controller = FlowController(
    fakes.IdleSource(), fakes.no_engine, fakes.NoService(), FlowSettings(kiosk_mode=kiosk)
)
window = MainWindow(controller, kiosk=kiosk)
window.show_kiosk() if kiosk else window.show()
end = time.monotonic() + 1.5
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.02)
g = window.geometry()
out = {"platform": app.platformName(), "window": [g.x(), g.y(), g.width(), g.height()]}
if window.panel is not None:
    out["panel_scroll"] = window.panel.middle_scroll.verticalScrollBar().maximum()
    s = window.panel.settings_button
    p = s.mapTo(window, s.rect().bottomRight())
    out["settings_bottom"] = p.y()
window.allow_close = True
if window.guard is not None:
    window.guard.remove()
print(json.dumps(out))
"""


@pytest.fixture
def xserver(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    size = request.param
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        if not socket.exists():
            pytest.skip("Xvfb did not start")
        yield display, size
    finally:
        server.terminate()
        server.wait(timeout=5)


def probe(display: str, mode: str, tmp_path: Path) -> dict[str, object]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(tmp_path))
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    tmp_path.chmod(0o700)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0 and "xcb" in done.stderr and "could not" in done.stderr.lower():
        pytest.skip(f"Qt cannot open the X display: {done.stderr.strip()[-200:]}")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("xserver", ["1920x1080", "1080x1920", "1366x768"], indirect=True)
def test_kiosk_mode_fills_a_real_x_screen_without_a_window_manager(xserver, tmp_path):
    display, size = xserver
    out = probe(display, "kiosk", tmp_path)
    assert out["platform"] == "xcb"
    w, h = (int(v) for v in size.split("x"))
    assert out["window"] == [0, 0, w, h]


@pytest.mark.parametrize("xserver", ["1366x768"], indirect=True)
def test_staff_mode_fits_a_real_1366x768_screen(xserver, tmp_path):
    display, _ = xserver
    out = probe(display, "staff", tmp_path)
    window = out["window"]
    assert isinstance(window, list)
    w, h = int(window[2]), int(window[3])
    assert w <= 1366 and h <= 768
    assert out["panel_scroll"] == 0  # history and Settings in view, nothing to scroll
    assert int(str(out["settings_bottom"])) <= h
