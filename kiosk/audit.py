"""The audit trail: one JSON line per verification attempt, one file per day.

``audit-YYYY-MM-DD.jsonl`` (the kiosk's local date) next to the log. Each line: ``ts``,
``kiosk_id``, ``mode``, ``trust_validation_id``, ``outcome`` (the service's, or
``abandoned`` — a face came and went without a capture —, ``declined`` — the consent
notice was declined or left unanswered — or ``cancelled``), ``rule`` and
``side`` (``device`` for the on-device check a person gave up on, ``service`` for a
service rejection), ``error_kind``, ``time_to_capture_s`` (face seen → captured),
``submit_s`` (request → answer), ``requests`` and ``retries``; with a consent step, the
accepted consent (``consent_version``, ``consent_language``, ``consent_at``,
``consent_method`` — ``touch`` or ``verbal``). Nothing else about the person.
:func:`summarise` is `kiosk report`'s arithmetic. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import statistics
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger("kiosk.audit")

STEPS_PER_VERIFICATION = 3  # create, biometrics, finalize: more requests are retries


def audit_path(directory: Path, day: dt.date) -> Path:
    return directory / f"audit-{day.isoformat()}.jsonl"


class AuditTrail:
    def __init__(self, directory: Path, kiosk_id: str, mode: str) -> None:
        self.directory = directory
        self.kiosk_id = kiosk_id or "unnamed"
        self.mode = mode
        self._lock = threading.Lock()
        self.written = 0

    def record(self, **fields: Any) -> dict[str, Any]:
        """Append one attempt; a disk problem is logged, never raised."""
        now = dt.datetime.now().astimezone()
        entry: dict[str, Any] = {
            "ts": now.isoformat(timespec="milliseconds"),
            "kiosk_id": self.kiosk_id,
            "mode": self.mode,
            "trust_validation_id": None,
            "outcome": None,
            "rule": None,
            "side": None,
            "error_kind": None,
            "time_to_capture_s": None,
            "submit_s": None,
            "requests": None,
            "retries": None,
        }
        entry.update(fields)
        if entry["requests"] is not None and entry["retries"] is None:
            entry["retries"] = max(0, int(entry["requests"]) - STEPS_PER_VERIFICATION)
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                with audit_path(self.directory, now.date()).open("a", encoding="utf-8") as f:
                    f.write(line)
                self.written += 1
            except OSError as exc:
                log.error("audit line not written: %s", exc, extra={"event": "audit_failed"})
        return entry


def read_day(directory: Path, day: dt.date) -> list[dict[str, Any]]:
    path = audit_path(directory, day)
    if not path.exists():
        return []
    from kiosk.logs import read_lines

    return list(read_lines(path))


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _times(values: list[float]) -> dict[str, float | int | None]:
    if not values:
        return {"count": 0, "median_s": None, "p95_s": None}
    return {
        "count": len(values),
        "median_s": round(statistics.median(values), 3),
        "p95_s": round(_p95(values), 3),
    }


def summarise(entries: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Counts by outcome and by rule (device and service side), median and p95 times,
    the busiest hour, and abandonment (faces that came and went without a capture)."""
    rows = list(entries)
    outcomes = Counter(str(e.get("outcome")) for e in rows)
    device = Counter(str(e["rule"]) for e in rows if e.get("rule") and e.get("side") == "device")
    service = Counter(str(e["rule"]) for e in rows if e.get("rule") and e.get("side") == "service")
    errors = Counter(str(e["error_kind"]) for e in rows if e.get("error_kind"))
    hours = Counter(str(e.get("ts", ""))[11:13] for e in rows if len(str(e.get("ts", ""))) > 13)
    busiest = hours.most_common(1)[0] if hours else None
    faces = len(rows) - outcomes.get("cancelled", 0)
    abandoned = outcomes.get("abandoned", 0)
    return {
        "attempts": len(rows),
        "by_outcome": dict(outcomes.most_common()),
        "by_rule": {"device": dict(device.most_common()), "service": dict(service.most_common())},
        "by_error_kind": dict(errors.most_common()),
        "time_to_capture": _times(
            [float(e["time_to_capture_s"]) for e in rows if e.get("time_to_capture_s") is not None]
        ),
        "submit": _times([float(e["submit_s"]) for e in rows if e.get("submit_s") is not None]),
        "retries": sum(int(e.get("retries") or 0) for e in rows),
        "busiest_hour": {"hour": int(busiest[0]), "attempts": busiest[1]} if busiest else None,
        "abandoned": abandoned,
        "abandonment_rate": round(abandoned / faces, 3) if faces else None,
    }
