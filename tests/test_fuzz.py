"""Fuzzing (hypothesis): whatever the service answers, whatever the configuration file
holds, whatever bytes an image file has, the result is a value or the module's own clear
one-line error — never another exception, never a hang, never "verified" by accident.

Example counts are kept modest so this stays a few seconds in CI (2 cores); no example
database is written (``database=None``), so runs leave nothing in the repository.
"""

from __future__ import annotations

import json
import math
import string
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import tomli_w
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.api import IdmetaError, Outcome, Step
from kiosk.api.responses import (
    BiometricAnswer,
    HttpAnswer,
    QualityRejection,
    check_answer,
    parse_retry_after,
    read_biometrics,
    read_created,
    read_finalize,
)
from kiosk.config import Config, ConfigError, load_config
from kiosk.imageio import ImageLoadError, decode_image_bytes
from kiosk.quality.rules import SERVICE_MESSAGES

pytestmark = pytest.mark.timeout(120)

FUZZ = settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# --- the service's answers ---------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from([*SERVICE_MESSAGES.values(), "VERIFIED", "Unauthenticated.", ""])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
KNOWN_KEYS = [
    "success",
    "message",
    "error",
    "errors",
    "data",
    "detail",
    "verification",
    "verificationStatusCode",
    "verificationStatus",
    "trustValidationId",
    "status",
    "status_message",
    "finalized",
    "simulated",
    "livenessPass",
    "livenessScore",
    "id",
]
# Objects shaped like the contract, each field any JSON value (wrong types included).
shaped = st.dictionaries(st.sampled_from(KNOWN_KEYS), json_values, max_size=8)
nested_data = st.fixed_dictionaries(
    {
        "success": json_values,
        "verificationStatusCode": st.sampled_from([1, 2, 3, 4, 5, 6, 99, 0, -1, "3", 3.0, True])
        | json_values,
        "data": st.dictionaries(
            st.sampled_from(["livenessPass", "livenessScore", "message"]), json_values
        )
        | json_values,
    },
    optional={"verification": st.dictionaries(st.sampled_from(["id", "status"]), json_values)},
)


VALID = {
    Step.CREATE: {
        "message": "Verification created successfully",
        "verification": {"id": "a9936497-9f97", "status": 99},
    },
    Step.BIOMETRICS: {
        "success": True,
        "data": {"livenessPass": True, "livenessScore": 0.86},
        "verificationStatus": "VERIFIED",
        "verificationStatusCode": 3,
        "trustValidationId": "a9936497-9f97",
    },
    Step.FINALIZE: {"status": 2, "status_message": "REVIEW_NEEDED", "finalized": True},
}


@st.composite
def near_valid(draw: st.DrawFn, step: Step | None = None) -> bytes:
    """A valid answer of ``step`` (any step) with a few fields changed, dropped or added."""
    step = step or draw(st.sampled_from(list(Step)))
    body: dict[str, Any] = json.loads(json.dumps(VALID[step]))
    if step is Step.BIOMETRICS and draw(st.integers(0, 3)) == 0:  # a quality rejection
        body = {"success": False, "message": draw(st.sampled_from(list(SERVICE_MESSAGES.values())))}
    for _ in range(draw(st.integers(0, 2))):
        key = draw(st.sampled_from(KNOWN_KEYS))
        if draw(st.booleans()):
            body.pop(key, None)
        else:
            body[key] = draw(json_values)
    if isinstance(body.get("data"), dict) and draw(st.booleans()):
        body["data"]["livenessPass"] = draw(json_values)
    return _body(body)


def _body(value: Any) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


bodies = (
    near_valid()
    | near_valid()
    | st.sampled_from([_body(v) for v in VALID.values()])
    | st.binary(max_size=300)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
    | json_values.map(_body)
    | shaped.map(_body)
    | nested_data.map(_body)
    | st.sampled_from([b"<!doctype html><html>502</html>", b"", b"   ", b"null", b"[]", b"{"])
    | st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n)  # deep nesting
)
answers = st.builds(
    HttpAnswer,
    status_code=st.sampled_from([200, 200, 200, 201, 204, 401, 404, 413, 422, 429, 502])
    | st.integers(min_value=100, max_value=599),
    body=bodies,
    content_type=st.sampled_from(["", "application/json", "text/html; charset=utf-8", "x/y"]),
    retry_after=st.none() | st.text(max_size=40),
)


def _interpret(answer: HttpAnswer, step: Step) -> object:
    """What the client does with one answer at ``step`` (kiosk.api.client)."""
    checked = check_answer(answer, step)
    if isinstance(checked, QualityRejection):
        assert step is Step.BIOMETRICS
        return checked
    if step is Step.CREATE:
        return read_created(checked)
    if step is Step.BIOMETRICS:
        return read_biometrics(checked, "a9936497-9f97")
    return read_finalize(checked)


@st.composite
def step_answers(draw: st.DrawFn) -> tuple[Step, HttpAnswer]:
    """Any answer at any step; half of them close to that step's valid answer."""
    step = draw(st.sampled_from(list(Step)))
    answer = draw(answers)
    if draw(st.booleans()):
        status = draw(st.sampled_from([200, 200, 200, 201, 422, 400]))
        answer = HttpAnswer(status, draw(near_valid(step)), "application/json")
    return step, answer


@FUZZ
@given(case=step_answers())
def test_any_answer_is_a_value_or_a_clear_error(case: tuple[Step, HttpAnswer]) -> None:
    step, answer = case
    try:
        value = _interpret(answer, step)
    except IdmetaError as exc:
        text = str(exc)
        assert text and "\n" not in text and len(text) < 1200
        event(f"error: {exc.kind}")
        return
    event(f"value: {type(value).__name__}")
    if isinstance(value, BiometricAnswer):
        assert 200 <= answer.status_code < 300
        assert isinstance(value.outcome, Outcome)
        if value.outcome is Outcome.VERIFIED:  # never by accident
            body = json.loads(answer.body)
            assert body["verificationStatusCode"] == 3 and value.liveness_pass is True
        if value.liveness_score is not None:
            assert math.isfinite(value.liveness_score)
    elif isinstance(value, str):  # a created verification's id
        assert 200 <= answer.status_code < 300 and 0 < len(value) <= 200


@FUZZ
@given(value=st.none() | st.text(max_size=60) | st.integers().map(str))
def test_any_retry_after_is_a_wait_or_none(value: str | None) -> None:
    wait = parse_retry_after(value, now=1_700_000_000.0)
    assert wait is None or (math.isfinite(wait) and wait >= 0)


# --- the configuration file ----------------------------------------------------------------

SECTIONS = {
    "api": [
        "base_url",
        "trust_flow_id",
        "kiosk_id",
        "connect_timeout_s",
        "read_timeout_s",
        "total_timeout_s",
        "finalize",
        "ca_bundle",
        "max_attempts",
        "token",
    ],
    "camera": ["source", "width", "height", "fps", "mirror"],
    "ui": ["mode", "language", "sound", "steady_seconds", "result_timeout_s", "large_text"],
    "kiosk": ["pin_hash", "max_pin_attempts", "lockout_s"],
    "metrics": ["listen"],
    "consent": ["version", "url", "text"],
    "quality": ["min_ied_px", "max_yaw_deg", "max_eye_blink", "min_ied"],
}
toml_scalars = (
    st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["https://integrate.idmetagroup.com", "http://10.0.0.1", "127.0.0.1:9464"])
)
GOOD = {
    "base_url": st.sampled_from(["https://integrate.idmetagroup.com", "http://127.0.0.1:8080", ""]),
    "trust_flow_id": st.sampled_from(["1708", "b2b-7", ""]),
    "connect_timeout_s": st.floats(0.05, 120),
    "read_timeout_s": st.floats(0.05, 600),
    "max_attempts": st.integers(1, 10),
    "finalize": st.booleans(),
    "width": st.sampled_from([640, 1280]),
    "mode": st.sampled_from(["staff", "kiosk"]),
    "language": st.sampled_from(["en", "ms", "vi"]),
    "steady_seconds": st.floats(0, 5),
    "min_ied_px": st.floats(10, 200),
    "max_yaw_deg": st.floats(1, 60),
    "listen": st.sampled_from(["", "127.0.0.1:9464"]),
}
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(string.ascii_lowercase, max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def config_documents(draw: st.DrawFn) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for section in draw(
        st.lists(st.sampled_from([*SECTIONS, "nonsense"]), max_size=4, unique=True)
    ):
        keys = SECTIONS.get(section, ["x"])
        names = st.sampled_from([*keys, "typo_key"])
        if draw(st.integers(0, 4)):
            table: dict[str, Any] = {}
            for name in draw(st.lists(names, max_size=5, unique=True)):
                good = GOOD.get(name)
                use_good = good is not None and draw(st.integers(0, 4)) > 0
                table[name] = draw(good if use_good and good is not None else toml_values)
            doc[section] = table
        else:
            doc[section] = draw(toml_scalars)  # a section that is not a table
    return doc


ENVS = st.fixed_dictionaries(
    {},
    optional={
        "KIOSK_API_TIMEOUT": st.text(max_size=10),
        "KIOSK_API_BASE_URL": st.text(max_size=30) | st.just("https://x.idmetagroup.com"),
        "KIOSK_TRUST_FLOW_ID": st.text(max_size=10),
    },
)


def _load(path: Path, env: dict[str, str]) -> None:
    try:
        cfg = load_config(path, env=env, use_credential_store=False)
    except ConfigError as exc:
        text = str(exc)
        assert text and "\n" not in text, repr(text)
        event("config error")
        return
    assert isinstance(cfg, Config)
    event("config loaded")


@FUZZ
@given(doc=config_documents(), env=ENVS)
def test_any_configuration_is_loaded_or_named_in_one_line(tmp_path: Path, doc, env) -> None:
    path = tmp_path / "config.toml"
    path.write_text(tomli_w.dumps(doc), encoding="utf-8")
    _load(path, env)


@FUZZ
@given(
    data=st.binary(max_size=400)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_any_bytes_as_a_configuration_file_are_a_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(data)
    _load(path, {})


# --- image files ---------------------------------------------------------------------------

JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600")
PNG_HEAD = b"\x89PNG\r\n\x1a\n"


@settings(max_examples=150, deadline=None, database=None)
@given(
    data=st.binary(min_size=1, max_size=2000)
    | st.binary(max_size=500).map(lambda b: JPEG_HEAD + b)
    | st.binary(max_size=500).map(lambda b: PNG_HEAD + b)
)
def test_any_bytes_as_an_image_are_a_frame_or_a_clear_error(data: bytes) -> None:
    try:
        frame = decode_image_bytes(data)
    except ImageLoadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert isinstance(frame, np.ndarray) and frame.dtype == np.uint8 and frame.ndim == 3


# --- the quality engine on odd frames -------------------------------------------------------


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    h=st.integers(1, 96),
    w=st.integers(1, 96),
    kind=st.sampled_from(["noise", "black", "white", "stripes"]),
    seed=st.integers(0, 2**16),
)
def test_the_engine_judges_any_frame_without_crashing(
    engine, h: int, w: int, kind: str, seed: int
) -> None:
    rng = np.random.default_rng(seed)
    if kind == "noise":
        frame = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
    elif kind == "black":
        frame = np.zeros((h, w, 3), np.uint8)
    elif kind == "white":
        frame = np.full((h, w, 3), 255, np.uint8)
    else:
        frame = np.zeros((h, w, 3), np.uint8)
        frame[:, ::2] = 255
    report = engine.analyze(frame)
    assert not report.passed  # nothing here is a face
