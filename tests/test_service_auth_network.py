"""A revoked key (HTTP 401) and each kind of network failure, over real loopback sockets.

401: the credential is read again once (environment, then the OS credential store, here
MemoryKeyring — a real keyring backend kept in memory, since no OS store exists on CI); a
new key is tried once, the same key is "credentials rejected — staff must re-enter the API
key" and is not sent again for a while (no retry loop). DNS, TLS, connection refused and
timeouts each have their own kind and one-line message.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator

import keyring
import numpy as np
import pytest

from kiosk.api import ErrorKind, IdmetaClient, Outcome
from kiosk.api import outcome as out
from kiosk.api.credential import REJECTED_MESSAGE, Credential
from kiosk.config import Config
from kiosk.credentials import KEYRING_ACCOUNT, KEYRING_SERVICE, Secret
from kiosk.sandbox import SandboxServer
from kiosk.submission import ApiSubmitter, CancelToken
from tests import api_support as sup
from tests.test_api_client import FRAME, HangingTlsServer

pytestmark = pytest.mark.timeout(60)

NEW_TOKEN = "tok-NEWKEY-LEAKCHECK-91bd"


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(port=0, scenario="verified", token=sup.SECRET_TOKEN, slow_s=2.0) as sb:
        yield sb


@pytest.fixture
def ring() -> Iterator[sup.MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = sup.MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_proxy_or_env_token(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("KIOSK_API_TOKEN", raising=False)


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def _client(base_url: str, credential: Credential | None = None, **changes) -> IdmetaClient:
    return IdmetaClient(
        sup.api_config(base_url, **changes), retry=sup.FAST_RETRY, credential=credential
    )


# --- 401 ---------------------------------------------------------------------------------


def test_a_refused_key_is_read_again_once_then_credentials_rejected(server, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    server.token = NEW_TOKEN  # the key was revoked mid-day: ours is refused from now on
    store = [Secret(sup.SECRET_TOKEN)]  # the store still holds the refused key
    reads: list[int] = []

    def reload() -> Secret:
        reads.append(1)
        return store[0]

    clock = Clock()
    credential = Credential(Secret(sup.SECRET_TOKEN), reload, recheck_s=60.0, clock=clock)
    with _client(server.base_url, credential) as client:
        first = client.verify(FRAME)
    assert first.outcome is Outcome.ERROR and first.error_kind is ErrorKind.AUTH
    assert REJECTED_MESSAGE in (first.message or "") and "\n" not in (first.message or "")
    assert first.http_status == 401 and first.error_step == "create"
    assert server.count() == 1, "the same refused key was sent again"
    assert len(reads) == 1, "the credential is read again exactly once"

    # The next people, a moment later: nothing is sent (no retry storm), same clear words.
    for _ in range(5):
        clock.t += 5
        with _client(server.base_url, credential) as client:
            again = client.verify(FRAME)
        assert again.error_kind is ErrorKind.AUTH and REJECTED_MESSAGE in (again.message or "")
        assert again.requests == 0
    assert server.count() == 1

    # After the recheck period the same key is tried once more (the service may take it
    # again), still one request and no loop.
    clock.t += 60
    with _client(server.base_url, credential) as client:
        late = client.verify(FRAME)
    assert late.error_kind is ErrorKind.AUTH and server.count() == 2
    text = caplog.text
    assert sup.SECRET_TOKEN not in text and NEW_TOKEN not in text
    assert "credentials_rejected" in {getattr(r, "event", "") for r in caplog.records}


def test_a_new_key_in_the_store_is_tried_once_and_works(server) -> None:
    server.token = NEW_TOKEN
    credential = Credential(Secret(sup.SECRET_TOKEN), lambda: Secret(NEW_TOKEN))
    with _client(server.base_url, credential) as client:
        result = client.verify(FRAME)
    assert result.outcome is Outcome.VERIFIED
    assert [(q.step, q.authorized) for q in server.requests] == [
        ("create", False),
        ("create", True),  # a 401 processed nothing: sending create again is safe
        ("biometrics", True),
        ("finalize", True),
    ]
    assert credential.token == Secret(NEW_TOKEN)


def test_a_key_saved_while_held_back_is_used_at_once(server) -> None:
    server.token = NEW_TOKEN
    store = [Secret(sup.SECRET_TOKEN)]
    clock = Clock()
    credential = Credential(Secret(sup.SECRET_TOKEN), lambda: store[0], clock=clock)
    with _client(server.base_url, credential) as client:
        assert client.verify(FRAME).error_kind is ErrorKind.AUTH
    store[0] = Secret(NEW_TOKEN)  # staff re-entered the key in the settings
    clock.t += 1
    with _client(server.base_url, credential) as client:
        assert client.verify(FRAME).outcome is Outcome.VERIFIED


def test_the_submitter_reads_the_os_store_again_after_a_401(server, ring, caplog) -> None:
    """The app's path: ApiSubmitter keeps one credential; the OS store (MemoryKeyring here)
    is read again on the submission thread, and the result is a staff error, not retryable."""
    caplog.set_level(logging.DEBUG)
    ring.set_password(KEYRING_SERVICE, KEYRING_ACCOUNT, sup.SECRET_TOKEN)
    api = sup.api_config(server.base_url)
    submitter = ApiSubmitter(Config(api=api))
    server.token = NEW_TOKEN
    frame = np.ascontiguousarray(FRAME)
    try:
        refused = submitter.submit(frame, None, CancelToken())
        assert refused.error_kind == "auth" and not refused.retryable
        assert REJECTED_MESSAGE in (refused.message or "")
        ring.set_password(KEYRING_SERVICE, KEYRING_ACCOUNT, NEW_TOKEN)
        worked = submitter.submit(frame, None, CancelToken())
        assert worked.outcome.value == "verified"
    finally:
        submitter.close()
    assert sup.SECRET_TOKEN not in caplog.text and NEW_TOKEN not in caplog.text


def test_a_401_is_an_exit_20_configuration_error(server) -> None:
    server.token = NEW_TOKEN
    with _client(server.base_url) as client:
        result = client.verify(FRAME)
    assert out.from_result(result).exit_code == out.ExitCode.CONFIG


# --- network failures --------------------------------------------------------------------


def _one_line(result) -> str:
    message = result.message or ""
    assert message and "\n" not in message and len(message) < 300
    assert sup.SECRET_TOKEN not in message
    return message


def test_connection_refused_has_its_own_kind_and_words() -> None:
    port = sup.dead_port()
    with _client(f"http://127.0.0.1:{port}") as client:
        result = client.verify(FRAME)
    assert result.error_kind is ErrorKind.REFUSED
    message = _one_line(result)
    assert "connection refused" in message and f"127.0.0.1:{port}" in message
    assert result.requests == 3  # unsent: retried, bounded
    assert out.from_result(result).exit_code == out.ExitCode.UNAVAILABLE


def test_an_unresolvable_host_is_a_dns_error() -> None:
    # .invalid never resolves (RFC 6761); with no DNS at all it fails the same way.
    with _client("https://idmeta-kiosk-test.invalid") as client:
        result = client.verify(FRAME)
    assert result.error_kind is ErrorKind.DNS
    message = _one_line(result)
    assert message.startswith("create: DNS:") and "idmeta-kiosk-test.invalid" in message
    assert out.from_result(result).exit_code == out.ExitCode.UNAVAILABLE


def test_an_untrusted_certificate_is_a_tls_error_not_retried(tmp_path) -> None:
    server = HangingTlsServer(tmp_path)  # a real TLS server with a self-signed certificate
    try:
        with _client(server.base_url) as client:  # no ca_bundle: the certificate is not trusted
            result = client.verify(FRAME)
    finally:
        server.close()
    assert result.error_kind is ErrorKind.TLS
    message = _one_line(result)
    assert "certificate" in message and "not trusted" in message and "api.ca_bundle" in message
    assert result.requests == 1  # retrying cannot make a certificate trusted
    assert out.from_result(result).exit_code == out.ExitCode.CONFIG


def test_https_to_a_plain_http_server_is_a_tls_error(server) -> None:
    with _client(server.base_url.replace("http://", "https://")) as client:
        result = client.verify(FRAME)
    assert result.error_kind is ErrorKind.TLS
    assert "secure connection" in _one_line(result)


def test_a_read_timeout_has_its_own_words(server) -> None:
    server.set_scenario("slow")
    with _client(server.base_url, read_timeout_s=0.3) as client:
        result = client.verify(FRAME)
    assert result.error_kind is ErrorKind.TIMEOUT and result.error_step == "biometrics"
    assert "did not answer within 0.3 s" in _one_line(result)
    assert server.count("biometrics") == 1  # it may be processing it: never sent again


class BlackHole:
    """A loopback listener that never accepts, its backlog already full: a connect hangs
    until it times out (what a firewall dropping packets looks like)."""

    def __init__(self) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self.fillers: list[socket.socket] = []
        for _ in range(8):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setblocking(False)
            with contextlib.suppress(BlockingIOError):
                s.connect(("127.0.0.1", self.port))
            self.fillers.append(s)
        time.sleep(0.1)

    def hangs(self) -> bool:
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        probe.settimeout(0.3)
        try:
            probe.connect(("127.0.0.1", self.port))
        except TimeoutError:
            return True
        except OSError:
            return False
        finally:
            probe.close()
        return False

    def close(self) -> None:
        for s in self.fillers:
            s.close()
        self.listener.close()


def test_a_connect_timeout_has_its_own_words() -> None:
    hole = BlackHole()
    try:
        if not hole.hangs():
            pytest.skip("this system completes loopback connects beyond the backlog")
        with _client(f"http://127.0.0.1:{hole.port}", connect_timeout_s=0.2) as client:
            result = client.verify(FRAME)
    finally:
        hole.close()
    assert result.error_kind is ErrorKind.TIMEOUT
    message = _one_line(result)
    assert "no connection to 127.0.0.1" in message and "within 0.2 s" in message


def test_each_failure_reads_differently(server, tmp_path) -> None:
    """Not one sentence for all: the four network failures give four kinds, four lines."""
    results = {}
    with _client(f"http://127.0.0.1:{sup.dead_port()}") as c:
        results["refused"] = c.verify(FRAME)
    with _client("https://idmeta-kiosk-test.invalid") as c:
        results["dns"] = c.verify(FRAME)
    with _client(server.base_url.replace("http://", "https://")) as c:
        results["tls"] = c.verify(FRAME)
    server.set_scenario("slow")
    with _client(server.base_url, read_timeout_s=0.3) as c:
        results["timeout"] = c.verify(FRAME)
    assert {k: str(r.error_kind) for k, r in results.items()} == {
        "refused": "refused",
        "dns": "dns",
        "tls": "tls",
        "timeout": "timeout",
    }
    words = {k: (r.message or "").split(":", 2)[1] for k, r in results.items()}
    assert len(set(words.values())) == 4


def test_a_dropped_connection_stays_a_network_error(server) -> None:
    server.set_scenario("drop")
    with _client(server.base_url) as client:
        result = client.verify(FRAME)
    assert result.error_kind is ErrorKind.NETWORK and "connection lost" in _one_line(result)


def test_the_credential_is_shared_safely_between_threads(server) -> None:
    server.token = NEW_TOKEN
    credential = Credential(Secret(sup.SECRET_TOKEN), lambda: Secret(NEW_TOKEN))
    outcomes: list[str] = []

    def one() -> None:
        with _client(server.base_url, credential) as client:
            outcomes.append(str(client.verify(FRAME).outcome))

    threads = [threading.Thread(target=one) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert outcomes == ["verified"] * 3
