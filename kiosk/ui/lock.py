"""The staff PIN check with a lockout after repeated wrong PINs. Qt-free.

The PIN itself is only ever stored as a salted slow hash (kiosk.pin, PBKDF2-SHA256).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kiosk.pin import verify_pin


class Verdict(Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_PIN = "no_pin"  # none configured: kiosk mode cannot be left from the screen


@dataclass(frozen=True)
class PinAnswer:
    verdict: Verdict
    attempts_left: int = 0
    locked_s: float = 0.0


class PinGuard:
    def __init__(
        self,
        pin_hash: str,
        *,
        max_attempts: int = 5,
        lockout_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._hash = pin_hash
        self._max = max(1, max_attempts)
        self._lockout_s = lockout_s
        self._clock = clock
        self._failures = 0
        self._locked_until = 0.0

    @property
    def has_pin(self) -> bool:
        return bool(self._hash)

    def locked_for(self) -> float:
        return max(0.0, self._locked_until - self._clock())

    def check(self, pin: str) -> PinAnswer:
        if not self._hash:
            return PinAnswer(Verdict.NO_PIN)
        if self.locked_for() > 0:
            return PinAnswer(Verdict.LOCKED, locked_s=self.locked_for())
        if verify_pin(pin, self._hash):
            self._failures = 0
            return PinAnswer(Verdict.OK)
        self._failures += 1
        if self._failures >= self._max:
            self._failures = 0
            self._locked_until = self._clock() + self._lockout_s
            return PinAnswer(Verdict.LOCKED, locked_s=self._lockout_s)
        return PinAnswer(Verdict.WRONG, attempts_left=self._max - self._failures)
