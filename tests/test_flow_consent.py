"""The consent step in the flow: nothing captured before consent, declining returns to
attract (and does not ask the same person again), the record rides on StartSubmit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from kiosk.flow import (
    CaptureNow,
    ConsentDeclined,
    ConsentGiven,
    ConsentRecord,
    FlowSettings,
    NextPerson,
    Outcome,
    State,
    SubmitFinished,
    Tick,
)
from kiosk.quality.rules import Rule
from tests.fakes import answer
from tests.test_flow import SETTINGS, Driver

CONSENT = replace(SETTINGS, consent_required=True, consent_timeout_s=30.0)
RECORD = ConsentRecord("privacy-2026-11", "ms", "2026-12-01T09:30:00Z", "touch")


def test_a_face_is_asked_for_consent_and_nothing_is_captured_before_it():
    d = Driver(CONSENT)
    for i in range(40):  # four seconds of perfect frames
        assert d.frame(i * 0.1).state is State.CONSENT
    d.send(CaptureNow(4.0, force=True))
    assert d.model.state is State.CONSENT and d.submits() == []
    assert d.model.guidance is None


def test_accepting_goes_on_to_capture_and_the_record_rides_on_the_submission():
    d = Driver(CONSENT)
    d.frame(0.0)
    d.send(ConsentGiven(0.5, RECORD))
    assert d.model.state is State.ALIGNING and d.model.consent == RECORD
    t = 0.6
    while not d.submits() and t < 5:
        d.frame(t)
        t += 0.1
    (start,) = d.submits()
    assert start.consent == RECORD
    # A quality rejection keeps the same person's consent; NextPerson forgets it.
    d.send(SubmitFinished(start.submission, answer(Outcome.QUALITY_REJECTED, rule=Rule.BLURRY), t))
    assert d.model.state is State.ALIGNING and d.model.consent == RECORD
    d.send(NextPerson(t + 1))
    assert d.model.state is State.ATTRACT and d.model.consent is None


def test_declining_returns_to_attract_and_asks_again_only_after_they_leave():
    d = Driver(CONSENT)
    d.frame(0.0)
    d.send(ConsentDeclined(1.0))
    assert d.model.state is State.ATTRACT and d.model.declined
    for i in range(20):  # the same person still standing there: not asked again
        assert d.frame(1.1 + i * 0.1).state is State.ATTRACT
    assert d.submits() == []
    d.frame(3.2, Rule.NO_FACE)
    d.send(Tick(7.0))  # gone for longer than walk_away_s
    assert not d.model.declined
    assert d.frame(7.1).state is State.CONSENT  # the next person is asked


def test_an_unanswered_notice_or_a_person_leaving_returns_to_attract():
    d = Driver(CONSENT)
    d.frame(0.0)
    for i in range(1, 40):
        d.frame(i * 0.1, Rule.NO_FACE)
    d.send(Tick(4.0))
    assert d.model.state is State.ATTRACT
    d.frame(5.0)
    for i in range(1, 320):  # still there, never answering
        d.frame(5.0 + i * 0.1)
    assert d.model.state is State.ATTRACT


def test_staff_can_record_verbal_consent_before_the_person_is_seen():
    verbal = ConsentRecord.now(
        "privacy-2026-11", "en", "verbal", at=dt.datetime(2026, 12, 1, 17, 5, tzinfo=dt.UTC)
    )
    assert verbal.accepted_at == "2026-12-01T17:05:00Z"
    d = Driver(replace(CONSENT, kiosk_mode=False))
    d.send(ConsentGiven(0.0, verbal))
    assert d.model.state is State.ATTRACT and d.model.consent == verbal
    assert d.frame(0.1).state is State.STEADY  # no notice: consent is already there
    assert verbal.as_metadata() == {
        "consent_version": "privacy-2026-11",
        "consent_language": "en",
        "consent_at": "2026-12-01T17:05:00Z",
        "consent_method": "verbal",
    }


def test_without_a_consent_notice_nothing_changes():
    d = Driver(FlowSettings())
    assert d.frame(0.0).state is State.STEADY
