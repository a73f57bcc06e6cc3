"""The on-device face-quality engine: one frame in, one QualityReport out.

Qt-free. One engine per analysing thread (MediaPipe tasks are not shared across threads).
"""

from __future__ import annotations

import time
from types import TracebackType

import cv2
import numpy as np

from kiosk.imageio import to_bgr8
from kiosk.quality.checks import (
    checks_with_landmarks,
    checks_without_landmarks,
    crosses_edge,
    face_count_checks,
)
from kiosk.quality.detectors import Detection, FaceModels, LandmarkFace
from kiosk.quality.hints import hint_for
from kiosk.quality.models import ModelFiles, bundled_models
from kiosk.quality.occlusion_model import OcclusionModel
from kiosk.quality.photometry import frame_luma_mean
from kiosk.quality.report import QualityReport
from kiosk.quality.rules import PRECEDENCE
from kiosk.quality.thresholds import QualityThresholds

# Frames darker (brighter) than this mean luma are brightened (darkened) before detection,
# so a badly lit face is reported as "too dark" / "too bright" rather than "no face".
_DARK_FRAME_LUMA = 70.0
# Detector score from which a box is worth a landmark look, and from which a box at the
# frame's edge alone (no landmarks) counts as a cut face.
_CANDIDATE_SCORE = 0.3
_CUT_ONLY_SCORE = 0.55  # 0.5 let flowers at the edge of an empty scene be a cut face
_SURE_FACE_SCORE = 0.8
_SURE_SIMILAR_FACE_SCORE = 0.65
# A box the main face's size beside it: on the real-photo set, face-sized boxes beside
# a good face scored at most 0.41, while real second people scored 0.46-0.6 (half turned).
_SURE_SAME_SIZE_FACE_SCORE = 0.45
_BRIGHT_FRAME_LUMA = 185.0
_BRIGHTEN_LUT = np.array([255.0 * (i / 255.0) ** 0.45 for i in range(256)], np.uint8)
_DARKEN_LUT = np.array([255.0 * (i / 255.0) ** 2.2 for i in range(256)], np.uint8)


class QualityEngine:
    """Analyse frames against the service's face rules plus capture checks.

    ``streaming=True`` is for live video: MediaPipe tracks between frames and
    ``timestamp_ms`` must increase (it is made strictly increasing if not).
    """

    def __init__(
        self,
        thresholds: QualityThresholds | None = None,
        *,
        streaming: bool = False,
        models: ModelFiles | None = None,
    ) -> None:
        self.thresholds = thresholds or QualityThresholds()
        self.streaming = streaming
        files = models or bundled_models()
        self._models = FaceModels(streaming=streaming, models=files)
        self._occlusion = OcclusionModel(files.occlusion)

    def __enter__(self) -> QualityEngine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._models.close()

    def analyze(
        self, frame: np.ndarray, timestamp_ms: int | None = None, frame_id: int = 0
    ) -> QualityReport:
        t0 = time.perf_counter()
        bgr = frame if _is_bgr8(frame) else to_bgr8(frame)
        h, w = bgr.shape[:2]
        th = self.thresholds

        luma = frame_luma_mean(bgr)
        detect_on = bgr
        if luma < _DARK_FRAME_LUMA:
            detect_on = cv2.LUT(bgr, _BRIGHTEN_LUT)
        elif luma > _BRIGHT_FRAME_LUMA:
            detect_on = cv2.LUT(bgr, _DARKEN_LUT)
        rgb = cv2.cvtColor(detect_on, cv2.COLOR_BGR2RGB)
        face, detections, main_det = self._find_face(rgb, timestamp_ms)
        extras: dict[str, float] = {"frame_luma": luma}
        if face is None:
            checks, geometry, brightness, sharpness = checks_without_landmarks(
                bgr, main_det, th, luma
            )
        else:
            checks, geometry, brightness, sharpness = checks_with_landmarks(
                bgr, face, main_det, w, h, th, extras, self._occlusion
            )
        faces = (
            0
            if geometry is None
            else self._count_faces(
                rgb, geometry.box, detections, None if face is None else face.points
            )
        )
        checks = face_count_checks(faces) + checks
        failures = tuple(r for r in PRECEDENCE for c in checks if c.rule is r and c.passed is False)
        elapsed = (time.perf_counter() - t0) * 1000.0
        return QualityReport(
            width=w,
            height=h,
            faces=faces,
            face=geometry,
            checks=tuple(checks),
            failures=failures,
            hint=hint_for(failures, geometry, w, h, th),
            brightness=brightness,
            sharpness=sharpness,
            elapsed_ms=elapsed,
            frame_id=frame_id,
            extras=extras,
        )

    def _find_face(
        self, rgb: np.ndarray, timestamp_ms: int | None
    ) -> tuple[LandmarkFace | None, list[Detection], Detection | None]:
        """The main face's landmarks, every plausible face box, and the main face's box.

        The landmarker's own detector misses small and cut faces, so weaker full-range
        detections get a second look through an enlarged crop; a face still without
        landmarks is kept as a box only when the detector is confident.
        """
        th = self.thresholds
        face, dets = self._models.analyse(rgb, timestamp_ms)
        # Every plausible box: second faces among them are confirmed by _count_faces.
        boxes = [d for d in dets if d.score >= _CANDIDATE_SCORE]
        if face is not None:
            return face, boxes, _main_detection(face, boxes)
        candidates = sorted(boxes, key=lambda d: d.score, reverse=True)
        for d in candidates[:3]:
            face = self._models.landmarks_in_crop(rgb, (d.x, d.y, d.w, d.h))
            if face is not None:
                return face, boxes, d
        h, w = rgb.shape[:2]
        strong = [d for d in candidates if d.score >= th.detector_only_score]
        if strong and not crosses_edge(strong[0], w, h, 0.05):
            return None, boxes, strong[0]
        # Nothing inside the frame, or only a box at its edge: look for a face cut by it.
        face, mirrored = self._models.analyse_mirrored(rgb)
        cut = sorted(
            (d for d in [*dets, *mirrored] if crosses_edge(d, w, h) and d.score >= _CUT_ONLY_SCORE),
            key=lambda d: d.score,
            reverse=True,
        )
        if face is not None:
            return face, boxes, cut[0] if cut else None
        if cut:
            return None, boxes, cut[0]
        return None, boxes, strong[0] if strong else None

    def _count_faces(
        self,
        rgb: np.ndarray,
        main_box: tuple[float, float, float, float],
        dets: list[Detection],
        main_points: np.ndarray | None = None,
    ) -> int:
        """The main face plus every other face big enough to be a second person.

        A second box is confirmed by landmarks in its crop unless the detector is sure:
        hands, flags and patterns sometimes score 0.5-0.7, while a small bystander may
        score only 0.35. At most three boxes are looked at, so a cluttered background
        cannot make a frame slow.
        """
        th = self.thresholds
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
                _SURE_SAME_SIZE_FACE_SCORE
                if d.w >= 0.8 * main_w
                else _SURE_SIMILAR_FACE_SCORE
                if similar
                else _SURE_FACE_SCORE
            )
            # A person cheek to cheek with the main one, half turned, may score only 0.3;
            # the look at landmarks confirms them.
            least = _CANDIDATE_SCORE if similar else th.detection_score
            if d.score >= sure:
                others += 1
            elif d.score >= least and looks < 3:
                looks += 1
                if hidden is None:
                    hidden = _without(rgb, main_core)
                face = self._models.landmarks_in_crop(hidden, (d.x, d.y, d.w, d.h))
                # Confirmed when the landmarks land on this box, not on the main face (the
                # crop around a face cheek to cheek with the main one holds both).
                if face is not None:
                    centre = face.points.mean(axis=0)
                    grown = (d.x - 0.3 * d.w, d.y - 0.3 * d.h, 1.6 * d.w, 1.6 * d.h)
                    if _inside(centre, grown) and not _inside(centre, main_box):
                        others += 1
        return 1 + others


def _is_bgr8(frame: np.ndarray) -> bool:
    return frame.dtype == np.uint8 and frame.ndim == 3 and frame.shape[2] == 3


def _main_detection(face: LandmarkFace | None, dets: list[Detection]) -> Detection | None:
    if not dets:
        return None
    if face is not None:
        cx, cy = face.points[:, 0].mean(), face.points[:, 1].mean()
        for d in dets:
            if d.x <= cx <= d.x + d.w and d.y <= cy <= d.y + d.h:
                return d
    return max(dets, key=lambda d: d.area)


def _other_faces(
    main_box: tuple[float, float, float, float],
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


def _clipped(
    box: tuple[float, float, float, float], w: int, h: int
) -> tuple[float, float, float, float]:
    """The part of a box inside the frame (a cut face's landmarks reach beyond it, its
    detector box does not)."""
    x0, y0 = max(0.0, box[0]), max(0.0, box[1])
    x1, y1 = min(float(w), box[0] + box[2]), min(float(h), box[1] + box[3])
    return (x0, y0, max(1.0, x1 - x0), max(1.0, y1 - y0))


def _share_inside(points: np.ndarray, box: tuple[float, float, float, float]) -> float:
    x, y, w, h = box
    px, py = points[:, 0], points[:, 1]
    return float(((px >= x) & (px <= x + w) & (py >= y) & (py <= y + h)).mean())


def _core(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The middle half of a box, each way."""
    x, y, w, h = box
    return (x + 0.25 * w, y + 0.25 * h, 0.5 * w, 0.5 * h)


def _without(rgb: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    x, y, w, h = (round(v) for v in box)
    out = rgb.copy()
    region = out[max(0, y) : max(0, y + h), max(0, x) : max(0, x + w)]
    if region.size:
        region[:] = region.reshape(-1, 3).mean(axis=0).astype(np.uint8)
    return out


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


def _inside(point: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    x, y, w, h = box
    return bool(x <= point[0] <= x + w and y <= point[1] <= y + h)
