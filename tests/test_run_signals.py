"""`kiosk run` ends on Ctrl+C (SIGINT) and SIGTERM within 3 s in every state, cancelling a
submission in flight (exit 130 / 143), and one kiosk runs per camera. Real processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests import uiapp
from tests.test_run import ROOT, kiosk_env, run_kiosk

clips = uiapp.clips  # fixture

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
MISSING_CAMERA = "63"  # no /dev/video63 here: the no-camera screen, reconnecting


class Kiosk:
    """`kiosk run ...` in the background; stderr collected line by line."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk.cli", *args],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never said; stderr: {self.lines[-20:]}")

    def stop(self, signum: int, within: float = 3.0) -> tuple[int, float, str]:
        """Send ``signum``; (exit code, seconds it took, stdout)."""
        sent = time.monotonic()
        self.proc.send_signal(signum)
        try:
            self.proc.wait(timeout=within + 10)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError(f"still running {within + 10:.0f} s after {signum}") from None
        took = time.monotonic() - sent
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()  # (stdout is a few lines: nothing blocks on it)
        self._reader.join(2)
        return self.proc.returncode, took, out

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    # The camera lock folder is the test's own (XDG_RUNTIME_DIR): no clash with a kiosk
    # running on this machine.
    runtime = tmp_path / "run"
    runtime.mkdir()
    return kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_ends_the_no_camera_screen_within_3_s(env, signum, code):
    kiosk = Kiosk(["run", "--camera", MISSING_CAMERA], env)
    try:
        kiosk.wait_for("camera unavailable (not_found)")  # the log says why
        time.sleep(0.5)
        returncode, took, _ = kiosk.stop(signum)
    finally:
        kiosk.kill()
    assert returncode == code, kiosk.lines[-10:]
    assert took < 3.0, f"took {took:.1f} s"
    text = "\n".join(kiosk.lines)
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    assert "stopped by SIG" in text


@pytest.mark.timeout(120)
def test_ctrl_c_right_at_start_ends_without_a_traceback(env, clips):
    kiosk = Kiosk(["run", "--camera", str(clips["good"])], env)
    try:
        time.sleep(1.0)  # starting up: Qt, the sandbox, the engine loading
        returncode, took, _ = kiosk.stop(signal.SIGINT)
    finally:
        kiosk.kill()
    assert returncode == 130 and took < 3.0, (returncode, took, kiosk.lines[-10:])
    assert not any("Traceback" in line for line in kiosk.lines), kiosk.lines


@pytest.mark.timeout(180)
def test_sigterm_cancels_the_submission_in_flight_and_says_so(env, clips):
    from kiosk.sandbox import SandboxServer

    with SandboxServer(port=0, token="t-123", scenario="slow", slow_s=60) as service:
        env.update(
            KIOSK_API_BASE_URL=service.base_url, KIOSK_API_TOKEN="t-123", KIOSK_TRUST_FLOW_ID="9"
        )
        kiosk = Kiosk(["run", "--once", "--camera", str(clips["good"])], env)
        try:
            deadline = time.monotonic() + 90
            while service.count("biometrics") == 0 and time.monotonic() < deadline:
                assert kiosk.proc.poll() is None, kiosk.lines[-10:]
                time.sleep(0.1)
            assert service.count("biometrics") == 1, "no submission was started"
            time.sleep(0.3)
            returncode, took, out = kiosk.stop(signal.SIGTERM)
        finally:
            kiosk.kill()
        finalized = service.count("finalize")
    assert returncode == 143 and took < 3.0, (returncode, took, kiosk.lines[-10:])
    last = json.loads(out.strip().splitlines()[-1])
    assert last["outcome"] == "cancelled" and last["exit_code"] == 143
    assert "cancelled" in last["message"]
    assert any("the submission in flight was cancelled" in line for line in kiosk.lines)
    assert finalized == 0  # nothing more was sent
    assert "t-123" not in out + "\n".join(kiosk.lines)


@pytest.mark.timeout(120)
def test_a_second_kiosk_on_the_same_camera_says_who_holds_it_and_exits_2(env):
    first = Kiosk(["run", "--camera", MISSING_CAMERA], env)
    try:
        first.wait_for("camera unavailable")
        second = run_kiosk(["run", "--once", "--camera", MISSING_CAMERA], env, timeout=60)
        returncode, _, _ = first.stop(signal.SIGTERM)
    finally:
        first.kill()
    assert second.returncode == 2, second.stderr
    lines = [line for line in second.stderr.splitlines() if line.startswith("kiosk run:")]
    assert len(lines) == 1, second.stderr
    assert f"PID {first.proc.pid}" in lines[0] and "camera 63" in lines[0]
    assert json.loads(second.stdout.strip().splitlines()[-1])["exit_code"] == 2
    assert returncode == 143


@pytest.mark.timeout(60)
def test_a_lock_left_by_a_dead_kiosk_is_taken_over(env):
    from kiosk.camera.instance_lock import CameraLock, lock_dir

    folder = lock_dir(env)
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock = CameraLock(MISSING_CAMERA, "camera 63", folder)
    lock.path.parent.mkdir(parents=True, exist_ok=True)
    lock.path.write_text(dead.stdout)  # a kiosk that was killed left its PID behind
    with lock:
        assert lock.path.read_text().strip() == str(os.getpid())
