"""A folder of still images as a camera: each image is held for a while, like a person posing."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk.camera.pacing import Pacer
from kiosk.camera.source import CameraProblem, CameraUnavailable, SourceEnded
from kiosk.imageio import ImageLoadError, load_image

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}


class ImageFolderSource:
    def __init__(
        self,
        folder: str | Path,
        *,
        fps: float = 15.0,
        seconds_per_image: float = 2.0,
        loop: bool = True,
        realtime: bool = True,
    ) -> None:
        self.folder = Path(folder)
        self.loop = loop
        self.realtime = realtime
        self._fps = fps
        self._repeats = max(1, round(seconds_per_image * fps))
        self._images: list[np.ndarray] = []
        self._index = 0
        self._pacer = Pacer(fps)

    @property
    def description(self) -> str:
        return f"image folder {self.folder.name}/"

    @property
    def fps(self) -> float:
        return self._fps

    def open(self) -> None:
        if not self.folder.is_dir():
            raise CameraUnavailable(
                f"image folder not found: {self.folder}",
                problem=CameraProblem.NOT_FOUND,
                advice="Check the camera setting (Settings → Camera, or --camera DIR)",
            )
        images = []
        for path in sorted(self.folder.iterdir()):
            if path.suffix.lower() in IMAGE_SUFFIXES:
                try:
                    images.append(load_image(path))
                except ImageLoadError:
                    continue  # a bad file in the folder is skipped, not fatal
        if not images:
            raise CameraUnavailable(
                f"no readable images in {self.folder}",
                problem=CameraProblem.UNREADABLE,
                advice="Put JPEG or PNG photos in the folder",
            )
        self._images = images
        self._index = 0

    def read(self) -> np.ndarray:
        frame = self._advance()
        return frame.copy()  # consumers may draw on or keep frames; never share the original

    def skip(self) -> None:
        """The next frame passed over at the folder's pace, not copied."""
        self._advance()

    def _advance(self) -> np.ndarray:
        if not self._images:
            raise CameraUnavailable("image folder is not open")
        total = len(self._images) * self._repeats
        if self._index >= total:
            if not self.loop:
                raise SourceEnded(str(self.folder))
            self._index = 0
        frame = self._images[self._index // self._repeats]
        self._index += 1
        if self.realtime:
            self._pacer.wait()
        return frame

    def close(self) -> None:
        self._images = []
