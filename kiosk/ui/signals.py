"""Ctrl+C (SIGINT) and SIGTERM end `kiosk run` within seconds, in every state.

Python runs a signal handler only between bytecodes, and Qt's event loop is C++: without
help, Ctrl+C waits for the next Python slot, whose KeyboardInterrupt PySide prints and
swallows (and one raised inside PySide6's own start-up aborts the interpreter). So: before
the event loop, a signal is only recorded, and :meth:`StopSignals.checkpoint` raises
:class:`Interrupted` (a KeyboardInterrupt with the exit code) at safe points; inside it, a
100 ms timer lets Python look at pending signals and the handler asks the app to stop (the
caller cancels what is in flight). A watchdog ends the process if the clean way takes
longer than ``deadline_s``. Importing this module does not import Qt.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from kiosk.supervision import end_unless_done

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTimer

POLL_MS = 100
NAMES: dict[int, str] = {signal.SIGINT: "SIGINT (Ctrl+C)", signal.SIGTERM: "SIGTERM"}


class Interrupted(KeyboardInterrupt):
    """A stop signal outside the event loop; ``exit_code`` is 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(NAMES.get(signum, f"signal {signum}"))
        self.signum = signum
        self.exit_code = 128 + signum


def exit_code(signum: int) -> int:
    return 128 + signum


class StopSignals:
    """Installed once per run; ``received`` is the first stop signal, if any."""

    def __init__(
        self, *, deadline_s: float = 2.5, on_exit: Callable[[int], None] = os._exit
    ) -> None:
        self.received: int | None = None
        self._deadline_s = deadline_s
        self._on_exit = on_exit
        self._on_stop: Callable[[int], None] | None = None
        self._previous: dict[int, object] = {}
        self._timer: QTimer | None = None
        self._watchdog: threading.Timer | None = None

    def install(self) -> StopSignals:
        for signum in NAMES:
            self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def uninstall(self) -> None:
        """The run is over: the handlers go (the watchdog of a received signal stays, until
        the process has ended)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._on_stop = None
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)  # type: ignore[arg-type]
        self._previous.clear()

    def while_running(self, app: QCoreApplication, on_stop: Callable[[int], None]) -> None:
        """From now on (the event loop), a signal calls ``on_stop(signum)`` instead of
        raising."""
        from PySide6.QtCore import QTimer

        self._on_stop = on_stop
        self._timer = QTimer(app)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(_let_python_run)  # pending signal handlers run here
        self._timer.start()

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        if self.received is not None:  # a second Ctrl+C: stop now
            self._on_exit(exit_code(self.received))
            return
        self.received = signum
        self._start_watchdog(signum)
        if self._on_stop is not None:
            self._on_stop(signum)
        # else: starting up; the next checkpoint() raises

    def checkpoint(self) -> None:
        """Raise :class:`Interrupted` if a stop signal came (before the event loop)."""
        if self.received is not None:
            raise Interrupted(self.received)

    def _start_watchdog(self, signum: int) -> None:
        def overdue() -> None:
            print(
                f"kiosk run: {NAMES.get(signum, signum)}: not stopped after "
                f"{self._deadline_s:.1f} s; ending now",
                file=sys.stderr,
                flush=True,
            )
            self._on_exit(exit_code(signum))

        self._watchdog = end_unless_done(self._deadline_s, overdue)


def _let_python_run() -> None:
    """A Python call from the event loop: CPython runs pending signal handlers first."""
