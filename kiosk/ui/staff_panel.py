"""The staff side panel: connection, operator reference, live metrics, checklist, controls,
history (time, trust validation id, outcome — never images)."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import LIVE_STATES, FlowModel, State, SubmitResult
from kiosk.quality.rules import PRECEDENCE, Rule
from kiosk.ui import texts

RULE_LABELS = {
    Rule.NO_FACE: QT_TRANSLATE_NOOP("StaffPanel", "Face found"),
    Rule.MULTIPLE_FACES: QT_TRANSLATE_NOOP("StaffPanel", "One face only"),
    Rule.FACE_CROPPED: QT_TRANSLATE_NOOP("StaffPanel", "Face not cut off"),
    Rule.FACE_TOO_SMALL: QT_TRANSLATE_NOOP("StaffPanel", "Close enough"),
    Rule.FACE_NEAR_BORDER: QT_TRANSLATE_NOOP("StaffPanel", "Away from the edge"),
    Rule.FACE_ANGLE: QT_TRANSLATE_NOOP("StaffPanel", "Facing the camera"),
    Rule.TOO_DARK: QT_TRANSLATE_NOOP("StaffPanel", "Not too dark"),
    Rule.TOO_BRIGHT: QT_TRANSLATE_NOOP("StaffPanel", "Not too bright"),
    Rule.FACE_OBSCURED: QT_TRANSLATE_NOOP("StaffPanel", "Face uncovered"),
    Rule.BLURRY: QT_TRANSLATE_NOOP("StaffPanel", "Sharp"),
    Rule.EYES_CLOSED: QT_TRANSLATE_NOOP("StaffPanel", "Eyes open"),
}


def _heading(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setProperty("role", "heading")
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 12, 14, 12)
    layout.setSpacing(8)
    return frame, layout


class StaffPanel(QFrame):
    captureRequested = Signal(bool)  # force
    cancelRequested = Signal()
    nextPersonRequested = Signal()
    settingsRequested = Signal()
    operatorRefChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPanel")
        self.setFixedWidth(360)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("panelBody")
        scroll.setWidget(body)
        col = QVBoxLayout(body)
        col.setContentsMargins(18, 18, 18, 18)
        col.setSpacing(14)

        # connection
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        col.addWidget(self.connection)

        # operator reference
        col.addWidget(_heading(self.tr("Operator reference")))
        self.operator_ref = QLineEdit()
        self.operator_ref.setPlaceholderText(self.tr("e.g. desk 3 / case number"))
        self.operator_ref.setMaxLength(64)
        self.operator_ref.textChanged.connect(self.operatorRefChanged)
        col.addWidget(self.operator_ref)

        # controls
        self.capture_button = QPushButton(self.tr("Capture"))
        self.capture_button.setProperty("role", "primary")
        self.capture_button.clicked.connect(lambda: self.captureRequested.emit(False))
        self.capture_anyway = QPushButton(self.tr("Capture anyway"))
        self.capture_anyway.setToolTip(
            self.tr("Send although a check fails: the service may reject the photo")
        )
        self.capture_anyway.clicked.connect(lambda: self.captureRequested.emit(True))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.next_button = QPushButton(self.tr("Next person"))
        self.next_button.clicked.connect(self.nextPersonRequested)
        grid = QGridLayout()
        grid.setSpacing(8)
        grid.addWidget(self.capture_button, 0, 0)
        grid.addWidget(self.capture_anyway, 0, 1)
        grid.addWidget(self.cancel_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1)
        col.addLayout(grid)
        self.anyway_note = QLabel(self.tr("A check fails: the service may reject this photo."))
        self.anyway_note.setProperty("role", "muted")
        self.anyway_note.setWordWrap(True)
        col.addWidget(self.anyway_note)

        # checklist
        col.addWidget(_heading(self.tr("Checks")))
        card, checks = _card()
        self.check_labels: dict[Rule, QLabel] = {}
        for rule in PRECEDENCE:
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            self.check_labels[rule] = label
            checks.addWidget(label)
        col.addWidget(card)

        # metrics
        col.addWidget(_heading(self.tr("Live metrics")))
        card, metrics = _card()
        self.metric_grid = QGridLayout()
        self.metric_grid.setHorizontalSpacing(12)
        self.metric_grid.setVerticalSpacing(4)
        self.metric_values: dict[str, QLabel] = {}
        names = [
            ("faces", self.tr("Faces")),
            ("pose", self.tr("Yaw / pitch / roll")),
            ("size", self.tr("Face size (eye distance)")),
            ("brightness", self.tr("Brightness")),
            ("sharpness", self.tr("Sharpness")),
            ("ms", self.tr("Analysis")),
            ("fps", self.tr("Shown / analysed")),
        ]
        for row, (key, text) in enumerate(names):
            name = QLabel(text)
            name.setProperty("role", "muted")
            value = QLabel("–")
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setStyleSheet("font-family: 'DejaVu Sans Mono', monospace;")
            self.metric_values[key] = value
            self.metric_grid.addWidget(name, row, 0)
            self.metric_grid.addWidget(value, row, 1)
        metrics.addLayout(self.metric_grid)
        col.addWidget(card)

        # history
        col.addWidget(_heading(self.tr("Session history")))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Validation ID"), self.tr("Outcome")]
        )
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.history.setMinimumHeight(150)
        col.addWidget(self.history)

        footer = QHBoxLayout()
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.clicked.connect(self.settingsRequested)
        footer.addStretch()
        footer.addWidget(self.settings_button)
        col.addLayout(footer)
        col.addStretch()
        self.set_connection("sandbox", True)

    # --- updates ---------------------------------------------------------------------
    def set_connection(self, label: str, sandbox: bool) -> None:
        if sandbox:
            self.connection.setText(self.tr("Sandbox — not connected to IDmeta"))
            self.connection.setProperty("role", "badge-sandbox")
        else:
            self.connection.setText(self.tr("IDmeta · %1").replace("%1", label))
            self.connection.setProperty("role", "badge-live")
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def update_model(self, model: FlowModel, shown_fps: float, analyses_per_s: float) -> None:
        live = model.state in LIVE_STATES
        report = model.latest.report if model.latest is not None else None
        passing = report is not None and report.passed
        has_face = report is not None and report.faces > 0
        self.capture_button.setEnabled(live and passing)
        self.capture_anyway.setEnabled(live and has_face and not passing)
        self.anyway_note.setVisible(live and has_face and not passing)
        self.cancel_button.setEnabled(model.state in (State.CAPTURED, State.SUBMITTING))
        self.next_button.setEnabled(
            model.state not in (State.SUBMITTING, State.CAPTURED, State.NO_CAMERA)
        )
        for rule, label in self.check_labels.items():
            name = self.tr(str(RULE_LABELS[rule]))
            check = report.check(rule) if report is not None else None
            if check is None or check.passed is None:
                label.setText(f"<span style='color:#56627D'>○</span>&nbsp; {name}")
            elif check.passed:
                label.setText(f"<span style='color:#22C55E'>✔</span>&nbsp; {name}")
            else:
                label.setText(f"<span style='color:#F87171'>✘</span>&nbsp; <b>{name}</b>")
        v = self.metric_values
        v["faces"].setText(str(report.faces) if report else "–")
        face = report.face if report else None
        v["pose"].setText(f"{face.yaw:+.0f}° {face.pitch:+.0f}° {face.roll:+.0f}°" if face else "–")
        v["size"].setText(f"{face.ied_px:.0f} px" if face else "–")
        v["brightness"].setText(f"{report.brightness:.0f}" if report and report.brightness else "–")
        v["sharpness"].setText(f"{report.sharpness:.0f}" if report and report.sharpness else "–")
        v["ms"].setText(f"{report.elapsed_ms:.0f} ms" if report else "–")
        v["fps"].setText(f"{shown_fps:.0f} / {analyses_per_s:.0f} per s")

    def add_history(self, result: SubmitResult) -> None:
        self.history.insertRow(0)
        items = [
            time.strftime("%H:%M:%S"),
            result.trust_validation_id or "–",
            texts.outcome_title(result.outcome),
        ]
        for col, text in enumerate(items):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.history.setItem(0, col, item)
