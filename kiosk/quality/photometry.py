"""Brightness and sharpness of the face, measured on small crops (cheap per frame)."""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.quality import landmarks as lm

# Small enough that sensor noise and JPEG blocks average out, large enough for eyelids
# and lip edges.
_SHARPNESS_HEIGHT = 64


def frame_luma_mean(bgr: np.ndarray) -> float:
    """Mean luma of the whole frame, from a sparse sample of pixels."""
    sample = bgr[::8, ::8].astype(np.float32)
    return float((sample @ np.array([0.114, 0.587, 0.299], np.float32)).mean())


def _clip_box(
    x0: float, y0: float, x1: float, y1: float, w: int, h: int
) -> tuple[int, int, int, int]:
    return (max(0, int(x0)), max(0, int(y0)), min(w, int(np.ceil(x1))), min(h, int(np.ceil(y1))))


def inner_face_box(pts: np.ndarray, w: int, h: int) -> tuple[int, int, int, int]:
    """Eyes-to-mouth, cheek to cheek: skin and features, no hair or background."""
    xs = pts[[lm.RIGHT_EYE_CORNERS[0], lm.LEFT_EYE_CORNERS[0]], 0]
    top = pts[[lm.RIGHT_BROW, lm.LEFT_BROW], 1].min()
    bottom = pts[lm.LOWER_LIP_BOTTOM, 1]
    return _clip_box(xs.min(), top, xs.max(), bottom, w, h)


# Between the eyes (covered only by an eye bar) and the cheeks (covered by masks, scarves,
# hands): a face is too dark or too bright only when both agree.
_UPPER_POINTS = (lm.GLABELLA, lm.NOSE_BRIDGE)
_MIDDLE_POINTS = (lm.RIGHT_UPPER_CHEEK, lm.LEFT_UPPER_CHEEK, lm.RIGHT_CHEEK, lm.LEFT_CHEEK)


def face_brightness(
    bgr: np.ndarray, pts: np.ndarray, *, use_upper: bool = True, use_middle: bool = True
) -> tuple[float, float, float]:
    """(luma between the eyes, luma of the cheeks, fraction clipped in both).

    Measured on small skin patches, the two groups apart: the face is too dark only if
    both are, too bright only if both are, so sunglasses, a bar, a dark scarf or a white
    mask do not decide the light. A group known to be covered (``use_upper`` /
    ``use_middle`` False) is left out: the other one stands for both.
    """
    h, w = bgr.shape[:2]
    ied = float(np.hypot(*(pts[lm.LEFT_IRIS] - pts[lm.RIGHT_IRIS])))
    r = max(1, int(0.1 * ied))
    if not use_upper and not use_middle:
        use_upper = use_middle = True
    groups: list[list[np.ndarray]] = [[], []]
    for group, points in enumerate((_UPPER_POINTS, _MIDDLE_POINTS)):
        if not (use_upper, use_middle)[group]:
            continue
        for idx in points:
            x, y = int(pts[idx, 0]), int(pts[idx, 1])
            patch = bgr[max(0, y - r) : min(h, y + r + 1), max(0, x - r) : min(w, x + r + 1)]
            if patch.size:
                groups[group].append(cv2.cvtColor(patch, cv2.COLOR_BGR2GRAY).ravel())
    used = [np.concatenate(g) for g in groups if g]
    if not used:
        luma = frame_luma_mean(bgr)
        return luma, luma, 0.0
    values = [float(np.median(u)) for u in used]
    # Burnt out only where both groups are: a shine on the nose bridge under an office
    # light clips the upper patches alone (a real webcam face read 0.3 clipped overall).
    clipped = min(float((u >= 250).mean()) for u in used)
    if len(values) == 1:
        return values[0], values[0], clipped
    return values[0], values[1], clipped


def face_sharpness(bgr: np.ndarray, pts: np.ndarray) -> float:
    """Fine-detail energy of the inner face: variance of the Laplacian over the squared
    mean luma (x10000), at a fixed height of 64 px.

    The fixed height makes it independent of how many pixels the face has and averages out
    sensor noise; dividing by the squared mean makes it independent of exposure, so a dim
    face is "too dark", not also "blurry". (Dividing by the face's own variance instead
    would make a cover over part of the face read as blur.)
    """
    h, w = bgr.shape[:2]
    x0, y0, x1, y1 = inner_face_box(pts, w, h)
    if x1 - x0 < 4 or y1 - y0 < 4:
        return 0.0
    gray = cv2.cvtColor(bgr[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)
    scale = _SHARPNESS_HEIGHT / gray.shape[0]
    interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    gray = cv2.resize(
        gray, (max(4, round(gray.shape[1] * scale)), _SHARPNESS_HEIGHT), interpolation=interp
    )
    lap = float(cv2.Laplacian(gray, cv2.CV_32F).var())
    return 10000.0 * lap / (float(gray.mean()) ** 2 + 1.0)
