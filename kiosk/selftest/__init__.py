"""`kiosk --self-test`: is this installation able to do its job? One line, exit 0 or 1.

Checks, in order: the configuration loads; the bundled models match their hashes; the
bundled sample frame (assets/selftest/good.jpg) passes the on-device check and the same
frame darkened fails ``too_dark``; every screen renders once offscreen; one submission
completes against the in-process sandbox. Runs in the frozen app too (the installers and
CI call it); it never opens a camera, a window or the network beyond 127.0.0.1.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from kiosk import __version__

EXIT_OK = 0
EXIT_FAILED = 1


class SelfTestFailure(Exception):
    """A check found a problem; the message says what, in a few words."""


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check and print one summary line on ``out`` (stdout)."""
    from kiosk.quality.native_log import route_native_stderr_to_null
    from kiosk.selftest import steps

    route_native_stderr_to_null()  # MediaPipe's C++ log lines are not the summary
    out = out or sys.stdout
    started = time.monotonic()
    results: list[tuple[str, bool, str]] = []

    def check(name: str, step: Callable[[], str]) -> bool:
        try:
            detail = step()
        except SelfTestFailure as exc:
            results.append((name, False, str(exc)))
            return False
        except Exception as exc:  # any crash is a failed check, named, not a traceback
            results.append((name, False, f"{type(exc).__name__}: {exc}"))
            return False
        results.append((name, True, detail))
        return True

    check("configuration", steps.check_configuration)
    models_ok = check("models", steps.check_models)
    sample = steps.SampleVerdict()
    if models_ok:
        check("verdict", sample.check)
    check("screens", lambda: _screens(sample))
    if models_ok:
        check("submission", lambda: steps.check_submission(sample.frame()))
    elapsed = time.monotonic() - started
    failed = [f"{name}: {detail}" for name, ok, detail in results if not ok]
    if failed:
        line = f"kiosk {__version__} self-test FAILED: " + "; ".join(failed)
    else:
        line = f"kiosk {__version__} self-test passed: " + "; ".join(d for _, _, d in results)
    print(f"{line} ({elapsed:.1f} s)", file=out, flush=True)
    return EXIT_FAILED if failed else EXIT_OK


def _screens(sample: object) -> str:
    from kiosk.selftest.screens import render_every_screen

    return render_every_screen(getattr(sample, "report", None))
