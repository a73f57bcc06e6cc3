"""The settings dialog: validated on save, with a clear message at the field at fault."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from kiosk.pin import verify_pin
from kiosk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot):
    saved: list[Config] = []
    tokens: list[str] = []
    d = SettingsDialog(Config(), save=saved.append, store_token=tokens.append)
    qtbot.addWidget(d)
    d.show()
    d.saved_configs, d.tokens = saved, tokens  # type: ignore[attr-defined]
    return d


def test_valid_settings_are_saved_and_the_token_goes_to_the_store(dialog):
    dialog.base_url.setText("https://integrate.idmetagroup.com/")
    dialog.trust_flow.setText("1708")
    dialog.token.setText("secret-token")
    dialog.kiosk_id.setText("lobby-2")
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2468")
    dialog.threshold_boxes["max_yaw_deg"].setValue(18)
    assert dialog.try_save()
    (cfg,) = dialog.saved_configs
    assert cfg.api.base_url == "https://integrate.idmetagroup.com"
    assert cfg.api.trust_flow_id == "1708" and cfg.api.kiosk_id == "lobby-2"
    assert dialog.tokens == ["secret-token"]
    assert "secret-token" not in repr(cfg)
    assert verify_pin("2468", cfg.kiosk.pin_hash) and "2468" not in cfg.kiosk.pin_hash
    assert cfg.quality == {"max_yaw_deg": 18.0}


def test_plain_http_to_a_remote_host_is_refused_at_the_field(dialog):
    dialog.base_url.setText("http://integrate.idmetagroup.com")
    assert not dialog.try_save()
    error = dialog.fields["api.base_url"].error
    assert error.isVisibleTo(dialog) and "https" in error.text()
    assert dialog.tabs.currentIndex() == dialog._tab_of["api.base_url"]
    assert dialog.saved_configs == [] and dialog.tokens == []


def test_pin_rules_are_explained(dialog):
    dialog.pin.setText("12")
    assert not dialog.try_save()
    assert "4 to 12 digits" in dialog.fields["kiosk.pin"].error.text()
    dialog.pin.setText("123456")
    dialog.pin_again.setText("654321")
    assert not dialog.try_save()
    assert "differ" in dialog.fields["kiosk.pin_again"].error.text()
    assert not dialog.fields["kiosk.pin"].error.isVisibleTo(dialog)


def test_bad_trust_flow_id_is_named(dialog):
    dialog.trust_flow.setText("not an id!")
    assert not dialog.try_save()
    assert "1708" in dialog.fields["api.trust_flow_id"].error.text()
