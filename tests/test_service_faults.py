"""Service faults against the sandbox's real HTTP server on loopback: a create whose
connection drops after it arrived is never sent again (it may have made a verification),
and every create carries an idempotency key in its metadata."""

from __future__ import annotations

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


def test_every_create_sends_an_idempotency_key_and_a_retried_create_the_same_one():
    """On the wire, as the sandbox received them: each verification's create has a key of
    its own; a create turned away with 502 and sent again carries the same key, so a
    service that honours it cannot make two verifications for one attempt."""
    frame = np.full((480, 640, 3), 128, np.uint8)
    with SandboxServer(port=0, token=sup.SECRET_TOKEN, scenario="verified") as server:
        with _client(server) as client:
            client.verify(frame)
            client.verify(frame)
            server.set_scenario("bad_gateway_once")
            retried = client.verify(frame)
        creates = [r for r in server.requests if r.step == "create"]
    keys = [r.idempotency_key for r in creates]
    assert [r.status for r in creates] == [200, 200, 502, 200]
    assert all(k is not None and len(k) == 32 for k in keys), keys
    assert len({keys[0], keys[1], keys[2]}) == 3, "one key per verification"
    assert keys[3] == keys[2], "the create sent again after a 502 must carry the same key"
    assert retried.trust_validation_id, retried
