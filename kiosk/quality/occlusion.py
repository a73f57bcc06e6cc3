"""Is the face partially hidden? Colour and texture consistency of the face's regions.

MediaPipe returns a full mesh even for covered faces, so presence of landmarks proves
nothing. Instead we compare small regions placed by the mesh:

- skin patches (between the brows, cheeks, nose) must share the face's skin chroma and a
  plausible brightness: a mask, scarf, hand in a glove, hair or a bar stands out in YCrCb;
- each eye region must show an eye's contrast (dark iris against sclera and lid), which
  a bar, sunglasses or a hand flattens;
- the mouth region must show the contrast of lips and a mouth line. The beard zone
  (upper lip, chin) is judged only through it, so a beard is not taken for a cover.

Each cue yields a partial score in [0, 1]; the face's score is the largest.
"""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.quality import landmarks as lm

_MEASURE_IED = 64.0

# (landmark, radius as a fraction of the inter-eye distance)
SKIN_PATCHES: dict[str, tuple[int, float]] = {
    "glabella": (lm.GLABELLA, 0.10),
    "right_cheek": (lm.RIGHT_CHEEK, 0.14),
    "left_cheek": (lm.LEFT_CHEEK, 0.14),
    "right_upper_cheek": (lm.RIGHT_UPPER_CHEEK, 0.10),
    "left_upper_cheek": (lm.LEFT_UPPER_CHEEK, 0.10),
    "nose_bridge": (lm.NOSE_BRIDGE, 0.08),
    "nose_tip": (lm.NOSE_TIP, 0.09),
}


def _patch(img: np.ndarray, pt: np.ndarray, r: float) -> np.ndarray:
    h, w = img.shape[:2]
    ri = max(1, round(r))
    x, y = round(pt[0]), round(pt[1])
    return img[max(0, y - ri) : min(h, y + ri + 1), max(0, x - ri) : min(w, x + ri + 1)]


def region_features(bgr: np.ndarray, pts: np.ndarray) -> dict[str, float]:
    """Raw per-region measurements (for tuning and the staff panel's diagnostics)."""
    h, w = bgr.shape[:2]
    ied = float(np.hypot(*(pts[lm.LEFT_IRIS] - pts[lm.RIGHT_IRIS])))
    x0 = max(0, int(pts[:, 0].min()))
    y0 = max(0, int(pts[:, 1].min()))
    x1 = min(w, int(np.ceil(pts[:, 0].max())) + 1)
    y1 = min(h, int(np.ceil(pts[:, 1].max())) + 1)
    local = pts - np.array([x0, y0], np.float32)
    face = bgr[y0:y1, x0:x1]
    # Measure at a fixed scale: the cues are ratios, a large face costs 4-10x more pixels
    # for the same answer, and a small one would be blurred relatively more below.
    if abs(ied - _MEASURE_IED) > 1:  # small faces too, so the blur below means the same
        k = _MEASURE_IED / ied
        face = cv2.resize(
            face,
            (max(1, round(face.shape[1] * k)), max(1, round(face.shape[0] * k))),
            interpolation=cv2.INTER_LINEAR,
        )
        local = local * k
        ied = _MEASURE_IED
    # A light blur first: sensor noise would otherwise lend a flat cover the contrast of
    # an eye or a mouth.
    crop = cv2.GaussianBlur(cv2.cvtColor(face, cv2.COLOR_BGR2YCrCb), (3, 3), 0)
    feats: dict[str, float] = {}
    for name, (idx, rad) in SKIN_PATCHES.items():
        p = _patch(crop, local[idx], rad * ied)
        if p.size == 0:
            continue
        mean = cv2.mean(p)
        # Median luma: a glasses bridge or a strand of hair over part of a patch must not
        # darken it; colour is stable enough for the mean.
        feats[f"{name}.y"] = float(np.median(p[..., 0]))
        feats[f"{name}.cr"] = float(mean[1])
        feats[f"{name}.cb"] = float(mean[2])
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
            lo, hi = np.percentile(y, (5, 95))
            feats[f"{side}.contrast"] = float(hi - lo)

    mc = local[list(lm.MOUTH_CORNERS)]
    top, bottom = local[lm.UPPER_LIP_TOP, 1], local[lm.LOWER_LIP_BOTTOM, 1]
    mouth = crop[
        max(0, int(top)) : int(bottom) + 1, max(0, int(mc[:, 0].min())) : int(mc[:, 0].max()) + 1
    ]
    if mouth.size:
        y = mouth[..., 0]
        p10, p90 = np.percentile(y, (5, 95))
        feats["mouth.contrast"] = float(p90 - p10)

    return feats


# Patch groups.
UPPER = ("glabella", "right_upper_cheek", "left_upper_cheek", "nose_bridge")
MIDDLE = ("nose_tip", "right_cheek", "left_cheek")
RIGHT_SIDE = ("right_cheek", "right_upper_cheek")
LEFT_SIDE = ("left_cheek", "left_upper_cheek")
SKIN = UPPER + MIDDLE


def _falling(value: float, clear: float, covered: float) -> float:
    """0 at or above ``clear``, 1 at or below ``covered``, linear between."""
    return float(np.clip((clear - value) / (clear - covered), 0.0, 1.0))


def _rising(value: float, clear: float, covered: float) -> float:
    """0 at or below ``clear``, 1 at or above ``covered``, linear between."""
    return float(np.clip((value - clear) / (covered - clear), 0.0, 1.0))


def _group(f: dict[str, float], names: tuple[str, ...]) -> tuple[float, float, float]:
    ys = [f[f"{n}.y"] for n in names if f"{n}.y" in f]
    crs = [f[f"{n}.cr"] for n in names if f"{n}.cr" in f]
    cbs = [f[f"{n}.cb"] for n in names if f"{n}.cb" in f]
    if not ys:
        return (float("nan"),) * 3
    return float(np.median(ys)), float(np.median(crs)), float(np.median(cbs))


def _ratio(a: float, b: float) -> float:
    return max(a, b) / max(1.0, min(a, b))


def occlusion_cues(f: dict[str, float]) -> dict[str, float]:
    """Partial scores in [0, 1], one per cue. Ramps sit between the worst clean face and
    the mildest cover measured on tests/data photos (docs/quality-rules.md)."""
    skin_y = float(np.median([f[f"{n}.y"] for n in SKIN if f"{n}.y" in f] or [1.0]))
    skin_y = max(skin_y, 1.0)
    up, mid = _group(f, UPPER), _group(f, MIDDLE)
    right, left = _group(f, RIGHT_SIDE), _group(f, LEFT_SIDE)
    skin_chroma = abs(up[1] - 128) + abs(up[2] - 128) + abs(mid[1] - 128) + abs(mid[2] - 128)
    colourful = skin_chroma > 8  # grey-scale frames carry no colour cue
    ys = [f[f"{n}.y"] / skin_y for n in SKIN if f"{n}.y" in f]
    eye = min(f.get("right_eye.contrast", 0.0), f.get("left_eye.contrast", 0.0)) / skin_y
    cues = {
        # An eye shows dark iris against sclera and lid; bars, lenses, hands flatten it.
        "eyes": _falling(eye, 0.45, 0.30),
        # Lips and the mouth line give contrast; masks, hands, cloth do not.
        "mouth": _falling(f.get("mouth.contrast", 0.0) / skin_y, 0.42, 0.30),
        # Upper and middle face differ in brightness: a mask or a scarf.
        "upper_vs_middle_light": _rising(_ratio(up[0], mid[0]), 1.55, 1.85),
        # One side far darker or brighter than the other: hair, a hand.
        "left_vs_right_light": _rising(_ratio(right[0], left[0]), 1.30, 1.50),
        # A skin patch much darker or brighter than the face: a bar, dark cloth, a white mask.
        "darkest_patch": _falling(min(ys, default=1.0), 0.50, 0.35),
        "brightest_patch": _rising(max(ys, default=1.0), 1.45, 1.70),
    }
    if colourful:
        cues["upper_vs_middle_colour"] = _rising(
            float(np.hypot(up[1] - mid[1], up[2] - mid[2])), 14.0, 22.0
        )
        cues["left_vs_right_colour"] = _rising(
            float(np.hypot(right[1] - left[1], right[2] - left[2])), 11.0, 18.0
        )
    return cues


def occlusion_score(bgr: np.ndarray, pts: np.ndarray) -> tuple[float, dict[str, float]]:
    """(score in [0, 1], the cues) for the face whose landmarks are ``pts``."""
    cues = occlusion_cues(region_features(bgr, pts))
    score = max(cues.values(), default=0.0)
    return score, {f"occlusion.{k}": round(v, 3) for k, v in cues.items()}
