"""Text contrast measured on what Qt actually paints (stylesheet, palette and all).

The top-level window is rendered and the widget's rectangle cut out; its background is the
most common colour there and its text colour the painted pixel that differs most from it
(glyph stems reach the full text colour). Contrast is WCAG 2's ratio of relative
luminances, 4.5:1 being the minimum for body text.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def painted(widget: QWidget, rect: QRect | None = None) -> QImage:
    """What the window shows inside ``widget`` (or ``rect`` in its coordinates)."""
    window = widget.window()
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    area = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(window, area.topLeft())
    return image.copy(QRect(top_left, area.size()))


def text_contrast(widget: QWidget, rect: QRect | None = None) -> float:
    """Contrast of the text painted in ``widget`` against its own background (1.0 when
    nothing but the background is painted)."""
    image = painted(widget, rect)
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return 1.0
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    bgra = rows[:, : image.width() * 4].reshape(-1, 4)
    colours, counts = np.unique(bgra[:, :3], axis=0, return_counts=True)
    b, g, r = (int(v) for v in colours[counts.argmax()])
    background = (r, g, b)
    return max(ratio(background, (int(c[2]), int(c[1]), int(c[0]))) for c in colours)
