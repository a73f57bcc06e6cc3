"""Settings: camera, service, capture, thresholds, kiosk. Every bad field marked at once.

Values are checked by the configuration's own validation (:func:`kiosk.config.config_with`)
as they are typed and again at Save, so the dialog and the config file can never disagree
about what is valid, and one Save marks every field at fault. Settings that an
environment variable overrides are shown, read-only, and never written to the file. The
token goes to the OS credential store, never to the file; the PIN is stored only as a
salted slow hash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.camera.devices import CameraDevice
from kiosk.ui import i18n, theme
from kiosk.ui.accessibility import label_controls
from kiosk.ui.background import off_gui_thread
from kiosk.ui.camera_thumbnail import attach_thumbnail
from kiosk.ui.plural import plural
from kiosk.ui.settings_fields import CameraPicker, FieldRow, NumberField, list_cameras, range_text
from kiosk.ui.threshold_texts import ThresholdText, threshold_texts

LANGUAGES = tuple(i18n.LANGUAGES.items())  # each named in itself
ERROR = "#FCA5A5"  # 9.6:1 on the dialog's background
# The dialog's own additions to the theme: dark pages also inside a scroll area (the
# scroll area fills its page with the light system palette otherwise) and marked fields.
DIALOG_STYLE = f"""
QWidget#settingsPage {{ background: {theme.BG}; }}
QLabel#fieldError {{ color: {ERROR}; font-size: 13px; }}
QLabel#summary {{ color: {ERROR}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 1px solid #F87171; }}
QLineEdit:disabled {{ color: {theme.MUTED}; }}
"""


def default_size() -> QSize:
    """880x680, or what the screen has room for (1366x768 keeps its task bar)."""
    wanted = QSize(880, 680)
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(40, 60)
    return wanted.boundedTo(room).expandedTo(QSize(640, 400))


class SettingsDialog(QDialog):
    saved = Signal(object)  # the new Config

    def __init__(
        self,
        cfg: Any,
        *,
        save: Callable[[Any], object] | None = None,
        store_token: Callable[[str], None] | None = None,
        cameras: Callable[[], list[CameraDevice]] = list_cameras,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from kiosk.config import save_config
        from kiosk.credentials import store_token as keyring_store

        self.cfg = cfg
        self._save = save or save_config
        self._store_token = store_token or keyring_store
        self.setWindowTitle(self.tr("Settings"))
        self.setStyleSheet(DIALOG_STYLE)
        self.setMinimumWidth(640)
        self.setMaximumHeight(720)
        self.resize(default_size())
        self.fields: dict[str, FieldRow] = {}
        self.numbers: dict[str, NumberField] = {}
        self.tabs = QTabWidget()
        self._tab_of: dict[str, int] = {}
        self._build_camera(cfg, cameras)
        self._build_service(cfg)
        self._build_capture(cfg)
        self._build_thresholds(cfg)
        self._build_kiosk(cfg)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
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
        cancel.setAccessibleDescription(self.tr("Close without saving"))
        self.save_button.setAccessibleDescription(
            self.tr("Check every field and write the configuration file")
        )
        label_controls(self)

    # --- building ------------------------------------------------------------------------
    def _tab(self, title: str, scroll: bool = False) -> QFormLayout:
        page = QWidget()
        page.setObjectName("settingsPage")
        form = QFormLayout(page)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
            area.setWidget(page)  # it turns on autoFillBackground: the stylesheet paints it
            self.tabs.addTab(area, title)
        else:
            self.tabs.addTab(page, title)
        return form

    def _add(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        widget: QWidget,
        side: str = "",
        help_: str = "",
    ) -> FieldRow:
        from kiosk.config import overridden_by

        env = overridden_by(self.cfg, key)
        if env:
            widget.setEnabled(False)
            note = self.tr("Set by %1 for this run; not saved to the file.").replace("%1", env)
            help_ = f"{help_}\n{note}" if help_ else note
        row = FieldRow(widget, side, help_, compact=isinstance(widget, NumberField))
        name = label or (widget.text() if isinstance(widget, QCheckBox) else key)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(" · ".join(t for t in (side, help_) if t) or name)
        self.fields[key] = row
        self._tab_of[key] = self.tabs.count() - 1
        form.addRow(label, row.box)
        return row

    def _cameras_found_text(self) -> str:
        found = len(self.source.cameras)
        if not found:
            return self.tr(
                "No camera could be listed; type an index, a video file or an image folder."
            )
        return plural(
            self.tr(
                "%n camera(s) found; or type an index, a video file or an image folder.",
                "",
                found,
            ),
            "SettingsDialog",
            "%n camera(s) found; or type an index, a video file or an image folder.",
            found,
        )

    def set_cameras(self, cameras: list[CameraDevice]) -> None:
        """The cameras there now (a camera plugged in or out while the dialog is open, from
        :class:`kiosk.ui.camera_watch.CameraWatch`): the list, its count and the check of
        what is chosen follow."""
        self.source.set_cameras(cameras)
        row = self.fields["camera.source"]
        if self.source.isEnabled():  # (an environment override keeps its own note)
            row.help.setText(self._cameras_found_text())
            row.help.setVisible(True)
        self._check_live("camera.source")

    def _number(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        value: float,
        unit: str,
        *,
        help_: str = "",
        bounds: tuple[float, float] | None = None,
    ) -> NumberField:
        from kiosk.config import SECTIONS, field_range

        section, _, name = key.partition(".")
        whole = isinstance(value, int) and not isinstance(value, bool)
        if section in SECTIONS:
            bounds = field_range(SECTIONS[section], name)
        box = NumberField(value, whole=whole)
        box.setAccessibleName(label)
        self.numbers[key] = box
        self._add(form, key, label, box, range_text(bounds, unit), help_)
        box.edited.connect(lambda: self._check_live(key))
        return box

    def _build_camera(self, cfg: Any, cameras: Callable[[], list[CameraDevice]]) -> None:
        form = self._tab(self.tr("Camera"))
        self.source = CameraPicker(cfg.camera.source, cameras)
        help_ = self._cameras_found_text()
        self._add(form, "camera.source", self.tr("Camera"), self.source, help_=help_)
        self.source.editTextChanged.connect(lambda _t: self._check_live("camera.source"))
        self.source.currentIndexChanged.connect(lambda _i: self._check_live("camera.source"))
        self.thumbnail = attach_thumbnail(self, form, self.source, cfg.camera.source)
        px = self.tr("px")
        self._number(form, "camera.width", self.tr("Picture width"), cfg.camera.width, px)
        self._number(form, "camera.height", self.tr("Picture height"), cfg.camera.height, px)
        self.mirror = QCheckBox(self.tr("Mirror the preview (like a mirror)"))
        self.mirror.setChecked(cfg.camera.mirror_preview)
        self._add(form, "camera.mirror_preview", "", self.mirror)
        self.prefer_external = QCheckBox(self.tr("Prefer an external camera"))
        self.prefer_external.setChecked(cfg.camera.prefer_external)
        self._add(
            form,
            "camera.prefer_external",
            "",
            self.prefer_external,
            help_=self.tr(
                "With “First webcam”: a camera plugged in (USB) is used rather than the"
                " computer's own."
            ),
        )

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
        self._number(
            form,
            "api.read_timeout_s",
            self.tr("Answer timeout"),
            cfg.api.read_timeout_s,
            self.tr("seconds"),
            help_=self.tr("How long to wait for each answer from the service."),
        )
        hint = QLabel(self.tr("Leave the address and token empty to use the built-in sandbox."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        form.addRow("", hint)

    def _build_capture(self, cfg: Any) -> None:
        form = self._tab(self.tr("Capture"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(cfg.ui.language)))
        self._add(form, "ui.language", self.tr("Language"), self.language)
        s = self.tr("seconds")
        self._number(form, "ui.steady_seconds", self.tr("Hold still for"), cfg.ui.steady_seconds, s)
        self._number(
            form, "ui.result_timeout_s", self.tr("Result shown for"), cfg.ui.result_timeout_s, s
        )
        self._number(
            form,
            "ui.idle_reset_s",
            self.tr("Back to start after"),
            cfg.ui.idle_reset_s,
            s,
            help_=self.tr("when nobody is seen in front of the camera."),
        )
        self.sound = QCheckBox(self.tr("Sound on capture and result"))
        self.sound.setChecked(cfg.ui.sound)
        self._add(form, "ui.sound", "", self.sound)
        self.large_text = QCheckBox(self.tr("Large text"))
        self.large_text.setChecked(cfg.ui.large_text)
        self._add(
            form,
            "ui.large_text",
            "",
            self.large_text,
            help_=self.tr("Every screen's text 1.3 times as large (from the next start)."),
        )

    def _build_thresholds(self, cfg: Any) -> None:
        import dataclasses

        from kiosk.quality.thresholds import QualityThresholds

        form = self._tab(self.tr("Thresholds"), scroll=True)
        intro = QLabel(self.tr("The on-device checks. Change them only with a reason."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        form.addRow(intro)
        texts = threshold_texts()
        self.threshold_defaults: dict[str, float] = {}
        for f in dataclasses.fields(QualityThresholds):
            default = float(getattr(QualityThresholds(), f.name))
            self.threshold_defaults[f.name] = default
            text = texts.get(f.name) or ThresholdText(f.name.replace("_", " "), "", "")
            default_note = self.tr("Default %1.").replace("%1", f"{default:g}")
            self._number(
                form,
                f"quality.{f.name}",
                text.label,
                float(cfg.quality.get(f.name, default)),
                text.unit,
                help_=f"{text.help} {default_note}",
            )

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
        self._add(
            form, "kiosk.pin", self.tr("New staff PIN"), self.pin, help_=self.tr("4 to 12 digits.")
        )
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self._add(form, "kiosk.pin_again", self.tr("PIN again"), self.pin_again)
        self._number(
            form,
            "kiosk.max_pin_attempts",
            self.tr("Wrong PINs before lockout"),
            cfg.kiosk.max_pin_attempts,
            self.tr("attempts"),
        )
        self._number(
            form, "kiosk.lockout_s", self.tr("Lockout"), cfg.kiosk.lockout_s, self.tr("seconds")
        )

    # --- checking --------------------------------------------------------------------------
    def _values(self) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
        """What the fields hold, by section, and the fields that do not hold a number."""
        changes: dict[str, dict[str, Any]] = {
            "camera": {
                "source": self.source.source(),
                "mirror_preview": self.mirror.isChecked(),
                "prefer_external": self.prefer_external.isChecked(),
            },
            "api": {
                "base_url": self.base_url.text().strip(),
                "trust_flow_id": self.trust_flow.text().strip(),
                "kiosk_id": self.kiosk_id.text().strip(),
            },
            "ui": {
                "language": self.language.currentData(),
                "sound": self.sound.isChecked(),
                "large_text": self.large_text.isChecked(),
                "mode": self.mode.currentData(),
            },
            "kiosk": {},
            "quality": {},
        }
        errors: dict[str, str] = {}
        for key, box in self.numbers.items():
            section, _, name = key.partition(".")
            value = box.value()
            if value is None:
                errors[key] = self.tr("Type a number.")
            elif section != "quality":
                changes[section][name] = value
            elif abs(value - self.threshold_defaults[name]) > 1e-9:
                changes["quality"][name] = float(value)
        for key in self._env_keys():
            section, _, name = key.partition(".")
            changes[section].pop(name, None)  # read-only: the environment's, not the file's
        return changes, errors

    def _env_keys(self) -> list[str]:
        from kiosk.config import overridden_by

        return [key for key in self.fields if overridden_by(self.cfg, key)]

    def _check_live(self, key: str) -> None:
        """Mark ``key`` as it is typed: not a number, out of range, a missing camera path."""
        from kiosk.config import ConfigError, config_with

        if key == "camera.source":
            self.fields[key].set_error(self.source.problem())
            return
        box = self.numbers[key]
        value = box.value()
        if value is None:
            self.fields[key].set_error(self.tr("Type a number.") if box.text().strip() else "")
            return
        section, _, name = key.partition(".")
        change = {**self.cfg.quality, name: float(value)} if section == "quality" else {name: value}
        try:
            config_with(self.cfg, {section: change})
        except ConfigError as exc:
            self.fields[key].set_error(exc.problems.get(key, ""))
        else:
            self.fields[key].set_error("")

    def build_config(self) -> tuple[Any, dict[str, str]]:
        """The new configuration, and every field's error by key (empty when it is valid)."""
        from kiosk.config import ConfigError, config_with
        from kiosk.pin import hash_pin

        changes, errors = self._values()
        camera_problem = self.source.problem()
        if camera_problem:
            errors["camera.source"] = camera_problem
        pin = self.pin.text()
        if pin or self.pin_again.text():
            if not (pin.isdigit() and 4 <= len(pin) <= 12):
                errors["kiosk.pin"] = self.tr("Use 4 to 12 digits.")
            elif pin != self.pin_again.text():
                errors["kiosk.pin_again"] = self.tr("The two PINs differ.")
            else:
                # The slow hash on a worker; the GUI keeps running meanwhile.
                changes["kiosk"]["pin_hash"] = off_gui_thread(
                    lambda: hash_pin(pin), name="pin-hash"
                )
        new = self.cfg
        try:
            new = config_with(self.cfg, changes)
        except ConfigError as exc:
            for key, message in exc.problems.items():
                errors.setdefault(key, message)
        return new, errors

    def try_save(self) -> bool:
        for row in self.fields.values():
            row.set_error("")
        self.summary.setText("")
        new, errors = self.build_config()
        token = self.token.text().strip()
        if not errors and token:
            try:
                # The OS credential store may take seconds (a locked keychain, D-Bus).
                off_gui_thread(lambda: self._store_token(token), name="credential-store")
            except Exception as exc:  # the credential store names its own problem
                errors["api.token"] = str(exc)
        if errors:
            self._show_errors(errors)
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

    def _show_errors(self, errors: dict[str, str]) -> None:
        unplaced: list[str] = []
        for key, message in errors.items():
            row = self.fields.get(key)
            if row is not None:
                row.set_error(message)
            else:
                unplaced.append(f"{key}: {message}")
        tabs = sorted({self._tab_of[k] for k in errors if k in self._tab_of})
        if tabs:
            self.tabs.setCurrentIndex(tabs[0])
        names = ", ".join(self.tabs.tabText(i) for i in tabs)
        source = "%n field(s) to correct: %1."
        text = plural(
            self.tr("%n field(s) to correct: %1.", "", len(errors)),
            "SettingsDialog",
            source,
            len(errors),
        ).replace("%1", names)
        self.summary.setText(" ".join([text, *unplaced]))
