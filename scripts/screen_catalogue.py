"""Every screen of the app as a flow model to show, for `make screenshots` and the layout
tests (tests/test_ui_layout*.py): the same list, so what is photographed is what is tested.

A *scene* is a quality report and the frame it was made from; the screenshots use the real
engine's verdicts on frames of the demo walk-up, the tests hand-built reports on drawn
frames (tests/fakes.py). The flow's model is set directly, so each screen is shown without
waiting for it.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from kiosk.config import ConsentConfig, parse_config
from kiosk.flow import (
    Candidate,
    FlowModel,
    FlowSettings,
    Guidance,
    Outcome,
    State,
    SubmitResult,
    initial_model,
)
from kiosk.quality.report import QualityReport
from kiosk.quality.rules import SERVICE_MESSAGES, Rule

Scene = tuple[QualityReport | None, np.ndarray]
SHOWN_AFTER_S = 2.0  # each screen is shown this long after its state began

# The screen sizes people meet: the commonest laptop, full HD, a portrait kiosk totem.
SIZES: dict[str, tuple[int, int]] = {
    "1366x768": (1366, 768),
    "1920x1080": (1920, 1080),
    "1080x1920": (1080, 1920),
}

# The demo notice, in every language the kiosk speaks (docs/consent-example.toml: an
# operator copies it and writes their own words).
CONSENT_EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "consent-example.toml"
CONSENT: ConsentConfig = parse_config(CONSENT_EXAMPLE.read_text(encoding="utf-8")).consent

RESULTS: dict[str, SubmitResult] = {
    "verified": SubmitResult(Outcome.VERIFIED, trust_validation_id="9c5281a7-ebaf-4ead"),
    "not_verified": SubmitResult(Outcome.NOT_VERIFIED, trust_validation_id="1f0e-77aa"),
    "review": SubmitResult(Outcome.REVIEW, trust_validation_id="5b2c-0d9e"),
    "quality_rejected": SubmitResult(
        Outcome.QUALITY_REJECTED,
        rule=Rule.FACE_TOO_SMALL,
        message=SERVICE_MESSAGES[Rule.FACE_TOO_SMALL],
        trust_validation_id="77d1-4c0a",
    ),
    "error_network": SubmitResult(
        Outcome.ERROR, error_kind="network", retryable=True, message="could not connect"
    ),
    "error_busy": SubmitResult(
        Outcome.ERROR, error_kind="rate_limited", retryable=True, message="HTTP 429"
    ),
    "error_service": SubmitResult(
        Outcome.ERROR, error_kind="server", retryable=True, message="HTTP 503"
    ),
    "error_unexpected": SubmitResult(
        Outcome.ERROR, error_kind="protocol", retryable=True, message="an HTML page"
    ),
    "error_config": SubmitResult(Outcome.ERROR, error_kind="auth", message="Unauthenticated."),
    "error_internal": SubmitResult(Outcome.ERROR, error_kind="internal", message="engine"),
}


@dataclass(frozen=True)
class Screen:
    name: str
    model: FlowModel
    frame: np.ndarray


def model(state: State, scene: Scene, *, kiosk: bool, consent: bool = True, **kw: Any) -> FlowModel:
    """``state`` showing ``scene``; ``kw`` sets any other field of the model."""
    report, frame = scene
    settings = FlowSettings(kiosk_mode=kiosk, consent_required=consent)
    m = dataclasses.replace(initial_model(settings), state=state, since=time.monotonic())
    if report is not None:
        cand = Candidate(report.frame_id, frame, report)
        m = dataclasses.replace(m, latest=cand, last_frame_id=report.frame_id)
        if state is State.ALIGNING and "guidance" not in kw:
            kw["guidance"] = Guidance.from_report(report)
        if state in (State.CAPTURED, State.SUBMITTING):
            kw.setdefault("captured", cand)
    return dataclasses.replace(m, **kw)


def screens(kiosk: bool, scenes: dict[str, Scene]) -> list[Screen]:
    """Every screen of one mode, in the order a person meets them. ``scenes`` has "empty",
    "small", "border" and "good"."""
    empty, good = scenes["empty"], scenes["good"]

    def make(name: str, state: State, scene: Scene, **kw: Any) -> Screen:
        return Screen(name, model(state, scene, kiosk=kiosk, **kw), scene[1])

    out = [
        make("attract", State.ATTRACT, empty),
        make("consent", State.CONSENT, good),
        make("aligning_too_small", State.ALIGNING, scenes["small"]),
        make("aligning_near_border", State.ALIGNING, scenes["border"]),
        # the hold-still countdown: the ring two thirds full
        make("steady", State.STEADY, good, steady_since=time.monotonic() - 0.67),
        make("captured", State.CAPTURED, good),
        make("submitting", State.SUBMITTING, good, in_flight=1),
        make(
            "service_rejected",
            State.ALIGNING,
            good,
            guidance=Guidance.from_service(
                Rule.FACE_TOO_SMALL, SERVICE_MESSAGES[Rule.FACE_TOO_SMALL]
            ),
        ),
    ]
    for name, result in RESULTS.items():
        out.append(make(f"result_{name}", State.RESULT, good, result=result))
    out.append(make("no_camera", State.NO_CAMERA, (None, empty[1]), camera_ok=False))
    out.append(make("out_of_service", State.OUT_OF_SERVICE, empty, out_of_service="engine"))
    return out


def history() -> list[SubmitResult]:
    """A few verifications of the session, for the staff panel's history."""
    return [RESULTS["verified"], RESULTS["error_busy"], RESULTS["review"], RESULTS["verified"]]


def show(window: Any, controller: Any, screen: Screen) -> None:
    """Put ``screen`` on ``window`` (a kiosk.ui.main_window.MainWindow) and let it paint."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.workers import FramePacket

    m = screen.model
    now = time.monotonic()
    # Each screen as a person meets it, whenever it is shown (the list is made before the
    # first one is): the state just begun, two seconds in — a kiosk result counting down
    # from its full time, not at "0 s" — and the hold ring two thirds full.
    m = dataclasses.replace(m, since=now - SHOWN_AFTER_S)
    if m.state is State.STEADY:
        hold = m.settings.hold_s
        m = dataclasses.replace(m, steady_since=now - hold * 2 / 3)
    controller.model = m
    window.preview.show_frame(FramePacket(screen.frame, m.last_frame_id, 0.0))
    window.show_model(m)
    window._on_animate()  # the countdown (and ring) now, not at the next animation tick
    if window.panel is not None:
        window.panel.update_model(m, 30.0, 24.0)
    for _ in range(3):
        QApplication.processEvents()
