"""The demo consent notice (docs/consent-example.toml) in every language the kiosk speaks:
each language has its own (never the English fallback), it is valid configuration, it
renders with the bundled fonts (no empty-box glyph), and the consent screen shows it with
the record made in that language."""

from __future__ import annotations

import pytest

from kiosk.config import parse_config
from kiosk.flow import ConsentRecord
from kiosk.ui import i18n
from kiosk.ui.consent_view import ConsentView
from kiosk.ui.theme import FONT_FAMILY
from scripts import screen_catalogue as catalogue
from tests.test_ui_languages_scripts import bundled, restore_english, tofu

_fixtures = (bundled, restore_english)

NOTICE = catalogue.CONSENT


def test_the_example_is_valid_configuration_with_a_notice_per_language():
    cfg = parse_config(catalogue.CONSENT_EXAMPLE.read_text(encoding="utf-8"))
    assert cfg.consent == NOTICE and NOTICE.enabled and NOTICE.version
    assert set(NOTICE.text) == set(i18n.LANGUAGES)
    texts = list(NOTICE.text.values())
    assert len(set(texts)) == len(texts)  # nine different texts: no copy of the English


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_each_notice_renders_and_is_shown_in_its_language(qtbot, bundled, restore_english, lang):
    families = [f.strip().strip('"') for f in FONT_FAMILY.split(",")]
    text = NOTICE.text[lang]
    assert tofu(text, families) == [] and tofu(text, families, bold=True) == []
    if lang not in ("en", "ms", "id", "fil", "vi"):
        assert not text.replace("IDmeta", "").isascii()  # in its own script
    assert i18n.set_language(lang)
    view = ConsentView(NOTICE, kiosk=True)
    qtbot.addWidget(view)
    assert view.notice.text() == text
    assert view.shown_language() == lang
    records: list[ConsentRecord] = []
    view.accepted.connect(records.append)
    view.accept_button.click()  # the person touches "I agree" (in their language)
    (record,) = records
    assert record.as_metadata()["consent_language"] == lang and record.method == "touch"
    assert record.version == NOTICE.version
