"""Rule codes, the service's exact messages, and the guidance shown to a person.

The codes are stable identifiers shared by the engine, the API client, the
sandbox, the capture flow and the UI.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Rule(StrEnum):
    NO_FACE = "no_face"
    FACE_TOO_SMALL = "face_too_small"
    MULTIPLE_FACES = "multiple_faces"
    FACE_OBSCURED = "face_obscured"
    FACE_CROPPED = "face_cropped"
    FACE_ANGLE = "face_angle"
    FACE_NEAR_BORDER = "face_near_border"
    # Extra capture checks: the service states no rule for these, but a dark,
    # blown-out or blurred selfie is what makes its liveness and matching fail.
    TOO_DARK = "too_dark"
    TOO_BRIGHT = "too_bright"
    BLURRY = "blurry"
    EYES_CLOSED = "eyes_closed"


# The seven rules the verification service enforces, with its exact messages.
SERVICE_MESSAGES: dict[Rule, str] = {
    Rule.NO_FACE: "No face detected in the image. Please ensure face is clearly visible.",
    Rule.FACE_TOO_SMALL: "Face is too small. Please move face closer to the camera.",
    Rule.MULTIPLE_FACES: (
        "Multiple faces detected in the image. Please ensure only one face is visible."
    ),
    Rule.FACE_OBSCURED: (
        "Face is partially hidden or obscured. Please ensure full face is clearly visible."
    ),
    Rule.FACE_CROPPED: "Face is cropped. Please ensure full face is in frame.",
    Rule.FACE_ANGLE: "Face angle is too large. Please ensure face is clearly visible.",
    Rule.FACE_NEAR_BORDER: (
        "Face is too close to the border. Please ensure face is clearly visible."
    ),
}

# Order in which failures are reported: the first is the one the person is
# told about. Whole-scene problems come before face-specific ones, framing
# before appearance, focus before cover (a blurred face cannot be judged for it),
# and a cover before pose and light: the head pose and the light measured on a
# covered face are unreliable, and "uncover your face" is what the person can
# act on.
PRECEDENCE: tuple[Rule, ...] = (
    Rule.NO_FACE,
    Rule.MULTIPLE_FACES,
    Rule.FACE_CROPPED,
    Rule.FACE_TOO_SMALL,
    Rule.FACE_NEAR_BORDER,
    Rule.BLURRY,
    Rule.FACE_OBSCURED,
    Rule.FACE_ANGLE,
    Rule.TOO_DARK,
    Rule.TOO_BRIGHT,
    Rule.EYES_CLOSED,
)

# Short, default guidance per rule; the engine refines some (direction, too close).
DEFAULT_HINTS: dict[Rule, str] = {
    Rule.NO_FACE: "Look at the camera",
    Rule.FACE_TOO_SMALL: "Move closer",
    Rule.MULTIPLE_FACES: "Only one person, please",
    Rule.FACE_OBSCURED: "Uncover your face",
    Rule.FACE_CROPPED: "Move to the centre",
    Rule.FACE_ANGLE: "Face the camera",
    Rule.FACE_NEAR_BORDER: "Move to the centre",
    Rule.TOO_DARK: "More light, please",
    Rule.TOO_BRIGHT: "Too bright, avoid direct light",
    Rule.BLURRY: "Hold still",
    Rule.EYES_CLOSED: "Keep your eyes open",
}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


_BY_MESSAGE = {_normalise(msg): rule for rule, msg in SERVICE_MESSAGES.items()}


def rule_for_service_message(message: str | None) -> Rule | None:
    """Map a service message back to its rule, tolerant of case and white space."""
    if not message:
        return None
    return _BY_MESSAGE.get(_normalise(message))
