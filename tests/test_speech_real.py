"""Spoken guidance through a real engine: Qt TextToSpeech's speechd backend with
speech-dispatcher and espeak-ng (Linux). Skipped cleanly where they are missing — CI has
neither the PySide6-Addons wheel (175 MB; the kiosk does not install it) nor the Debian
packages, and .ci/run installs neither.

Found on the build machine (no sound card, no PulseAudio): speech-dispatcher cannot open
any audio output and stops answering after its first phrase, after which Qt's engine blocks
in its constructor — so the app checks the daemon answers before it makes the engine
(:func:`kiosk.ui.speech.speechd_wedged`, tested here with stand-in daemons, everywhere),
the engine checks run in a subprocess with a timeout, and actually speaking is tested only
where ``KIOSK_SPEECH_AUDIO=1`` says there is an audio output.

Run here with an environment that has the add-on:
``python -m pytest tests/test_speech_real.py`` (see the report of issue 11)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.ui import i18n
from kiosk.ui.speech import speechd_wedged

ROOT = Path(__file__).resolve().parent.parent


# --- the wedged-daemon check, against stand-in daemons (runs everywhere) -------------------


@contextlib.contextmanager
def daemon(path: Path, answer: bytes | None) -> Iterator[None]:
    """A unix socket at ``path`` that greets with ``answer``, or never answers (None)."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    done = threading.Event()

    def serve() -> None:
        server.settimeout(0.1)
        held = []
        while not done.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            conn.recv(256)
            if answer is not None:
                conn.sendall(answer)
            held.append(conn)
        for conn in held:
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join(2)
        server.close()


@pytest.fixture
def short_dir() -> Iterator[Path]:
    # (a unix socket's path must stay under ~100 characters: pytest's tmp_path may not)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="spd") as folder:
        yield Path(folder)


def test_a_daemon_that_answers_is_not_wedged(short_dir):
    sock = short_dir / "speechd.sock"
    with daemon(sock, b"208 OK CLIENT NAME SET\r\n"):
        assert speechd_wedged([sock], timeout_s=1.0) is False


def test_a_daemon_that_never_answers_is_wedged(short_dir):
    sock = short_dir / "speechd.sock"
    with daemon(sock, None):
        assert speechd_wedged([sock], timeout_s=0.3) is True


def test_no_daemon_or_a_stale_socket_is_fine(short_dir):
    assert speechd_wedged([short_dir / "none.sock"]) is False  # the engine starts one
    stale = short_dir / "stale.sock"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(stale))
    s.close()  # the file stays, nobody listens
    assert speechd_wedged([stale], timeout_s=0.3) is False


# --- the real engine ---------------------------------------------------------------------------

PROBE = """
import json, os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.ui import i18n
from kiosk.ui.speech import QtSpeechEngine, SpeechGuide, system_engine
engine = system_engine()
if engine is None:
    print(json.dumps({"engine": None})); sys.exit(0)
voices = {code: engine.has_voice(code) for code in i18n.LANGUAGES}
cues = {}
for code in i18n.LANGUAGES:  # a voice: spoken; none: the flow's sound cues instead
    played = []
    guide = SpeechGuide(engine, played.append)
    assert i18n.set_language(code)
    guide.on_cue("capture")
    cues[code] = played
locales = sorted({loc.name() for loc in engine._tts.availableLocales()})
print(json.dumps({"engine": engine._tts.engine(), "voices": voices, "cues": cues,
                  "locales": locales}))
"""


def has_qt_speech() -> bool:
    try:
        import PySide6.QtTextToSpeech  # noqa: F401
    except ImportError:
        return False
    return True


needs_engine = pytest.mark.skipif(
    not (
        sys.platform.startswith("linux") and has_qt_speech() and shutil.which("speech-dispatcher")
    ),
    reason="needs Qt TextToSpeech (PySide6-Addons) and speech-dispatcher (Linux)",
)


def run_probe(code: str, timeout_s: float = 30.0) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout_s,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the speech engine did not start within {timeout_s:.0f} s (a hung daemon?)")
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@needs_engine
def test_the_real_engine_has_voices_and_falls_back_to_cues_without_one():
    found = run_probe(PROBE)
    assert found["engine"] == "speechd"
    voices, cues = found["voices"], found["cues"]
    assert set(voices) == set(i18n.LANGUAGES)
    # espeak-ng speaks English, Malay and Chinese (its Mandarin voice, which Qt lists under
    # locale C, found by name); has_voice follows the engine's own locales otherwise
    assert voices["en"] and voices["ms"] and voices["zh"]
    languages = {name.split("_")[0] for name in found["locales"]}
    for code, has in voices.items():
        if code != "zh":
            assert has == (code in languages), (code, has)
        assert cues[code] == ([] if has else ["capture"])  # no voice: the sound cue plays


@needs_engine
@pytest.mark.skipif(
    os.environ.get("KIOSK_SPEECH_AUDIO") != "1",
    reason="speaking needs an audio output (KIOSK_SPEECH_AUDIO=1); without one "
    "speech-dispatcher stops answering after the first phrase",
)
def test_the_real_engine_says_a_malay_phrase_and_returns_to_ready():
    code = """
import json, os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kiosk.ui.speech import QtSpeechEngine
engine = QtSpeechEngine()
states = []
engine._tts.stateChanged.connect(lambda s: states.append(s.name))
engine.say("Sila dekatkan diri", "ms", 0.5)
end = time.monotonic() + 15
while time.monotonic() < end and states[-1:] != ["Ready"]:
    app.processEvents(); time.sleep(0.02)
print(json.dumps({"states": states, "error": engine._tts.errorReason().name}))
"""
    found = run_probe(code)
    assert found["error"] == "NoError"
    assert found["states"][:1] == ["Speaking"] and found["states"][-1] == "Ready"
