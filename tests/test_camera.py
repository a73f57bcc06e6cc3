"""Frame sources and the reconnecting capture loop, with real files and a real thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from kiosk.camera import CameraUnavailable, CaptureLoop, LatestSlot, SourceEnded, source_from_spec
from kiosk.camera.folder import ImageFolderSource
from kiosk.camera.video import VideoFileSource
from kiosk.camera.webcam import WebcamSource

PHOTOS = Path(__file__).parent / "data" / "photos"


def write_clip(path: Path, n: int = 12, fps: float = 30.0, size=(160, 120)) -> Path:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    for i in range(n):
        frame = np.full((size[1], size[0], 3), i * 20 % 256, np.uint8)
        writer.write(frame)
    writer.release()
    return path


def test_video_file_plays_its_frames_in_order_then_ends(tmp_path):
    src = VideoFileSource(write_clip(tmp_path / "c.avi", n=5), loop=False, realtime=False)
    src.open()
    levels = [int(src.read().mean()) for _ in range(5)]
    with pytest.raises(SourceEnded):
        src.read()
    src.close()
    assert levels == sorted(levels) and levels[0] < 5 and levels[-1] > 70


def test_video_file_loops(tmp_path):
    src = VideoFileSource(write_clip(tmp_path / "c.avi", n=3), loop=True, realtime=False)
    src.open()
    frames = [src.read() for _ in range(7)]
    src.close()
    assert len(frames) == 7 and abs(int(frames[3].mean()) - int(frames[0].mean())) < 3


def test_video_file_is_paced_at_its_frame_rate(tmp_path):
    src = VideoFileSource(write_clip(tmp_path / "c.avi", n=12, fps=40.0), loop=False)
    src.open()
    t0 = time.monotonic()
    for _ in range(9):
        src.read()
    elapsed = time.monotonic() - t0
    src.close()
    assert 0.17 < elapsed < 0.5  # 8 intervals of 25 ms


def test_missing_or_corrupt_video_is_unavailable_not_a_crash(tmp_path):
    with pytest.raises(CameraUnavailable, match="not found"):
        VideoFileSource(tmp_path / "nope.avi").open()
    bad = tmp_path / "bad.avi"
    bad.write_bytes(b"not a video at all")
    with pytest.raises(CameraUnavailable):
        src = VideoFileSource(bad)
        src.open()
        src.read()


def test_image_folder_holds_each_image_and_skips_unreadable_files(tmp_path):
    for name in ("obama.jpg", "grace_hopper.jpg"):
        (tmp_path / name).write_bytes((PHOTOS / name).read_bytes())
    (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8garbage")
    src = ImageFolderSource(tmp_path, fps=10, seconds_per_image=0.2, loop=False, realtime=False)
    src.open()
    shapes = [src.read().shape for _ in range(4)]
    with pytest.raises(SourceEnded):
        src.read()
    assert shapes[0] == shapes[1] != shapes[2] == shapes[3]


def test_empty_folder_is_unavailable(tmp_path):
    with pytest.raises(CameraUnavailable, match="no readable images"):
        ImageFolderSource(tmp_path).open()


def test_camera_spec_picks_the_right_source(tmp_path):
    clip = write_clip(tmp_path / "c.avi")
    assert isinstance(source_from_spec(None), WebcamSource)
    assert isinstance(source_from_spec("1"), WebcamSource)
    assert source_from_spec("1").device == 1  # type: ignore[attr-defined]
    assert isinstance(source_from_spec(str(clip)), VideoFileSource)
    assert isinstance(source_from_spec(str(tmp_path)), ImageFolderSource)
    named = source_from_spec("Integrated Webcam")
    assert isinstance(named, WebcamSource) and named.device == "Integrated Webcam"


def test_absent_webcam_is_reported_unavailable():
    with pytest.raises(CameraUnavailable):
        WebcamSource("no such camera anywhere").open()


class FlakySource:
    """Delivers frames, fails ('unplugged') for a while, then works again."""

    description = "flaky test camera"
    fps = 100.0

    def __init__(self, good_before: int, failed_opens: int) -> None:
        self.good_before, self.failed_opens = good_before, failed_opens
        self.reads = 0
        self.opens = 0

    def open(self) -> None:
        self.opens += 1
        if self.reads >= self.good_before and self.failed_opens > 0:
            self.failed_opens -= 1
            raise CameraUnavailable("camera unplugged")

    def read(self) -> np.ndarray:
        time.sleep(0.005)
        self.reads += 1
        if self.reads == self.good_before:
            raise CameraUnavailable("camera stopped delivering frames")
        return np.zeros((4, 4, 3), np.uint8)

    def close(self) -> None:
        pass


def test_capture_loop_reports_loss_and_reconnects_by_itself():
    events: list[tuple[bool, str]] = []
    ids: list[int] = []
    stop = threading.Event()

    def on_frame(frame, frame_id, t):
        ids.append(frame_id)
        if len(ids) >= 8:
            stop.set()

    loop = CaptureLoop(
        FlakySource(good_before=4, failed_opens=2),
        on_frame=on_frame,
        on_status=lambda ok, why: events.append((ok, why)),
        retry_delays=(0.01, 0.02),
    )
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    thread.join(5)
    assert not thread.is_alive()
    # each change is reported once: the loss, the new reason (twice "unplugged" is one), back
    assert [ok for ok, _ in events] == [True, False, False, True]
    assert "stopped" in events[1][1] and "unplugged" in events[2][1]
    assert ids == sorted(ids) and len(set(ids)) == len(ids) == 8  # ids never repeat


def test_capture_loop_stops_promptly_while_waiting_to_reconnect():
    stop = threading.Event()
    loop = CaptureLoop(
        FlakySource(good_before=0, failed_opens=10**6),
        on_frame=lambda *a: None,
        on_status=lambda ok, why: None,
        retry_delays=(10.0,),
    )
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    time.sleep(0.05)
    t0 = time.monotonic()
    stop.set()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - t0 < 0.5


def test_capture_loop_reports_the_end_of_a_finite_source(tmp_path):
    ended = threading.Event()
    loop = CaptureLoop(
        VideoFileSource(write_clip(tmp_path / "c.avi", n=3), loop=False, realtime=False),
        on_frame=lambda *a: None,
        on_status=lambda ok, why: None,
        on_ended=ended.set,
    )
    loop.run(threading.Event())
    assert ended.is_set() and loop.frames == 3


def test_latest_slot_keeps_only_the_newest_item():
    slot: LatestSlot[int] = LatestSlot()
    assert slot.put(1) is True
    assert slot.put(2) is False and slot.put(3) is False
    assert slot.take() == 3 and slot.take() is None and slot.dropped == 2


def test_latest_slot_wakes_a_waiting_reader():
    slot: LatestSlot[str] = LatestSlot()
    got: list[str | None] = []
    reader = threading.Thread(target=lambda: got.append(slot.wait_take(5)))
    reader.start()
    time.sleep(0.02)
    slot.put("frame")
    reader.join(2)
    assert got == ["frame"]
    slot.close()
    t0 = time.monotonic()
    assert slot.wait_take(5) is None and time.monotonic() - t0 < 0.5
