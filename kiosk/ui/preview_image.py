"""Preparing a camera frame for the preview, off the GUI thread, and where it lands. Qt-free.

One placement rule serves the picture (the capture thread scales with it) and everything
drawn over it (the face box, the guide, the spinner), so they can never disagree: the frame
is scaled to fill the stage, but never with more than :data:`MAX_CROP` of its width or
height cut off — past that it is letterboxed (bars above and below, or at the sides) instead.
A 16:9 camera on a 16:9 screen fills it exactly; on the staff preview (about 4:3), or a
portrait camera (720x1280) on a landscape screen, the person sees (nearly) all that the
checks see — a face the checks found is never outside the picture, and the oval is over the
frame's middle, not a strip of it.

A landscape camera on a portrait display (a 1080x1920 totem) would be a thin band across
the middle of a dark screen: there the frame is cut to a square around its middle — where
the oval asks the face to be — which fills the display's width (1080x1080 on a totem), near
the top — the language button above it, the words and the guidance in the room below. The
checks still see the whole frame, so a face at the far side of it can be found while it is
off the picture; the preview marks it with an arrow at that edge, and the person moves in.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

MAX_CROP = 0.12  # at most this share of the frame's width (or height) is cut off to fill
PORTRAIT_STAGE = 1.3  # a stage this many times taller than wide is a portrait display
PORTRAIT_TOP = 0.07  # there the picture's top: room above for the language button only
BAR_BGRA = (0x20, 0x12, 0x0B, 255)  # the letterbox bars: the theme's background, #0B1220


@dataclass(frozen=True, slots=True)
class Placement:
    """The part of the frame shown (``crop``: x, y, w, h in frame pixels) and where it is
    drawn in the widget before mirroring (``target``: x, y, w, h in widget pixels)."""

    width: int
    height: int
    crop: tuple[int, int, int, int]
    target: tuple[int, int, int, int]

    def to_widget(self, x: float, y: float, mirror: bool) -> tuple[float, float]:
        """A point of the (un-mirrored) frame, in widget pixels."""
        cx, cy, cw, ch = self.crop
        tx, ty, tw, th = self.target
        wx = tx + (x - cx) * tw / cw
        wy = ty + (y - cy) * th / ch
        return (self.width - wx if mirror else wx), wy

    def video_rect(self, mirror: bool) -> tuple[int, int, int, int]:
        """Where the picture is on screen (mirroring moves it by up to a pixel)."""
        tx, ty, tw, th = self.target
        return (self.width - tx - tw if mirror else tx), ty, tw, th


def place(frame_w: int, frame_h: int, width: int, height: int) -> Placement:
    """How a ``frame_w``x``frame_h`` frame is shown on a ``width``x``height`` stage."""
    fw, fh = max(1, frame_w), max(1, frame_h)
    w, h = max(1, width), max(1, height)
    if h >= w * PORTRAIT_STAGE and fw > fh:
        # A landscape camera on a portrait display: its middle square, the display's width.
        th = min(h, w)
        crop = ((fw - fh) // 2, 0, fh, fh)
        top = min((h - th) // 2, round(h * PORTRAIT_TOP))
        return Placement(w, h, crop, (0, top, w, th))
    cover = max(w / fw, h / fh)
    fit = min(w / fw, h / fh)
    s = min(cover, fit / (1 - MAX_CROP))
    vw, vh = min(fw, round(w / s)), min(fh, round(h / s))  # the frame pixels shown
    # their size on the stage: a cropped side fills it exactly, a whole one is scaled
    tw = w if vw < fw else min(w, round(fw * s))
    th = h if vh < fh else min(h, round(fh * s))
    crop = ((fw - vw) // 2, (fh - vh) // 2, vw, vh)
    return Placement(w, h, crop, ((w - tw) // 2, (h - th) // 2, tw, th))


def prepare_display(frame: np.ndarray, width: int, height: int, mirror: bool) -> np.ndarray:
    """The frame as the preview shows it (see :func:`place`): cropped, scaled, letterboxed,
    mirrored, as BGRA (Qt's RGB32, drawn without conversion). Qt-free and thread-safe, so
    the capture thread does it and the GUI thread only copies pixels."""
    fh, fw = frame.shape[:2]
    p = place(fw, fh, width, height)
    x0, y0, vw, vh = p.crop
    tx, ty, tw, th = p.target
    shown = cv2.resize(frame[y0 : y0 + vh, x0 : x0 + vw], (tw, th))
    if mirror:
        shown = cv2.flip(shown, 1)
        tx = p.width - tx - tw
    if (tw, th) == (p.width, p.height):
        return cv2.cvtColor(shown, cv2.COLOR_BGR2BGRA)
    canvas = np.empty((p.height, p.width, 4), np.uint8)
    canvas[:] = BAR_BGRA
    canvas[ty : ty + th, tx : tx + tw] = cv2.cvtColor(shown, cv2.COLOR_BGR2BGRA)
    return canvas
