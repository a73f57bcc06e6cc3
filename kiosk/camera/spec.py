"""Turning `--camera INDEX|NAME|FILE|DIR` into a frame source."""

from __future__ import annotations

from pathlib import Path

from kiosk.camera.folder import ImageFolderSource
from kiosk.camera.source import FrameSource
from kiosk.camera.video import VideoFileSource
from kiosk.camera.webcam import WebcamSource


def source_from_spec(
    spec: str | int | None,
    *,
    width: int = 1280,
    height: int = 720,
    loop: bool = True,
    realtime: bool = True,
) -> FrameSource:
    """An integer (or digits) is a webcam index, a folder is images, a file is a video,
    anything else a webcam name."""
    if spec is None or spec == "":
        return WebcamSource(0, width=width, height=height)
    if isinstance(spec, int) or spec.strip().isdigit():
        return WebcamSource(int(spec), width=width, height=height)
    path = Path(spec).expanduser()
    if path.is_dir():
        return ImageFolderSource(path, loop=loop, realtime=realtime)
    if path.suffix or path.exists() or "/" in spec or "\\" in spec:
        return VideoFileSource(path, loop=loop, realtime=realtime)
    return WebcamSource(spec, width=width, height=height)


def describe_spec(spec: str | int | None) -> str:
    return source_from_spec(spec).description
