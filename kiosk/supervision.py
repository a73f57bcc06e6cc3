"""Keeping worker loops alive: backoff after a failure, and when to give up showing service.

Every worker (capture, analysis, submission, sound) catches what goes wrong, logs it with
its traceback and carries on after :class:`Backoff`'s delay; :class:`FailureStreak` says
when failures have repeated enough that the kiosk should show it is out of service (it
keeps trying underneath, and says it is back at the first success). Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

log = logging.getLogger("kiosk.supervision")

DEFAULT_DELAYS: tuple[float, ...] = (0.2, 0.5, 1.0, 2.0, 5.0, 10.0)
OUT_OF_SERVICE_AFTER = 3  # consecutive failures


@dataclass
class Backoff:
    """The wait after the n-th consecutive failure; ``reset()`` after a success."""

    delays: Sequence[float] = DEFAULT_DELAYS
    failures: int = 0

    def next_delay(self) -> float:
        delay = self.delays[min(self.failures, len(self.delays) - 1)]
        self.failures += 1
        return delay

    def reset(self) -> None:
        self.failures = 0


@dataclass
class FailureStreak:
    """Consecutive failures of one worker; ``record_failure`` returns True on the failure
    that crosses ``limit`` (out of service), ``record_success`` True on the success that
    ends a streak past it (back in service)."""

    limit: int = OUT_OF_SERVICE_AFTER
    count: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def down(self) -> bool:
        return self.count >= self.limit

    def record_failure(self) -> bool:
        with self._lock:
            self.count += 1
            return self.count == self.limit

    def record_success(self) -> bool:
        with self._lock:
            was_down = self.count >= self.limit
            self.count = 0
            return was_down


def log_failure(component: str, what: str, exc: BaseException, delay: float) -> None:
    """One worker failure, with its traceback, in the log."""
    logging.getLogger(f"kiosk.{component}").error(
        "%s failed: %s: %s; trying again in %.1f s",
        what,
        type(exc).__name__,
        exc,
        delay,
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"event": f"{component}_failed"},
    )


def end_unless_done(deadline_s: float, overdue: Callable[[], None]) -> threading.Timer:
    """A daemon timer that calls ``overdue`` (which says why, then ends the process) if
    the caller has not finished within ``deadline_s``; ``cancel()`` it once done."""
    timer = threading.Timer(deadline_s, overdue)
    timer.daemon = True
    timer.start()
    return timer
