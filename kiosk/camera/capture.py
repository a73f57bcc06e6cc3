"""The capture loop: reads a source, numbers frames, and reconnects when the camera fails.

Qt-free; the UI runs it on its own thread and turns the callbacks into signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from kiosk.camera.source import CameraUnavailable, FrameSource, SourceEnded

FrameCallback = Callable[[np.ndarray, int, float], None]  # frame, frame id, monotonic time
StatusCallback = Callable[[bool, str], None]  # available, reason


class CaptureLoop:
    def __init__(
        self,
        source: FrameSource,
        *,
        on_frame: FrameCallback,
        on_status: StatusCallback,
        on_ended: Callable[[], None] = lambda: None,
        retry_delays: Sequence[float] = (0.5, 1.0, 2.0),
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_status = on_status
        self._on_ended = on_ended
        self._retry_delays = tuple(retry_delays)
        self._available: bool | None = None
        self.frames = 0  # frame ids keep increasing across reconnects

    def run(self, stop: threading.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                self.source.open()
            except CameraUnavailable as exc:
                self._status(False, str(exc))
                stop.wait(self._delay(failures))
                failures += 1
                continue
            try:
                while not stop.is_set():
                    frame = self.source.read()
                    self.frames += 1
                    failures = 0
                    self._status(True, self.source.description)
                    self._on_frame(frame, self.frames, time.monotonic())
            except CameraUnavailable as exc:
                self._status(False, str(exc))
                stop.wait(self._delay(failures))
                failures += 1
            except SourceEnded:
                self._on_ended()
                return
            finally:
                self.source.close()

    def _delay(self, failures: int) -> float:
        return self._retry_delays[min(failures, len(self._retry_delays) - 1)]

    def _status(self, available: bool, reason: str) -> None:
        if available != self._available:
            self._available = available
            self._on_status(available, reason)
