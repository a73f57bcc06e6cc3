"""`kiosk` command line: dispatches to kiosk.commands.<name>.

Each command module defines ``HELP``, ``configure(parser)`` and ``run(args) -> int`` and
keeps heavy imports (Qt, MediaPipe, httpx) inside ``run`` so `kiosk --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from kiosk import __version__

COMMANDS = ("run", "check", "submit", "sandbox", "report", "cameras")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="IDmeta face-capture kiosk. Without a command, `kiosk` is `kiosk run`.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (configuration, models, a sample verdict, every "
        "screen offscreen, one sandbox submission); one line, exit 0 or 1",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"kiosk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"kiosk.commands.{name}":
                raise
            continue  # a command not built yet
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.configure(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (
        args_list[0].startswith("-")
        and args_list[0] not in ("-h", "--help", "--version", "--self-test")
    ):
        args_list = ["run", *args_list]
    args = parser.parse_args(args_list)
    if args.self_test:
        from kiosk.selftest import run_self_test

        return run_self_test()
    module = getattr(args, "_module", None)
    if module is None:
        parser.print_help()
        return 2
    try:
        return int(module.run(args))
    except KeyboardInterrupt as exc:  # also kiosk.ui.signals.Interrupted (SIGTERM: 143)
        return int(getattr(exc, "exit_code", 130))


def entry() -> None:
    """The console entry point: run, flush, and leave without interpreter finalisation.

    MediaPipe's native threads (inside an engine a daemon worker may still be creating
    when a run ends early, e.g. on a camera that cannot be opened) abort the process with
    "terminate called without an active exception" if the interpreter tears down around
    them; every resource that matters (output, logs) is flushed first.
    """
    import contextlib
    import logging

    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
