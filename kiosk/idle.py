"""Idle efficiency: with nobody in front of the camera, the full check runs rarely.

The quality engine costs tens of milliseconds a frame, and faceless frames are its most
expensive ones (every detector tries before it says "no face"). Analysing 30 of them a
second on the attract screen kept a whole core busy for nothing. :class:`IdleGate` decides
for each frame whether the analysis thread runs the engine:

- **active** (a face in the last ``idle_after_s``): every frame, as before;
- **idle** (nobody for longer): the engine once every ``idle_interval_s``, and in between
  the cheapest check that notices a person arriving — a 1/8-scale grey thumbnail compared
  with the previous frame's (well under a millisecond). Movement in more than
  ``motion_fraction`` of the picture sends that very frame to the engine, so someone
  stepping in is analysed at once and the gate is active again from the first face.
- **what the capture thread decodes**: every frame while active; while idle one camera
  frame in ``idle_every`` (10 of 30 fps): those are checked for motion and, once a
  second, analysed; the others are taken from the camera and dropped without being
  decoded (:meth:`wants_frame`). Every other decoded frame (5 a second) is scaled and
  painted behind the attract screen's veil (:meth:`shows_frame`).

Camera noise does not count as movement (a pixel must change by ``motion_level`` grey
levels after the 8x down-scaling averages noise away). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

STRIDE = 8  # thumbnail: every 8th pixel of every 8th row (a 1280x720 frame → 160x90)


@dataclass
class IdleGate:
    idle_after_s: float = 2.0
    idle_interval_s: float = 1.0
    motion_level: int = 18  # grey levels a thumbnail pixel must change by
    motion_fraction: float = 0.004  # of the thumbnail's pixels (≈ 58 of 14,400)
    idle_every: int = 3  # idle: one camera frame in 3 is decoded and checked (10 of 30)
    idle_show_every: int = 2  # idle: one decoded frame in 2 is shown (5 a second)

    def __post_init__(self) -> None:
        self._last_face_at: float | None = None
        self._last_analysis_at: float | None = None
        self._previous: np.ndarray | None = None
        self.skipped = 0  # frames the engine did not see (for tests and the bench)
        self.woken = 0  # idle frames sent to the engine because something moved

    def idle(self, now: float) -> bool:
        """Nobody seen for ``idle_after_s`` (never before the first verdict)."""
        if self._last_analysis_at is None:
            return False
        last_face = self._last_face_at
        return last_face is None or now - last_face > self.idle_after_s

    def should_analyse(self, frame: np.ndarray, now: float) -> bool:
        """Whether ``frame`` goes to the engine; cheap either way."""
        thumb = _thumbnail(frame)
        previous, self._previous = self._previous, thumb
        if not self.idle(now):
            return True
        last = self._last_analysis_at
        if last is None or now - last >= self.idle_interval_s:
            return True
        if previous is not None and previous.shape == thumb.shape and self._moved(previous, thumb):
            self.woken += 1
            return True
        self.skipped += 1
        return False

    def wants_frame(self, frame_id: int, now: float) -> bool:
        """Whether the capture thread decodes camera frame ``frame_id`` at all (and then
        shows it and sends it here): every frame while active, one in ``idle_every`` on
        the attract screen — the picture there is a dimmed background, and decoding,
        scaling and painting 30 frames a second cost more than the rest of the idle kiosk.
        The motion check then compares frames ``idle_every`` camera frames apart, so a
        person stepping in is seen within that many frames. Any thread."""
        return not self.idle(now) or frame_id % max(1, self.idle_every) == 0

    def shows_frame(self, frame_id: int, now: float) -> bool:
        """Whether a decoded frame is scaled and painted: every frame while active; on the
        attract screen, where the picture is a dimmed background under the veil, one in
        ``idle_every`` × ``idle_show_every`` camera frames (preparing and painting one
        costs more than decoding it). Any thread."""
        every = max(1, self.idle_every) * max(1, self.idle_show_every)
        return not self.idle(now) or frame_id % every == 0

    def analysed(self, faces: int, now: float) -> None:
        """The engine's verdict on the frame just let through. The first one counts as a
        face seen: full rate for ``idle_after_s`` after start-up (a still picture, which
        never moves, gets a fair look)."""
        if self._last_analysis_at is None or faces > 0:
            self._last_face_at = now
        self._last_analysis_at = now

    def _moved(self, a: np.ndarray, b: np.ndarray) -> bool:
        changed = cv2.absdiff(a, b) > self.motion_level
        return int(np.count_nonzero(changed)) > self.motion_fraction * changed.size


def _thumbnail(frame: np.ndarray) -> np.ndarray:
    small = np.ascontiguousarray(frame[::STRIDE, ::STRIDE])
    if small.ndim == 3 and small.shape[2] >= 3:
        small = cv2.cvtColor(small[:, :, :3], cv2.COLOR_BGR2GRAY)
    return cv2.GaussianBlur(small, (3, 3), 0)
