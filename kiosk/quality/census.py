"""A second count of the people in the frame, by a detector that sees what BlazeFace misses.

MediaPipe's full-range BlazeFace, which finds the second faces that count_faces confirms,
misses some real second people entirely: a baby held up beside a parent's face, a head in
profile. YuNet (kiosk.quality.last_look) finds them. It costs about 6 ms a frame on this
machine, so on live video it looks at one analysed frame in ``EVERY`` and its count holds
until the next look (a person stepping in is counted within a third of a second at 30
frames a second; one look in 5 raised the median streaming verdict by 3-10%, one in 10
does not measurably); on still frames (a captured photo, ``kiosk check``) it looks every time.
Only confident boxes count (``MIN_SCORE``), face-sized against the main face, away from it.
"""

from __future__ import annotations

import numpy as np

from kiosk.quality.detectors import Detection
from kiosk.quality.last_look import LastLookDetector

Box = tuple[float, float, float, float]

EVERY = 10
# Real second people YuNet alone finds score 0.87-0.9 (a baby held up, a man a step back);
# its one false box on the real set, the backs of dining chairs in an empty room, 0.84.
# A thin margin, but no good selfie of the 954 gained a second face from it.
MIN_SCORE = 0.85


class FaceCensus:
    """Counts the faces YuNet sees besides the main one; owned by the analysing thread."""

    def __init__(self, detector: LastLookDetector, *, streaming: bool) -> None:
        self._detector = detector
        self._every = EVERY if streaming else 1
        self._frames = 0
        self._others = 0

    def others(self, rgb: np.ndarray, main_box: Box | None, min_ratio: float) -> int:
        """How many faces other than the one in ``main_box`` are in the RGB frame."""
        if main_box is None:
            self._frames, self._others = 0, 0
            return 0
        due = self._frames % self._every == 0
        self._frames += 1
        if not due:
            return self._others
        found = self._detector.find_all(rgb, MIN_SCORE)
        self._others = sum(1 for d in found if _is_another_face(d, main_box, min_ratio))
        return self._others


def _is_another_face(d: Detection, main: Box, min_ratio: float) -> bool:
    mx, my, mw, mh = main
    cx, cy = d.x + d.w / 2, d.y + d.h / 2
    # YuNet's box on the main face itself: its centre within the main face's box, grown a
    # little (YuNet boxes reach higher on the forehead than the landmarks do).
    grown = (mx - 0.15 * mw, my - 0.25 * mh, 1.3 * mw, 1.4 * mh)
    if grown[0] <= cx <= grown[0] + grown[2] and grown[1] <= cy <= grown[1] + grown[3]:
        return False
    return d.w >= min_ratio * mw
