"""Each face-quality threshold in words for the settings: a label, a one-line explanation
and its unit (see docs/quality-rules.md for why each default is what it is)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class ThresholdText(NamedTuple):
    label: str
    help: str
    unit: str


def threshold_texts() -> dict[str, ThresholdText]:
    """By threshold name, in the current language."""
    score, ratio = (
        QCoreApplication.translate("Thresholds", "score (of 1)"),
        QCoreApplication.translate("Thresholds", "× face size"),
    )
    return {
        "detection_score": ThresholdText(
            QCoreApplication.translate("Thresholds", "Second person: detector score"),
            QCoreApplication.translate(
                "Thresholds",
                "How sure the detector must be before another box may be a second person.",
            ),
            score,
        ),
        "detector_only_score": ThresholdText(
            QCoreApplication.translate("Thresholds", "Tiny face: detector score"),
            QCoreApplication.translate(
                "Thresholds",
                "A face too small for landmarks still counts as a face from this score.",
            ),
            score,
        ),
        "second_face_min_ratio": ThresholdText(
            QCoreApplication.translate("Thresholds", "Second person: smallest face"),
            QCoreApplication.translate(
                "Thresholds",
                "Another face counts when at least this share of the main face's width.",
            ),
            QCoreApplication.translate("Thresholds", "× face width"),
        ),
        "min_ied_px": ThresholdText(
            QCoreApplication.translate("Thresholds", "Smallest distance between the eyes"),
            QCoreApplication.translate(
                "Thresholds",
                "Below this the face is too small: the person is asked to come closer.",
            ),
            QCoreApplication.translate("Thresholds", "px"),
        ),
        "min_face_height_ratio": ThresholdText(
            QCoreApplication.translate("Thresholds", "Smallest face height"),
            QCoreApplication.translate(
                "Thresholds", "The face must fill at least this share of the picture's height."
            ),
            QCoreApplication.translate("Thresholds", "× picture height"),
        ),
        "crop_tolerance": ThresholdText(
            QCoreApplication.translate("Thresholds", "Cut-off tolerance"),
            QCoreApplication.translate(
                "Thresholds",
                "How far the face may reach past the picture's edge before it is cut off.",
            ),
            ratio,
        ),
        "border_margin_ratio": ThresholdText(
            QCoreApplication.translate("Thresholds", "Margin to the picture's edge"),
            QCoreApplication.translate(
                "Thresholds", "Space required between the face and every edge of the picture."
            ),
            ratio,
        ),
        "max_yaw_deg": ThresholdText(
            QCoreApplication.translate("Thresholds", "Largest head turn, left or right"),
            QCoreApplication.translate(
                "Thresholds", "Turned further, the person is asked to look straight at the camera."
            ),
            QCoreApplication.translate("Thresholds", "degrees"),
        ),
        "max_pitch_deg": ThresholdText(
            QCoreApplication.translate("Thresholds", "Largest head tilt, up or down"),
            QCoreApplication.translate(
                "Thresholds", "Tilted further, the person is asked to hold the head level."
            ),
            QCoreApplication.translate("Thresholds", "degrees"),
        ),
        "max_roll_deg": ThresholdText(
            QCoreApplication.translate("Thresholds", "Largest head tilt to the side"),
            QCoreApplication.translate(
                "Thresholds",
                "Leaning further to a shoulder, the person is asked to hold the head straight.",
            ),
            QCoreApplication.translate("Thresholds", "degrees"),
        ),
        "pitch_offset_deg": ThresholdText(
            QCoreApplication.translate("Thresholds", "Level head reads as"),
            QCoreApplication.translate(
                "Thresholds",
                "The up/down angle a face looking straight ahead reads; tilt counts from here.",
            ),
            QCoreApplication.translate("Thresholds", "degrees"),
        ),
        "min_face_brightness": ThresholdText(
            QCoreApplication.translate("Thresholds", "Darkest face allowed"),
            QCoreApplication.translate(
                "Thresholds", "Median brightness of the skin; darker is too dark to verify."
            ),
            QCoreApplication.translate("Thresholds", "brightness (of 255)"),
        ),
        "max_face_brightness": ThresholdText(
            QCoreApplication.translate("Thresholds", "Brightest face allowed"),
            QCoreApplication.translate(
                "Thresholds", "Median brightness of the skin; brighter is over-exposed."
            ),
            QCoreApplication.translate("Thresholds", "brightness (of 255)"),
        ),
        "max_clipped_fraction": ThresholdText(
            QCoreApplication.translate("Thresholds", "Largest washed-out share"),
            QCoreApplication.translate(
                "Thresholds", "Share of the face at pure white above which the light is too strong."
            ),
            QCoreApplication.translate("Thresholds", "share (of 1)"),
        ),
        "min_sharpness": ThresholdText(
            QCoreApplication.translate("Thresholds", "Least sharpness"),
            QCoreApplication.translate(
                "Thresholds", "Focus measured on the face; below this the picture is too blurred."
            ),
            QCoreApplication.translate("Thresholds", "sharpness"),
        ),
        "max_occlusion_score": ThresholdText(
            QCoreApplication.translate("Thresholds", "Partly hidden face"),
            QCoreApplication.translate(
                "Thresholds", "Above this score something covers the face (a hand, a mask, hair)."
            ),
            score,
        ),
        "max_occlusion_yaw_deg": ThresholdText(
            QCoreApplication.translate("Thresholds", "Largest head turn for the cover check"),
            QCoreApplication.translate(
                "Thresholds",
                "Turned further, the face is not checked for cover; facing the camera comes first.",
            ),
            QCoreApplication.translate("Thresholds", "degrees"),
        ),
        "max_eye_blink": ThresholdText(
            QCoreApplication.translate("Thresholds", "Closed eyes"),
            QCoreApplication.translate(
                "Thresholds", "Above this score for both eyes, the eyes count as closed."
            ),
            score,
        ),
    }
