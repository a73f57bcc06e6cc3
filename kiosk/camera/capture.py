"""The capture loop: reads a source, numbers frames, and reconnects when the camera fails.

A frame the consumer does not want (``wants`` says so before it is read: the attract
screen uses one frame in three) is skipped: taken from the camera without being decoded
when the source can (:class:`~kiosk.camera.source.SkippingSource`), read and dropped
otherwise. Qt-free; the UI runs it on its own thread and turns the callbacks into signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

import numpy as np

from kiosk.camera.source import CameraUnavailable, FrameSource, SkippingSource, SourceEnded

FrameCallback = Callable[[np.ndarray, int, float], None]  # frame, frame id, monotonic time
WantsCallback = Callable[[int, float], bool]  # frame id, monotonic time: decode this one?
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
        wants: WantsCallback | None = None,
        on_skipped: Callable[[int], None] = lambda _frame_id: None,
    ) -> None:
        self.source = source
        self._on_frame = on_frame
        self._on_status = on_status
        self._on_ended = on_ended
        self._on_problem = on_problem
        self._retry_delays = tuple(retry_delays)
        self._reported: tuple[bool, str] | None = None
        self.frames = first_frame  # frame ids keep increasing across reconnects (and loops)
        self._wants = wants
        self._on_skipped = on_skipped
        self.skipped = 0  # frames taken from the camera and dropped undecoded (or unread)

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
            # A source that cannot skip a frame reads it, and it is dropped.
            skip: Callable[[], object] = (
                self.source.skip if isinstance(self.source, SkippingSource) else self.source.read
            )
            try:
                while not stop.is_set():
                    wanted = self._wants is None or self._wants(self.frames + 1, time.monotonic())
                    if wanted:
                        frame = self.source.read()
                    else:
                        skip()
                    self.frames += 1
                    failures = 0
                    self._status(True, self.source.description)
                    if wanted:
                        self._on_frame(frame, self.frames, time.monotonic())
                    else:
                        self.skipped += 1
                        self._on_skipped(self.frames)
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
