"""The consent screen: the operator's own notice in the person's language, accepted or
declined by touch (kiosk mode), or consent taken verbally and recorded by staff (staff
mode). Nothing is captured until it is accepted; declining returns to attract.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.config import ConsentConfig
from kiosk.flow import ConsentRecord
from kiosk.ui import i18n
from kiosk.ui.fit import fitting_px
from kiosk.ui.theme import BG, TEXT

BUTTON_STYLE = (
    "QPushButton {{ font-size: 26px; font-weight: 700; padding: 18px 36px;"
    " border-radius: 14px; min-width: 260px; background: {bg}; color: {fg}; }}"
    " QPushButton:focus {{ outline: none; border: 4px solid #FDE68A; }}"
)


class ConsentView(QWidget):
    accepted = Signal(object)  # ConsentRecord
    declined = Signal()

    def __init__(self, consent: ConsentConfig, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consent = consent
        self.kiosk = kiosk
        self.setObjectName("consentView")
        self.setStyleSheet(f"QWidget#consentView {{ background: {BG}; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title = QLabel()
        self.title.setObjectName("consentTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.title.setStyleSheet(f"font-size: 40px; font-weight: 800; color: {TEXT};")
        self.notice = QLabel()
        self.notice.setObjectName("consentNotice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(f"font-size: 24px; color: {TEXT};")
        self.link = QLabel()
        self.link.setObjectName("consentLink")
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setWordWrap(True)
        self.link.setTextFormat(Qt.TextFormat.PlainText)
        self.link.setStyleSheet("font-size: 18px; color: #BFD4FF;")  # 9:1 on the background
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("consentAccept")
        self.text_scale = 1.0  # ui.large_text (set by theme.enlarge)
        self._colours = {
            self.accept_button: {"bg": "#15803D", "fg": "#FFFFFF"},
        }
        self.accept_button.setStyleSheet(BUTTON_STYLE.format(bg="#15803D", fg="#FFFFFF"))
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("consentDecline")
        self._colours[self.decline_button] = {"bg": "#E2E8F0", "fg": "#0F172A"}
        self.decline_button.setStyleSheet(BUTTON_STYLE.format(bg="#E2E8F0", fg="#0F172A"))
        self.accept_button.clicked.connect(self._accept)
        self.decline_button.clicked.connect(self.declined)

        buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons = buttons
        buttons.setSpacing(32)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        self.column = col
        col.setContentsMargins(80, 60, 80, 60)
        col.setSpacing(28)
        col.addStretch(1)
        col.addWidget(self.title)
        col.addWidget(self.notice)
        col.addWidget(self.link)
        col.addLayout(buttons)
        col.addStretch(1)
        # Its width is the stage's: narrow stages (a portrait display, staff mode beside
        # the panel) put the buttons one above the other instead of widening the window.
        self.setMinimumSize(320, 320)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_buttons()

    def _fit_buttons(self) -> None:
        side = 80 if self.width() >= 900 else 32
        self.column.setContentsMargins(side, 60, side, 60)
        row = (
            self.accept_button.sizeHint().width()
            + self.decline_button.sizeHint().width()
            + self.buttons.spacing()
        )
        wide = row <= self.width() - 2 * side
        if not wide:  # one above the other: each as wide as the view, words smaller if need be
            room = self.width() - 2 * side - 2 * 36 - 16  # (the buttons' padding)
            for button, colours in self._colours.items():
                largest = round(26 * self.text_scale)
                px = fitting_px(button.font(), button.text(), largest, 14, room, wraps=False)
                css = BUTTON_STYLE.format(**colours).replace(
                    "font-size: 26px", f"font-size: {px}px"
                )
                if button.styleSheet() != css:
                    button.setStyleSheet(css)
        self.buttons.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self.buttons.setSpacing(32 if wide else 16)

    def shown_language(self) -> str:
        """The language the notice is shown in (the person's, when configured)."""
        if not self.consent.enabled:
            return i18n.current_language()
        return self.consent.notice(i18n.current_language())[0]

    def _accept(self) -> None:
        version, language = self.consent.version, self.shown_language()
        record = (
            ConsentRecord.now(version, language, "touch")
            if self.kiosk
            else ConsentRecord.now(version, language, "verbal")
        )
        self.accepted.emit(record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Before we take your photo"))
        text = self.consent.notice(i18n.current_language())[1] if self.consent.enabled else ""
        self.notice.setText(text)
        self.link.setText(
            self.tr("Full notice: %1").replace("%1", self.consent.url) if self.consent.url else ""
        )
        self.link.setVisible(bool(self.consent.url))
        if self.kiosk:
            self.accept_button.setText(self.tr("I agree"))
            self.decline_button.setText(self.tr("No, thank you"))
            accept_help = self.tr("Agree to the notice and go on to the photo")
            decline_help = self.tr("Do not take a photo; back to the start")
        else:
            self.accept_button.setText(self.tr("Consent given verbally"))
            self.decline_button.setText(self.tr("Consent declined"))
            accept_help = self.tr("Record that the person agreed verbally, then capture")
            decline_help = self.tr("The person declined: nothing is captured")
        for button, help_ in (
            (self.accept_button, accept_help),
            (self.decline_button, decline_help),
        ):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(help_)
            button.setToolTip(help_)
        self.notice.setAccessibleName(self.tr("Consent notice"))
        self.notice.setAccessibleDescription(text)
        self._fit_buttons()  # their words' width changed
