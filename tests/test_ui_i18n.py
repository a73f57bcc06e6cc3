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


def staff_window(qtbot):
    from kiosk.flow import FlowSettings
    from kiosk.ui.controller import FlowController
    from kiosk.ui.main_window import MainWindow
    from tests.fakes import IdleSource, NoService, no_engine

    controller = FlowController(IdleSource(), no_engine, NoService(), FlowSettings())
    window = MainWindow(controller, kiosk=False)
    qtbot.addWidget(window)
    return window


def panel_strings(window) -> dict[str, str]:
    """Every string the staff panel and the window show (metric values are numbers)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    panel = window.panel
    found = {"window title": window.windowTitle()}
    for i, label in enumerate(panel.findChildren(QLabel)):
        if label.objectName() != "metricValue":
            found[f"label {i}"] = label.text()
    for i, button in enumerate(panel.findChildren(QAbstractButton)):
        found[f"button {i}"] = button.text()
        if button.toolTip():
            found[f"tooltip {i}"] = button.toolTip()
    for i, edit in enumerate(panel.findChildren(QLineEdit)):
        found[f"placeholder {i}"] = edit.placeholderText()
    for col in range(panel.history.columnCount()):
        found[f"header {col}"] = panel.history.horizontalHeaderItem(col).text()
    found["history outcome"] = panel.history.item(0, 2).text()
    return {k: v for k, v in found.items() if re.search(r"[A-Za-z]{2}", v)}


def test_switching_language_retranslates_the_staff_panel_live(qtbot, qapp):
    from kiosk.quality.rules import Rule
    from tests.fakes import report

    window = staff_window(qtbot)
    panel = window.panel
    panel.add_history(SubmitResult(Outcome.VERIFIED, trust_validation_id="tv-1"))
    panel.update_metrics(report(Rule.FACE_TOO_SMALL), 30.0, 20.0)
    english = panel_strings(window)
    assert len(english) >= 30 and english["window title"] == "IDmeta Face Capture"
    try:
        i18n.set_language("ms")
        qapp.processEvents()
        malay = panel_strings(window)
        assert panel.capture_button.text() == "Tangkap"
        assert panel.checks_heading.text() == "SEMAKAN"
        assert panel.metric_names["fps"].text() == "Dipapar / dianalisis"
        assert panel.metric_values["fps"].text() == "30 / 20 sesaat"
        assert "<b>Cukup dekat</b>" in panel.check_labels[Rule.FACE_TOO_SMALL].text()
        assert panel.connection.text() == "Kotak pasir — tidak disambungkan ke IDmeta"
        assert panel.history.item(0, 2).text() == "DISAHKAN"
        assert window.windowTitle() == "Tangkapan Wajah IDmeta"
        unchanged = {k: v for k, v in english.items() if malay.get(k) == v}
        assert unchanged == {}  # every visible string changed language
    finally:
        i18n.set_language("en")
        qapp.processEvents()
    assert panel_strings(window) == english


def test_the_attract_screen_is_repainted_in_the_new_language(qtbot, qapp):
    """Its words are drawn once into a cached layer: a language change must redraw them."""
    from kiosk.flow import initial_model
    from kiosk.ui.preview import PreviewWidget

    preview = PreviewWidget()
    qtbot.addWidget(preview)
    preview.resize(640, 400)
    preview.set_model(initial_model())
    english = preview.grab().toImage()
    try:
        i18n.set_language("ms")
        qapp.processEvents()
        malay = preview.grab().toImage()
        assert malay != english
        i18n.set_language("en")
        qapp.processEvents()
        assert preview.grab().toImage() == english
    finally:
        i18n.set_language("en")
