"""A kiosk left on the sandbox for months does not grow: what the sandbox remembers of the
requests and verifications it saw is bounded, the newest kept (real HTTP, small bounds)."""

from __future__ import annotations

import httpx
import pytest

import kiosk.sandbox.server as server
from kiosk.sandbox import SANDBOX_TOKEN, SandboxServer

CREATE = "/api/v1/verification/create-verification"
HEADERS = {"Accept": "application/json", "Authorization": f"Bearer {SANDBOX_TOKEN}"}


def test_the_sandbox_keeps_only_the_newest_requests_and_verifications(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(server, "KEPT_RECORDS", 5)
    monkeypatch.setattr(server, "KEPT_VERIFICATIONS", 3)
    with (
        SandboxServer(port=0, scenario="verified") as sb,
        httpx.Client(base_url=sb.base_url, headers=HEADERS, timeout=5) as http,
    ):
        ids = []
        for _ in range(8):
            r = http.post(CREATE, json={"template_id": "1708"})
            assert r.status_code == 200
            ids.append(str(r.json()["verification"]["id"]))
        assert sb.count() == 5 and sb.count("create") == 5
        assert list(sb.verifications) == ids[-3:]
