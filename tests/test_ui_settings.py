"""The settings dialog as staff meet it: every number shows and keeps what is typed, one
Save marks every bad field, thresholds in words, readable text, a camera that exists, and
environment overrides that stay out of the file. Real widgets, rendered offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from kiosk.camera.devices import CameraDevice
from kiosk.config import CameraConfig, Config, load_config, save_config
from kiosk.pin import verify_pin
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.theme import STYLESHEET
from tests.contrast import text_contrast

NUMBER_KEYS = (
    "camera.width",
    "camera.height",
    "api.read_timeout_s",
    "ui.steady_seconds",
    "ui.result_timeout_s",
    "ui.idle_reset_s",
    "kiosk.max_pin_attempts",
    "kiosk.lockout_s",
    "quality.min_ied_px",
    "quality.max_yaw_deg",
    "quality.max_eye_blink",
)
MIN_CONTRAST = 4.5


@pytest.fixture(scope="module", autouse=True)
def themed(qapp):
    """The app's stylesheet, as `kiosk run` sets it."""
    qapp.setStyleSheet(STYLESHEET)
    yield
    qapp.setStyleSheet("")


def open_dialog(qtbot, cfg: Config | None = None, **kwargs) -> Any:
    saved: list[Config] = []
    tokens: list[str] = []
    kwargs.setdefault("save", saved.append)
    d = SettingsDialog(cfg or Config(), store_token=tokens.append, **kwargs)
    qtbot.addWidget(d)
    d.resize(720, 700)
    d.show()
    qtbot.waitExposed(d)
    d.saved_configs, d.tokens = saved, tokens  # type: ignore[attr-defined]
    return d


@pytest.fixture
def dialog(qtbot):
    return open_dialog(qtbot)


def reveal(dialog: SettingsDialog, key: str) -> Any:
    """Bring the field's tab forward (and scroll to it); returns its input widget."""
    dialog.tabs.setCurrentIndex(dialog._tab_of[key])
    field = dialog.fields[key]
    area = field.box.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(field.box, 0, 40)
    dialog.repaint()
    return field.widget


def type_into(qtbot, widget: Any, text: str) -> None:
    """Select everything in the field and type ``text`` as a person would."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    assert target is not None
    target.setFocus()
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    qtbot.keyClicks(target, text)


def inner(widget: QWidget) -> QRect:
    """The area inside a field's border, where its text is painted."""
    right = 30 if isinstance(widget, QComboBox) else 8
    return widget.rect().adjusted(8, 3, -right, -3)


def error_text(dialog: SettingsDialog, key: str) -> str:
    error = dialog.fields[key].error  # shown (its tab may be behind another one)
    return "" if error.isHidden() else error.text()


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", NUMBER_KEYS)
def test_every_number_shows_its_value_and_what_is_typed(qtbot, dialog, key):
    widget = reveal(dialog, key)
    assert widget.text().strip(), f"{key} shows nothing"
    assert text_contrast(widget, inner(widget)) >= MIN_CONTRAST, f"{key}: value not painted"
    type_into(qtbot, widget, "7")
    dialog.repaint()
    assert widget.text().strip().startswith("7")
    assert text_contrast(widget, inner(widget)) >= MIN_CONTRAST, f"{key}: typing not painted"


def test_out_of_range_input_is_marked_at_once_and_never_reverted(qtbot, dialog):
    width = reveal(dialog, "camera.width")
    type_into(qtbot, width, "99999")
    qtbot.keyClick(width, Qt.Key.Key_Tab)  # leave the field, as a person would
    assert width.text() == "99999"
    live = error_text(dialog, "camera.width")
    assert "160" in live and "7680" in live  # marked while typing, with the allowed range
    assert not dialog.try_save()
    assert width.text() == "99999"
    assert "7680" in error_text(dialog, "camera.width")
    assert dialog.saved_configs == []


def test_units_and_ranges_are_shown_beside_the_numbers(dialog):
    assert "px" in dialog.fields["camera.width"].side.text()
    assert "160" in dialog.fields["camera.width"].side.text()
    assert "seconds" in dialog.fields["ui.steady_seconds"].side.text()
    assert "0 – 10" in dialog.fields["ui.steady_seconds"].side.text()
    assert "degrees" in dialog.fields["quality.max_yaw_deg"].side.text()


def test_one_save_marks_every_bad_field(qtbot, dialog):
    type_into(qtbot, reveal(dialog, "camera.width"), "99999")
    type_into(qtbot, reveal(dialog, "api.base_url"), "http://integrate.idmetagroup.com")
    type_into(qtbot, reveal(dialog, "api.trust_flow_id"), "not an id!")
    type_into(qtbot, reveal(dialog, "ui.steady_seconds"), "-1")
    type_into(qtbot, reveal(dialog, "ui.idle_reset_s"), "0.2")
    type_into(qtbot, reveal(dialog, "quality.max_roll_deg"), "-3")
    type_into(qtbot, reveal(dialog, "kiosk.lockout_s"), "999999")
    assert not dialog.try_save()
    expected = {
        "camera.width": "7680",
        "api.base_url": "https",
        "api.trust_flow_id": "1708",
        "ui.steady_seconds": "0 to 10",
        "ui.idle_reset_s": "1 to 3600",
        "quality.max_roll_deg": "negative",
        "kiosk.lockout_s": "86400",
    }
    for key, words in expected.items():
        assert words in error_text(dialog, key), key
    assert dialog.tabs.currentIndex() == dialog._tab_of["camera.width"]
    assert dialog.summary.text().startswith("7 fields to correct: "), dialog.summary.text()
    assert dialog.saved_configs == [] and dialog.tokens == []


# --- thresholds ------------------------------------------------------------------------


def test_thresholds_are_labelled_in_words_with_an_explanation(dialog):
    import dataclasses

    from kiosk.quality.thresholds import QualityThresholds

    for f in dataclasses.fields(QualityThresholds):
        row = dialog.fields[f"quality.{f.name}"]
        form = row.box.parentWidget().layout()
        assert isinstance(form, QFormLayout)
        label = form.labelForField(row.box)
        assert isinstance(label, QLabel)
        text = label.text()
        raw = f.name.replace("_", " ")
        assert text.lower() != raw and "_" not in text, text
        for jargon in ("ied", "px", "deg", "min ", "max "):
            assert jargon not in text.lower(), text
        assert len(text.split()) >= 2, text
        explanation = row.help.text()
        assert not row.help.isHidden() and len(explanation) > 30, f.name
        assert "\n" not in explanation, f.name


# --- readability -----------------------------------------------------------------------


def texts_on_tab(dialog: SettingsDialog, index: int) -> list[tuple[str, QWidget, QRect]]:
    """Every widget on the tab that shows text, with the rectangle its text is in."""
    page = dialog.tabs.widget(index)
    assert page is not None
    found: list[tuple[str, QWidget, QRect]] = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(dialog) or w.window() is not dialog:
            continue
        if isinstance(w, QLabel) and w.text().strip():
            found.append((w.text(), w, w.rect()))
        elif isinstance(w, QCheckBox):
            opt = QStyleOptionButton()
            w.initStyleOption(opt)
            rect = w.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, w)
            found.append((w.text(), w, rect))
        elif isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QComboBox):
            if w.text() or w.placeholderText():
                found.append((w.text() or w.placeholderText(), w, inner(w)))
        elif isinstance(w, QComboBox):
            found.append((w.currentText(), w, inner(w)))
    return found


def test_every_text_is_readable_in_the_theme(qtbot, dialog):
    # Errors on every tab, so the error lines are measured too.
    type_into(qtbot, reveal(dialog, "camera.width"), "99999")
    type_into(qtbot, reveal(dialog, "quality.max_yaw_deg"), "-1")
    type_into(qtbot, reveal(dialog, "api.base_url"), "http://example.com")
    dialog.try_save()
    poor: list[str] = []
    measured = 0
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        for text, widget, rect in texts_on_tab(dialog, index):
            area = widget.parentWidget()
            while area is not None and not isinstance(area, QScrollArea):
                area = area.parentWidget()
            if area is not None:
                area.ensureWidgetVisible(widget, 0, 10)
            dialog.repaint()
            measured += 1
            contrast = text_contrast(widget, rect)
            if contrast < MIN_CONTRAST:
                poor.append(f"{dialog.tabs.tabText(index)}: {text[:40]!r} {contrast:.2f}:1")
    assert measured > 60
    assert not poor, "; ".join(poor)
    # The summary and the buttons' note below the tabs.
    assert text_contrast(dialog.summary) >= MIN_CONTRAST


# --- camera ----------------------------------------------------------------------------

CAMERAS = [
    CameraDevice("Integrated Camera", "usb-04f2:b6dd-Integrated-Camera", 0),
    CameraDevice("Logitech BRIO", "usb-046d:085e-AB12CD", 2),
    CameraDevice("USB Camera", "usb-0c45:6366-USB-Camera", 4),
    CameraDevice("USB Camera", "usb-0c45:6366-USB-Camera#2", 6),
]


def test_the_camera_field_lists_the_cameras_found_and_keeps_the_name(qtbot):
    d = open_dialog(qtbot, cameras=lambda: list(CAMERAS))
    picker = d.source
    names = [picker.itemText(i) for i in range(picker.count())]
    assert "Integrated Camera" in names and "Logitech BRIO" in names
    picker.setCurrentIndex(names.index("Logitech BRIO"))
    assert d.try_save()
    # The name, not the index: the camera stays chosen when it moves to another port.
    assert d.saved_configs[-1].camera.source == "Logitech BRIO"
    # Two identical cameras: each listed with, and kept by, its stable id.
    second = next(i for i, n in enumerate(names) if "#2" in n)
    picker.setCurrentIndex(second)
    assert d.try_save()
    assert d.saved_configs[-1].camera.source == "usb-0c45:6366-USB-Camera#2"


def test_a_camera_kept_by_id_or_index_is_shown_chosen(qtbot):
    cfg = Config(camera=CameraConfig(source="usb-046d:085e-AB12CD"))
    d = open_dialog(qtbot, cfg, cameras=lambda: list(CAMERAS))
    assert d.source.currentText() == "Logitech BRIO"
    assert d.source.problem() == ""
    assert d.try_save() and d.saved_configs[-1].camera.source == "Logitech BRIO"


def test_a_camera_name_not_found_is_refused_naming_those_found(qtbot):
    d = open_dialog(qtbot, cameras=lambda: list(CAMERAS))
    type_into(qtbot, reveal(d, "camera.source"), "Razer Kiyo")
    assert not d.try_save()
    text = error_text(d, "camera.source")
    assert "Razer Kiyo" in text and "Logitech BRIO" in text


def test_a_camera_path_that_does_not_exist_is_refused(qtbot, dialog, tmp_path: Path):
    source = reveal(dialog, "camera.source")
    missing = tmp_path / "no such clip.mp4"
    type_into(qtbot, source, str(missing))
    assert "no such" in error_text(dialog, "camera.source").lower()  # said while typing
    assert not dialog.try_save()
    assert str(missing) in error_text(dialog, "camera.source")
    assert dialog.saved_configs == []
    clip = tmp_path / "walk_up.mp4"
    clip.write_bytes(b"\0")
    type_into(qtbot, source, str(clip))
    assert error_text(dialog, "camera.source") == ""
    assert dialog.try_save()
    assert dialog.saved_configs[-1].camera.source == str(clip)


# --- environment overrides ---------------------------------------------------------------


def test_environment_overrides_are_shown_but_never_saved(qtbot, tmp_path: Path):
    path = tmp_path / "config.toml"
    path.write_text(
        '[api]\nbase_url = "https://integrate.idmetagroup.com"\nread_timeout_s = 12.0\n',
        encoding="utf-8",
    )
    env = {"KIOSK_API_BASE_URL": "https://staging.example.com", "KIOSK_API_TIMEOUT": "7.5"}
    cfg = load_config(path, env=env, use_credential_store=False)
    d = open_dialog(qtbot, cfg, save=save_config)
    url = reveal(d, "api.base_url")
    assert url.text() == "https://staging.example.com" and not url.isEnabled()
    assert "KIOSK_API_BASE_URL" in d.fields["api.base_url"].help.text()
    type_into(qtbot, reveal(d, "camera.width"), "1920")
    assert d.try_save(), d.summary.text()
    text = path.read_text(encoding="utf-8")
    assert "staging.example.com" not in text and "7.5" not in text
    back = load_config(path, env={}, use_credential_store=False)
    assert back.api.base_url == "https://integrate.idmetagroup.com"
    assert back.api.read_timeout_s == 12.0 and back.camera.width == 1920


# --- what worked before ------------------------------------------------------------------


def test_valid_settings_are_saved_and_the_token_goes_to_the_store(qtbot, dialog):
    dialog.base_url.setText("https://integrate.idmetagroup.com/")
    dialog.trust_flow.setText("1708")
    dialog.token.setText("secret-token")
    dialog.kiosk_id.setText("lobby-2")
    dialog.pin.setText("2468")
    dialog.pin_again.setText("2468")
    type_into(qtbot, reveal(dialog, "quality.max_yaw_deg"), "18")
    assert dialog.try_save(), dialog.summary.text()
    (cfg,) = dialog.saved_configs
    assert cfg.api.base_url == "https://integrate.idmetagroup.com"
    assert cfg.api.trust_flow_id == "1708" and cfg.api.kiosk_id == "lobby-2"
    assert dialog.tokens == ["secret-token"]
    assert "secret-token" not in repr(cfg)
    assert verify_pin("2468", cfg.kiosk.pin_hash) and "2468" not in cfg.kiosk.pin_hash
    assert cfg.quality == {"max_yaw_deg": 18.0}


def test_an_unchanged_dialog_saves_the_same_configuration(dialog):
    assert dialog.try_save(), dialog.summary.text()
    assert dialog.saved_configs == [Config()]


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


def test_preferring_an_external_camera_is_a_setting_kept_on_save(qtbot):
    d = open_dialog(qtbot, cameras=lambda: list(CAMERAS))
    box = d.prefer_external
    assert box.isChecked()  # the default: a USB camera over the laptop's own
    assert "plugged in" in d.fields["camera.prefer_external"].help.text()
    box.setChecked(False)
    assert d.try_save() and d.saved_configs[-1].camera.prefer_external is False
