"""The sandbox speaks the service's contract over real HTTP, and judges faces with the engine."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from kiosk.api import Outcome
from kiosk.api.imaging import encode_frame
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from kiosk.sandbox import SANDBOX_TOKEN, SCENARIOS, SandboxServer
from tests import framegen as fg
from tests.api_support import SECRET_TOKEN, client_for, shared_engine_worker

CREATE = "/api/v1/verification/create-verification"
BIO = "/api/v3/verifications/biometrics-verification"
FINALIZE = "/api/v1/verification/finalize-verification"
JSON_HEADERS = {"Accept": "application/json", "Authorization": f"Bearer {SANDBOX_TOKEN}"}


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(port=0, analyzer=shared_engine_worker(), token=SECRET_TOKEN) as sb:
        yield sb


@pytest.fixture
def raw() -> Iterator[tuple[SandboxServer, httpx.Client]]:
    with (
        SandboxServer(port=0, scenario="verified") as sb,
        httpx.Client(base_url=sb.base_url, headers=JSON_HEADERS, timeout=5) as http,
    ):
        yield sb, http


def image_uri() -> str:
    return encode_frame(fg.good("obama.jpg")).data_uri


def create(http: httpx.Client) -> str:
    r = http.post(CREATE, json={"template_id": "1708", "metadata": {"kiosk_id": "k1"}})
    assert r.status_code == 200
    body: dict[str, Any] = r.json()
    assert body["verification"]["status"] == 99
    return str(body["verification"]["id"])


def test_the_documented_three_steps(raw) -> None:
    sb, http = raw
    vid = create(http)
    r = http.post(
        BIO,
        json={"image": image_uri(), "template_id": "1708", "verification_id": vid},
    )
    body = r.json()
    assert r.status_code == 200 and body["success"] is True
    assert (body["verificationStatusCode"], body["verificationStatus"]) == (3, "VERIFIED")
    assert body["data"]["livenessPass"] is True and body["simulated"] is True
    assert body["trustValidationId"] == vid and body["metadata"] == {"kiosk_id": "k1"}
    fin = http.post(FINALIZE, json={"template_id": "1708", "verification_id": vid}).json()
    assert (fin["status"], fin["status_message"], fin["finalized"]) == (3, "VERIFIED", True)
    assert sb.count() == 3


def test_a_wrong_or_missing_token_is_401(raw) -> None:
    _sb, http = raw
    for headers in ({"Authorization": "Bearer nope"}, {"Authorization": ""}):
        r = http.post(CREATE, json={"template_id": "1"}, headers=headers)
        assert r.status_code == 401 and r.json() == {"message": "Unauthenticated."}


def test_without_accept_json_it_redirects_like_laravel(raw) -> None:
    _sb, http = raw
    r = http.post(CREATE, json={"template_id": "1"}, headers={"Accept": "*/*", "Authorization": ""})
    assert r.status_code == 302 and r.headers["location"] == "/login"


def test_missing_fields_are_422_with_field_errors(raw) -> None:
    _sb, http = raw
    r = http.post(CREATE, json={})
    assert r.status_code == 422 and "template_id" in r.json()["errors"]
    vid = create(http)
    r = http.post(BIO, json={"trust_flow_id": "1708", "trust_validation_id": vid})
    assert r.status_code == 422
    assert set(r.json()["errors"]) == {"image", "template_id", "verification_id"}
    r = http.post(
        BIO,
        json={
            "image": "data:image/jpeg;base64,AAAA",
            "template_id": "1708",
            "verification_id": vid,
        },
    )
    assert r.status_code == 422 and "image" in r.json()["errors"]


def test_an_unknown_verification_is_404(raw) -> None:
    _sb, http = raw
    r = http.post(BIO, json={"image": image_uri(), "template_id": "1708", "verification_id": "x"})
    assert r.status_code == 404


def test_it_refuses_to_bind_beyond_loopback_unless_told() -> None:
    with pytest.raises(ValueError, match="loopback"):
        SandboxServer(port=0, host="0.0.0.0")
    with pytest.raises(ValueError, match="unknown sandbox scenario"):
        SandboxServer(port=0, scenario="no-such-thing")


def test_every_scenario_has_a_description() -> None:
    assert all(s.description for s in SCENARIOS.values())
    for rule in SERVICE_MESSAGES:
        assert rule.value in SCENARIOS


@pytest.mark.parametrize(
    ("frame_name", "outcome", "rule"),
    [
        ("good", Outcome.VERIFIED, None),
        ("scene", Outcome.QUALITY_REJECTED, Rule.NO_FACE),
        ("two faces", Outcome.QUALITY_REJECTED, Rule.MULTIPLE_FACES),
        ("far away", Outcome.QUALITY_REJECTED, Rule.FACE_TOO_SMALL),
    ],
)
def test_the_engine_answers_with_the_documented_messages(
    server: SandboxServer, frame_name: str, outcome: Outcome, rule: Rule | None
) -> None:
    frames = {
        "good": lambda: fg.good("obama.jpg"),
        "scene": lambda: fg.scene("brick.png"),
        "two faces": lambda: fg.with_second_face(fg.good("obama.jpg"), "biden.jpg"),
        "far away": lambda: fg.compose("obama.jpg", face_height=0.12),
    }
    with client_for(server.base_url) as client:
        r = client.verify(frames[frame_name]())
    assert (r.outcome, r.rule) == (outcome, rule)
    if rule is not None:
        assert r.message == SERVICE_MESSAGES[rule]
    else:
        assert r.simulated and r.liveness_pass is True


def _ignore_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # as a background job of a script


@pytest.mark.parametrize(
    ("stop", "started_ignoring_ctrl_c"),
    [(signal.SIGINT, False), (signal.SIGINT, True), (signal.SIGTERM, False)],
    ids=["ctrl-c", "ctrl-c-from-a-script-that-ignores-it", "sigterm"],
)
def test_kiosk_sandbox_command_serves_until_interrupted(
    stop: signal.Signals, started_ignoring_ctrl_c: bool
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "sandbox", "--port", "0", "--scenario", "review"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_ignore_ctrl_c if started_ignoring_ctrl_c else None,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        base_url = first.split(" at ", 1)[1].split(",", 1)[0]
        assert base_url.startswith("http://127.0.0.1:")
        with client_for(base_url, token=_secret(SANDBOX_TOKEN)) as client:
            r = client.verify(fg.good("obama.jpg"))
        assert r.outcome is Outcome.REVIEW
    finally:
        proc.send_signal(stop)
        try:
            _out, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
            pytest.fail(f"Ctrl+C did not end the sandbox within 10 s; its stderr:\n{err}")
    assert proc.returncode == 0
    assert "Traceback" not in err


HANGING_STOP = """
import argparse, sys, time
from kiosk.commands import sandbox
from kiosk.sandbox import SandboxServer

stop = SandboxServer.stop
def hanging_stop(self):
    stop(self)
    time.sleep(60)  # a thread that will not let go
SandboxServer.stop = hanging_stop
sandbox.STOP_DEADLINE_S = 1.0
parser = argparse.ArgumentParser()
sandbox.configure(parser)
sys.exit(sandbox.run(parser.parse_args(["--port", "0"])))
"""


def test_ctrl_c_ends_the_sandbox_even_when_stopping_hangs() -> None:
    """The deadline: past it the sandbox says where it hung and ends anyway."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HANGING_STOP],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith("IDmeta sandbox")
    t0 = time.monotonic()
    proc.send_signal(signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the sandbox did not end after its stop deadline")
    assert time.monotonic() - t0 < 15
    assert proc.returncode == 0, err
    assert "stopping took over 1 s; ending now" in err
    assert "(most recent call first)" in err  # every thread's stack, for whoever reads the log


def test_kiosk_sandbox_list_and_bad_scenario() -> None:
    env = {**os.environ}
    listed = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "sandbox", "--list"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert listed.returncode == 0 and "rate_limited" in listed.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "sandbox", "--scenario", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert bad.returncode == 2 and "unknown scenario" in bad.stderr
    assert "Traceback" not in bad.stderr


def _secret(value: str) -> Any:
    from kiosk.credentials import Secret

    return Secret(value)
