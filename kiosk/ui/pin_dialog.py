"""The staff PIN prompt: a large touch keypad; wrong PINs count towards a lockout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.accessibility import label_controls
from kiosk.ui.background import off_gui_thread
from kiosk.ui.kiosk_mode import TAPS, TAPS_WINDOW_S
from kiosk.ui.lock import PinGuard, Verdict
from kiosk.ui.plural import plural


class PinDialog(QDialog):
    def __init__(
        self, guard: PinGuard, parent: QWidget | None = None, *, show_gesture: bool = False
    ) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setObjectName("pinDialog")
        self.setStyleSheet(
            "QDialog#pinDialog { border: 1px solid #26324D; border-radius: 16px; }"
            "QPushButton[role='key'] { font-size: 26px; min-width: 84px; min-height: 64px; }"
        )
        title = QLabel(self.tr("Staff only"))
        title.setStyleSheet("font-size: 26px; font-weight: 700;")
        self.entry = QLineEdit()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setStyleSheet("font-size: 28px; letter-spacing: 8px; padding: 10px;")
        self.entry.setPlaceholderText(self.tr("PIN"))
        self.entry.returnPressed.connect(self.submit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("color: #FCA5A5; font-size: 15px;")
        # The first time: how this screen is reached, for whoever has to find it again.
        self.gesture = QLabel(gesture_text(self))
        self.gesture.setWordWrap(True)
        self.gesture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gesture.setStyleSheet("color: #C9D3E6; font-size: 15px;")
        self.gesture.setVisible(show_gesture)

        pad = QGridLayout()
        pad.setSpacing(10)
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]):
            button = QPushButton(key if key != "OK" else self.tr("OK"))
            button.setProperty("role", "primary" if key == "OK" else "key")
            if key == "OK":
                button.setMinimumHeight(64)
                button.clicked.connect(self.submit)
            elif key == "⌫":
                button.clicked.connect(self.entry.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self.entry.insert(k))
            if key == "⌫":
                button.setAccessibleName(self.tr("Delete"))
                button.setAccessibleDescription(self.tr("Delete the last digit"))
            elif key == "OK":
                button.setAccessibleDescription(self.tr("Check the PIN"))
            else:
                button.setAccessibleDescription(self.tr("Type %1").replace("%1", key))
            pad.addWidget(button, i // 3, i % 3)

        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        cancel.setAccessibleDescription(self.tr("Back to the kiosk"))
        self.entry.setAccessibleName(self.tr("Staff PIN"))
        self.entry.setAccessibleDescription(self.tr("Type the staff PIN, then OK"))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.gesture)
        layout.addWidget(self.entry)
        layout.addWidget(self.status)
        layout.addLayout(pad)
        layout.addLayout(row)
        if not guard.has_pin:
            self.status.setText(
                self.tr("No staff PIN is set. Set one in the settings in staff mode.")
            )
        self._show_lock()
        label_controls(self)

    def submit(self) -> None:
        pin = self.entry.text()
        self.entry.clear()
        # The slow hash (PBKDF2, ~0.4 s) runs on a worker; the screen keeps running.
        answer = off_gui_thread(lambda: self.guard.check(pin), name="pin-check")
        if answer.verdict is Verdict.OK:
            self.accept()
        elif answer.verdict is Verdict.WRONG:
            self.status.setText(
                plural(
                    self.tr("Wrong PIN. %n attempt(s) left.", "", answer.attempts_left),
                    "PinDialog",
                    "Wrong PIN. %n attempt(s) left.",
                    answer.attempts_left,
                )
            )
        elif answer.verdict is Verdict.LOCKED:
            self._show_lock()
        else:
            self.status.setText(
                self.tr("No staff PIN is set. Set one in the settings in staff mode.")
            )

    def _show_lock(self) -> None:
        left = self.guard.locked_for()
        if left > 0:
            minutes, seconds = divmod(int(left + 0.999), 60)
            self.status.setText(
                self.tr("Too many wrong PINs. Locked for %1:%2.")
                .replace("%1", str(minutes))
                .replace("%2", f"{seconds:02d}")
            )


def gesture_text(widget: QWidget) -> str:
    """The admin gesture in words (the README says the same)."""
    return (
        QCoreApplication.translate(
            "PinDialog",
            "To open this screen in kiosk mode: tap the top-left corner of the screen "
            "%1 times within %2 seconds.",
        )
        .replace("%1", str(TAPS))
        .replace("%2", f"{TAPS_WINDOW_S:.0f}")
    )
