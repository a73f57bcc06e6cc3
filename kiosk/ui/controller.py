"""Connects threads, the flow and the screens: the only place effects are carried out."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.api.credential import REJECTED_MESSAGE
from kiosk.audit import AuditTrail
from kiosk.camera import CameraUnavailable, FrameSource
from kiosk.camera.freeze import FROZEN_S
from kiosk.camera.source import CameraProblem
from kiosk.flow import (
    Analysed,
    CameraBack,
    CameraLost,
    Cancel,
    CancelSubmit,
    CaptureNow,
    ConsentDeclined,
    ConsentGiven,
    ConsentRecord,
    Effect,
    Event,
    FlowModel,
    FlowSettings,
    NextPerson,
    Outcome,
    PlayCue,
    Retry,
    ServiceDown,
    ServiceUp,
    ShowResult,
    StartSubmit,
    State,
    SubmissionCancelled,
    SubmitFinished,
    SubmitResult,
    Tick,
    initial_model,
    step,
)
from kiosk.submission import Submitter
from kiosk.ui.workers import AnalysisPacket, AnalysisThread, Analyzer, CaptureThread, SubmitThread

log = logging.getLogger("kiosk.flow")

TICK_MS = 50
STALL_S = 4.0  # no frame for this long although the camera says it is fine: treat as lost
# Out of service for a refused API key: how often the credential is looked at again (the
# key itself is sent again at most once a minute: kiosk.api.credential).
AUTH_RECHECK_MS = 15_000


class FlowController(QObject):
    modelChanged = Signal(object)  # FlowModel
    answered = Signal(object)  # SubmitResult: every answer from the service
    cancelled = Signal(object)  # SubmitResult: a cancelled submission has really ended
    cue = Signal(str)  # "capture" | "result"
    sourceEnded = Signal()  # a non-looping clip has played out
    engineFailed = Signal(str)
    cameraProblem = Signal(object)  # CameraUnavailable (why, what to do), or None: it is back
    frameArrived = Signal(object)  # FramePacket for the preview (newest only)
    faultsChanged = Signal(object)  # dict component -> reason: what keeps failing now
    attempted = Signal(object)  # dict: one verification attempt, as the audit trail has it
    staffAlert = Signal()  # kiosk mode: someone pressed "Need help? Call staff"
    credentialChecked = Signal(bool)  # the recheck after a 401: the key may be tried again

    def __init__(
        self,
        source: FrameSource,
        make_analyzer: Callable[[], Analyzer],
        submitter: Submitter,
        settings: FlowSettings,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        audit: AuditTrail | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.audit = audit
        self._face_since: float | None = None  # when the current person was first seen
        self._attempt: dict[int, dict[str, float | None]] = {}  # submission -> timings
        self._consent: dict[int, ConsentRecord] = {}  # submission -> the person's consent
        self.model: FlowModel = initial_model(settings, clock())
        self.submitter = submitter
        self.operator_ref = ""  # sent as verification metadata
        self.capture = CaptureThread(source, self)
        self.analysis = AnalysisThread(make_analyzer, self.capture.analysis, self)
        self.capture.gate = self.analysis.gate  # nobody there: fewer frames shown too
        self._submits: dict[int, SubmitThread] = {}
        self._last_frame_at = clock()
        self._analysis_times: deque[float] = deque(maxlen=30)
        self._camera_reported_ok = True
        self.faults: dict[str, str] = {}  # component -> why it keeps failing
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._auth_check = QTimer(self)
        self._auth_check.setInterval(AUTH_RECHECK_MS)
        self._auth_check.timeout.connect(self._recheck_credential)
        self._rechecking = False
        self._key_refused = False  # a 401 since the service last took the key
        self.credentialChecked.connect(self._on_credential_checked)
        self.analysis.analysed.connect(self._on_analysed)
        self.analysis.failed.connect(self.engineFailed)
        self.capture.cameraStatus.connect(self._on_camera_status)
        self.capture.cameraProblem.connect(self._set_camera_problem)
        self.capture.ended.connect(self.sourceEnded)
        self.capture.frameReady.connect(self._on_frame_seen)
        self.capture.health.connect(lambda ok, why: self.set_fault("capture", None if ok else why))
        self.analysis.health.connect(
            lambda ok, why: self.set_fault("analysis", None if ok else why)
        )

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        self.capture.start()
        self.analysis.start()
        self._timer.start()

    def shutdown(self) -> None:
        """Bounded: a worker that does not stop in time is left behind and logged."""
        self._timer.stop()
        self._auth_check.stop()
        for thread in list(self._submits.values()):
            thread.cancel()  # closes its connection: it ends at once
        self.capture.stop()
        self.analysis.stop()
        for thread in list(self._submits.values()):
            if not thread.wait(10_000):
                log.warning("submission thread still running at exit", extra={"event": "stop"})
        self._submits.clear()
        self.submitter.close()

    def set_fault(self, component: str, reason: str | None) -> None:
        """``component`` keeps failing (``reason``) or works again (None): the kiosk is out
        of service while any component is at fault, and back when none is."""
        before = dict(self.faults)
        if reason is None:
            self.faults.pop(component, None)
        else:
            self.faults[component] = reason
        if self.faults == before:
            return
        now = self._clock()
        if self.faults:
            why = "; ".join(self.faults.values())
            log.error("out of service: %s", why, extra={"event": "out_of_service"})
            self.dispatch(ServiceDown(now, why))
        else:
            log.info("back in service", extra={"event": "back_in_service"})
            self.dispatch(ServiceUp(now))
        self.faultsChanged.emit(dict(self.faults))

    # --- what staff (or the screens) ask for -------------------------------------------
    def capture_now(self, force: bool = False) -> None:
        self.dispatch(CaptureNow(self._clock(), force))

    def cancel(self) -> None:
        self.dispatch(Cancel(self._clock()))

    def next_person(self) -> None:
        self.dispatch(NextPerson(self._clock()))

    def retry(self) -> None:
        self.dispatch(Retry(self._clock()))

    def accept_consent(self, record: ConsentRecord) -> None:
        """Accepted on the notice (touch) or recorded by staff (verbal)."""
        log.info(
            "consent %s (%s, %s)",
            record.method,
            record.version,
            record.language,
            extra={"event": "consent"},
        )
        self.dispatch(ConsentGiven(self._clock(), record))

    def request_help(self) -> None:
        """The person asked for staff: a warning in the log and the staff-alert counter."""
        log.warning(
            "staff alert: help asked for on the kiosk (%s)",
            self.model.state.value,
            extra={"event": "staff_alert"},
        )
        self.staffAlert.emit()

    def decline_consent(self) -> None:
        self.dispatch(ConsentDeclined(self._clock()))

    def apply_settings(self, settings: FlowSettings) -> None:
        """New timing (hold, walk-away reset, result timeout) from the settings dialog,
        effective at once; the mode (staff / kiosk) stays what the app started in."""
        settings = replace(settings, kiosk_mode=self.model.settings.kiosk_mode)
        if settings != self.model.settings:
            self.model = replace(self.model, settings=settings)
            self.modelChanged.emit(self.model)

    def set_kiosk_mode(self, kiosk: bool) -> None:
        """Kiosk mode left for staff mode (or entered): the flow's timing follows."""
        if self.model.settings.kiosk_mode != kiosk:
            settings = replace(self.model.settings, kiosk_mode=kiosk)
            self.model = replace(self.model, settings=settings)
            self.modelChanged.emit(self.model)

    def dispatch_camera_denied(self, advice: str = "") -> None:
        self.camera_reason = "camera access denied"
        self._set_camera_problem(
            CameraUnavailable(
                "camera access denied", problem=CameraProblem.PERMISSION, advice=advice
            )
        )
        self.dispatch(CameraLost(self._clock()))

    def now(self) -> float:
        return self._clock()

    def analyses_per_second(self) -> float:
        times = self._analysis_times
        if len(times) < 2 or times[-1] == times[0]:
            return 0.0
        return (len(times) - 1) / (times[-1] - times[0])

    # --- the loop ----------------------------------------------------------------------
    def dispatch(self, event: Event) -> None:
        old = self.model
        model, effects = step(old, event)
        changed = model is not old
        self.model = model
        if model.state is not old.state:
            self._follow_person(old, model)
            log.info(
                "flow: %s -> %s",
                old.state.value,
                model.state.value,
                extra={"event": "state", "component": "flow"},
            )
        for effect in effects:
            self._apply(effect)
        if changed:
            self.modelChanged.emit(model)

    def _follow_person(self, old: FlowModel, new: FlowModel) -> None:
        """Timings for the audit trail, and the attempts that end without a capture."""
        now = self._clock()
        if old.state is State.ATTRACT and new.state in (State.CONSENT, State.ALIGNING):
            self._face_since = now
        elif old.state is State.CONSENT and new.state is State.ATTRACT and new.declined:
            self._record(outcome="declined")  # consent declined (or never answered)
        elif old.state in (State.ALIGNING, State.STEADY) and new.state not in (
            State.ALIGNING,
            State.STEADY,
            State.CAPTURED,
        ):
            rule = old.guidance.rule if old.guidance is not None else None
            self._record(
                outcome="abandoned",
                rule=rule.value if rule is not None else None,
                side="device" if rule is not None else None,
            )
        if new.state in (State.ATTRACT, State.NO_CAMERA, State.OUT_OF_SERVICE):
            self._face_since = None

    def _record(self, **fields: object) -> None:
        entry = self.audit.record(**fields) if self.audit is not None else dict(fields)
        self.attempted.emit(entry)

    def _apply(self, effect: Effect) -> None:
        match effect:
            case StartSubmit(submission, candidate, consent):
                now = self._clock()
                if consent is not None:
                    self._consent[submission] = consent
                since = self._face_since
                self._attempt[submission] = {
                    "time_to_capture_s": round(now - since, 3) if since is not None else None,
                    "started": now,
                }
                thread = SubmitThread(
                    self.submitter, submission, candidate.frame, self.operator_ref, self, consent
                )
                thread.done.connect(self._on_submit_done)
                self._submits[submission] = thread
                thread.start()
            case CancelSubmit(submission):
                if submission in self._submits:
                    self._submits[submission].cancel()
            case ShowResult(result):
                self.answered.emit(result)
            case SubmissionCancelled(_, result):
                self.cancelled.emit(result)
            case PlayCue(kind):
                self.cue.emit(kind)

    def _tick(self) -> None:
        now = self._clock()
        stalled = now - self._last_frame_at > STALL_S
        if stalled and self._camera_reported_ok and self.model.camera_ok:
            self._set_camera_problem(
                CameraUnavailable(
                    f"{self.capture.source.description} sent no frame for {STALL_S:.0f} s",
                    advice="Unplug it and plug it in again, or close other programs using it",
                )
            )
            self.dispatch(CameraLost(now))  # a camera that hangs instead of failing
        elif self.capture.frozen and self._camera_reported_ok and self.model.camera_ok:
            frozen = CameraUnavailable(
                f"{self.capture.source.description} has sent the very same picture for "
                f"{FROZEN_S:.0f} s (frozen, or the lens is covered)",
                advice="Unplug it and plug it in again; check nothing covers the lens",
            )
            log.warning("%s", frozen, extra={"event": "camera_frozen", "component": "capture"})
            self._set_camera_problem(frozen)
            self.dispatch(CameraLost(now))  # never judge (or submit) a picture that is stale
        self.dispatch(Tick(now))
        self._refused_key_fault()

    def _on_frame_seen(self) -> None:
        packet = self.capture.preview.take()
        if packet is None:
            return
        now = self._clock()
        self._last_frame_at = now
        self.frames_shown += 1
        self.frameArrived.emit(packet)
        if not self.model.camera_ok and self._camera_reported_ok and not self.capture.frozen:
            self._set_camera_problem(None)
            self.dispatch(CameraBack(now))

    def _on_analysed(self, packet: AnalysisPacket) -> None:
        now = self._clock()
        self._analysis_times.append(now)
        self.dispatch(Analysed(packet.report, packet.frame, now))

    def _on_camera_status(self, available: bool, reason: str) -> None:
        self._camera_reported_ok = available
        self.camera_reason = reason
        now = self._clock()
        if available:
            self._last_frame_at = now
            self._set_camera_problem(None)
        self.dispatch(CameraBack(now) if available else CameraLost(now))

    def _set_camera_problem(self, problem: CameraUnavailable | None) -> None:
        if problem is not self.camera_problem:
            self.camera_problem = problem
            self.cameraProblem.emit(problem)

    def _on_submit_done(self, submission: int, result: SubmitResult) -> None:
        log.info(
            "verification %s: %s%s",
            submission,
            result.outcome.value,
            f" ({result.error_kind})" if result.error_kind else "",
            extra={
                "event": "verification",
                "outcome": result.outcome.value,
                "trust_validation_id": result.trust_validation_id,
                "error_kind": result.error_kind,
                "rule": result.rule.value if result.rule else None,
            },
        )
        timing = self._attempt.pop(submission, {})
        started = timing.get("started")
        detail = result.detail
        consent = self._consent.pop(submission, None)
        self._record(
            **(consent.as_audit() if consent is not None else {}),
            trust_validation_id=result.trust_validation_id,
            outcome=result.outcome.value,
            rule=result.rule.value if result.rule else None,
            side="service" if result.rule else None,
            error_kind=result.error_kind,
            time_to_capture_s=timing.get("time_to_capture_s"),
            submit_s=round(self._clock() - started, 3) if started is not None else None,
            requests=getattr(detail, "requests", None),
        )
        thread = self._submits.pop(submission, None)
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.dispatch(SubmitFinished(submission, result, self._clock()))
        self._follow_service(result)

    # --- a refused API key: out of service, with a slow recheck --------------------------
    def _follow_service(self, result: SubmitResult) -> None:
        if result.error_kind == "auth":
            self._key_refused = True
            self._auth_check.start()
            self._refused_key_fault()
        elif self._key_refused and result.outcome is not Outcome.CANCELLED:
            self._key_refused = False  # the service took the key again
            self._auth_check.stop()
            self.set_fault("service", None)

    def _refused_key_fault(self) -> None:
        """Out of service once the refused person's result screen is over."""
        waiting = self._key_refused and "service" not in self.faults
        if waiting and self.model.state is not State.RESULT:
            self.set_fault("service", REJECTED_MESSAGE)

    def _recheck_credential(self) -> None:
        """Off the GUI thread (it may read the OS credential store): may the key be sent
        again — a new key saved, or the refused one's hold-back over?"""
        credential = getattr(self.submitter, "credential", None)
        if credential is None:
            self._on_credential_checked(True)
            return
        if self._rechecking:
            return
        self._rechecking = True

        def work() -> None:
            usable = credential.blocked_for() <= 0
            with contextlib.suppress(RuntimeError):  # the controller is gone (exit)
                self.credentialChecked.emit(usable)

        threading.Thread(target=work, name="credential-recheck", daemon=True).start()

    def _on_credential_checked(self, usable: bool) -> None:
        self._rechecking = False
        if usable and self._key_refused:
            self._key_refused = False
            self._auth_check.stop()
            self.set_fault("service", None)  # the next person's verification tries it

    camera_reason: str = ""
    camera_problem: CameraUnavailable | None = None
    frames_shown: int = 0
