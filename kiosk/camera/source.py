"""The one interface every frame source implements, and how a source says it cannot."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol, runtime_checkable

import numpy as np


class CameraProblem(StrEnum):
    """Why a source cannot deliver frames: each has its own words and its own remedy."""

    NOT_FOUND = "not_found"  # no such camera, file or folder
    BUSY = "busy"  # another program holds the camera
    PERMISSION = "permission"  # the OS refuses access
    UNPLUGGED = "unplugged"  # it was there and has gone
    UNREADABLE = "unreadable"  # a file or folder that cannot be played
    FAILED = "failed"  # opened (or not) without the OS saying why


class CameraUnavailable(RuntimeError):
    """The source cannot deliver frames now (unplugged, busy, missing file); may come back.

    ``problem`` is the kind, ``advice`` what to do about it (one sentence, for people)."""

    def __init__(
        self, message: str, *, problem: CameraProblem = CameraProblem.FAILED, advice: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.problem = problem
        self.advice = advice

    def explain(self) -> str:
        """One line: what is wrong and what to do."""
        return f"{self.message}. {self.advice}" if self.advice else self.message


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


@runtime_checkable
class SkippingSource(FrameSource, Protocol):
    """A source that can pass over a frame more cheaply than reading it.

    ``skip`` waits for the next frame as ``read`` does, and fails the same way, but does not
    decode it: a webcam's frame is taken from the driver (``grab`` without ``retrieve``),
    an MJPEG file's packet is read and not decompressed. The attract screen decodes one
    frame in three (kiosk.idle)."""

    def skip(self) -> None: ...
