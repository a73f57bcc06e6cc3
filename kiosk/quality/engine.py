"""The on-device face-quality engine: one frame in, one QualityReport out.

Qt-free. One engine per analysing thread (MediaPipe tasks are not shared across threads).
"""

from __future__ import annotations

import dataclasses
import time
from types import TracebackType

import cv2
import numpy as np

from kiosk.imageio import to_bgr8
from kiosk.quality.census import FaceCensus
from kiosk.quality.checks import (
    checks_with_landmarks,
    checks_without_landmarks,
    crosses_edge,
    face_count_checks,
)
from kiosk.quality.detectors import Detection, FaceModels, LandmarkFace
from kiosk.quality.face_count import CANDIDATE_SCORE, count_faces
from kiosk.quality.hand_cover import HandCheck
from kiosk.quality.hints import hint_for
from kiosk.quality.last_look import LastLookDetector
from kiosk.quality.models import ModelFiles, bundled_models
from kiosk.quality.occlusion_model import OcclusionModel
from kiosk.quality.photometry import frame_luma_mean
from kiosk.quality.report import FaceGeometry, QualityReport, RuleCheck
from kiosk.quality.rules import PRECEDENCE, Rule
from kiosk.quality.thresholds import QualityThresholds

# Frames darker (brighter) than this mean luma are brightened (darkened) before detection,
# so a badly lit face is reported as "too dark" / "too bright" rather than "no face".
_DARK_FRAME_LUMA = 70.0
_BRIGHT_FRAME_LUMA = 185.0
# Detector score from which a box at the frame's edge alone (no landmarks) counts as a
# cut face (boxes are worth a landmark look from face_count.CANDIDATE_SCORE).
_CUT_ONLY_SCORE = 0.55  # 0.5 let flowers at the edge of an empty scene be a cut face
# Below this score a box whose crop look finds landmarks is weak evidence of a face.
_WEAK_BOX_SCORE = 0.5
_BRIGHTEN_LUT = np.array([255.0 * (i / 255.0) ** 0.45 for i in range(256)], np.uint8)
_DARKEN_LUT = np.array([255.0 * (i / 255.0) ** 2.2 for i in range(256)], np.uint8)


# The hand landmarker looks only at faces whose most covered region the occlusion model
# scores at least this: every hand it caught on the real set scored 0.36-0.54 there, and
# 4% of the good selfies score this much (the rest are spared its ~40 ms).
HAND_LOOK_FROM = 0.15


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
        self._last_look = LastLookDetector(files.last_look_detector)
        self._census = FaceCensus(self._last_look, streaming=streaming)
        self._hands = HandCheck(files.hand_landmarker, streaming=streaming)

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
        self._hands.close()

    @property
    def hand_looks(self) -> int:
        """How many times the hand landmarker has run (the benchmark reports its share)."""
        return self._hands.looks

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
        face, detections, main_det, weak = self._find_face(rgb, timestamp_ms)
        extras: dict[str, float] = {"frame_luma": luma}
        geometry: FaceGeometry | None
        if face is not None:
            checks, geometry, brightness, sharpness = checks_with_landmarks(
                bgr, face, main_det, w, h, th, extras, self._occlusion
            )
            if weak and any(c.rule is Rule.FACE_TOO_SMALL and c.passed is False for c in checks):
                # A tiny mesh that only a second look at a weak box (or at the mirrored
                # frame) found is a pattern, not a person: real faces that small score
                # 0.7-0.9 with the full-range detector; noise in a brightened dark scene
                # or a bathtub scores 0.3-0.46 and the landmarker still fits it.
                face, main_det, extras = None, None, {"frame_luma": luma}
        if face is None:
            checks, geometry, brightness, sharpness = checks_without_landmarks(
                bgr, main_det, th, luma
            )
            self._hands.forget()
        else:
            assert geometry is not None
            now_ms = time.monotonic() * 1000.0 if timestamp_ms is None else float(timestamp_ms)
            checks = self._hand_over_face(rgb, face.points, geometry, checks, extras, now_ms)
        # YuNet's faces: people BlazeFace did not see at all (a baby held up beside a parent).
        # While the person is told "move closer", the others are small too: look closer.
        small = any(c.rule is Rule.FACE_TOO_SMALL and c.passed is False for c in checks)
        census = self._census.boxes(rgb, someone=geometry is not None, small=small)
        faces = (
            0
            if geometry is None
            else count_faces(
                self._models,
                rgb,
                geometry.box,
                detections,
                th,
                None if face is None else face.points,
                self._last_look.find,
                census,
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

    def _hand_over_face(
        self,
        rgb: np.ndarray,
        mesh: np.ndarray,
        geometry: FaceGeometry,
        checks: list[RuleCheck],
        extras: dict[str, float],
        now_ms: float,
    ) -> list[RuleCheck]:
        """A face the occlusion model judged uncovered, but not without doubt, gets the
        hand landmarker's look: a hand over the mouth or an eye is a cover the 64x64 crop
        misses (hand_cover.py)."""
        at = next(i for i, c in enumerate(checks) if c.rule is Rule.FACE_OBSCURED)
        if checks[at].passed is not True:
            return checks  # covered already, or not judged (cut, blurred, turned away)
        if extras.get("occlusion.any", 1.0) < HAND_LOOK_FROM:
            return checks  # no doubt at all: most good faces, which skip the 40 ms look
        hand = self._hands.over_face(rgb, mesh, geometry.box, now_ms)
        if hand is None:
            return checks
        extras["hand.score"] = round(hand.score, 3)
        checks = list(checks)
        checks[at] = dataclasses.replace(
            checks[at], passed=False, detail=f"a hand over the {hand.region}"
        )
        return checks

    def _find_face(
        self, rgb: np.ndarray, timestamp_ms: int | None
    ) -> tuple[LandmarkFace | None, list[Detection], Detection | None, bool]:
        """The main face's landmarks, every plausible face box, the main face's box, and
        whether the landmarks rest on weak evidence only.

        The landmarker's own detector misses small and cut faces, so weaker full-range
        detections get a second look through an enlarged crop; a face still without
        landmarks is kept as a box only when the detector is confident. With nothing
        found at all, YuNet has the last look (kiosk.quality.last_look).
        """
        th = self.thresholds
        face, dets = self._models.analyse(rgb, timestamp_ms)
        # Every plausible box: second faces among them are confirmed by count_faces.
        boxes = [d for d in dets if d.score >= CANDIDATE_SCORE]
        if face is not None:
            return face, boxes, _main_detection(face, boxes), False
        candidates = sorted(boxes, key=lambda d: d.score, reverse=True)
        for d in candidates[:3]:
            face = self._models.landmarks_in_crop(rgb, (d.x, d.y, d.w, d.h))
            if face is not None:
                return face, boxes, d, d.score < _WEAK_BOX_SCORE
        h, w = rgb.shape[:2]
        strong = [d for d in candidates if d.score >= th.detector_only_score]
        if strong and not crosses_edge(strong[0], w, h, 0.05):
            return None, boxes, self._second_opinion_on_turn(rgb, strong[0]), False
        # Nothing inside the frame, or only a box at its edge: look for a face cut by it.
        face, mirrored = self._models.analyse_mirrored(rgb)
        cut = sorted(
            (d for d in [*dets, *mirrored] if crosses_edge(d, w, h) and d.score >= _CUT_ONLY_SCORE),
            key=lambda d: d.score,
            reverse=True,
        )
        if face is not None:
            return face, boxes, cut[0] if cut else None, not cut
        if cut:
            return None, boxes, cut[0], False
        if strong:
            return None, boxes, strong[0], False
        # Nothing at all: a head in profile is beyond both MediaPipe models ("face the
        # camera", not "no face"), a masked face under a cap often too. A frontal box of
        # the last-look detector counts only with a face the landmarker fits in it.
        last = self._last_look.find(rgb)
        if last is None or last.turned:
            return None, boxes, last, False
        face = self._models.landmarks_in_crop(rgb, (last.x, last.y, last.w, last.h))
        if face is None:
            return None, boxes, None, False
        return face, boxes, last, True

    def _second_opinion_on_turn(self, rgb: np.ndarray, box: Detection) -> Detection:
        """A box the landmarker cannot fit is judged covered unless it looks turned; its
        BlazeFace keypoints miss some turned heads that YuNet's do not."""
        if box.looks_turned():
            return box
        last = self._last_look.find(rgb)
        if last is not None and last.turned and _centre_inside(last, box):
            return dataclasses.replace(box, turned=True)
        return box


def _centre_inside(a: Detection, b: Detection) -> bool:
    cx, cy = a.x + a.w / 2, a.y + a.h / 2
    return b.x <= cx <= b.x + b.w and b.y <= cy <= b.y + b.h


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
