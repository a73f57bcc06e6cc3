"""`kiosk run`: the command line, as an installed kiosk's smoke test would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.commands.run import display_problem
from tests import uiapp

clips = uiapp.clips  # fixture

ROOT = Path(__file__).resolve().parent.parent


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_QPA"))}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **extra)
    return env


def run_kiosk(
    args: list[str], env: dict[str, str], timeout: float = 60
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_no_display_is_explained_not_a_qt_trace(tmp_path):
    if sys.platform in ("win32", "darwin"):
        pytest.skip("only X11/Wayland systems need a display server")
    proc = run_kiosk(["run"], kiosk_env(tmp_path))
    assert proc.returncode == 2
    assert "no display found" in proc.stderr and "xvfb-run" in proc.stderr
    assert "qt.qpa" not in proc.stderr and "Traceback" not in proc.stderr


def test_display_problem_rules():
    if sys.platform in ("win32", "darwin"):
        assert display_problem({}) is None
        return
    assert display_problem({}) is not None
    assert display_problem({"DISPLAY": ":0"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.timeout(120)
def test_once_prints_the_submit_json_and_exit_code_for_a_walk_up(tmp_path):
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = run_kiosk(["run", "--once", "--camera", str(uiapp.WALK_UP_CLIP)], env)
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert last["outcome"] == "verified" and last["exit_code"] == 0
    assert last["sandbox"] is True and last["trust_validation_id"]
    assert {
        "status_code",
        "status",
        "liveness_pass",
        "liveness_score",
        "rule",
        "message",
        "error_kind",
    } <= last.keys()


@pytest.mark.timeout(120)
def test_once_with_no_acceptable_frame_sends_nothing_and_exits_12(tmp_path, clips):
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = run_kiosk(["--once", "--mode", "kiosk", "--camera", str(clips["never_good"])], env)
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 12, proc.stderr[-2000:]
    assert last["outcome"] == "precheck_failed" and last["requests"] == 0
    assert last["rule"] in ("face_cropped", "face_near_border", "face_too_small")


def test_bad_configuration_is_a_config_error_with_json(tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[api]\nbase_url = "http://example.com"\n', encoding="utf-8")
    env = kiosk_env(tmp_path, QT_QPA_PLATFORM="offscreen", KIOSK_CONFIG=str(cfg))
    proc = run_kiosk(["run", "--once"], env)
    assert proc.returncode == 20
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert last["outcome"] == "error" and last["error_kind"] == "config"
    assert "https" in last["message"]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("mode", ["staff", "kiosk"])
def test_once_against_a_configured_service_verifies_with_one_capture(tmp_path, mode):
    """The issue's acceptance path: a configured (not built-in) service over loopback,
    reached through the environment overrides, in both modes: exactly one biometric
    submission and VERIFIED."""
    from kiosk.sandbox import SandboxServer

    with SandboxServer(port=0, token="counter-token-7", scenario="verified") as service:
        env = kiosk_env(
            tmp_path,
            QT_QPA_PLATFORM="offscreen",
            KIOSK_API_BASE_URL=service.base_url,
            KIOSK_API_TOKEN="counter-token-7",
            KIOSK_TRUST_FLOW_ID="2001",
        )
        proc = run_kiosk(
            ["run", "--once", "--mode", mode, "--camera", str(uiapp.WALK_UP_CLIP)], env, 150
        )
        biometric_posts = service.count("biometrics")
    last = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert last["outcome"] == "verified" and last["sandbox"] is False
    assert biometric_posts == 1
    assert "counter-token-7" not in proc.stdout + proc.stderr
