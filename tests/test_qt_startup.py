"""Qt start-up problems are one line and exit 2, never a Qt abort (exit 134): a wrong
DISPLAY, missing xcb libraries (naming the Debian packages), a missing platform plugin; and
PySide6 loads its own plugins whatever OpenCV's cv2 sets. Real subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.ui import qt_platform
from tests import uiapp
from tests.test_run import ROOT, kiosk_env, run_kiosk

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 / ELF")


def kiosk_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kiosk run:")]


@linux_only
@pytest.mark.timeout(60)
def test_a_wrong_display_is_one_line_and_exit_2(tmp_path):
    env = kiosk_env(tmp_path, DISPLAY=":987")  # no X server there
    proc = run_kiosk(["run", "--camera", str(uiapp.WALK_UP_CLIP)], env, timeout=40)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = kiosk_lines(proc.stderr)
    assert len(lines) == 1 and ":987" in lines[0] and "DISPLAY" in lines[0], proc.stderr
    assert "qt.qpa" not in proc.stderr and "Traceback" not in proc.stderr
    assert "cv2" not in proc.stderr and "reinstall" not in proc.stderr.lower()


@pytest.mark.timeout(60)
def test_a_missing_platform_plugin_is_one_line_and_exit_2(tmp_path):
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="nosuchplatform")
    proc = run_kiosk(["run", "--camera", str(uiapp.WALK_UP_CLIP)], env, timeout=40)
    assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
    lines = kiosk_lines(proc.stderr)
    assert len(lines) == 1, proc.stderr
    assert "'nosuchplatform'" in lines[0] and "offscreen" in lines[0]  # what there is
    assert "Traceback" not in proc.stderr and "Aborted" not in proc.stderr


@pytest.mark.timeout(60)
def test_pyside6_uses_its_own_plugins_whatever_cv2_sets(tmp_path):
    code = (
        "import os, cv2\n"
        "before = os.environ.get('QT_QPA_PLATFORM_PLUGIN_PATH', '')\n"
        "from kiosk.ui.runner import make_app\n"
        "app = make_app()\n"
        "print(before); print(os.environ['QT_QPA_PLATFORM_PLUGIN_PATH']);"
        " print(os.environ.get('QT_QPA_FONTDIR', '')); print(app.platformName())\n"
    )
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    # As a cv2 wheel with its own Qt does on import (set here too, whichever cv2 is installed).
    env["QT_QPA_PLATFORM_PLUGIN_PATH"] = str(tmp_path / "cv2" / "qt" / "plugins")
    env["QT_QPA_FONTDIR"] = str(tmp_path / "cv2" / "qt" / "fonts")
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=40,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    before, after, fonts, platform = proc.stdout.splitlines()[-4:]
    assert "cv2" in before
    assert "cv2" not in after and Path(after).parent == qt_platform.plugins_dir()
    assert "cv2" not in fonts
    assert platform == "offscreen"


@linux_only
@pytest.mark.timeout(120)
def test_a_real_x_server_starts_the_app_or_names_the_missing_packages(tmp_path, clips):
    """Under Xvfb: the window opens (and one verification completes), or — where the xcb
    libraries are missing, as on a bare server — one line naming the Debian packages."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("no Xvfb")
    display = f":{70 + os.getpid() % 200}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = kiosk_env(tmp_path, DISPLAY=display, XDG_RUNTIME_DIR=str(tmp_path))
        proc = run_kiosk(["run", "--once", "--camera", str(clips["good"])], env, timeout=90)
    finally:
        server.terminate()
        server.wait()
    missing = qt_platform.missing_libraries(qt_platform.plugins_dir() / "platforms" / "libqxcb.so")
    if missing:
        assert proc.returncode == 2, (proc.returncode, proc.stderr[-2000:])
        lines = kiosk_lines(proc.stderr)
        assert len(lines) == 1 and "apt-get install" in lines[0], proc.stderr
        for package in qt_platform.debian_packages(missing):
            assert package in lines[0]
    else:
        assert proc.returncode == 0, proc.stderr[-2000:]


clips = uiapp.clips  # fixture


@linux_only
def test_missing_libraries_of_a_plugin_are_found_and_mapped_to_packages(tmp_path):
    """A stand-in plugin linked against a library that is then removed."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler")
    (tmp_path / "dep.c").write_text("int kiosk_dep(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text(
        "int kiosk_dep(void);\nint f(void) { return kiosk_dep(); }\n"
    )
    dep = tmp_path / "libkiosk-test-dep.so.0"
    subprocess.run(
        [
            cc,
            "-shared",
            "-fPIC",
            "-o",
            str(dep),
            f"-Wl,-soname,{dep.name}",
            str(tmp_path / "dep.c"),
        ],
        check=True,
    )
    plugin = tmp_path / "libqfake.so"
    subprocess.run(
        [cc, "-shared", "-fPIC", "-o", str(plugin), str(tmp_path / "plugin.c"), str(dep)],
        check=True,
    )
    dep.unlink()
    assert qt_platform.missing_libraries(plugin) == ["libkiosk-test-dep.so.0"]
    assert qt_platform.debian_packages(["libxcb-cursor.so.0", "libxcb-icccm.so.4"]) == [
        "libxcb-cursor0",
        "libxcb-icccm4",
    ]
