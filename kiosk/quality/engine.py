"""The on-device face-quality engine: one frame in, one QualityReport out.

Qt-free. One engine per analysing thread (MediaPipe tasks are not shared across threads).
"""

from __future__ import annotations

import time
from types import TracebackType

import cv2
import numpy as np

from kiosk.imageio import to_bgr8
from kiosk.quality import landmarks as lm
from kiosk.quality.detectors import Detection, FaceModels, LandmarkFace
from kiosk.quality.hints import hint_for
from kiosk.quality.models import ModelFiles
from kiosk.quality.occlusion import occlusion_score
from kiosk.quality.photometry import face_brightness, face_sharpness, frame_luma_mean
from kiosk.quality.pose import pose_from_matrix, roll_from_eyes
from kiosk.quality.report import FaceGeometry, QualityReport, RuleCheck
from kiosk.quality.rules import PRECEDENCE, Rule
from kiosk.quality.thresholds import QualityThresholds

# Frames darker (brighter) than this mean luma are brightened (darkened) before detection,
# so a badly lit face is reported as "too dark" / "too bright" rather than "no face".
_DARK_FRAME_LUMA = 70.0
# Detector score from which a box is worth a landmark look, and from which a box at the
# frame's edge alone (no landmarks) counts as a cut face.
_CANDIDATE_SCORE = 0.3
_CUT_ONLY_SCORE = 0.5
_SURE_FACE_SCORE = 0.8
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
        self._models = FaceModels(streaming=streaming, models=models)

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
            checks, geometry, brightness, sharpness = _no_landmarks(bgr, main_det, th, luma)
        else:
            checks, geometry, brightness, sharpness = _with_landmarks(
                bgr, face, main_det.score if main_det else 0.0, w, h, th, extras
            )
        faces = 0 if geometry is None else self._count_faces(rgb, geometry.box, detections)
        checks = _face_count_checks(faces) + checks
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
        """The main face's landmarks, the confirmed face boxes, and the main face's box.

        The landmarker's own detector misses small and cut faces, so weaker full-range
        detections get a second look through an enlarged crop; a face still without
        landmarks is kept as a box only when the detector is confident.
        """
        th = self.thresholds
        face, dets = self._models.analyse(rgb, timestamp_ms)
        # Every plausible box: second faces among them are confirmed by _count_faces.
        confirmed = [d for d in dets if d.score >= _CANDIDATE_SCORE]
        if face is not None:
            return face, confirmed, _main_detection(face, confirmed)
        candidates = sorted(
            (d for d in dets if d.score >= _CANDIDATE_SCORE), key=lambda d: d.score, reverse=True
        )
        for d in candidates[:3]:
            face = self._models.landmarks_in_crop(rgb, (d.x, d.y, d.w, d.h))
            if face is not None:
                return face, confirmed, d
        h, w = rgb.shape[:2]
        strong = [d for d in candidates if d.score >= th.detector_only_score]
        if strong and not _crosses_edge(strong[0], w, h, 0.05):
            return None, confirmed, strong[0]
        # Nothing inside the frame, or only a box at its edge: look for a face cut by the
        # edge.
        face, mirrored = self._models.analyse_mirrored(rgb)
        cut = sorted(
            (
                d
                for d in [*dets, *mirrored]
                if _crosses_edge(d, w, h) and d.score >= _CUT_ONLY_SCORE
            ),
            key=lambda d: d.score,
            reverse=True,
        )
        if face is not None:
            return face, confirmed, cut[0] if cut else None
        if cut:
            return None, confirmed, cut[0]
        return None, confirmed, strong[0] if strong else None

    def _count_faces(
        self, rgb: np.ndarray, main_box: tuple[float, float, float, float], dets: list[Detection]
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
        candidates = sorted(_other_faces(main_box, dets, th), key=lambda d: -d.score)
        for d in candidates:
            if d.score >= _SURE_FACE_SCORE:
                others += 1
            elif d.score >= th.detection_score and looks < 3:
                looks += 1
                face = self._models.landmarks_in_crop(rgb, (d.x, d.y, d.w, d.h))
                # Landmarks that land on the main face mean the box was a loose copy of it.
                if face is not None and not _inside(face.points.mean(axis=0), main_box):
                    others += 1
        return 1 + others


def _crosses_edge(d: Detection, w: int, h: int, margin: float = 0.01) -> bool:
    m = margin * max(w, h)
    return d.x < m or d.y < m or d.x + d.w > w - m or d.y + d.h > h - m


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
    main_box: tuple[float, float, float, float], dets: list[Detection], th: QualityThresholds
) -> list[Detection]:
    """Detections that are not the main face and are big enough to be a second person."""
    x, y, bw, bh = main_box
    out = []
    for d in dets:
        cx, cy = d.x + d.w / 2, d.y + d.h / 2
        if x - 0.25 * bw <= cx <= x + 1.25 * bw and y - 0.25 * bh <= cy <= y + 1.25 * bh:
            continue  # the main face itself (a second, shifted box on it)
        if d.w >= th.second_face_min_ratio * bw:
            out.append(d)
    return out


def _inside(point: np.ndarray, box: tuple[float, float, float, float]) -> bool:
    x, y, w, h = box
    return bool(x <= point[0] <= x + w and y <= point[1] <= y + h)


def _face_count_checks(faces: int) -> list[RuleCheck]:
    if faces == 0:
        return [_check(Rule.NO_FACE, 0, ">= 1 face", True)]
    return [
        _check(Rule.NO_FACE, faces, ">= 1 face", False),
        _check(Rule.MULTIPLE_FACES, faces, "== 1 face", faces > 1),
    ]


def _check(
    rule: Rule, value: float | None, threshold: str, failed: bool | None, detail: str = ""
) -> RuleCheck:
    return RuleCheck(
        rule,
        None if value is None else float(value),
        threshold,
        None if failed is None else not failed,
        detail,
    )


def _no_landmarks(
    bgr: np.ndarray, main: Detection | None, th: QualityThresholds, luma: float
) -> tuple[list[RuleCheck], FaceGeometry | None, float | None, float | None]:
    """No landmarks: either no face at all, or a face only the full-range detector sees."""
    h, w = bgr.shape[:2]
    region = bgr
    if main is not None:  # judge the light on the face's box rather than the whole frame
        x0, y0 = max(0, int(main.x)), max(0, int(main.y))
        box = bgr[y0 : min(h, int(main.y + main.h)), x0 : min(w, int(main.x + main.w))]
        if box.size:
            region = box
            luma = frame_luma_mean(box)
    # Near-white pixels (noise and JPEG keep burnt-out areas just under 255).
    clipped = float((region[::4, ::4] >= 240).all(axis=2).mean())
    dark = luma < th.min_face_brightness
    # Without a face to measure, a frame this bright is glare the person can fix.
    bright = luma > th.max_face_brightness - 30 or clipped > th.max_clipped_fraction / 2
    checks = [
        _check(Rule.TOO_DARK, luma, f">= {th.min_face_brightness:g}", dark, "frame"),
        _check(
            Rule.TOO_BRIGHT,
            luma,
            f"<= {th.max_face_brightness:g}",
            bright,
            f"frame, clipped {clipped:.2f}",
        ),
    ]
    if main is None:
        return checks, None, luma, None
    # A face box reaching the frame's edge without landmarks is a face cut by the frame.
    overshoot = max(-main.x, -main.y, main.x + main.w - w, main.y + main.h - h) / main.w
    cut = _crosses_edge(main, w, h)
    checks.append(_check(Rule.FACE_CROPPED, overshoot, "inside the frame", cut, "detector box"))
    # The landmarker gives up on faces too small for its input: call them too small.
    small = main.h < th.min_face_height_ratio * h * 1.1 or main.w * 0.4 < th.min_ied_px
    if not cut:
        checks.append(
            _check(
                Rule.FACE_TOO_SMALL,
                main.h / h,
                f">= {th.min_face_height_ratio}",
                small,
                "detector box",
            )
        )
        if not small and not dark and not bright:
            # A well-lit face big enough yet impossible to landmark is covered or turned away.
            checks.append(
                _check(
                    Rule.FACE_OBSCURED,
                    1.0,
                    f"<= {th.max_occlusion_score}",
                    True,
                    "no landmarks on a detected face",
                )
            )
    geom = FaceGeometry(
        box=(main.x, main.y, main.w, main.h),
        left_eye=(0.0, 0.0),
        right_eye=(0.0, 0.0),
        ied_px=main.w * 0.4,
        yaw=0.0,
        pitch=0.0,
        roll=0.0,
        detector_score=main.score,
    )
    return checks, geom, luma, None


def _with_landmarks(
    bgr: np.ndarray,
    face: LandmarkFace,
    score: float,
    w: int,
    h: int,
    th: QualityThresholds,
    extras: dict[str, float],
) -> tuple[list[RuleCheck], FaceGeometry, float | None, float | None]:
    pts = face.points
    x0, y0 = float(pts[:, 0].min()), float(pts[:, 1].min())
    x1, y1 = float(pts[:, 0].max()), float(pts[:, 1].max())
    fw, fh = x1 - x0, y1 - y0
    right_eye = (float(pts[lm.RIGHT_IRIS, 0]), float(pts[lm.RIGHT_IRIS, 1]))
    left_eye = (float(pts[lm.LEFT_IRIS, 0]), float(pts[lm.LEFT_IRIS, 1]))
    ied = float(np.hypot(left_eye[0] - right_eye[0], left_eye[1] - right_eye[1]))
    if face.matrix is not None:
        yaw, pitch, roll = pose_from_matrix(face.matrix, th.pitch_offset_deg)
    else:
        yaw, pitch, roll = 0.0, 0.0, roll_from_eyes(right_eye, left_eye)
    geom = FaceGeometry(
        box=(x0, y0, fw, fh),
        left_eye=left_eye,
        right_eye=right_eye,
        ied_px=ied,
        yaw=yaw,
        pitch=pitch,
        roll=roll,
        detector_score=score,
    )
    checks: list[RuleCheck] = []

    # Cropped: how far the mesh reaches past the frame, relative to the face size.
    overshoot = max((-x0) / fw, (-y0) / fh, (x1 - w) / fw, (y1 - h) / fh)
    cropped = overshoot > th.crop_tolerance
    checks.append(_check(Rule.FACE_CROPPED, overshoot, f"<= {th.crop_tolerance:g}", cropped))

    height_ratio = fh / h
    small = ied < th.min_ied_px or height_ratio < th.min_face_height_ratio
    checks.append(
        _check(
            Rule.FACE_TOO_SMALL,
            height_ratio,
            f"height >= {th.min_face_height_ratio:g} of frame, IED >= {th.min_ied_px:g} px",
            small,
            f"ied {ied:.0f} px",
        )
    )

    gap = min(x0 / fw, y0 / fh, (w - x1) / fw, (h - y1) / fh)
    near = gap < th.border_margin_ratio
    checks.append(_check(Rule.FACE_NEAR_BORDER, gap, f">= {th.border_margin_ratio:g}", near))

    angle_excess = max(
        abs(yaw) / th.max_yaw_deg, abs(pitch) / th.max_pitch_deg, abs(roll) / th.max_roll_deg
    )
    checks.append(
        _check(
            Rule.FACE_ANGLE,
            max(abs(yaw), abs(pitch), abs(roll)),
            f"yaw <= {th.max_yaw_deg:g}, pitch <= {th.max_pitch_deg:g}, roll <= "
            f"{th.max_roll_deg:g}",
            angle_excess > 1.0,
            f"yaw {yaw:.1f} pitch {pitch:.1f} roll {roll:.1f}",
        )
    )

    upper, middle, clipped = face_brightness(bgr, pts)
    brightness = (upper + middle) / 2
    dark = max(upper, middle) < th.min_face_brightness
    bright = min(upper, middle) > th.max_face_brightness or clipped > th.max_clipped_fraction
    checks.append(_check(Rule.TOO_DARK, max(upper, middle), f">= {th.min_face_brightness:g}", dark))
    checks.append(
        _check(
            Rule.TOO_BRIGHT,
            min(upper, middle),
            f"<= {th.max_face_brightness:g}",
            bright,
            f"clipped {clipped:.2f}",
        )
    )

    sharpness = face_sharpness(bgr, pts)
    checks.append(
        _check(Rule.BLURRY, sharpness, f">= {th.min_sharpness:g}", sharpness < th.min_sharpness)
    )

    # Occlusion needs the face inside the frame and lit well enough to judge.
    blurry = sharpness < th.min_sharpness
    judgeable = (
        not cropped and not dark and not bright and not blurry and ied >= 0.5 * th.min_ied_px
    )
    if judgeable:
        occ, parts = occlusion_score(bgr, pts, yaw)
        extras.update(parts)
        checks.append(
            _check(
                Rule.FACE_OBSCURED,
                occ,
                f"<= {th.max_occlusion_score:g}",
                occ > th.max_occlusion_score,
            )
        )
    else:
        checks.append(
            _check(
                Rule.FACE_OBSCURED,
                None,
                f"<= {th.max_occlusion_score:g}",
                None,
                "not judged: face cut, too small, badly lit or blurred",
            )
        )

    if face.blink is not None:
        closed = min(face.blink)
        checks.append(
            _check(Rule.EYES_CLOSED, closed, f"<= {th.max_eye_blink:g}", closed > th.max_eye_blink)
        )
    return checks, geom, brightness, sharpness
