"""Frame sources behind one interface (webcam, video file, folder of images), the
capture loop that reconnects a failed camera, and the latest-frame-wins mailbox."""

from kiosk.camera.capture import CaptureLoop
from kiosk.camera.mailbox import LatestSlot
from kiosk.camera.source import CameraUnavailable, FrameSource, SourceEnded
from kiosk.camera.spec import describe_spec, source_from_spec

__all__ = [
    "CameraUnavailable",
    "CaptureLoop",
    "FrameSource",
    "LatestSlot",
    "SourceEnded",
    "describe_spec",
    "source_from_spec",
]
