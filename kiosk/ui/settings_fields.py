"""The settings dialog's inputs: a row with its unit, range, explanation and error line;
a number field that keeps what is typed; a camera picker.

Numbers are plain line edits, not spin boxes: a QSpinBox/QDoubleSpinBox styled by the
theme's stylesheet (border, padding) with its buttons hidden gets an edit area 1 px wide
from Qt's style-sheet style, so its value showed empty and typing showed nothing; and a
spin box silently puts back its last value when the text is out of range. Here the text
stays as typed and an out-of-range value is marked at once, then refused at Save.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.camera.devices import CameraDevice, config_value, find_camera

Number = int | float


class FieldRow:
    """An input with, beside it, its unit and range, and underneath an explanation and an
    error line."""

    def __init__(
        self, widget: QWidget, side: str = "", help_text: str = "", *, compact: bool = False
    ) -> None:
        self.widget = widget
        self.box = QWidget()
        outer = QVBoxLayout(self.box)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(10)
        if compact:  # a number: a short field, the unit and range right after it
            widget.setFixedWidth(140)
        line.addWidget(widget, 0 if compact else 1)
        self.side = QLabel(side)
        self.side.setProperty("role", "muted")
        self.side.setWordWrap(True)  # the unit and range wrap rather than widen the dialog
        self.side.setVisible(bool(side))
        line.addWidget(self.side, 1 if compact else 0)
        outer.addLayout(line)
        self.help = QLabel(help_text)
        self.help.setProperty("role", "muted")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_text))
        outer.addWidget(self.help)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.widget.setProperty("invalid", bool(text))
        style = self.widget.style()
        style.unpolish(self.widget)
        style.polish(self.widget)


class NumberField(QLineEdit):
    """A number as typed: digits, a sign and (unless ``whole``) one decimal point or comma.

    ``value()`` is the number, or None when the text is not one yet; nothing is clamped."""

    edited = Signal()

    def __init__(self, value: Number, *, whole: bool = False, decimals: int = 3) -> None:
        super().__init__()
        self.whole = whole
        pattern = r"-?\d{0,9}" if whole else r"-?\d{0,9}([.,]\d{0,6})?"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setText(format_number(value, whole=whole, decimals=decimals))
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> Number | None:
        text = self.text().strip().replace(",", ".")
        if not re.fullmatch(r"-?(\d+\.?\d*|\.\d+)", text):
            return None
        number = float(text)
        return int(number) if number.is_integer() and "." not in text else number

    def set_number(self, value: Number) -> None:
        self.setText(format_number(value, whole=self.whole))
        self.edited.emit()


def format_number(value: Number, *, whole: bool = False, decimals: int = 3) -> str:
    if whole:
        return str(int(value))
    return f"{float(value):.{decimals}f}".rstrip("0").rstrip(".")


def range_text(bounds: tuple[float, float] | None, unit: str) -> str:
    """``"px · 160 – 7680"``, or ``"px · 0 or more"`` for an upper-unbounded value."""
    if bounds is None:
        span = QCoreApplication.translate("SettingsDialog", "0 or more")
    else:
        span = f"{format_number(bounds[0])} – {format_number(bounds[1])}"
    return f"{unit} · {span}" if unit else span


# --- camera ----------------------------------------------------------------------------


def list_cameras() -> list[CameraDevice]:
    """The cameras this computer can name without opening them (kiosk.camera.devices)."""
    from kiosk.camera.devices import list_cameras as found

    return found()


def camera_source_problem(text: str, cameras: Sequence[CameraDevice]) -> str:
    """Why ``text`` cannot be the camera (``""`` when it can). A path must exist; a name
    or stable id must be one of the cameras found."""
    spec = text.strip()
    if not spec or spec.isdigit():
        return ""
    path = Path(spec).expanduser()
    if path.suffix or "/" in spec or "\\" in spec or path.exists():
        if not path.exists():
            return QCoreApplication.translate(
                "SettingsDialog", "No such file or folder: %1"
            ).replace("%1", str(path))
        return ""
    if find_camera(spec, cameras) is not None:
        return ""
    found = ", ".join(d.name for d in cameras) or QCoreApplication.translate(
        "SettingsDialog", "none"
    )
    return (
        QCoreApplication.translate("SettingsDialog", "No camera named “%1” (cameras found: %2)")
        .replace("%1", spec)
        .replace("%2", found)
    )


class CameraPicker(QComboBox):
    """Editable: the cameras found, or a typed index, video file or image folder."""

    def __init__(
        self, current: str, cameras: Callable[[], list[CameraDevice]] = list_cameras
    ) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.cameras: list[CameraDevice] = []
        self._fill(cameras())
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("empty: first webcam · 1: camera index · file or folder"))
        self._choose(current)

    def _fill(self, cameras: list[CameraDevice]) -> None:
        self.cameras = list(cameras)
        self.clear()
        self.addItem(self.tr("First webcam (default)"), "")
        for device in self.cameras:
            value = config_value(device, self.cameras)
            label = device.name if value == device.name else f"{device.name} ({device.stable_id})"
            self.addItem(label, value)
            self.setItemData(self.count() - 1, device.stable_id, Qt.ItemDataRole.ToolTipRole)

    def set_cameras(self, cameras: list[CameraDevice]) -> None:
        """A camera was plugged in or out while the dialog is open: list what is there now,
        keeping what is chosen or typed (a chosen camera that went away stays, by name, and
        is marked as not found)."""
        kept = self.source()
        chosen = next((d for d in self.cameras if config_value(d, self.cameras) == kept), None)
        self.blockSignals(True)
        try:
            self._fill(cameras)
            self._choose(chosen.stable_id if chosen is not None else kept)
            if chosen is not None and self.currentText() == chosen.stable_id:
                self.setEditText(kept)  # gone: still named as it was chosen
        finally:
            self.blockSignals(False)
        if self.source() != kept:  # (the thumbnail follows a change of camera only)
            self.currentIndexChanged.emit(self.currentIndex())

    def _choose(self, current: str) -> None:
        found = self.findData(current)
        if found < 0 and current and not current.isdigit():  # the same camera, named otherwise
            named = find_camera(current, self.cameras)
            found = self.findData(config_value(named, self.cameras)) if named else -1
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(current)

    def source(self) -> str:
        """The configuration's ``camera.source`` for what is chosen or typed."""
        text = self.currentText().strip()
        found = self.findText(text)
        if found >= 0:
            return str(self.itemData(found))
        return text

    def problem(self) -> str:
        return camera_source_problem(self.source(), self.cameras)
