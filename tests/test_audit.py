"""The audit trail (one JSON line per attempt, from the real app against the sandbox) and
`kiosk report`, which summarises a day of it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.audit import AuditTrail, audit_path, read_day, summarise
from kiosk.flow import State
from tests import uiapp
from tests.test_run import kiosk_env, run_kiosk

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

FIELDS = {
    "ts",
    "kiosk_id",
    "mode",
    "trust_validation_id",
    "outcome",
    "rule",
    "side",
    "error_kind",
    "time_to_capture_s",
    "submit_s",
    "requests",
    "retries",
}


@pytest.mark.timeout(90)
def test_a_walk_up_writes_one_audit_line_with_its_times(qtbot, make_app, clips, tmp_path):
    controller, _window = make_app(clips["walk_up"], scenario="verified")
    controller.audit = AuditTrail(tmp_path, "lobby-2", "staff")
    with qtbot.waitSignal(controller.attempted, timeout=60_000) as sig:
        pass
    entry = sig.args[0]
    lines = read_day(tmp_path, dt.date.today())
    assert lines == [entry]
    assert set(entry) == FIELDS
    assert entry["kiosk_id"] == "lobby-2" and entry["mode"] == "staff"
    assert entry["outcome"] == "verified" and entry["trust_validation_id"]
    assert 0 < entry["time_to_capture_s"] < 30 and 0 < entry["submit_s"] < 10
    assert entry["requests"] >= 2 and entry["retries"] == 0


@pytest.mark.timeout(60)
def test_a_face_that_leaves_without_a_capture_is_an_abandoned_attempt(
    qtbot, make_app, clips, tmp_path
):
    """The never-good clip (a face that never passes) ends: the person walks away."""
    controller, _window = make_app(clips["never_good"])
    controller.audit = AuditTrail(tmp_path, "k", "kiosk")
    qtbot.waitUntil(lambda: controller.model.state is State.ALIGNING, timeout=20_000)
    with qtbot.waitSignal(controller.attempted, timeout=30_000) as sig:
        pass
    entry = sig.args[0]
    assert entry["outcome"] == "abandoned" and entry["side"] == "device"
    assert entry["rule"] and entry["trust_validation_id"] is None


def _day(folder, day: dt.date) -> None:
    rows = [
        ("09:05", "verified", None, None, None, 4.0, 1.1, 3),
        ("09:40", "verified", None, None, None, 6.0, 0.9, 4),
        ("10:10", "quality_rejected", "face_too_small", "service", None, 3.0, 0.7, 2),
        ("10:15", "abandoned", "face_obscured", "device", None, None, None, None),
        ("10:20", "abandoned", "face_obscured", "device", None, None, None, None),
        ("10:30", "error", None, None, "timeout", 5.0, 12.0, 3),
        ("10:45", "not_verified", None, None, None, 8.0, 1.3, 3),
        ("11:00", "cancelled", None, None, None, 2.0, 0.3, 1),
    ]
    with audit_path(folder, day).open("w") as f:
        for hhmm, outcome, rule, side, kind, ttc, sub, req in rows:
            f.write(
                json.dumps(
                    {
                        "ts": f"{day.isoformat()}T{hhmm}:00.000+08:00",
                        "kiosk_id": "lobby-2",
                        "mode": "kiosk",
                        "trust_validation_id": "tv-1" if req else None,
                        "outcome": outcome,
                        "rule": rule,
                        "side": side,
                        "error_kind": kind,
                        "time_to_capture_s": ttc,
                        "submit_s": sub,
                        "requests": req,
                        "retries": max(0, req - 3) if req else None,
                    }
                )
                + "\n"
            )
        f.write('{"torn": ')  # a line cut short by a power cut is skipped


def test_summary_counts_times_busiest_hour_and_abandonment(tmp_path):
    day = dt.date(2026, 3, 4)
    _day(tmp_path, day)
    s = summarise(read_day(tmp_path, day))
    assert s["attempts"] == 8
    assert s["by_outcome"]["verified"] == 2 and s["by_outcome"]["abandoned"] == 2
    assert s["by_rule"] == {"device": {"face_obscured": 2}, "service": {"face_too_small": 1}}
    assert s["by_error_kind"] == {"timeout": 1}
    assert s["time_to_capture"] == {"count": 6, "median_s": 4.5, "p95_s": 8.0}
    assert s["submit"]["median_s"] == 1.0 and s["submit"]["p95_s"] == 12.0
    assert s["busiest_hour"] == {"hour": 10, "attempts": 5}
    assert s["retries"] == 1
    assert s["abandoned"] == 2 and s["abandonment_rate"] == round(2 / 7, 3)


@pytest.mark.timeout(60)
def test_kiosk_report_for_a_day_as_json_and_as_text(tmp_path):
    day = dt.date(2026, 3, 4)
    folder = tmp_path / "logs"
    folder.mkdir()
    _day(folder, day)
    env = kiosk_env(tmp_path, KIOSK_LOG_DIR=str(folder))
    proc = run_kiosk(["report", "--day", "2026-03-04", "--json"], env)
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert s["day"] == "2026-03-04" and s["attempts"] == 8
    text = run_kiosk(["report", "--day", "2026-03-04"], env).stdout
    assert "8 attempts" in text and "busiest hour:      10:00 (5 attempts)" in text
    assert "face_obscured 2" in text and "median 4.50 s" in text
    empty = json.loads(run_kiosk(["report", "--day", "2026-03-05", "--json"], env).stdout)
    assert empty["attempts"] == 0 and empty["busiest_hour"] is None
    bad = run_kiosk(["report", "--day", "yesterday"], env)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
