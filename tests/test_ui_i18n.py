"""Every user-facing string goes through Qt's translator; Bahasa Melayu ships complete."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from kiosk.flow import Outcome, SubmitResult
from kiosk.quality.rules import DEFAULT_HINTS
from kiosk.ui import i18n, texts
from kiosk.ui.result_view import ResultView


@pytest.fixture
def malay(qapp):
    assert i18n.set_language("ms")
    yield
    assert i18n.set_language("en")


def test_malay_translation_is_complete_and_compiled():
    for lang in ("en", "ms"):
        assert (i18n.i18n_dir() / f"kiosk_{lang}.qm").stat().st_size > 0
    root = ET.parse(i18n.i18n_dir() / "kiosk_ms.ts").getroot()
    unfinished = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            unfinished.append(message.findtext("source"))
    assert unfinished == []


def test_every_engine_hint_is_translatable(malay):
    from kiosk.quality import hints

    with open(hints.__file__, encoding="utf-8") as fh:
        returned = set(re.findall(r'return "([^"]+)"', fh.read()))
    engine_hints = set(DEFAULT_HINTS.values()) | returned
    assert len(returned) >= 5 and engine_hints <= set(texts.ENGINE_HINTS)
    for hint in engine_hints:
        assert texts.hint_text(hint) != hint, hint
    assert texts.hint_text("Move closer") == "Datang lebih dekat"


def test_switching_language_retranslates_the_result_screen(qtbot, qapp):
    view = ResultView(kiosk=False)
    qtbot.addWidget(view)
    view.show_result(SubmitResult(Outcome.VERIFIED), sandbox=False)
    assert view.title.text() == "VERIFIED"
    try:
        i18n.set_language("ms")
        qapp.processEvents()
        assert view.title.text() == "DISAHKAN"
        assert view.next_button.text() == "Orang seterusnya"
    finally:
        i18n.set_language("en")
        qapp.processEvents()
    assert view.title.text() == "VERIFIED"


def test_unknown_language_is_refused(qapp):
    assert not i18n.set_language("xx")
    assert i18n.current_language() == "en"
