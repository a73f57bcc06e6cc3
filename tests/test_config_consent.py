"""[consent]: the operator's notice per language; configuring it turns the step on."""

from __future__ import annotations

import pytest

from kiosk.config import Config, ConfigError, dump_config, parse_config
from kiosk.config.store import config_with
from kiosk.ui.app import flow_settings

FILE = """
[consent]
version = "privacy-2026-11"
url = "https://bank.example/privacy"

[consent.text]
en = "We take one photo of your face."
ms = "Kami mengambil satu foto wajah anda."
"""


def test_a_notice_per_language_turns_the_consent_step_on_and_survives_saving():
    cfg = parse_config(FILE)
    assert cfg.consent.enabled and cfg.consent.version == "privacy-2026-11"
    assert cfg.consent.notice("ms") == ("ms", "Kami mengambil satu foto wajah anda.")
    assert cfg.consent.notice("th")[0] == "en"  # no Thai text: English
    assert flow_settings(cfg, kiosk=True).consent_required
    assert parse_config(dump_config(cfg)).consent == cfg.consent
    # The settings dialog's whole-section changes keep the notice.
    assert config_with(cfg, {"ui": {"sound": True}}).consent == cfg.consent


def test_no_notice_no_consent_step():
    assert not Config().consent.enabled
    assert not flow_settings(Config(), kiosk=True).consent_required


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('[consent.text]\nen = "x"\n', "consent", "version is required"),
        ('[consent]\nversion = "v1"\nurl = "bank.example"\n', "consent.url", "https://"),
        ('[consent]\nversion = "v1"\n[consent.text]\nEnglish = "x"\n', "consent.text", "code"),
        ('[consent]\nversion = "v1"\n[consent.text]\nen = "  "\n', "consent.text", "1 to 1200"),
    ],
)
def test_a_bad_notice_names_the_key(text, key, words):
    with pytest.raises(ConfigError) as err:
        parse_config(text)
    assert key in err.value.problems and words in err.value.problems[key]
