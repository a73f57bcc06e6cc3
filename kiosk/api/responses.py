"""Turning the service's HTTP answers into typed values or typed errors (pure functions).

The envelope of error answers is not documented, so everything here is defensive: any
status, any body (HTML, empty, garbage, JSON of the wrong shape) ends as a value or one of
the exceptions in :mod:`kiosk.api.errors`, and never as "verified" by accident.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import re
import time
from dataclasses import dataclass
from typing import Any

from kiosk.api.credential import REJECTED_MESSAGE
from kiosk.api.errors import (
    ApiConfigError,
    ApiStatusError,
    AuthenticationError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProtocolError,
    RateLimitError,
    ServerError,
    ServiceFailure,
    Step,
    UnprocessableError,
)
from kiosk.api.result import STATUS_NAMES, STATUS_OUTCOMES, Outcome
from kiosk.quality.rules import SERVICE_MESSAGES, Rule, rule_for_service_message

log = logging.getLogger("kiosk.api")


@dataclass(frozen=True)
class HttpAnswer:
    status_code: int
    body: bytes
    content_type: str = ""
    retry_after: str | None = None  # the raw Retry-After header
    location: str | None = None


@dataclass(frozen=True)
class QualityRejection:
    rule: Rule
    message: str
    http_status: int


@dataclass(frozen=True)
class BiometricAnswer:
    outcome: Outcome
    status_code: int
    status: str
    liveness_pass: bool | None
    liveness_score: float | None
    trust_validation_id: str | None
    message: str | None
    simulated: bool = False


@dataclass(frozen=True)
class FinalizeAnswer:
    status_code: int
    status: str
    finalized: bool


def json_object(answer: HttpAnswer) -> dict[str, Any] | None:
    """The body as a JSON object, or None when it is not one (HTML, empty, garbage)."""
    if not answer.body.strip():
        return None
    try:
        value = json.loads(answer.body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def service_message(body: dict[str, Any] | None) -> str | None:
    if not body:
        return None
    for key in ("message", "error", "detail"):
        value = body.get(key)
        if isinstance(value, dict):
            value = value.get("message")
        if isinstance(value, str) and value.strip():
            return _one_line(value)
    return None


def find_quality_rule(body: dict[str, Any] | None) -> tuple[Rule, str] | None:
    """A face-quality message anywhere the service may put it: message, error, errors.*."""
    if not body:
        return None
    candidates: list[Any] = [body.get("message"), body.get("error")]
    for key in ("error", "data"):  # {"error": {"message": ...}}, {"data": {"message": ...}}
        nested = body.get(key)
        if isinstance(nested, dict):
            candidates += [nested.get("message"), nested.get("error")]
    errors = body.get("errors")
    if isinstance(errors, dict):
        for value in errors.values():
            candidates.extend(value if isinstance(value, list) else [value])
    elif isinstance(errors, list):
        candidates.extend(errors)
    else:
        candidates.append(errors)
    for text in candidates:
        if isinstance(text, str):
            rule = rule_for_service_message(text) or _BY_WORDS.get(_words(text))
            if rule is not None:
                return rule, _one_line(text)
    return None


def _words(text: str) -> str:
    """Letters and digits only: also forgives changed punctuation ("...visible!")."""
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


_BY_WORDS = {_words(message): rule for rule, message in SERVICE_MESSAGES.items()}


def check_answer(answer: HttpAnswer, step: Step) -> dict[str, Any] | QualityRejection:
    """The JSON object of a successful answer, a quality rejection, or a typed error."""
    body = json_object(answer)
    status = answer.status_code
    if step is Step.BIOMETRICS and (status >= 400 or not _succeeded(body)):
        found = find_quality_rule(body)
        if found is not None:
            return QualityRejection(found[0], found[1], status)
    if 200 <= status < 300:
        if body is None:
            raise ProtocolError(_not_json(answer), status_code=status, step=step)
        if body.get("success") is False and not _is_rejection(body, step):
            msg = service_message(body)
            raise ServiceFailure(
                f"the service reported a failure: {msg or '(no message)'}",
                status_code=status,
                service_message=msg,
                step=step,
            )
        return body
    raise status_error(answer, body, step)


def json_answer(answer: HttpAnswer, step: Step) -> dict[str, Any]:
    """``check_answer`` for the create and finalize steps, which never judge a face."""
    checked = check_answer(answer, step)
    if isinstance(checked, QualityRejection):  # pragma: no cover - biometric step only
        raise ProtocolError("a face-quality answer outside the biometric step", step=step)
    return checked


def status_error(
    answer: HttpAnswer, body: dict[str, Any] | None, step: Step
) -> ApiStatusError | ApiConfigError | ProtocolError:
    status = answer.status_code
    msg = service_message(body)
    said = f": {msg}" if msg else (" (HTML page)" if _looks_html(answer) else "")
    kw: dict[str, Any] = {"status_code": status, "service_message": msg, "step": step}
    if 300 <= status < 400:
        return ApiConfigError(
            f"HTTP {status}: the service redirected (check the base URL)", step=step
        )
    if status == 401:
        quoted = f" (the service said: {msg})" if msg else ""
        return AuthenticationError(f"HTTP 401: {REJECTED_MESSAGE}{quoted}", **kw)
    if status == 403:
        return PermissionDeniedError(f"HTTP 403: not allowed for this trust flow{said}", **kw)
    if status == 404:
        return NotFoundError(f"HTTP 404: not found (check the base URL){said}", **kw)
    if status == 413:
        return PayloadTooLargeError(f"HTTP 413: the image is too large{said}", **kw)
    if status in (400, 422):
        fields = _field_errors(body)
        detail = "; ".join(f"{k}: {' '.join(v)}" for k, v in fields.items())
        return UnprocessableError(
            f"HTTP {status}: the request was refused{said}" + (f" ({detail})" if detail else ""),
            field_errors=fields,
            **kw,
        )
    if status == 429:
        wait = parse_retry_after(answer.retry_after)
        return RateLimitError(f"HTTP 429: too many requests{said}", retry_after=wait, **kw)
    if status >= 500:
        return ServerError(f"HTTP {status}: the service failed{said}", **kw)
    return ApiStatusError(f"HTTP {status}: unexpected answer{said}", **kw)


def read_created(body: dict[str, Any]) -> str:
    """``verification.id`` as documented; ``data.verification.id`` / ``data.id`` tolerated."""
    data = body.get("data")
    holders = [body.get("verification")]
    if isinstance(data, dict):
        holders += [data.get("verification"), data]
    vid = next((h.get("id") for h in holders if isinstance(h, dict) and h.get("id")), None)
    if isinstance(vid, int) and not isinstance(vid, bool):
        vid = str(vid)
    if not isinstance(vid, str) or not vid.strip() or len(vid) > 200:
        raise ProtocolError("the created verification has no id", step=Step.CREATE)
    return vid.strip()


def read_biometrics(body: dict[str, Any], verification_id: str) -> BiometricAnswer:
    step = Step.BIOMETRICS
    code = body.get("verificationStatusCode")
    if not _is_int(code):
        raise ProtocolError("the answer has no numeric verificationStatusCode", step=step)
    if code not in STATUS_NAMES:
        raise ProtocolError(f"unknown verification status code {code}", step=step)
    data = body.get("data", {})
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProtocolError("the answer's data is not an object", step=step)
    liveness_pass = data.get("livenessPass")
    if liveness_pass is not None and not isinstance(liveness_pass, bool):
        raise ProtocolError("livenessPass is not true/false", step=step)
    score = data.get("livenessScore")
    if score is not None and not (_is_number(score) and math.isfinite(score)):
        raise ProtocolError("livenessScore is not a number", step=step)
    tv_id = body.get("trustValidationId")
    if tv_id is not None and str(tv_id).strip().lower() != verification_id.lower():
        # Not worth failing a decision over: our id is the one we created and sent.
        log.warning("the answer names trust validation %s, not ours (%s)", tv_id, verification_id)
    status_text = body.get("verificationStatus")
    name = status_text.strip() if isinstance(status_text, str) and status_text.strip() else None
    name = name or STATUS_NAMES[code]
    msg = service_message(body)
    if code == 6:
        raise ServiceFailure(
            "the service reported a technical failure (status 6)",
            status_code=200,
            service_message=msg,
            step=step,
        )
    if code == 99:
        raise ProtocolError("the service did not process the image (status 99)", step=step)
    outcome = STATUS_OUTCOMES[code]
    if liveness_pass is False:
        outcome = Outcome.NOT_VERIFIED
    elif outcome is Outcome.VERIFIED and liveness_pass is None:
        raise ProtocolError("a VERIFIED answer without a liveness result", step=step)
    return BiometricAnswer(
        outcome=outcome,
        status_code=code,
        status=name,
        liveness_pass=liveness_pass,
        liveness_score=float(score) if score is not None else None,
        trust_validation_id=verification_id,
        message=msg,
        simulated=body.get("simulated") is True,
    )


def read_finalize(body: dict[str, Any]) -> FinalizeAnswer:
    code = body.get("status")
    if not _is_int(code) or code not in STATUS_NAMES:
        raise ProtocolError("the finalize answer has no known status", step=Step.FINALIZE)
    text = body.get("status_message")
    name = text.strip() if isinstance(text, str) and text.strip() else STATUS_NAMES[code]
    finalized = body.get("finalized")
    return FinalizeAnswer(code, name, finalized if isinstance(finalized, bool) else True)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _is_rejection(body: dict[str, Any], step: Step) -> bool:
    """``success: false`` beside status 1 (REJECTED) reads as the rejection it states: a
    negative decision is safe to report as one; anything else with it stays an error."""
    return step is Step.BIOMETRICS and body.get("verificationStatusCode") == 1


def _succeeded(body: dict[str, Any] | None) -> bool:
    return body is not None and body.get("success") is True


def _field_errors(body: dict[str, Any] | None) -> dict[str, list[str]]:
    errors = body.get("errors") if body else None
    if not isinstance(errors, dict):
        return {}
    out: dict[str, list[str]] = {}
    for key, value in list(errors.items())[:20]:
        items = value if isinstance(value, list) else [value]
        out[str(key)[:64]] = [_one_line(str(v)) for v in items[:5]]
    return out


def _looks_html(answer: HttpAnswer) -> bool:
    head = answer.body[:512].lstrip().lower()
    return "html" in answer.content_type.lower() or head.startswith((b"<!doctype", b"<html"))


def _not_json(answer: HttpAnswer) -> str:
    if not answer.body.strip():
        return "the service sent an empty answer"
    if _looks_html(answer):
        return "the service sent an HTML page instead of JSON"
    return "the service sent an answer that is not a JSON object"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
