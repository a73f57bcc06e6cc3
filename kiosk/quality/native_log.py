"""Keep MediaPipe's C++ log lines off the terminal.

The native side writes INFO/WARNING lines straight to file descriptor 2, and the usual
environment variables (GLOG_minloglevel, TF_CPP_MIN_LOG_LEVEL) do not silence them. They
come while models load and on the first inference, so we point fd 2 at /dev/null only for
those moments. Python's own sys.stderr is moved onto its own copy of the descriptor the
first time, so a message printed by another thread while a model loads is not lost.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_detached = False


def _keep_python_stderr_off_fd2() -> None:
    """Give the interpreter's own sys.stderr a private copy of fd 2, once.

    Only when sys.stderr is still the interpreter's original stream on fd 2 (not a test
    runner's capture or someone else's stream).
    """
    global _detached
    stream = sys.__stderr__
    if stream is None or _detached or _routed or sys.stderr is not stream:
        return
    try:
        if stream.fileno() != 2:
            return
        stream.flush()
        real = os.dup(2)
    except (OSError, ValueError, AttributeError):
        return
    sys.stderr = os.fdopen(real, "w", buffering=1, encoding="utf-8", errors="replace")
    _detached = True


@contextlib.contextmanager
def native_stderr_silenced() -> Iterator[None]:
    if os.environ.get("KIOSK_NATIVE_LOGS") == "1":  # for debugging model problems
        yield
        return
    with _lock:
        _keep_python_stderr_off_fd2()
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        try:
            saved = os.dup(2)
        except OSError:
            yield
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, 2)
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)


_routed = False


def route_native_stderr_to_null() -> None:
    """For command-line runs: send native (C/C++) writes on fd 2 to /dev/null for the whole
    process while Python's sys.stderr keeps writing to the real terminal.

    Only MediaPipe/TFLite write there in our processes; our own messages use sys.stderr.
    Set KIOSK_NATIVE_LOGS=1 to see the native lines.
    """
    global _routed
    if _routed or os.environ.get("KIOSK_NATIVE_LOGS") == "1":
        return
    try:
        sys.stderr.flush()
        real = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        return
    sys.stderr = os.fdopen(real, "w", buffering=1, encoding="utf-8", errors="replace")
    _routed = True
