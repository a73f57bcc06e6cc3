"""Service faults against the sandbox's real HTTP server on loopback: a create whose
connection drops after it arrived is never sent again (it may have made a verification),
and every create carries an idempotency key in its metadata."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kiosk.api import IdmetaClient
from kiosk.sandbox import SandboxServer
from tests import api_support as sup

pytestmark = pytest.mark.timeout(60)


def _client(server: SandboxServer) -> IdmetaClient:
    from kiosk.config import ApiConfig
    from kiosk.credentials import Secret

    api = ApiConfig(base_url=server.base_url, token=Secret(sup.SECRET_TOKEN), trust_flow_id="1708")
    return IdmetaClient(api, retry=sup.FAST_RETRY)


def test_a_create_dropped_after_it_arrived_is_not_sent_again(tmp_path):
    frame = np.full((480, 640, 3), 128, np.uint8)  # create fails before the image matters
    with SandboxServer(port=0, token=sup.SECRET_TOKEN, scenario="drop_create") as server:
        with _client(server) as client:
            result = client.verify(frame)
        creates = server.count("create")
        biometrics = server.count("biometrics")
    assert creates == 1, "create retried after it may have reached the service"
    assert biometrics == 0
    assert result.outcome == "error" and result.error_kind == "network"


def test_every_create_sends_an_idempotency_key():
    from kiosk.config import ApiConfig
    from kiosk.credentials import Secret

    client = IdmetaClient(
        ApiConfig(base_url="http://127.0.0.1:9", token=Secret("t"), trust_flow_id="1")
    )
    first, second = client._metadata(None), client._metadata(None)
    client.close()
    assert len(first["idempotency_key"]) == 32
    assert first["idempotency_key"] != second["idempotency_key"]
    json.dumps(first)
