"""Each face-quality threshold in words for the settings: a label, a one-line explanation
and its unit (see docs/quality-rules.md for why each default is what it is)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class ThresholdText(NamedTuple):
    label: str
    help: str
    unit: str


def _t(text: str) -> str:
    return QCoreApplication.translate("Thresholds", text)


def threshold_texts() -> dict[str, ThresholdText]:
    """By threshold name, in the current language."""
    score, ratio = _t("score (of 1)"), _t("× face size")
    return {
        "detection_score": ThresholdText(
            _t("Second person: detector score"),
            _t("How sure the detector must be before another box may be a second person."),
            score,
        ),
        "detector_only_score": ThresholdText(
            _t("Tiny face: detector score"),
            _t("A face too small for landmarks still counts as a face from this score."),
            score,
        ),
        "second_face_min_ratio": ThresholdText(
            _t("Second person: smallest face"),
            _t("Another face counts when at least this share of the main face's width."),
            _t("× face width"),
        ),
        "min_ied_px": ThresholdText(
            _t("Smallest distance between the eyes"),
            _t("Below this the face is too small: the person is asked to come closer."),
            _t("px"),
        ),
        "min_face_height_ratio": ThresholdText(
            _t("Smallest face height"),
            _t("The face must fill at least this share of the picture's height."),
            _t("× picture height"),
        ),
        "crop_tolerance": ThresholdText(
            _t("Cut-off tolerance"),
            _t("How far the face may reach past the picture's edge before it is cut off."),
            ratio,
        ),
        "border_margin_ratio": ThresholdText(
            _t("Margin to the picture's edge"),
            _t("Space required between the face and every edge of the picture."),
            ratio,
        ),
        "max_yaw_deg": ThresholdText(
            _t("Largest head turn, left or right"),
            _t("Turned further, the person is asked to look straight at the camera."),
            _t("degrees"),
        ),
        "max_pitch_deg": ThresholdText(
            _t("Largest head tilt, up or down"),
            _t("Tilted further, the person is asked to hold the head level."),
            _t("degrees"),
        ),
        "max_roll_deg": ThresholdText(
            _t("Largest head tilt to the side"),
            _t(
                "Leaning further towards a shoulder, the person is asked to hold the head straight."
            ),
            _t("degrees"),
        ),
        "pitch_offset_deg": ThresholdText(
            _t("Level head reads as"),
            _t("The up/down angle a face looking straight ahead reads; tilt counts from here."),
            _t("degrees"),
        ),
        "min_face_brightness": ThresholdText(
            _t("Darkest face allowed"),
            _t("Median brightness of the skin; darker is too dark to verify."),
            _t("brightness (of 255)"),
        ),
        "max_face_brightness": ThresholdText(
            _t("Brightest face allowed"),
            _t("Median brightness of the skin; brighter is over-exposed."),
            _t("brightness (of 255)"),
        ),
        "max_clipped_fraction": ThresholdText(
            _t("Largest washed-out share"),
            _t("Share of the face at pure white above which the light is too strong."),
            _t("share (of 1)"),
        ),
        "min_sharpness": ThresholdText(
            _t("Least sharpness"),
            _t("Focus measured on the face; below this the picture is too blurred."),
            _t("sharpness"),
        ),
        "max_occlusion_score": ThresholdText(
            _t("Partly hidden face"),
            _t("Above this score something covers the face (a hand, a mask, hair)."),
            score,
        ),
        "max_eye_blink": ThresholdText(
            _t("Closed eyes"),
            _t("Above this score for both eyes, the eyes count as closed."),
            score,
        ),
    }
