"""`kiosk run --once` tells the truth and always ends: a camera that cannot be opened (exit 2
within 15 s, one line), a short clip (what it delivered), a folder with one good photo (sent,
never "None"), configuration and model problems (exit 20 / 2, never "network")."""

from __future__ import annotations

import json
import shutil
import sys
import time

import cv2
import pytest

from scripts.make_demo_clip import Key, write_clip
from tests import framegen as fg
from tests.test_run import ROOT, kiosk_env, run_kiosk


def kiosk_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kiosk run:")]


def last_json(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


@pytest.fixture
def env(tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir()
    return kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))


@pytest.mark.timeout(60)
@pytest.mark.parametrize("camera", ["63", "missing-clip.mp4", "no-such-folder/"])
def test_a_camera_that_cannot_be_opened_ends_within_15_s_with_one_line(env, tmp_path, camera):
    if camera == "63" and not sys.platform.startswith("linux"):
        pytest.skip("webcam 63 may exist elsewhere")
    spec = camera if camera == "63" else str(tmp_path / camera)
    started = time.monotonic()
    proc = run_kiosk(["run", "--once", "--camera", spec], env, timeout=40)
    took = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert took < 15, f"took {took:.1f} s"
    lines = kiosk_lines(proc.stderr)
    assert len(lines) == 1, proc.stderr
    assert "not found" in lines[0] and ("--camera" in lines[0] or "Settings" in lines[0])
    last = last_json(proc.stdout)
    assert last["error_kind"] == "input" and last["exit_code"] == 2
    assert "None" not in proc.stdout + proc.stderr


@pytest.mark.timeout(120)
def test_a_short_clip_is_reported_as_delivered(env, tmp_path):
    """One second (30 frames) of a face too far away: the clip ends before the engine has
    even loaded; the answer is about its frames, not "the camera delivered no frames"."""
    clip = write_clip(
        tmp_path / "far.avi", (Key(0.0, 0.12, 0.5, 0.45), Key(1.0, 0.12, 0.5, 0.45)), (640, 360)
    )
    proc = run_kiosk(["run", "--once", "--camera", str(clip)], env, timeout=90)
    assert proc.returncode == 12, proc.stderr[-2000:]
    last = last_json(proc.stdout)
    assert last["outcome"] == "precheck_failed" and last["frames"] == 30
    assert last["rule"] == "face_too_small" and last["requests"] == 0
    assert "no frames" not in proc.stderr and "None" not in proc.stdout + proc.stderr
    assert "30 frames" in kiosk_lines(proc.stderr)[-1]


@pytest.mark.timeout(120)
def test_a_folder_with_one_good_photo_is_sent_not_none(env, tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    cv2.imwrite(str(folder / "good.jpg"), fg.good("obama.jpg"))
    proc = run_kiosk(["run", "--once", "--camera", str(folder)], env, timeout=90)
    assert "None" not in proc.stdout + proc.stderr, proc.stderr[-2000:]
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert last_json(proc.stdout)["outcome"] == "verified"


@pytest.mark.timeout(60)
def test_a_bad_quality_threshold_is_a_configuration_error_not_network(env, tmp_path):
    cfg = tmp_path / "config.toml"
    cfg.write_text("[quality]\nmin_ied_px = -3\n", encoding="utf-8")
    env["KIOSK_CONFIG"] = str(cfg)
    proc = run_kiosk(["run", "--once", "--camera", "63"], env, timeout=40)
    assert proc.returncode == 20, proc.stderr[-2000:]
    last = last_json(proc.stdout)
    assert last["error_kind"] == "config" and "min_ied_px" in last["message"]


@pytest.mark.timeout(60)
def test_a_corrupt_model_exits_2_with_its_own_message(env, tmp_path):
    """The app as frozen by PyInstaller would see it (assets under sys._MEIPASS), with the
    landmarker damaged."""
    assets = tmp_path / "bundle" / "assets"
    shutil.copytree(ROOT / "assets" / "models", assets / "models")
    (assets / "models" / "face_landmarker.task").write_bytes(b"not a model")
    code = (
        "import sys; sys._MEIPASS = sys.argv[1]; from kiosk.cli import main; "
        "sys.exit(main(['run', '--once', '--camera', '63']))"
    )
    import subprocess

    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "bundle")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=40,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    last = last_json(proc.stdout)
    assert last["error_kind"] == "model" and "face_landmarker.task" in last["message"]
    assert "corrupt" in kiosk_lines(proc.stderr)[0]


def test_precheck_summary_never_says_none():
    from kiosk.api import outcome as out
    from tests.fakes import report

    summary = out.from_precheck(report()).summary  # a passing report, however it got here
    assert "None" not in summary
