"""The service's seven quality messages: in the person's language on the kiosk (the
guidance banner and the result screen), the service's own words in staff mode."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.flow import FlowSettings, Guidance, Outcome, State, SubmitResult, initial_model
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from kiosk.ui import i18n, texts
from kiosk.ui.preview import PreviewWidget
from kiosk.ui.result_view import ResultView


@pytest.fixture
def malay(qapp):
    assert i18n.set_language("ms")
    yield
    assert i18n.set_language("en")


def test_the_ui_knows_the_services_seven_messages_word_for_word():
    assert {r: str(t) for r, t in texts.SERVICE_TEXTS.items()} == SERVICE_MESSAGES
    assert len(SERVICE_MESSAGES) == 7


def test_every_service_message_is_translated_for_the_kiosk_and_verbatim_for_staff(malay):
    for message in SERVICE_MESSAGES.values():
        shown = texts.service_message(message, kiosk=True)
        assert shown and shown != message, message
        assert texts.service_message(message, kiosk=False) == message
    # The service's casing or spacing may differ: still recognised.
    loud = "  " + SERVICE_MESSAGES[Rule.FACE_TOO_SMALL].upper()
    assert texts.service_message(loud, kiosk=True) == (
        "Wajah terlalu kecil. Sila dekatkan wajah anda ke kamera."
    )
    assert texts.service_message("Something new from the service", kiosk=True) == (
        "Something new from the service"  # unknown: its own words, rather than nothing
    )


@pytest.mark.parametrize("kiosk", [True, False], ids=["kiosk", "staff"])
def test_the_guidance_banner_and_the_result_show_it_per_mode(qtbot, malay, kiosk):
    message = SERVICE_MESSAGES[Rule.FACE_OBSCURED]
    preview = PreviewWidget()
    qtbot.addWidget(preview)
    model = dataclasses.replace(
        initial_model(FlowSettings(kiosk_mode=kiosk)),
        state=State.ALIGNING,
        guidance=Guidance.from_service(Rule.FACE_OBSCURED, message),
    )
    preview.set_model(model)
    banner = preview.message()
    assert banner is not None
    malay_words = "Wajah sebahagiannya tersembunyi"
    if kiosk:
        assert banner[2] is not None and banner[2].startswith(malay_words)
    else:
        assert banner[2] == message
    view = ResultView(kiosk=kiosk)
    qtbot.addWidget(view)
    view.show_result(
        SubmitResult(Outcome.QUALITY_REJECTED, rule=Rule.FACE_OBSCURED, message=message),
        sandbox=False,
    )
    assert (malay_words in view.detail.text()) is kiosk
    assert (message in view.detail.text()) is not kiosk
