"""Kiosk mode's "Need help? Call staff": the other way through for anyone who cannot
finish the capture. Pressing it shows that staff are called and raises a staff alert
(the controller logs it and counts it in ``kiosk_staff_alerts_total``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

MESSAGE_MS = 15_000  # the "staff are on the way" message stays this long

STYLE = """
QPushButton#helpButton { font-size: 22px; font-weight: 700; padding: 14px 26px;
    border-radius: 14px; background: #FDE68A; color: #1F2937; }
QPushButton#helpButton:focus { border: 4px solid #FFFFFF; }
QLabel#helpMessage { font-size: 20px; font-weight: 600; padding: 10px 16px;
    border-radius: 10px; background: #1F2937; color: #FFFFFF; }
"""


class HelpControl(QWidget):
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.button = QPushButton()
        self.button.setObjectName("helpButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.request)
        self.message = QLabel()
        self.message.setObjectName("helpMessage")
        self.message.setWordWrap(True)
        self.message.setMaximumWidth(420)
        self.message.hide()
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        col.addWidget(self.message, 0, Qt.AlignmentFlag.AlignRight)
        col.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(MESSAGE_MS)
        self._hide.timeout.connect(self._clear)
        self.retranslate()

    def request(self) -> None:
        self.message.show()
        self.adjustSize()
        self._hide.start()
        self.helpRequested.emit()

    def _clear(self) -> None:
        self.message.hide()
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Need help? Call staff"))
        self.button.setAccessibleName(self.button.text())
        self.button.setAccessibleDescription(
            self.tr("Calls a member of staff to help you; no photo is needed for that")
        )
        self.message.setText(
            self.tr("A member of staff has been called and will be with you soon.")
        )
        self.message.setAccessibleName(self.message.text())
