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
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
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


# Voices an engine files under no locale Qt knows, found by name instead: espeak-ng's
# Mandarin ("cmn") is listed by Qt's speechd backend under locale C.
NAMED_VOICES: dict[str, tuple[str, ...]] = {"zh": ("Chinese (Mandarin",)}


class QtSpeechEngine:
    """Qt TextToSpeech (PySide6-Addons): the operating system's own speech engine."""

    def __init__(self) -> None:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._locale = QLocale
        self._tts: Any = QTextToSpeech()
        self._named: dict[str, Any] = {}

    def _locale_for(self, language: str) -> Any:
        wanted = self._locale(language).language()
        for loc in self._tts.availableLocales():
            if loc.language() == wanted:
                return loc
        return None

    def _named_voice(self, language: str) -> Any:
        """A voice for ``language`` found by its name (see NAMED_VOICES), or None."""
        prefixes = NAMED_VOICES.get(language, ())
        if not prefixes:
            return None
        if language not in self._named:
            found = None
            for loc in self._tts.availableLocales():
                if loc.language() != self._locale.Language.C:
                    continue
                self._tts.setLocale(loc)
                found = next(
                    (v for v in self._tts.availableVoices() if v.name().startswith(prefixes)),
                    None,
                )
                if found is not None:
                    break
            self._named[language] = found
        return self._named[language]

    def has_voice(self, language: str) -> bool:
        return self._locale_for(language) is not None or self._named_voice(language) is not None

    def say(self, text: str, language: str, volume: float) -> None:
        if self._locale_for(language) is not None:
            self._tts.setLocale(self._locale(language))
        elif (voice := self._named_voice(language)) is not None:
            self._tts.setLocale(voice.locale())
            self._tts.setVoice(voice)
        self._tts.setVolume(volume)
        self._tts.say(text)

    def stop(self) -> None:
        self._tts.stop()


def speechd_sockets() -> list[Path]:
    """Where speech-dispatcher listens (Linux): $XDG_RUNTIME_DIR, else ~/.cache."""
    out = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        out.append(Path(runtime) / "speech-dispatcher" / "speechd.sock")
    out.append(Path.home() / ".cache" / "speech-dispatcher" / "speechd.sock")
    return out


def speechd_wedged(sockets: list[Path] | None = None, timeout_s: float = 2.0) -> bool:
    """True when a speech-dispatcher is listening but does not answer.

    A speech-dispatcher that cannot open any audio output (no sound card, no PulseAudio)
    stops answering after its first phrase, and Qt's speechd engine then blocks in its
    constructor forever — the kiosk would never start. One SSIP greeting with a timeout
    tells: a healthy daemon answers at once ("208 OK CLIENT NAME SET"). No socket at all is
    fine: the engine starts a daemon itself."""
    for path in sockets if sockets is not None else speechd_sockets():
        if not path.exists():
            continue
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout_s)
            try:
                conn.connect(str(path))
                conn.sendall(b"SET self CLIENT_NAME kiosk:probe:main\r\n")
                answer = conn.recv(256)
            except TimeoutError:
                return True
            except OSError:
                continue  # a stale socket: nobody there, a new daemon will be started
        if answer:
            return not answer.startswith(b"2")
    return False


def system_engine() -> SpeechEngine | None:
    """The OS's engine through Qt, or None (the add-on not installed, no engine, or — on
    Linux — a speech-dispatcher that no longer answers)."""
    if sys.platform.startswith("linux") and speechd_wedged():
        log.warning(
            "spoken guidance unavailable: speech-dispatcher does not answer (no audio"
            " output?); sound cues instead",
            extra={"event": "speech"},
        )
        return None
    try:
        return QtSpeechEngine()
    except ImportError:
        log.info("spoken guidance: Qt TextToSpeech not installed; sound cues instead")
    except Exception:  # a platform without a speech backend
        log.warning("spoken guidance unavailable", exc_info=True, extra={"event": "speech"})
    return None
