"""A video file as a camera: frames at the file's rate, optionally looping.

An MJPEG file (what a USB webcam streams, and what the benchmark plays) is read as its
compressed packets and each is decoded by ``cv2.imdecode`` — the way OpenCV's V4L2 backend
decodes a webcam's MJPEG buffer — so a skipped frame (:meth:`VideoFileSource.skip`) costs
a packet read, not a decode. Other codecs are decoded by FFmpeg; their skip still decodes
(the next frame depends on it) but does not convert the picture to BGR.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from kiosk.camera.pacing import Pacer
from kiosk.camera.source import CameraProblem, CameraUnavailable, SourceEnded


class VideoFileSource:
    def __init__(
        self, path: str | Path, *, loop: bool = True, realtime: bool = True, speed: float = 1.0
    ) -> None:
        self.path = Path(path)
        self.loop = loop
        self.realtime = realtime
        self._speed = speed
        self._cap: cv2.VideoCapture | None = None
        self.packets = False  # MJPEG read as compressed packets, decoded here
        self._fps = 30.0
        self._pacer = Pacer(self._fps, speed)

    @property
    def description(self) -> str:
        return f"video file {self.path.name}" + (" (looping)" if self.loop else "")

    @property
    def fps(self) -> float:
        return self._fps

    def open(self) -> None:
        if not self.path.is_file():
            raise CameraUnavailable(
                f"video file not found: {self.path}",
                problem=CameraProblem.NOT_FOUND,
                advice="Check the camera setting (Settings → Camera, or --camera FILE)",
            )
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise CameraUnavailable(
                f"cannot play video file: {self.path.name}",
                problem=CameraProblem.UNREADABLE,
                advice="Use a video OpenCV can decode (MP4/H.264, AVI/MJPEG)",
            )
        fps = cap.get(cv2.CAP_PROP_FPS)
        self._fps = fps if 1.0 <= fps <= 240.0 else 30.0
        self._pacer = Pacer(self._fps, self._speed)
        self._cap, self.packets = cap, False
        if _is_mjpeg(cap) and cap.set(cv2.CAP_PROP_FORMAT, -1):  # compressed packets
            ok, first = cap.read()
            self.packets = ok and _decode(first) is not None
            cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            if not self.packets:  # packets libjpeg cannot read alone: FFmpeg decodes
                cap.release()
                self._cap = cv2.VideoCapture(str(self.path))

    def read(self) -> np.ndarray:
        if self._cap is None:
            raise CameraUnavailable("video file is not open")
        data = self._next(self._cap.read)
        frame = _decode(data) if self.packets else data
        if frame is None:
            raise CameraUnavailable(
                f"video file has an unreadable frame: {self.path.name}",
                problem=CameraProblem.UNREADABLE,
            )
        if self.realtime:
            self._pacer.wait()
        return frame

    def skip(self) -> None:
        """The next frame passed over at the file's pace: an MJPEG packet is read and not
        decoded; another codec's frame is decoded (FFmpeg needs it) but not converted."""
        if self._cap is None:
            raise CameraUnavailable("video file is not open")
        self._next(lambda: (self._cap.grab() if self._cap is not None else False, None))
        if self.realtime:
            self._pacer.wait()

    def _next(self, take: Callable[[], tuple[bool, Any]]) -> Any:
        """``take()`` from the file, from its start again at its end (when looping)."""
        ok, data = take()
        if not ok:
            if not self.loop:
                raise SourceEnded(str(self.path))
            if self._cap is not None:
                self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, data = take()
            if not ok:
                raise CameraUnavailable(
                    f"video file has no readable frames: {self.path.name}",
                    problem=CameraProblem.UNREADABLE,
                )
        return data

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def _is_mjpeg(cap: cv2.VideoCapture) -> bool:
    fourcc = int(cap.get(cv2.CAP_PROP_FOURCC)) & 0xFFFFFFFF
    return fourcc.to_bytes(4, "little").upper() in (b"MJPG", b"MJPA", b"AVRN", b"JPEG")


def _decode(packet: np.ndarray | None) -> np.ndarray | None:
    """One compressed MJPEG packet as a BGR frame (None if it is not a readable JPEG)."""
    if packet is None or packet.size == 0:
        return None
    frame = cv2.imdecode(packet.reshape(-1), cv2.IMREAD_COLOR)
    return frame if frame is not None and frame.size else None
