"""Thai, Tamil, Simplified Chinese and Arabic on screen: the bundled Noto fonts are
registered and every character of every public string (and each language's own name) is
drawn with a real glyph — no empty box — through the theme's font and Qt's fallback; Arabic
mirrors the layout; the picker lists all nine languages, each named in itself."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
from PySide6.QtWidgets import QApplication

from kiosk.config import ConsentConfig
from kiosk.flow import FlowSettings, State
from kiosk.resources import assets_dir
from kiosk.ui import fonts, i18n, texts
from kiosk.ui.consent_view import ConsentView
from kiosk.ui.controller import FlowController
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import FONT_FAMILY
from tests.fakes import IdleSource, NoService, no_engine
from tests.test_i18n_catalog import catalog, public_strings

NEW_SCRIPTS = ("th", "ta", "zh", "ar")


@pytest.fixture
def bundled(qapp):
    return fonts.register_bundled_fonts()


@pytest.fixture
def restore_english(qapp):
    yield
    assert i18n.set_language("en")
    QApplication.processEvents()


def test_each_language_is_named_in_itself():
    assert list(i18n.LANGUAGES) == ["en", "ms", "id", "fil", "vi", "th", "zh", "ta", "ar"]
    assert i18n.LANGUAGES["th"] == "ไทย"
    assert i18n.LANGUAGES["zh"] == "中文（简体）"
    assert i18n.LANGUAGES["ta"] == "தமிழ்"
    assert i18n.LANGUAGES["ar"] == "العربية"


def test_the_bundled_fonts_are_the_recorded_ones_and_register(bundled):
    folder = assets_dir() / "fonts"
    sums: dict[str, str] = {}
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        if line.strip():
            digest, name = line.split("  ", 1)
            sums[name] = digest
    assert sums and (folder / "NOTICE").is_file() and (folder / "OFL.txt").is_file()
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name
    for family in fonts.SCRIPT_FAMILIES.values():
        assert family in bundled
    assert fonts.register_bundled_fonts() == bundled  # once per process


def tofu(text: str, families: list[str], bold: bool = False) -> list[str]:
    """The characters of ``text`` Qt would draw as an empty box with ``families`` (and its
    fallback): glyph 0 in the runs of a real text layout."""
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(32)
    font.setBold(bold)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    runs = layout.glyphRuns()
    bad = [g for run in runs for g in run.glyphIndexes() if g == 0]
    if not bad:
        return []
    return sorted(
        {
            c
            for c in text
            if not c.isspace() and not any(run.rawFont().supportsCharacter(ord(c)) for run in runs)
        }
    ) or ["glyph 0"]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_every_public_character_has_a_glyph(bundled, lang):
    families = [f.strip().strip('"') for f in FONT_FAMILY.split(",")]
    have = catalog(lang)
    public = [have[k][1] for k in public_strings() if k in have]
    strings = [form for forms in public for form in forms if form.strip()]
    if lang == "en":
        strings = [k[1] for k in public_strings()]
    strings.append(i18n.LANGUAGES[lang])
    missing = {s: t for s in strings if (t := tofu(s, families) + tofu(s, families, bold=True))}
    assert missing == {}


@pytest.mark.parametrize("lang", NEW_SCRIPTS)
def test_the_attract_screen_words_render(bundled, restore_english, lang):
    assert i18n.set_language(lang)
    families = [f.strip().strip('"') for f in FONT_FAMILY.split(",")]
    words = [texts.attract_title(), *texts.attract_steps(), i18n.LANGUAGES[lang]]
    assert all(w.isascii() is False for w in words)
    assert [w for w in words if tofu(w, families, bold=True)] == []


def kiosk_window(qtbot, size=(1366, 768)) -> MainWindow:
    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings(kiosk_mode=True))
    win = MainWindow(controller, kiosk=True)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def close(win: MainWindow) -> None:
    win.language_bar.menu.close()
    win.allow_close = True
    if win.guard is not None:
        win.guard.remove()


def test_arabic_mirrors_the_layout(qtbot, bundled, restore_english):
    win = kiosk_window(qtbot)
    try:
        picker, help_ = win.language_bar, win.help
        assert help_ is not None
        mid = win.preview.width() / 2
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert picker.geometry().left() > mid and help_.geometry().left() > mid

        win.language_bar.actions_by_code["ar"].trigger()
        qtbot.waitUntil(lambda: picker.button.text().startswith("العربية"), timeout=2000)
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert win.isRightToLeft() and win.preview.isRightToLeft()
        # The picker (top) and the help button (bottom) move to the left edge.
        qtbot.waitUntil(lambda: picker.geometry().right() < mid, timeout=2000)
        qtbot.waitUntil(lambda: help_.geometry().right() < mid, timeout=2000)
        assert picker.geometry().left() == 28
        assert help_.geometry().left() == 28
        assert help_.button.text() == "هل تحتاج إلى مساعدة؟ استدعِ موظفًا"
        # The list opens inwards from the left edge, inside the window.
        at = win.mapFromGlobal(picker.menu_position())
        assert at.x() >= 0 and at.x() + picker.menu.sizeHint().width() <= win.width()

        picker.actions_by_code["en"].trigger()
        qtbot.waitUntil(lambda: picker.geometry().left() > mid, timeout=2000)
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert help_.geometry().left() > mid
    finally:
        close(win)


def test_arabic_puts_the_primary_consent_button_on_the_other_side(qtbot, restore_english):
    consent = ConsentConfig(version="1", url="", text={"en": "One photo.", "ar": "صورة واحدة."})
    view = ConsentView(consent, kiosk=True)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    # side by side at this width, "I agree" at the end: on the right
    qtbot.waitUntil(lambda: view.accept_button.x() > view.decline_button.x(), timeout=2000)
    assert i18n.set_language("ar")
    qtbot.waitUntil(lambda: view.accept_button.x() < view.decline_button.x(), timeout=2000)
    assert view.accept_button.text() == "أوافق"


@pytest.mark.parametrize("size", [(1366, 768), (1080, 1920)])
def test_the_picker_lists_nine_languages_and_fits(qtbot, bundled, restore_english, size):
    win = kiosk_window(qtbot, size)
    try:
        picker = win.language_bar
        assert win.controller.model.state is State.ATTRACT and picker.isVisible()
        names = [a.text() for a in picker.menu.actions()]
        assert names == list(i18n.LANGUAGES.values()) and len(names) >= 9
        assert picker.width() < 260  # one button, however many languages
        for code in ("th", "zh", "ta", "ar", "en"):
            picker.actions_by_code[code].trigger()
            qtbot.waitUntil(
                lambda c=code: picker.button.text().startswith(i18n.LANGUAGES[c]), timeout=2000
            )
            QApplication.processEvents()
            at = win.mapFromGlobal(picker.menu_position())
            hint = picker.menu.sizeHint()
            assert at.x() >= 0 and at.x() + hint.width() <= win.width(), code
            assert at.y() + hint.height() <= win.height(), code
            button = picker.button
            assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
            help_ = win.help
            assert help_ is not None
            b = help_.button
            assert b.fontMetrics().horizontalAdvance(b.text()) <= b.contentsRect().width()
            assert help_.geometry().right() <= win.preview.width()
    finally:
        close(win)
