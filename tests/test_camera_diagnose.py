"""Why a camera is unavailable: each reason named, with what to do (issue 8: "the reason is
computed and dropped"). Real device-node checks on files standing in for /dev/videoN, and
real processes holding them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.camera import CameraUnavailable
from kiosk.camera.diagnose import holders, webcam_problem
from kiosk.camera.source import CameraProblem
from kiosk.camera.webcam import WebcamSource

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="V4L2 device nodes")
ROOT = Path(__file__).resolve().parent.parent


def hold_open(path: Path) -> subprocess.Popen:
    """Another program with ``path`` open, until killed."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"f = open({str(path)!r}, 'rb'); print('held', flush=True); "
            "import time; time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


@linux_only
def test_a_webcam_that_does_not_exist_is_not_found_with_what_to_do():
    source = WebcamSource(63)
    with pytest.raises(CameraUnavailable) as caught:
        source.open()
    exc = caught.value
    assert exc.problem is CameraProblem.NOT_FOUND
    assert "/dev/video63" in exc.message and "plugged in" in exc.advice
    assert "--camera" in exc.explain()


@linux_only
def test_a_webcam_gone_after_delivering_frames_was_unplugged(tmp_path):
    exc = webcam_problem(3, was_open=True, label="camera 3", path=tmp_path / "video3")
    assert exc.problem is CameraProblem.UNPLUGGED
    assert "unplugged" in exc.message and "Plug the camera back in" in exc.advice


@linux_only
def test_a_webcam_held_by_another_program_names_that_program(tmp_path):
    device = tmp_path / "video5"
    device.write_bytes(b"")
    other = hold_open(device)
    try:
        assert any(pid == other.pid for pid, _ in holders(device))
        exc = webcam_problem(5, was_open=False, label="camera 5", path=device)
    finally:
        other.kill()
        other.wait()
    assert exc.problem is CameraProblem.BUSY
    assert f"PID {other.pid}" in exc.message and "in use" in exc.message
    assert "Close the other program" in exc.advice


@linux_only
def test_a_webcam_this_user_may_not_open_is_permission_denied(tmp_path):
    """On a device node this process may not open. Root may open anything: as root the
    check runs without the capabilities that let it (setpriv drops CAP_DAC_OVERRIDE and
    CAP_DAC_READ_SEARCH, as CI runs as root), on a node owned by someone else; else as the
    unprivileged user nobody."""
    import shutil

    device = tmp_path / "video6"
    device.write_bytes(b"")
    device.chmod(0o600)
    tmp_path.chmod(0o755)
    code = (
        "from pathlib import Path; from kiosk.camera.diagnose import webcam_problem; "
        f"e = webcam_problem(6, was_open=False, label='camera 6', path=Path({str(device)!r})); "
        "print(e.problem, '|', e.message, '|', e.advice)"
    )
    kwargs: dict = {}
    command = [sys.executable, "-c", code]
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0 and setpriv:
        os.chown(device, 65534, 65534)  # nobody's node: root without its capabilities
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    elif os.geteuid() == 0:
        kwargs["user"] = 65534  # nobody
    elif device.stat().st_uid == os.geteuid():
        device.chmod(0o000)
    try:
        proc = subprocess.run(
            command,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            **kwargs,
        )
    except PermissionError:
        pytest.skip("the unprivileged user cannot run this Python")
    if proc.returncode != 0 and "Permission denied" in proc.stderr and "kiosk" in proc.stderr:
        pytest.skip("the unprivileged user cannot read the checkout")
    assert proc.returncode == 0, proc.stderr
    problem, message, advice = (part.strip() for part in proc.stdout.split("|"))
    assert problem == "permission"
    assert "permission denied" in message and "video" in advice


def test_capture_loop_passes_on_the_reason_and_keeps_running_on_any_error():
    """A source raising something unexpected does not kill the capture thread: the
    reason is reported and the loop tries again."""
    import threading

    import numpy as np

    from kiosk.camera import CaptureLoop

    class Broken:
        description = "broken camera"
        fps = 100.0
        opens = 0

        def open(self) -> None:
            Broken.opens += 1
            if Broken.opens == 1:
                raise OSError("driver crashed")

        def read(self) -> np.ndarray:
            time.sleep(0.005)
            return np.zeros((2, 2, 3), np.uint8)

        def close(self) -> None: ...

    problems: list[CameraUnavailable] = []
    frames: list[int] = []
    stop = threading.Event()

    def on_frame(frame, frame_id, t):
        frames.append(frame_id)
        stop.set()

    loop = CaptureLoop(
        Broken(),
        on_frame=on_frame,
        on_status=lambda ok, why: None,
        on_problem=problems.append,
        retry_delays=(0.01,),
    )
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    thread.join(5)
    assert not thread.is_alive() and frames == [1]
    assert len(problems) == 1 and "driver crashed" in problems[0].message
