"""A last look for a face, when neither MediaPipe model finds one.

BlazeFace and the landmarker are frontal detectors: a head in profile or a strong
three-quarter view is often not found at all, and the person was told "no face" while
standing in front of the camera. YuNet (libfacedetection, trained on WIDER FACE with its
profiles) still finds most of them. It runs only on frames where nothing else was found,
on a 320-pixel-wide copy (about 6 ms on this machine). Its box is marked ``turned`` when
its five keypoints (eyes, nose tip, mouth corners) put the nose tip well off the middle of
the eyes (``MIN_NOSE_OFFSET`` eye distances), which frontal faces do not. A frontal box
alone is not evidence of a face (on the real development set one was the backs of dining
chairs): the engine keeps it only if the landmarker then fits a face inside it — masked
faces under a cap, which MediaPipe's detectors both miss, are found that way.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from kiosk.quality.detectors import Detection
from kiosk.quality.native_log import native_stderr_silenced

WIDTH = 320  # YuNet's own training size; the frame is scaled to this width
# For the census of a frame whose main face is small: at 320 pixels the faces of people
# a tenth of the frame high shrink to 18 and score 0.73-0.84; at 640 they score 0.87-0.91.
FINE_WIDTH = 640
MIN_SCORE = 0.75
# Nose tip to the midpoint of the eyes, over the eye distance. On the development set
# the profiles neither MediaPipe model found read 0.37-1.21; frontal masked faces and
# the one false box in an empty scene 0.08-0.12.
MIN_NOSE_OFFSET = 0.35


class LastLookDetector:
    """One YuNet detector, owned by the analysing thread (cv2 nets are not shared)."""

    def __init__(self, path: Path) -> None:
        with native_stderr_silenced():  # OpenCV 5 warns about targets on stderr
            self._net = cv2.FaceDetectorYN.create(str(path), "", (WIDTH, WIDTH), 0.5, 0.3, 20)
        self._size: tuple[int, int] | None = None
        # The last frame looked at, the width it was scaled to and every face found in it
        # (from the net's own 0.5): the last look and the census may both ask about the
        # same frame (the same array, unchanged: the engine makes a new one for every frame
        # it analyses).
        self._seen: tuple[np.ndarray, int, list[Detection]] | None = None

    def find(self, rgb: np.ndarray) -> Detection | None:
        """The most confident face in the RGB frame (in its pixels), ``turned`` or not."""
        found = self.find_all(rgb)
        return found[0] if found else None

    def find_all(
        self, rgb: np.ndarray, min_score: float = MIN_SCORE, width: int = WIDTH
    ) -> list[Detection]:
        """Every face from ``min_score``, most confident first, looking at a copy ``width``
        pixels wide (never wider than the frame)."""
        if self._seen is None or self._seen[0] is not rgb or self._seen[1] != width:
            self._seen = (rgb, width, self._detect(rgb, width))
        return [d for d in self._seen[2] if d.score >= min_score]

    def _detect(self, rgb: np.ndarray, width: int) -> list[Detection]:
        h, w = rgb.shape[:2]
        if h == 0 or w == 0:
            return []
        width = min(width, w)
        scale = width / w
        size = (width, max(1, round(h * scale)))
        small = cv2.cvtColor(cv2.resize(rgb, size, interpolation=cv2.INTER_AREA), cv2.COLOR_RGB2BGR)
        if size != self._size:
            self._net.setInputSize(size)
            self._size = size
        _, faces = self._net.detect(small)
        if faces is None:
            return []
        out = []
        for row in faces:
            x, y, bw, bh = (float(v) / scale for v in row[:4])
            # YuNet's five keypoints are not BlazeFace's six: the box carries the verdict.
            out.append(Detection(x, y, bw, bh, float(row[14]), turned=_nose_off_centre(row)))
        return sorted(out, key=lambda d: -d.score)


def _nose_off_centre(row: np.ndarray) -> bool:
    (rex, rey), (lex, ley), (nx, _) = row[4:6], row[6:8], row[8:10]
    eyes = float(np.hypot(lex - rex, ley - rey))
    if eyes < 1.0:
        return True  # both eyes on one spot: a full profile
    return abs(nx - (rex + lex) / 2) / eyes >= MIN_NOSE_OFFSET
