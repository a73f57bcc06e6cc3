"""The region's languages: a compact picker naming each language in itself, every
guidance, error, result, consent and service string translated in each language, and a
font on this machine that renders every character of them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from kiosk.flow import FlowSettings, Outcome, SubmitResult
from kiosk.quality.rules import SERVICE_MESSAGES, Rule
from kiosk.ui import i18n, texts
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.result_view import ResultView
from kiosk.ui.theme import FONT_FAMILY
from tests.fakes import IdleSource, NoService, no_engine

NEW = ("id", "fil", "vi")
# What the person reads (staff-only screens fall back to English in the new languages).
PERSON_CONTEXTS = (
    "Error", "Guidance", "Hint", "Result", "ResultView", "Service", "ConsentView",
    "HelpControl", "Camera", "LanguagePicker",
)  # fmt: skip


def messages(lang: str) -> dict[tuple[str, str], str]:
    root = ET.parse(i18n.i18n_dir() / f"kiosk_{lang}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            assert tr is not None
            text = tr.text or "".join(f.text or "" for f in tr.iter("numerusform"))
            if tr.get("type") not in ("unfinished", "vanished") and text.strip():
                out[(name, m.findtext("source") or "")] = text
    return out


@pytest.fixture
def restore_english(qapp):
    yield
    assert i18n.set_language("en")


def test_each_language_is_named_in_itself_and_compiled():
    assert i18n.LANGUAGES == {
        "en": "English",
        "ms": "Bahasa Melayu",
        "id": "Bahasa Indonesia",
        "fil": "Filipino",
        "vi": "Tiếng Việt",
        "th": "ไทย",
        "zh": "中文（简体）",
        "ta": "தமிழ்",
        "ar": "العربية",
    }
    for code in i18n.LANGUAGES:
        assert (i18n.i18n_dir() / f"kiosk_{code}.qm").stat().st_size > 0


@pytest.mark.parametrize("lang", NEW)
def test_every_person_facing_string_is_translated(lang):
    malay = {k for k in messages("ms") if k[0] in PERSON_CONTEXTS}
    assert len(malay) > 80
    have = messages(lang)
    missing = sorted(k for k in malay if k not in have)
    assert missing == []
    assert {("Service", m) for m in SERVICE_MESSAGES.values()} <= set(have)


@pytest.mark.parametrize("lang", NEW)
def test_the_kiosk_speaks_the_language(qtbot, restore_english, lang):
    assert i18n.set_language(lang)
    assert texts.attract_title() != "Step up to verify your identity"
    assert texts.hint_text("Move closer") != "Move closer"
    message = SERVICE_MESSAGES[Rule.FACE_TOO_SMALL]
    assert texts.service_message(message, kiosk=True) != message
    assert texts.service_message(message, kiosk=False) == message
    view = ResultView(kiosk=True)
    qtbot.addWidget(view)
    view.show_result(SubmitResult(Outcome.ERROR, error_kind="network"), sandbox=False)
    assert view.title.text() != "Service not reachable"
    assert view.next_button.text() != "Next person"


def test_the_compact_picker_lists_every_language_and_switches(qtbot, restore_english):
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    win = MainWindow(controller, kiosk=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    picker = win.language_bar
    try:
        assert picker.button.text().startswith("English")
        assert picker.width() < 260  # one button, however many languages
        qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
        names = [a.text() for a in picker.menu.actions()]
        assert names == list(i18n.LANGUAGES.values())
        picker.actions_by_code["vi"].trigger()
        QApplication.processEvents()
        assert i18n.current_language() == "vi"
        qtbot.waitUntil(lambda: picker.button.text().startswith("Tiếng Việt"), timeout=2000)
        assert picker.actions_by_code["vi"].isChecked()
        assert win.help is not None
        qtbot.waitUntil(
            lambda: win.help.button.text() == "Cần giúp đỡ? Gọi nhân viên", timeout=2000
        )
    finally:
        picker.menu.close()
        win.allow_close = True
        if win.guard is not None:
            win.guard.remove()


@pytest.mark.parametrize("lang", ("ms", *NEW))
def test_a_font_here_renders_every_character(qapp, lang):
    families = [f.strip().strip('"') for f in FONT_FAMILY.split(",")]
    installed = [f for f in families if f in QFontDatabase.families()]
    assert installed, FONT_FAMILY
    metrics = [QFontMetrics(QFont(f)) for f in installed]
    chars = {c for text in messages(lang).values() for c in text if not c.isspace()}
    chars |= set(i18n.LANGUAGES[lang])
    missing = sorted(c for c in chars if not any(m.inFontUcs4(ord(c)) for m in metrics))
    assert missing == []
