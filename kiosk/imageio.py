"""Loading still images into the engine's BGR 8-bit format, with one-line errors."""

from __future__ import annotations

import os
from pathlib import Path

import cv2
import numpy as np

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 40_000_000  # ~ 8000x5000; anything larger is not a camera frame


class ImageLoadError(ValueError):
    """An image could not be used; the message is one line, fit for a person."""


def load_image(path: str | os.PathLike[str]) -> np.ndarray:
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise ImageLoadError("file not found") from None
    except OSError as exc:
        raise ImageLoadError(f"cannot read file: {exc.strerror or exc}") from None
    if p.is_dir():
        raise ImageLoadError("is a directory, not an image")
    if size == 0:
        raise ImageLoadError("file is empty")
    if size > MAX_FILE_BYTES:
        raise ImageLoadError(f"file is too large ({size // (1024 * 1024)} MB, limit 50 MB)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ImageLoadError(f"cannot read file: {exc.strerror or exc}") from None
    return decode_image_bytes(data)


def decode_image_bytes(data: bytes) -> np.ndarray:
    """Decode encoded image bytes (JPEG, PNG, ...) to a BGR uint8 array."""
    if not data:
        raise ImageLoadError("image is empty")
    buf = np.frombuffer(data, dtype=np.uint8)
    _check_declared_size(data)
    img = cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)
    if img is None:
        raise ImageLoadError("not a readable image (corrupt, truncated or unsupported format)")
    return to_bgr8(img)


def to_bgr8(img: np.ndarray) -> np.ndarray:
    """Convert grayscale / BGRA / 16-bit / float images to contiguous BGR uint8."""
    if img.size == 0 or img.ndim not in (2, 3):
        raise ImageLoadError("image has no pixels")
    h, w = img.shape[:2]
    if h < 16 or w < 16:
        raise ImageLoadError(f"image is too small ({w}x{h})")
    if h * w > MAX_PIXELS:
        raise ImageLoadError(f"image is too large ({w}x{h})")
    if img.dtype == np.uint16:
        img = (img >> 8).astype(np.uint8)
    elif img.dtype != np.uint8:
        f = img.astype(np.float32)
        if np.issubdtype(img.dtype, np.floating) and float(np.nanmax(f)) <= 1.0:
            f = f * 255.0
        img = np.clip(np.nan_to_num(f), 0, 255).astype(np.uint8)
    if img.ndim == 2 or img.shape[2] == 1:
        img = cv2.cvtColor(img, cv2.COLOR_GRAY2BGR)
    elif img.shape[2] == 4:
        img = cv2.cvtColor(img, cv2.COLOR_BGRA2BGR)
    elif img.shape[2] != 3:
        raise ImageLoadError(f"unsupported number of channels ({img.shape[2]})")
    return np.ascontiguousarray(img)


def _check_declared_size(data: bytes) -> None:
    """Refuse images whose header declares absurd dimensions before decoding them.

    A tiny PNG can declare 100000x100000 pixels; decoding it would allocate tens of GB.
    """
    dims: tuple[int, int] | None = None
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        dims = (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big"))
    elif data[:2] == b"\xff\xd8":
        dims = _jpeg_dims(data)
    if dims and dims[0] * dims[1] > MAX_PIXELS:
        raise ImageLoadError(f"image is too large ({dims[0]}x{dims[1]})")


def _jpeg_dims(data: bytes) -> tuple[int, int] | None:
    i, n = 2, len(data)
    while i + 9 < n:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        seg_len = int.from_bytes(data[i + 2 : i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h = int.from_bytes(data[i + 5 : i + 7], "big")
            w = int.from_bytes(data[i + 7 : i + 9], "big")
            return (w, h)
        i += 2 + seg_len
    return None
