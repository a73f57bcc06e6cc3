"""The rule checks for one analysed face: pure functions of the frame, the landmarks or
detector box, and the thresholds. The engine (engine.py) finds the face; this decides."""

from __future__ import annotations

import numpy as np

from kiosk.quality import landmarks as lm
from kiosk.quality.detectors import Detection, LandmarkFace
from kiosk.quality.occlusion_model import Coverage, OcclusionModel
from kiosk.quality.photometry import face_brightness, face_sharpness, frame_luma_mean
from kiosk.quality.pose import pose_from_matrix, roll_from_eyes
from kiosk.quality.report import FaceGeometry, RuleCheck
from kiosk.quality.rules import Rule
from kiosk.quality.thresholds import QualityThresholds

# Mean luma of a frame (or a landmark-less face box) above which, with no skin to measure,
# the light is glare the person can fix. Fixed, not tied to max_face_brightness: a burnt-out
# frame through a webcam's noise reads 211-225 here.
_NO_FACE_GLARE_LUMA = 200.0
# Beyond this yaw only the lower face is judged for cover: the far eye is behind the nose,
# which the occlusion model reads as a covered eye. On the development set this turns 10
# of 130 real turned heads from "uncover your face" back to "face the camera" first; 1 of
# 48 real sunglasses is told "face the camera" first instead, and judged once it does.
_EYE_COVER_MAX_YAW_DEG = 40.0


def crosses_edge(d: Detection, w: int, h: int, margin: float = 0.01) -> bool:
    m = margin * max(w, h)
    return d.x < m or d.y < m or d.x + d.w > w - m or d.y + d.h > h - m


def face_count_checks(faces: int) -> list[RuleCheck]:
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


def checks_without_landmarks(
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
    bright = luma > _NO_FACE_GLARE_LUMA or clipped > th.max_clipped_fraction / 2
    checks = [
        _check(Rule.TOO_DARK, luma, f">= {th.min_face_brightness:g}", dark, "frame"),
        _check(
            Rule.TOO_BRIGHT,
            luma,
            f"<= {_NO_FACE_GLARE_LUMA:g}",
            bright,
            f"frame, clipped {clipped:.2f}",
        ),
    ]
    if main is None:
        return checks, None, luma, None
    # A face box reaching the frame's edge without landmarks is a face cut by the frame.
    overshoot = max(-main.x, -main.y, main.x + main.w - w, main.y + main.h - h) / main.w
    cut = crosses_edge(main, w, h)
    checks.append(_check(Rule.FACE_CROPPED, overshoot, "inside the frame", cut, "detector box"))
    # The landmarker gives up on faces too small for its input: call them too small.
    turned = main.looks_turned()
    small = main.h < th.min_face_height_ratio * h * 1.1 or main.w * 0.4 < th.min_ied_px
    if turned:
        # A turned head's box (brow to chin, nose to ear) is smaller than the face it
        # becomes, and its width says nothing of the eye distance: "face the camera"
        # first; the size is judged again on the frontal face.
        small = main.h < 0.75 * th.min_face_height_ratio * h
    if turned and not cut:
        # A head in profile or three-quarter view is often beyond the landmarker; the
        # keypoints still show it is turned: "face the camera", not "uncover your face".
        checks.append(
            _check(Rule.FACE_ANGLE, None, "facing the camera", True, "turned (detector keypoints)")
        )
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
        if not small and not dark and not bright and not turned:
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
        measured=False,
    )
    return checks, geom, luma, None


def checks_with_landmarks(
    bgr: np.ndarray,
    face: LandmarkFace,
    main: Detection | None,
    w: int,
    h: int,
    th: QualityThresholds,
    extras: dict[str, float],
    occlusion: OcclusionModel,
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
        detector_score=main.score if main else 0.0,
    )
    checks: list[RuleCheck] = []

    # Cropped: how far the mesh reaches past the frame, relative to the face size.
    overshoot = max((-x0) / fw, (-y0) / fh, (x1 - w) / fw, (y1 - h) / fh)
    cropped = overshoot > th.crop_tolerance
    checks.append(_check(Rule.FACE_CROPPED, overshoot, f"<= {th.crop_tolerance:g}", cropped))

    height_ratio = fh / h
    # The eye distance shrinks as the head turns (cos yaw); a head in profile filling a third
    # of the frame is turned, not small. The frontal-equivalent distance is what counts.
    frontal_ied = ied / max(0.35, float(np.cos(np.radians(min(abs(yaw), 70.0)))))
    small = frontal_ied < th.min_ied_px or height_ratio < th.min_face_height_ratio
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

    sharpness = face_sharpness(bgr, pts)
    blurry = sharpness < th.min_sharpness
    checks.append(_check(Rule.BLURRY, sharpness, f">= {th.min_sharpness:g}", blurry))

    # Occlusion: judged on every sharp face inside the frame big enough to see, before the
    # light, since a cover is what decides it (a white mask is not over-exposure) and what
    # the person must be told first. Not on a head turned far away: the aligned crop of a
    # profile is not a face the model knows. Up to that yaw it is judged even when the
    # detector's keypoints say turned: sunglasses on a head turned 40 degrees are a cover
    # to be told first (3 more real sunglasses caught, 1 turned head told "uncover" first).
    judgeable = (
        not cropped
        and not blurry
        and ied >= 0.5 * th.min_ied_px
        and abs(yaw) <= th.max_occlusion_yaw_deg
    )
    coverage: Coverage | None = None
    if judgeable:
        coverage = occlusion.coverage(bgr, pts)
        closed_eyes = face.blink is not None and min(face.blink) > th.max_eye_blink
        if closed_eyes or abs(yaw) > _EYE_COVER_MAX_YAW_DEG:
            # Closed eyes look like covered ones to the model (they are their own rule),
            # and so does the far eye of a head turned this far: the lower face decides.
            coverage = Coverage(0.0, coverage.lower, coverage.lower)
        extras.update(
            {
                "occlusion.eyes": round(coverage.eyes, 3),
                "occlusion.lower": round(coverage.lower, 3),
                "occlusion.any": round(coverage.any, 3),
            }
        )
    covered = coverage is not None and coverage.score > th.max_occlusion_score

    # Light on visible skin only: the cheeks under a mask, the brow under sunglasses or a
    # hand do not say how the face is lit.
    covered_eyes = coverage is not None and coverage.eyes > th.max_occlusion_score
    covered_lower = coverage is not None and coverage.lower > th.max_occlusion_score
    upper, middle, clipped = face_brightness(
        bgr, pts, use_upper=not covered_eyes or covered_lower, use_middle=not covered_lower
    )
    brightness = (upper + middle) / 2
    dark = max(upper, middle) < th.min_face_brightness
    bright = min(upper, middle) > th.max_face_brightness or clipped > th.max_clipped_fraction

    limit = f"<= {th.max_occlusion_score:g}"
    if coverage is None:
        obscured = _check(
            Rule.FACE_OBSCURED,
            None,
            limit,
            None,
            "not judged: face cut, too small, blurred or turned far away",
        )
    elif covered and bright:
        # The visible skin is burnt out too: a face washed out to white is not one the
        # model can judge (a synthetic over-exposed face read 0.84 "lower face covered").
        # The light comes first; the cover is judged once the face has its detail back.
        obscured = _check(
            Rule.FACE_OBSCURED, None, limit, None, "not judged: the face is burnt out"
        )
    else:
        obscured = _check(
            Rule.FACE_OBSCURED,
            coverage.score,
            limit,
            covered,
            f"{coverage.region} most likely covered",
        )
    checks.append(obscured)
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

    if face.blink is not None:
        closed = min(face.blink)
        checks.append(
            _check(Rule.EYES_CLOSED, closed, f"<= {th.max_eye_blink:g}", closed > th.max_eye_blink)
        )
    return checks, geom, brightness, sharpness
