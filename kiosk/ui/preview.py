"""The live stage: mirrored video, face guide, face box, hold ring and one guidance message."""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.flow import FlowModel, State
from kiosk.ui import texts
from kiosk.ui.icons import draw_icon, icon_for_guidance
from kiosk.ui.preview_image import prepare_display
from kiosk.ui.theme import BG, GUIDE, qcolor
from kiosk.ui.workers import FramePacket


def to_qimage(frame: np.ndarray) -> QImage:
    """Wrap a BGR or BGRA frame without copying; the caller keeps ``frame`` alive."""
    h, w = frame.shape[:2]
    if frame.ndim == 3 and frame.shape[2] == 4:
        return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_RGB32)
    return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888)


class PreviewWidget(QWidget):
    displayChanged = Signal(object)  # (width, height, mirror) for the capture thread

    def __init__(self, parent: QWidget | None = None, *, mirror: bool = True) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 320)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.mirror = mirror
        self.model: FlowModel | None = None
        self._frame: np.ndarray | None = None
        self._frame_size = (1280, 720)
        self.frames_painted = 0
        self._last_painted: np.ndarray | None = None
        self._shown: np.ndarray | None = None
        self._prepared: np.ndarray | None = None
        self._veils: dict[tuple[int, int, int], QPixmap] = {}
        self._paint_times: list[float] = []

    # --- inputs --------------------------------------------------------------------------
    def show_frame(self, packet: FramePacket) -> None:
        self._frame = packet.frame
        self._prepared = packet.display
        self.update()

    def display_request(self) -> tuple[int, int, bool]:
        """What the capture thread should prepare each frame for."""
        return (self.width(), self.height(), self.mirror)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.displayChanged.emit(self.display_request())

    def set_model(self, model: FlowModel) -> None:
        self.model = model
        self.update()

    def fps(self) -> float:
        t = self._paint_times
        return (len(t) - 1) / (t[-1] - t[0]) if len(t) > 1 and t[-1] > t[0] else 0.0

    def message(self) -> tuple[str, str, str | None, str] | None:
        """The one message on screen now: icon, words, the service's words, colour."""
        model = self.model
        if model is None:
            return None
        if model.state is State.STEADY:
            return ("hold", texts.hold_still(), None, GUIDE[State.STEADY])
        if model.state is State.ALIGNING and model.guidance is not None:
            g = model.guidance
            if g.rule is None and not g.service_message:
                return None
            icon = icon_for_guidance(g.rule, g.hint)
            return (icon, texts.hint_text(g.hint), g.service_message, GUIDE[State.ALIGNING])
        if model.state is State.CAPTURED:
            return ("check", texts.captured_text(), None, GUIDE[State.CAPTURED])
        if model.state is State.SUBMITTING:
            return ("send", texts.submitting_text(), None, GUIDE[State.SUBMITTING])
        return None

    # --- geometry ------------------------------------------------------------------------
    def _video_rect(self, fw: int, fh: int) -> tuple[QRectF, float]:
        """Target rect of the frame scaled to cover the widget, and the scale."""
        s = max(self.width() / fw, self.height() / fh)
        w, h = fw * s, fh * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h), s

    def _to_widget(self, x: float, y: float) -> QPointF:
        fw, fh = self._frame_size
        rect, s = self._video_rect(fw, fh)
        wx = rect.left() + x * s
        if self.mirror:
            wx = self.width() - wx
        return QPointF(wx, rect.top() + y * s)

    def guide_rect(self) -> QRectF:
        h = self.height() * 0.6
        w = h * 0.74
        cx, cy = self.width() / 2, self.height() * 0.44
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        now = time.monotonic()
        if self._frame is not self._last_painted:  # count camera frames shown, not repaints
            self._last_painted = self._frame
            self.frames_painted += 1
            self._paint_times = [*self._paint_times[-29:], now]
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor(BG))
        model = self.model
        state = model.state if model else State.ATTRACT
        frozen = state in (State.CAPTURED, State.SUBMITTING)
        frame = self._frame
        if frozen and model is not None and model.captured is not None:
            frame = model.captured.frame
        if state is State.NO_CAMERA:
            frame = None
        prepared = self._prepared if frame is self._frame else None
        if prepared is not None and prepared.shape[:2] == (self.height(), self.width()):
            self._frame_size = (frame.shape[1], frame.shape[0]) if frame is not None else (1, 1)
            p.drawImage(0, 0, to_qimage(prepared))
        elif frame is not None:
            self._paint_frame(p, frame)
        if state is State.NO_CAMERA:
            self._paint_no_camera(p)
        elif state is State.ATTRACT:
            self._paint_veil(p, 150)
            self._paint_guide(p, state, dashed=True)
            self._paint_attract(p)
        elif state in (State.ALIGNING, State.STEADY) and model is not None:
            self._paint_veil(p, 110)
            self._paint_face_box(p, model)
            self._paint_guide(p, state)
            if state is State.STEADY:
                self._paint_ring(p, model.steady_progress(now))
        elif state is State.CAPTURED:
            self._paint_veil(p, 60)
            self._paint_guide(p, state)
            self._paint_ring(p, 1.0)
        elif state is State.SUBMITTING:
            self._paint_veil(p, 170)
            self._paint_spinner(p, now)
        message = self.message()
        if message is not None:
            self._paint_banner(p, *message)
        p.end()

    def _paint_frame(self, p: QPainter, frame: np.ndarray) -> None:
        """A frame not prepared by the capture thread (freeze-frame, first frame after a
        resize): scale it here, with OpenCV rather than a smooth-scaled drawImage."""
        self._frame_size = (frame.shape[1], frame.shape[0])
        shown = prepare_display(frame, max(1, self.width()), max(1, self.height()), self.mirror)
        self._shown = shown  # the QImage borrows this buffer while painting
        p.drawImage(0, 0, to_qimage(shown))

    def _paint_veil(self, p: QPainter, alpha: int) -> None:
        """Darken everything outside the face guide, so the eye goes to the oval."""
        key = (self.width(), self.height(), alpha)
        veil = self._veils.get(key)
        if veil is None:  # drawn once per size: an antialiased path fill is slow
            veil = QPixmap(self.size())
            veil.fill(Qt.GlobalColor.transparent)
            vp = QPainter(veil)
            vp.setRenderHint(QPainter.RenderHint.Antialiasing)
            path = QPainterPath()
            path.addRect(QRectF(self.rect()))
            hole = QPainterPath()
            hole.addEllipse(self.guide_rect())
            vp.fillPath(path.subtracted(hole), qcolor(BG, alpha))
            vp.end()
            self._veils = {key: veil, **{k: v for k, v in self._veils.items() if k[:2] == key[:2]}}
        p.drawPixmap(0, 0, veil)

    def _paint_guide(self, p: QPainter, state: State, dashed: bool = False) -> None:
        pen = QPen(QColor(GUIDE.get(state, "#FFFFFF")), max(4.0, self.height() / 140))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(self.guide_rect())

    def _paint_face_box(self, p: QPainter, model: FlowModel) -> None:
        latest = model.latest
        if latest is None or latest.report.face is None:
            return
        x, y, w, h = latest.report.face.box
        a, b = self._to_widget(x, y), self._to_widget(x + w, y + h)
        colour = GUIDE[State.STEADY] if latest.report.passed else "#FFFFFF"
        p.setPen(QPen(qcolor(colour, 200), 2.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(a, b).normalized(), 10, 10)

    def _paint_ring(self, p: QPainter, progress: float) -> None:
        r = self.guide_rect().adjusted(-14, -14, 14, 14)
        p.setPen(QPen(qcolor("#FFFFFF", 60), 10))
        p.drawEllipse(r)
        pen = QPen(QColor(GUIDE[State.STEADY]), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawArc(r, 90 * 16, -int(360 * 16 * progress))

    def _paint_banner(
        self, p: QPainter, icon: str, text: str, detail: str | None, colour: str
    ) -> None:
        """One message at a time: large, with an icon, at the bottom of the stage."""
        h = max(84.0, self.height() * 0.13)
        w = min(self.width() * 0.86, 980.0)
        top = self.height() - h - self.height() * 0.05
        extra = h * 0.42 if detail else 0.0
        box = QRectF((self.width() - w) / 2, top - extra, w, h + extra)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor("#0B1220", 225))
        p.drawRoundedRect(box, 20, 20)
        icon_box = QRectF(box.left() + h * 0.18, box.top() + h * 0.16, h * 0.68, h * 0.68)
        draw_icon(p, icon, icon_box, QColor("#0B1220"), badge=QColor(colour))
        font = QFont(self.font())
        font.setPixelSize(int(h * 0.36))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        text_box = QRectF(
            icon_box.right() + h * 0.22, box.top(), box.right() - icon_box.right() - h * 0.4, h
        )
        p.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if detail:
            font.setPixelSize(int(h * 0.2))
            font.setWeight(QFont.Weight.Normal)
            p.setFont(font)
            p.setPen(QColor("#C9D3E6"))
            detail_box = QRectF(text_box.left(), box.top() + h * 0.82, text_box.width(), extra)
            p.drawText(detail_box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, detail)

    def _paint_attract(self, p: QPainter) -> None:
        g = self.guide_rect()
        font = QFont(self.font())
        font.setPixelSize(max(24, int(self.height() * 0.055)))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        title_box = QRectF(0, g.bottom() + self.height() * 0.03, self.width(), self.height() * 0.08)
        p.drawText(title_box, Qt.AlignmentFlag.AlignCenter, texts.attract_title())
        font.setPixelSize(max(15, int(self.height() * 0.028)))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor("#C9D3E6"))
        steps = "   ·   ".join(texts.attract_steps())
        steps_box = QRectF(0, title_box.bottom(), self.width(), self.height() * 0.06)
        p.drawText(steps_box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, steps)
        draw_icon(
            p,
            "face",
            g.adjusted(g.width() * 0.3, g.height() * 0.3, -g.width() * 0.3, -g.height() * 0.3),
            qcolor("#FFFFFF", 110),
        )

    def _paint_spinner(self, p: QPainter, now: float) -> None:
        c = QPointF(self.width() / 2, self.height() * 0.42)
        r = min(self.width(), self.height()) * 0.08
        p.setPen(QPen(qcolor("#FFFFFF", 50), r * 0.18))
        p.drawEllipse(c, r, r)
        pen = QPen(
            QColor(GUIDE[State.SUBMITTING]),
            r * 0.18,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
        )
        p.setPen(pen)
        start = int((now * 360) % 360 * 16)
        p.drawArc(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), -start, 100 * 16)

    def _paint_no_camera(self, p: QPainter) -> None:
        s = min(self.width(), self.height()) * 0.16
        c = QPointF(self.width() / 2, self.height() * 0.4)
        draw_icon(
            p,
            "camera_off",
            QRectF(c.x() - s / 2, c.y() - s / 2, s, s),
            QColor("#FFFFFF"),
            badge=QColor("#334155"),
        )
        font = QFont(self.font())
        font.setPixelSize(max(24, int(self.height() * 0.055)))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        box = QRectF(0, c.y() + s * 0.7, self.width(), self.height() * 0.09)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, texts.no_camera_title())
        font.setPixelSize(max(15, int(self.height() * 0.028)))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor("#C9D3E6"))
        p.drawText(
            QRectF(0, box.bottom(), self.width(), self.height() * 0.06),
            Qt.AlignmentFlag.AlignCenter,
            texts.no_camera_detail(),
        )
