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

import sys
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


class DisplayBuffers:
    """Buffers :func:`prepare_display` writes into again and again, instead of a fresh
    multi-megabyte array for every frame. A new array that large is mapped from the system
    and every page of it faults on first touch: 1,900-2,200 page faults, 8-11 ms of system
    time a frame for a 1920x1080 or 1080x1920 display (none at 1366x768, where glibc keeps
    the smaller arrays in its heap) — most of the cost of showing a frame there.

    Scratch buffers are private to the call. An output buffer is handed out again only when
    nothing else holds it any more — not the mailbox's packet, not the preview painting it
    (CPython's reference count says so, under the GIL) — so a picture being shown is never
    written over. One instance per calling thread (the capture thread's)."""

    def __init__(self, outputs: int = 4) -> None:
        self._scratch: dict[str, np.ndarray] = {}
        self._outputs: list[np.ndarray] = []
        self._max_outputs = outputs
        self._outputs.append(np.empty(1, np.uint8))
        self._baseline = self._references_to_first()  # held by this pool alone
        self._outputs.clear()
        self.made = 0  # output buffers allocated (a test sees them reused)

    def _references_to_first(self) -> int:
        for buf in self._outputs:  # the very loop output() runs: the same references
            return sys.getrefcount(buf)
        return 0

    def scratch(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        buf = self._scratch.get(name)
        if buf is None or buf.shape != shape:
            buf = self._scratch[name] = np.empty(shape, np.uint8)
        return buf

    def output(self, shape: tuple[int, ...]) -> np.ndarray:
        for buf in self._outputs:
            if buf.shape == shape and sys.getrefcount(buf) <= self._baseline:
                return buf
        buf = np.empty(shape, np.uint8)
        self.made += 1
        self._outputs = [b for b in self._outputs if b.shape == shape][-self._max_outputs + 1 :]
        self._outputs.append(buf)
        return buf


class _Fresh:
    """No reuse: a new array each time (a one-off frame, the GUI thread's freeze-frame)."""

    @staticmethod
    def scratch(_name: str, shape: tuple[int, ...]) -> np.ndarray:
        return np.empty(shape, np.uint8)

    @staticmethod
    def output(shape: tuple[int, ...]) -> np.ndarray:
        return np.empty(shape, np.uint8)


def prepare_display(
    frame: np.ndarray,
    width: int,
    height: int,
    mirror: bool,
    *,
    coarse: bool = False,
    buffers: DisplayBuffers | None = None,
) -> np.ndarray:
    """The frame as the preview shows it (see :func:`place`): cropped, scaled, letterboxed,
    mirrored, as BGRA (Qt's RGB32, drawn without conversion). Qt-free and thread-safe, so
    the capture thread does it and the GUI thread only copies pixels.

    ``coarse``: for the attract screen's dimmed background, where nobody looks closely —
    converted to BGRA first and scaled nearest-neighbour (whole 4-byte pixels copied, no
    blending): about half the cost of the bilinear scaling a person in front is shown with,
    the same placement to the pixel. ``buffers``: written into, not allocated
    (:class:`DisplayBuffers`); the result is the same."""
    b: DisplayBuffers | _Fresh = buffers if buffers is not None else _Fresh()
    fh, fw = frame.shape[:2]
    p = place(fw, fh, width, height)
    x0, y0, vw, vh = p.crop
    tx, ty, tw, th = p.target
    crop = frame[y0 : y0 + vh, x0 : x0 + vw]
    full = (tw, th) == (p.width, p.height)
    # The last step writes into the output buffer, the others into scratch ones.
    last_is_colour = full and not mirror
    if coarse:
        crop4 = cv2.cvtColor(crop, cv2.COLOR_BGR2BGRA, dst=b.scratch("crop4", (vh, vw, 4)))
        shown = cv2.resize(
            crop4,
            (tw, th),
            dst=b.output((th, tw, 4)) if last_is_colour else b.scratch("shown", (th, tw, 4)),
            interpolation=cv2.INTER_NEAREST,
        )
    else:
        scaled = cv2.resize(crop, (tw, th), dst=b.scratch("scaled", (th, tw, 3)))
        shown = cv2.cvtColor(
            scaled,
            cv2.COLOR_BGR2BGRA,
            dst=b.output((th, tw, 4)) if last_is_colour else b.scratch("shown", (th, tw, 4)),
        )
    if mirror:
        tx = p.width - tx - tw
        dst = b.output((th, tw, 4)) if full else b.scratch("mirrored", (th, tw, 4))
        shown = cv2.flip(shown, 1, dst=dst)
    if full:
        return shown
    # The bars in the same pass as the copy: filling a whole canvas with numpy
    # (``canvas[:] = BAR_BGRA``, four bytes at a time) took 15-19 ms for a 1080x1920
    # portrait display, five times what scaling the picture costs.
    return cv2.copyMakeBorder(
        shown,
        ty,
        p.height - ty - th,
        tx,
        p.width - tx - tw,
        cv2.BORDER_CONSTANT,
        dst=b.output((p.height, p.width, 4)),
        value=BAR_BGRA,
    )
