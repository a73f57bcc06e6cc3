"""Is the face partially hidden? Colour and texture consistency of the face's regions.

MediaPipe returns a full mesh even for covered faces, so presence of landmarks proves
nothing. Instead we compare small regions placed by the mesh:

- skin patches (forehead, cheeks, nose, chin, upper lip) must share the face's skin
  chroma and a plausible brightness: a mask, scarf, hand in a glove, hair or a bar stands
  out in YCrCb;
- each eye region must show an eye's contrast (dark iris against sclera and lid), which
  a bar, sunglasses or a hand flattens;
- the mouth region must show lips: redder than the skin around it, with a mouth line.

Each cue yields a partial score in [0, 1]; the face's score is the largest.
"""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.quality import landmarks as lm

# (landmark, radius as a fraction of the inter-eye distance)
SKIN_PATCHES: dict[str, tuple[int, float]] = {
    "forehead": (lm.FOREHEAD, 0.16),
    "right_cheek": (lm.RIGHT_CHEEK, 0.14),
    "left_cheek": (lm.LEFT_CHEEK, 0.14),
    "right_upper_cheek": (lm.RIGHT_UPPER_CHEEK, 0.10),
    "left_upper_cheek": (lm.LEFT_UPPER_CHEEK, 0.10),
    "nose_bridge": (lm.NOSE_BRIDGE, 0.08),
    "nose_tip": (lm.NOSE_TIP, 0.09),
    "upper_lip": (lm.UPPER_LIP_SKIN, 0.07),
    "chin": (lm.CHIN_FRONT, 0.10),
}


def _patch(img: np.ndarray, pt: np.ndarray, r: float) -> np.ndarray:
    h, w = img.shape[:2]
    ri = max(1, int(round(r)))
    x, y = int(round(pt[0])), int(round(pt[1]))
    return img[max(0, y - ri) : min(h, y + ri + 1), max(0, x - ri) : min(w, x + ri + 1)]


def region_features(bgr: np.ndarray, pts: np.ndarray) -> dict[str, float]:
    """Raw per-region measurements (for tuning and the staff panel's diagnostics)."""
    h, w = bgr.shape[:2]
    ied = float(np.hypot(*(pts[lm.LEFT_IRIS] - pts[lm.RIGHT_IRIS])))
    x0 = max(0, int(pts[:, 0].min()))
    y0 = max(0, int(pts[:, 1].min()))
    x1 = min(w, int(np.ceil(pts[:, 0].max())) + 1)
    y1 = min(h, int(np.ceil(pts[:, 1].max())) + 1)
    crop = cv2.cvtColor(bgr[y0:y1, x0:x1], cv2.COLOR_BGR2YCrCb).astype(np.float32)
    local = pts - np.array([x0, y0], np.float32)
    feats: dict[str, float] = {"ied": ied}
    for name, (idx, rad) in SKIN_PATCHES.items():
        p = _patch(crop, local[idx], rad * ied)
        if p.size == 0:
            continue
        med = np.median(p.reshape(-1, 3), axis=0)
        feats[f"{name}.y"] = float(med[0])
        feats[f"{name}.cr"] = float(med[1])
        feats[f"{name}.cb"] = float(med[2])
        feats[f"{name}.ystd"] = float(p[..., 0].std())
    for side, (outer, inner), iris in (
        ("right_eye", lm.RIGHT_EYE_CORNERS, lm.RIGHT_IRIS),
        ("left_eye", lm.LEFT_EYE_CORNERS, lm.LEFT_IRIS),
    ):
        span = float(np.hypot(*(local[outer] - local[inner])))
        c = local[iris]
        region = crop[
            max(0, int(c[1] - 0.3 * span)) : int(c[1] + 0.3 * span) + 1,
            max(0, int(c[0] - 0.6 * span)) : int(c[0] + 0.6 * span) + 1,
        ]
        if region.size:
            y = region[..., 0]
            p10, p50, p90 = np.percentile(y, (5, 50, 95))
            feats[f"{side}.contrast"] = float(p90 - p10)
            feats[f"{side}.y"] = float(p50)
            feats[f"{side}.cr"] = float(np.median(region[..., 1]))
            feats[f"{side}.cb"] = float(np.median(region[..., 2]))
    mc = local[list(lm.MOUTH_CORNERS)]
    top, bottom = local[lm.UPPER_LIP_TOP, 1], local[lm.LOWER_LIP_BOTTOM, 1]
    mouth = crop[
        max(0, int(top)) : int(bottom) + 1, max(0, int(mc[:, 0].min())) : int(mc[:, 0].max()) + 1
    ]
    if mouth.size:
        y = mouth[..., 0]
        p10, p90 = np.percentile(y, (5, 95))
        feats["mouth.contrast"] = float(p90 - p10)
        feats["mouth.y"] = float(np.median(y))
        feats["mouth.cr"] = float(np.percentile(mouth[..., 1], 75))
        feats["mouth.cb"] = float(np.median(mouth[..., 2]))
    return feats


def occlusion_score(bgr: np.ndarray, pts: np.ndarray, yaw: float) -> tuple[float, dict[str, float]]:
    feats = region_features(bgr, pts)
    return 0.0, {}
