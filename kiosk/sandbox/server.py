"""A local stand-in for the IDmeta service, speaking the same contract over real HTTP.

Binds to 127.0.0.1 unless told otherwise. Accepts one bearer token (``SANDBOX_TOKEN``
unless another is given): it is not a secret, it only keeps the contract's 401 honest.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np

from kiosk.config import is_loopback_host
from kiosk.sandbox import scenarios as sc
from kiosk.sandbox.analysis import Analyzer, EngineWorker

log = logging.getLogger("kiosk.sandbox")

SANDBOX_TOKEN = "sandbox-token"  # documented; accepted only by the sandbox
# What the sandbox remembers (a test aid: the requests it saw, the verifications it made)
# is bounded, so a kiosk left on the sandbox for months does not grow: the newest are kept.
KEPT_RECORDS = 2000
KEPT_VERIFICATIONS = 1000
SANDBOX_TRUST_FLOW_ID = "1708"  # the flow id the app uses in sandbox mode
MAX_REQUEST_BYTES = 20 * 1024 * 1024
HUGE_BODY_BYTES = 5 * 1024 * 1024

PATHS = {
    "/api/v1/verification/create-verification": sc.CREATE,
    "/api/v3/verifications/biometrics-verification": sc.BIOMETRICS,
    "/api/v1/verification/finalize-verification": sc.FINALIZE,
}
STATUS_NAMES = {1: "REJECTED", 2: "REVIEW_NEEDED", 3: "VERIFIED", 4: "INCOMPLETE", 6: "FAILED"}


@dataclass
class RequestRecord:
    """One request as the sandbox saw it (never the image, never the token). Recorded on
    arrival, so a request still being answered counts as sent; ``status`` is 0 until then."""

    method: str
    path: str
    step: str | None
    authorized: bool
    fields: tuple[str, ...]
    at: float
    status: int = 0
    idempotency_key: str | None = None  # a create's metadata.idempotency_key, as received


def _key_of(payload: Any) -> str | None:
    metadata = payload.get("metadata") if isinstance(payload, dict) else None
    key = metadata.get("idempotency_key") if isinstance(metadata, dict) else None
    return key if isinstance(key, str) else None


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: tuple[tuple[str, str], ...] = ()
    drop: bool = False


class SandboxServer:
    """``with SandboxServer(port=0, scenario="review") as sb: ... sb.base_url ...``"""

    def __init__(
        self,
        port: int = 0,
        *,
        scenario: str = "normal",
        host: str = "127.0.0.1",
        token: str = SANDBOX_TOKEN,
        slow_s: float = 5.0,
        retry_after_s: int = 1,
        analyzer: Analyzer | None = None,
        quality_overrides: dict[str, Any] | None = None,
        allow_remote: bool = False,
    ) -> None:
        if not is_loopback_host(host) and not allow_remote:
            raise ValueError(f"the sandbox binds only to loopback unless allowed ({host})")
        self._check_scenario(scenario)
        self.host = host
        self.token = token
        self.slow_s = slow_s
        self.retry_after_s = retry_after_s
        self._scenario = scenario
        self._analyzer = analyzer
        self._owns_analyzer = analyzer is None
        self._quality_overrides = quality_overrides
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._records: deque[RequestRecord] = deque(maxlen=KEPT_RECORDS)
        self._fault_hits: dict[str, int] = {}
        self.verifications: dict[str, dict[str, Any]] = {}
        self._httpd = _HttpServer((host, port), _Handler, self)
        self._thread: threading.Thread | None = None

    # --- lifecycle ----------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> SandboxServer:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.05},  # so stop() returns promptly
                name="sandbox-http",
                daemon=True,
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on the calling thread until :meth:`stop` (for the CLI)."""
        self._httpd.serve_forever()

    def stop(self) -> None:
        self._stop.set()  # wakes handlers sleeping in a slow scenario
        if self._thread:
            self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)
            self._thread = None
        if self._owns_analyzer and isinstance(self._analyzer, EngineWorker):
            self._analyzer.close()
            self._analyzer = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- scenario and observation (for tests and the app's demo mode) ------------------

    @property
    def scenario(self) -> str:
        return self._scenario

    def set_scenario(self, name: str) -> None:
        self._check_scenario(name)
        with self._lock:
            self._scenario = name
            self._fault_hits.clear()

    @property
    def requests(self) -> list[RequestRecord]:
        with self._lock:
            return [dataclasses.replace(r) for r in self._records]

    def count(self, step: str | None = None) -> int:
        """Requests received (for one step: "create", "biometrics", "finalize")."""
        with self._lock:
            return sum(1 for r in self._records if step is None or r.step == step)

    def reset(self) -> None:
        with self._lock:
            self._records.clear()
            self._fault_hits.clear()
            self.verifications.clear()

    @staticmethod
    def _check_scenario(name: str) -> None:
        if name not in sc.SCENARIOS:
            raise ValueError(f"unknown sandbox scenario {name!r} (see `kiosk sandbox --list`)")

    # --- request handling (called on the server's threads) -----------------------------

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> _Answer:
        step = PATHS.get(path)
        authorized = _bearer_ok(headers.get("Authorization", ""), self.token)
        fields: tuple[str, ...] = ()
        try:
            payload = json.loads(body) if body else {}
            if isinstance(payload, dict):
                fields = tuple(sorted(payload))
        except ValueError:
            payload = None
        record = RequestRecord(
            method, path, step, authorized, fields, time.time(), idempotency_key=_key_of(payload)
        )
        with self._lock:
            self._records.append(record)
        answer = self._answer(method, step, authorized, headers, payload)
        record.status = answer.status
        return answer

    def _answer(
        self, method: str, step: str | None, authorized: bool, headers: Any, payload: Any
    ) -> _Answer:
        wants_json = "json" in headers.get("Accept", "")
        if method == "GET" and step is None:
            return _json(200, {"service": "IDmeta sandbox (simulated)", "scenario": self.scenario})
        if step is None:
            return _json(404, {"message": "Not Found"})
        if method != "POST":
            return _json(405, {"message": f"The {method} method is not supported."})
        if not authorized:
            # Laravel without `Accept: application/json` redirects to its login page.
            if not wants_json:
                return _Answer(302, b"", "text/html", (("Location", "/login"),))
            return _json(401, {"message": "Unauthenticated."})
        fault = self._take_fault(step)
        if fault is not None and not fault.delay:
            return self._fault_answer(fault)
        if fault is not None and fault.delay and self._stop.wait(self.slow_s):
            return _Answer(503, drop=True)
        if not isinstance(payload, dict):
            return _json(400, {"message": "The request body is not valid JSON."})
        if step == sc.CREATE:
            return self._create(payload)
        if step == sc.BIOMETRICS:
            return self._biometrics(payload)
        return self._finalize(payload)

    def _take_fault(self, step: str) -> sc.Fault | None:
        with self._lock:
            scenario = sc.SCENARIOS[self._scenario]
            fault = scenario.faults.get(step) or scenario.faults.get(sc.ANY_STEP)
            if fault is None:
                return None
            key = f"{self._scenario}:{step}"
            hits = self._fault_hits.get(key, 0)
            if fault.times is not None and hits >= fault.times:
                return None
            self._fault_hits[key] = hits + 1
            return fault

    def _fault_answer(self, fault: sc.Fault) -> _Answer:
        if fault.drop:
            return _Answer(0, drop=True)
        if fault.huge:
            filler = "x" * HUGE_BODY_BYTES
            return _json(200, {"success": True, "verificationStatusCode": 3, "pad": filler})
        headers = fault.headers
        if fault.status == 429 and not any(k == "Retry-After" for k, _ in headers):
            headers = (*headers, ("Retry-After", str(self.retry_after_s)))
        return _Answer(fault.status, fault.body, fault.content_type, headers)

    def _create(self, payload: dict[str, Any]) -> _Answer:
        template = _id_field(payload, "template_id")
        if template is None:
            return _invalid({"template_id": ["The template id field is required."]})
        vid = str(uuid.uuid4())
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        metadata = payload.get("metadata")
        record = {
            "id": vid,
            "template_id": template,
            "status": 99,
            "verification_started_at": now,
            "metadata": metadata if isinstance(metadata, dict) else None,
        }
        with self._lock:
            self.verifications[vid] = record
            while len(self.verifications) > KEPT_VERIFICATIONS:  # the oldest one goes
                del self.verifications[next(iter(self.verifications))]
        return _json(
            200,
            {
                "message": "Verification created successfully",
                "verification": record,
                "template": {"id": template, "name": "Sandbox trust flow"},
                "tool_settings": [],
                "plans": [],
            },
        )

    def _biometrics(self, payload: dict[str, Any]) -> _Answer:
        template = _id_field(payload, "template_id")
        vid = _id_field(payload, "verification_id")
        image = payload.get("image")
        missing = {
            name: [f"The {name.replace('_', ' ')} field is required."]
            for name, value in (
                ("image", image),
                ("template_id", template),
                ("verification_id", vid),
            )
            if not value
        }
        if missing or not isinstance(image, str):
            return _invalid(missing or {"image": ["The image must be a string."]})
        with self._lock:
            record = self.verifications.get(str(vid))
        if record is None:
            return _json(404, {"message": "Verification not found."})
        if record["template_id"] != template:
            return _invalid({"template_id": ["The template id does not match the verification."]})
        frame = _decode_image(image)
        if frame is None:
            return _invalid({"image": ["The image must be a JPEG image as a base64 data URI."]})
        scenario = sc.SCENARIOS[self.scenario]
        code, liveness = scenario.status_code, scenario.liveness_pass
        if code is None:
            rejection = self._quality_rejection(frame)
            if rejection is not None:
                return rejection
            code, liveness = 3, True
        score = _simulated_score(image, liveness)
        with self._lock:
            record["status"] = code
        return _json(
            200,
            {
                "success": True,
                "message": "Biometrics verification processed successfully (sandbox: simulated)",
                "data": {"livenessPass": liveness, "livenessScore": score},
                "verificationStatus": STATUS_NAMES.get(code, str(code)),
                "verificationStatusCode": code,
                "trustFlowId": _as_number(template),
                "trustValidationId": vid,
                "verificationType": "biometrics_verification",
                "metadata": record["metadata"],
                "simulated": True,
            },
        )

    def _quality_rejection(self, frame: np.ndarray) -> _Answer | None:
        from kiosk.quality.rules import SERVICE_MESSAGES

        try:
            report = self._ensure_analyzer()(frame)
        except Exception as exc:  # the engine missing or failing is the sandbox's own fault
            log.error("sandbox: on-device engine failed: %s", exc)
            return _json(500, {"message": f"Sandbox engine unavailable: {exc}"})
        for rule in report.failures:
            if rule in SERVICE_MESSAGES:
                return _json(400, {"success": False, "message": SERVICE_MESSAGES[rule]})
        return None

    def _ensure_analyzer(self) -> Analyzer:
        with self._lock:
            if self._analyzer is None:
                self._analyzer = EngineWorker(self._quality_overrides)
            return self._analyzer

    def _finalize(self, payload: dict[str, Any]) -> _Answer:
        template = _id_field(payload, "template_id")
        vid = _id_field(payload, "verification_id")
        if not template or not vid:
            return _invalid({"verification_id": ["The verification id field is required."]})
        with self._lock:
            record = self.verifications.get(vid)
        if record is None:
            return _json(404, {"message": "Verification not found."})
        forced = sc.SCENARIOS[self.scenario].finalize_status
        code = forced if forced is not None else record["status"]
        code = 4 if code == 99 else code  # nothing submitted: incomplete
        return _json(
            200,
            {
                "message": "Verification finalized successfully",
                "status": code,
                "status_message": STATUS_NAMES.get(code, str(code)),
                "missing_plans": [],
                "finalized": True,
                "verification": {**record, "status": code},
            },
        )


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handler: type, sandbox: SandboxServer) -> None:
        if ":" in address[0]:
            import socket

            self.address_family = socket.AF_INET6
        self.sandbox = sandbox
        super().__init__(address, handler)


class _Handler(BaseHTTPRequestHandler):
    server: _HttpServer
    server_version = "IDmetaSandbox/1"
    protocol_version = "HTTP/1.0"

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def _serve(self, method: str) -> None:
        length_text = self.headers.get("Content-Length", "0") or "0"
        length = int(length_text) if length_text.isdigit() else -1
        if length < 0 or length > MAX_REQUEST_BYTES:
            self._send(_Answer(413, sc.HTML_413, "text/html"))
            return
        body = self.rfile.read(length) if length else b""
        path = self.path.split("?", 1)[0]
        answer = self.server.sandbox.handle(method, path, self.headers, body)
        if answer.drop:
            self.close_connection = True
            return
        self._send(answer)

    def _send(self, answer: _Answer) -> None:
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body)))
            for key, value in answer.headers:
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(answer.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its read timeout): nothing to tell it

    def log_message(self, format: str, *args: Any) -> None:
        log.info("sandbox: %s", format % args)


def _bearer_ok(header: str, token: str) -> bool:
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(value.strip().encode(), token.encode())


def _json(status: int, obj: object) -> _Answer:
    return _Answer(status, json.dumps(obj).encode())


def _invalid(errors: dict[str, list[str]]) -> _Answer:
    first = next(iter(errors.values()))[0]
    return _json(422, {"message": first, "errors": errors})


def _id_field(payload: dict[str, Any], name: str) -> str | None:
    value = payload.get(name)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _as_number(text: str | None) -> int | str | None:
    return int(text) if text and text.isdigit() else text


def _decode_image(value: Any) -> np.ndarray | None:
    from kiosk.api.imaging import decode_data_uri
    from kiosk.imageio import ImageLoadError, decode_image_bytes

    if not isinstance(value, str) or not value.startswith("data:image/"):
        return None
    try:
        return decode_image_bytes(decode_data_uri(value))
    except (ValueError, ImageLoadError):
        return None


def _simulated_score(image: str, passed: bool) -> float:
    """A stable, clearly fake score: 0.80-0.99 when passing, 0.05-0.34 when not."""
    h = int.from_bytes(hashlib.sha256(image.encode()).digest()[:4], "big") / 2**32
    return round(0.80 + 0.19 * h, 4) if passed else round(0.05 + 0.29 * h, 4)
