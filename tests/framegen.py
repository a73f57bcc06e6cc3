"""Camera-like frames built from real photographs, for tests, tuning and the benchmark.

A frame is a window onto the (scaled) photograph, placed so that the face lands where a
case needs it: centred and well sized for a good frame, small for "too small", at or
past an edge for "near the border" / "cropped". Covers, a second face, rotation, lighting
and blur are applied on top. Face boxes of the photos are in data/photos/faces.json.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np

DATA = Path(__file__).parent / "data"
PHOTOS = DATA / "photos"
SCENES = DATA / "scenes"

# Photos used to tune thresholds, and photos kept apart to check that tuning generalises.
TUNING_PHOTOS = ("obama.jpg", "grace_hopper.jpg", "astronaut.png")
HOLDOUT_PHOTOS = ("biden.jpg", "obama2.jpg", "obama3.jpg")
ALL_PHOTOS = TUNING_PHOTOS + HOLDOUT_PHOTOS


@dataclass(frozen=True)
class FaceInPhoto:
    box: tuple[float, float, float, float]
    right_eye: tuple[float, float]
    left_eye: tuple[float, float]


@cache
def _faces() -> dict[str, FaceInPhoto]:
    raw = json.loads((PHOTOS / "faces.json").read_text())
    return {
        k: FaceInPhoto(tuple(v["box"]), tuple(v["right_eye"]), tuple(v["left_eye"]))
        for k, v in raw.items()
    }


@cache
def photo(name: str) -> np.ndarray:
    img = cv2.imread(str(PHOTOS / name), cv2.IMREAD_COLOR)
    assert img is not None, name
    return img


def face_of(name: str) -> FaceInPhoto:
    return _faces()[name]


def compose(
    name: str,
    size: tuple[int, int] = (1280, 720),
    face_height: float = 0.42,
    centre: tuple[float, float] = (0.5, 0.46),
    background: int = 110,
) -> np.ndarray:
    """A frame of ``size`` (w, h) in which the photo's face box is ``face_height`` of the frame
    height, its centre at ``centre`` (fractions of the frame; may lie outside [0, 1])."""
    w, h = size
    src = photo(name)
    f = face_of(name)
    fx, fy, fw, fh = f.box
    s = face_height * h / fh
    cx, cy = fx + fw / 2, fy + fh / 2
    tx, ty = centre[0] * w - s * cx, centre[1] * h - s * cy
    m = np.array([[s, 0, tx], [0, s, ty]], np.float32)
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    return cv2.warpAffine(
        src,
        m,
        (w, h),
        flags=interp,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=(background, background, background),
    )


def face_box_in(
    name: str, size: tuple[int, int], face_height: float, centre: tuple[float, float]
) -> tuple[float, float, float, float]:
    w, h = size
    f = face_of(name)
    fh = face_height * h
    fw = f.box[2] / f.box[3] * fh
    return (centre[0] * w - fw / 2, centre[1] * h - fh / 2, fw, fh)


def eyes_in(
    name: str, size: tuple[int, int], face_height: float, centre: tuple[float, float]
) -> tuple[np.ndarray, np.ndarray, float]:
    """(right eye, left eye, scale) in frame pixels for a composed frame."""
    w, h = size
    f = face_of(name)
    s = face_height * h / f.box[3]
    cx, cy = f.box[0] + f.box[2] / 2, f.box[1] + f.box[3] / 2
    off = np.array([centre[0] * w - s * cx, centre[1] * h - s * cy])
    return np.array(f.right_eye) * s + off, np.array(f.left_eye) * s + off, s


def good(name: str, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    return compose(name, size)


# --- covers ---------------------------------------------------------------------------


def _geometry(
    name: str,
    size: tuple[int, int],
    face_height: float = 0.42,
    centre: tuple[float, float] = (0.5, 0.46),
) -> tuple[np.ndarray, np.ndarray, float]:
    r, le, _ = eyes_in(name, size, face_height, centre)
    ied = float(np.hypot(*(le - r)))
    return r, le, ied


def bar_over_eyes(
    img: np.ndarray, name: str, colour: tuple[int, int, int] = (0, 0, 0)
) -> np.ndarray:
    out = img.copy()
    r, le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    x0, x1 = int(r[0] - 0.6 * ied), int(le[0] + 0.6 * ied)
    yc = (r[1] + le[1]) / 2
    cv2.rectangle(out, (x0, int(yc - 0.28 * ied)), (x1, int(yc + 0.28 * ied)), colour, -1)
    return out


def sunglasses(img: np.ndarray, name: str) -> np.ndarray:
    out = img.copy()
    r, le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    axes = (int(0.42 * ied), int(0.3 * ied))
    for c in (r, le):
        cv2.ellipse(out, (int(c[0]), int(c[1])), axes, 0, 0, 360, (25, 22, 20), -1)
    cv2.line(
        out,
        (int(r[0] + 0.4 * ied), int(r[1])),
        (int(le[0] - 0.4 * ied), int(le[1])),
        (30, 30, 30),
        max(2, int(0.05 * ied)),
    )
    return out


def mask(img: np.ndarray, name: str, colour: tuple[int, int, int] = (235, 235, 235)) -> np.ndarray:
    """A surgical-style mask from just under the eyes to under the chin."""
    out = img.copy()
    r, le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    cx = (r[0] + le[0]) / 2
    top = (r[1] + le[1]) / 2 + 0.45 * ied
    pts = np.array(
        [
            [cx - 0.95 * ied, top],
            [cx + 0.95 * ied, top],
            [cx + 0.8 * ied, top + 1.25 * ied],
            [cx, top + 1.55 * ied],
            [cx - 0.8 * ied, top + 1.25 * ied],
        ],
        np.int32,
    )
    cv2.fillPoly(out, [pts], colour)
    # Pleats, so it is not a perfectly flat patch.
    for k in (0.35, 0.7, 1.0):
        cv2.line(
            out,
            (int(cx - 0.85 * ied), int(top + k * ied)),
            (int(cx + 0.85 * ied), int(top + k * ied)),
            tuple(int(c * 0.85) for c in colour),
            max(1, int(0.03 * ied)),
        )
    return out


def hand_over_mouth(img: np.ndarray, name: str, donor: str = "grace_hopper.jpg") -> np.ndarray:
    """A skin-coloured, shaded hand shape over mouth and chin (fingers drawn as ridges)."""
    out = img.copy()
    r, le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    cx = (r[0] + le[0]) / 2
    top = (r[1] + le[1]) / 2 + 0.75 * ied
    d = photo(donor)
    fd = face_of(donor)
    # Skin colour from the donor's cheek.
    cheek = d[
        int(fd.box[1] + 0.62 * fd.box[3]) : int(fd.box[1] + 0.72 * fd.box[3]),
        int(fd.box[0] + 0.2 * fd.box[2]) : int(fd.box[0] + 0.3 * fd.box[2]),
    ]
    skin = np.median(cheek.reshape(-1, 3), axis=0)
    x0, x1 = int(cx - 0.85 * ied), int(cx + 0.85 * ied)
    y0, y1 = int(top), int(top + 1.1 * ied)
    hand = np.zeros((y1 - y0, x1 - x0, 3), np.float32) + skin
    shade = np.linspace(1.1, 0.8, y1 - y0)[:, None, None]
    hand *= shade
    for k in range(1, 4):
        yy = int(k * (y1 - y0) / 4)
        hand[max(0, yy - 2) : yy + 2] *= 0.75
    out[y0:y1, x0:x1] = np.clip(hand, 0, 255).astype(np.uint8)
    return out


def scarf(img: np.ndarray, name: str, texture: str = "brick.png") -> np.ndarray:
    """A patterned cloth over nose, mouth and chin, cut from a real texture."""
    out = img.copy()
    r, le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    cx = (r[0] + le[0]) / 2
    top = (r[1] + le[1]) / 2 + 0.55 * ied
    x0, x1 = int(cx - 1.2 * ied), int(cx + 1.2 * ied)
    y0, y1 = int(top), int(top + 1.6 * ied)
    tex = cv2.resize(_read(SCENES / texture), (x1 - x0, y1 - y0))
    tint = np.array([60, 40, 170], np.float32)  # a red scarf
    cloth = (tex.astype(np.float32) / 255.0) * tint + 30
    out[y0:y1, x0:x1] = np.clip(cloth, 0, 255).astype(np.uint8)
    return out


def hair_over_eye(img: np.ndarray, name: str) -> np.ndarray:
    out = img.copy()
    r, _le, ied = _geometry(name, (img.shape[1], img.shape[0]))
    pts = np.array(
        [
            [r[0] - 0.7 * ied, r[1] - 0.8 * ied],
            [r[0] + 0.6 * ied, r[1] - 0.8 * ied],
            [r[0] + 0.45 * ied, r[1] + 0.5 * ied],
            [r[0] - 0.6 * ied, r[1] + 0.35 * ied],
        ],
        np.int32,
    )
    cv2.fillPoly(out, [pts], (28, 32, 40))
    return out


COVERS = {
    "eye_bar": bar_over_eyes,
    "sunglasses": sunglasses,
    "white_mask": mask,
    "blue_mask": lambda img, n: mask(img, n, (215, 185, 140)),
    "hand": hand_over_mouth,
    "scarf": scarf,
    "hair_over_eye": hair_over_eye,
}


# --- other transformations --------------------------------------------------------------


def rotate(
    img: np.ndarray, degrees: float, centre: tuple[float, float] | None = None
) -> np.ndarray:
    h, w = img.shape[:2]
    c = centre or (w / 2, h * 0.46)
    m = cv2.getRotationMatrix2D(c, degrees, 1.0)
    return cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE)


def with_second_face(
    img: np.ndarray,
    other: str,
    face_height: float = 0.25,
    centre: tuple[float, float] = (0.85, 0.4),
) -> np.ndarray:
    """Paste a second person's head (an oval cut-out) into the frame."""
    h, w = img.shape[:2]
    second = compose(other, (w, h), face_height, centre)
    fx, fy, fw, fh = face_box_in(other, (w, h), face_height, centre)
    m = np.zeros((h, w), np.uint8)
    cv2.ellipse(
        m, (int(fx + fw / 2), int(fy + fh / 2)), (int(fw * 0.75), int(fh * 0.8)), 0, 0, 360, 255, -1
    )
    alpha = cv2.GaussianBlur(m, (0, 0), max(1.0, fw * 0.05)).astype(np.float32)[..., None] / 255
    return (img * (1 - alpha) + second * alpha).astype(np.uint8)


def darken(img: np.ndarray, factor: float = 0.18) -> np.ndarray:
    return np.clip(img.astype(np.float32) * factor, 0, 255).astype(np.uint8)


def overexpose(img: np.ndarray, factor: float = 2.6) -> np.ndarray:
    return np.clip(img.astype(np.float32) * factor + 30, 0, 255).astype(np.uint8)


def blur(img: np.ndarray, face_fraction: float = 0.03, face_height_px: float = 300) -> np.ndarray:
    sigma = max(1.0, face_fraction * face_height_px)
    return cv2.GaussianBlur(img, (0, 0), sigma)


def scene(name: str, size: tuple[int, int] = (1280, 720)) -> np.ndarray:
    return cv2.resize(_read(SCENES / name), size)


def _read(path: Path) -> np.ndarray:
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    assert img is not None, path
    return img


def camera_like(img: np.ndarray, seed: int) -> np.ndarray:
    """What a webcam adds: a white-balance cast, sensor noise and JPEG compression."""
    rng = np.random.default_rng(seed)
    out = img.astype(np.float32)
    casts = (np.array([1.1, 1.0, 0.88]), np.array([0.85, 1.0, 1.12]), np.ones(3))
    out *= casts[seed % 3]
    out += rng.normal(0, 4, out.shape)
    ok, buf = cv2.imencode(
        ".jpg",
        np.clip(out, 0, 255).astype(np.uint8),
        [cv2.IMWRITE_JPEG_QUALITY, 70 + 5 * (seed % 4)],
    )
    decoded = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    assert ok and decoded is not None
    return decoded


WALL_BGR = (150, 160, 170)


def on_wall(*placed: tuple[Path, int, int, int]) -> np.ndarray:
    """A 1280x720 plain wall with each (photo file, side, x, y): the photo scaled to a
    side x side square with its top-left corner at (x, y) — real people standing before
    the kiosk, each photo's face where the case needs it."""
    frame = np.full((720, 1280, 3), WALL_BGR, np.uint8)
    for path, side, x, y in placed:
        img = _read(path)
        interp = cv2.INTER_CUBIC if side > max(img.shape[:2]) else cv2.INTER_AREA
        frame[y : y + side, x : x + side] = cv2.resize(img, (side, side), interpolation=interp)
    return frame
