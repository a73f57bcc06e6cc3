"""Spoken guidance with a fake engine (no speech engine runs here; Qt TextToSpeech is a
PySide6 add-on the kiosk does not install): what is said, when, in which language, never
more than one phrase every 2 s, and the sound cues when there is no voice."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from kiosk.config import Config, parse_config
from kiosk.flow import (
    FlowModel,
    FlowSettings,
    Guidance,
    Outcome,
    State,
    SubmitResult,
    initial_model,
)
from kiosk.quality.rules import DEFAULT_HINTS, Rule
from kiosk.ui import i18n
from kiosk.ui.speech import MIN_GAP_S, SpeechGuide
from tests import uiapp
from tests.test_ui_flow import run_through

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app


class FakeEngine:
    def __init__(self, voices=("en", "ms"), clock=None) -> None:
        self.voices = set(voices)
        self.said: list[tuple[str, str, float, float]] = []  # text, language, volume, when
        self.clock = clock
        self.stopped = False

    def has_voice(self, language: str) -> bool:
        return language in self.voices

    def say(self, text: str, language: str, volume: float) -> None:
        self.said.append((text, language, volume, self.clock() if self.clock else 0.0))

    def stop(self) -> None:
        self.stopped = True


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def aligning(rule: Rule) -> FlowModel:
    base = initial_model(FlowSettings(kiosk_mode=True))
    return dataclasses.replace(
        base, state=State.ALIGNING, guidance=Guidance(rule, DEFAULT_HINTS[rule])
    )


def test_the_setting_is_off_by_default():
    assert not Config().ui.speech and Config().ui.speech_volume == 0.8
    assert parse_config("[ui]\nspeech = true\nspeech_volume = 0.5\n").ui.speech


def test_a_guidance_is_said_once_it_holds_and_never_chatters(qapp):
    clock = Clock()
    engine = FakeEngine(clock=clock)
    guide = SpeechGuide(engine, lambda _k: None, volume=0.5, clock=clock)
    guide.on_model(aligning(Rule.FACE_TOO_SMALL))
    assert engine.said == []  # not yet: it must hold
    clock.t += 0.7
    guide.tick()
    assert [s[0] for s in engine.said] == ["Move closer"]
    assert engine.said[0][1:3] == ("en", 0.5)
    # Flickering guidance: each change within 2 s of the last phrase waits.
    for rule in (Rule.FACE_ANGLE, Rule.TOO_DARK, Rule.FACE_ANGLE):
        guide.on_model(aligning(rule))
        clock.t += 0.4
        guide.tick()
    assert len(engine.said) == 1
    clock.t += 2.0
    guide.tick()
    assert [s[0] for s in engine.said] == ["Move closer", "Face the camera"]
    guide.on_model(aligning(Rule.FACE_ANGLE))  # the same again: not repeated
    clock.t += 5
    guide.tick()
    assert len(engine.said) == 2
    times = [s[3] for s in engine.said]
    assert all(b - a >= MIN_GAP_S for a, b in itertools.pairwise(times))


def test_the_result_is_said_in_the_persons_language(qapp):
    clock = Clock()
    engine = FakeEngine(clock=clock)
    guide = SpeechGuide(engine, lambda _k: None, clock=clock)
    result = dataclasses.replace(
        initial_model(FlowSettings(kiosk_mode=True)),
        state=State.RESULT,
        result=SubmitResult(Outcome.VERIFIED),
    )
    try:
        assert i18n.set_language("ms")
        guide.on_model(result)  # a result: at once, no hold
        assert engine.said[0][0].startswith("DISAHKAN. ")
        assert engine.said[0][1] == "ms"
    finally:
        i18n.set_language("en")
    guide.close()
    assert engine.stopped


def test_no_voice_for_the_language_plays_the_sound_cues(qapp):
    cues: list[str] = []
    engine = FakeEngine(voices=("en",))
    guide = SpeechGuide(engine, cues.append)
    try:
        assert i18n.set_language("vi")
        guide.on_model(aligning(Rule.FACE_TOO_SMALL))
        guide.on_cue("capture")
        guide.on_cue("result")
        assert engine.said == [] and cues == ["capture", "result"]
    finally:
        i18n.set_language("en")
    guide.on_cue("capture")  # English has a voice: the cue is not needed
    assert cues == ["capture", "result"]


@pytest.mark.timeout(90)
def test_attract_to_result_with_spoken_guidance(qtbot, make_app, clips):
    engine = FakeEngine()
    guide = SpeechGuide(engine, lambda _k: None)
    controller, window = make_app(clips["walk_up"], kiosk=True, speech=guide)
    assert window.speech is guide
    (answer,) = run_through(qtbot, controller)
    qtbot.waitUntil(lambda: any(s[0].startswith("VERIFIED") for s in engine.said), timeout=5000)
    assert answer.outcome is Outcome.VERIFIED
    said = [s[0] for s in engine.said]
    assert said[-1] == "VERIFIED. Thank you. You may proceed."
    assert len(said) >= 2  # guidance (or "Hold still…") before the result
