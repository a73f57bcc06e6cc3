"""Words that must fit: the largest font size at which a text fits a width."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics


def fitting_px(
    font: QFont, text: str, largest: int, smallest: int, room: int, *, wraps: bool = True
) -> int:
    """The largest pixel size from ``largest`` down to ``smallest`` at which the widest line
    of ``text`` is at most ``room`` wide — for a text that ``wraps``, its longest word."""
    trial = QFont(font)
    lines = text.split("\n")
    words = [w for line in lines for w in (line.split() or [line])] if wraps else lines
    for px in range(max(largest, smallest), smallest - 1, -1):
        trial.setPixelSize(px)
        fm = QFontMetrics(trial)
        if max((fm.horizontalAdvance(w) for w in words), default=0) <= room:
            return px
    return smallest
