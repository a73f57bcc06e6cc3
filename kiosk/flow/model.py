"""The capture flow's data: states, settings, what is shown, and the model itself."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kiosk.flow.consent import ConsentRecord
from kiosk.quality.report import QualityReport
from kiosk.quality.rules import DEFAULT_HINTS, Rule


class State(StrEnum):
    ATTRACT = "attract"  # idle: nobody in front of the camera
    CONSENT = "consent"  # a face is there; the consent notice waits for accept/decline
    ALIGNING = "aligning"  # a face is there; live guidance until every check passes
    STEADY = "steady"  # every check passes; the person holds still while the ring fills
    CAPTURED = "captured"  # brief freeze-frame of the chosen frame
    SUBMITTING = "submitting"  # the frame is with the service
    RESULT = "result"  # the service's answer is on screen
    NO_CAMERA = "no_camera"  # the camera failed; reconnecting
    OUT_OF_SERVICE = "out_of_service"  # a part keeps failing (engine, service); rechecking


# The camera picture is live (a lost camera or an outage ends them).
LIVE_STATES = frozenset({State.ATTRACT, State.CONSENT, State.ALIGNING, State.STEADY})


class Outcome(StrEnum):
    VERIFIED = "verified"
    NOT_VERIFIED = "not_verified"
    REVIEW = "review"
    QUALITY_REJECTED = "quality_rejected"
    ERROR = "error"
    CANCELLED = "cancelled"  # staff cancelled: never a result screen, never an error


@dataclass(frozen=True, slots=True)
class FlowSettings:
    kiosk_mode: bool = False
    hold_s: float = 1.0  # how long every check must hold before the automatic capture
    steady_grace_s: float = 0.3  # a wobble shorter than this does not restart the hold
    freeze_s: float = 0.7  # freeze-frame after capture, before submitting
    walk_away_s: float = 3.0  # no face this long: the person has left
    result_timeout_s: float = 8.0  # kiosk mode: result screen, then back to attract
    service_guidance_s: float = 4.0  # a service rejection's message stays this long
    auto_capture: bool = True
    consent_required: bool = False  # a consent notice is configured: nothing before it
    consent_timeout_s: float = 60.0  # the notice unanswered this long: back to attract


@dataclass(frozen=True, slots=True)
class Candidate:
    """An analysed frame that may be captured. ``frame`` is the un-mirrored BGR image."""

    frame_id: int
    frame: Any
    report: QualityReport
    forced: bool = False  # captured by hand although a check failed

    @property
    def sharpness(self) -> float:
        return self.report.sharpness if self.report.sharpness is not None else 0.0


@dataclass(frozen=True, slots=True)
class Guidance:
    """The one message shown: a short hint, and the service's own words when it sent them."""

    rule: Rule | None
    hint: str | None
    service_message: str | None = None

    @classmethod
    def from_report(cls, report: QualityReport) -> Guidance:
        return cls(rule=report.first_failure, hint=report.hint)

    @classmethod
    def from_service(cls, rule: Rule | None, message: str | None) -> Guidance:
        hint = DEFAULT_HINTS.get(rule) if rule is not None else None
        return cls(rule=rule, hint=hint, service_message=message)


@dataclass(frozen=True, slots=True)
class SubmitResult:
    """The service's answer, reduced to what the flow and the screens need."""

    outcome: Outcome
    rule: Rule | None = None
    message: str | None = None
    error_kind: str | None = None
    retryable: bool = False  # for errors: does trying again make sense
    trust_validation_id: str | None = None
    detail: Any = None  # the API client's own result, for output and history


@dataclass(frozen=True, slots=True)
class FlowModel:
    state: State
    settings: FlowSettings
    since: float = 0.0  # when the current state was entered
    camera_ok: bool = True
    out_of_service: str | None = None  # why the kiosk cannot serve anyone now, for staff
    last_frame_id: int = -1  # newest analysed frame; anything older is stale
    last_face_at: float | None = None
    latest: Candidate | None = None  # newest analysed frame, for rendering and manual capture
    guidance: Guidance | None = None
    service_guidance_until: float | None = None
    steady_since: float | None = None
    failing_since: float | None = None  # in STEADY: start of a wobble
    best: Candidate | None = None  # sharpest passing frame of the steady window
    captured: Candidate | None = None
    submission: int = 0  # id of the newest submission started
    in_flight: int | None = None  # submission not yet answered (even if cancelled)
    result: SubmitResult | None = None
    consent: ConsentRecord | None = None  # this person's, until they leave
    declined: bool = False  # this person declined: not asked again until they leave

    def steady_progress(self, now: float) -> float:
        """0..1: how far the hold has filled, for the ring."""
        if self.state is not State.STEADY or self.steady_since is None:
            return 1.0 if self.state is State.CAPTURED else 0.0
        hold = max(self.settings.hold_s, 1e-6)
        return max(0.0, min(1.0, (now - self.steady_since) / hold))


def initial_model(settings: FlowSettings | None = None, now: float = 0.0) -> FlowModel:
    return FlowModel(state=State.ATTRACT, settings=settings or FlowSettings(), since=now)
