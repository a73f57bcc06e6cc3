"""`kiosk run --once`: the first answer ends the app, and so does every way of getting none —
a camera that cannot be opened (within seconds, saying why), a clip that ends (after the
engine has checked its last frame: what the camera delivered is reported as it was)."""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.camera import CameraUnavailable
from kiosk.camera.source import CameraProblem
from kiosk.flow import Outcome, State, SubmitResult
from kiosk.ui.controller import FlowController

POLL_MS = 200
CAMERA_GRACE_S = 6.0  # a camera failing this long (busy, unplugged) ends the run
FIRST_FRAME_S = 12.0  # no frame and no word from the camera this long ends it too
ENGINE_WAIT_S = 30.0  # after a clip's end: time for the engine to check its last frame
# Problems that waiting does not fix: said at once.
AT_ONCE = frozenset({CameraProblem.NOT_FOUND, CameraProblem.UNREADABLE, CameraProblem.PERMISSION})


class OnceWatcher(QObject):
    def __init__(
        self,
        app: QApplication,
        controller: FlowController,
        sandbox: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(controller)
        self.app, self.controller, self.sandbox = app, controller, sandbox
        self._clock = clock
        self.outcome: Any = None
        self._started = clock()
        self._problem: CameraUnavailable | None = None
        self._problem_since = 0.0
        self._ended_at: float | None = None
        controller.answered.connect(self._on_answer)
        controller.sourceEnded.connect(self._on_source_ended)
        controller.cameraProblem.connect(self._on_camera_problem)
        controller.analysis.analysed.connect(lambda _p: QTimer.singleShot(0, self._check_ended))
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    # --- how the run ends ----------------------------------------------------------------
    def finish_with(self, outcome: Any) -> None:
        if self.outcome is None:
            self.outcome = outcome
            self._timer.stop()
            self.app.exit(0)  # not quit(): a kiosk window refuses the close quit() asks for

    def _on_answer(self, result: SubmitResult) -> None:
        from kiosk.api import outcome as out

        if result.outcome is Outcome.CANCELLED:
            return
        if result.detail is not None:
            self.finish_with(out.from_result(result.detail, sandbox=self.sandbox))
        else:
            kind = result.error_kind or "internal"
            self.finish_with(out.from_error(kind, result.message or kind, sandbox=self.sandbox))

    def _on_camera_problem(self, problem: CameraUnavailable | None) -> None:
        if problem is not None and self._problem is None:
            self._problem_since = self._clock()
        self._problem = problem
        self._poll()

    def _on_source_ended(self) -> None:
        self._ended_at = self._clock()
        self._check_ended()

    def _poll(self) -> None:
        from kiosk.api import outcome as out

        if self.outcome is not None:
            return
        now = self._clock()
        problem = self._problem
        if problem is not None:
            waited = now - self._problem_since
            if problem.problem in AT_ONCE or waited >= CAMERA_GRACE_S:
                self.finish_with(
                    out.from_error("input", f"the camera cannot be used: {problem.explain()}")
                )
                return
        elif self._frames() == 0 and now - self._started >= FIRST_FRAME_S:
            source = self.controller.capture.source.description
            self.finish_with(
                out.from_error("input", f"{source} delivered no frame in {FIRST_FRAME_S:.0f} s")
            )
            return
        self._check_ended()

    def _check_ended(self) -> None:
        """A finite source has played out: send its last passing frame, or report what the
        on-device check said about the last frame — once the engine has seen it."""
        from kiosk.api import outcome as out

        if self._ended_at is None or self.outcome is not None:
            return
        model = self.controller.model
        if model.in_flight is not None or model.captured is not None:
            return  # an answer is on its way
        if model.state in (State.CAPTURED, State.SUBMITTING):
            return
        frames = self._frames()
        source = self.controller.capture.source.description
        if frames == 0:
            self.finish_with(out.from_error("input", f"{source} ended without a single frame"))
            return
        latest = model.latest
        if latest is None or latest.frame_id < frames:
            if self._clock() - self._ended_at < ENGINE_WAIT_S:
                return  # the engine has not checked the last frame yet (still loading)
            checked = 0 if latest is None else latest.frame_id
            self.finish_with(
                out.from_error(
                    "internal",
                    f"{source} delivered {frames} frames; the on-device check reached only "
                    f"frame {checked} in {ENGINE_WAIT_S:.0f} s",
                )
            )
            return
        if latest.report.passed:
            self.controller.capture_now()  # the person left on a good frame: send it
            if self.controller.model.captured is not None:
                return
        outcome = out.from_precheck(latest.report)
        summary = f"{outcome.summary} (last of {frames} frames from {source})"
        fields = {**outcome.fields, "frames": frames}
        self.finish_with(dataclasses.replace(outcome, summary=summary, fields=fields))

    def _frames(self) -> int:
        return int(self.controller.capture.frames)

    def finish(self) -> int:
        """Print the one line (stderr) and the JSON object (stdout); the exit code."""
        from kiosk.api import outcome as out

        outcome = self.outcome or out.from_cancelled(
            "the app was closed before a result", out.ExitCode.USAGE
        )
        print(f"kiosk run: {outcome.summary}", file=sys.stderr)
        print(json.dumps(outcome.to_json()), flush=True)
        return int(outcome.exit_code)
