"""On the no-camera screen: why the camera is unavailable and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.camera import CameraUnavailable
from kiosk.ui import texts


class CameraNotice(QLabel):
    """A word-wrapped panel over the lower part of the preview, shown while the flow is in
    the no-camera state and the reason is known."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cameraNotice")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#cameraNotice { background: rgba(15, 23, 42, 0.92); color: #F8FAFC;"
            " border: 1px solid #475569; border-radius: 12px; padding: 14px 18px;"
            " font-size: 17px; }"
        )
        self.problem: CameraUnavailable | None = None
        self.hide()

    def set_problem(self, problem: CameraUnavailable | None) -> None:
        self.problem = problem
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._refresh()
        super().changeEvent(event)

    def _refresh(self) -> None:
        problem = self.problem
        if problem is None:
            self.setText("")
            return
        lines = [texts.camera_problem_title(str(problem.problem)), problem.message]
        if problem.advice:
            lines.append(problem.advice)
        self.setText("\n".join(lines))  # the system's words: names, paths, PIDs
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(parent.width() - 40, 900)
        self.setFixedWidth(max(200, width))
        self.adjustSize()
        x = (parent.width() - self.width()) // 2
        y = int(parent.height() * 0.72)
        y = min(y, parent.height() - self.height() - 20)
        self.move(x, max(0, y))
