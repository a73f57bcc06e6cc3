"""The optional sound cue (`ui.sound`): one on capture, a different one on the result.

No QtMultimedia (PySide6-Essentials only) and no new dependency: the platform's own player
plays a short bundled WAV (assets/sounds/, written by `python -m scripts.make_cues`):
``winsound`` on Windows, ``afplay`` on macOS, ``paplay`` / ``pw-play`` / ``aplay`` on Linux
when one is installed. Without any of them (or without the files) it falls back to
``QApplication.beep()``: once for capture, twice for the result.

Playing never blocks the GUI thread: the player runs on its own (daemon) thread, started
on the first cue; a cue asked for while another is playing waits in a one-slot mailbox
(the newest wins, never a queue).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from kiosk.camera.mailbox import LatestSlot
from kiosk.resources import assets_dir
from kiosk.supervision import Backoff, log_failure

log = logging.getLogger("kiosk.sound")

CUES = ("capture", "result")
PLAY_TIMEOUT_S = 5.0
RESULT_BEEP_GAP_MS = 180

# (program, arguments before the file), in order of preference.
LINUX_PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("paplay", ()),  # PulseAudio, and PipeWire's pulse layer
    ("pw-play", ()),  # PipeWire
    ("aplay", ("-q",)),  # ALSA
)


class CuePlayer(Protocol):
    def play(self, kind: str) -> None:
        """Ask for a cue ("capture" or "result"); returns at once (GUI thread)."""
        ...

    def close(self) -> None: ...


def cue_path(kind: str) -> Path:
    return assets_dir() / "sounds" / f"{kind}.wav"


def player_command(
    platform: str, which: Callable[[str], str | None] = shutil.which
) -> list[str] | None:
    """The command (without the file) that plays a WAV here, or None (Windows: winsound)."""
    if platform == "darwin":
        exe = which("afplay")
        return [exe] if exe else None
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        for name, args in LINUX_PLAYERS:
            exe = which(name)
            if exe:
                return [exe, *args]
    return None


Runner = Callable[[Sequence[str]], object]


def _run_quietly(command: Sequence[str]) -> object:
    return subprocess.run(
        list(command),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=PLAY_TIMEOUT_S,
        check=False,
    )


def _qt_beep() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.beep()


class SystemCuePlayer:
    """The platform's player on a worker thread, else the beep. ``platform``, ``which``,
    ``run`` and ``beep`` are for tests."""

    def __init__(
        self,
        *,
        platform: str = sys.platform,
        which: Callable[[str], str | None] = shutil.which,
        run: Runner = _run_quietly,
        beep: Callable[[], None] = _qt_beep,
        sounds: Callable[[str], Path] = cue_path,
    ) -> None:
        self._run = run
        self._beep = beep
        self._files = {kind: sounds(kind) for kind in CUES}
        have_files = all(path.is_file() for path in self._files.values())
        self._winsound = platform == "win32" and have_files
        self._command = player_command(platform, which) if have_files else None
        self._slot: LatestSlot[str] = LatestSlot()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._closed = False
        self.failures = 0  # cues that raised, recovered from
        self._closing = threading.Event()

    @property
    def backend(self) -> str:
        """What plays the cues here: "winsound", a program's name, or "beep"."""
        if self._winsound:
            return "winsound"
        if self._command:
            return Path(self._command[0]).name
        return "beep"

    def play(self, kind: str) -> None:
        if kind not in self._files or self._closed:
            return
        if self.backend == "beep":  # a beep is asynchronous already, and a GUI call
            self._beep()
            if kind == "result":
                from PySide6.QtCore import QTimer

                QTimer.singleShot(RESULT_BEEP_GAP_MS, self._beep)
            return
        self._slot.put(kind)
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="sound-cue", daemon=True)
                self._thread.start()

    def close(self) -> None:
        self._closed = True
        self._closing.set()
        self._slot.close()
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(PLAY_TIMEOUT_S)

    # --- the worker thread ---------------------------------------------------------------
    def _loop(self) -> None:
        """Supervised: a cue that fails in any way is logged and the next one still plays."""
        backoff = Backoff(delays=(0.2, 1.0, 5.0))
        while not self._closed:
            kind = self._slot.wait_take(0.5)
            if kind is None or self._closed:
                continue
            try:
                self._play_now(kind)
                backoff.reset()
            except Exception as exc:
                self.failures += 1
                delay = backoff.next_delay()
                log_failure("sound", f"the {kind} cue", exc, delay)
                self._closing.wait(delay)

    def _play_now(self, kind: str) -> None:
        path = self._files[kind]
        try:
            if self._winsound:
                self._play_winsound(path)
            elif self._command:
                self._run([*self._command, str(path)])
        except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
            log.warning("sound cue %s not played: %s", kind, exc)

    @staticmethod
    def _play_winsound(path: Path) -> None:
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_NODEFAULT)
