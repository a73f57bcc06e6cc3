"""The live stage: mirrored video, face guide, face box, hold ring and one guidance message.

Painting is cheap for the GUI thread: the capture thread delivers each frame already
scaled, cropped and mirrored for the widget (one straight copy to draw), and everything that
does not move from frame to frame is drawn once and reused: the veil, the guide, the ring's
track and the attract and no-camera screens into one overlay pixmap per (size, state); the
guidance banner with its icon and text into a small pixmap per message. Per frame only the
image, the overlay, the face box, the ring's arc (or the spinner's) and the banner are
drawn. A frame arriving repaints; a model change repaints at once only when the state
changes (otherwise the next frame, ≤ 33 ms later, shows it); frozen states do not repaint
per camera frame.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
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
from kiosk.ui.theme import BANNER_ALPHA, BANNER_BG, BANNER_DETAIL, BG, GUIDE, qcolor
from kiosk.ui.workers import FramePacket

FROZEN = (State.CAPTURED, State.SUBMITTING)
OPAQUE = (State.NO_CAMERA, State.OUT_OF_SERVICE)  # full-screen notices: no camera picture
VEIL_ALPHA = {
    State.ATTRACT: 190,  # its words sit on the veil: 4.5:1 even over a white picture
    State.ALIGNING: 110,
    State.STEADY: 110,
    State.CAPTURED: 60,
    State.SUBMITTING: 170,
}
OVERLAYS_KEPT = 4  # widget-sized layers, one per state (the old veil cache kept 4 too)
BANNERS_KEPT = 8  # banner-sized, one per message
FRESH_FRAME_S = 0.1  # a frame this recent will repaint soon anyway

Message = tuple[str, str, str | None, str]  # icon, words, the service's words, colour


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
        self.text_scale = 1.0  # ui.large_text: the painted words larger too
        self.model: FlowModel | None = None
        self._frame: np.ndarray | None = None
        self._frame_size = (1280, 720)
        self.frames_painted = 0
        self._last_painted: np.ndarray | None = None
        self._prepared: np.ndarray | None = None
        self._frame_at = 0.0  # when the newest frame arrived
        self._frozen: tuple[np.ndarray, tuple[int, int, bool], np.ndarray] | None = None
        self._overlays: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._banners: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._paint_times: deque[float] = deque(maxlen=30)
        self._box_pens = {
            True: QPen(qcolor(GUIDE[State.STEADY], 200), 2.0),
            False: QPen(qcolor("#FFFFFF", 200), 2.0),
        }
        self._ring_pen = QPen(
            QColor(GUIDE[State.STEADY]), 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap
        )

    # --- inputs --------------------------------------------------------------------------
    def show_frame(self, packet: FramePacket) -> None:
        self._frame = packet.frame
        self._prepared = packet.display
        self._frame_at = time.monotonic()
        state = self.model.state if self.model is not None else State.ATTRACT
        if state not in FROZEN and state not in OPAQUE:
            self.update()  # frozen states show the captured frame; the timer animates them

    def display_request(self) -> tuple[int, int, bool]:
        """What the capture thread should prepare each frame for."""
        return (self.width(), self.height(), self.mirror)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.displayChanged.emit(self.display_request())

    def set_model(self, model: FlowModel) -> None:
        previous, self.model = self.model, model
        state_changed = previous is None or previous.state is not model.state
        if state_changed or time.monotonic() - self._frame_at > FRESH_FRAME_S:
            self.update()  # otherwise the next camera frame (≤ 33 ms) paints it

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._overlays.clear()  # their words are in the old language
            self._banners.clear()
            self.update()
        super().changeEvent(event)

    def fps(self) -> float:
        t = self._paint_times
        return (len(t) - 1) / (t[-1] - t[0]) if len(t) > 1 and t[-1] > t[0] else 0.0

    def message(self) -> Message | None:
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
            words = texts.service_message(g.service_message, kiosk=model.settings.kiosk_mode)
            return (icon, texts.hint_text(g.hint), words, GUIDE[State.ALIGNING])
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
        model = self.model
        state = model.state if model else State.ATTRACT
        live = state not in FROZEN and state not in OPAQUE
        if live and self._frame is not self._last_painted:  # camera frames shown, not repaints
            self._last_painted = self._frame
            self.frames_painted += 1
            self._paint_times.append(now)
        p = QPainter(self)
        image = self._display_image(state, model) if state not in OPAQUE else None
        if image is not None:
            p.drawImage(0, 0, to_qimage(image))
        elif state not in OPAQUE:  # (the no-camera and out-of-service overlays are opaque)
            p.fillRect(self.rect(), QColor(BG))
        p.drawPixmap(0, 0, self._overlay(state))
        if model is not None and state in (State.ALIGNING, State.STEADY, State.SUBMITTING):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            if state is State.SUBMITTING:
                self._paint_spinner(p, now)
            else:
                self._paint_face_box(p, model)
                if state is State.STEADY:
                    self._paint_ring_arc(p, model.steady_progress(now))
        message = self.message()
        if message is not None:
            p.drawPixmap(*self._banner(message))  # above the face box
        p.end()

    def _display_image(self, state: State, model: FlowModel | None) -> np.ndarray | None:
        """The frame to show, as a widget-sized BGRA image (no copy per paint)."""
        frame = self._frame
        if state in FROZEN and model is not None and model.captured is not None:
            frame = model.captured.frame
        if frame is None:
            return None
        self._frame_size = (frame.shape[1], frame.shape[0])
        size = (max(1, self.width()), max(1, self.height()))
        prepared = self._prepared
        if frame is self._frame and prepared is not None and prepared.shape[:2] == size[::-1]:
            return prepared  # scaled and mirrored by the capture thread
        # The freeze-frame (or the first frame after a resize): prepared here, but once,
        # not on every repaint of the spinner.
        request = (*size, self.mirror)
        frozen = self._frozen
        if frozen is not None and frozen[0] is frame and frozen[1] == request:
            return frozen[2]
        shown = prepare_display(frame, *request)
        self._frozen = (frame, request, shown)  # keeps the buffer the QImage borrows alive
        return shown

    def _overlay(self, state: State) -> QPixmap:
        """Everything under the face box that does not move, drawn once per (size, state)."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self.text_scale, state)
        overlay = self._overlays.get(key)
        if overlay is not None:
            self._overlays.move_to_end(key)
            return overlay
        overlay = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
        overlay.setDevicePixelRatio(dpr)
        overlay.fill(Qt.GlobalColor.transparent)
        p = QPainter(overlay)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state is State.NO_CAMERA:
            p.fillRect(self.rect(), QColor(BG))
            self._paint_no_camera(p)
        elif state is State.OUT_OF_SERVICE:
            p.fillRect(self.rect(), QColor(BG))
            self._paint_notice(
                p, "alert", texts.out_of_service_title(), texts.out_of_service_detail()
            )
        else:
            self._paint_veil(p, VEIL_ALPHA.get(state, 0))
            if state is State.ATTRACT:
                self._paint_guide(p, state, dashed=True)
                self._paint_attract(p)
            elif state in (State.ALIGNING, State.STEADY, State.CAPTURED):
                self._paint_guide(p, state)
            if state is State.STEADY:
                self._paint_ring_track(p)
            elif state is State.CAPTURED:
                self._paint_ring_track(p)
                self._paint_ring_arc(p, 1.0)
            elif state is State.SUBMITTING:
                self._paint_spinner_track(p)
        p.end()
        self._overlays[key] = overlay
        while len(self._overlays) > OVERLAYS_KEPT:
            self._overlays.popitem(last=False)
        return overlay

    def _paint_veil(self, p: QPainter, alpha: int) -> None:
        """Darken everything outside the face guide, so the eye goes to the oval."""
        path = QPainterPath()
        path.addRect(QRectF(self.rect()))
        hole = QPainterPath()
        hole.addEllipse(self.guide_rect())
        p.fillPath(path.subtracted(hole), qcolor(BG, alpha))

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
        p.setPen(self._box_pens[latest.report.passed])
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(a, b).normalized(), 10, 10)

    def _ring_rect(self) -> QRectF:
        return self.guide_rect().adjusted(-14, -14, 14, 14)

    def _paint_ring_track(self, p: QPainter) -> None:
        p.setPen(QPen(qcolor("#FFFFFF", 60), 10))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(self._ring_rect())

    def _paint_ring_arc(self, p: QPainter, progress: float) -> None:
        p.setPen(self._ring_pen)
        p.drawArc(self._ring_rect(), 90 * 16, -int(360 * 16 * progress))

    def _banner_box(self, detail: str | None) -> tuple[QRectF, float, float]:
        """Where the message goes (bottom of the stage), its line height and detail height."""
        h = min(max(84.0, self.height() * 0.13) * self.text_scale, self.height() * 0.25)
        w = min(self.width() * 0.86, 980.0 * self.text_scale)
        top = self.height() - h - self.height() * 0.05
        extra = h * 0.42 if detail else 0.0
        return QRectF((self.width() - w) / 2, top - extra, w, h + extra), h, extra

    def _banner(self, message: Message) -> tuple[QPointF, QPixmap]:
        """The message drawn once into a pixmap of its own size, and where it goes."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self.text_scale, message)
        box = self._banner_box(message[2])[0]
        origin = QPointF(int(box.left()), int(box.top()))  # whole pixels: a plain blit
        banner = self._banners.get(key)
        if banner is None:
            w, h = math.ceil(box.width()) + 2, math.ceil(box.height()) + 2
            banner = QPixmap(max(1, round(w * dpr)), max(1, round(h * dpr)))
            banner.setDevicePixelRatio(dpr)
            banner.fill(Qt.GlobalColor.transparent)
            p = QPainter(banner)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.translate(-origin)
            self._paint_banner(p, *message)
            p.end()
            self._banners[key] = banner
            while len(self._banners) > BANNERS_KEPT:
                self._banners.popitem(last=False)
        else:
            self._banners.move_to_end(key)
        return origin, banner

    def _paint_banner(
        self, p: QPainter, icon: str, text: str, detail: str | None, colour: str
    ) -> None:
        """One message at a time: large, with an icon, at the bottom of the stage."""
        box, h, extra = self._banner_box(detail)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(BANNER_BG, BANNER_ALPHA))
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
            p.setPen(QColor(BANNER_DETAIL))
            detail_box = QRectF(text_box.left(), box.top() + h * 0.82, text_box.width(), extra)
            p.drawText(detail_box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, detail)

    def _paint_attract(self, p: QPainter) -> None:
        g = self.guide_rect()
        font = QFont(self.font())
        font.setPixelSize(int(max(24, self.height() * 0.055) * self.text_scale))
        font.setWeight(QFont.Weight.Bold)
        title = texts.attract_title()
        room = self.width() * 0.9
        while font.pixelSize() > 16 and QFontMetrics(font).horizontalAdvance(title) > room:
            font.setPixelSize(font.pixelSize() - 2)  # longer languages shrink, never clip
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        title_box = QRectF(0, g.bottom() + self.height() * 0.03, self.width(), self.height() * 0.08)
        p.drawText(title_box, Qt.AlignmentFlag.AlignCenter, title)
        font.setPixelSize(int(max(15, self.height() * 0.028) * self.text_scale))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor(BANNER_DETAIL))
        margin = self.width() * 0.05
        steps = "   ·   ".join(texts.attract_steps())
        if QFontMetrics(font).horizontalAdvance(steps) > self.width() - 2 * margin:
            steps = "\n".join(texts.attract_steps())  # one instruction a line, never cut
        steps_box = QRectF(
            margin,
            title_box.bottom(),
            self.width() - 2 * margin,
            self.height() - title_box.bottom(),
        )
        p.drawText(steps_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, steps)
        draw_icon(
            p,
            "face",
            g.adjusted(g.width() * 0.3, g.height() * 0.3, -g.width() * 0.3, -g.height() * 0.3),
            qcolor("#FFFFFF", 110),
        )

    def _spinner_geometry(self) -> tuple[QPointF, float]:
        c = QPointF(self.width() / 2, self.height() * 0.42)
        return c, min(self.width(), self.height()) * 0.08

    def _paint_spinner_track(self, p: QPainter) -> None:
        c, r = self._spinner_geometry()
        p.setPen(QPen(qcolor("#FFFFFF", 50), r * 0.18))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(c, r, r)

    def _paint_spinner(self, p: QPainter, now: float) -> None:
        c, r = self._spinner_geometry()
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
        self._paint_notice(p, "camera_off", texts.no_camera_title(), texts.no_camera_detail())

    def _paint_notice(self, p: QPainter, icon: str, title_text: str, detail: str) -> None:
        s = min(self.width(), self.height()) * 0.16
        c = QPointF(self.width() / 2, self.height() * 0.4)
        draw_icon(
            p,
            icon,
            QRectF(c.x() - s / 2, c.y() - s / 2, s, s),
            QColor("#FFFFFF"),
            badge=QColor("#334155"),
        )
        font = QFont(self.font())
        font.setPixelSize(int(max(24, self.height() * 0.055) * self.text_scale))
        font.setWeight(QFont.Weight.Bold)
        title = title_text
        room = self.width() * 0.9
        while font.pixelSize() > 16 and QFontMetrics(font).horizontalAdvance(title) > room:
            font.setPixelSize(font.pixelSize() - 2)  # longer languages shrink, never clip
        p.setFont(font)
        p.setPen(QColor("#FFFFFF"))
        box = QRectF(0, c.y() + s * 0.7, self.width(), self.height() * 0.09)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, title_text)
        font.setPixelSize(int(max(15, self.height() * 0.028) * self.text_scale))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor(BANNER_DETAIL))
        p.drawText(
            QRectF(0, box.bottom(), self.width(), self.height() * 0.06),
            Qt.AlignmentFlag.AlignCenter,
            detail,
        )
