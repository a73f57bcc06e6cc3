"""Encoding a captured frame as the JPEG data URI the service takes."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import cv2
import numpy as np

DATA_URI_PREFIX = "data:image/jpeg;base64,"
QUALITY_STEPS = (92, 85, 78, 70, 62, 55)  # below ~55 JPEG artefacts start to hurt liveness
DOWNSCALE_STEP = 0.8  # when the lowest quality is still too big, shrink and try again
MIN_LONG_SIDE = 480  # smaller than this is no longer a useful face image


class ImageEncodeError(ValueError):
    """The frame cannot be encoded within the limits; one line, fit for staff."""


@dataclass(frozen=True)
class EncodedImage:
    data_uri: str
    width: int
    height: int
    quality: int

    @property
    def payload_bytes(self) -> int:
        return len(self.data_uri)

    def __repr__(self) -> str:  # never dump the image into a log
        return (
            f"EncodedImage({self.width}x{self.height}, q={self.quality}, "
            f"{self.payload_bytes} bytes)"
        )


def encode_frame(
    frame_bgr: np.ndarray, *, max_side: int = 1280, max_payload_bytes: int = 1_000_000
) -> EncodedImage:
    """JPEG data URI of ``frame_bgr``: long side ≤ ``max_side`` (never upscaled), the
    highest quality step whose data URI fits ``max_payload_bytes``, then smaller sizes."""
    if frame_bgr.ndim != 3 or frame_bgr.shape[2] != 3 or frame_bgr.dtype != np.uint8:
        raise ImageEncodeError("expected a BGR 8-bit colour frame")
    h, w = frame_bgr.shape[:2]
    long_side = max(h, w)
    target = min(long_side, max_side)
    floor = min(long_side, MIN_LONG_SIDE)
    while True:
        image = _resize_long_side(frame_bgr, target)
        for quality in QUALITY_STEPS:
            uri = _data_uri(image, quality)
            if len(uri) <= max_payload_bytes:
                return EncodedImage(uri, image.shape[1], image.shape[0], quality)
        if target <= floor:
            raise ImageEncodeError(
                f"image does not fit in {max_payload_bytes} bytes even at "
                f"{image.shape[1]}x{image.shape[0]}, JPEG quality {QUALITY_STEPS[-1]}"
            )
        target = max(floor, int(target * DOWNSCALE_STEP))


def decode_data_uri(data_uri: str) -> bytes:
    """The JPEG bytes of a data URI made by :func:`encode_frame` (for the sandbox and tests)."""
    if not data_uri.startswith("data:") or ";base64," not in data_uri[:64]:
        raise ValueError("not a base64 data URI")
    return base64.b64decode(data_uri.split(",", 1)[1], validate=True)


def _resize_long_side(frame: np.ndarray, long_side: int) -> np.ndarray:
    h, w = frame.shape[:2]
    current = max(h, w)
    if current <= long_side:
        return frame
    scale = long_side / current
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(frame, size, interpolation=cv2.INTER_AREA)


def _data_uri(image: np.ndarray, quality: int) -> str:
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:  # pragma: no cover - OpenCV fails only on invalid input
        raise ImageEncodeError("JPEG encoding failed")
    return DATA_URI_PREFIX + base64.b64encode(buf.tobytes()).decode("ascii")
