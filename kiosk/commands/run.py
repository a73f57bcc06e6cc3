"""`kiosk run [--mode staff|kiosk] [--camera INDEX|FILE|DIR] [--once]`: the capture app.

With ``--once`` the app ends after the service's first answer and prints, as its last
stdout line, the same JSON object as `kiosk submit --json`, with the same exit codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

HELP = "Open the face-capture app (staff mode by default; `kiosk` alone does this)."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mode", choices=("staff", "kiosk"), default=None, help="default: from the configuration"
    )
    parser.add_argument(
        "--camera",
        metavar="INDEX|FILE|DIR",
        default=None,
        help="webcam index or name, a video file, or a folder of images "
        "(default: the configured camera, else the first webcam, else the bundled demo clip)",
    )
    parser.add_argument(
        "--once",
        action="store_true",
        help="end after the first result; print the `kiosk submit --json` object and exit code",
    )
    parser.add_argument(
        "--log-level",
        choices=("debug", "info", "warning", "error"),
        default="info",
        help="what the log file records (default: info); the file is in the platform's "
        "log folder (KIOSK_LOG_DIR overrides)",
    )


def display_problem(env: dict[str, str] | os._Environ[str] = os.environ) -> str | None:
    """Why no window can open here, in words, or None. Only Linux/BSD need a display server."""
    if sys.platform in ("win32", "darwin") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "kiosk run: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the app "
        "window cannot open.\n"
        "  - On a desktop, run it from a graphical session.\n"
        "  - Over SSH, use `ssh -X` or run it under a virtual display: `xvfb-run kiosk run`.\n"
        "  - For an unattended smoke test without any display: "
        "`QT_QPA_PLATFORM=offscreen kiosk run --once --camera CLIP`."
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.ui.signals import NAMES, Interrupted, StopSignals

    stops = StopSignals().install()  # before Qt is imported: Ctrl+C never aborts it
    try:
        return _run(args, stops)
    except Interrupted as exc:
        print(f"kiosk run: stopped by {NAMES.get(exc.signum, exc.signum)}", file=sys.stderr)
        return exc.exit_code
    finally:
        stops.uninstall()


def _run(args: argparse.Namespace, stops: Any) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from kiosk.api import outcome as out
    from kiosk.config import ConfigError, load_config

    try:
        cfg = load_config()
    except ConfigError as exc:
        _start_log("", getattr(args, "log_level", "info"))
        return _fail(args, out.from_error("config", str(exc)))
    if cfg.api.token:
        from kiosk.logs import add_secret

        add_secret(cfg.api.token.reveal())
    _start_log(cfg.api.kiosk_id, getattr(args, "log_level", "info"))
    from kiosk.ui.runner import run_app

    stops.checkpoint()
    return run_app(
        cfg, mode=args.mode or cfg.ui.mode, camera=args.camera, once=args.once, stops=stops
    )


def _start_log(kiosk_id: str, level: str) -> None:
    """The JSON-lines log; a folder that cannot be made is said, never fatal."""
    import logging

    from kiosk import __version__
    from kiosk.logs import setup_logging

    try:
        path = setup_logging(kiosk_id, level)
    except OSError as exc:
        print(f"kiosk run: no log file ({exc})", file=sys.stderr)
        return
    logging.getLogger("kiosk.run").info(
        "kiosk %s starting (log: %s)", __version__, path, extra={"event": "start"}
    )


def _fail(args: argparse.Namespace, outcome: object) -> int:
    import json

    summary = getattr(outcome, "summary", "")
    print(f"kiosk run: {summary}", file=sys.stderr)
    if args.once:
        print(json.dumps(outcome.to_json()), flush=True)  # type: ignore[attr-defined]
    return int(outcome.exit_code)  # type: ignore[attr-defined]
