"""Kiosk mode's language choice, compact however many languages ship: one button naming
the current language in itself; touching it lists every language, each in itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from kiosk.ui import i18n

MENU_STYLE = (
    "QMenu { background: #0B1220; color: #FFFFFF; border: 1px solid #FFFFFF; padding: 6px; }"
    " QMenu::item { font-size: 20px; padding: 10px 28px; }"
    " QMenu::item:selected { background: #FFFFFF; color: #0B1220; }"
)


class LanguagePicker(QWidget):
    chosen = Signal(str)  # a language code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setObjectName("languageButton")
        self.button.setProperty("role", "lang")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(self.button)
        self.menu = QMenu(self)
        self.menu.setStyleSheet(MENU_STYLE)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions_by_code: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)  # each language named in itself
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions_by_code[code] = action
        self.button.clicked.connect(self.open_menu)
        self.refresh()

    def open_menu(self) -> None:
        self.menu.popup(self.menu_position())

    def menu_position(self) -> QPoint:
        """Where the list opens (global): under the button, flush with its outer edge — the
        button sits at the screen's end side (right; left when mirrored), so the list
        grows inwards and is never pushed off the screen."""
        rect = self.button.rect()
        if self.isRightToLeft():
            return self.button.mapToGlobal(rect.bottomLeft())
        width = self.menu.sizeHint().width()
        return self.button.mapToGlobal(QPoint(rect.right() + 1 - width, rect.bottom()))

    def refresh(self) -> None:
        code = i18n.current_language()
        self.button.setText(f"{i18n.LANGUAGES.get(code, code)} ▾")
        for c, action in self.actions_by_code.items():
            action.setChecked(c == code)
        self.button.setAccessibleName(i18n.LANGUAGES.get(code, code))
        self.button.setAccessibleDescription(self.tr("Choose another language"))
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
