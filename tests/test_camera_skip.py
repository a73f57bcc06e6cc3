"""Frames passed over undecoded (the attract screen decodes one in three): the capture loop
asks before each frame, and each source skips one in its cheapest way — with real files."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np
import pytest

import kiosk.camera.video as video
from kiosk.camera import CaptureLoop
from kiosk.camera.folder import ImageFolderSource
from kiosk.camera.source import SkippingSource
from kiosk.camera.video import VideoFileSource
from kiosk.camera.webcam import WebcamSource
from tests import framegen as fg


def write_clip(path: Path, fourcc: str, n: int = 8, size=(160, 120)) -> Path:
    """Frame i is grey level 20·i (so a frame tells which one it is)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*fourcc), 30.0, size)
    for i in range(n):
        writer.write(np.full((size[1], size[0], 3), i * 20, np.uint8))
    writer.release()
    return path


def level(frame: np.ndarray) -> int:
    return round(float(frame.mean()) / 20)


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the JPEG decodes the video source does."""
    calls: list[int] = []
    real = cv2.imdecode

    def counting(buf: np.ndarray, flags: int) -> np.ndarray | None:
        calls.append(1)
        return real(buf, flags)

    monkeypatch.setattr(video.cv2, "imdecode", counting)
    return calls


def test_every_source_can_skip_a_frame() -> None:
    assert isinstance(VideoFileSource("x.avi"), SkippingSource)
    assert isinstance(ImageFolderSource("x"), SkippingSource)
    assert isinstance(WebcamSource(0), SkippingSource)


def test_an_mjpeg_file_skips_frames_without_decoding_them(tmp_path, decodes) -> None:
    src = VideoFileSource(write_clip(tmp_path / "c.avi", "MJPG"), loop=True, realtime=False)
    src.open()
    assert src.packets, "MJPEG read as compressed packets"
    decodes.clear()
    got = [level(src.read())]
    src.skip()
    src.skip()
    got.append(level(src.read()))
    for _ in range(5):
        src.skip()  # past the end: from the start again
    got.append(level(src.read()))
    src.close()
    assert got == [0, 3, 1]
    assert len(decodes) == 3, "a skipped frame was decoded"


def test_mjpeg_packets_decode_to_what_ffmpeg_decodes(tmp_path) -> None:
    """A real picture (a photograph framed at kiosk distance), not a flat grey."""
    frame = fg.good("obama.jpg", (640, 360))
    path = tmp_path / "p.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 30.0, (640, 360))
    for _ in range(3):
        writer.write(frame)
    writer.release()
    cap = cv2.VideoCapture(str(path))
    ok, expected = cap.read()
    cap.release()
    src = VideoFileSource(path, loop=False, realtime=False)
    src.open()
    got = src.read()
    src.close()
    assert ok and src.packets and got.shape == expected.shape and got.dtype == np.uint8
    diff = np.abs(got.astype(np.int16) - expected.astype(np.int16))
    # The same picture: the decoders differ by rounding (about a grey level) and in how
    # they smooth colour at sharp edges.
    assert diff.mean() < 2.0 and np.percentile(diff, 99) <= 10, (diff.mean(), diff.max())


def test_another_codec_is_decoded_by_ffmpeg_and_skips_in_order(tmp_path, decodes) -> None:
    src = VideoFileSource(write_clip(tmp_path / "c.mp4", "mp4v"), loop=False, realtime=False)
    src.open()
    assert not src.packets
    got = [level(src.read())]
    src.skip()
    got.append(level(src.read()))
    src.close()
    assert got == [0, 2] and not decodes


def test_an_image_folder_skips_in_order(tmp_path) -> None:
    for i in range(4):
        cv2.imwrite(str(tmp_path / f"f{i}.png"), np.full((64, 64, 3), i * 20, np.uint8))
    src = ImageFolderSource(tmp_path, fps=30.0, seconds_per_image=1 / 30, realtime=False)
    src.open()
    got = [level(src.read())]
    src.skip()
    src.skip()
    got.append(level(src.read()))
    assert got == [0, 3]


class CountingSource:
    description = "counting camera"
    fps = 1000.0

    def __init__(self) -> None:
        self.reads = 0
        self.skips = 0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        self.reads += 1
        return np.zeros((2, 2, 3), np.uint8)

    def skip(self) -> None:
        self.skips += 1

    def close(self) -> None: ...


class ReadOnlySource:
    description = "camera without skip"
    fps = 1000.0

    def __init__(self) -> None:
        self.reads = 0

    def open(self) -> None: ...

    def read(self) -> np.ndarray:
        self.reads += 1
        return np.zeros((2, 2, 3), np.uint8)

    def close(self) -> None: ...


def run_loop(source: object, frames: int) -> tuple[list[int], list[int]]:
    delivered: list[int] = []
    skipped: list[int] = []
    stop = threading.Event()

    def on_frame(frame: np.ndarray, frame_id: int, t: float) -> None:
        delivered.append(frame_id)
        if frame_id >= frames:
            stop.set()

    loop = CaptureLoop(
        source,  # type: ignore[arg-type]
        on_frame=on_frame,
        on_status=lambda ok, why: None,
        wants=lambda frame_id, t: frame_id % 3 == 0,
        on_skipped=skipped.append,
    )
    loop.run(stop)
    assert loop.skipped == len(skipped)
    return delivered, skipped


def test_the_capture_loop_decodes_only_the_frames_wanted() -> None:
    source = CountingSource()
    delivered, skipped = run_loop(source, 12)
    assert delivered == [3, 6, 9, 12]
    assert skipped == [1, 2, 4, 5, 7, 8, 10, 11]  # frame ids count the skipped ones
    assert (source.reads, source.skips) == (4, 8)


def test_a_source_that_cannot_skip_is_read_and_the_frame_dropped() -> None:
    source = ReadOnlySource()
    assert not isinstance(source, SkippingSource)
    delivered, skipped = run_loop(source, 6)
    assert delivered == [3, 6] and skipped == [1, 2, 4, 5] and source.reads == 6
