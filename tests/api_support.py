"""Helpers shared by the API, sandbox and submit tests (not a test module)."""

from __future__ import annotations

import atexit
import functools
import socket
from pathlib import Path
from typing import Any

import cv2
from keyring.backend import KeyringBackend

from kiosk.api import IdmetaClient, RetryPolicy
from kiosk.config import ApiConfig
from kiosk.credentials import Secret
from kiosk.sandbox import EngineWorker

# A token that would be easy to spot anywhere it leaks.
SECRET_TOKEN = "tok-LEAKCHECK-7f3a9c21e5"
FLOW = "1708"
# Short backoff so retry tests take milliseconds; the policy is the real one.
FAST_RETRY = RetryPolicy(max_attempts=3, backoff_base_s=0.01, backoff_max_s=0.05)


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict.

    The tests never touch an OS credential store (there is none on a headless CI box, and
    a developer's own Keychain must stay untouched).
    """

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


@functools.cache
def shared_engine_worker() -> EngineWorker:
    """One engine (on its own thread) for every sandbox in the test session."""
    worker = EngineWorker()
    atexit.register(worker.close)
    return worker


def api_config(base_url: str, **changes: Any) -> ApiConfig:
    values: dict[str, Any] = {
        "base_url": base_url,
        "trust_flow_id": FLOW,
        "token": Secret(SECRET_TOKEN),
        "read_timeout_s": 5.0,
        "connect_timeout_s": 1.0,
        "total_timeout_s": 20.0,
        "max_retry_after_s": 2.0,
    }
    values.update(changes)
    return ApiConfig(**values)


def client_for(base_url: str, **changes: Any) -> IdmetaClient:
    return IdmetaClient(api_config(base_url, **changes), retry=FAST_RETRY)


def dead_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_jpeg(path: Path, frame: Any) -> Path:
    cv2.imwrite(str(path), frame, [cv2.IMWRITE_JPEG_QUALITY, 92])
    return path
