"""Plays recorded frames at their own rate, like a live camera would deliver them."""

from __future__ import annotations

import time


class Pacer:
    def __init__(self, fps: float, speed: float = 1.0) -> None:
        self.interval = 1.0 / (max(fps, 1e-3) * max(speed, 1e-3))
        self._next: float | None = None

    def wait(self) -> None:
        now = time.monotonic()
        if self._next is None or now - self._next > 0.5:
            self._next = now  # first frame, or we fell far behind: don't burst to catch up
        elif self._next > now:
            time.sleep(self._next - now)
        self._next += self.interval

    def restart(self) -> None:
        self._next = None
