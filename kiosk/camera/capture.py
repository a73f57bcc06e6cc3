"""The capture loop: reads a source, numbers frames, and reconnects when the camera fails.

Qt-free; the UI runs it on its own thread and turns the callbacks into signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from kiosk.camera.source import CameraUnavailable, FrameSource, SourceEnded

FrameCallback = Callable[[np.ndarray, int, float], None]  # frame, frame id, monotonic time
StatusCallback = Callable[[bool, str], None]  # available, reason
log = logging.getLogger("kiosk.capture")

ProblemCallback = Callable[[CameraUnavailable], None]  # why it is unavailable, what to do


class CaptureLoop:
    def __init__(
        self,
        source: FrameSource,
        *,
        on_frame: FrameCallback,
        on_status: StatusCallback,
        on_ended: Callable[[], None] = lambda: None,
        on_problem: ProblemCallback = lambda _exc: None,
        retry_delays: Sequence[float] = (0.5, 1.0, 2.0),
        first_frame: int = 0,
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_status = on_status
        self._on_ended = on_ended
        self._on_problem = on_problem
        self._retry_delays = tuple(retry_delays)
        self._reported: tuple[bool, str] | None = None
        self.frames = first_frame  # frame ids keep increasing across reconnects (and loops)

    def run(self, stop: threading.Event) -> None:
        failures = 0
        while not stop.is_set():
            try:
                self.source.open()
            except Exception as exc:  # any failure: reported, then retried
                self._unavailable(_as_unavailable(exc, self.source))
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
            except SourceEnded:
                self._on_ended()
                return
            except Exception as exc:  # the thread must not die silently
                if not isinstance(exc, CameraUnavailable):
                    log.error(
                        "%s failed: %s: %s",
                        self.source.description,
                        type(exc).__name__,
                        exc,
                        exc_info=True,
                        extra={"event": "camera_read_failed"},
                    )
                self._unavailable(_as_unavailable(exc, self.source))
                stop.wait(self._delay(failures))
                failures += 1
            finally:
                self.source.close()

    def _delay(self, failures: int) -> float:
        return self._retry_delays[min(failures, len(self._retry_delays) - 1)]

    def _unavailable(self, exc: CameraUnavailable) -> None:
        if self._status(False, str(exc)):
            self._on_problem(exc)

    def _status(self, available: bool, reason: str) -> bool:
        """Report a change (of availability, or of the reason it is unavailable)."""
        key = (available, "" if available else reason)
        if key == self._reported:
            return False
        self._reported = key
        self._on_status(available, reason)
        return True


def _as_unavailable(exc: Exception, source: FrameSource) -> CameraUnavailable:
    if isinstance(exc, CameraUnavailable):
        return exc
    return CameraUnavailable(f"{source.description} failed: {type(exc).__name__}: {exc}")
