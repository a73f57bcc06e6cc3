"""The capture flow, transition by transition, with a fake clock (time is in each event)."""

from __future__ import annotations

from itertools import count

import pytest

from kiosk.flow import (
    Analysed,
    CameraBack,
    CameraLost,
    Cancel,
    CancelSubmit,
    CaptureNow,
    FlowModel,
    FlowSettings,
    NextPerson,
    Outcome,
    PlayCue,
    Retry,
    ShowResult,
    StartSubmit,
    State,
    SubmissionCancelled,
    SubmitFinished,
    Tick,
    initial_model,
    step,
)
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from tests.fakes import answer, report

SETTINGS = FlowSettings(
    hold_s=1.0, steady_grace_s=0.3, freeze_s=0.5, walk_away_s=3.0, result_timeout_s=8.0
)


class Driver:
    """Feeds events in order with increasing frame ids; collects every effect."""

    def __init__(self, settings: FlowSettings = SETTINGS) -> None:
        self.model: FlowModel = initial_model(settings)
        self.effects: list[object] = []
        self._ids = count(1)

    def frame(self, now: float, *failures: Rule, sharpness: float = 100.0, **kw) -> FlowModel:
        rep = report(*failures, frame_id=next(self._ids), sharpness=sharpness, **kw)
        return self.send(Analysed(rep, f"frame{rep.frame_id}", now))

    def send(self, event) -> FlowModel:
        self.model, effects = step(self.model, event)
        self.effects.extend(effects)
        return self.model

    def submits(self) -> list[StartSubmit]:
        return [e for e in self.effects if isinstance(e, StartSubmit)]

    def to_submitting(self, t0: float = 0.0) -> float:
        """A good person holds still through the hold and the freeze; returns the time."""
        for i in range(13):
            self.frame(t0 + i * 0.1)
        self.send(Tick(t0 + 2.0))
        assert self.model.state is State.SUBMITTING
        return t0 + 2.0


def test_starts_in_attract_and_stays_while_nobody_is_there():
    d = Driver()
    assert d.model.state is State.ATTRACT
    d.frame(0.0, Rule.NO_FACE)
    d.send(Tick(30.0))
    assert d.model.state is State.ATTRACT and d.effects == []


def test_a_face_appearing_starts_guidance_with_the_first_failure():
    d = Driver()
    d.frame(0.0, Rule.FACE_TOO_SMALL, Rule.FACE_NEAR_BORDER)
    assert d.model.state is State.ALIGNING
    assert d.model.guidance is not None
    assert d.model.guidance.rule is Rule.FACE_TOO_SMALL
    assert d.model.guidance.hint == "Move closer"


def test_guidance_follows_the_newest_frame():
    d = Driver()
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.frame(0.1, Rule.FACE_NEAR_BORDER)
    assert d.model.guidance is not None and d.model.guidance.rule is Rule.FACE_NEAR_BORDER


def test_all_checks_passing_starts_the_hold_and_the_ring_fills():
    d = Driver()
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.frame(0.5)
    assert d.model.state is State.STEADY
    assert d.model.steady_progress(0.5) == 0.0
    assert d.model.steady_progress(1.0) == pytest.approx(0.5)


def test_holding_still_captures_the_sharpest_frame_of_the_window_once():
    d = Driver()
    d.frame(0.0, sharpness=50)
    d.frame(0.3, sharpness=90)
    d.frame(0.6, sharpness=70)
    d.frame(1.0, sharpness=60)
    assert d.model.state is State.CAPTURED
    assert d.model.captured is not None and d.model.captured.frame == "frame2"
    assert PlayCue("capture") in d.effects
    d.send(Tick(1.2))
    assert d.submits() == []  # still the freeze-frame
    d.send(Tick(1.6))
    assert d.model.state is State.SUBMITTING
    assert [s.candidate.frame for s in d.submits()] == ["frame2"]
    d.send(Tick(2.0))
    assert len(d.submits()) == 1


def test_hold_completes_on_a_tick_when_frames_pause():
    d = Driver()
    d.frame(0.0)
    d.send(Tick(0.9))
    assert d.model.state is State.STEADY
    d.send(Tick(1.05))
    assert d.model.state is State.CAPTURED


def test_a_brief_wobble_does_not_restart_the_hold():
    d = Driver()
    d.frame(0.0)
    d.frame(0.5, Rule.BLURRY)
    d.frame(0.6)
    assert d.model.state is State.STEADY and d.model.steady_since == 0.0


def test_a_lasting_failure_returns_to_aligning_with_its_guidance():
    d = Driver()
    d.frame(0.0)
    d.frame(0.5, Rule.FACE_ANGLE)
    d.frame(0.9, Rule.FACE_ANGLE)
    assert d.model.state is State.ALIGNING
    assert d.model.guidance is not None and d.model.guidance.hint == "Face the camera"
    d.send(Tick(5.0 - 2.5))
    assert d.submits() == []


def test_stale_results_are_dropped_by_frame_id():
    d = Driver()
    d.send(Analysed(report(Rule.FACE_TOO_SMALL, frame_id=5), "f5", 0.0))
    d.send(Analysed(report(frame_id=4), "f4", 0.1))  # older frame, arrived late
    assert d.model.state is State.ALIGNING and d.model.last_frame_id == 5
    assert d.model.latest is not None and d.model.latest.frame == "f5"


def test_walking_away_while_aligning_returns_to_attract_after_a_few_seconds():
    d = Driver()
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.frame(0.5, Rule.NO_FACE)
    d.send(Tick(2.9))
    assert d.model.state is State.ALIGNING
    d.send(Tick(3.1))
    assert d.model.state is State.ATTRACT and d.model.guidance is None


def test_no_acceptable_frame_never_submits():
    d = Driver()
    t = 0.0
    for rule in [Rule.FACE_TOO_SMALL, Rule.FACE_NEAR_BORDER, Rule.FACE_OBSCURED] * 20:
        d.frame(t, rule)
        t += 0.1
    d.send(Tick(t + 1))
    assert d.submits() == [] and d.model.state is State.ALIGNING


def test_no_auto_capture_when_disabled_but_manual_capture_works():
    d = Driver(FlowSettings(auto_capture=False, freeze_s=0.0))
    d.frame(0.0)
    d.send(Tick(2.0))
    assert d.model.state is State.ALIGNING
    d.send(CaptureNow(2.1))
    assert d.model.state is State.SUBMITTING and len(d.submits()) == 1


def test_manual_capture_refuses_a_failing_frame_unless_forced():
    d = Driver()
    d.frame(0.0, Rule.FACE_ANGLE)
    d.send(CaptureNow(0.1))
    assert d.model.state is State.ALIGNING
    d.send(CaptureNow(0.2, force=True))
    assert d.model.state is State.CAPTURED
    assert d.model.captured is not None and d.model.captured.forced


def test_capture_anyway_needs_a_face():
    d = Driver()
    d.frame(0.0, Rule.FACE_ANGLE)
    d.frame(0.1, Rule.NO_FACE)
    d.send(CaptureNow(0.2, force=True))
    assert d.model.state is State.ALIGNING


def test_manual_capture_in_steady_takes_the_best_frame_so_far():
    d = Driver()
    d.frame(0.0, sharpness=90)
    d.frame(0.2, sharpness=10)
    d.send(CaptureNow(0.3))
    assert d.model.captured is not None and d.model.captured.frame == "frame1"


@pytest.mark.parametrize(
    "outcome", [Outcome.VERIFIED, Outcome.NOT_VERIFIED, Outcome.REVIEW, Outcome.ERROR]
)
def test_the_answer_is_shown_as_the_result(outcome):
    d = Driver()
    t = d.to_submitting()
    res = answer(outcome, trust_validation_id="tv-1")
    d.send(SubmitFinished(1, res, t + 1))
    assert d.model.state is State.RESULT and d.model.result == res
    assert ShowResult(res) in d.effects and PlayCue("result") in d.effects


def test_a_service_quality_rejection_returns_to_aligning_with_the_same_guidance():
    d = Driver()
    t = d.to_submitting()
    msg = "  face is too small. please move face closer to the camera. "
    d.send(
        SubmitFinished(
            1, answer(Outcome.QUALITY_REJECTED, rule=Rule.FACE_TOO_SMALL, message=msg), t
        )
    )
    g = d.model.guidance
    assert d.model.state is State.ALIGNING
    assert g is not None and g.rule is Rule.FACE_TOO_SMALL and g.hint == "Move closer"
    assert g.service_message == msg  # shown verbatim
    # Passing frames do not override the service's words (nor recapture) right away...
    d.frame(t + 1)
    assert d.model.guidance == g and d.model.state is State.ALIGNING
    # ...but on-device guidance resumes after a while.
    d.frame(t + 5, Rule.FACE_NEAR_BORDER)
    assert d.model.guidance is not None and d.model.guidance.rule is Rule.FACE_NEAR_BORDER


def test_service_guidance_matches_device_hint_for_every_service_rule():
    for rule in SERVICE_MESSAGES:
        d = Driver()
        t = d.to_submitting()
        d.send(
            SubmitFinished(
                1, answer(Outcome.QUALITY_REJECTED, rule=rule, message=SERVICE_MESSAGES[rule]), t
            )
        )
        assert d.model.guidance is not None
        assert d.model.guidance.hint == report(rule).hint


def test_staff_next_person_returns_to_attract():
    d = Driver()
    t = d.to_submitting()
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t))
    for i in range(60):  # staff mode: no timeout while the person stays
        d.frame(t + i)
        d.send(Tick(t + i + 0.5))
    assert d.model.state is State.RESULT
    d.send(NextPerson(t + 62))
    assert d.model.state is State.ATTRACT and d.model.result is None


def test_staff_result_clears_when_the_person_has_left():
    d = Driver()
    t = d.to_submitting()
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t))
    d.frame(t + 1, Rule.NO_FACE)
    d.send(Tick(t + 2.9))
    assert d.model.state is State.RESULT
    d.send(Tick(t + 3.1))
    assert d.model.state is State.ATTRACT


def test_kiosk_result_times_out_to_attract():
    d = Driver(FlowSettings(kiosk_mode=True, result_timeout_s=8.0, freeze_s=0.5))
    t = d.to_submitting()
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t))
    d.frame(t + 1)  # the person is still standing there
    d.send(Tick(t + 7.9))
    assert d.model.state is State.RESULT
    d.send(Tick(t + 8.0))
    assert d.model.state is State.ATTRACT


def test_retry_after_an_error_goes_back_to_aligning():
    d = Driver()
    t = d.to_submitting()
    d.send(SubmitFinished(1, answer(Outcome.ERROR, error_kind="network", retryable=True), t))
    d.send(Retry(t + 1))
    assert d.model.state is State.ALIGNING and d.model.result is None


def test_retry_does_nothing_outside_a_result():
    d = Driver()
    d.frame(0.0, Rule.FACE_ANGLE)
    before = d.model
    assert d.send(Retry(0.1)) == before


def test_cancel_while_submitting_cancels_and_ignores_the_late_answer():
    d = Driver()
    t = d.to_submitting()
    d.send(Cancel(t + 0.1))
    assert d.model.state is State.ATTRACT
    assert CancelSubmit(1) in d.effects
    late = answer(Outcome.VERIFIED, trust_validation_id="tv-1")
    d.send(SubmitFinished(1, late, t + 0.5))
    assert d.model.state is State.ATTRACT and d.model.in_flight is None
    assert not any(isinstance(e, ShowResult) for e in d.effects)
    assert SubmissionCancelled(1, late) in d.effects  # for the history, not the screen
    assert PlayCue("result") not in d.effects


def test_a_submission_ending_cancelled_goes_back_to_attract_never_to_an_error():
    d = Driver()
    t = d.to_submitting()
    cancelled = answer(Outcome.CANCELLED, message="cancelled")
    d.send(SubmitFinished(1, cancelled, t + 0.2))  # cancelled by someone else than the flow
    assert d.model.state is State.ATTRACT and d.model.in_flight is None
    assert d.model.result is None
    assert d.effects[-1] == SubmissionCancelled(1, cancelled)
    assert not any(isinstance(e, ShowResult) for e in d.effects)
    assert PlayCue("result") not in d.effects


def test_only_one_submission_is_ever_in_flight():
    d = Driver()
    t = d.to_submitting()
    d.send(Cancel(t))
    # The next person is captured before the cancelled request has returned.
    t2 = t
    for i in range(13):
        d.frame(t2 + i * 0.1)
    d.send(Tick(t2 + 5))
    assert d.model.state is State.CAPTURED and len(d.submits()) == 1
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t2 + 6))
    assert d.model.state is State.SUBMITTING and len(d.submits()) == 2
    assert d.submits()[1].submission == 2 and d.model.in_flight == 2


def test_cancel_during_freeze_frame_sends_nothing():
    d = Driver()
    for i in range(11):
        d.frame(i * 0.1)
    assert d.model.state is State.CAPTURED
    d.send(Cancel(1.1))
    d.send(Tick(3.0))
    assert d.model.state is State.ATTRACT and d.submits() == []


def test_camera_loss_shows_no_camera_and_its_return_resumes():
    d = Driver()
    d.frame(0.0, Rule.FACE_TOO_SMALL)
    d.send(CameraLost(0.5))
    assert d.model.state is State.NO_CAMERA
    d.send(Tick(20.0))
    assert d.model.state is State.NO_CAMERA
    d.send(CameraBack(21.0))
    assert d.model.state is State.ATTRACT


def test_camera_loss_during_submission_keeps_the_answer_then_shows_no_camera():
    d = Driver(FlowSettings(kiosk_mode=True, freeze_s=0.5))
    t = d.to_submitting()
    d.send(CameraLost(t + 0.1))
    assert d.model.state is State.SUBMITTING
    d.send(SubmitFinished(1, answer(Outcome.VERIFIED), t + 1))
    assert d.model.state is State.RESULT
    d.send(Tick(t + 10))
    assert d.model.state is State.NO_CAMERA


def test_next_person_is_ignored_while_submitting():
    d = Driver()
    d.to_submitting()
    before = d.model
    assert d.send(NextPerson(3.0)) == before


def test_unknown_event_is_an_error():
    with pytest.raises(TypeError):
        step(initial_model(), "nonsense")  # type: ignore[arg-type]


def test_cancel_token_calls_what_registers_even_after_the_cancel():
    from kiosk.submission import CancelToken

    calls: list[str] = []
    token = CancelToken()
    token.on_cancel(lambda: calls.append("early"))
    token.cancel()
    token.cancel()  # twice: still once
    assert calls == ["early"] and token.cancelled
    token.on_cancel(lambda: calls.append("late"))  # a client made after the click
    assert calls == ["early", "late"]
