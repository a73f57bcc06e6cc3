"""A webcam through OpenCV, chosen by index, or by its name or stable id
(kiosk.camera.devices)."""

from __future__ import annotations

import sys

import cv2
import numpy as np

from kiosk.camera.devices import CameraDevice, describe, find_camera, linux_cameras, list_cameras
from kiosk.camera.diagnose import NOT_FOUND_ADVICE, device_path, webcam_problem
from kiosk.camera.source import CameraProblem, CameraUnavailable


def list_linux_cameras() -> list[tuple[int, str]]:
    """(index, name) of the V4L2 cameras."""
    return [(d.index, d.name) for d in linux_cameras()]


def resolve_camera(name: str, cameras: list[CameraDevice] | None = None) -> CameraDevice:
    """The camera called ``name`` (its stable id, name, or part of its name)."""
    found = list_cameras() if cameras is None else cameras
    device = find_camera(name, found)
    if device is not None:
        return device
    raise CameraUnavailable(
        f"no camera named {name!r} (cameras found: {describe(found)})",
        problem=CameraProblem.NOT_FOUND,
        advice=NOT_FOUND_ADVICE,
    )


class WebcamSource:
    live = True  # a sensor: its picture is never the same for long (kiosk.camera.freeze)

    def __init__(
        self, device: int | str = 0, *, width: int = 1280, height: int = 720, fps: float = 30.0
    ) -> None:
        self.device = device
        self.width, self.height, self._fps = width, height, fps
        self._cap: cv2.VideoCapture | None = None
        self._index: int | None = None
        self._was_open = False  # delivered frames once: a later failure is "unplugged"

    @property
    def description(self) -> str:
        return f"camera {self.device}"

    @property
    def fps(self) -> float:
        return self._fps

    def open(self) -> None:
        linux = sys.platform.startswith("linux")
        # MSMF opens slowly on Windows; on Linux, V4L2 only (no FFmpeg/Orbbec probing).
        backend = cv2.CAP_DSHOW if sys.platform == "win32" else cv2.CAP_V4L2 if linux else 0
        if isinstance(self.device, int):
            index = self.device
        else:
            chosen = resolve_camera(self.device)
            index, backend = chosen.index, chosen.backend or backend
        self._index = index
        if linux and not device_path(index).exists():  # say so without OpenCV's warnings
            raise webcam_problem(index, was_open=self._was_open, label=self.description)
        cap = cv2.VideoCapture(index, backend)
        if not cap.isOpened():
            cap.release()
            raise webcam_problem(index, was_open=self._was_open, label=self.description)
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # latest frame, not a backlog
        fps = cap.get(cv2.CAP_PROP_FPS)
        if 1.0 <= fps <= 240.0:
            self._fps = fps
        self._cap = cap

    def read(self) -> np.ndarray:
        if self._cap is None:
            raise CameraUnavailable("camera is not open")
        ok, frame = self._cap.read()
        if not ok or frame is None:
            index = self._index if self._index is not None else 0
            raise webcam_problem(index, was_open=True, label=self.description)
        self._was_open = True
        return frame

    def skip(self) -> None:
        """The next frame taken from the driver and dropped: ``grab`` without ``retrieve``,
        so an MJPEG frame is not decompressed nor a YUYV one converted."""
        if self._cap is None:
            raise CameraUnavailable("camera is not open")
        if not self._cap.grab():
            index = self._index if self._index is not None else 0
            raise webcam_problem(index, was_open=True, label=self.description)
        self._was_open = True

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None


def webcam_exists(index: int = 0) -> bool:
    """Whether a webcam can plausibly be opened, without opening it when we can tell."""
    if sys.platform.startswith("linux"):
        return any(i == index for i, _ in list_linux_cameras())
    cap = cv2.VideoCapture(index)
    try:
        return bool(cap.isOpened())
    finally:
        cap.release()
