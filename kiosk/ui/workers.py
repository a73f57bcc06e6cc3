"""The three workers: capture, analysis and submission. None of them touches a widget.

Frames travel through one-slot mailboxes (latest wins); results come back to the GUI
thread as queued signals. Each worker is supervised: whatever goes wrong is logged with its
traceback and the loop carries on after a backoff (:mod:`kiosk.supervision`); repeated
failures are reported (``health``) so the flow can show it is out of service. Stopping is
bounded: a camera read that hangs never holds up the exit (the capture loop runs on a
daemon thread, left behind after :data:`STOP_TIMEOUT_S`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal

from kiosk.camera import CaptureLoop, FrameSource, LatestSlot
from kiosk.camera.freeze import FreezeWatch, is_live
from kiosk.flow import ConsentRecord, Outcome, SubmitResult
from kiosk.idle import IdleGate
from kiosk.quality.report import QualityReport
from kiosk.submission import CancelToken, Submitter
from kiosk.supervision import Backoff, FailureStreak, log_failure
from kiosk.ui.preview_image import DisplayBuffers, prepare_display

log = logging.getLogger("kiosk.workers")
STOP_TIMEOUT_S = 2.0  # a worker not stopped by then is left behind (and logged)


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


class DaemonWorker(QObject):
    """A worker loop on a daemon thread, with a bounded ``stop``.

    Not a QThread: a call stuck inside a camera driver or a native library must not keep
    the app from ending (a QThread still running when it is destroyed aborts the process).
    Signals emitted from the thread reach GUI-thread receivers queued, as from a QThread."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name=self.objectName(), daemon=True)
        self._thread.start()

    def run(self) -> None:
        raise NotImplementedError

    def isRunning(self) -> bool:  # QThread's name, for callers of either
        return self._thread is not None and self._thread.is_alive()

    def _wake(self) -> None:
        """Unblock the loop's waits (called by ``stop``)."""

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> bool:
        """True when the loop has ended; False when it was left behind (and logged)."""
        self._stop.set()
        self._wake()
        thread = self._thread
        if thread is None or thread is threading.current_thread():
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning(
                "the %s thread did not stop within %.1f s; leaving it behind",
                self.objectName(),
                timeout,
                extra={"event": "stop_timeout", "component": self.objectName()},
            )
            return False
        return True


class CaptureThread(DaemonWorker):
    """Reads the camera; fills the preview and analysis mailboxes."""

    frameReady = Signal()  # the preview mailbox went from empty to full
    cameraStatus = Signal(bool, str)  # available, reason
    cameraProblem = Signal(object)  # CameraUnavailable: why, and what to do
    ended = Signal()  # a finite source (file without looping) has played out
    health = Signal(bool, str)  # usable, why not (the loop itself keeps failing)

    def __init__(self, source: FrameSource, parent: QObject | None = None) -> None:
        super().__init__("capture", parent)
        self.source = source
        self.preview: LatestSlot[FramePacket] = LatestSlot()
        self.analysis: LatestSlot[FramePacket] = LatestSlot()
        self.frames = 0
        self.failures = 0  # the loop's own failures (not the camera's), recovered from
        self.backoff = Backoff()
        self.streak = FailureStreak()
        # (width, height, mirror) the preview wants; set from the GUI thread, read here.
        self.display_request: tuple[int, int, bool] | None = None
        self.gate: IdleGate | None = None  # idle: fewer frames decoded, shown and checked
        self.skipped = 0  # camera frames passed over undecoded (the attract screen)
        # A live camera sending the very same picture for seconds: frozen or covered.
        self.freeze: FreezeWatch | None = FreezeWatch() if is_live(source) else None
        self._display_buffers = DisplayBuffers()  # the preview's frames, written over

    @property
    def frozen(self) -> bool:
        return self.freeze is not None and self.freeze.frozen

    def run(self) -> None:
        while not self._stop.is_set():
            loop = CaptureLoop(
                self.source,
                on_frame=self._on_frame,
                on_status=self.cameraStatus.emit,
                on_ended=self.ended.emit,
                on_problem=self.cameraProblem.emit,
                first_frame=self.frames,
                wants=self._wants,
                on_skipped=self._on_skipped,
            )
            try:
                loop.run(self._stop)
                return  # stopped, or the source ended
            except Exception as exc:  # the loop itself failed: log, back off, go on
                self.failures += 1
                self.frames = max(self.frames, loop.frames)
                delay = self.backoff.next_delay()
                log_failure("capture", "the capture loop", exc, delay)
                if self.streak.record_failure():
                    self.health.emit(False, f"capture keeps failing: {type(exc).__name__}")
                self._stop.wait(delay)

    def _wants(self, frame_id: int, t: float) -> bool:
        """Decode this camera frame? Not two in three on the attract screen (kiosk.idle)."""
        return self.gate is None or self.gate.wants_frame(frame_id, t)

    def _on_skipped(self, frame_id: int) -> None:
        self.frames += 1  # every camera frame is counted, decoded or not
        self.skipped += 1

    def _on_frame(self, frame: np.ndarray, frame_id: int, t: float) -> None:
        self.frames += 1
        if self.freeze is not None:
            self.freeze.frame(frame, t)
        self.analysis.put(FramePacket(frame, frame_id, t))
        if self.backoff.failures:
            self.backoff.reset()
        if self.streak.count and self.streak.record_success():
            self.health.emit(True, "")
        if self.gate is not None and not self.gate.shows_frame(frame_id, t):
            return  # the attract screen: checked for motion (and analysed now and then) only
        display = None
        request = self.display_request
        if request is not None and request[0] > 0 and request[1] > 0:
            # Off the GUI thread; the attract screen's dimmed picture scaled coarsely.
            idle = self.gate is not None and self.gate.idle(t)
            display = prepare_display(frame, *request, coarse=idle, buffers=self._display_buffers)
        if self.preview.put(FramePacket(frame, frame_id, t, display)):
            self.frameReady.emit()  # only wake the GUI if it had caught up

    def _wake(self) -> None:
        self.analysis.close()


class AnalysisThread(DaemonWorker):
    """Runs the quality engine (streaming mode) on the newest frame, one at a time."""

    analysed = Signal(object)  # AnalysisPacket
    failed = Signal(str)  # the engine could not even be made (fatal: a model problem)
    health = Signal(bool, str)  # usable, why not (analyze keeps failing)

    def __init__(
        self,
        make_analyzer: Callable[[], Analyzer],
        frames: LatestSlot[FramePacket],
        parent: QObject | None = None,
    ) -> None:
        super().__init__("analysis", parent)
        self._make_analyzer = make_analyzer
        self._frames = frames
        self.analyses = 0
        self.failures = 0  # analyze() calls that raised, recovered from
        self.analysis_ms = 0.0  # the newest analysis's duration
        self.backoff = Backoff()
        self.streak = FailureStreak()
        self.gate = IdleGate()  # nobody in front of the camera: the engine runs rarely

    def run(self) -> None:
        try:
            analyzer: Analyzer | None = self._make_analyzer()  # on this thread: MediaPipe
        except Exception as exc:  # a missing model must not kill the app silently
            log.exception("the quality engine could not start", extra={"event": "engine_start"})
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        last_ts = -1
        try:
            while not self._stop.is_set():
                if analyzer is None:
                    analyzer = self._remake()
                    continue
                packet = self._frames.wait_take(0.1)
                if packet is None or not self.gate.should_analyse(packet.frame, packet.t):
                    continue
                ts = max(last_ts + 1, int(packet.t * 1000))  # strictly increasing
                last_ts = ts
                started = time.perf_counter()
                try:
                    report = analyzer.analyze(
                        packet.frame, timestamp_ms=ts, frame_id=packet.frame_id
                    )
                except Exception as exc:  # said and recovered from, never swallowed
                    self._failed(exc, "analyze()")
                    _close_quietly(analyzer)
                    analyzer = None  # a fresh engine after the backoff
                    continue
                self.analysis_ms = (time.perf_counter() - started) * 1000
                self.analyses += 1
                self.gate.analysed(report.faces, packet.t)
                self.backoff.reset()
                if self.streak.count and self.streak.record_success():
                    log.info("the quality engine works again", extra={"event": "engine_back"})
                    self.health.emit(True, "")
                self.analysed.emit(AnalysisPacket(report, packet.frame, time.monotonic()))
        finally:
            if analyzer is not None:
                _close_quietly(analyzer)

    def _failed(self, exc: Exception, what: str) -> None:
        self.failures += 1
        delay = self.backoff.next_delay()
        log_failure("analysis", what, exc, delay)
        if self.streak.record_failure():
            self.health.emit(False, f"the quality engine keeps failing: {type(exc).__name__}")
        self._stop.wait(delay)

    def _remake(self) -> Analyzer | None:
        try:
            return self._make_analyzer()
        except Exception as exc:
            self._failed(exc, "restarting the quality engine")
            return None

    def _wake(self) -> None:
        self._frames.close()


def _close_quietly(analyzer: Analyzer) -> None:
    try:
        analyzer.close()
    except Exception:
        log.exception("closing the quality engine failed", extra={"event": "engine_close"})


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
        consent: ConsentRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"submit-{submission}")
        self._consent = consent
        self.submission = submission
        self._submitter = submitter
        self._frame = frame
        self._operator_ref = operator_ref
        self._cancel = CancelToken()

    def run(self) -> None:
        try:
            # The consent only when there is one: every submitter takes the three others.
            extra = {"consent": self._consent} if self._consent is not None else {}
            result = self._submitter.submit(self._frame, self._operator_ref, self._cancel, **extra)
        except Exception as exc:  # the client should not raise; if it does, show an error
            log.exception("the submission failed", extra={"event": "submit_failed"})
            result = SubmitResult(Outcome.ERROR, message=str(exc), error_kind="internal")
        self.done.emit(self.submission, result)

    def cancel(self) -> None:
        """Any thread; also before run() has started."""
        self._cancel.cancel()
