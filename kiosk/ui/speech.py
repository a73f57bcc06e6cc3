"""Spoken guidance (ui.speech, off by default): the guidance when it changes and holds,
and the result, in the selected language — never chattering (one phrase at most every
``MIN_GAP_S``). When no voice exists for the language, the sound cues play instead.

The engine is anything with ``has_voice(language)``, ``say(text, language, volume)`` and
``stop()``: :class:`QtSpeechEngine` wraps Qt TextToSpeech when PySide6's add-on module is
installed (the OS's own engine: SAPI/WinRT, AVSpeechSynthesizer, speech-dispatcher);
tests pass a fake.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from kiosk.flow import FlowModel, State
from kiosk.ui import i18n, texts

log = logging.getLogger("kiosk.speech")

MIN_GAP_S = 2.0  # at most one phrase this often
HOLD_S = 0.6  # a guidance must stay this long before it is said (no flicker spoken)


class SpeechEngine(Protocol):
    def has_voice(self, language: str) -> bool: ...

    def say(self, text: str, language: str, volume: float) -> None: ...

    def stop(self) -> None: ...


def phrase_for(model: FlowModel) -> tuple[str, bool] | None:
    """(what to say, whether it is the result: said without waiting to hold)."""
    if model.state is State.RESULT and model.result is not None:
        return f"{texts.result_title(model.result)}. {texts.next_step(model.result, True)}", True
    if model.state is State.STEADY:
        return texts.hold_still(), False
    if model.state is State.ALIGNING and model.guidance is not None and model.guidance.hint:
        return texts.hint_text(model.guidance.hint), False
    return None


class SpeechGuide:
    def __init__(
        self,
        engine: SpeechEngine | None,
        cue: Callable[[str], None],
        *,
        volume: float = 0.8,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.engine = engine
        self.cue = cue  # plays a sound cue ("capture", "result") when there is no voice
        self.volume = volume
        self._clock = clock
        self._pending: tuple[str, bool] | None = None
        self._pending_since = 0.0
        self._last_said: str | None = None
        self._last_at = -1e9
        self.spoken: list[str] = []

    def voice(self) -> bool:
        return self.engine is not None and self.engine.has_voice(i18n.current_language())

    def on_model(self, model: FlowModel) -> None:
        """Every model change; also call :meth:`tick` now and then (a phrase holding)."""
        phrase = phrase_for(model)
        if phrase is None:
            self._pending = None
            if model.state is State.ATTRACT:
                self._last_said = None  # the next person hears everything afresh
            return
        if self._pending is None or phrase[0] != self._pending[0]:
            self._pending, self._pending_since = phrase, self._clock()
        self.tick()

    def tick(self) -> None:
        if self._pending is None:
            return
        text, is_result = self._pending
        now = self._clock()
        if text == self._last_said:
            return
        if not is_result and now - self._pending_since < HOLD_S:
            return
        if now - self._last_at < MIN_GAP_S:
            return
        self._last_said, self._last_at = text, now
        if self.voice():  # without one, the flow's own cues play (on_cue)
            assert self.engine is not None
            self.engine.say(text, i18n.current_language(), self.volume)
            self.spoken.append(text)

    def on_cue(self, kind: str) -> None:
        """The flow's own cue: played when there is no voice (speech is on)."""
        if not self.voice():
            self.cue(kind)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.stop()


class QtSpeechEngine:
    """Qt TextToSpeech (PySide6-Addons): the operating system's own speech engine."""

    def __init__(self) -> None:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._locale = QLocale
        self._tts: Any = QTextToSpeech()

    def has_voice(self, language: str) -> bool:
        wanted = self._locale(language).language()
        return any(loc.language() == wanted for loc in self._tts.availableLocales())

    def say(self, text: str, language: str, volume: float) -> None:
        self._tts.setLocale(self._locale(language))
        self._tts.setVolume(volume)
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()


def system_engine() -> SpeechEngine | None:
    """The OS's engine through Qt, or None (the add-on not installed, no engine)."""
    try:
        return QtSpeechEngine()
    except ImportError:
        log.info("spoken guidance: Qt TextToSpeech not installed; sound cues instead")
    except Exception:  # a platform without a speech backend
        log.warning("spoken guidance unavailable", exc_info=True, extra={"event": "speech"})
    return None
