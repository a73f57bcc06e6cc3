"""The main window: the stage (live preview or result) and, in staff mode, the side panel."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from kiosk.config import ConsentConfig
from kiosk.flow import FlowModel, Outcome, State, SubmitResult
from kiosk.ui import i18n
from kiosk.ui.accessibility import label_controls
from kiosk.ui.camera_notice import CameraNotice
from kiosk.ui.consent_view import ConsentView
from kiosk.ui.controller import FlowController
from kiosk.ui.help_control import HelpControl
from kiosk.ui.icons import app_icon
from kiosk.ui.kiosk_mode import KioskGuard
from kiosk.ui.language_picker import LanguagePicker
from kiosk.ui.lock import PinGuard
from kiosk.ui.pin_dialog import PinDialog
from kiosk.ui.preview import PreviewWidget
from kiosk.ui.result_view import ResultView
from kiosk.ui.sound import CuePlayer, SystemCuePlayer
from kiosk.ui.speech import SpeechGuide
from kiosk.ui.staff_panel import StaffPanel
from kiosk.ui.theme import enlarge

METRICS_INTERVAL_MS = 200


def default_size() -> QSize:
    """The staff window's first size: 1366x800, but never more than the screen has room
    for (a 1366x768 laptop keeps its task bar and the panel's Settings button in view)."""
    wanted = QSize(1366, 800)
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    return wanted.boundedTo(room) if room.isValid() and not room.isEmpty() else wanted


# States with something that moves by itself (MainWindow._on_animate).
ANIMATED = (State.STEADY, State.SUBMITTING, State.CAPTURED, State.RESULT)


class MainWindow(QMainWindow):
    settingsRequested = Signal()
    leaveKioskRequested = Signal()  # "Leave kiosk mode" (or Esc, without a PIN): staff mode

    def __init__(
        self,
        controller: FlowController,
        *,
        kiosk: bool,
        mirror: bool = True,
        sound: bool = False,
        pin_guard: PinGuard | None = None,
        cue_player: CuePlayer | None = None,
        consent: ConsentConfig | None = None,
        speech: SpeechGuide | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kiosk = kiosk
        self.text_scale = 1.0  # ui.large_text (kiosk.ui.runner.use_large_text)
        self.sound = sound  # ui.sound: the cue on capture and on result
        self._cue_player = cue_player  # made on the first cue when not given
        self.setWindowIcon(app_icon())
        self.resize(default_size())

        self.preview = PreviewWidget(mirror=mirror)
        self.camera_notice = CameraNotice(self.preview)
        self.preview.installEventFilter(self)  # its resizes place the notes drawn over it
        self.result_view = ResultView(kiosk)
        self.result_view.installEventFilter(self)  # its resizes place the help button
        self.stage = QStackedWidget()
        self.stage.addWidget(self.preview)
        self.stage.addWidget(self.result_view)
        # The consent notice, when one is configured (nothing is captured before it).
        self.consent_view: ConsentView | None = None
        if consent is not None and consent.enabled:
            self.consent_view = ConsentView(consent, kiosk)
            self.consent_view.accepted.connect(controller.accept_consent)
            self.consent_view.declined.connect(controller.decline_consent)
            self.consent_view.installEventFilter(self)  # its resizes place the help button
            self.stage.addWidget(self.consent_view)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stage, 1)
        self.panel: StaffPanel | None = None
        self.help: HelpControl | None = None  # kiosk mode: "Need help? Call staff"
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
        self.preview.displayChanged.connect(self._set_display_request)
        controller.modelChanged.connect(self.show_model)
        controller.answered.connect(self._on_answered)
        controller.cancelled.connect(self._on_cancelled)
        controller.cue.connect(self._on_cue)
        # Spoken guidance (ui.speech): it plays the cues itself when there is no voice.
        self.speech = speech
        if speech is not None:
            speech.cue = self._play_cue
            controller.modelChanged.connect(speech.on_model)
        controller.cameraProblem.connect(self._on_camera_problem)
        self._shown_result: SubmitResult | None = None
        self._shown_state: State | None = None

        # Animation (ring, spinner), independent of camera frames.
        self._animate = QTimer(self)
        self._animate.setInterval(33)
        self._animate.timeout.connect(self._on_animate)
        self._animate.start()
        self._closed = False
        # The staff panel's checklist and metrics: five times a second is plenty to read.
        self._metrics = QTimer(self)
        self._metrics.setInterval(METRICS_INTERVAL_MS)
        self._metrics.timeout.connect(self._refresh_metrics)
        if self.panel is not None:
            self._metrics.start()
        self._countdown: int | None = None
        self._follows_screen = False
        self.pin_guard = pin_guard or PinGuard("")
        # Kiosk mode locks only with a staff PIN: without one nobody could ever leave it.
        self.locked = kiosk and self.pin_guard.has_pin
        self.allow_close = not self.locked
        self.pin_dialog: PinDialog | None = None
        self.pin_screens_opened = 0
        self.admin_box: QMessageBox | None = None
        self.guard: KioskGuard | None = None
        self.unlocked_note: QLabel | None = None
        self.pin_offer: QWidget | None = None
        if kiosk:
            self.setWindowFlags(
                self.windowFlags()
                | Qt.WindowType.FramelessWindowHint
                | Qt.WindowType.WindowStaysOnTopHint
            )
            self._build_language_bar()
            self.help = HelpControl(self.preview)
            self.help.helpRequested.connect(controller.request_help)
            self.guard = KioskGuard(self, self, locked=self.locked)
            self.guard.adminRequested.connect(self.ask_pin)
            self.guard.leaveRequested.connect(self.leave_kiosk)
            self.guard.install()
            if not self.locked:
                self.unlocked_note = QLabel(self.preview)
                self.unlocked_note.setObjectName("unlockedNote")
                self.unlocked_note.setStyleSheet(
                    "QLabel#unlockedNote { background: #FDE68A; color: #1F2937;"
                    " border-radius: 8px; padding: 6px 12px; font-size: 15px;"
                    " font-weight: 600; }"
                )
        else:
            self._build_pin_offer()
        self.retranslate()
        self.show_model(controller.model)

    # --- language --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            # The picker, help and notes change size with the words (and side with the
            # direction): place them once they have all been retranslated.
            QTimer.singleShot(0, self, self._place_overlays)
        super().changeEvent(event)

    def _place_overlays(self) -> None:
        self._place_language_bar(self.controller.model)
        self._place_notes()

    def retranslate(self) -> None:
        """The window's own strings; the panel, result screen and preview follow by
        themselves (each gets the LanguageChange event too)."""
        self.setWindowTitle(self.tr("IDmeta Face Capture"))
        if self.unlocked_note is not None:
            self.unlocked_note.setText(
                self.tr("Not locked: no staff PIN set") + " · " + self.tr("Esc leaves kiosk mode")
            )
            self._place_notes()
        if self.pin_offer is not None:
            self.pin_offer_text.setText(self.tr("No staff PIN set: kiosk mode will not be locked."))
            self.pin_offer_button.setText(self.tr("Set a PIN…"))
            self.pin_offer_button.setAccessibleDescription(
                self.tr("Open the settings to set a staff PIN that locks kiosk mode")
            )
        label_controls(self)
        # The panel and screens retranslate on their own LanguageChange: fill after them.
        QTimer.singleShot(0, self, lambda: label_controls(self))

    def _build_pin_offer(self) -> None:
        """Staff mode without a PIN: say what that means and offer to set one."""
        self.pin_offer = QWidget()
        row = QHBoxLayout(self.pin_offer)
        row.setContentsMargins(12, 0, 12, 0)
        self.pin_offer_text = QLabel()
        self.pin_offer_button = QPushButton()
        self.pin_offer_button.setStyleSheet("padding: 3px 12px;")  # a slim bar: 1366x768
        self.pin_offer_button.clicked.connect(self.settingsRequested)
        row.addWidget(self.pin_offer_text)
        row.addWidget(self.pin_offer_button)
        row.addStretch()
        self.statusBar().addWidget(self.pin_offer, 1)
        self.statusBar().setSizeGripEnabled(False)
        self.statusBar().setVisible(not self.pin_guard.has_pin)

    def show_kiosk(self) -> None:
        """Kiosk mode fills the screen: asked of the window manager (full screen) and set
        outright, since a kiosk often runs on a bare X server, where nothing would honour
        the request and the window stayed at its own size in a corner. Follows the screen
        when its resolution changes (a display plugged in, rotated)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
            if not self._follows_screen:
                screen.geometryChanged.connect(self._fill_screen)
                self._follows_screen = True
        self.showFullScreen()

    def _fill_screen(self) -> None:
        screen = self.screen()
        if self.kiosk and screen is not None and self.isVisible():
            self.setGeometry(screen.geometry())

    def set_pin_guard(self, guard: PinGuard) -> None:
        """A PIN was set (or cleared) in the settings: staff mode's offer follows; kiosk
        mode locks from the next start (it says so while not locked)."""
        self.pin_guard = guard
        if self.pin_offer is not None:
            self.statusBar().setVisible(not guard.has_pin)

    def _build_language_bar(self) -> None:
        """Kiosk mode: the person picks the language on the attract screen (compact: one
        button, a list of every language named in itself)."""
        self.language_bar = LanguagePicker(self.preview)
        self.language_bar.chosen.connect(self._choose_language)

    def _choose_language(self, code: str) -> None:
        i18n.set_language(code)
        self.preview.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_language_bar(self.controller.model)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.preview and event.type() == QEvent.Type.Resize:
            self._place_notes()
            self._place_language_bar(self.controller.model)
        elif (
            watched in (getattr(self, "consent_view", None), getattr(self, "result_view", None))
            and event.type() == QEvent.Type.Resize
        ):
            self._place_language_bar(self.controller.model)  # (help is shown on them too)
            self._place_notes()
        return super().eventFilter(watched, event)

    def _help_host(self) -> QWidget | None:
        """The screen "Need help?" (and the not-locked note) is on now, if any."""
        help_ = getattr(self, "help", None)
        return help_.parentWidget() if help_ is not None else None

    def _place_notes(self) -> None:
        self.camera_notice.place()
        note = self.unlocked_note
        host = self._help_host()
        if note is not None:
            if host is None:
                host = self.preview
            if note.parentWidget() is not host:
                note.setParent(host)
                note.show()
            if self.help is not None:
                # beside the help button, never under it: a long language wraps
                room = max(200, host.width() - self.help.width() - 28 - 16 - 24)
                wrap = note.fontMetrics().horizontalAdvance(note.text()) + 24 > room
                note.setWordWrap(wrap)
                note.setMinimumWidth(room if wrap else 0)
                note.setMaximumWidth(room)
            above = False
            if self.help is not None:
                longest = max(
                    (note.fontMetrics().horizontalAdvance(w) for w in note.text().split()),
                    default=0,
                )
                if longest + 24 > note.maximumWidth():  # too narrow beside it: above it
                    above = True
                    room = host.width() - 32
                    note.setWordWrap(True)
                    note.setMinimumWidth(room)
                    note.setMaximumWidth(room)
            note.adjustSize()
            bottom = host.height() - 16
            if above and self.help is not None:
                bottom = self.help.y() - 12
            note.move(self._edge_x(host, note, 16), bottom - note.height())
            note.raise_()
        self._reserve_bottom()

    def _reserve_bottom(self) -> None:
        """Kiosk mode: the guidance banner (and the result screen's words) stay above
        "Need help?" and the not-locked note at the bottom of the screen."""
        host = self._help_host()
        inset = 0
        for widget in (getattr(self, "help", None), getattr(self, "unlocked_note", None)):
            if widget is not None and host is not None and widget.parentWidget() is host:
                inset = max(inset, host.height() - widget.y())
        for screen in (self.preview, getattr(self, "result_view", None)):
            if screen is None:
                continue
            wanted = inset if host is screen else 0
            if wanted != screen.bottom_inset:
                screen.bottom_inset = wanted
                screen.update()
                if screen is self.result_view:
                    self.result_view.fit()

    def _edge_x(self, host: QWidget, widget: QWidget, margin: int, *, end: bool = False) -> int:
        """x of ``widget`` ``margin`` from the start side of ``host`` (``end``: the end side)
        — left and right swap when the layout is right to left (Arabic)."""
        at_right = end != self.isRightToLeft()
        return host.width() - widget.width() - margin if at_right else margin

    def _place_language_bar(self, model: FlowModel) -> None:
        """The kiosk's language bar (top right) and help control (bottom right), over the
        preview, the consent notice or the result screen: "Need help?" is on every screen
        a person can get stuck on."""
        bar = getattr(self, "language_bar", None)
        if bar is None:
            return
        # On the consent notice too: the person reads it in their own language.
        host: QWidget = self.preview
        if model.state is State.CONSENT and self.consent_view is not None:
            host = self.consent_view
        elif model.state is State.RESULT:
            host = self.result_view
        if self.help is not None:
            if self.help.parentWidget() is not host:
                self.help.setParent(host)
            self.help.show()  # in every state: the way through when nothing else works
            self.help.adjustSize()
            self.help.move(
                self._edge_x(host, self.help, 28, end=True),
                host.height() - self.help.height() - 28,
            )
            self.help.raise_()
            self._place_notes()
        if bar.parentWidget() is not host:
            bar.setParent(host)
        bar.setVisible(model.state in (State.ATTRACT, State.CONSENT, State.ALIGNING, State.STEADY))
        bar.refresh()
        bar.move(self._edge_x(host, bar, 28, end=True), 28)

    # --- kiosk administration ----------------------------------------------------------
    def ask_pin(self) -> None:
        if not self.locked:
            self._admin_menu()  # no PIN to ask for
            return
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            return
        self.pin_screens_opened += 1
        self.pin_dialog = PinDialog(self.pin_guard, self, show_gesture=self.pin_screens_opened == 1)
        enlarge(self.pin_dialog, self.text_scale)
        self.pin_dialog.accepted.connect(self._admin_menu)
        self.pin_dialog.open()

    def _admin_menu(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Staff"))
        box.setText(self.tr("What would you like to do?"))
        settings = box.addButton(self.tr("Settings…"), QMessageBox.ButtonRole.ActionRole)
        leave = box.addButton(self.tr("Leave kiosk mode"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        settings.clicked.connect(self.settingsRequested)
        leave.clicked.connect(self.leave_kiosk)
        self.admin_box = box
        box.open()

    def leave_kiosk(self) -> None:
        """After the PIN (or Esc without one): back to staff mode — the app builds the
        staff window on ``leaveKioskRequested`` — and this window closes."""
        if self.guard is not None:
            self.guard.unlocked = True
            self.guard.remove()
            self.guard = None
        self.allow_close = True
        self.leaveKioskRequested.emit()
        self.close()

    def _set_display_request(self, request: tuple[int, int, bool]) -> None:
        self.controller.capture.display_request = request

    def _set_operator_ref(self, text: str) -> None:
        self.controller.operator_ref = text.strip()

    # --- rendering -------------------------------------------------------------------
    def show_model(self, model: FlowModel) -> None:
        """Every model change (~25 a second while someone is in front of the camera): only
        what changed is touched."""
        state_changed = model.state is not self._shown_state
        self._shown_state = model.state
        self.preview.set_model(model)
        if self.panel is not None:
            self.panel.update_controls(model)
        if state_changed:
            self._place_language_bar(model)
            self._show_camera_notice(model)
            self._run_animation(model)
        if model.state is State.RESULT and model.result is not None:
            if model.result is not self._shown_result:
                self._shown_result = model.result
                self.result_view.show_result(
                    model.result, sandbox=self.controller.submitter.is_sandbox
                )
            stage: QWidget = self.result_view
        elif model.state is State.CONSENT and self.consent_view is not None:
            self._shown_result = None
            stage = self.consent_view
        else:
            self._shown_result = None
            stage = self.preview
        if self.stage.currentWidget() is not stage:
            self.stage.setCurrentWidget(stage)

    def _run_animation(self, model: FlowModel) -> None:
        """The 30 Hz animation timer only while something moves by itself (the ring, the
        spinner, the result's countdown) or speech is on: not on the attract screen, where
        its 30 wake-ups a second did nothing."""
        needed = self.speech is not None or model.state in ANIMATED
        if needed and not self._animate.isActive() and not self._closed:
            self._animate.start()
        elif not needed and self._animate.isActive():
            self._on_animate()  # the countdown's last word
            self._animate.stop()

    def _on_animate(self) -> None:
        model = self.controller.model
        if self.speech is not None:
            self.speech.tick()  # a guidance that has held long enough is said
        if model.state in (State.STEADY, State.SUBMITTING, State.CAPTURED):
            self.preview.update()
        countdown = None
        if model.state is State.RESULT and self.kiosk:
            left = model.settings.result_timeout_s - (self.controller.now() - model.since)
            countdown = max(0, int(left + 0.999))
        if countdown != self._countdown:
            self._countdown = countdown
            self.result_view.set_countdown(countdown)

    def _refresh_metrics(self) -> None:
        if self.panel is not None:
            model = self.controller.model
            report = model.latest.report if model.latest is not None else None
            self.panel.update_metrics(
                report, self.preview.fps(), self.controller.analyses_per_second()
            )

    def _on_camera_problem(self, problem: object) -> None:
        self.camera_notice.set_problem(problem)  # type: ignore[arg-type]
        self._show_camera_notice(self.controller.model)

    def _show_camera_notice(self, model: FlowModel) -> None:
        show = model.state is State.NO_CAMERA and self.camera_notice.problem is not None
        if show:
            self.camera_notice.place()
            self.camera_notice.raise_()
        self.camera_notice.setVisible(show)

    def _on_answered(self, result: SubmitResult) -> None:
        if self.panel is not None:
            self.panel.add_history(result)

    def _on_cancelled(self, result: SubmitResult) -> None:
        """Staff cancelled: the session history says so (with the validation id, if the
        service had already answered); the screen went back to the start at the click."""
        if self.panel is not None:
            self.panel.add_history(dataclasses.replace(result, outcome=Outcome.CANCELLED))

    @property
    def cue_player(self) -> CuePlayer | None:
        return self._cue_player

    def close_sound(self) -> None:
        """Stop the cue player's thread (the app is ending)."""
        if self._cue_player is not None:
            self._cue_player.close()

    def _on_cue(self, kind: str) -> None:
        if self.speech is not None and not self.sound:
            self.speech.on_cue(kind)  # no voice for the language: the cue instead
            return
        if not self.sound:
            return
        self._play_cue(kind)

    def _play_cue(self, kind: str) -> None:
        if self._cue_player is None:
            self._cue_player = SystemCuePlayer()
        self._cue_player.play(kind)  # returns at once: played on the player's own thread

    # --- closing ---------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()  # kiosk mode: Alt+F4 and the like do nothing
            return
        self._closed = True
        self._animate.stop()
        if self.speech is not None:
            self.speech.close()
        self._metrics.stop()
        self.close_sound()
        event.accept()
