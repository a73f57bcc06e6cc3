"""`kiosk submit IMAGE [--json] [--no-precheck]`: the whole verification for one image file.

With no IDmeta account configured (no base URL, no token) it runs against the built-in
sandbox and says so. Exit codes are those of :mod:`kiosk.api.outcome`.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from kiosk.api.outcome import SubmitOutcome
    from kiosk.config import Config
    from kiosk.sandbox import EngineWorker

HELP = "Submit one image to IDmeta (or the built-in sandbox) and report the outcome."


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("image", metavar="IMAGE", help="image file (JPEG, PNG, ...)")
    parser.add_argument(
        "--json", action="store_true", help="print the outcome as one JSON object (last line)"
    )
    parser.add_argument(
        "--no-precheck",
        action="store_true",
        help="send even if the on-device face-quality check fails",
    )
    parser.add_argument(
        "--operator-ref", default=None, help="an operator reference stored with the verification"
    )


def run(args: argparse.Namespace) -> int:
    # Our warnings (a retry, a failed finalize) reach stderr through logging's last-resort
    # handler unless the caller configured logging.
    if sys.stderr is sys.__stderr__:  # a real terminal run, not a caller capturing stderr
        from kiosk.quality.native_log import route_native_stderr_to_null

        route_native_stderr_to_null()  # MediaPipe's C++ log lines are not for the user
    outcome = _submit(args)
    if args.json:
        print(json.dumps(outcome.to_json()), flush=True)
    else:
        print(outcome.summary, flush=True)
    return int(outcome.exit_code)


def _submit(args: argparse.Namespace) -> SubmitOutcome:
    from kiosk.api import outcome as out
    from kiosk.config import ConfigError, load_config
    from kiosk.imageio import ImageLoadError, load_image
    from kiosk.sandbox import EngineWorker

    try:
        cfg = load_config()
    except ConfigError as exc:
        return out.from_error("config", str(exc))
    try:
        frame = load_image(args.image)
    except ImageLoadError as exc:
        return out.from_error(out.INPUT_ERROR_KIND, f"{args.image}: {exc}")

    worker: EngineWorker | None = None
    try:
        if not args.no_precheck or cfg.api.uses_sandbox:
            worker = EngineWorker(cfg.quality)
        if not args.no_precheck:
            assert worker is not None
            stopped = _precheck(worker, frame)
            if stopped is not None:
                return stopped
        return _send(cfg, frame, args.operator_ref, worker)
    finally:
        if worker is not None:
            worker.close()


def _precheck(worker: EngineWorker, frame: np.ndarray) -> SubmitOutcome | None:
    """The on-device check; a failing image is not sent."""
    from kiosk.api import outcome as out

    try:
        report = worker(frame)  # the engine keeps MediaPipe's native log lines quiet itself
    except (ValueError, RuntimeError, OSError) as exc:  # bad [quality] override, model missing
        return out.from_error(
            "config", f"on-device check unavailable: {exc} (use --no-precheck to skip it)"
        )
    return None if report.passed else out.from_precheck(report)


def _send(
    cfg: Config, frame: np.ndarray, operator_ref: str | None, worker: EngineWorker | None
) -> SubmitOutcome:
    from kiosk.api import ApiConfigError, Cancelled, IdmetaClient
    from kiosk.api import outcome as out
    from kiosk.submission import sandbox_api

    api = cfg.api
    sandbox: Any = None
    if api.uses_sandbox:
        print(
            "kiosk submit: no IDmeta account configured: using the built-in sandbox, "
            "the result is simulated (set KIOSK_API_BASE_URL and KIOSK_API_TOKEN).",
            file=sys.stderr,
        )
        api, sandbox = sandbox_api(api, analyzer=worker)
    try:
        try:
            client = IdmetaClient(api)
        except ApiConfigError as exc:
            notes = "".join(f" ({n})" for n in cfg.notices)
            return out.from_error("config", f"{exc}{notes}")
        with client:
            try:
                result = client.verify(frame, operator_ref=operator_ref)
            except Cancelled:  # pragma: no cover - nobody cancels on the command line
                return out.from_error("network", "cancelled")
        return out.from_result(result, sandbox=sandbox is not None)
    finally:
        if sandbox is not None:
            sandbox.stop()
