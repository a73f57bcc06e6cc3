"""Unit tests: the JPEG data URI sent to the service stays within its size limits."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.api.imaging import DATA_URI_PREFIX, ImageEncodeError, decode_data_uri, encode_frame
from kiosk.imageio import decode_image_bytes, load_image

PHOTOS = "tests/data/photos"


def noisy(w: int, h: int) -> np.ndarray:
    """Random noise: the hardest content for JPEG, so the size limits really bite."""
    rng = np.random.default_rng(7)
    return rng.integers(0, 256, (h, w, 3), dtype=np.uint8)


def test_a_camera_frame_becomes_a_jpeg_data_uri_the_service_can_decode() -> None:
    frame = load_image(f"{PHOTOS}/obama.jpg")
    img = encode_frame(frame)
    assert img.data_uri.startswith(DATA_URI_PREFIX)
    back = decode_image_bytes(decode_data_uri(img.data_uri))
    assert back.shape == (img.height, img.width, 3)
    assert decode_data_uri(img.data_uri)[:2] == b"\xff\xd8"  # a JPEG


def test_long_side_is_limited_and_aspect_ratio_kept() -> None:
    frame = cv2.resize(load_image(f"{PHOTOS}/astronaut.png"), (2560, 1440))
    img = encode_frame(frame, max_side=1280)
    assert (img.width, img.height) == (1280, 720)
    portrait = encode_frame(np.ascontiguousarray(frame.transpose(1, 0, 2)), max_side=1000)
    assert (portrait.width, portrait.height) == (562, 1000)


def test_a_small_frame_is_never_upscaled() -> None:
    frame = load_image(f"{PHOTOS}/astronaut.png")[:300, :400]
    img = encode_frame(frame, max_side=1280)
    assert (img.width, img.height) == (400, 300)
    assert img.quality == 92


def test_quality_steps_down_to_stay_under_the_payload_cap() -> None:
    frame = noisy(800, 600)
    generous = encode_frame(frame, max_payload_bytes=5_000_000)
    tight = encode_frame(frame, max_payload_bytes=generous.payload_bytes * 2 // 3)
    assert tight.quality < generous.quality
    assert tight.payload_bytes <= generous.payload_bytes * 2 // 3
    assert (tight.width, tight.height) == (800, 600)  # size kept while quality can give


def test_size_shrinks_when_quality_alone_cannot_meet_the_cap() -> None:
    frame = noisy(1280, 960)
    img = encode_frame(frame, max_payload_bytes=150_000)
    assert img.payload_bytes <= 150_000
    assert img.width < 1280 and img.width / img.height == pytest.approx(4 / 3, rel=0.01)


def test_an_impossible_cap_is_a_one_line_error() -> None:
    with pytest.raises(ImageEncodeError) as err:
        encode_frame(noisy(1280, 960), max_payload_bytes=5_000)
    assert "\n" not in str(err.value) and "5000 bytes" in str(err.value)


def test_repr_does_not_dump_the_image() -> None:
    img = encode_frame(load_image(f"{PHOTOS}/obama.jpg"))
    assert len(repr(img)) < 80 and "base64" not in repr(img)
