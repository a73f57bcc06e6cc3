"""The main window: the stage (live preview or result) and, in staff mode, the side panel."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from kiosk.flow import FlowModel, State, SubmitResult
from kiosk.ui.controller import FlowController
from kiosk.ui.icons import app_icon
from kiosk.ui.preview import PreviewWidget
from kiosk.ui.result_view import ResultView
from kiosk.ui.staff_panel import StaffPanel


class MainWindow(QMainWindow):
    settingsRequested = Signal()

    def __init__(
        self,
        controller: FlowController,
        *,
        kiosk: bool,
        mirror: bool = True,
        sound: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kiosk = kiosk
        self.sound = sound
        self.setWindowTitle(self.tr("IDmeta Face Capture"))
        self.setWindowIcon(app_icon())
        self.resize(1366, 800)

        self.preview = PreviewWidget(mirror=mirror)
        self.result_view = ResultView(kiosk)
        self.stage = QStackedWidget()
        self.stage.addWidget(self.preview)
        self.stage.addWidget(self.result_view)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        self.panel: StaffPanel | None = None
        if not kiosk:
            self.panel = StaffPanel()
            layout.addWidget(self.panel)
            self.panel.set_connection(controller.submitter.label, controller.submitter.is_sandbox)
            self.panel.captureRequested.connect(controller.capture_now)
            self.panel.cancelRequested.connect(controller.cancel)
            self.panel.nextPersonRequested.connect(controller.next_person)
            self.panel.settingsRequested.connect(self.settingsRequested)
            self.panel.operatorRefChanged.connect(self._set_operator_ref)
        self.setCentralWidget(central)

        self.result_view.nextPerson.connect(controller.next_person)
        self.result_view.retry.connect(controller.retry)
        controller.frameArrived.connect(self.preview.show_frame)
        controller.modelChanged.connect(self.show_model)
        controller.answered.connect(self._on_answered)
        controller.cue.connect(self._on_cue)
        self._shown_result: SubmitResult | None = None

        # Animation (ring, spinner) and the metrics refresh, independent of camera frames.
        self._animate = QTimer(self)
        self._animate.setInterval(33)
        self._animate.timeout.connect(self._on_animate)
        self._animate.start()
        self._metrics_ticks = 0
        self.allow_close = not kiosk
        self.show_model(controller.model)

    def _set_operator_ref(self, text: str) -> None:
        self.controller.operator_ref = text.strip()

    # --- rendering -------------------------------------------------------------------
    def show_model(self, model: FlowModel) -> None:
        self.preview.set_model(model)
        if model.state is State.RESULT and model.result is not None:
            if model.result is not self._shown_result:
                self._shown_result = model.result
                self.result_view.show_result(
                    model.result, sandbox=self.controller.submitter.is_sandbox
                )
            self.stage.setCurrentWidget(self.result_view)
        else:
            self._shown_result = None
            self.stage.setCurrentWidget(self.preview)

    def _on_animate(self) -> None:
        model = self.controller.model
        if model.state in (State.STEADY, State.SUBMITTING, State.CAPTURED):
            self.preview.update()
        if model.state is State.RESULT and self.kiosk:
            left = model.settings.result_timeout_s - (self.controller.now() - model.since)
            self.result_view.set_countdown(max(0, int(left + 0.999)))
        else:
            self.result_view.set_countdown(None)
        self._metrics_ticks += 1
        if self.panel is not None and self._metrics_ticks % 8 == 0:
            self.panel.update_model(
                model, self.preview.fps(), self.controller.analyses_per_second()
            )

    def _on_answered(self, result: SubmitResult) -> None:
        if self.panel is not None:
            self.panel.add_history(result)

    def _on_cue(self, kind: str) -> None:
        if self.sound:
            QApplication.beep()

    # --- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # kiosk mode: Alt+F4 and the like do nothing
            return
        self._animate.stop()
        event.accept()
