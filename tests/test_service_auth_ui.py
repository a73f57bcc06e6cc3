"""A key revoked mid-day, as the kiosk lives it: the refused verification puts the kiosk
out of service with the staff message, the key is looked at again slowly (no retry storm),
and the kiosk is back by itself once the service takes the key again."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.api.credential import REJECTED_MESSAGE
from kiosk.flow import State
from tests import uiapp

pytestmark = pytest.mark.timeout(120)

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app


def test_a_refused_key_is_out_of_service_with_a_slow_recheck(qtbot, make_app, clips) -> None:
    settings = dataclasses.replace(uiapp.FAST, result_timeout_s=0.5)
    controller, window = make_app(
        clips["good"], kiosk=True, scenario="unauthorized", loop=True, settings=settings
    )
    sandbox = controller.submitter.sandbox
    controller.submitter.credential.recheck_s = 2.0  # shortened from a minute
    controller._auth_check.setInterval(200)
    answers: list = []
    controller.answered.connect(answers.append)
    # The refused person first sees the result screen (call staff), then: out of service.
    qtbot.waitUntil(lambda: controller.model.state is State.RESULT, timeout=40_000)
    assert answers[0].error_kind == "auth" and REJECTED_MESSAGE in answers[0].message
    qtbot.waitUntil(lambda: controller.model.state is State.OUT_OF_SERVICE, timeout=10_000)
    assert controller.model.out_of_service == REJECTED_MESSAGE
    assert controller.faults == {"service": REJECTED_MESSAGE}
    window.preview.grab()  # the out-of-service screen paints
    sent = sandbox.count()
    assert sent == 1  # one create, refused; nothing else

    # Out of service for the hold-back, then one more try, refused again: no storm.
    qtbot.wait(3000)
    assert sandbox.count() <= sent + 2, "the refused key is being retried in a loop"

    sandbox.set_scenario("verified")  # the key works again (or staff saved a new one)
    qtbot.waitUntil(lambda: controller.faults == {}, timeout=20_000)
    before = controller.model.submission
    qtbot.waitUntil(lambda: controller.model.submission > before, timeout=30_000)
    qtbot.waitUntil(lambda: controller.model.in_flight is None, timeout=20_000)
    assert controller.faults == {} and controller.model.state is not State.OUT_OF_SERVICE
