"""Icons drawn as vector strokes: crisp at any size, no font or image-format dependency."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from kiosk.quality.rules import Rule


def icon_for_guidance(rule: Rule | None, hint: str | None) -> str:
    text = (hint or "").casefold()
    if "left" in text:
        return "arrow_left"
    if "right" in text:
        return "arrow_right"
    if "lower" in text:
        return "arrow_down"
    if "raise" in text:
        return "arrow_up"
    if "back" in text:
        return "back"
    return (
        {
            Rule.NO_FACE: "face",
            Rule.FACE_TOO_SMALL: "closer",
            Rule.MULTIPLE_FACES: "one",
            Rule.FACE_OBSCURED: "face",
            Rule.FACE_ANGLE: "face",
            Rule.TOO_DARK: "light",
            Rule.TOO_BRIGHT: "light",
            Rule.BLURRY: "hold",
            Rule.EYES_CLOSED: "eye",
        }.get(rule, "face")
        if rule is not None
        else "hold"
    )


def draw_icon(
    p: QPainter, kind: str, rect: QRectF, colour: QColor, badge: QColor | None = None
) -> None:
    """Draw ``kind`` inside ``rect``; with ``badge`` on a filled circle of that colour."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    c = rect.center()
    if badge is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(badge))
        p.drawEllipse(c, s / 2, s / 2)
        s *= 0.62
    pen = QPen(
        colour,
        max(1.5, s * 0.1),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    u = s / 2  # unit: half the drawing size

    def pt(x: float, y: float) -> QPointF:
        return QPointF(c.x() + x * u, c.y() + y * u)

    def poly(*pts: tuple[float, float]) -> None:
        path = QPainterPath(pt(*pts[0]))
        for q in pts[1:]:
            path.lineTo(pt(*q))
        p.drawPath(path)

    if kind == "check":
        poly((-0.7, 0.05), (-0.2, 0.55), (0.75, -0.5))
    elif kind == "cross":
        poly((-0.6, -0.6), (0.6, 0.6))
        poly((0.6, -0.6), (-0.6, 0.6))
    elif kind == "review":  # a clock: someone will look at it
        p.drawEllipse(c, 0.8 * u, 0.8 * u)
        poly((0, -0.5), (0, 0), (0.38, 0.25))
    elif kind == "alert":
        poly((0, -0.6), (0, 0.18))
        p.drawPoint(pt(0, 0.6))
    elif kind == "quality":  # a face with a warning mark
        p.drawEllipse(pt(-0.12, 0), 0.62 * u, 0.78 * u)
        poly((0.78, -0.6), (0.78, 0.1))
        p.drawPoint(pt(0.78, 0.45))
    elif kind in ("face", "eye"):
        p.drawEllipse(c, 0.62 * u, 0.8 * u)
        p.drawPoint(pt(-0.24, -0.12))
        p.drawPoint(pt(0.24, -0.12))
        path = QPainterPath(pt(-0.25, 0.32))
        path.quadTo(pt(0, 0.5), pt(0.25, 0.32))
        p.drawPath(path)
    elif kind.startswith("arrow_"):
        angle = {"arrow_left": 180, "arrow_right": 0, "arrow_up": -90, "arrow_down": 90}[kind]
        p.translate(c)
        p.rotate(angle)
        p.translate(-c)
        poly((-0.75, 0), (0.7, 0))
        poly((0.2, -0.5), (0.72, 0), (0.2, 0.5))
    elif kind == "back":  # arrows pointing in: step back (smaller)
        poly((-0.8, -0.8), (-0.25, -0.25))
        poly((-0.25, -0.6), (-0.25, -0.25), (-0.6, -0.25))
        poly((0.8, 0.8), (0.25, 0.25))
        poly((0.25, 0.6), (0.25, 0.25), (0.6, 0.25))
        poly((0.8, -0.8), (0.25, -0.25))
        poly((0.25, -0.6), (0.25, -0.25), (0.6, -0.25))
        poly((-0.8, 0.8), (-0.25, 0.25))
        poly((-0.25, 0.6), (-0.25, 0.25), (-0.6, 0.25))
    elif kind == "closer":  # arrows pointing out: come closer (bigger)
        poly((-0.25, -0.25), (-0.8, -0.8))
        poly((-0.8, -0.4), (-0.8, -0.8), (-0.4, -0.8))
        poly((0.25, 0.25), (0.8, 0.8))
        poly((0.8, 0.4), (0.8, 0.8), (0.4, 0.8))
    elif kind == "one":
        p.drawEllipse(pt(0, -0.38), 0.3 * u, 0.3 * u)
        path = QPainterPath(pt(-0.6, 0.8))
        path.quadTo(pt(0, -0.2), pt(0.6, 0.8))
        p.drawPath(path)
    elif kind == "light":
        p.drawEllipse(c, 0.32 * u, 0.32 * u)
        for i in range(8):
            a = i * math.pi / 4
            poly((0.55 * math.cos(a), 0.55 * math.sin(a)), (0.85 * math.cos(a), 0.85 * math.sin(a)))
    elif kind == "hold":  # pause bars: hold still
        poly((-0.28, -0.55), (-0.28, 0.55))
        poly((0.28, -0.55), (0.28, 0.55))
    elif kind == "camera_off":
        p.drawRoundedRect(QRectF(pt(-0.85, -0.45), pt(0.35, 0.5)), 0.12 * u, 0.12 * u)
        poly((0.35, -0.05), (0.85, -0.35), (0.85, 0.4), (0.35, 0.1))
        poly((-0.9, -0.85), (0.9, 0.85))
    elif kind == "send":  # upload: submitting
        poly((0, 0.55), (0, -0.55))
        poly((-0.45, -0.1), (0, -0.58), (0.45, -0.1))
    p.restore()


def app_icon() -> QIcon:
    """The application icon: a face guide on the brand blue."""
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        paint_app_icon(p, QRectF(0, 0, size, size))
        p.end()
        icon.addPixmap(pix)
    return icon


def paint_app_icon(p: QPainter, rect: QRectF) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = rect.width()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1F6FEB"))
    p.drawRoundedRect(rect.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04), s * 0.22, s * 0.22)
    pen = QPen(QColor("white"), s * 0.07, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    c = rect.center()
    p.drawEllipse(c, s * 0.22, s * 0.29)
    pen.setColor(QColor("#7EE2A8"))
    p.setPen(pen)
    path = QPainterPath(QPointF(c.x() - s * 0.1, c.y() + s * 0.02))
    path.lineTo(QPointF(c.x() - s * 0.02, c.y() + s * 0.1))
    path.lineTo(QPointF(c.x() + s * 0.12, c.y() - s * 0.08))
    p.drawPath(path)
    p.restore()
