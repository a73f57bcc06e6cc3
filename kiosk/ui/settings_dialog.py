"""Settings: camera, service, capture, kiosk. Validated on save, one message per field.

Values are checked by the configuration's own validation (kiosk.config), so the dialog and
the config file can never disagree about what is valid. The token goes to the OS
credential store, never to the file; the PIN is stored only as a salted slow hash.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

LANGUAGES = (("en", "English"), ("ms", "Bahasa Melayu"))


class _Field:
    """An input with its own error line underneath."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self.error = QLabel()
        self.error.setStyleSheet("color: #FCA5A5; font-size: 12px;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(widget)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _spin(lo: float, hi: float, value: float, decimals: int = 1) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    box.setRange(lo, hi)
    box.setDecimals(decimals)
    box.setValue(value)
    return box


def _int_spin(lo: int, hi: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
    box.setRange(lo, hi)
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    saved = Signal(object)  # the new Config

    def __init__(
        self,
        cfg: Any,
        *,
        save: Callable[[Any], object] | None = None,
        store_token: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from kiosk.config import save_config
        from kiosk.credentials import store_token as keyring_store

        self.cfg = cfg
        self._save = save or save_config
        self._store_token = store_token or keyring_store
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        self.setMaximumHeight(720)
        self.fields: dict[str, _Field] = {}
        self.tabs = QTabWidget()
        self._tab_of: dict[str, int] = {}
        self._build_camera(cfg)
        self._build_service(cfg)
        self._build_capture(cfg)
        self._build_kiosk(cfg)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #FCA5A5;")
        note = QLabel(self.tr("Camera and service changes apply the next time the app starts."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.try_save)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(14)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    # --- building ------------------------------------------------------------------------
    def _tab(self, title: str, scroll: bool = False) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(16)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setWidget(page)
            self.tabs.addTab(area, title)
        else:
            self.tabs.addTab(page, title)
        return form

    def _add(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        field = _Field(widget)
        self.fields[key] = field
        self._tab_of[key] = self.tabs.count() - 1
        form.addRow(label, field.box)

    def _build_camera(self, cfg: Any) -> None:
        form = self._tab(self.tr("Camera"))
        self.source = QLineEdit(cfg.camera.source)
        self.source.setPlaceholderText(
            self.tr("empty: first webcam · 1: camera index · file or folder")
        )
        self._add(form, "camera.source", self.tr("Camera"), self.source)
        self.width_box = _int_spin(160, 7680, cfg.camera.width)
        self._add(form, "camera.width", self.tr("Width (px)"), self.width_box)
        self.height_box = _int_spin(120, 4320, cfg.camera.height)
        self._add(form, "camera.height", self.tr("Height (px)"), self.height_box)
        self.mirror = QCheckBox(self.tr("Mirror the preview (like a mirror)"))
        self.mirror.setChecked(cfg.camera.mirror_preview)
        self._add(form, "camera.mirror_preview", "", self.mirror)

    def _build_service(self, cfg: Any) -> None:
        form = self._tab(self.tr("Service"))
        self.base_url = QLineEdit(cfg.api.base_url)
        self.base_url.setPlaceholderText("https://integrate.idmetagroup.com")
        self._add(form, "api.base_url", self.tr("API address"), self.base_url)
        self.trust_flow = QLineEdit(cfg.api.trust_flow_id)
        self.trust_flow.setPlaceholderText("1708")
        self._add(form, "api.trust_flow_id", self.tr("Trust flow id"), self.trust_flow)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("unchanged (stored in the OS credential store)"))
        self._add(form, "api.token", self.tr("API token"), self.token)
        self.kiosk_id = QLineEdit(cfg.api.kiosk_id)
        self.kiosk_id.setPlaceholderText("lobby-2")
        self._add(form, "api.kiosk_id", self.tr("Kiosk id"), self.kiosk_id)
        self.read_timeout = _spin(0.05, 600, cfg.api.read_timeout_s)
        self.read_timeout.setSuffix(" s")
        self._add(form, "api.read_timeout_s", self.tr("Answer timeout"), self.read_timeout)
        hint = QLabel(self.tr("Leave the address and token empty to use the built-in sandbox."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form.addRow("", hint)

    def _build_capture(self, cfg: Any) -> None:
        from kiosk.quality.thresholds import QualityThresholds

        form = self._tab(self.tr("Capture"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(cfg.ui.language)))
        self._add(form, "ui.language", self.tr("Language"), self.language)
        self.steady = _spin(0, 10, cfg.ui.steady_seconds)
        self.steady.setSuffix(" s")
        self._add(form, "ui.steady_seconds", self.tr("Hold still for"), self.steady)
        self.result_timeout = _spin(1, 600, cfg.ui.result_timeout_s)
        self.result_timeout.setSuffix(" s")
        self._add(form, "ui.result_timeout_s", self.tr("Result shown for"), self.result_timeout)
        self.idle_reset = _spin(1, 3600, cfg.ui.idle_reset_s)
        self.idle_reset.setSuffix(" s")
        idle_label = self.tr("Back to start when nobody is seen for")
        self._add(form, "ui.idle_reset_s", idle_label, self.idle_reset)
        self.sound = QCheckBox(self.tr("Sound on capture and result"))
        self.sound.setChecked(cfg.ui.sound)
        self._add(form, "ui.sound", "", self.sound)
        form = self._tab(self.tr("Thresholds"), scroll=True)
        defaults = QualityThresholds()
        self.threshold_boxes: dict[str, QDoubleSpinBox] = {}
        for f in dataclasses.fields(QualityThresholds):
            value = float(cfg.quality.get(f.name, getattr(defaults, f.name)))
            box = _spin(0, 100_000, value, decimals=3)
            self.threshold_boxes[f.name] = box
            self._add(form, f"quality.{f.name}", f.name.replace("_", " "), box)

    def _build_kiosk(self, cfg: Any) -> None:
        form = self._tab(self.tr("Kiosk"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Staff (operator at the desk)"), "staff")
        self.mode.addItem(self.tr("Kiosk (self-service, full screen)"), "kiosk")
        self.mode.setCurrentIndex(max(0, self.mode.findData(cfg.ui.mode)))
        self._add(form, "ui.mode", self.tr("Start in"), self.mode)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(
            self.tr("unchanged") if cfg.kiosk.pin_hash else self.tr("not set")
        )
        self._add(form, "kiosk.pin", self.tr("New staff PIN"), self.pin)
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self._add(form, "kiosk.pin_again", self.tr("PIN again"), self.pin_again)
        self.max_attempts = _int_spin(1, 20, cfg.kiosk.max_pin_attempts)
        self._add(
            form, "kiosk.max_pin_attempts", self.tr("Wrong PINs before lockout"), self.max_attempts
        )
        self.lockout = _spin(0, 86400, cfg.kiosk.lockout_s, decimals=0)
        self.lockout.setSuffix(" s")
        self._add(form, "kiosk.lockout_s", self.tr("Lockout"), self.lockout)

    # --- saving ----------------------------------------------------------------------------
    def build_config(self) -> tuple[Any, dict[str, str]]:
        """The new configuration, or the errors by field key."""
        from kiosk.config import ConfigError
        from kiosk.pin import hash_pin
        from kiosk.quality.thresholds import QualityThresholds

        errors: dict[str, str] = {}
        cfg = self.cfg

        def section(name: str, **changes: Any) -> Any:
            current = getattr(cfg, name)
            try:
                return dataclasses.replace(current, **changes)
            except ConfigError as exc:
                key, _, message = str(exc).partition(": ")
                errors[key if key in self.fields else f"{name}."] = message or str(exc)
                return current

        camera = section(
            "camera",
            source=self.source.text().strip(),
            width=self.width_box.value(),
            height=self.height_box.value(),
            mirror_preview=self.mirror.isChecked(),
        )
        api = section(
            "api",
            base_url=self.base_url.text().strip().rstrip("/"),
            trust_flow_id=self.trust_flow.text().strip(),
            kiosk_id=self.kiosk_id.text().strip(),
            read_timeout_s=self.read_timeout.value(),
        )
        ui = section(
            "ui",
            language=self.language.currentData(),
            steady_seconds=self.steady.value(),
            result_timeout_s=self.result_timeout.value(),
            idle_reset_s=self.idle_reset.value(),
            sound=self.sound.isChecked(),
            mode=self.mode.currentData(),
        )
        pin_hash = cfg.kiosk.pin_hash
        pin = self.pin.text()
        if pin or self.pin_again.text():
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                errors["kiosk.pin"] = self.tr("Use 4 to 12 digits.")
            elif pin != self.pin_again.text():
                errors["kiosk.pin_again"] = self.tr("The two PINs differ.")
            else:
                pin_hash = hash_pin(pin)
        kiosk = section(
            "kiosk",
            pin_hash=pin_hash,
            max_pin_attempts=self.max_attempts.value(),
            lockout_s=self.lockout.value(),
        )
        defaults = QualityThresholds()
        quality = {
            name: box.value()
            for name, box in self.threshold_boxes.items()
            if abs(box.value() - float(getattr(defaults, name))) > 1e-9
        }
        try:
            QualityThresholds.from_overrides(quality)
        except ValueError as exc:
            key, _, message = str(exc).partition(": ")
            errors[key] = message
        new = dataclasses.replace(cfg, camera=camera, api=api, ui=ui, kiosk=kiosk, quality=quality)
        return new, errors

    def try_save(self) -> bool:
        for field in self.fields.values():
            field.set_error("")
        new, errors = self.build_config()
        token = self.token.text().strip()
        if not errors and token:
            try:
                self._store_token(token)
            except Exception as exc:  # the credential store names its own problem
                errors["api.token"] = str(exc)
        if errors:
            for key, message in errors.items():
                target = self.fields.get(key)
                if target is not None:
                    target.set_error(message)
            first = next(iter(errors))
            if first in self._tab_of:
                self.tabs.setCurrentIndex(self._tab_of[first])
            self.summary.setText(self.tr("Please correct the highlighted fields."))
            return False
        try:
            self._save(new)
        except OSError as exc:
            self.summary.setText(self.tr("Could not save the settings: %1").replace("%1", str(exc)))
            return False
        self.cfg = new
        self.saved.emit(new)
        self.accept()
        return True
