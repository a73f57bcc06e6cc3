"""A hand over the mouth or an eye, seen by MediaPipe's hand landmarker.

The occlusion model reads the aligned 64x64 face, where a fingertip at the lips or a fist
round a toothbrush is a few pixels the size of a beard's shadow; it lets about a quarter
of real hands and objects over the face through. MediaPipe's hand landmarker (palm
detector + 21-point hand model, Apache-2.0, from the mediapipe 0.10.14 wheel) finds the
hand itself. A hand counts as a cover when enough of its points lie on the mouth or on
an eye, and its wrist lies outside the face: a "hand" the model sees on the face itself
(a nose and an eye read as fingers, score up to 0.92 on two good selfies) has its wrist
there, a real one belongs to an arm. A hand at the cheek or the ear (on the phone) is
beside the mouth, not over it.

Its cost (~40 ms a frame on this 2-core machine, palm detector included, hand or not) is
why the engine runs it on every still frame but only a few times a second on live video
(kiosk.quality.engine).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import mediapipe as mp
import numpy as np
from mediapipe.tasks.python import BaseOptions, vision

from kiosk.quality import landmarks as lm
from kiosk.quality.native_log import native_stderr_silenced

MIN_HAND_SCORE = 0.5
# Hand points on a region for it to be covered (of 21): fingertips across the lips are 2-6.
MIN_POINTS = 3
# The regions are the mesh's own lips and eyes, widened by this many eye distances: a
# V sign at the chin or a finger along the cheek (two unseen FairFace girls) is beside
# the mouth, not on it.
MOUTH_MARGIN = 0.12
EYE_MARGIN = 0.1
EYE_HALF_HEIGHT = 0.15  # round the eye's centre line, before the margin


@dataclass(frozen=True, slots=True)
class HandOverFace:
    region: str  # "mouth" or "eye"
    score: float  # the hand landmarker's confidence in the hand


def _inside(points: np.ndarray, box: tuple[float, float, float, float]) -> int:
    x0, y0, x1, y1 = box
    px, py = points[:, 0], points[:, 1]
    return int(((px > x0) & (px < x1) & (py > y0) & (py < y1)).sum())


def face_regions(mesh: np.ndarray) -> dict[str, list[tuple[float, float, float, float]]]:
    """The mouth's and the eyes' boxes (x0, y0, x1, y1) from the face mesh, widened."""
    right, left = mesh[lm.RIGHT_IRIS, :2], mesh[lm.LEFT_IRIS, :2]
    ied = max(float(np.hypot(*(left - right))), 1.0)
    lips = mesh[[*lm.MOUTH_CORNERS, lm.UPPER_LIP_TOP, lm.LOWER_LIP_BOTTOM], :2]
    m = MOUTH_MARGIN * ied
    mouth = (
        float(lips[:, 0].min()) - m,
        float(lips[:, 1].min()) - m,
        float(lips[:, 0].max()) + m,
        float(lips[:, 1].max()) + m,
    )
    eyes = []
    for corners in (lm.RIGHT_EYE_CORNERS, lm.LEFT_EYE_CORNERS):
        c = mesh[list(corners), :2]
        cy, e = float(c[:, 1].mean()), EYE_MARGIN * ied
        half = EYE_HALF_HEIGHT * ied + e
        eyes.append((float(c[:, 0].min()) - e, cy - half, float(c[:, 0].max()) + e, cy + half))
    return {"mouth": [mouth], "eye": eyes}


def covered_region(
    hand: np.ndarray, score: float, mesh: np.ndarray, face_box: tuple[float, float, float, float]
) -> HandOverFace | None:
    """The region of the face (its mesh, in frame pixels) that the hand (21 x 2 points in
    frame pixels) covers, if any."""
    if score < MIN_HAND_SCORE:
        return None
    x, y, w, h = face_box
    wrist_x, wrist_y = float(hand[0, 0]), float(hand[0, 1])
    if x < wrist_x < x + w and y < wrist_y < y + h:
        return None  # the wrist on the face: a face read as a hand, or a hand resting on it
    for region, boxes in face_regions(mesh).items():
        if any(_inside(hand, b) >= MIN_POINTS for b in boxes):
            return HandOverFace(region, score)
    return None


class HandLandmarker:
    """MediaPipe's hand landmarker in IMAGE mode (no tracking: it runs on frames apart)."""

    def __init__(self, model: Path) -> None:
        options = vision.HandLandmarkerOptions(
            base_options=BaseOptions(model_asset_path=str(model)),
            running_mode=vision.RunningMode.IMAGE,
            num_hands=2,
            min_hand_detection_confidence=0.3,
            min_hand_presence_confidence=0.3,
        )
        with native_stderr_silenced():
            self._landmarker = vision.HandLandmarker.create_from_options(options)
            self.hands(np.zeros((64, 64, 3), np.uint8))  # the first run's native chatter

    def hands(self, rgb: np.ndarray) -> list[tuple[np.ndarray, float]]:
        """Every hand found: its 21 points in pixels, and its score."""
        h, w = rgb.shape[:2]
        image = mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))
        result = self._landmarker.detect(image)
        return [
            (np.array([[p.x * w, p.y * h] for p in points], np.float64), float(kind[0].score))
            for points, kind in zip(result.hand_landmarks, result.handedness, strict=True)
        ]

    def over_face(
        self, rgb: np.ndarray, mesh: np.ndarray, face_box: tuple[float, float, float, float]
    ) -> HandOverFace | None:
        for points, score in self.hands(rgb):
            found = covered_region(points, score, mesh, face_box)
            if found is not None:
                return found
        return None

    def close(self) -> None:
        self._landmarker.close()


class HandCheck:
    """When to look for hands. Still frames: always. Live video: at most every
    ``interval_ms``, the answer standing for the frames between (a hand over the mouth
    stays there longer than that, and the one-second hold before a capture sees four
    looks, so a covered face never completes it); forgotten once the face is gone."""

    def __init__(self, model: Path, *, streaming: bool, interval_ms: float = 250.0) -> None:
        self._landmarker = HandLandmarker(model)
        self.streaming = streaming
        self.interval_ms = interval_ms
        self.looks = 0  # how many times the landmarker ran (for the benchmark)
        self._looked_at: float | None = None
        self._found: HandOverFace | None = None

    def over_face(
        self,
        rgb: np.ndarray,
        mesh: np.ndarray,
        face_box: tuple[float, float, float, float],
        now_ms: float,
    ) -> HandOverFace | None:
        due = (
            not self.streaming
            or self._looked_at is None
            or not 0 <= now_ms - self._looked_at < self.interval_ms
        )
        if due:
            self._found = self._landmarker.over_face(rgb, mesh, face_box)
            self._looked_at = now_ms
            self.looks += 1
        return self._found

    def forget(self) -> None:
        self._looked_at, self._found = None, None

    def close(self) -> None:
        self._landmarker.close()
