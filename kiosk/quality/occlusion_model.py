"""The learned occlusion measure: which parts of the face are covered.

Two small convolutional networks (trained by scripts/train_occlusion.py on real
photographs, see assets/models/NOTICE), merged into one graph that outputs their mean
(scripts/merge_occlusion.py), read the landmark-aligned 64x64 face (face_crop.py) and give
the probability that the eyes are covered, that the lower face (nose, mouth, chin) is
covered, and that any part is. It runs through OpenCV's dnn module, which the engine
already has: no other runtime is bundled. About 2 ms per face on one core (the crop and
both networks: docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from kiosk.quality.face_crop import CROP_SIZE, aligned_face


@dataclass(frozen=True, slots=True)
class Coverage:
    """Probabilities in [0, 1] that each part of the face is covered."""

    eyes: float
    lower: float
    any: float

    @property
    def score(self) -> float:
        return max(self.eyes, self.lower, self.any)

    @property
    def region(self) -> str:
        """The part most likely covered, for diagnostics and the staff panel."""
        return "eyes" if self.eyes >= self.lower else "lower face"


class OcclusionModel:
    """One network per analysing thread (cv2.dnn nets are not shared across threads)."""

    def __init__(self, path: Path) -> None:
        self._net = cv2.dnn.readNetFromONNX(str(path))
        self._net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)

    def coverage(self, bgr: np.ndarray, pts: np.ndarray) -> Coverage:
        return self.coverage_of_crop(aligned_face(bgr, pts, CROP_SIZE))

    def coverage_of_crop(self, crop: np.ndarray) -> Coverage:
        blob = crop.astype(np.float32).transpose(2, 0, 1)[None] / 255.0
        self._net.setInput(blob)
        out = np.asarray(self._net.forward()).reshape(-1)
        return Coverage(float(out[0]), float(out[1]), float(out[2]))
