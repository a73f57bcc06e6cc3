"""How many people are in the frame: the main face plus every confirmed second face.

A second person beside the one at the kiosk is what the service refuses as "multiple
faces"; a second, shifted detector box on the main face itself, a hand or a pattern is
not one. See docs/quality-rules.md ("How a frame is analysed", 3.).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from kiosk.quality.detectors import Detection, FaceModels
from kiosk.quality.thresholds import QualityThresholds

Box = tuple[float, float, float, float]

# Detector score from which a box is worth a landmark look.
CANDIDATE_SCORE = 0.3
# Scores from which a box counts as a second person without a landmark look: small boxes
# need the most (hands and flags score 0.5-0.7); a box the main face's size beside it the
# least: on the real-photo set, face-sized boxes beside a good face scored at most 0.41,
# while real second people half turned away scored 0.46-0.6.
SURE_FACE_SCORE = 0.8
SURE_SIMILAR_FACE_SCORE = 0.65
SURE_SAME_SIZE_FACE_SCORE = 0.45


def count_faces(
    models: FaceModels,
    rgb: np.ndarray,
    main_box: Box,
    dets: list[Detection],
    th: QualityThresholds,
    main_points: np.ndarray | None = None,
    second_look: Callable[[np.ndarray], Detection | None] | None = None,
    sure_boxes: Sequence[Detection] = (),
) -> int:
    """The main face plus every other face big enough to be a second person.

    ``sure_boxes`` come from a second detector that is sure of them (the census, YuNet):
    they count without a landmark look, judged by the same "not the main face, big
    enough" rules; the larger of the two counts wins, so one person is never two.

    A second box is confirmed by landmarks in its crop unless the detector is sure:
    hands, flags and patterns sometimes score 0.5-0.7, while a small bystander may
    score only 0.35. At most three boxes are looked at, so a cluttered background
    cannot make a frame slow.
    """
    others = 0
    looks = 0
    h, w = rgb.shape[:2]
    main_w = main_box[2]  # a cut face's whole width, for sizes
    main_box = _clipped(main_box, w, h)  # its part in the frame, where detectors look
    candidates = sorted(
        _other_faces(main_box, main_w, dets, th, main_points), key=lambda d: -d.score
    )
    main_core = _core(main_box)
    # The crop around a box next to the main face holds the main face too; with its
    # middle greyed out the landmarks can only land on the other person.
    hidden: np.ndarray | None = None
    for d in candidates:
        # A box the main face's size (a person beside them) needs less certainty than a
        # small one: hands and patterns that fool the detector are rarely face-sized.
        similar = d.w >= 0.55 * main_w
        sure = (
            SURE_SAME_SIZE_FACE_SCORE
            if d.w >= 0.8 * main_w
            else SURE_SIMILAR_FACE_SCORE
            if similar
            else SURE_FACE_SCORE
        )
        # A person cheek to cheek with the main one, half turned, may score only 0.3;
        # the look at landmarks confirms them.
        least = CANDIDATE_SCORE if similar else th.detection_score
        if d.score >= sure:
            others += 1
        elif d.score >= least and looks < 3:
            looks += 1
            if hidden is None:
                hidden = _without(rgb, main_core)
            face = models.landmarks_in_crop(hidden, (d.x, d.y, d.w, d.h))
            grown = (d.x - 0.3 * d.w, d.y - 0.3 * d.h, 1.6 * d.w, 1.6 * d.h)
            # Confirmed when the landmarks land on this box, not on the main face (the
            # crop around a face cheek to cheek with the main one holds both).
            if face is not None:
                centre = face.points.mean(axis=0)
                if _inside(centre, grown) and not _inside(centre, main_box):
                    others += 1
                    continue
            # A face-sized box the mesh cannot fit may be a second person in profile
            # (the landmarker is frontal): YuNet, trained on WIDER FACE's profiles, looks.
            if similar and second_look is not None and _confirmed_by(second_look, hidden, d):
                others += 1
    sure = len(_other_faces(main_box, main_w, list(sure_boxes), th, main_points))
    return 1 + max(others, sure)


def _confirmed_by(
    look: Callable[[np.ndarray], Detection | None], rgb: np.ndarray, d: Detection
) -> bool:
    """Whether ``look`` finds a face centred in box ``d`` within a crop twice its size."""
    h, w = rgb.shape[:2]
    x0, y0 = max(0, int(d.x - 0.5 * d.w)), max(0, int(d.y - 0.5 * d.h))
    x1, y1 = min(w, int(d.x + 1.5 * d.w)), min(h, int(d.y + 1.5 * d.h))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return False
    found = look(rgb[y0:y1, x0:x1])
    if found is None:
        return False
    centre = np.array((x0 + found.x + found.w / 2, y0 + found.y + found.h / 2))
    return _inside(centre, (d.x, d.y, d.w, d.h))


def _other_faces(
    main_box: Box,
    main_w: float,
    dets: list[Detection],
    th: QualityThresholds,
    main_points: np.ndarray | None = None,
) -> list[Detection]:
    """Detections that are not the main face and are big enough to be a second person."""
    bw = main_box[2]
    core = _core(main_box)
    main_centre = np.array((main_box[0] + bw / 2, main_box[1] + main_box[3] / 2))
    out = []
    for d in dets:
        box = (d.x, d.y, d.w, d.h)
        centre = np.array((d.x + d.w / 2, d.y + d.h / 2))
        # The main face itself (a second, shifted box on it) is centred in its middle,
        # holds its centre or overlaps it mostly; a head leaning against it does neither.
        if (
            _inside(centre, core)
            or (_inside(centre, main_box) and _inside(main_centre, box))
            or _iou(box, main_box) > 0.4
            or (main_points is not None and _share_inside(main_points, box) >= 0.75)
        ):
            continue
        if d.w >= th.second_face_min_ratio * main_w:
            out.append(d)
    return out


def _clipped(box: Box, w: int, h: int) -> Box:
    """The part of a box inside the frame (a cut face's landmarks reach beyond it, its
    detector box does not)."""
    x0, y0 = max(0.0, box[0]), max(0.0, box[1])
    x1, y1 = min(float(w), box[0] + box[2]), min(float(h), box[1] + box[3])
    return (x0, y0, max(1.0, x1 - x0), max(1.0, y1 - y0))


def _share_inside(points: np.ndarray, box: Box) -> float:
    x, y, w, h = box
    px, py = points[:, 0], points[:, 1]
    return float(((px >= x) & (px <= x + w) & (py >= y) & (py <= y + h)).mean())


def _core(box: Box) -> Box:
    """The middle half of a box, each way."""
    x, y, w, h = box
    return (x + 0.25 * w, y + 0.25 * h, 0.5 * w, 0.5 * h)


def _without(rgb: np.ndarray, box: Box) -> np.ndarray:
    x, y, w, h = (round(v) for v in box)
    out = rgb.copy()
    region = out[max(0, y) : max(0, y + h), max(0, x) : max(0, x + w)]
    if region.size:
        region[:] = region.reshape(-1, 3).mean(axis=0).astype(np.uint8)
    return out


def _iou(a: Box, b: Box) -> float:
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def _inside(point: np.ndarray, box: Box) -> bool:
    x, y, w, h = box
    return bool(x <= point[0] <= x + w and y <= point[1] <= y + h)
