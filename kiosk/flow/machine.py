"""The pure transition function: ``step(model, event) -> (model, effects)``.

No clock, no threads, no Qt: time arrives inside events, and everything the
flow wants done (submit, cancel, play a sound) comes back as effects.
"""

from __future__ import annotations

from dataclasses import replace

from kiosk.flow.consent import ConsentRecord
from kiosk.flow.events import (
    Analysed,
    CameraBack,
    CameraLost,
    Cancel,
    CancelSubmit,
    CaptureNow,
    ConsentDeclined,
    ConsentGiven,
    Effect,
    Event,
    NextPerson,
    PlayCue,
    Retry,
    ServiceDown,
    ServiceUp,
    ShowResult,
    StartSubmit,
    SubmissionCancelled,
    SubmitFinished,
    Tick,
)
from kiosk.flow.model import (
    LIVE_STATES,
    Candidate,
    FlowModel,
    Guidance,
    Outcome,
    State,
)

Step = tuple[FlowModel, list[Effect]]


def step(model: FlowModel, event: Event) -> Step:
    match event:
        case Tick(now):
            return _on_time(model, now)
        case Analysed():
            return _on_analysed(model, event)
        case CaptureNow(now, force):
            return _on_capture_now(model, now, force)
        case Cancel(now):
            return _on_cancel(model, now)
        case ConsentGiven(now, record):
            return _on_consent(model, now, record), []
        case ConsentDeclined(now):
            if model.state is State.CONSENT:
                return replace(_to_attract(model, now), declined=True), []
            return model, []
        case SubmitFinished():
            return _on_submit_finished(model, event)
        case NextPerson(now):
            if model.state in (
                State.SUBMITTING,
                State.NO_CAMERA,
                State.CAPTURED,
                State.OUT_OF_SERVICE,
            ):
                return model, []
            return _to_attract(model, now), []
        case Retry(now):
            if model.state is State.RESULT:
                return _enter(_reset(model), State.ALIGNING, now, last_face_at=now), []
            return model, []
        case CameraLost(now):
            if model.state in LIVE_STATES:
                return _enter(_reset(model), State.NO_CAMERA, now, camera_ok=False), []
            return replace(model, camera_ok=False), []
        case CameraBack(now):
            if model.state is State.NO_CAMERA:
                return _enter(model, State.ATTRACT, now, camera_ok=True), []
            return replace(model, camera_ok=True), []
        case ServiceDown(now, reason):
            model = replace(model, out_of_service=reason)
            if model.state in (*LIVE_STATES, State.NO_CAMERA, State.RESULT):
                return _enter(_reset(model), State.OUT_OF_SERVICE, now), []
            return model, []  # a capture or submission in flight ends first
        case ServiceUp(now):
            model = replace(model, out_of_service=None)
            if model.state is State.OUT_OF_SERVICE:
                return _to_attract(model, now), []
            return model, []
    raise TypeError(f"not a flow event: {event!r}")


# --- helpers -------------------------------------------------------------------------------


def _enter(model: FlowModel, state: State, now: float, **changes: object) -> FlowModel:
    return replace(model, state=state, since=now, **changes)  # type: ignore[arg-type]


def _reset(model: FlowModel) -> FlowModel:
    """Forget the person: guidance, hold, chosen frames and result."""
    return replace(
        model,
        last_face_at=None,
        guidance=None,
        service_guidance_until=None,
        steady_since=None,
        failing_since=None,
        best=None,
        captured=None,
        result=None,
    )


def _to_attract(model: FlowModel, now: float) -> FlowModel:
    """The person has gone (or declined): forget them, their consent too."""
    target = State.ATTRACT if model.camera_ok else State.NO_CAMERA
    if model.out_of_service is not None:
        target = State.OUT_OF_SERVICE
    return _enter(_reset(model), target, now, consent=None)


def _needs_consent(model: FlowModel) -> bool:
    return model.settings.consent_required and model.consent is None


def _on_consent(model: FlowModel, now: float, record: ConsentRecord) -> FlowModel:
    """Accepted on the notice, or recorded by staff (also before anyone is seen)."""
    if model.state is State.CONSENT:
        return _enter(model, State.ALIGNING, now, consent=record, last_face_at=now)
    if model.state in LIVE_STATES:
        return replace(model, consent=record, declined=False)
    return model


def _walked_away(model: FlowModel, now: float) -> bool:
    seen = model.last_face_at if model.last_face_at is not None else model.since
    return now - max(seen, model.since) >= model.settings.walk_away_s


def _hold_complete(model: FlowModel, now: float) -> bool:
    if model.best is None or model.steady_since is None:
        return False
    return now - model.steady_since >= model.settings.hold_s


def _service_guidance_active(model: FlowModel, now: float) -> bool:
    return model.service_guidance_until is not None and now < model.service_guidance_until


def _capture(model: FlowModel, candidate: Candidate, now: float) -> Step:
    model = _enter(model, State.CAPTURED, now, captured=candidate, steady_since=None, best=None)
    return _maybe_start_submit(model, now, [PlayCue("capture")])


def _maybe_start_submit(model: FlowModel, now: float, effects: list[Effect]) -> Step:
    """After the freeze-frame, submit, but only once no other submission is in flight."""
    if model.state is not State.CAPTURED or model.captured is None:
        return model, effects
    if now - model.since < model.settings.freeze_s or model.in_flight is not None:
        return model, effects
    sid = model.submission + 1
    captured = model.captured
    model = _enter(model, State.SUBMITTING, now, submission=sid, in_flight=sid)
    return model, [*effects, StartSubmit(sid, captured, model.consent)]


# --- event handlers ------------------------------------------------------------------------


def _on_time(model: FlowModel, now: float) -> Step:
    s = model.settings
    if model.out_of_service is not None and model.state in LIVE_STATES:
        return _enter(_reset(model), State.OUT_OF_SERVICE, now), []
    match model.state:
        case State.CONSENT if _walked_away(model, now):
            return _to_attract(model, now), []
        case State.CONSENT if now - model.since >= s.consent_timeout_s:  # as if declined
            return replace(_to_attract(model, now), declined=True), []
        case State.ATTRACT if model.declined and _walked_away(model, now):
            return replace(model, declined=False), []
        case State.ALIGNING | State.STEADY if _walked_away(model, now):
            return _to_attract(model, now), []
        case State.STEADY if _hold_complete(model, now):
            assert model.best is not None
            return _capture(model, model.best, now)
        case State.CAPTURED:
            return _maybe_start_submit(model, now, [])
        case State.RESULT if s.kiosk_mode and now - model.since >= s.result_timeout_s:
            return _to_attract(model, now), []
        case State.RESULT if not s.kiosk_mode and _walked_away(model, now):
            return _to_attract(model, now), []
    return model, []


def _on_analysed(model: FlowModel, ev: Analysed) -> Step:
    report, now = ev.report, ev.now
    if report.frame_id <= model.last_frame_id:
        return model, []  # stale: a newer frame was analysed already
    cand = Candidate(report.frame_id, ev.frame, report)
    model = replace(model, last_frame_id=report.frame_id, latest=cand)
    if report.faces > 0:
        model = replace(model, last_face_at=now)

    if model.state is State.ATTRACT:
        if report.faces == 0 or model.declined:
            return _on_time(model, now)
        if _needs_consent(model):
            return _enter(model, State.CONSENT, now), []
        model = _enter(model, State.ALIGNING, now)

    if model.state is State.CONSENT:
        return _on_time(model, now)

    if model.state is State.ALIGNING:
        if not _service_guidance_active(model, now):
            model = replace(model, guidance=Guidance.from_report(report))
            if report.passed and model.settings.auto_capture:
                model = _enter(
                    model, State.STEADY, now, steady_since=now, failing_since=None, best=cand
                )
        return _on_time(model, now)

    if model.state is State.STEADY:
        if report.passed:
            best = model.best
            if best is None or cand.sharpness > best.sharpness:
                best = cand
            model = replace(model, best=best, failing_since=None, guidance=None)
        else:
            failing_since = model.failing_since if model.failing_since is not None else now
            model = replace(model, failing_since=failing_since)
            if now - failing_since >= model.settings.steady_grace_s:
                model = _enter(
                    model,
                    State.ALIGNING,
                    now,
                    steady_since=None,
                    failing_since=None,
                    best=None,
                    guidance=Guidance.from_report(report),
                )
        return _on_time(model, now)

    return _on_time(model, now)


def _on_capture_now(model: FlowModel, now: float, force: bool) -> Step:
    if model.state not in LIVE_STATES or model.latest is None or _needs_consent(model):
        return model, []  # nothing is captured before consent
    if model.state is State.STEADY and model.best is not None:
        return _capture(model, model.best, now)
    latest = model.latest
    if latest.report.passed:
        return _capture(model, latest, now)
    if force and latest.report.faces > 0:
        return _capture(model, replace(latest, forced=True), now)
    return model, []


def _on_cancel(model: FlowModel, now: float) -> Step:
    if model.state is State.CAPTURED:
        return _to_attract(model, now), []
    if model.state is State.SUBMITTING and model.in_flight is not None:
        # in_flight stays set until the worker confirms: never two submissions at once.
        return _to_attract(model, now), [CancelSubmit(model.in_flight)]
    return model, []


def _on_submit_finished(model: FlowModel, ev: SubmitFinished) -> Step:
    if ev.submission == model.in_flight:
        model = replace(model, in_flight=None)
    current = model.state is State.SUBMITTING and ev.submission == model.submission
    if not current or ev.result.outcome is Outcome.CANCELLED:
        # A cancelled submission has ended (its late answer is not shown); or it was
        # cancelled from elsewhere: back to the start, never an error screen. A capture
        # may have been waiting for it.
        if current:
            model = _to_attract(model, ev.now)
        return _maybe_start_submit(model, ev.now, [SubmissionCancelled(ev.submission, ev.result)])
    result, now = ev.result, ev.now
    effects: list[Effect] = [ShowResult(result), PlayCue("result")]
    if result.outcome is Outcome.QUALITY_REJECTED:
        guidance = Guidance.from_service(result.rule, result.message)
        model = _enter(
            _reset(model),
            State.ALIGNING,
            now,
            last_face_at=now,
            guidance=guidance,
            service_guidance_until=now + model.settings.service_guidance_s,
        )
        return model, effects
    return _enter(model, State.RESULT, now, result=result, captured=None), effects
