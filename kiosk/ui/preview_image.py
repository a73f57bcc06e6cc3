"""Preparing a camera frame for the preview, off the GUI thread. Qt-free."""

from __future__ import annotations

import cv2
import numpy as np


def prepare_display(frame: np.ndarray, width: int, height: int, mirror: bool) -> np.ndarray:
    """The frame as the preview shows it: cropped to cover ``width``x``height``, scaled,
    mirrored, as BGRA (Qt's RGB32, drawn without conversion). Qt-free and thread-safe, so
    the capture thread does it and the GUI thread only copies pixels."""
    fh, fw = frame.shape[:2]
    s = max(width / fw, height / fh)
    vw, vh = min(fw, round(width / s)), min(fh, round(height / s))
    x0, y0 = (fw - vw) // 2, (fh - vh) // 2
    shown = cv2.resize(frame[y0 : y0 + vh, x0 : x0 + vw], (width, height))
    if mirror:
        shown = cv2.flip(shown, 1)
    return cv2.cvtColor(shown, cv2.COLOR_BGR2BGRA)
