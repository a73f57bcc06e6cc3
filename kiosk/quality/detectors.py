"""MediaPipe models used by the engine, each owned by one thread.

- The FaceLandmarker (478 landmarks + transformation matrix) runs on the caller's thread.
  Its built-in short-range detector loses small, half-cut and bystander faces, so:
- the full-range BlazeFace detector runs beside it on a dedicated thread (the two overlap
  on a 2-core machine, so the verdict costs little more than the landmarker alone), and
- when the full-range detector sees a face the landmarker missed, a still-image landmarker
  looks again at an enlarged crop around that face.
"""

from __future__ import annotations

import concurrent.futures
import threading
from dataclasses import dataclass

import cv2
import mediapipe as mp
import numpy as np
from mediapipe.tasks.python import BaseOptions, vision

from kiosk.quality.models import ModelFiles, bundled_models
from kiosk.quality.native_log import native_stderr_silenced


@dataclass(frozen=True, slots=True)
class Detection:
    """A full-range detector face box in pixels."""

    x: float
    y: float
    w: float
    h: float
    score: float
    # BlazeFace's six keypoints in pixels: right eye, left eye, nose tip, mouth centre,
    # right ear, left ear ("right" = the person's right, image left).
    keypoints: tuple[tuple[float, float], ...] = ()
    # Set by the last-look detector (kiosk.quality.last_look) when its own keypoints show
    # the head turned well away.
    turned: bool = False

    @property
    def area(self) -> float:
        return self.w * self.h

    def shifted(self, dx: float, dy: float) -> Detection:
        return Detection(
            self.x + dx,
            self.y + dy,
            self.w,
            self.h,
            self.score,
            tuple((x + dx, y + dy) for x, y in self.keypoints),
            self.turned,
        )

    def looks_turned(self, strict: bool = True) -> bool:
        """Does the head look turned well away, judged by the keypoints alone?

        Frontal faces (masked or not) keep the eyes about 0.38 of the box width apart and
        the nose between the ears; in a three-quarter view or a profile the eyes close up
        and the nose passes an ear. Measured on the real-photo development set: good,
        masked and sunglasses faces read eyes >= 0.22-0.33 of the width (1st percentile)
        and the nose at -0.25...1.3 of the ear-to-ear span. ``strict=False`` is the
        looser test used when the landmark mesh already reads a large yaw.
        """
        if self.turned:
            return True
        if len(self.keypoints) < 6 or self.w <= 0:
            return False
        (rex, _), (lex, _), (nx, _), _, (rx, _), (lx, _) = self.keypoints[:6]
        eyes = abs(lex - rex) / self.w
        span = lx - rx
        pos = (nx - rx) / span if abs(span) > 1e-6 else 0.5
        if strict:
            return eyes < 0.2 or pos < -0.3 or pos > 1.3
        return eyes < 0.22 or pos < -0.2 or pos > 1.2


@dataclass(frozen=True, slots=True)
class LandmarkFace:
    """Landmarks in pixels of the analysed frame (may lie outside it), plus head pose data."""

    points: np.ndarray  # (478, 2) float32, pixels
    matrix: np.ndarray | None  # 4x4 facial transformation matrix
    blink: tuple[float, float] | None = None  # eyeBlinkLeft, eyeBlinkRight


def _landmarker(models: ModelFiles, mode: vision.RunningMode) -> vision.FaceLandmarker:
    options = vision.FaceLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(models.landmarker)),
        running_mode=mode,
        num_faces=1,
        min_face_detection_confidence=0.5,
        min_face_presence_confidence=0.5,
        min_tracking_confidence=0.5,
        output_face_blendshapes=True,
        output_facial_transformation_matrixes=True,
    )
    return vision.FaceLandmarker.create_from_options(options)


def _detector(models: ModelFiles, mode: vision.RunningMode) -> vision.FaceDetector:
    options = vision.FaceDetectorOptions(
        base_options=BaseOptions(model_asset_path=str(models.full_range_detector)),
        running_mode=mode,
        min_detection_confidence=0.3,
        min_suppression_threshold=0.3,
    )
    return vision.FaceDetector.create_from_options(options)


def _detections(result: vision.FaceDetectorResult, width: int, height: int) -> list[Detection]:
    out = []
    for d in result.detections:
        b = d.bounding_box
        score = d.categories[0].score if d.categories else 0.0
        out.append(
            Detection(
                float(b.origin_x),
                float(b.origin_y),
                float(b.width),
                float(b.height),
                float(score or 0.0),
                tuple((float(k.x) * width, float(k.y) * height) for k in (d.keypoints or [])),
            )
        )
    return out


def _to_mp_image(rgb: np.ndarray) -> mp.Image:
    return mp.Image(image_format=mp.ImageFormat.SRGB, data=np.ascontiguousarray(rgb))


class FaceModels:
    """Landmarker + full-range detector for one analysing thread.

    ``streaming=True`` uses MediaPipe's VIDEO mode (tracking between frames; timestamps
    must increase strictly). Create and use an instance on one thread.
    """

    def __init__(self, *, streaming: bool, models: ModelFiles | None = None) -> None:
        self.streaming = streaming
        self._models = models or bundled_models()
        mode = vision.RunningMode.VIDEO if streaming else vision.RunningMode.IMAGE
        self._det_thread = concurrent.futures.ThreadPoolExecutor(1, "kiosk-face-detector")
        self._closed = False
        self._lock = threading.Lock()
        with native_stderr_silenced():
            self._landmarker = _landmarker(self._models, mode)
            # The detector does not track between frames; IMAGE mode lets the padded
            # second look (for faces cut by the frame) reuse the same instance.
            self._detector = self._det_thread.submit(
                _detector, self._models, vision.RunningMode.IMAGE
            ).result()
            self._crop_landmarker: vision.FaceLandmarker | None = None
            if not streaming:
                self._crop_landmarker = self._landmarker
            # The first inference prints its own native chatter; get it over with here.
            blank = _to_mp_image(np.zeros((64, 64, 3), np.uint8))
            self._run(blank, 0)
        self._last_ts = 0
        # Streaming only: how many following frames may reuse the last detector boxes.
        self.detector_reuse = 1 if streaming else 0
        self._reuse_left = 0
        self._tracked: LandmarkFace | None = None
        self._last_detections: list[Detection] = []

    def _run(self, image: mp.Image, ts: int) -> tuple[vision.FaceLandmarkerResult, list[Detection]]:
        fut = self._det_thread.submit(self._detector.detect, image)
        if self.streaming:
            lm = self._landmarker.detect_for_video(image, ts)
        else:
            lm = self._landmarker.detect(image)
        return lm, _detections(fut.result(), image.width, image.height)

    def analyse_mirrored(
        self, rgb: np.ndarray, pad_ratio: float = 0.25
    ) -> tuple[LandmarkFace | None, list[Detection]]:
        """Both models on the frame extended by its own mirror image at every edge.

        A face cut by the frame edge is invisible to both detectors; mirrored at the edge,
        the half face becomes a whole one (faces are nearly symmetric) and is found, with
        landmarks reaching past the frame. Results are in frame pixels.
        """
        h, w = rgb.shape[:2]
        px, py = int(w * pad_ratio), int(h * pad_ratio)
        padded = cv2.copyMakeBorder(rgb, py, py, px, px, cv2.BORDER_REFLECT_101)
        image = _to_mp_image(padded)
        fut = self._det_thread.submit(self._detector.detect, image)
        result = self._still_landmarker().detect(image)
        dets = [
            d.shifted(-px, -py) for d in _detections(fut.result(), padded.shape[1], padded.shape[0])
        ]
        face = _face_from_result(result, -px, -py, padded.shape[1], padded.shape[0])
        return face, dets

    def _still_landmarker(self) -> vision.FaceLandmarker:
        if self._crop_landmarker is None:
            with native_stderr_silenced():
                self._crop_landmarker = _landmarker(self._models, vision.RunningMode.IMAGE)
        return self._crop_landmarker

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        crop = self._crop_landmarker
        with native_stderr_silenced():
            self._landmarker.close()
            if crop is not None and crop is not self._landmarker:
                crop.close()
            self._det_thread.submit(self._detector.close).result()
        self._det_thread.shutdown(wait=True)

    def analyse(
        self, rgb: np.ndarray, timestamp_ms: int | None = None
    ) -> tuple[LandmarkFace | None, list[Detection]]:
        """Run both models on an RGB frame; returns the landmarked main face and all boxes."""
        if self._closed:
            raise RuntimeError("FaceModels is closed")
        ts = 0
        if self.streaming:
            ts = self._last_ts + 1 if timestamp_ms is None else int(timestamp_ms)
            ts = max(ts, self._last_ts + 1)  # MediaPipe requires strictly increasing stamps
            self._last_ts = ts
        image = _to_mp_image(rgb)
        h, w = rgb.shape[:2]
        if self.streaming and self._reuse_left > 0 and self._tracked is not None:
            # Live video: while the landmarker keeps tracking the same face, the previous
            # frame's detector boxes (33 ms old) still say how many people are there, so
            # the detector runs on every other frame only.
            face = _face_from_result(self._landmarker.detect_for_video(image, ts), 0, 0, w, h)
            if face is not None and _same_place(face, self._tracked):
                self._reuse_left -= 1
                self._tracked = face
                return face, self._last_detections
            detections = _detections(
                self._det_thread.submit(self._detector.detect, image).result(), w, h
            )
        else:
            result, detections = self._run(image, ts)
            face = _face_from_result(result, 0.0, 0.0, w, h)
        self._last_detections = detections
        self._tracked = face
        self._reuse_left = self.detector_reuse if face is not None else 0
        return face, detections

    def landmarks_in_crop(
        self, rgb: np.ndarray, box: tuple[float, float, float, float]
    ) -> LandmarkFace | None:
        """Look for landmarks in an enlarged, upscaled crop around a detector box.

        Used when the landmarker's own short-range detector missed a face the full-range
        detector found (small or half-cut faces). Returns points in frame pixels.
        """
        x, y, w, h = box
        side = max(w, h) * 2.2
        cx, cy = x + w / 2, y + h / 2
        x0, y0 = round(cx - side / 2), round(cy - side / 2)
        s = round(side)
        if s < 8:
            return None
        H, W = rgb.shape[:2]
        # Pad with edge-free black where the crop leaves the frame, so landmarks keep
        # frame coordinates (and go "outside" the frame for a cut face).
        crop = np.zeros((s, s, 3), np.uint8)
        sx0, sy0, sx1, sy1 = max(0, x0), max(0, y0), min(W, x0 + s), min(H, y0 + s)
        if sx1 <= sx0 or sy1 <= sy0:
            return None
        crop[sy0 - y0 : sy1 - y0, sx0 - x0 : sx1 - x0] = rgb[sy0:sy1, sx0:sx1]
        target = 384
        scale = target / s
        scaled = cv2.resize(crop, (target, target), interpolation=cv2.INTER_LINEAR)
        result = self._still_landmarker().detect(_to_mp_image(scaled))
        return _face_from_result(result, float(x0), float(y0), target, target, 1.0 / scale)


def _same_place(a: LandmarkFace, b: LandmarkFace) -> bool:
    """The tracked face has not jumped: centre moved < 15% of its width, size within 15%."""
    wa = float(np.ptp(a.points[:, 0]))
    wb = float(np.ptp(b.points[:, 0]))
    shift = float(np.hypot(*(a.points.mean(axis=0) - b.points.mean(axis=0))))
    return shift < 0.15 * wb and abs(wa - wb) < 0.15 * wb


def _face_from_result(
    result: vision.FaceLandmarkerResult,
    off_x: float,
    off_y: float,
    width: int,
    height: int,
    scale: float = 1.0,
) -> LandmarkFace | None:
    if not result.face_landmarks:
        return None
    lms = result.face_landmarks[0]
    pts = np.array([(p.x, p.y) for p in lms], dtype=np.float32)
    pts[:, 0] = pts[:, 0] * width * scale + off_x
    pts[:, 1] = pts[:, 1] * height * scale + off_y
    matrix = None
    if result.facial_transformation_matrixes:
        matrix = np.asarray(result.facial_transformation_matrixes[0], dtype=np.float64)
    blink = None
    if result.face_blendshapes:
        scores = {c.category_name: float(c.score or 0.0) for c in result.face_blendshapes[0]}
        blink = (scores.get("eyeBlinkLeft", 0.0), scores.get("eyeBlinkRight", 0.0))
    return LandmarkFace(pts, matrix, blink)
