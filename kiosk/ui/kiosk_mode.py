"""Kiosk mode: with a staff PIN, nothing closes the app except an admin gesture plus the PIN.

Locked (a PIN is set): an application-wide event filter swallows Esc, the platform's Quit
shortcut (Cmd+Q, Ctrl+Q) and quit requests; the window itself ignores close events
(Alt+F4). Not locked (no PIN, the default): Esc asks to leave kiosk mode and nothing is
swallowed, so an installer is never trapped. The cursor hides after a few idle seconds.
Five taps in the top-left corner within four seconds ask for the PIN (the admin gesture).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

CORNER_PX = 120
TAPS = 5
TAPS_WINDOW_S = 4.0
CURSOR_IDLE_MS = 3000


class KioskGuard(QObject):
    adminRequested = Signal()
    leaveRequested = Signal()  # Esc while not locked

    def __init__(
        self, window: QWidget, parent: QObject | None = None, *, locked: bool = True
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.unlocked = not locked
        self._taps: list[float] = []
        self._last_press: tuple[int, object] | None = None
        self._cursor_hidden = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(CURSOR_IDLE_MS)
        self._idle.timeout.connect(self._hide_cursor)
        self._idle.start()

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._show_cursor()
        self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Quit and not self.unlocked:
            return True  # Cmd+Q from the macOS menu, session quit requests
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self.unlocked and event.key() == Qt.Key.Key_Escape and self._in_window(watched):
                self.leaveRequested.emit()
                return True
            if event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Quit):
                return not self.unlocked
            if event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                return not self.unlocked
        if kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self._show_cursor()
            self._idle.start()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            # One press reaches the QWindow and then each widget it propagates through;
            # count it once.
            key = (event.timestamp(), event.globalPosition().toPoint().toTuple())
            if key != self._last_press:
                self._last_press = key
                self._tap(event.globalPosition().toPoint())
        return False

    def _in_window(self, watched: QObject) -> bool:
        """A widget of the kiosk window itself (Esc in a dialog closes the dialog)."""
        return isinstance(watched, QWidget) and watched.window() is self.window

    def _tap(self, global_pos: QPoint) -> None:
        local = self.window.mapFromGlobal(global_pos)
        if local.x() > CORNER_PX or local.y() > CORNER_PX:
            return
        now = time.monotonic()
        self._taps = [t for t in self._taps if now - t < TAPS_WINDOW_S] + [now]
        if len(self._taps) >= TAPS:
            self._taps.clear()
            self.adminRequested.emit()

    def _hide_cursor(self) -> None:
        if not self._cursor_hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False
