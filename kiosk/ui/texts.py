"""Every user-facing sentence that is chosen by data (rule, outcome, error kind).

All go through Qt's translator; `pyside6-lupdate` extracts them from this file.
The service's seven quality messages are shown to the person in their language
(:func:`service_message`); staff mode shows the service's own words, verbatim.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.flow import Outcome, SubmitResult
from kiosk.quality.rules import Rule, rule_for_service_message

# Every hint the engine can give (kiosk.quality.rules.DEFAULT_HINTS and kiosk.quality.hints).
ENGINE_HINTS: tuple[str, ...] = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Hint", "Look at the camera"),
        QT_TRANSLATE_NOOP("Hint", "Move closer"),
        QT_TRANSLATE_NOOP("Hint", "Only one person, please"),
        QT_TRANSLATE_NOOP("Hint", "Uncover your face"),
        QT_TRANSLATE_NOOP("Hint", "Move to the centre"),
        QT_TRANSLATE_NOOP("Hint", "Face the camera"),
        QT_TRANSLATE_NOOP("Hint", "Keep your head straight"),
        QT_TRANSLATE_NOOP("Hint", "More light, please"),
        QT_TRANSLATE_NOOP("Hint", "Too bright, avoid direct light"),
        QT_TRANSLATE_NOOP("Hint", "Hold still"),
        QT_TRANSLATE_NOOP("Hint", "Keep your eyes open"),
        QT_TRANSLATE_NOOP("Hint", "Move back a little"),
        QT_TRANSLATE_NOOP("Hint", "Move a little to your left"),
        QT_TRANSLATE_NOOP("Hint", "Move a little to your right"),
        QT_TRANSLATE_NOOP("Hint", "Lower your face a little"),
        QT_TRANSLATE_NOOP("Hint", "Raise your face a little"),
    )
)


# The service's messages (kiosk.quality.rules.SERVICE_MESSAGES, word for word: a test keeps
# them equal), to be translated: the person reads them in their language.
SERVICE_TEXTS: dict[Rule, object] = {  # QT_TRANSLATE_NOOP gives its text back
    Rule.NO_FACE: QT_TRANSLATE_NOOP(
        "Service", "No face detected in the image. Please ensure face is clearly visible."
    ),
    Rule.FACE_TOO_SMALL: QT_TRANSLATE_NOOP(
        "Service", "Face is too small. Please move face closer to the camera."
    ),
    Rule.MULTIPLE_FACES: QT_TRANSLATE_NOOP(
        "Service", "Multiple faces detected in the image. Please ensure only one face is visible."
    ),
    Rule.FACE_OBSCURED: QT_TRANSLATE_NOOP(
        "Service",
        "Face is partially hidden or obscured. Please ensure full face is clearly visible.",
    ),
    Rule.FACE_CROPPED: QT_TRANSLATE_NOOP(
        "Service", "Face is cropped. Please ensure full face is in frame."
    ),
    Rule.FACE_ANGLE: QT_TRANSLATE_NOOP(
        "Service", "Face angle is too large. Please ensure face is clearly visible."
    ),
    Rule.FACE_NEAR_BORDER: QT_TRANSLATE_NOOP(
        "Service", "Face is too close to the border. Please ensure face is clearly visible."
    ),
}


def service_message(message: str | None, *, kiosk: bool) -> str | None:
    """The service's message as shown: in kiosk mode, in the person's language (one of the
    seven it is known to send; any other as it came); in staff mode, its own words."""
    if not message or not kiosk:
        return message
    rule = rule_for_service_message(message)
    if rule is None or rule not in SERVICE_TEXTS:
        return message
    return QCoreApplication.translate("Service", str(SERVICE_TEXTS[rule]))


def hint_text(hint: str | None) -> str:
    return QCoreApplication.translate("Hint", hint) if hint else ""


def hold_still() -> str:
    return QCoreApplication.translate("Guidance", "Hold still…")


def attract_title() -> str:
    return QCoreApplication.translate("Guidance", "Step up to verify your identity")


def attract_steps() -> list[str]:
    return [
        QCoreApplication.translate("Guidance", "Stand about an arm's length from the screen"),
        QCoreApplication.translate("Guidance", "Look straight at the camera"),
        QCoreApplication.translate("Guidance", "Remove hats, masks and sunglasses"),
    ]


def captured_text() -> str:
    return QCoreApplication.translate("Guidance", "Got it!")


def submitting_text() -> str:
    return QCoreApplication.translate("Guidance", "Checking your photo…")


def no_camera_title() -> str:
    return QCoreApplication.translate("Guidance", "Camera not available")


def no_camera_detail() -> str:
    return QCoreApplication.translate(
        "Guidance", "Reconnecting automatically. If this continues, please call staff."
    )


def out_of_service_title() -> str:
    return QCoreApplication.translate("Guidance", "Out of service")


def out_of_service_detail() -> str:
    return QCoreApplication.translate(
        "Guidance", "This kiosk is not available right now. Please ask staff for help."
    )


def outcome_title(outcome: Outcome) -> str:
    return {
        Outcome.VERIFIED: QCoreApplication.translate("Result", "VERIFIED"),
        Outcome.NOT_VERIFIED: QCoreApplication.translate("Result", "Not verified"),
        Outcome.REVIEW: QCoreApplication.translate("Result", "Review needed"),
        Outcome.QUALITY_REJECTED: QCoreApplication.translate("Result", "Photo not accepted"),
        Outcome.ERROR: QCoreApplication.translate("Result", "Something went wrong"),
        Outcome.CANCELLED: QCoreApplication.translate("Result", "Cancelled"),
    }[outcome]


def outcome_icon(outcome: Outcome) -> str:
    return {
        Outcome.VERIFIED: "check",
        Outcome.NOT_VERIFIED: "cross",
        Outcome.REVIEW: "review",
        Outcome.QUALITY_REJECTED: "quality",
        Outcome.ERROR: "alert",
        Outcome.CANCELLED: "cross",
    }[outcome]


def next_step(result: SubmitResult, kiosk: bool) -> str:
    """What the person (or staff) should do now, in plain words."""
    o = result.outcome
    if o is Outcome.VERIFIED:
        return QCoreApplication.translate("Result", "Thank you. You may proceed.")
    if o is Outcome.NOT_VERIFIED:
        return QCoreApplication.translate(
            "Result", "We could not verify you. Please see a member of staff."
        )
    if o is Outcome.REVIEW:
        return QCoreApplication.translate(
            "Result", "A member of staff will check your verification."
        )
    if o is Outcome.QUALITY_REJECTED:
        return QCoreApplication.translate("Result", "Please try again.")
    return error_next_step(result.error_kind, kiosk)


# Error kinds grouped by what the headline says and what to do.
BUSY_KINDS = frozenset({"rate_limited"})
SERVICE_KINDS = frozenset({"server"})
NETWORK_KINDS = frozenset({"network", "timeout", "dns", "refused"})
ANSWER_KINDS = frozenset({"protocol"})
CONFIG_KINDS = frozenset({"config", "auth", "tls"})


def error_title(kind: str | None) -> str:
    """The headline of an error: it follows the kind (never one sentence for all)."""
    if kind in BUSY_KINDS:
        return QCoreApplication.translate("Result", "Service busy")
    if kind in SERVICE_KINDS:
        return QCoreApplication.translate("Result", "Service error")
    if kind in NETWORK_KINDS:
        return QCoreApplication.translate("Result", "Service not reachable")
    if kind in ANSWER_KINDS:
        return QCoreApplication.translate("Result", "Unexpected answer")
    if kind in CONFIG_KINDS:
        return QCoreApplication.translate("Result", "Configuration problem")
    if kind == "validation":
        return QCoreApplication.translate("Result", "Request refused")
    if kind == "internal":
        return QCoreApplication.translate("Result", "Kiosk problem")
    return QCoreApplication.translate("Result", "Something went wrong")


def result_title(result: SubmitResult) -> str:
    if result.outcome is Outcome.ERROR:
        return error_title(result.error_kind)
    return outcome_title(result.outcome)


def history_outcome(outcome: Outcome, error_kind: str | None) -> str:
    """The staff history's outcome column: an error says which kind."""
    if outcome is Outcome.ERROR:
        return error_title(error_kind)
    return outcome_title(outcome)


def error_next_step(kind: str | None, kiosk: bool) -> str:
    if kind in BUSY_KINDS:
        if kiosk:
            return QCoreApplication.translate(
                "Result", "The service is busy. Please try again in a moment."
            )
        return QCoreApplication.translate(
            "Result", "The service is busy (rate limited). Wait a moment, then try again."
        )
    if kind in SERVICE_KINDS:
        if kiosk:
            return QCoreApplication.translate(
                "Result", "The service had a problem. Please try again in a moment."
            )
        return QCoreApplication.translate(
            "Result", "The service reported an error. Try again; if it persists, contact IDmeta."
        )
    if kind in NETWORK_KINDS:
        if kiosk:
            return QCoreApplication.translate(
                "Result", "The service is not reachable. Please try again in a moment."
            )
        return QCoreApplication.translate(
            "Result", "The service is not reachable. Try again, or check the connection."
        )
    if kind in ANSWER_KINDS:
        if kiosk:
            return QCoreApplication.translate(
                "Result", "Please try again, or call a member of staff."
            )
        return QCoreApplication.translate(
            "Result",
            "The answer did not come from the IDmeta API (a web page, a proxy, or too large). "
            "Check the API address and the network, then try again.",
        )
    if kiosk:
        return QCoreApplication.translate("Result", "Please call a member of staff.")
    if kind == "validation":
        return QCoreApplication.translate(
            "Result", "The service refused the request. Check the trust flow and camera."
        )
    if kind == "internal":
        return QCoreApplication.translate(
            "Result", "Try again; if it happens again, restart the app."
        )
    return QCoreApplication.translate(
        "Result", "Check the settings (API address, trust flow, token)."
    )


def camera_problem_title(problem: str) -> str:
    """What is wrong with the camera, for the no-camera screen."""
    return {
        "not_found": QCoreApplication.translate("Camera", "Camera not found"),
        "busy": QCoreApplication.translate("Camera", "The camera is in use by another program"),
        "permission": QCoreApplication.translate("Camera", "Camera access denied"),
        "unplugged": QCoreApplication.translate("Camera", "The camera was unplugged"),
        "unreadable": QCoreApplication.translate("Camera", "The camera source cannot be played"),
    }.get(problem, QCoreApplication.translate("Camera", "The camera is not working"))


def error_kind_text(kind: str | None) -> str:
    return {
        "auth": QCoreApplication.translate("Error", "The API token was refused."),
        "config": QCoreApplication.translate("Error", "The kiosk is not configured correctly."),
        "validation": QCoreApplication.translate("Error", "The service refused the request."),
        "rate_limited": QCoreApplication.translate("Error", "The service is busy (rate limited)."),
        "server": QCoreApplication.translate("Error", "The service had an internal error."),
        "timeout": QCoreApplication.translate("Error", "The service did not answer in time."),
        "network": QCoreApplication.translate("Error", "No connection to the service."),
        # DNS, refused and TLS: the one-line message under it says which (staff mode).
        "dns": QCoreApplication.translate("Error", "No connection to the service."),
        "refused": QCoreApplication.translate("Error", "No connection to the service."),
        "tls": QCoreApplication.translate("Error", "The kiosk is not configured correctly."),
        "protocol": QCoreApplication.translate(
            "Error", "The service sent an answer the kiosk cannot read."
        ),
        "internal": QCoreApplication.translate("Error", "An unexpected problem in the kiosk."),
    }.get(kind or "", QCoreApplication.translate("Error", "Unknown problem."))
