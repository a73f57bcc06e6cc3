"""`kiosk submit`: outcomes, JSON and exit codes over real loopback HTTP against the sandbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from kiosk import cli
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from kiosk.sandbox import SandboxServer
from tests import framegen as fg
from tests.api_support import (
    FLOW,
    SECRET_TOKEN,
    MemoryKeyring,
    dead_port,
    shared_engine_worker,
    write_jpeg,
)

REQUIRED_KEYS = {
    "outcome",
    "status_code",
    "status",
    "liveness_pass",
    "liveness_score",
    "trust_validation_id",
    "rule",
    "message",
    "error_kind",
}


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(
        port=0, token=SECRET_TOKEN, analyzer=shared_engine_worker(), slow_s=3.0
    ) as sb:
        yield sb


@pytest.fixture(scope="module")
def images(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("submit")
    good = write_jpeg(d / "good.jpg", fg.good("obama.jpg"))
    corrupt = d / "corrupt.jpg"
    corrupt.write_bytes(good.read_bytes()[:300])  # a JPEG cut short
    return {
        "good": good,
        "scene": write_jpeg(d / "scene.jpg", fg.scene("brick.png")),
        "corrupt": corrupt,
        "text": Path(__file__),
        "missing": d / "nothing-here.jpg",
    }


@pytest.fixture
def sandbox(
    server: SandboxServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[SandboxServer]:
    """A configured kiosk pointing at the sandbox, with no config file and no stored token."""
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    for name in ("KIOSK_API_TIMEOUT",):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    monkeypatch.setenv("KIOSK_API_BASE_URL", server.base_url)
    monkeypatch.setenv("KIOSK_API_TOKEN", SECRET_TOKEN)
    monkeypatch.setenv("KIOSK_TRUST_FLOW_ID", FLOW)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    server.set_scenario("normal")
    server.reset()
    try:
        yield server
    finally:
        keyring.set_keyring(previous)


def submit(
    capsys: pytest.CaptureFixture[str], image: Path, *flags: str
) -> tuple[int, dict[str, Any], str]:
    code = cli.main(["submit", "--json", *flags, str(image)])
    out, err = capsys.readouterr()
    assert SECRET_TOKEN not in out + err
    assert "Traceback" not in out + err
    last = out.strip().splitlines()[-1]
    result = json.loads(last)
    assert set(result) >= REQUIRED_KEYS
    assert result["exit_code"] == code
    return code, result, err


# --- the "done when" list -----------------------------------------------------------------


def test_verified(sandbox: SandboxServer, images, capsys) -> None:
    code, r, _ = submit(capsys, images["good"])
    assert code == 0
    assert (r["outcome"], r["status_code"], r["status"]) == ("verified", 3, "VERIFIED")
    assert r["liveness_pass"] is True and 0 < r["liveness_score"] < 1
    assert r["trust_validation_id"] in sandbox.verifications
    assert (r["rule"], r["error_kind"], r["sandbox"]) == (None, None, False)
    assert sandbox.count() == 3


@pytest.mark.parametrize(
    ("scenario", "outcome", "status"),
    [("rejected", "not_verified", "REJECTED"), ("review", "review", "REVIEW_NEEDED")],
)
def test_rejected_and_review_exit_10(sandbox, images, capsys, scenario, outcome, status) -> None:
    sandbox.set_scenario(scenario)
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"], r["status"]) == (10, outcome, status)


@pytest.mark.parametrize("rule", list(SERVICE_MESSAGES))
def test_each_quality_message_exits_11_with_its_rule(
    sandbox: SandboxServer, images, capsys, rule: Rule
) -> None:
    sandbox.set_scenario(rule.value)
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"], r["rule"]) == (11, "quality_rejected", rule.value)
    assert r["message"] == SERVICE_MESSAGES[rule]


def test_401_exits_20_auth(sandbox: SandboxServer, images, capsys) -> None:
    sandbox.set_scenario("unauthorized")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"], r["error_kind"]) == (20, "error", "auth")
    assert sandbox.count() == 1  # no retry loop on a refused token


def test_500_exits_21_server_and_is_not_retried(sandbox: SandboxServer, images, capsys) -> None:
    sandbox.set_scenario("server_error")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["error_kind"]) == (21, "server")
    assert sandbox.count("biometrics") == 1


def test_429_then_success_exits_0(sandbox: SandboxServer, images, capsys) -> None:
    sandbox.set_scenario("rate_limited")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"]) == (0, "verified")
    assert sandbox.count("biometrics") == 2


@pytest.mark.parametrize(
    ("scenario", "kind"),
    [("html", "protocol"), ("success_false", "server"), ("garbage", "protocol")],
)
def test_broken_answers_exit_21(sandbox, images, capsys, scenario: str, kind: str) -> None:
    sandbox.set_scenario(scenario)
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"], r["error_kind"]) == (21, "error", kind)


def test_read_timeout_exits_21_timeout(sandbox, images, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_API_TIMEOUT", "0.5")
    sandbox.set_scenario("slow")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["error_kind"]) == (21, "timeout")
    assert sandbox.count("biometrics") <= 1  # never sent twice


def test_dead_port_exits_21_refused(sandbox, images, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_API_BASE_URL", f"http://127.0.0.1:{dead_port()}")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["outcome"], r["error_kind"]) == (21, "error", "refused")


@pytest.mark.parametrize("which", ["corrupt", "text", "missing"])
def test_unreadable_image_exits_2_and_sends_nothing(sandbox, images, capsys, which) -> None:
    code, r, _ = submit(capsys, images[which])
    assert (code, r["outcome"], r["error_kind"]) == (2, "error", "input")
    assert str(images[which]) in r["message"]
    assert sandbox.count() == 0


def test_the_precheck_stops_a_bad_frame_and_sends_nothing(sandbox, images, capsys) -> None:
    code, r, _ = submit(capsys, images["scene"])
    assert (code, r["outcome"], r["rule"]) == (12, "precheck_failed", "no_face")
    assert r["message"] == SERVICE_MESSAGES[Rule.NO_FACE]
    assert sandbox.count() == 0


# --- beyond the list -----------------------------------------------------------------------


def test_no_precheck_lets_the_service_judge(sandbox: SandboxServer, images, capsys) -> None:
    code, r, _ = submit(capsys, images["scene"], "--no-precheck")
    assert (code, r["outcome"], r["rule"]) == (11, "quality_rejected", "no_face")
    assert sandbox.count("biometrics") == 1


def test_human_output_is_one_line(sandbox: SandboxServer, images, capsys) -> None:
    code = cli.main(["submit", str(images["good"])])
    out, _ = capsys.readouterr()
    assert code == 0 and len(out.strip().splitlines()) == 1
    assert out.startswith("verified: VERIFIED")


def test_a_url_without_a_token_is_a_config_error(sandbox, images, capsys, monkeypatch) -> None:
    monkeypatch.delenv("KIOSK_API_TOKEN")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["error_kind"]) == (20, "config")
    assert "KIOSK_API_TOKEN" in r["message"]
    assert sandbox.count() == 0


def test_plain_http_to_a_remote_host_is_refused(sandbox, images, capsys, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_API_BASE_URL", "http://idmeta.example.com")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["error_kind"]) == (20, "config")
    assert "https is required" in r["message"]


def test_a_broken_config_file_names_the_key(sandbox, images, capsys, tmp_path) -> None:
    Path(os.environ["KIOSK_CONFIG"]).write_text("[api]\nread_timeout_s = 'long'\n")
    code, r, _ = submit(capsys, images["good"])
    assert (code, r["error_kind"]) == (20, "config")
    assert "api.read_timeout_s" in r["message"]


def test_without_an_account_it_uses_the_built_in_sandbox(
    sandbox: SandboxServer, images, capsys, monkeypatch
) -> None:
    for name in ("KIOSK_API_BASE_URL", "KIOSK_API_TOKEN", "KIOSK_TRUST_FLOW_ID"):
        monkeypatch.delenv(name)
    code, r, err = submit(capsys, images["good"])
    assert (code, r["outcome"], r["sandbox"], r["simulated"]) == (0, "verified", True, True)
    assert "sandbox" in err and "simulated" in err
    assert sandbox.count() == 0  # its own sandbox, not the test's


def _kiosk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_as_a_real_process(sandbox: SandboxServer, images) -> None:
    env = {**os.environ}
    sandbox.set_scenario("rate_limited")
    done = _kiosk("submit", "--json", str(images["good"]), env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["outcome"] == "verified"
    assert "HTTP 429; retrying in 1.0 s" in done.stderr  # the wait is explained
    bad = _kiosk("submit", str(images["corrupt"]), env=env)
    assert bad.returncode == 2 and "not a readable image" in bad.stdout
    usage = _kiosk("submit", env=env)
    assert usage.returncode == 2 and "usage" in usage.stderr
    for proc in (done, bad, usage):
        assert "Traceback" not in proc.stderr
        assert SECRET_TOKEN not in proc.stdout + proc.stderr
