"""A video file as a camera: frames at the file's rate, optionally looping."""

from __future__ import annotations

from pathlib import Path

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
        self._cap = cap

    def read(self) -> np.ndarray:
        if self._cap is None:
            raise CameraUnavailable("video file is not open")
        ok, frame = self._cap.read()
        if not ok:
            if not self.loop:
                raise SourceEnded(str(self.path))
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self._cap.read()
            if not ok:
                raise CameraUnavailable(
                    f"video file has no readable frames: {self.path.name}",
                    problem=CameraProblem.UNREADABLE,
                )
        if self.realtime:
            self._pacer.wait()
        return frame

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
