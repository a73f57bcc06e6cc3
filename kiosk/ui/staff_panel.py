"""The staff side panel: connection, operator reference, live metrics, checklist, controls,
history (time, trust validation id, outcome — never images).

Every string is set in :meth:`StaffPanel.retranslate`, which runs again on a language
change. Updates are cheap for the GUI thread: the controls change only when the flow's state
does, the metrics at most five times a second (the caller's timer), and a label is only
touched when its text really changes (a rich-text ``setText`` re-lays out the panel).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, Qt, Signal
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

from kiosk.flow import LIVE_STATES, FlowModel, Outcome, State, SubmitResult
from kiosk.quality.report import QualityReport
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


METRICS: tuple[tuple[str, str], ...] = tuple(
    (key, str(name))
    for key, name in (
        ("faces", QT_TRANSLATE_NOOP("StaffPanel", "Faces")),
        ("pose", QT_TRANSLATE_NOOP("StaffPanel", "Yaw / pitch / roll")),
        ("size", QT_TRANSLATE_NOOP("StaffPanel", "Face size (eye distance)")),
        ("brightness", QT_TRANSLATE_NOOP("StaffPanel", "Brightness")),
        ("sharpness", QT_TRANSLATE_NOOP("StaffPanel", "Sharpness")),
        ("ms", QT_TRANSLATE_NOOP("StaffPanel", "Analysis")),
        ("fps", QT_TRANSLATE_NOOP("StaffPanel", "Shown / analysed")),
    )
)

# Where each metric goes (row, column, columns its name and its value span): the short
# ones two a row.
METRIC_PLACES = {
    "faces": (0, 0, 1),
    "ms": (0, 2, 1),
    "brightness": (1, 0, 1),
    "sharpness": (1, 2, 1),
    "pose": (2, 0, 2),
    "size": (3, 0, 2),
    "fps": (4, 0, 2),
}

CHECK_MARKS = {  # (mark, colour, bold) for: unknown, passed, failed
    None: ("○", "#56627D", False),
    True: ("✔", "#22C55E", False),
    False: ("✘", "#F87171", True),
}

PANEL_WIDTH = 392
HISTORY_MIN_HEIGHT = 84  # its header and two rows


class PanelScroll(QScrollArea):
    """The panel's scrolling part: it moves only when the operator scrolls it. Qt scrolls a
    scroll area to any child that gets the focus — also when a pressed button disables
    itself (Capture anyway, Cancel) and the focus passes on — which hid Cancel during a
    submission; here a focus change never scrolls."""

    def focusNextPrevChild(self, next: bool) -> bool:
        value = self.verticalScrollBar().value()
        moved = super().focusNextPrevChild(next)
        self.verticalScrollBar().setValue(value)
        return moved


class HistoryTable(QTableWidget):
    """The session history: it asks for no more than its minimum and takes what is left.
    (A scroll area holding word-wrapped labels treats its content's preferred height as
    the least it needs; a table's usual preferred height made the panel scroll.)"""

    def sizeHint(self) -> QSize:
        return QSize(120, HISTORY_MIN_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, HISTORY_MIN_HEIGHT)  # its columns share the panel's width


HISTORY_OUTCOME_ROLE = Qt.ItemDataRole.UserRole  # the Outcome, to retranslate the row
HISTORY_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # an error's kind, likewise


def _heading() -> QLabel:
    label = QLabel()
    label.setProperty("role", "heading")
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(10, 6, 10, 6)
    layout.setSpacing(4)
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
        self._text_scale = 1.0
        self.setFixedWidth(PANEL_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Three parts: the controls on top and Settings at the bottom never move; only the
        # middle (checks, metrics, history) can scroll, and at 1366x768 it does not need to.
        top = QWidget()
        top.setObjectName("panelBody")
        col = QVBoxLayout(top)
        col.setContentsMargins(14, 14, 14, 6)
        col.setSpacing(6)
        outer.addWidget(top)
        self.middle_scroll = PanelScroll()
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.middle_scroll, 1)
        body = QWidget()
        body.setObjectName("panelBody")
        self.middle_scroll.setWidget(body)
        middle = QVBoxLayout(body)
        middle.setContentsMargins(14, 4, 14, 4)
        middle.setSpacing(4)
        bottom = QWidget()
        bottom.setObjectName("panelBody")
        footer = QHBoxLayout(bottom)
        footer.setContentsMargins(14, 6, 14, 12)
        outer.addWidget(bottom)

        # what the data-dependent texts were made from, to make them again in a new language
        self._connection: tuple[str, bool] = ("sandbox", True)
        self._report: QualityReport | None = None
        self._rates = (0.0, 0.0)
        self._texts: dict[str, str] = {}  # label key -> text shown (skip unchanged texts)
        self._checks: dict[Rule, bool | None] = {}
        self._controls: tuple[bool, ...] | None = None

        # connection
        self.connection = QLabel()
        self.connection.setWordWrap(True)
        col.addWidget(self.connection)

        # operator reference
        self.operator_heading = _heading()
        self.operator_ref = QLineEdit()
        self.operator_ref.setMaxLength(64)
        self.operator_ref.textChanged.connect(self.operatorRefChanged)
        self.operator_heading.setBuddy(self.operator_ref)
        operator_row = QHBoxLayout()
        operator_row.setSpacing(10)
        operator_row.addWidget(self.operator_heading)
        operator_row.addWidget(self.operator_ref, 1)
        col.addLayout(operator_row)

        # controls
        self.capture_button = QPushButton()
        self.capture_button.setProperty("role", "primary")
        self.capture_button.clicked.connect(lambda: self.captureRequested.emit(False))
        self.capture_anyway = QPushButton()
        self.capture_anyway.clicked.connect(lambda: self.captureRequested.emit(True))
        self.cancel_button = QPushButton()
        self.cancel_button.setProperty("role", "danger")
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.nextPersonRequested)
        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.capture_button, 0, 0)
        grid.addWidget(self.capture_anyway, 0, 1)
        grid.addWidget(self.cancel_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1)
        col.addLayout(grid)
        self.anyway_note = QLabel()
        self.anyway_note.setProperty("role", "muted")
        self.anyway_note.setWordWrap(True)
        keep = self.anyway_note.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # its room is kept: nothing below it moves
        self.anyway_note.setSizePolicy(keep)
        col.addWidget(self.anyway_note)

        # checklist: two columns, so the history and Settings fit at 1366x768
        self.checks_heading = _heading()
        middle.addWidget(self.checks_heading)
        card, checks = _card()
        check_grid = QGridLayout()
        check_grid.setHorizontalSpacing(10)
        check_grid.setVerticalSpacing(2)
        self.check_labels: dict[Rule, QLabel] = {}
        rows = (len(PRECEDENCE) + 1) // 2
        for i, rule in enumerate(PRECEDENCE):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setProperty("role", "check")
            label.setWordWrap(True)  # a long name (Malay) takes two lines, never cut off
            label.setMinimumWidth(10)
            self.check_labels[rule] = label
            check_grid.addWidget(label, i % rows, i // rows)
        check_grid.setColumnStretch(0, 1)
        check_grid.setColumnStretch(1, 1)
        checks.addLayout(check_grid)
        middle.addWidget(card)
        middle.addSpacing(4)

        # metrics
        self.metrics_heading = _heading()
        middle.addWidget(self.metrics_heading)
        card, metrics = _card()
        self.metric_grid = QGridLayout()
        self.metric_grid.setHorizontalSpacing(12)
        self.metric_grid.setVerticalSpacing(1)
        self.metric_names: dict[str, QLabel] = {}
        self.metric_values: dict[str, QLabel] = {}
        for key, _ in METRICS:
            name = QLabel()
            name.setProperty("role", "muted")
            value = QLabel("–")
            value.setObjectName("metricValue")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.metric_names[key] = name
            self.metric_values[key] = value
            row, column, span = METRIC_PLACES[key]
            self.metric_grid.addWidget(name, row, column, 1, span)
            self.metric_grid.addWidget(value, row, column + span, 1, span)
        self.metric_grid.setColumnStretch(1, 1)
        self.metric_grid.setColumnStretch(3, 1)
        metrics.addLayout(self.metric_grid)
        middle.addWidget(card)
        middle.addSpacing(4)

        # history: takes the height that is left
        self.history_heading = _heading()
        middle.addWidget(self.history_heading)
        self.history = HistoryTable(0, 3)
        self.history.verticalHeader().setVisible(False)
        self.history.verticalHeader().setDefaultSectionSize(28)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.history.setMinimumHeight(HISTORY_MIN_HEIGHT)
        middle.addWidget(self.history, 1)

        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settingsRequested)
        footer.addStretch()
        footer.addWidget(self.settings_button)
        self.retranslate()

    # --- large text ------------------------------------------------------------------------
    @property
    def text_scale(self) -> float:
        return self._text_scale

    @text_scale.setter
    def text_scale(self, scale: float) -> None:
        """ui.large_text (set by theme.enlarge): the panel widens with its words."""
        self._text_scale = scale
        self.setFixedWidth(round(PANEL_WIDTH * scale))

    # --- language --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every visible string, in the current language (also the history's outcomes)."""
        self.operator_heading.setText(self.tr("Operator reference").upper())
        self.operator_ref.setPlaceholderText(self.tr("e.g. desk 3 / case number"))
        self.capture_button.setText(self.tr("Capture"))
        self.capture_anyway.setText(self.tr("Capture anyway"))
        self.capture_anyway.setToolTip(
            self.tr("Send although a check fails: the service may reject the photo")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("Next person"))
        self.anyway_note.setText(self.tr("A check fails: the service may reject this photo."))
        self.checks_heading.setText(self.tr("Checks").upper())
        self.metrics_heading.setText(self.tr("Live metrics").upper())
        for key, text in METRICS:
            self.metric_names[key].setText(self.tr(text))
        self.history_heading.setText(self.tr("Session history").upper())
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Validation ID"), self.tr("Outcome")]
        )
        for row in range(self.history.rowCount()):
            item = self.history.item(row, 2)
            outcome = item.data(HISTORY_OUTCOME_ROLE) if item is not None else None
            if item is not None and outcome is not None:
                text = texts.history_outcome(Outcome(outcome), item.data(HISTORY_KIND_ROLE))
                item.setText(text)
                item.setToolTip(text)
        self.settings_button.setText(self.tr("Settings…"))
        for widget, name, description in (
            (
                self.operator_ref,
                self.tr("Operator reference"),
                self.tr("Sent with the verification, e.g. desk 3 or a case number"),
            ),
            (
                self.capture_button,
                self.tr("Capture"),
                self.tr("Take the photo now; only when every check passes"),
            ),
            (
                self.capture_anyway,
                self.tr("Capture anyway"),
                self.tr("Send although a check fails: the service may reject the photo"),
            ),
            (
                self.cancel_button,
                self.tr("Cancel"),
                self.tr("Stop the capture or the submission in progress"),
            ),
            (
                self.next_button,
                self.tr("Next person"),
                self.tr("Forget this person and start again"),
            ),
            (
                self.history,
                self.tr("Session history"),
                self.tr("Time, validation ID and outcome of each verification"),
            ),
            (
                self.settings_button,
                self.tr("Settings…"),
                self.tr("Camera, service, capture, thresholds and kiosk settings"),
            ),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self._show_connection()
        self._checks.clear()  # their labels carry translated names: make them again
        self._texts.pop("fps", None)
        self.update_metrics(self._report, *self._rates)

    # --- updates ---------------------------------------------------------------------
    def set_connection(self, label: str, sandbox: bool) -> None:
        self._connection = (label, sandbox)
        self._show_connection()

    def _show_connection(self) -> None:
        label, sandbox = self._connection
        if sandbox:
            text, role = self.tr("Sandbox — not connected to IDmeta"), "badge-sandbox"
        else:
            text, role = self.tr("IDmeta · %1").replace("%1", label), "badge-live"
        self.connection.setText(text)
        self.connection.setProperty("role", role)  # (rare: at start and on a language change)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

    def update_model(self, model: FlowModel, shown_fps: float, analyses_per_s: float) -> None:
        """Controls, checklist and metrics at once."""
        self.update_controls(model)
        self.update_metrics(
            model.latest.report if model.latest is not None else None, shown_fps, analyses_per_s
        )

    def update_controls(self, model: FlowModel) -> None:
        """Buttons for the flow's state; cheap when nothing changed (every model change)."""
        live = model.state in LIVE_STATES
        report = model.latest.report if model.latest is not None else None
        passing = report is not None and report.passed
        has_face = report is not None and report.faces > 0
        controls = (
            live and passing,
            live and has_face and not passing,
            model.state in (State.CAPTURED, State.SUBMITTING),
            model.state not in (State.SUBMITTING, State.CAPTURED, State.NO_CAMERA),
        )
        if controls == self._controls:
            return
        self._controls = controls
        capture, anyway, cancel, next_person = controls
        buttons = (self.capture_button, self.capture_anyway, self.cancel_button, self.next_button)
        focused = next((b for b in buttons if b.hasFocus()), None)
        if focused is not None and not controls[buttons.index(focused)]:
            # The pressed button is about to be disabled: the focus goes to the control
            # that is now useful (Cancel while sending, Next person after it), not on
            # along the chain into the history (which also scrolled the panel).
            order = (2, 0, 3, 1)  # cancel, capture, next person, capture anyway
            target = next((buttons[i] for i in order if controls[i]), None)
            if target is not None:
                target.setEnabled(True)
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.capture_button.setEnabled(capture)
        self.capture_anyway.setEnabled(anyway)
        self.anyway_note.setVisible(anyway)
        self.cancel_button.setEnabled(cancel)
        self.next_button.setEnabled(next_person)

    def update_metrics(
        self, report: QualityReport | None, shown_fps: float, analyses_per_s: float
    ) -> None:
        """The checklist and the live metrics; only labels whose text changed are touched."""
        self._report, self._rates = report, (shown_fps, analyses_per_s)
        for rule, label in self.check_labels.items():
            check = report.check(rule) if report is not None else None
            status = None if check is None else check.passed
            if rule in self._checks and self._checks[rule] == status:
                continue
            self._checks[rule] = status
            mark, colour, bold = CHECK_MARKS[status]
            name = self.tr(str(RULE_LABELS[rule]))
            name = f"<b>{name}</b>" if bold else name
            label.setText(f"<span style='color:{colour}'>{mark}</span>&nbsp; {name}")
        face = report.face if report else None
        values = {
            "faces": str(report.faces) if report else "–",
            "pose": (
                f"{face.yaw:+.0f}° {face.pitch:+.0f}° {face.roll:+.0f}°"
                if face and face.measured
                else "–"
            ),
            "size": f"{face.ied_px:.0f} px" if face and face.measured else "–",
            "brightness": f"{report.brightness:.0f}" if report and report.brightness else "–",
            "sharpness": f"{report.sharpness:.0f}" if report and report.sharpness else "–",
            "ms": f"{report.elapsed_ms:.0f} ms" if report else "–",
            "fps": self.tr("%1 / %2 per s")
            .replace("%1", f"{shown_fps:.0f}")
            .replace("%2", f"{analyses_per_s:.0f}"),
        }
        for key, text in values.items():
            if self._texts.get(key) != text:
                self._texts[key] = text
                self.metric_values[key].setText(text)

    def add_history(self, result: SubmitResult) -> None:
        self.history.insertRow(0)
        items = [
            time.strftime("%H:%M:%S"),
            result.trust_validation_id or "–",
            texts.history_outcome(result.outcome, result.error_kind),
        ]
        for col, text in enumerate(items):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if col == 2:
                item.setData(HISTORY_OUTCOME_ROLE, str(result.outcome))
                item.setData(HISTORY_KIND_ROLE, result.error_kind)
            self.history.setItem(0, col, item)
