"""The landmark-aligned face crop the occlusion model reads.

A similarity transform (rotation, uniform scale, shift) puts the two eye centres and the
mouth centre of MediaPipe's mesh at fixed places in a small square image, so the model
always sees the eyes in one band and nose, mouth and chin in another, whatever the
face's size, position or roll in the frame. Training (scripts/train_occlusion.py) and the
engine use this one function, so what the model learnt is what it is shown.
"""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.quality import landmarks as lm

CROP_SIZE = 64
# Where the eye centres and the mouth centre land, as fractions of the crop side: brows
# and forehead above, the chin below, cheeks to both sides.
_CANONICAL = np.array([[0.34, 0.34], [0.66, 0.34], [0.50, 0.66]], np.float32)


def anchor_points(pts: np.ndarray) -> np.ndarray:
    """(right eye centre, left eye centre, mouth centre) in image pixels."""
    right = pts[list(lm.RIGHT_EYE_CORNERS)].mean(axis=0)
    left = pts[list(lm.LEFT_EYE_CORNERS)].mean(axis=0)
    mouth = pts[list(lm.MOUTH_CORNERS)].mean(axis=0)
    return np.stack([right, left, mouth]).astype(np.float32)


def aligned_face(bgr: np.ndarray, pts: np.ndarray, size: int = CROP_SIZE) -> np.ndarray:
    """The face as a ``size`` x ``size`` BGR image, eyes and mouth at fixed places.

    Pixels outside the frame are filled by replicating its edge (never black, which the
    model could take for a dark cover).
    """
    matrix = similarity(anchor_points(pts), _CANONICAL * size)
    k = _scale(matrix)
    if k < 0.7:
        # Shrink the face's neighbourhood first with area averaging: a straight warp from a
        # large face would alias (skin texture turning into noise the model never saw).
        bgr, matrix = _pre_shrink(bgr, matrix, size, k)
    return cv2.warpAffine(
        bgr, matrix, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
    )


def _pre_shrink(
    bgr: np.ndarray, matrix: np.ndarray, size: int, k: float
) -> tuple[np.ndarray, np.ndarray]:
    inv = cv2.invertAffineTransform(matrix)
    corners = np.array([[0, 0, 1], [size, 0, 1], [0, size, 1], [size, size, 1]], np.float32)
    src = corners @ inv.T
    h, w = bgr.shape[:2]
    x0, y0 = (max(0, int(v) - 2) for v in src.min(axis=0))
    x1, y1 = min(w, int(src[:, 0].max()) + 3), min(h, int(src[:, 1].max()) + 3)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return bgr, matrix
    f = k / 0.8  # leave the warp a slight shrink, never an enlargement
    region = bgr[y0:y1, x0:x1]
    small = cv2.resize(
        region,
        (max(1, round(region.shape[1] * f)), max(1, round(region.shape[0] * f))),
        interpolation=cv2.INTER_AREA,
    )
    # pixel p of `small` is pixel p / f + (x0, y0) of the frame
    shift = np.array([[1 / f, 0, x0], [0, 1 / f, y0], [0, 0, 1]], np.float64)
    composed = (np.vstack([matrix, [0, 0, 1]]).astype(np.float64) @ shift)[:2]
    return small, composed.astype(np.float32)


def similarity(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The least-squares similarity transform (2x3) taking ``src`` points onto ``dst``."""
    sc, dc = src.mean(axis=0), dst.mean(axis=0)
    s, d = src - sc, dst - dc
    norm = float((s**2).sum())
    if norm < 1e-9:
        return np.array([[1, 0, dc[0] - sc[0]], [0, 1, dc[1] - sc[1]]], np.float32)
    a = float((s * d).sum()) / norm
    b = float((s[:, 0] * d[:, 1] - s[:, 1] * d[:, 0]).sum()) / norm
    tx = dc[0] - (a * sc[0] - b * sc[1])
    ty = dc[1] - (b * sc[0] + a * sc[1])
    return np.array([[a, -b, tx], [b, a, ty]], np.float32)


def _scale(matrix: np.ndarray) -> float:
    return float(np.hypot(matrix[0, 0], matrix[1, 0]))
