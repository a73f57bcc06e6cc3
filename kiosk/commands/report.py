"""`kiosk report [--day DATE] [--json]`: a day of the audit trail, summarised."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

HELP = "Summarise a day of verification attempts from the audit trail (default: today)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--day", metavar="DATE", default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument(
        "--dir",
        metavar="FOLDER",
        default=None,
        help="where the audit files are (default: the log folder; KIOSK_LOG_DIR overrides)",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.audit import read_day, summarise
    from kiosk.logs import log_dir

    try:
        day = dt.date.fromisoformat(args.day) if args.day else dt.date.today()
    except ValueError:
        print(f"kiosk report: --day: expected YYYY-MM-DD, got {args.day!r}", file=sys.stderr)
        return 2
    folder = Path(args.dir) if args.dir else log_dir()
    summary = {"day": day.isoformat(), **summarise(read_day(folder, day))}
    if args.json:
        print(json.dumps(summary))
    else:
        print(as_text(summary))
    return 0


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _times(t: dict[str, Any]) -> str:
    if not t["count"]:
        return "none"
    return f"median {t['median_s']:.2f} s, p95 {t['p95_s']:.2f} s ({t['count']})"


def as_text(s: dict[str, Any]) -> str:
    busiest = s["busiest_hour"]
    rate = s["abandonment_rate"]
    lines = [
        f"{s['day']}: {s['attempts']} attempts",
        f"  outcomes:          {_counts(s['by_outcome'])}",
        f"  device-side rules: {_counts(s['by_rule']['device'])}",
        f"  service rules:     {_counts(s['by_rule']['service'])}",
        f"  errors:            {_counts(s['by_error_kind'])}",
        f"  time to capture:   {_times(s['time_to_capture'])}",
        f"  submit:            {_times(s['submit'])}",
        f"  retries:           {s['retries']}",
        "  busiest hour:      "
        + (f"{busiest['hour']:02d}:00 ({busiest['attempts']} attempts)" if busiest else "none"),
        f"  abandoned:         {s['abandoned']}"
        + (f" ({rate:.0%} of faces seen)" if rate is not None else ""),
    ]
    return "\n".join(lines)
