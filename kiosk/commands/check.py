"""`kiosk check [--json] IMAGE...`: the on-device face-quality verdict for still images."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

HELP = "Check still images against the service's face-quality rules, on this device."

EXIT_ALL_PASSED = 0
EXIT_SOME_FAILED = 1
EXIT_UNREADABLE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("images", nargs="+", metavar="IMAGE", help="image files to check")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per image, one per line, and nothing else",
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.config import ConfigError, load_config
    from kiosk.imageio import ImageLoadError, load_image
    from kiosk.quality.engine import QualityEngine
    from kiosk.quality.models import ModelError
    from kiosk.quality.native_log import route_native_stderr_to_null

    route_native_stderr_to_null()

    try:  # the same configuration as `kiosk submit` and the app, [quality] included
        thresholds = load_config(use_credential_store=False).thresholds()
    except ConfigError as exc:
        print(f"kiosk check: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    try:
        engine = QualityEngine(thresholds)
    except ModelError as exc:
        print(f"kiosk check: {exc}", file=sys.stderr)
        return EXIT_UNREADABLE
    any_failed = any_unreadable = False
    rows: list[dict[str, Any]] = []
    with engine:
        for path in args.images:
            try:
                frame = load_image(path)
            except ImageLoadError as exc:
                any_unreadable = True
                row: dict[str, Any] = {"image": path, "error": str(exc)}
            else:
                report = engine.analyze(frame)
                any_failed |= not report.passed
                row = {"image": path, **report.to_json()}
            if args.json:
                print(json.dumps(row), flush=True)
            else:
                rows.append(row)
    if not args.json:
        print(_table(rows))
    if any_unreadable:
        return EXIT_UNREADABLE
    return EXIT_SOME_FAILED if any_failed else EXIT_ALL_PASSED


def _table(rows: list[dict[str, Any]]) -> str:
    header = ("IMAGE", "RESULT", "FACES", "IED", "YAW", "PITCH", "ROLL", "MS", "PROBLEM / HINT")
    lines = [header]
    for r in rows:
        if "error" in r:
            lines.append((r["image"], "ERROR", "", "", "", "", "", "", r["error"]))
            continue
        m = r["metrics"]

        def num(v: float | None) -> str:
            return "" if v is None else f"{v:.0f}"

        problem = ", ".join(r["failures"])
        if r["hint"]:
            problem += f"  → {r['hint']}"
        lines.append(
            (
                r["image"],
                "PASS" if r["passed"] else "FAIL",
                str(r["faces"]),
                num(m["ied_px"]),
                num(m["yaw"]),
                num(m["pitch"]),
                num(m["roll"]),
                f"{r['elapsed_ms']:.0f}",
                problem,
            )
        )
    widths = [max(len(row[i]) for row in lines) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])) + "  " + row[-1]
        for row in lines
    )
