"""`kiosk sandbox [--port N] [--scenario NAME] [--host ADDR]`: a local IDmeta stand-in."""

from __future__ import annotations

import argparse
import faulthandler
import os
import signal
import sys
from types import FrameType

from kiosk.supervision import end_unless_done

HELP = "Run a local stand-in for the IDmeta service (simulated results) on 127.0.0.1."

DEFAULT_PORT = 8765
# Ctrl+C ends the sandbox within this many seconds whatever its threads are doing: a clean
# stop takes well under one (closing the quality engine included).
STOP_DEADLINE_S = 5.0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any)"
    )
    parser.add_argument(
        "--scenario", default="normal", help="how to answer (default: normal); see --list"
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind; anything but loopback exposes the sandbox to the network",
    )
    parser.add_argument(
        "--slow-s", type=float, default=5.0, help="delay of the slow scenarios (seconds)"
    )
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")


def run(args: argparse.Namespace) -> int:
    from kiosk.config import is_loopback_host
    from kiosk.sandbox import SANDBOX_TOKEN, SANDBOX_TRUST_FLOW_ID, SCENARIOS, SandboxServer

    if args.list:
        width = max(map(len, SCENARIOS))
        for name, scenario in SCENARIOS.items():
            print(f"{name.ljust(width)}  {scenario.description}")
        return 0
    if args.scenario not in SCENARIOS:
        print(
            f"kiosk sandbox: unknown scenario {args.scenario!r} (see kiosk sandbox --list)",
            file=sys.stderr,
        )
        return 2
    if not 0 <= args.port <= 65535:
        print("kiosk sandbox: --port must be 0-65535", file=sys.stderr)
        return 2
    remote = not is_loopback_host(args.host)
    try:
        server = SandboxServer(
            args.port,
            scenario=args.scenario,
            host=args.host,
            slow_s=args.slow_s,
            allow_remote=remote,
        )
    except OSError as exc:
        print(
            f"kiosk sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 2
    if remote:
        print(
            f"kiosk sandbox: WARNING: listening on {args.host}, reachable from other machines; "
            "it accepts a published token and answers with simulated results.",
            file=sys.stderr,
        )
    _stop_on_signals()  # before the first line: whoever reads it may stop the sandbox now
    try:
        print(f"IDmeta sandbox (simulated results) at {server.base_url}, scenario {args.scenario}")
        print(
            f"  token: {SANDBOX_TOKEN}   trust flow id: {SANDBOX_TRUST_FLOW_ID} "
            "(any id is accepted)"
        )
        print(
            f"  try:   KIOSK_API_BASE_URL={server.base_url} KIOSK_API_TOKEN={SANDBOX_TOKEN} "
            f"KIOSK_TRUST_FLOW_ID={SANDBOX_TRUST_FLOW_ID} kiosk submit IMAGE"
        )
        print("  Ctrl+C to stop.", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        _end_within(STOP_DEADLINE_S)
        server.stop()
    return 0


def _stop_on_signals() -> None:
    """Ctrl+C and SIGTERM stop the sandbox, even when it was started from a script that
    ignores Ctrl+C (a background job of a non-interactive shell inherits SIGINT ignored,
    and Python then leaves it so: a test or CI job could not stop it)."""

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, interrupt)


def _end_within(deadline_s: float) -> None:
    """If stopping (or the interpreter's exit after it) hangs, say where, and end anyway:
    the sandbox holds nothing that could be lost."""

    def force() -> None:
        print(
            f"kiosk sandbox: stopping took over {deadline_s:g} s; ending now (threads below)",
            file=sys.stderr,
            flush=True,
        )
        faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
        os._exit(0)

    end_unless_done(deadline_s, force)
