"""The consent step in the real app, offscreen: the real engine on a clip, the sandbox over
loopback (which records each create's metadata), the audit trail on disk."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kiosk.audit import AuditTrail, read_day
from kiosk.config import ConsentConfig
from kiosk.flow import Outcome, State
from kiosk.ui import i18n
from tests import uiapp
from tests.test_ui_flow import run_through, wait_for_state

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

pytestmark = pytest.mark.timeout(90)

NOTICE = ConsentConfig(
    version="privacy-2026-11",
    url="https://bank.example/privacy",
    text={
        "en": "We take one photo of your face to check it is you. It is sent to IDmeta.",
        "ms": "Kami mengambil satu foto wajah anda untuk memastikan ia anda.",
    },
)


def created_metadata(controller) -> list[dict]:
    sandbox = controller.submitter.sandbox
    return [dict(v["metadata"] or {}) for v in sandbox.verifications.values()]


@pytest.mark.parametrize("kiosk", [True, False], ids=["kiosk-touch", "staff-verbal"])
def test_consent_reaches_the_create_request_and_the_audit_trail(
    qtbot, make_app, clips, tmp_path, kiosk
):
    audit = AuditTrail(tmp_path, "lobby-2", "kiosk" if kiosk else "staff")
    controller, window = make_app(
        clips["good"], kiosk=kiosk, consent=NOTICE, audit=audit, loop=True
    )
    wait_for_state(qtbot, controller, State.CONSENT)
    view = window.consent_view
    assert view is not None and window.stage.currentWidget() is view
    assert view.notice.text() == NOTICE.text["en"]
    assert "bank.example/privacy" in view.link.text()
    qtbot.wait(2000)  # a good face, well past the hold: nothing is captured before consent
    assert controller.model.state is State.CONSENT
    assert controller.submitter.sandbox.count() == 0
    if kiosk:
        assert view.accept_button.text() == "I agree"
        # The language bar is on the notice: the person picks Malay.
        picker = window.language_bar
        assert picker.isVisible() and picker.parentWidget() is view
        try:
            qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
            picker.actions_by_code["ms"].trigger()
            qtbot.waitUntil(lambda: view.notice.text() == NOTICE.text["ms"], timeout=2000)
            qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
            (answer,) = run_through(qtbot, controller)
        finally:
            i18n.set_language("en")
    else:
        assert view.accept_button.text() == "Consent given verbally"
        qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
        (answer,) = run_through(qtbot, controller)
    assert answer.outcome is Outcome.VERIFIED
    (meta,) = created_metadata(controller)
    assert meta["consent_version"] == "privacy-2026-11"
    assert meta["consent_language"] == ("ms" if kiosk else "en")
    assert meta["consent_method"] == ("touch" if kiosk else "verbal")
    at = dt.datetime.fromisoformat(meta["consent_at"].replace("Z", "+00:00"))
    assert abs((dt.datetime.now(dt.UTC) - at).total_seconds()) < 60
    (line,) = [r for r in read_day(tmp_path, dt.date.today()) if r["outcome"] == "verified"]
    assert line["trust_validation_id"] == answer.trust_validation_id
    for key in ("consent_version", "consent_language", "consent_at", "consent_method"):
        assert line[key] == meta[key]


def test_declining_returns_to_attract_and_captures_nothing(qtbot, make_app, clips, tmp_path):
    audit = AuditTrail(tmp_path, "lobby-2", "kiosk")
    controller, window = make_app(clips["good"], kiosk=True, consent=NOTICE, audit=audit, loop=True)
    wait_for_state(qtbot, controller, State.CONSENT)
    assert window.consent_view is not None
    qtbot.mouseClick(window.consent_view.decline_button, Qt.MouseButton.LeftButton)
    assert controller.model.state is State.ATTRACT
    assert window.stage.currentWidget() is window.preview
    qtbot.wait(2500)  # the same person still there: not asked again, nothing captured
    assert controller.model.state is State.ATTRACT
    assert controller.submitter.sandbox.count() == 0
    assert [r["outcome"] for r in read_day(tmp_path, dt.date.today())] == ["declined"]


def test_without_a_notice_there_is_no_consent_screen(qtbot, make_app, clips):
    controller, window = make_app(clips["good"], consent=ConsentConfig())
    assert window.consent_view is None
    run_through(qtbot, controller)
    (meta,) = created_metadata(controller)
    assert not any(key.startswith("consent") for key in meta)
