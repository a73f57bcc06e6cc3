"""The client over real loopback HTTP against the sandbox: every outcome, every error kind,
retry counts, timeouts, cancellation, and the token never leaking."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest

from kiosk.api import ApiConfigError, Cancelled, ErrorKind, IdmetaClient, Outcome, RetryPolicy
from kiosk.config import ConfigError
from kiosk.imageio import load_image
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from kiosk.sandbox import SCENARIOS, SandboxServer
from tests.api_support import SECRET_TOKEN, api_config, client_for, dead_port

FRAME = load_image("tests/data/photos/obama.jpg")


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    # Scenarios with fixed answers only: the engine-driven one is covered in test_sandbox.
    with SandboxServer(port=0, scenario="verified", token=SECRET_TOKEN, slow_s=2.0) as sb:
        yield sb


@pytest.fixture
def sandbox(server: SandboxServer) -> SandboxServer:
    server.set_scenario("verified")
    server.reset()
    return server


def verify(sb: SandboxServer, scenario: str, **changes):
    sb.set_scenario(scenario)
    with client_for(sb.base_url, **changes) as client:
        return client.verify(FRAME, operator_ref="A-113")


def test_verified_runs_create_submit_finalize_once_each(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "verified")
    assert r.outcome is Outcome.VERIFIED
    assert (r.status_code, r.status, r.liveness_pass) == (3, "VERIFIED", True)
    assert 0.0 < (r.liveness_score or 0) < 1.0
    assert r.simulated  # the sandbox says its answers are simulated
    assert r.trust_validation_id in sandbox.verifications
    assert (r.finalized, r.finalize_status_code, r.finalize_status) == (True, 3, "VERIFIED")
    assert [q.step for q in sandbox.requests] == ["create", "biometrics", "finalize"]
    assert r.requests == 3


def test_both_id_spellings_and_metadata_are_sent(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "verified", kiosk_id="lobby-2")
    create, bio, _ = sandbox.requests
    assert create.fields == ("metadata", "template_id")
    assert bio.fields == (
        "image",
        "template_id",
        "trust_flow_id",
        "trust_validation_id",
        "verification_id",
    )
    meta = dict(sandbox.verifications[r.trust_validation_id or ""]["metadata"])
    key = meta.pop("idempotency_key")  # one per verification: a retried create is no double
    assert len(key) == 32 and int(key, 16) >= 0
    assert meta == {"kiosk_id": "lobby-2", "operator_ref": "A-113"}


def test_finalize_can_be_switched_off(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "verified", finalize=False)
    assert r.outcome is Outcome.VERIFIED and r.finalized is None
    assert sandbox.count("finalize") == 0


@pytest.mark.parametrize(
    ("scenario", "outcome", "status"),
    [
        ("rejected", Outcome.NOT_VERIFIED, "REJECTED"),
        ("liveness_failed", Outcome.NOT_VERIFIED, "VERIFIED"),
        ("review", Outcome.REVIEW, "REVIEW_NEEDED"),
        ("incomplete", Outcome.REVIEW, "INCOMPLETE"),
    ],
)
def test_decisions(sandbox: SandboxServer, scenario: str, outcome: Outcome, status: str) -> None:
    r = verify(sandbox, scenario)
    assert (r.outcome, r.status, r.error_kind) == (outcome, status, None)
    assert r.finalized is True


def test_a_finalize_review_does_not_change_the_biometric_outcome(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "finalize_review")
    assert r.outcome is Outcome.VERIFIED
    assert (r.finalize_status_code, r.finalize_status) == (2, "REVIEW_NEEDED")


def test_a_failed_finalize_is_reported_beside_the_decision(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "finalize_error")
    assert r.outcome is Outcome.VERIFIED
    assert (r.finalized, r.finalize_error) == (False, ErrorKind.SERVER)


@pytest.mark.parametrize("rule", list(SERVICE_MESSAGES))
def test_each_quality_message_is_quality_rejected_with_its_rule(
    sandbox: SandboxServer, rule: Rule
) -> None:
    r = verify(sandbox, rule.value)
    assert (r.outcome, r.rule, r.message) == (
        Outcome.QUALITY_REJECTED,
        rule,
        SERVICE_MESSAGES[rule],
    )
    assert r.trust_validation_id  # kept, so a retake can reuse the verification
    assert sandbox.count("finalize") == 0


def test_a_retake_can_reuse_the_verification(sandbox: SandboxServer) -> None:
    first = verify(sandbox, "no_face")
    sandbox.set_scenario("verified")
    with client_for(sandbox.base_url) as client:
        second = client.verify(FRAME, verification_id=first.trust_validation_id)
    assert second.outcome is Outcome.VERIFIED
    assert second.trust_validation_id == first.trust_validation_id
    assert sandbox.count("create") == 1


@pytest.mark.parametrize(
    ("scenario", "kind", "step", "http", "requests"),
    [
        ("unauthorized", ErrorKind.AUTH, "create", 401, 1),
        ("forbidden", ErrorKind.CONFIG, "create", 403, 1),
        ("invalid", ErrorKind.VALIDATION, "biometrics", 422, 2),
        ("too_large", ErrorKind.VALIDATION, "biometrics", 413, 3),  # one smaller re-send
        ("server_error", ErrorKind.SERVER, "biometrics", 500, 2),  # never retried
        ("unavailable_once", ErrorKind.SERVER, "biometrics", 503, 2),  # not retried either
        ("bad_gateway", ErrorKind.SERVER, "create", 502, 3),  # create retried, then given up
        ("technical_failure", ErrorKind.SERVER, "biometrics", 200, 2),
        ("success_false", ErrorKind.SERVER, "biometrics", 200, 2),
        ("html", ErrorKind.PROTOCOL, "biometrics", 200, 2),
        ("garbage", ErrorKind.PROTOCOL, "biometrics", 200, 2),
        ("empty", ErrorKind.PROTOCOL, "biometrics", 200, 2),
        ("missing_fields", ErrorKind.PROTOCOL, "biometrics", None, 2),
        ("wrong_types", ErrorKind.PROTOCOL, "biometrics", None, 2),
        ("huge", ErrorKind.PROTOCOL, "biometrics", 200, 2),
        ("drop", ErrorKind.NETWORK, "biometrics", None, 2),  # may have been received: no retry
        ("rate_limited_long", ErrorKind.RATE_LIMITED, "biometrics", 429, 2),
    ],
)
def test_error_kinds(sandbox: SandboxServer, scenario, kind, step, http, requests) -> None:
    r = verify(sandbox, scenario)
    assert r.outcome is Outcome.ERROR
    assert (r.error_kind, r.error_step, r.http_status) == (kind, step, http)
    assert r.requests == requests == sandbox.count()
    assert r.message and "\n" not in r.message
    assert r.finalized is None  # nothing to finalize after an error


def test_field_errors_of_a_422_reach_the_result(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "invalid")
    assert r.field_errors == {"template_id": ["The selected template id is invalid."]}


def test_429_waits_for_retry_after_then_succeeds(sandbox: SandboxServer) -> None:
    started = time.monotonic()
    r = verify(sandbox, "rate_limited")
    assert r.outcome is Outcome.VERIFIED
    assert sandbox.count("biometrics") == 2 and r.requests == 4
    assert time.monotonic() - started >= 0.95  # Retry-After: 1 was honoured


def test_429_every_time_gives_rate_limited_after_the_attempts(sandbox: SandboxServer) -> None:
    sandbox.retry_after_s = 0
    try:
        r = verify(sandbox, "rate_limited_always")
    finally:
        sandbox.retry_after_s = 1
    assert (r.outcome, r.error_kind) == (Outcome.ERROR, ErrorKind.RATE_LIMITED)
    assert sandbox.count("biometrics") == 3


def test_a_gateway_error_on_create_is_retried(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "bad_gateway_once")
    assert r.outcome is Outcome.VERIFIED
    assert sandbox.count("create") == 2


def test_413_sends_a_smaller_image_once(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "too_large_once")
    assert r.outcome is Outcome.VERIFIED
    assert sandbox.count("biometrics") == 2


def test_404_for_the_verification_starts_a_new_one_once(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "not_found_once")
    assert r.outcome is Outcome.VERIFIED
    assert sandbox.count("create") == 2 and sandbox.count("biometrics") == 2


def test_read_timeout_on_the_biometric_post_is_not_retried(sandbox: SandboxServer) -> None:
    started = time.monotonic()
    r = verify(sandbox, "slow", read_timeout_s=0.5)
    elapsed = time.monotonic() - started
    assert (r.outcome, r.error_kind, r.error_step) == (
        Outcome.ERROR,
        ErrorKind.TIMEOUT,
        "biometrics",
    )
    assert r.requests == 2  # create + one biometric POST, never a second one
    assert 0.4 < elapsed < 1.8


def test_read_timeout_on_create_is_a_timeout(sandbox: SandboxServer) -> None:
    r = verify(sandbox, "slow_create", read_timeout_s=0.3)
    assert (r.error_kind, r.error_step, r.requests) == (ErrorKind.TIMEOUT, "create", 1)


def test_the_overall_bound_cuts_retries_short(sandbox: SandboxServer) -> None:
    sandbox.set_scenario("rate_limited_always")  # Retry-After: 1, every time
    api = api_config(sandbox.base_url, total_timeout_s=1.5, read_timeout_s=0.5)
    started = time.monotonic()
    with IdmetaClient(api, retry=RetryPolicy(max_attempts=10)) as client:
        r = client.verify(FRAME)
    assert r.error_kind is ErrorKind.RATE_LIMITED
    assert sandbox.count("biometrics") == 2  # a third wait would pass the bound
    assert time.monotonic() - started < 1.8  # gave up instead of waiting until ~2.1 s


def test_a_longer_read_timeout_is_not_cut_by_the_overall_bound() -> None:
    api = api_config("https://x.idmetagroup.com", read_timeout_s=120, total_timeout_s=90)
    with IdmetaClient(api) as client:
        assert client.total_time_s >= 120


def test_a_dead_port_is_a_refused_connection_after_bounded_retries() -> None:
    with client_for(f"http://127.0.0.1:{dead_port()}") as client:
        started = time.monotonic()
        r = client.verify(FRAME)
    assert (r.outcome, r.error_kind, r.error_step) == (Outcome.ERROR, ErrorKind.REFUSED, "create")
    assert r.requests == 3
    assert time.monotonic() - started < 2.0


def test_cancel_during_a_backoff_wait_stops_at_once(sandbox: SandboxServer) -> None:
    sandbox.set_scenario("rate_limited_always")  # Retry-After: 1
    client = client_for(sandbox.base_url)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            client.verify(FRAME)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    deadline = time.monotonic() + 3
    while sandbox.count("biometrics") < 1 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.05)
    started = time.monotonic()
    client.cancel()
    worker.join(2)
    client.close()
    assert not worker.is_alive()
    assert time.monotonic() - started < 0.5
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert sandbox.count("biometrics") == 1  # nothing more was sent


def verify_in_background(client: IdmetaClient) -> tuple[threading.Thread, list[object]]:
    """client.verify() on a worker thread, as the app runs it; its result or exception."""
    ended: list[object] = []

    def work() -> None:
        try:
            ended.append(client.verify(FRAME))
        except BaseException as exc:
            ended.append(exc)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    return worker, ended


def wait_until(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_cancel_aborts_a_biometric_post_waiting_for_its_answer(sandbox: SandboxServer) -> None:
    sandbox.set_scenario("slow")
    sandbox.slow_s = 30.0  # the answer would come long after the test: only an abort ends it
    try:
        client = client_for(sandbox.base_url, read_timeout_s=30.0)
        worker, ended = verify_in_background(client)
        wait_until(lambda: sandbox.count("biometrics") == 1)
        time.sleep(0.2)  # the POST is with the service, waiting for its answer
        started = time.monotonic()
        client.cancel()
        worker.join(2.0)
        took = time.monotonic() - started
        client.close()
    finally:
        sandbox.slow_s = 2.0
    assert not worker.is_alive() and took < 1.0
    assert len(ended) == 1 and isinstance(ended[0], Cancelled)
    time.sleep(0.2)
    # Never sent again (the POST is not idempotent), and nothing after it.
    assert [q.step for q in sandbox.requests] == ["create", "biometrics"]


def test_cancel_aborts_a_create_waiting_for_its_answer(sandbox: SandboxServer) -> None:
    sandbox.set_scenario("slow_create")
    sandbox.slow_s = 30.0
    try:
        client = client_for(sandbox.base_url, read_timeout_s=30.0)
        worker, ended = verify_in_background(client)
        wait_until(lambda: sandbox.count("create") == 1)
        started = time.monotonic()
        client.cancel()
        worker.join(2.0)
        took = time.monotonic() - started
        client.close()
    finally:
        sandbox.slow_s = 2.0
    assert not worker.is_alive() and took < 1.0
    assert isinstance(ended[0], Cancelled)
    time.sleep(0.2)
    assert sandbox.count() == 1  # the safe create is not retried after a cancel either


def test_cancel_aborts_a_request_over_tls(tmp_path) -> None:
    """The real service is https: the TLS socket is shut down the same way."""
    server = HangingTlsServer(tmp_path)
    try:
        client = client_for(server.base_url, ca_bundle=str(server.cert), read_timeout_s=30.0)
        worker, ended = verify_in_background(client)
        assert server.request_seen.wait(5.0)
        started = time.monotonic()
        client.cancel()
        worker.join(2.0)
        took = time.monotonic() - started
        client.close()
    finally:
        server.close()
    assert not worker.is_alive() and took < 1.0
    assert len(ended) == 1 and isinstance(ended[0], Cancelled)


class HangingTlsServer:
    """A loopback https server that reads one request and never answers."""

    def __init__(self, folder) -> None:
        import socket
        import ssl

        self.cert, key = self._self_signed(folder)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert, key)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(10)
        self._ctx = ctx
        self.base_url = f"https://127.0.0.1:{self._listener.getsockname()[1]}"
        self.request_seen = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            raw, _ = self._listener.accept()
            with self._ctx.wrap_socket(raw, server_side=True) as conn:
                conn.recv(65536)
                self.request_seen.set()
                self._done.wait(30)  # hold the request without answering
        except OSError:
            pass

    def close(self) -> None:
        self._done.set()
        self._listener.close()
        self._thread.join(5)

    @staticmethod
    def _self_signed(folder):
        import datetime
        import ipaddress

        crypto = pytest.importorskip("cryptography")
        del crypto
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID

        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(
                x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        cert_path, key_path = folder / "cert.pem", folder / "key.pem"
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return cert_path, key_path


def test_a_cancelled_client_sends_nothing(sandbox: SandboxServer) -> None:
    with client_for(sandbox.base_url) as client:
        client.cancel()
        with pytest.raises(Cancelled):
            client.verify(FRAME)
    assert sandbox.count() == 0


def test_https_is_required_except_for_loopback() -> None:
    with pytest.raises(ConfigError, match="https is required"):
        api_config("http://integrate.idmetagroup.com")
    for ok in (
        "https://integrate.idmetagroup.com",
        "http://127.0.0.1:9",
        "http://[::1]:9",
        "http://localhost:9",
    ):
        IdmetaClient(api_config(ok)).close()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"base_url": ""}, "no service address"),
        ({"token": None}, "no API token"),
        ({"trust_flow_id": ""}, "no trust flow"),
        ({"ca_bundle": "/nonexistent/ca.pem"}, "ca_bundle"),
    ],
)
def test_an_unusable_configuration_is_refused_before_any_request(changes, words) -> None:
    from kiosk.credentials import Secret

    if "token" in changes:
        changes = {"token": Secret("")}
    base_url = changes.pop("base_url", "https://example.idmetagroup.com")
    with pytest.raises(ApiConfigError, match=words) as err:
        IdmetaClient(api_config(base_url, **changes))
    assert err.value.kind is ErrorKind.CONFIG


def test_a_ca_bundle_that_is_not_pem_is_a_config_error(tmp_path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ApiConfigError, match="ca_bundle"):
        IdmetaClient(api_config("https://example.idmetagroup.com", ca_bundle=str(bad)))


def test_the_token_never_appears_in_logs_results_errors_or_reprs(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included
    seen: list[str] = []
    for name in SCENARIOS:
        if name in ("normal", "slow", "slow_create", "rate_limited", "rate_limited_always"):
            continue
        sandbox.set_scenario(name)
        with client_for(sandbox.base_url) as client:
            r = client.verify(FRAME)
            seen += [repr(client), str(client.api), repr(client.api), repr(r), str(r.to_json())]
    try:
        IdmetaClient(api_config("https://x.idmetagroup.com", ca_bundle="/nope"))
    except ApiConfigError as exc:
        seen.append(str(exc))
    assert caplog.records  # there was logging to look at
    text = caplog.text + "\n".join(seen)
    assert SECRET_TOKEN not in text
    assert SECRET_TOKEN[4:] not in text
