"""The one typed result of a verification attempt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kiosk.api.errors import ErrorKind, Step
from kiosk.quality.rules import Rule


class Outcome(StrEnum):
    VERIFIED = "verified"
    NOT_VERIFIED = "not_verified"  # rejected, or liveness failed
    REVIEW = "review"  # review needed, incomplete, in progress
    QUALITY_REJECTED = "quality_rejected"  # one of the service's seven face-quality messages
    ERROR = "error"


# Trust-validation status codes (verificationStatusCode, finalize `status`).
STATUS_NAMES: dict[int, str] = {
    1: "REJECTED",
    2: "REVIEW_NEEDED",
    3: "VERIFIED",
    4: "INCOMPLETE",
    5: "IN_PROGRESS",
    6: "FAILED",
    99: "CREATED",
}

STATUS_OUTCOMES: dict[int, Outcome] = {
    1: Outcome.NOT_VERIFIED,
    2: Outcome.REVIEW,
    3: Outcome.VERIFIED,
    4: Outcome.REVIEW,
    5: Outcome.REVIEW,
}


@dataclass(frozen=True)
class VerificationResult:
    outcome: Outcome
    status_code: int | None = None  # the biometric answer's verificationStatusCode
    status: str | None = None  # its name (VERIFIED, REJECTED, ...)
    liveness_pass: bool | None = None
    liveness_score: float | None = None
    trust_validation_id: str | None = None
    message: str | None = None  # the service's message, or ours for an error
    rule: Rule | None = None  # for quality_rejected: the matching on-device rule
    error_kind: ErrorKind | None = None
    error_step: Step | None = None
    http_status: int | None = None
    field_errors: dict[str, list[str]] = field(default_factory=dict)
    finalized: bool | None = None  # None: finalize not attempted
    finalize_status_code: int | None = None
    finalize_status: str | None = None
    finalize_error: ErrorKind | None = None
    simulated: bool = False  # the sandbox answered: nothing here is a real decision
    requests: int = 0  # HTTP requests sent, retries included

    @property
    def ok(self) -> bool:
        return self.outcome is not Outcome.ERROR

    def to_json(self) -> dict[str, Any]:
        return {
            "outcome": str(self.outcome),
            "status_code": self.status_code,
            "status": self.status,
            "liveness_pass": self.liveness_pass,
            "liveness_score": self.liveness_score,
            "trust_validation_id": self.trust_validation_id,
            "rule": str(self.rule) if self.rule else None,
            "message": self.message,
            "error_kind": str(self.error_kind) if self.error_kind else None,
            "error_step": str(self.error_step) if self.error_step else None,
            "http_status": self.http_status,
            "field_errors": self.field_errors or None,
            "finalized": self.finalized,
            "finalize_status_code": self.finalize_status_code,
            "finalize_status": self.finalize_status,
            "finalize_error": str(self.finalize_error) if self.finalize_error else None,
            "simulated": self.simulated,
            "requests": self.requests,
        }
