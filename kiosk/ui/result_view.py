"""The result screen: colour, icon and words together, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.flow import Outcome, SubmitResult
from kiosk.ui import texts
from kiosk.ui.fit import fitting_px
from kiosk.ui.icons import draw_icon
from kiosk.ui.plural import plural
from kiosk.ui.theme import BG, OUTCOME_COLOUR

COUNTDOWN_PLATE = BG
TITLE_STYLE = "font-size: {px}px; font-weight: 800; color: white;"
COUNTDOWN_STYLE = (
    "QLabel#resultCountdown {{ font-size: {px}px; font-weight: 700; color: white;"
    f" background: {COUNTDOWN_PLATE}; border-radius: 14px; padding: 8px 22px; }}}}"
)


class _Badge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "check"
        self.setFixedSize(168, 168)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        draw_icon(p, self.kind, QRectF(self.rect()), QColor("#FFFFFF"), badge=QColor(0, 0, 0, 70))
        p.end()


class ResultView(QWidget):
    nextPerson = Signal()
    retry = Signal()

    def __init__(self, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.setAutoFillBackground(False)
        self.outcome: Outcome | None = None
        self._colour = QColor(OUTCOME_COLOUR[Outcome.VERIFIED])

        self.badge = _Badge()
        self.title = QLabel()
        self.title.setObjectName("resultTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # a long headline (Filipino) takes two lines, never cut
        self.title.setStyleSheet(TITLE_STYLE.format(px=56))
        self.text_scale = 1.0  # ui.large_text (set by theme.enlarge)
        self.bottom_inset = 0  # kiosk mode: "Need help?" along the bottom, kept clear
        self.step = QLabel()
        self.step.setObjectName("resultStep")
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step.setWordWrap(True)
        self.step.setStyleSheet("font-size: 26px; color: white;")
        self.detail = QLabel()
        self.detail.setObjectName("resultDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("font-size: 16px; color: white;")  # 4.5:1 on every result
        self.countdown = QLabel()
        self.countdown.setObjectName("resultCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Large, and on its own dark plate: readable (≥ 4.5:1) on every result colour.
        self.countdown.setStyleSheet(COUNTDOWN_STYLE.format(px=30))
        keep = self.countdown.sizePolicy()
        # Kiosk mode: appearing does not move the words above it. Staff mode has no
        # countdown, so it keeps no room for one (1366x768 beside the panel is short).
        keep.setRetainSizeWhenHidden(kiosk)
        self.countdown.setSizePolicy(keep)
        self.countdown.hide()

        self._result: SubmitResult | None = None
        self._sandbox = False
        self._seconds: int | None = None  # the kiosk countdown shown, if any
        self.retry_button = QPushButton()
        self.retry_button.setProperty("role", "big")
        self.retry_button.clicked.connect(self.retry)
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "big")
        self.next_button.clicked.connect(self.nextPerson)

        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons = buttons
        buttons.setSpacing(20)
        buttons.addStretch()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch()

        badge_row = QHBoxLayout()
        badge_row.addStretch()
        badge_row.addWidget(self.badge)
        badge_row.addStretch()

        layout = QVBoxLayout(self)
        self.column = layout
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(18)
        layout.addStretch(2)
        layout.addLayout(badge_row)
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.step)
        layout.addWidget(self.detail)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        countdown_row = QHBoxLayout()
        countdown_row.addStretch()
        countdown_row.addWidget(self.countdown)
        countdown_row.addStretch()
        layout.addLayout(countdown_row)
        layout.addStretch(3)
        # Its width is the stage's (the words wrap): it never widens the window.
        self.setMinimumSize(320, 320)
        self._retranslate()

    def _retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try again"))
        self.next_button.setText(self.tr("Next person"))
        self.retry_button.setAccessibleName(self.retry_button.text())
        self.retry_button.setAccessibleDescription(self.tr("Take the photo again"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setAccessibleDescription(
            self.tr("Finish and make the kiosk ready for the next person")
        )
        self.set_countdown(self._seconds)
        if self._result is not None:
            self.show_result(self._result, sandbox=self._sandbox)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_result(self, result: SubmitResult, *, sandbox: bool) -> None:
        self._result, self._sandbox = result, sandbox
        self.outcome = result.outcome
        self._colour = QColor(OUTCOME_COLOUR[result.outcome])
        self.badge.kind = texts.outcome_icon(result.outcome)
        self.title.setText(texts.result_title(result))
        self._fit_title()
        self.step.setText(texts.next_step(result, self.kiosk))
        self.detail.setText(self._detail(result, sandbox))
        is_error = result.outcome is Outcome.ERROR
        self.retry_button.setVisible(is_error and (result.retryable or not self.kiosk))
        self.next_button.setVisible(not self.kiosk)
        self._fit()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def fit(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """Short screens (1366x768 beside the staff panel) get a smaller badge and margins;
        narrow ones (a portrait display) the buttons one above the other. The words stay
        above what is along the bottom (``bottom_inset``: kiosk mode's "Need help?")."""
        margin = 48 if self.height() >= 800 else 24
        bottom = max(margin, self.bottom_inset + 12)
        self.column.setContentsMargins(margin, margin, margin, bottom)
        side = max(96, min(168, round(self.height() * 0.2)))
        self._size_badge(side)
        shown = [b for b in (self.retry_button, self.next_button) if not b.isHidden()]
        room = self.width() - 2 * margin
        row = sum(b.sizeHint().width() for b in shown) + self.buttons.spacing() * (len(shown) - 1)
        wide = row <= room
        self.buttons.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        for button in shown:
            css = ""
            if button.sizeHint().width() > room or button.styleSheet():
                largest = round(22 * self.text_scale)
                px = fitting_px(button.font(), button.text(), largest, 14, room - 80, wraps=False)
                css = f"font-size: {px}px;" if px < largest else ""
            if button.styleSheet() != css:
                button.setStyleSheet(css)
        self._fit_title()
        self._fit_countdown()
        self._make_room_for_words(side)

    def _size_badge(self, side: int) -> None:
        if self.badge.width() != side:
            self.badge.setFixedSize(side, side)
        self.badge.setVisible(side > 0)

    def _make_room_for_words(self, side: int) -> None:
        """The badge gives way when the words need the height (large text, a long error,
        a short screen): smaller, down to 56 px, then none — the words are never cut."""
        for _ in range(3):  # laid out for real: what each squeezed label lacks
            self.column.activate()
            lacking = sum(
                max(0, label.heightForWidth(label.width()) - label.height())
                for label in (self.title, self.step, self.detail)
                if label.text()
            )
            if lacking == 0 or self.badge.isHidden():
                return
            smaller = self.badge.height() - lacking
            self._size_badge(smaller if smaller >= 56 else 0)

    def _fit_title(self) -> None:
        """The headline wraps between words; a word too long for the screen (Tamil's
        "verified" is one) makes the headline smaller instead of being cut."""
        largest = round(56 * self.text_scale)
        font, text, room = self.title.font(), self.title.text(), self.width() - 100
        # One line if it can be, down to 70%; else wrapped between words, a word never cut.
        px = fitting_px(font, text, largest, round(largest * 0.7), room, wraps=False)
        trial = QFont(font)
        trial.setPixelSize(px)
        if QFontMetrics(trial).horizontalAdvance(text) > room:
            px = fitting_px(font, text, round(largest * 0.7), 24, room)
        css = TITLE_STYLE.format(px=px)
        if self.title.styleSheet() != css:
            self.title.setStyleSheet(css)

    def set_countdown(self, seconds: int | None) -> None:
        self._seconds = seconds
        self.countdown.setText(
            plural(
                self.tr("Starting again in %n s", "", seconds),
                "ResultView",
                "Starting again in %n s",
                seconds,
            )
            if seconds is not None
            else ""
        )
        self.countdown.setVisible(seconds is not None)
        self._fit_countdown()

    def _fit_countdown(self) -> None:
        largest = round(30 * self.text_scale)
        room = self.width() - 100 - 44  # (its plate's padding)
        px = fitting_px(
            self.countdown.font(), self.countdown.text(), largest, 20, room, wraps=False
        )
        css = COUNTDOWN_STYLE.format(px=px)
        if self.countdown.styleSheet() != css:
            self.countdown.setStyleSheet(css)

    def _detail(self, result: SubmitResult, sandbox: bool) -> str:
        lines = []
        if result.outcome is Outcome.ERROR:
            lines.append(texts.error_kind_text(result.error_kind))
        if result.message and (result.outcome is not Outcome.VERIFIED or self.kiosk is False):
            # Kiosk: in the person's language; staff: the service's words, verbatim.
            lines.append(texts.service_message(result.message, kiosk=self.kiosk) or "")
        if not self.kiosk and result.trust_validation_id:
            lines.append(self.tr("Trust validation %1").replace("%1", result.trust_validation_id))
        if sandbox:
            lines.append(self.tr("Sandbox — simulated result, not connected to IDmeta"))
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self._colour)
        p.end()
