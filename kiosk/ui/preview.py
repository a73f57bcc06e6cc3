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
from kiosk.ui.preview_image import Placement, place, prepare_display
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
# A face box from an analysis this many camera frames older than the picture on screen is
# not drawn: on a loaded machine the analysis lags, and a box a walk-up's worth behind sits
# beside the face instead of on it (seen at 1080x1920 with the demo clip). ~200 ms at 30/s.
STALE_BOX_FRAMES = 6

Message = tuple[str, str, str | None, str]  # icon, words, the service's words, colour


def _fit(
    font: QFont, text: str, box: QRectF, largest: int, smallest: int, one_line: int, wrap: int
) -> int:
    """Shrink ``font`` (in place) from ``largest`` until ``text`` fits ``box`` on one line,
    then wrap it, shrinking further if need be; the flags to draw it with."""
    size = max(smallest, largest)
    for flags in (one_line, wrap):
        for px in range(max(smallest, largest), smallest - 1, -1):
            font.setPixelSize(max(1, px))
            size = px
            needed = QFontMetrics(font).boundingRect(box.toAlignedRect(), flags, text)
            if needed.width() <= box.width() and needed.height() <= box.height():
                return flags
    font.setPixelSize(max(1, size))
    return wrap


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
        self.bottom_inset = 0  # kiosk mode: controls along the bottom the banner stays above
        self.model: FlowModel | None = None
        self._frame: np.ndarray | None = None
        self._frame_id = 0  # the camera's number of the frame on screen
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
        self._frame_id = packet.frame_id
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
    def placement(self) -> Placement:
        """Where the frame is shown (the capture thread prepares the picture by the same
        rule, :func:`kiosk.ui.preview_image.place`)."""
        fw, fh = self._frame_size
        return place(fw, fh, self.width(), self.height())

    def video_rect(self) -> QRectF:
        """The camera picture on screen (the rest is letterbox bars)."""
        return QRectF(*self.placement().video_rect(self.mirror))

    def _to_widget(self, x: float, y: float) -> QPointF:
        return QPointF(*self.placement().to_widget(x, y, self.mirror))

    def face_rect(self) -> QRectF | None:
        """The face box on screen: of the frame shown (the captured one while frozen)."""
        model = self.model
        if model is None:
            return None
        candidate = model.captured if model.state in FROZEN else model.latest
        if candidate is None or candidate.report.face is None:
            return None
        x, y, w, h = candidate.report.face.box
        return QRectF(self._to_widget(x, y), self._to_widget(x + w, y + h)).normalized()

    def guide_rect(self) -> QRectF:
        """The oval: over the middle of the picture, where a well-placed face is."""
        video = self.video_rect()
        h = min(video.height() * 0.6, video.width() * 0.8 / 0.74)
        w = h * 0.74
        cx, cy = video.center().x(), video.top() + video.height() * 0.44
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
        if model is not None and state in (State.ALIGNING, State.STEADY):
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_face_box(p, model)
            if state is State.STEADY:
                self._paint_ring_arc(p, model.steady_progress(now))
        message = self.message()
        if message is not None:
            p.drawPixmap(*self._banner(message))  # above the face box
        if model is not None and state is State.SUBMITTING:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_spinner(p, now)  # beside the face (or on the banner's icon)
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
        key = (self.width(), self.height(), self._frame_size, dpr, self.text_scale, state)
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
        rect = self.face_rect()
        if rect is None or model.latest is None:
            return
        if abs(self._frame_id - model.latest.report.frame_id) > STALE_BOX_FRAMES:
            return  # the face has moved on since (a restarted camera counts from 0 again)
        p.setPen(self._box_pens[model.latest.report.passed])
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, 10, 10)
        marker = self.off_picture_marker()
        if marker is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(GUIDE[State.ALIGNING]))
            p.drawPath(marker)

    def off_picture_marker(self) -> QPainterPath | None:
        """A portrait display shows the frame's middle: a face the checks found beside it
        (mostly off the picture) gets an arrow at that edge of the picture, level with it,
        pointing to where the person is — the guidance says which way to move."""
        face, video = self.face_rect(), self.video_rect()
        if face is None or face.width() <= 0:
            return None
        shown = face.intersected(video)
        if shown.width() >= face.width() / 2:
            return None
        s = max(24.0, min(self.width(), self.height()) * 0.05)
        y = min(max(face.center().y(), video.top() + s), video.bottom() - s)
        right = face.center().x() > video.center().x()
        tip = video.right() - s * 0.3 if right else video.left() + s * 0.3
        back = tip - s if right else tip + s
        path = QPainterPath(QPointF(tip, y))
        path.lineTo(QPointF(back, y - s * 0.8))
        path.lineTo(QPointF(back, y + s * 0.8))
        path.closeSubpath()
        return path

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
        """Where the message goes, its line height and detail height: at the bottom of the
        picture — or, when the picture is letterboxed with room below it (a portrait
        display), just under the picture, off it: the words stay next to the face they are
        about rather than halfway down an empty screen."""
        video = self.video_rect()
        line = min(self.height() * 0.13, self.width() * 0.12)  # (a portrait stage: by width)
        h = min(max(84.0, line) * self.text_scale, self.height() * 0.25)
        w = min(self.width() * 0.86, 980.0 * self.text_scale)
        extra = h * 0.42 if detail else 0.0
        below = self.height() - self.bottom_inset - video.bottom()
        if below >= (h + extra) * 1.3:
            top = video.bottom() + min((below - h - extra) / 2, h * 0.4)
        else:
            top = (
                min(video.bottom(), self.height() - self.bottom_inset)
                - h
                - extra
                - min(self.height(), video.height()) * 0.05
            )
        return QRectF((self.width() - w) / 2, top, w, h + extra), h, extra

    def _banner(self, message: Message) -> tuple[QPointF, QPixmap]:
        """The message drawn once into a pixmap of its own size, and where it goes."""
        dpr = self.devicePixelRatioF()
        rtl = self.isRightToLeft()
        key = (self.width(), self.height(), self.bottom_inset, dpr, self.text_scale, rtl, message)
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

    def banner_layout(self, message: Message) -> list[tuple[QFont, QRectF, int, str]]:
        """The banner's words: (font, box, flags, text) for the message and its detail.

        Each is made to fit its box: the font shrinks (to about two thirds) and then the
        words wrap onto a second line, so no language is cut off. Right to left (Arabic)
        the banner is mirrored: the icon at the right, the words aligned right beside it."""
        _icon, text, detail, _colour = message
        box, h, _extra = self._banner_box(detail)
        icon_right = box.left() + h * 0.18 + h * 0.68
        left = icon_right + h * 0.22
        width = box.right() - left - h * 0.3
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        side |= Qt.AlignmentFlag.AlignAbsolute  # (the painter would flip it back)
        one_line = int(Qt.AlignmentFlag.AlignVCenter | side)
        wrapped = one_line | int(Qt.TextFlag.TextWordWrap)
        text_box = self._mirrored(box, QRectF(left, box.top(), width, h))
        flags = _fit(font, text, text_box, int(h * 0.36), int(h * 0.24), one_line, wrapped)
        out = [(font, text_box, flags, text)]
        if detail:
            small = QFont(self.font())
            top = box.top() + h * 0.8
            detail_box = self._mirrored(
                box, QRectF(left, top, width, box.bottom() - h * 0.06 - top)
            )
            top_left = int(side | Qt.AlignmentFlag.AlignTop)
            top_left |= int(Qt.TextFlag.TextWordWrap)
            _fit(small, detail, detail_box, int(h * 0.2), int(h * 0.14), top_left, top_left)
            out.append((small, detail_box, top_left, detail))
        return out

    def _mirrored(self, box: QRectF, rect: QRectF) -> QRectF:
        """``rect`` (laid out left to right inside ``box``) mirrored about the box's middle
        when the layout is right to left."""
        if not self.isRightToLeft():
            return rect
        return QRectF(
            box.left() + box.right() - rect.right(), rect.top(), rect.width(), rect.height()
        )

    def _paint_banner(
        self, p: QPainter, icon: str, text: str, detail: str | None, colour: str
    ) -> None:
        """One message at a time: large, with an icon, at the bottom of the stage."""
        box, h, _extra = self._banner_box(detail)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(qcolor(BANNER_BG, BANNER_ALPHA))
        p.drawRoundedRect(box, 20, 20)
        icon_box = QRectF(box.left() + h * 0.18, box.top() + h * 0.16, h * 0.68, h * 0.68)
        icon_box = self._mirrored(box, icon_box)
        draw_icon(p, icon, icon_box, QColor("#0B1220"), badge=QColor(colour))
        pens = (QColor("#FFFFFF"), QColor(BANNER_DETAIL))
        for (font, rect, flags, words), pen in zip(
            self.banner_layout((icon, text, detail, colour)), pens, strict=False
        ):
            p.setFont(font)
            p.setPen(pen)
            p.drawText(rect, flags, words)

    def attract_top(self) -> float:
        """Where the attract screen's words begin: under the oval — or, on a portrait
        display with room under the picture, there, not across the picture's edge."""
        video = self.video_rect()
        if self.height() - self.bottom_inset - video.bottom() >= self.height() * 0.25:
            return video.bottom() + self.height() * 0.03
        return self.guide_rect().bottom() + self.height() * 0.03

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
        title_box = QRectF(0, self.attract_top(), self.width(), self.height() * 0.08)
        p.drawText(title_box, Qt.AlignmentFlag.AlignCenter, title)
        font.setPixelSize(int(max(15, self.height() * 0.028) * self.text_scale))
        font.setWeight(QFont.Weight.Normal)
        p.setFont(font)
        p.setPen(QColor(BANNER_DETAIL))
        margin = self.width() * 0.05
        lines = texts.attract_steps()
        room = self.width() - 2 * margin
        steps = "   ·   ".join(lines)
        size = font.pixelSize()
        while font.pixelSize() > max(15, size * 0.7) and (
            QFontMetrics(font).horizontalAdvance(steps) > room
        ):
            font.setPixelSize(font.pixelSize() - 1)  # a little smaller keeps one line
        p.setFont(font)
        if QFontMetrics(font).horizontalAdvance(steps) > room:
            font.setPixelSize(size)
            steps = "\n".join(lines)  # one instruction a line, never cut
            while (
                font.pixelSize() > 15
                and max(QFontMetrics(font).horizontalAdvance(line) for line in lines) > room
            ):
                font.setPixelSize(font.pixelSize() - 2)  # a long line shrinks (Tamil), then wraps
            p.setFont(font)
        steps_box = QRectF(
            margin,
            title_box.bottom(),
            self.width() - 2 * margin,
            self.height() - title_box.bottom(),
        )
        p.drawText(
            steps_box,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            steps,
        )
        draw_icon(
            p,
            "face",
            g.adjusted(g.width() * 0.3, g.height() * 0.3, -g.width() * 0.3, -g.height() * 0.3),
            qcolor("#FFFFFF", 110),
        )

    def spinner_geometry(self) -> tuple[QPointF, float]:
        """Centre and radius of the "sending" spinner: beside the person's face, never on
        it (nor on the message at the bottom); below or above it when the face is as wide
        as the screen; in the message's icon place if the face leaves no room at all."""
        r = max(18.0, min(self.width(), self.height()) * 0.06)
        face = self.face_rect() or self.guide_rect()
        pad = r * 0.6
        room = self.rect().toRectF()
        message = self.message()
        banner_top = self._banner_box(message[2] if message else None)[0].top()
        cy = min(max(face.center().y(), r + pad), banner_top - r - pad)
        right = ((face.right() + room.right()) / 2, room.right() - face.right())
        left = ((face.left() + room.left()) / 2, face.left() - room.left())
        for cx, free in (right, left):
            if free >= 2 * (r + pad):
                return QPointF(cx, cy), r
        # A face as wide as the screen (a portrait display): below it, or above it.
        cx = min(max(face.center().x(), r + pad), room.right() - r - pad)
        below, above = banner_top - face.bottom(), face.top() - room.top()
        if below >= 2 * (r + pad):
            return QPointF(cx, (face.bottom() + banner_top) / 2), r
        if above >= 2 * (r + pad):
            return QPointF(cx, (face.top() + room.top()) / 2), r
        box, h, _ = self._banner_box(message[2] if message else None)
        icon = self._mirrored(box, QRectF(box.left() + h * 0.18, box.top(), h * 0.68, h))
        return QPointF(icon.center().x(), box.top() + h * 0.5), h * 0.3

    def spinner_rect(self) -> QRectF:
        c, r = self.spinner_geometry()
        grow = r * 0.09  # half the pen
        return QRectF(c.x() - r - grow, c.y() - r - grow, 2 * (r + grow), 2 * (r + grow))

    def _paint_spinner(self, p: QPainter, now: float) -> None:
        c, r = self.spinner_geometry()
        p.setPen(QPen(qcolor("#FFFFFF", 50), r * 0.18))
        p.setBrush(Qt.BrushStyle.NoBrush)
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
        p.setPen(QColor(BANNER_DETAIL))
        for font, rect, flags, words in self.notice_detail_layout(detail, box.bottom()):
            p.setFont(font)
            p.drawText(rect, flags, words)

    def notice_detail_layout(self, detail: str, top: float) -> list[tuple[QFont, QRectF, int, str]]:
        """The notice's second line: centred, wrapped and smaller when it is long."""
        font = QFont(self.font())
        largest = int(max(15, self.height() * 0.028) * self.text_scale)
        margin = self.width() * 0.05
        rect = QRectF(margin, top, self.width() - 2 * margin, self.height() * 0.12)
        one_line = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        flags = _fit(font, detail, rect, largest, 13, one_line, one_line | Qt.TextFlag.TextWordWrap)
        return [(font, rect, flags, detail)]
