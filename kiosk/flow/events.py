"""What happens to the flow (events) and what it asks the outside world to do (effects)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.flow.consent import ConsentRecord
from kiosk.flow.model import Candidate, SubmitResult
from kiosk.quality.report import QualityReport


# --- events: every one carries the monotonic time (seconds) it happened at ---
@dataclass(frozen=True, slots=True)
class Tick:
    now: float


@dataclass(frozen=True, slots=True)
class Analysed:
    report: QualityReport
    frame: object  # the un-mirrored BGR frame the report is about
    now: float


@dataclass(frozen=True, slots=True)
class CaptureNow:
    """Staff capture by hand; ``force`` is "capture anyway" although a check fails."""

    now: float
    force: bool = False


@dataclass(frozen=True, slots=True)
class Cancel:
    now: float


@dataclass(frozen=True, slots=True)
class SubmitFinished:
    submission: int
    result: SubmitResult
    now: float


@dataclass(frozen=True, slots=True)
class NextPerson:
    now: float


@dataclass(frozen=True, slots=True)
class Retry:
    now: float


@dataclass(frozen=True, slots=True)
class CameraLost:
    now: float


@dataclass(frozen=True, slots=True)
class CameraBack:
    now: float


@dataclass(frozen=True, slots=True)
class ServiceDown:
    """A part keeps failing (the engine, the service refusing the kiosk's token): out of
    service until :class:`ServiceUp`. ``reason`` is for staff."""

    now: float
    reason: str


@dataclass(frozen=True, slots=True)
class ServiceUp:
    now: float


@dataclass(frozen=True, slots=True)
class ConsentGiven:
    """The person accepted the notice (touch), or staff recorded verbal consent."""

    now: float
    record: ConsentRecord


@dataclass(frozen=True, slots=True)
class ConsentDeclined:
    """The person declined: back to attract, nothing captured."""

    now: float


Event = (
    Tick
    | ConsentGiven
    | ConsentDeclined
    | Analysed
    | CaptureNow
    | Cancel
    | SubmitFinished
    | NextPerson
    | Retry
    | CameraLost
    | CameraBack
    | ServiceDown
    | ServiceUp
)


# --- effects ---
@dataclass(frozen=True, slots=True)
class StartSubmit:
    submission: int
    candidate: Candidate
    consent: ConsentRecord | None = None  # for the verification's metadata


@dataclass(frozen=True, slots=True)
class CancelSubmit:
    submission: int


@dataclass(frozen=True, slots=True)
class ShowResult:
    """The service answered (any outcome, quality rejections included)."""

    result: SubmitResult


@dataclass(frozen=True, slots=True)
class SubmissionCancelled:
    """A cancelled submission has really ended (for the session history). ``result`` is
    how it ended: ``Outcome.CANCELLED``, or an answer that came back before the cancel."""

    submission: int
    result: SubmitResult


@dataclass(frozen=True, slots=True)
class PlayCue:
    kind: Literal["capture", "result"]


Effect = StartSubmit | CancelSubmit | ShowResult | SubmissionCancelled | PlayCue
