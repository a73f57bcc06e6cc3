"""What the sandbox answers: one scenario per row of the service's error table, and more.

A scenario is a set of faults (a canned or broken answer for one step, always or for
the first N requests) plus, for the biometric step when no fault applies, either a fixed
status or the on-device engine's judgement (``normal``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from kiosk.quality.rules import SERVICE_MESSAGES, Rule

CREATE = "create"
BIOMETRICS = "biometrics"
FINALIZE = "finalize"
ANY_STEP = "*"

HTML_500 = (
    b"<!DOCTYPE html><html><head><title>Server Error</title></head>"
    b"<body><h1>500 | Server Error</h1></body></html>"
)
HTML_502 = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center>"
    b"<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)
HTML_413 = (
    b"<html><head><title>413 Request Entity Too Large</title></head><body><center>"
    b"<h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>"
)
HTML_200 = b"<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in</body></html>"


def _json(obj: object) -> bytes:
    return json.dumps(obj).encode()


@dataclass(frozen=True)
class Fault:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    times: int | None = None  # None: every request of that step; N: only the first N
    delay: bool = False  # wait the server's slow_s before answering normally
    drop: bool = False  # close the connection without an answer
    huge: bool = False  # a valid-looking JSON answer of several megabytes


@dataclass(frozen=True)
class Scenario:
    name: str
    description: str
    faults: dict[str, Fault] = field(default_factory=dict)
    status_code: int | None = None  # biometric status; None = the engine decides
    liveness_pass: bool = True
    finalize_status: int | None = None  # None: the verification's own status


def _quality(rule: Rule) -> Scenario:
    msg = SERVICE_MESSAGES[rule]
    return Scenario(
        rule.value,
        f"the service's '{rule.value}' message, whatever the image",
        {BIOMETRICS: Fault(400, _json({"success": False, "message": msg}))},
    )


def _build() -> dict[str, Scenario]:
    unauth = _json({"message": "Unauthenticated."})
    items = [
        Scenario("normal", "the on-device engine decides; a good face is VERIFIED"),
        Scenario("verified", "VERIFIED with a passing (simulated) liveness", status_code=3),
        Scenario(
            "rejected", "REJECTED (status 1), liveness failed", status_code=1, liveness_pass=False
        ),
        Scenario(
            "liveness_failed",
            "status VERIFIED but livenessPass false",
            status_code=3,
            liveness_pass=False,
        ),
        Scenario("review", "REVIEW_NEEDED (status 2)", status_code=2),
        Scenario("incomplete", "INCOMPLETE (status 4)", status_code=4),
        Scenario("technical_failure", "FAILED (status 6, a technical error)", status_code=6),
        *(_quality(rule) for rule in SERVICE_MESSAGES),
        Scenario(
            "no_face_422",
            "a quality message inside a Laravel-style 422 errors object",
            {
                BIOMETRICS: Fault(
                    422,
                    _json(
                        {
                            "message": "The given data was invalid.",
                            "errors": {"image": [SERVICE_MESSAGES[Rule.NO_FACE]]},
                        }
                    ),
                )
            },
        ),
        Scenario(
            "unauthorized", "401 Unauthenticated on every request", {ANY_STEP: Fault(401, unauth)}
        ),
        Scenario(
            "forbidden",
            "403 on create (the token may not use this trust flow)",
            {CREATE: Fault(403, _json({"message": "This action is unauthorized."}))},
        ),
        Scenario(
            "not_found_once",
            "404 for the verification once; a new verification then succeeds",
            {BIOMETRICS: Fault(404, _json({"message": "Verification not found."}), times=1)},
            status_code=3,
        ),
        Scenario(
            "invalid",
            "422 with field errors on the biometric step",
            {
                BIOMETRICS: Fault(
                    422,
                    _json(
                        {
                            "message": "The template id field is invalid.",
                            "errors": {"template_id": ["The selected template id is invalid."]},
                        }
                    ),
                )
            },
        ),
        Scenario(
            "too_large",
            "413 HTML from a proxy on every biometric request",
            {BIOMETRICS: Fault(413, HTML_413, "text/html")},
        ),
        Scenario(
            "too_large_once",
            "413 HTML once, then the smaller image is VERIFIED",
            {BIOMETRICS: Fault(413, HTML_413, "text/html", times=1)},
            status_code=3,
        ),
        Scenario(
            "rate_limited",
            "429 with Retry-After once on the biometric step, then VERIFIED",
            {BIOMETRICS: Fault(429, _json({"message": "Too Many Attempts."}), times=1)},
            status_code=3,
        ),
        Scenario(
            "rate_limited_always",
            "429 with Retry-After on every biometric request",
            {BIOMETRICS: Fault(429, _json({"message": "Too Many Attempts."}))},
        ),
        Scenario(
            "rate_limited_long",
            "429 asking to wait an hour",
            {
                BIOMETRICS: Fault(
                    429,
                    _json({"message": "Too Many Attempts."}),
                    headers=(("Retry-After", "3600"),),
                )
            },
        ),
        Scenario(
            "server_error",
            "500 HTML on the biometric step (never retried)",
            {BIOMETRICS: Fault(500, HTML_500, "text/html")},
        ),
        Scenario(
            "bad_gateway",
            "502 HTML on every create request",
            {CREATE: Fault(502, HTML_502, "text/html")},
        ),
        Scenario(
            "bad_gateway_once",
            "502 HTML on the first create, then VERIFIED",
            {CREATE: Fault(502, HTML_502, "text/html", times=1)},
            status_code=3,
        ),
        Scenario(
            "unavailable_once",
            "503 on the first biometric request (not retried: it may have been processed)",
            {BIOMETRICS: Fault(503, _json({"message": "Service Unavailable"}), times=1)},
            status_code=3,
        ),
        Scenario("html", "200 with an HTML page", {BIOMETRICS: Fault(200, HTML_200, "text/html")}),
        Scenario(
            "garbage",
            "200 with a body that is not JSON",
            {BIOMETRICS: Fault(200, b"\x00\x9f{verif\xffied", "application/json")},
        ),
        Scenario("empty", "200 with an empty body", {BIOMETRICS: Fault(200, b"")}),
        Scenario(
            "missing_fields",
            "200 success without any status",
            {BIOMETRICS: Fault(200, _json({"success": True, "message": "OK"}))},
        ),
        Scenario(
            "wrong_types",
            "200 with the status as a string and liveness as text",
            {
                BIOMETRICS: Fault(
                    200,
                    _json(
                        {
                            "success": True,
                            "verificationStatus": "VERIFIED",
                            "verificationStatusCode": "3",
                            "data": {"livenessPass": "yes", "livenessScore": "high"},
                        }
                    ),
                )
            },
        ),
        Scenario("huge", "200 with a 5 MB JSON body", {BIOMETRICS: Fault(huge=True)}),
        Scenario(
            "success_false",
            "200 with success:false and a message",
            {
                BIOMETRICS: Fault(
                    200, _json({"success": False, "message": "Unable to process the request."})
                )
            },
        ),
        Scenario(
            "slow",
            "the biometric answer takes slow_s seconds (a read timeout)",
            {BIOMETRICS: Fault(delay=True)},
            status_code=3,
        ),
        Scenario(
            "slow_create", "create takes slow_s seconds", {CREATE: Fault(delay=True)}, status_code=3
        ),
        Scenario(
            "drop",
            "the connection closes without an answer on the biometric step",
            {BIOMETRICS: Fault(drop=True)},
        ),
        Scenario(
            "drop_create",
            "the connection closes without an answer on create (it may have been made)",
            {CREATE: Fault(drop=True)},
        ),
        Scenario(
            "finalize_error",
            "VERIFIED, then finalize fails with 500",
            {FINALIZE: Fault(500, HTML_500, "text/html")},
            status_code=3,
        ),
        Scenario(
            "finalize_review",
            "VERIFIED, then finalize says REVIEW_NEEDED (other checks missing)",
            status_code=3,
            finalize_status=2,
        ),
    ]
    return {s.name: s for s in items}


SCENARIOS: dict[str, Scenario] = _build()
