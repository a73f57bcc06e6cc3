"""A second count of the people in the frame, by a detector that sees what BlazeFace misses.

MediaPipe's full-range BlazeFace, which finds the second faces that count_faces confirms,
misses some real second people entirely: a baby held up beside a parent's face, a head in
profile. YuNet (kiosk.quality.last_look) finds them. It costs about 6 ms a frame on this
machine, so on live video it looks at one analysed frame in ``EVERY`` and its count holds
until the next look (a person stepping in is counted within a third of a second at 30
frames a second; one look in 5 raised the median streaming verdict by 3-10%, one in 10
does not measurably); on still frames (a captured photo, ``kiosk check``) it looks every time.
Only confident boxes count (``MIN_SCORE``); which of them are other people is decided by
kiosk.quality.face_count, by the rules every second face is judged by. When the main face
is small (people standing back, a group on a sofa), the others are small too and YuNet
looks at a copy twice as wide (2-3 times the cost, only while "move closer" is shown).
"""

from __future__ import annotations

import numpy as np

from kiosk.quality.detectors import Detection
from kiosk.quality.last_look import FINE_WIDTH, WIDTH, LastLookDetector

EVERY = 10
# Real second people YuNet alone finds score 0.87-0.9 (a baby held up, a man a step back);
# its one false box on the real set, the backs of dining chairs in an empty room, 0.84.
# A thin margin, but no good selfie of the 954 gained a second face from it.
MIN_SCORE = 0.85


class FaceCensus:
    """YuNet's confident faces in the frame, refreshed on one frame in ``EVERY`` on live
    video; owned by the analysing thread."""

    def __init__(self, detector: LastLookDetector, *, streaming: bool) -> None:
        self._detector = detector
        self._every = EVERY if streaming else 1
        self._frames = 0
        self._boxes: list[Detection] = []

    def boxes(self, rgb: np.ndarray, *, someone: bool, small: bool = False) -> list[Detection]:
        """The faces YuNet is sure of (the main one among them); none without a main face,
        and the count starts again when someone next appears. ``small``: the main face is
        too small, so look closer."""
        if not someone:
            self._frames, self._boxes = 0, []
            return []
        if self._frames % self._every == 0:
            width = FINE_WIDTH if small else WIDTH
            self._boxes = self._detector.find_all(rgb, MIN_SCORE, width)
        self._frames += 1
        return self._boxes
