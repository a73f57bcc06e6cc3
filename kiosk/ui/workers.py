"""The three threads: capture, analysis and submission. None of them touches a widget.

Frames travel through one-slot mailboxes (latest wins); results come back to the GUI
thread as queued signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from kiosk.camera import CaptureLoop, FrameSource, LatestSlot
from kiosk.flow import Outcome, SubmitResult
from kiosk.quality.report import QualityReport
from kiosk.ui.preview_image import prepare_display
from kiosk.ui.submitter import CancelToken, Submitter


@dataclass(frozen=True, slots=True)
class FramePacket:
    frame: np.ndarray  # BGR, as the camera delivered it (not mirrored)
    frame_id: int
    t: float  # monotonic seconds at capture
    display: np.ndarray | None = None  # scaled/mirrored for the preview (see prepare_display)


@dataclass(frozen=True, slots=True)
class AnalysisPacket:
    report: QualityReport
    frame: np.ndarray
    t: float


class Analyzer(Protocol):
    def analyze(
        self, frame: np.ndarray, timestamp_ms: int | None = None, frame_id: int = 0
    ) -> QualityReport: ...

    def close(self) -> None: ...


class CaptureThread(QThread):
    """Reads the camera; fills the preview and analysis mailboxes."""

    frameReady = Signal()  # the preview mailbox went from empty to full
    cameraStatus = Signal(bool, str)  # available, reason
    cameraProblem = Signal(object)  # CameraUnavailable: why, and what to do
    ended = Signal()  # a finite source (file without looping) has played out

    def __init__(self, source: FrameSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture")
        self.source = source
        self.preview: LatestSlot[FramePacket] = LatestSlot()
        self.analysis: LatestSlot[FramePacket] = LatestSlot()
        self._stop = threading.Event()
        self.frames = 0
        # (width, height, mirror) the preview wants; set from the GUI thread, read here.
        self.display_request: tuple[int, int, bool] | None = None

    def run(self) -> None:
        loop = CaptureLoop(
            self.source,
            on_frame=self._on_frame,
            on_status=self.cameraStatus.emit,
            on_ended=self.ended.emit,
            on_problem=self.cameraProblem.emit,
        )
        loop.run(self._stop)

    def _on_frame(self, frame: np.ndarray, frame_id: int, t: float) -> None:
        self.frames += 1
        self.analysis.put(FramePacket(frame, frame_id, t))
        display = None
        request = self.display_request
        if request is not None and request[0] > 0 and request[1] > 0:
            display = prepare_display(frame, *request)  # keeps scaling off the GUI thread
        if self.preview.put(FramePacket(frame, frame_id, t, display)):
            self.frameReady.emit()  # only wake the GUI if it had caught up

    def stop(self) -> None:
        self._stop.set()
        self.analysis.close()
        self.wait()


class AnalysisThread(QThread):
    """Runs the quality engine (streaming mode) on the newest frame, one at a time."""

    analysed = Signal(object)  # AnalysisPacket
    failed = Signal(str)

    def __init__(
        self,
        make_analyzer: Callable[[], Analyzer],
        frames: LatestSlot[FramePacket],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("analysis")
        self._make_analyzer = make_analyzer
        self._frames = frames
        self._stop = threading.Event()
        self.analyses = 0

    def run(self) -> None:
        try:
            analyzer = self._make_analyzer()  # created on this thread: MediaPipe needs it so
        except Exception as exc:  # a missing model must not kill the app silently
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        last_ts = -1
        try:
            while not self._stop.is_set():
                packet = self._frames.wait_take(0.1)
                if packet is None:
                    continue
                ts = max(last_ts + 1, int(packet.t * 1000))  # strictly increasing
                last_ts = ts
                try:
                    report = analyzer.analyze(
                        packet.frame, timestamp_ms=ts, frame_id=packet.frame_id
                    )
                except Exception as exc:  # the engine failing must be said, not swallowed
                    self.failed.emit(f"{type(exc).__name__}: {exc}")
                    return
                self.analyses += 1
                self.analysed.emit(AnalysisPacket(report, packet.frame, time.monotonic()))
        finally:
            analyzer.close()

    def stop(self) -> None:
        self._stop.set()
        self._frames.close()
        self.wait()


class SubmitThread(QThread):
    """One submission. Cancelling aborts it at once; ``done`` still reports how it ended
    (``Outcome.CANCELLED``, or an answer that arrived first)."""

    done = Signal(int, object)  # submission id, SubmitResult

    def __init__(
        self,
        submitter: Submitter,
        submission: int,
        frame: np.ndarray,
        operator_ref: str | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"submit-{submission}")
        self.submission = submission
        self._submitter = submitter
        self._frame = frame
        self._operator_ref = operator_ref
        self._cancel = CancelToken()

    def run(self) -> None:
        try:
            result = self._submitter.submit(self._frame, self._operator_ref, self._cancel)
        except Exception as exc:  # the client should not raise; if it does, show an error
            result = SubmitResult(Outcome.ERROR, message=str(exc), error_kind="internal")
        self.done.emit(self.submission, result)

    def cancel(self) -> None:
        """Any thread; also before run() has started."""
        self._cancel.cancel()
