"""Unit tests: turning the service's answers (any status, any body) into outcomes or errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from kiosk.api.errors import (
    ApiConfigError,
    AuthenticationError,
    ErrorKind,
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
from kiosk.api.responses import (
    HttpAnswer,
    QualityRejection,
    check_answer,
    parse_retry_after,
    read_biometrics,
    read_created,
    read_finalize,
)
from kiosk.api.result import Outcome
from kiosk.quality.rules import SERVICE_MESSAGES, Rule

VID = "a9936497-9f97-4d3d-b46e-f543fa9482a5"
DOC_SUCCESS = {
    "success": True,
    "message": "Biometrics verification processed successfully",
    "data": {"livenessPass": True, "livenessScore": 0.8635861},
    "verificationStatus": "VERIFIED",
    "verificationStatusCode": 3,
    "trustFlowId": 1708,
    "trustValidationId": VID,
    "verificationType": "biometrics_verification",
    "metadata": None,
}


def answer(status: int, body: object = None, **kw: str) -> HttpAnswer:
    raw = (
        body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    )
    return HttpAnswer(status, raw, **kw)


@pytest.mark.parametrize("rule", list(SERVICE_MESSAGES))
def test_each_documented_quality_message_maps_back_to_its_rule(rule: Rule) -> None:
    messy = "  " + SERVICE_MESSAGES[rule].upper().replace(" ", "  \n") + "\t"
    got = check_answer(answer(400, {"success": False, "message": messy}), Step.BIOMETRICS)
    assert isinstance(got, QualityRejection)
    assert got.rule is rule
    assert got.http_status == 400


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (422, {"message": "The given data was invalid.", "errors": {"image": ["{msg}"]}}),
        (200, {"success": False, "message": "{msg}"}),
        (200, {"success": False, "error": "{msg}"}),
        (400, {"success": False, "data": {"message": "{msg}"}}),
        (500, {"message": "{msg}"}),
        (400, {"success": False, "error": {"code": 7, "message": "{msg}"}}),
        (400, {"errors": "{msg}"}),
    ],
)
def test_quality_message_is_found_in_any_plausible_envelope(status: int, body: dict) -> None:
    msg = SERVICE_MESSAGES[Rule.FACE_ANGLE]
    filled = json.loads(json.dumps(body).replace("{msg}", msg))
    got = check_answer(answer(status, filled), Step.BIOMETRICS)
    assert isinstance(got, QualityRejection) and got.rule is Rule.FACE_ANGLE


def test_changed_punctuation_is_forgiven_too() -> None:
    body = {"success": False, "message": "Face is cropped - please ensure full face is in frame!"}
    got = check_answer(answer(400, body), Step.BIOMETRICS)
    assert isinstance(got, QualityRejection) and got.rule is Rule.FACE_CROPPED


def test_a_successful_answer_is_never_read_as_a_quality_rejection() -> None:
    body = {**DOC_SUCCESS, "message": SERVICE_MESSAGES[Rule.NO_FACE]}
    got = check_answer(answer(200, body), Step.BIOMETRICS)
    assert isinstance(got, dict)
    assert read_biometrics(got, VID).outcome is Outcome.VERIFIED


def test_an_unknown_message_is_not_a_quality_rejection() -> None:
    with pytest.raises(UnprocessableError):
        check_answer(answer(400, {"message": "No face."}), Step.BIOMETRICS)


def test_documented_success_is_verified_with_liveness() -> None:
    got = read_biometrics(DOC_SUCCESS, VID)
    assert (got.outcome, got.status_code, got.status) == (Outcome.VERIFIED, 3, "VERIFIED")
    assert got.liveness_pass is True and got.liveness_score == pytest.approx(0.8635861)


@pytest.mark.parametrize(
    ("code", "liveness", "outcome"),
    [
        (1, True, Outcome.NOT_VERIFIED),
        (2, True, Outcome.REVIEW),
        (4, None, Outcome.REVIEW),
        (5, None, Outcome.REVIEW),
        (3, False, Outcome.NOT_VERIFIED),  # liveness failed inside a 200 VERIFIED
        (2, False, Outcome.NOT_VERIFIED),
    ],
)
def test_status_codes_and_liveness_give_the_outcome(code, liveness, outcome) -> None:
    body = {**DOC_SUCCESS, "verificationStatusCode": code, "data": {"livenessPass": liveness}}
    assert read_biometrics(body, VID).outcome is outcome


def test_the_status_code_decides_not_the_string() -> None:
    body = {**DOC_SUCCESS, "verificationStatus": "VERIFIED", "verificationStatusCode": 1}
    assert read_biometrics(body, VID).outcome is Outcome.NOT_VERIFIED


@pytest.mark.parametrize(
    "change",
    [
        {"verificationStatusCode": None},
        {"verificationStatusCode": "3"},
        {"verificationStatusCode": True},
        {"verificationStatusCode": 42},
        {"verificationStatusCode": 99},
        {"data": "yes"},
        {"data": {"livenessPass": "true", "livenessScore": 0.9}},
        {"data": {"livenessPass": True, "livenessScore": "high"}},
        {"data": {"livenessScore": 0.9}},  # VERIFIED without a liveness verdict
    ],
)
def test_missing_or_mistyped_fields_are_protocol_errors_never_verified(change: dict) -> None:
    body = {**DOC_SUCCESS, **change}
    with pytest.raises(ProtocolError) as err:
        read_biometrics(body, VID)
    assert err.value.kind is ErrorKind.PROTOCOL


def test_technical_failure_status_is_a_server_error() -> None:
    with pytest.raises(ServiceFailure) as err:
        read_biometrics({**DOC_SUCCESS, "verificationStatusCode": 6}, VID)
    assert err.value.kind is ErrorKind.SERVER


@pytest.mark.parametrize(
    ("status", "body", "error", "kind"),
    [
        (401, {"message": "Unauthenticated."}, AuthenticationError, ErrorKind.AUTH),
        (403, {"message": "Forbidden"}, PermissionDeniedError, ErrorKind.CONFIG),
        (404, {"message": "Not Found"}, NotFoundError, ErrorKind.CONFIG),
        (413, b"<html>413 Request Entity Too Large</html>", PayloadTooLargeError, "validation"),
        (
            422,
            {"message": "bad", "errors": {"template_id": ["x"]}},
            UnprocessableError,
            "validation",
        ),
        (429, {"message": "Too Many Attempts."}, RateLimitError, ErrorKind.RATE_LIMITED),
        (500, b"<!DOCTYPE html><html>Server Error</html>", ServerError, ErrorKind.SERVER),
        (502, b"<html>Bad Gateway</html>", ServerError, ErrorKind.SERVER),
        (302, b"", ApiConfigError, ErrorKind.CONFIG),
    ],
)
def test_http_statuses_become_typed_errors(status, body, error, kind) -> None:
    with pytest.raises(error) as err:
        check_answer(answer(status, body), Step.CREATE)
    assert err.value.kind == kind
    assert "\n" not in str(err.value)


def test_field_errors_are_kept_for_staff() -> None:
    body = {
        "message": "invalid",
        "errors": {"template_id": ["The selected template id is invalid."]},
    }
    with pytest.raises(UnprocessableError) as err:
        check_answer(answer(422, body), Step.BIOMETRICS)
    assert err.value.field_errors == {"template_id": ["The selected template id is invalid."]}
    assert "template_id" in str(err.value)


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        (b"", "", "empty"),
        (b"<!DOCTYPE html><html><body>Login</body></html>", "text/html", "HTML"),
        (b"\x00\x9fgarbage", "application/json", "not a JSON object"),
        (b"[1, 2, 3]", "application/json", "not a JSON object"),
    ],
)
def test_a_200_that_is_not_a_json_object_is_a_protocol_error(body, content_type, words) -> None:
    with pytest.raises(ProtocolError, match=words):
        check_answer(HttpAnswer(200, body, content_type), Step.BIOMETRICS)


def test_success_false_in_a_200_is_an_error_with_the_service_message() -> None:
    with pytest.raises(ServiceFailure, match="Unable to process"):
        check_answer(answer(200, {"success": False, "message": "Unable to process"}), Step.CREATE)


def test_another_trust_validation_id_in_the_answer_does_not_undo_the_decision() -> None:
    got = read_biometrics({**DOC_SUCCESS, "trustValidationId": "someone-else"}, VID)
    assert got.outcome is Outcome.VERIFIED and got.trust_validation_id == VID


def test_success_false_beside_a_rejection_is_the_rejection_never_more() -> None:
    rejected = {"success": False, "verificationStatusCode": 1, "data": {"livenessPass": False}}
    got = check_answer(answer(200, rejected), Step.BIOMETRICS)
    assert isinstance(got, dict) and read_biometrics(got, VID).outcome is Outcome.NOT_VERIFIED
    for code in (2, 3):
        with pytest.raises(ServiceFailure):
            check_answer(
                answer(200, {**DOC_SUCCESS, "success": False, "verificationStatusCode": code}),
                Step.BIOMETRICS,
            )


def test_created_verification_id_is_read_and_checked() -> None:
    assert read_created({"verification": {"id": VID}}) == VID
    assert read_created({"data": {"verification": {"id": VID}}}) == VID
    assert read_created({"data": {"id": VID}}) == VID
    assert read_created({"verification": {"id": 123}}) == "123"
    bad_bodies: list[dict] = [{}, {"verification": None}, {"verification": {"id": ""}}]
    for bad in bad_bodies:
        with pytest.raises(ProtocolError):
            read_created(bad)


def test_finalize_answer() -> None:
    got = read_finalize({"status": 2, "status_message": "REVIEW_NEEDED", "finalized": True})
    assert (got.status_code, got.status, got.finalized) == (2, "REVIEW_NEEDED", True)
    with pytest.raises(ProtocolError):
        read_finalize({"status": "2"})


def test_retry_after_in_seconds_or_as_a_date() -> None:
    now = datetime(2025, 9, 12, 7, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(30.0)
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
