"""Short guidance for the person, phrased from their own point of view.

Left/right are the person's own sides, so the words are right whatever the preview's
mirroring: a face near the image's left edge is on the person's right side.
"""

from __future__ import annotations

from kiosk.quality.report import FaceGeometry
from kiosk.quality.rules import DEFAULT_HINTS, Rule
from kiosk.quality.thresholds import QualityThresholds


def hint_for(
    failures: tuple[Rule, ...], face: FaceGeometry | None, w: int, h: int, th: QualityThresholds
) -> str | None:
    if not failures:
        return None
    first = failures[0]
    if first is Rule.NO_FACE:
        # A face lost in the dark or in glare: light is what the person can fix.
        for lighting in (Rule.TOO_DARK, Rule.TOO_BRIGHT):
            if lighting in failures:
                return DEFAULT_HINTS[lighting]
    if face is not None and first in (Rule.FACE_CROPPED, Rule.FACE_NEAR_BORDER):
        return _framing_hint(face, w, h, th)
    if face is not None and first is Rule.FACE_ANGLE:
        # Only a tilt past its limit is "keep straight"; a head the keypoints show turned
        # has no measured angles at all (all 0) and must be told to face the camera.
        roll = abs(face.roll) / th.max_roll_deg
        if roll > 1.0 and roll >= max(
            abs(face.yaw) / th.max_yaw_deg, abs(face.pitch) / th.max_pitch_deg
        ):
            return "Keep your head straight"
        return "Face the camera"
    return DEFAULT_HINTS[first]


def _framing_hint(face: FaceGeometry, w: int, h: int, th: QualityThresholds) -> str:
    x, y, fw, fh = face.box
    # A face that cannot fit with margins on both sides of an axis is simply too close.
    if fw * (1 + 2 * th.border_margin_ratio) > w or fh * (1 + 2 * th.border_margin_ratio) > h:
        return "Move back a little"
    gaps = {
        "image_left": x / fw,
        "image_right": (w - x - fw) / fw,
        "top": y / fh,
        "bottom": (h - y - fh) / fh,
    }
    worst = min(gaps, key=lambda k: gaps[k])
    if worst == "image_left":
        return "Move a little to your left"
    if worst == "image_right":
        return "Move a little to your right"
    if worst == "top":
        return "Lower your face a little"
    return "Raise your face a little"
