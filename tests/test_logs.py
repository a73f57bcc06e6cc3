"""The log file: JSON lines in the platform's log folder, with kiosk id, level, component
and event; never the token, never image data, no personal data; a full disk is survived."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
from pathlib import Path

import pytest

from kiosk import logs
from tests import uiapp
from tests.test_run import kiosk_env, run_kiosk

TOKEN = "tok-very-secret-4711"


@pytest.fixture
def restore_hooks():
    hooks = (sys.excepthook, threading.excepthook)
    yield
    logs.close_logging()
    sys.excepthook, threading.excepthook = hooks


def test_redaction_removes_secrets_bearer_tokens_and_image_data():
    logs.add_secret(TOKEN)
    b64 = "QUJD" * 60
    text = logs.redact(
        f"token {TOKEN}; Authorization: Bearer abc.def; data:image/jpeg;base64,/9j/{b64}; {b64}"
    )
    assert TOKEN not in text and "abc.def" not in text
    assert "/9j/" not in text and b64 not in text
    assert "Bearer ***" in text and "<image data removed>" in text


def test_the_log_folder_is_the_platforms_unless_overridden(tmp_path):
    assert logs.log_dir({"KIOSK_LOG_DIR": str(tmp_path)}) == tmp_path
    default = logs.log_dir({})
    if sys.platform.startswith("linux"):
        assert default.parts[-2:] == ("idmeta-kiosk", "log")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_never_stops_the_app(tmp_path, restore_hooks, capfd):
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / logs.LOG_FILE).symlink_to("/dev/full")  # every write: ENOSPC
    logs.setup_logging("k", "info", folder)
    before = logs.dropped
    for i in range(5):
        logging.getLogger("kiosk.flow").warning("line %d", i)  # must not raise
    assert logs.dropped - before == 5
    assert capfd.readouterr().err.count("the log cannot be written") <= 1


@pytest.mark.timeout(180)
def test_kiosk_run_writes_json_lines_without_token_image_or_personal_data(tmp_path):
    """A whole verification (`kiosk run --once --log-level debug`) against a configured
    service on loopback; the log is found where platformdirs puts it under $HOME."""
    from kiosk.sandbox import SandboxServer

    with SandboxServer(port=0, token=TOKEN, scenario="verified") as service:
        env = kiosk_env(
            tmp_path,
            QT_QPA_PLATFORM="offscreen",
            KIOSK_API_BASE_URL=service.base_url,
            KIOSK_API_TOKEN=TOKEN,
            KIOSK_TRUST_FLOW_ID="2001",
            XDG_STATE_HOME=str(tmp_path / "state"),
        )
        proc = run_kiosk(
            ["run", "--once", "--log-level", "debug", "--camera", str(uiapp.WALK_UP_CLIP)],
            env,
            150,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    tvid = json.loads(proc.stdout.strip().splitlines()[-1])["trust_validation_id"]
    path = tmp_path / "state" / "idmeta-kiosk" / "log" / logs.LOG_FILE
    text = path.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) >= 5
    for entry in lines:
        assert {"ts", "level", "kiosk_id", "component", "event", "message"} <= set(entry)
    events = {e["event"] for e in lines}
    assert {"start", "state"} <= events
    assert any(e["level"] == "debug" or e["level"] == "info" for e in lines)
    # Nothing secret or biometric: the token, a base64 image, raw pixels, a data URI.
    assert TOKEN not in text
    assert "base64" not in text and "/9j/" not in text and "data:image" not in text
    assert "array(" not in text
    # The one identifier of a person's attempt is the trust validation id: no other id
    # (a verification or idempotency key of the service's), nothing measured on the face
    # (head angles, eye distance, the liveness score), nothing of the consent.
    assert tvid in text
    ids = set(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text))
    assert ids == {tvid}, ids
    assert not re.search(r"\b[0-9a-f]{32}\b", text), "an idempotency key or hash in the log"
    for word in ("liveness", "ied_px", "yaw", "pitch", "landmark", "consent"):
        assert word not in text.lower(), word
    assert Path(path).stat().st_size < 200_000


def test_a_key_read_again_after_a_401_is_redacted_too(monkeypatch):
    # The key staff enter after a refusal is read by the submission thread, not by
    # kiosk run's start-up: it must be hidden from the log all the same.
    from kiosk.credentials import TOKEN_ENV
    from kiosk.submission import _reload_token

    monkeypatch.setenv(TOKEN_ENV, "tok-RELOADED-73519")
    assert _reload_token().reveal() == "tok-RELOADED-73519"
    assert "tok-RELOADED-73519" not in logs.redact("retry with tok-RELOADED-73519 failed")


def test_the_log_rotates_and_keeps_five_old_files(tmp_path, restore_hooks, monkeypatch):
    """Weeks of lines never fill the disk: past MAX_BYTES the file is rolled over, and only
    BACKUPS old files are kept (5 × 5 MB; made small here), each still JSON lines."""
    monkeypatch.setattr(logs, "MAX_BYTES", 4_000)
    folder = tmp_path / "logs"
    path = logs.setup_logging("rotating-kiosk", "info", folder)
    for i in range(400):
        logging.getLogger("kiosk.flow").info("line %d %s", i, "x" * 40, extra={"event": "t"})
    logs.close_logging()
    files = sorted(p.name for p in folder.iterdir())
    assert files == [logs.LOG_FILE, *(f"{logs.LOG_FILE}.{n}" for n in range(1, logs.BACKUPS + 1))]
    for p in folder.iterdir():
        assert p.stat().st_size <= 4_000
        lines = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
        assert lines and all(e["kiosk_id"] == "rotating-kiosk" for e in lines)
    newest = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert newest[-1]["message"].startswith("line 399 ")
