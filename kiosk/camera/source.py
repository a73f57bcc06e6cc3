"""The one interface every frame source implements."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class CameraUnavailable(RuntimeError):
    """The source cannot deliver frames now (unplugged, busy, missing file); may come back."""


class SourceEnded(Exception):
    """A finite source (a video file or image folder without looping) has no more frames."""


class FrameSource(Protocol):
    """Delivers BGR uint8 frames at the source's own pace.

    ``read`` blocks until the next frame is due (a webcam's rate, a file's frame rate) and
    raises CameraUnavailable when the device fails, SourceEnded at the end of a finite source.
    """

    @property
    def description(self) -> str: ...

    @property
    def fps(self) -> float: ...

    def open(self) -> None: ...

    def read(self) -> np.ndarray: ...

    def close(self) -> None: ...
