"""The optional sound cue: asked for at capture and at the result only when `ui.sound` is
on, distinct for each, played off the GUI thread."""

from __future__ import annotations

import threading
import time
import wave
from pathlib import Path

import pytest

from kiosk.flow import Outcome, State
from kiosk.ui.sound import SystemCuePlayer, cue_path, player_command
from scripts import make_cues
from tests import uiapp

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(60)


def test_cues_at_capture_and_at_result_when_sound_is_on(qtbot, make_app, clips):
    controller, window = make_app(clips["good"], sound=True)
    player = window.cue_player
    assert isinstance(player, uiapp.RecordingPlayer)
    heard: list[tuple[str, State]] = []
    player.play = lambda kind: heard.append((kind, controller.model.state))  # type: ignore[method-assign]
    answers: list = []
    controller.answered.connect(answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=25_000)
    assert answers[0].outcome is Outcome.VERIFIED
    assert heard == [("capture", State.CAPTURED), ("result", State.RESULT)]


def test_no_cue_when_sound_is_off(qtbot, make_app, clips):
    controller, window = make_app(clips["good"])  # ui.sound defaults to off
    answers: list = []
    controller.answered.connect(answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=25_000)
    assert controller.model.state is State.RESULT  # captured and answered...
    player = window.cue_player
    assert isinstance(player, uiapp.RecordingPlayer)
    assert player.cues == []  # ...in silence


def test_turning_sound_on_in_the_settings_takes_effect(qtbot, make_app, clips):
    controller, window = make_app(clips["good"])
    window.sound = True  # what saving the settings dialog does
    controller.cue.emit("result")
    player = window.cue_player
    assert isinstance(player, uiapp.RecordingPlayer) and player.cues == ["result"]


class SlowSpeaker:
    """A player program that takes its time; records what it was asked to play, where."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.played: list[tuple[list[str], str]] = []
        self.done = threading.Event()

    def __call__(self, command) -> None:
        time.sleep(self.seconds)
        self.played.append((list(command), threading.current_thread().name))
        if len(self.played) == 2:
            self.done.set()


def linux_with(*programs: str):
    return lambda name: f"/usr/bin/{name}" if name in programs else None


def test_playing_a_cue_never_blocks_the_caller():
    speaker = SlowSpeaker(0.4)
    player = SystemCuePlayer(platform="linux", which=linux_with("aplay"), run=speaker)
    started = time.monotonic()
    player.play("capture")
    player.play("result")  # while the capture cue is still playing
    assert time.monotonic() - started < 0.05
    assert speaker.done.wait(3.0)
    player.close()
    commands = [command for command, _ in speaker.played]
    assert commands == [
        ["/usr/bin/aplay", "-q", str(cue_path("capture"))],
        ["/usr/bin/aplay", "-q", str(cue_path("result"))],
    ]
    assert {thread for _, thread in speaker.played} == {"sound-cue"}


def test_the_platforms_own_player_is_chosen():
    assert player_command("linux", linux_with("aplay", "paplay")) == ["/usr/bin/paplay"]
    assert player_command("linux", linux_with("pw-play")) == ["/usr/bin/pw-play"]
    assert player_command("linux", linux_with()) is None
    assert player_command("darwin", linux_with("afplay")) == ["/usr/bin/afplay"]
    assert SystemCuePlayer(platform="win32", which=linux_with()).backend == "winsound"
    assert SystemCuePlayer(platform="darwin", which=linux_with("afplay")).backend == "afplay"
    assert SystemCuePlayer(platform="linux", which=linux_with()).backend == "beep"


def test_without_a_player_capture_beeps_once_and_result_twice(qtbot):
    beeps: list[float] = []
    player = SystemCuePlayer(
        platform="linux", which=linux_with(), beep=lambda: beeps.append(time.monotonic())
    )
    player.play("capture")
    assert len(beeps) == 1
    player.play("result")
    qtbot.waitUntil(lambda: len(beeps) == 3, timeout=2000)
    assert beeps[2] - beeps[1] > 0.1  # two distinct beeps, not one


def test_missing_sound_files_fall_back_to_the_beep(tmp_path: Path):
    player = SystemCuePlayer(
        platform="linux",
        which=linux_with("aplay"),
        sounds=lambda kind: tmp_path / f"{kind}.wav",
        beep=lambda: None,
    )
    assert player.backend == "beep"


def test_bundled_cues_are_short_distinct_and_match_their_script():
    data = {kind: cue_path(kind).read_bytes() for kind in make_cues.CUES}
    assert data["capture"] != data["result"]
    for kind, blob in data.items():
        assert blob == make_cues.wav_bytes(kind), f"run python -m scripts.make_cues ({kind})"
        with wave.open(str(cue_path(kind))) as w:
            assert w.getnchannels() == 1 and w.getsampwidth() == 2
            assert 0.05 < w.getnframes() / w.getframerate() < 0.6
