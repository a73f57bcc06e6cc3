"""Make the bundled demo clip: a person walks up to the kiosk camera.

Built from a public-domain portrait in tests/data/photos (the official portrait of
Barack Obama, a work of the U.S. federal government). The person appears too far away,
then off-centre near the edge, then well placed and still — so the whole capture flow
(guidance, hold, capture, result) plays without a webcam.

    python -m scripts.make_demo_clip [--out assets/demo/walk_up.mp4] [--size 1280x720]
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PORTRAIT = ROOT / "tests" / "data" / "photos" / "obama.jpg"
DEFAULT_OUT = ROOT / "assets" / "demo" / "walk_up.mp4"
# Face box of the portrait (x, y, w, h) in its own pixels, measured with the engine.
PORTRAIT_FACE = (376.0, 125.0, 234.0, 298.0)


@dataclass(frozen=True)
class Key:
    """Where the person is at time ``t``: face height as a fraction of the frame height,
    face centre as fractions of the frame; ``None`` = nobody there."""

    t: float
    face_h: float | None = None
    cx: float = 0.5
    cy: float = 0.45


# no face → too small → near the border → well placed and still
WALK_UP: tuple[Key, ...] = (
    Key(0.0),
    Key(0.9),
    Key(1.0, 0.11, 0.55, 0.42),
    Key(1.6, 0.13, 0.52, 0.42),
    # steps forward at the edge; cx grows with the face so it stays near the border, uncut
    Key(2.3, 0.14, 0.037, 0.42),
    Key(2.9, 0.34, 0.09, 0.45),
    Key(3.9, 0.34, 0.09, 0.45),
    Key(4.5, 0.40, 0.5, 0.45),
    Key(7.0, 0.40, 0.5, 0.45),
)

# never acceptable: too far, then cut by the edge, then gone
NEVER_GOOD: tuple[Key, ...] = (
    Key(0.0),
    Key(0.5),
    Key(0.6, 0.10, 0.5, 0.42),
    Key(1.6, 0.12, 0.55, 0.42),
    Key(2.2, 0.13, 0.035, 0.42),
    Key(2.8, 0.38, 0.06, 0.45),
    Key(4.0, 0.38, 0.06, 0.45),
)


def _background(w: int, h: int) -> np.ndarray:
    """A plain lobby wall: a soft vertical gradient, no texture (compresses well)."""
    ramp = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    top, bottom = np.array([214, 206, 196], np.float32), np.array([168, 160, 150], np.float32)
    wall = top * (1 - ramp) + bottom * ramp
    return np.broadcast_to(wall, (h, w, 3)).astype(np.uint8).copy()


def _person_mask(shape: tuple[int, int], face: tuple[float, float, float, float]) -> np.ndarray:
    """Soft head-and-shoulders matte, so the portrait reads as a person, not a pasted card."""
    h, w = shape
    fx, fy, fw, fh = face
    mask = np.zeros((h, w), np.float32)
    cx = int(fx + fw / 2)
    cv2.ellipse(
        mask, (cx, int(fy + fh * 0.42)), (int(fw * 0.6), int(fh * 0.68)), 0, 0, 360, 1.0, -1
    )
    cv2.ellipse(mask, (cx, int(fy + fh * 1.9)), (int(fw * 1.6), int(fh * 0.8)), 0, 0, 360, 1.0, -1)
    cv2.ellipse(mask, (cx, int(fy + fh * 1.2)), (int(fw * 0.5), int(fh * 0.5)), 0, 0, 360, 1.0, -1)
    blur = max(3, int(fw * 0.12)) | 1
    return cv2.GaussianBlur(mask, (blur, blur), 0)[..., None]


def _interpolate(keys: Sequence[Key], t: float) -> Key:
    for a, b in itertools.pairwise(keys):
        if a.t <= t <= b.t:
            if a.face_h is None or b.face_h is None:
                return a if b.face_h is None or t < b.t else b
            u = (t - a.t) / (b.t - a.t) if b.t > a.t else 1.0
            u = u * u * (3 - 2 * u)  # ease in and out, like a person slowing down
            return Key(
                t,
                a.face_h + (b.face_h - a.face_h) * u,
                a.cx + (b.cx - a.cx) * u,
                a.cy + (b.cy - a.cy) * u,
            )
    return keys[-1]


def compose(portrait: np.ndarray, size: tuple[int, int], key: Key) -> np.ndarray:
    w, h = size
    frame = _background(w, h)
    if key.face_h is None:
        return frame
    fx, fy, fw, fh = PORTRAIT_FACE
    s = key.face_h * h / fh
    scaled = cv2.resize(portrait, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    mask = _person_mask(scaled.shape[:2], (fx * s, fy * s, fw * s, fh * s))
    # top-left of the scaled portrait in the frame, so the face centre lands on (cx, cy)
    ox = int(key.cx * w - (fx + fw / 2) * s)
    oy = int(key.cy * h - (fy + fh / 2) * s)
    x0, y0 = max(ox, 0), max(oy, 0)
    x1, y1 = min(ox + scaled.shape[1], w), min(oy + scaled.shape[0], h)
    if x1 <= x0 or y1 <= y0:
        return frame
    src = scaled[y0 - oy : y1 - oy, x0 - ox : x1 - ox].astype(np.float32)
    a = mask[y0 - oy : y1 - oy, x0 - ox : x1 - ox]
    region = frame[y0:y1, x0:x1].astype(np.float32)
    frame[y0:y1, x0:x1] = (src * a + region * (1 - a)).astype(np.uint8)
    return frame


def frames(
    keys: Sequence[Key] = WALK_UP,
    size: tuple[int, int] = (1280, 720),
    fps: float = 30.0,
    portrait: np.ndarray | None = None,
) -> Iterator[np.ndarray]:
    img = portrait if portrait is not None else cv2.imread(str(PORTRAIT))
    if img is None:
        raise SystemExit(f"cannot read {PORTRAIT}")
    n = round(keys[-1].t * fps)
    for i in range(n):
        yield compose(img, size, _interpolate(keys, i / fps))


def write_clip(
    out: Path,
    keys: Sequence[Key] = WALK_UP,
    size: tuple[int, int] = (1280, 720),
    fps: float = 30.0,
) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    fourcc = "MJPG" if out.suffix.lower() == ".avi" else "mp4v"
    writer = cv2.VideoWriter(str(out), cv2.VideoWriter.fourcc(*fourcc), fps, size)
    if not writer.isOpened():
        raise SystemExit(f"cannot write {out}")
    try:
        for frame in frames(keys, size, fps):
            writer.write(frame)
    finally:
        writer.release()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--size", default="1280x720", help="WIDTHxHEIGHT (default 1280x720)")
    parser.add_argument("--never-good", action="store_true", help="a clip no frame passes")
    args = parser.parse_args(argv)
    w, h = (int(v) for v in args.size.lower().split("x"))
    out = write_clip(args.out, NEVER_GOOD if args.never_good else WALK_UP, (w, h))
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
