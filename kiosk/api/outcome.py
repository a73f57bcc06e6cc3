"""What `kiosk submit` (and the app's `kiosk run --once`) reports: one JSON object, one
human line, one exit code.

Exit codes: 0 verified · 10 not verified or review · 11 rejected by the service for face
quality · 12 stopped by the on-device check (nothing sent) · 20 configuration or
authentication problem, an untrusted TLS certificate · 21 service unavailable (server,
timeout, network, DNS, connection refused, protocol, rate limit after retries) · 2
unreadable input, a camera that cannot be opened, a missing or corrupt model, or bad
usage · 130/143 stopped by Ctrl+C / SIGTERM (`kiosk run`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from kiosk.api.errors import ErrorKind
from kiosk.api.result import Outcome, VerificationResult
from kiosk.quality.report import QualityReport

PRECHECK_FAILED = "precheck_failed"
INPUT_ERROR_KIND = "input"  # an unreadable image file, no camera: not a service error kind
MODEL_ERROR_KIND = "model"  # a bundled model is missing or corrupt
CANCELLED = "cancelled"  # `kiosk run --once` stopped (signal, window closed) before a result


class ExitCode(IntEnum):
    VERIFIED = 0
    USAGE = 2
    NOT_VERIFIED = 10  # also review
    QUALITY_REJECTED = 11
    PRECHECK_FAILED = 12
    CONFIG = 20  # also authentication and refused requests (validation)
    UNAVAILABLE = 21
    INTERRUPTED = 130  # SIGINT (Ctrl+C): 128 + 2
    TERMINATED = 143  # SIGTERM: 128 + 15


_EXIT_BY_OUTCOME = {
    Outcome.VERIFIED: ExitCode.VERIFIED,
    Outcome.NOT_VERIFIED: ExitCode.NOT_VERIFIED,
    Outcome.REVIEW: ExitCode.NOT_VERIFIED,
    Outcome.QUALITY_REJECTED: ExitCode.QUALITY_REJECTED,
}

# A refused request (422/413) or an untrusted certificate is fixed by staff, not by
# waiting: grouped with configuration.
_STAFF_KINDS = {ErrorKind.AUTH, ErrorKind.CONFIG, ErrorKind.VALIDATION, ErrorKind.TLS}


def exit_code_for_error_kind(kind: str) -> ExitCode:
    if kind in (INPUT_ERROR_KIND, MODEL_ERROR_KIND):
        return ExitCode.USAGE
    return ExitCode.CONFIG if kind in _STAFF_KINDS else ExitCode.UNAVAILABLE


def exit_code_for(result: VerificationResult) -> ExitCode:
    if result.outcome is Outcome.ERROR:
        return exit_code_for_error_kind(result.error_kind or ErrorKind.PROTOCOL)
    return _EXIT_BY_OUTCOME[result.outcome]


@dataclass(frozen=True)
class SubmitOutcome:
    outcome: str  # an Outcome value, or "precheck_failed"
    exit_code: ExitCode
    fields: dict[str, Any]  # the JSON object (always has the keys of _BASE)
    summary: str  # one human line

    def to_json(self) -> dict[str, Any]:
        return dict(self.fields)


_BASE: dict[str, Any] = {
    "outcome": None,
    "status_code": None,
    "status": None,
    "liveness_pass": None,
    "liveness_score": None,
    "trust_validation_id": None,
    "rule": None,
    "message": None,
    "error_kind": None,
}


def from_result(result: VerificationResult, *, sandbox: bool = False) -> SubmitOutcome:
    code = exit_code_for(result)
    fields = {**_BASE, **result.to_json(), "sandbox": sandbox, "exit_code": int(code)}
    return SubmitOutcome(str(result.outcome), code, fields, _summary(result, sandbox))


def from_precheck(report: QualityReport) -> SubmitOutcome:
    rule = report.first_failure
    message = report.message or report.hint or "no frame passed every check"
    fields = {
        **_BASE,
        "outcome": PRECHECK_FAILED,
        "rule": str(rule) if rule else None,
        "message": message,
        "hint": report.hint,
        "failures": [str(r) for r in report.failures],
        "requests": 0,
        "exit_code": int(ExitCode.PRECHECK_FAILED),
    }
    because = f" ({rule})" if rule else ""
    summary = f"not sent: the on-device check failed{because}: {message}"
    return SubmitOutcome(PRECHECK_FAILED, ExitCode.PRECHECK_FAILED, fields, summary)


def from_error(kind: str, message: str, *, sandbox: bool = False) -> SubmitOutcome:
    """An error before any request: configuration (``config``/``auth``) or input."""
    code = exit_code_for_error_kind(kind)
    fields = {
        **_BASE,
        "outcome": str(Outcome.ERROR),
        "error_kind": kind,
        "message": message,
        "requests": 0,
        "sandbox": sandbox,
        "exit_code": int(code),
    }
    return SubmitOutcome(str(Outcome.ERROR), code, fields, f"error ({kind}): {message}")


def from_cancelled(message: str, exit_code: ExitCode) -> SubmitOutcome:
    """`kiosk run --once` stopped before the service answered; anything in flight was
    cancelled (``message`` says what happened)."""
    fields = {**_BASE, "outcome": CANCELLED, "message": message, "exit_code": int(exit_code)}
    return SubmitOutcome(CANCELLED, exit_code, fields, f"cancelled: {message}")


def _summary(result: VerificationResult, sandbox: bool) -> str:
    tag = " [sandbox: simulated result]" if sandbox or result.simulated else ""
    if result.outcome is Outcome.ERROR:
        return f"error ({result.error_kind}): {result.message}{tag}"
    if result.outcome is Outcome.QUALITY_REJECTED:
        return f"rejected by the service for face quality ({result.rule}): {result.message}{tag}"
    liveness = ""
    if result.liveness_pass is not None:
        verdict = "passed" if result.liveness_pass else "failed"
        score = f" {result.liveness_score:.2f}" if result.liveness_score is not None else ""
        liveness = f", liveness {verdict}{score}"
    final = ""
    if result.finalized is False:
        final = f", finalize failed ({result.finalize_error})"
    elif result.finalize_status:
        final = f", finalized as {result.finalize_status}"
    words = str(result.outcome).replace("_", " ")
    return (
        f"{words}: {result.status}{liveness}{final} "
        f"(trust validation {result.trust_validation_id}){tag}"
    )
