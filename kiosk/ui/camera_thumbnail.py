"""A small live picture of the camera chosen in the settings dialog, so staff see that it is
the right one before saving.

The chosen source (a camera's name or id, an index, a video file or an image folder) is
opened on a thread of its own and a frame a few times a second is scaled down and shown.
The camera the kiosk is using already is never opened a second time (a webcam is busy, or
would be taken from the capture): its thumbnail is fed by the running capture's frames
(:meth:`CameraThumbnail.set_live_feed`). A source that cannot be opened says why instead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kiosk.camera.source import CameraUnavailable, FrameSource, SourceEnded
from kiosk.camera.spec import source_from_spec

log = logging.getLogger("kiosk.ui.thumbnail")

SIZE = (256, 144)  # 16:9, small
FPS = 5.0  # a few frames a second: enough to see it is live, nothing for the CPU
SETTLE_MS = 400  # a typed source is opened once the typing stops

SourceFactory = Callable[[str], FrameSource]


def thumbnail_source(spec: str) -> FrameSource:
    return source_from_spec(spec, width=640, height=360, loop=True, realtime=True)


def to_image(frame: np.ndarray, size: tuple[int, int] = SIZE) -> QImage:
    """A BGR frame scaled to fit ``size`` (aspect kept), as a QImage that owns its pixels."""
    h, w = frame.shape[:2]
    scale = min(size[0] / w, size[1] / h)
    small = cv2.resize(frame, (max(1, round(w * scale)), max(1, round(h * scale))))
    rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    image = QImage(
        rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888
    )
    return image.copy()  # (the numpy buffer goes away)


class _Feeder(QObject):
    """Reads one source on a thread until stopped; emits scaled frames or why it cannot."""

    image = Signal(object, int)  # QImage, generation
    problem = Signal(str, int)

    def __init__(self, source: FrameSource, generation: int, fps: float) -> None:
        super().__init__()
        self.source = source
        self.generation = generation
        self.fps = fps
        self.stopped = threading.Event()
        self.worker = threading.Thread(target=self._run, name="camera-thumbnail", daemon=True)

    def _run(self) -> None:
        try:
            self.source.open()
            shown = 0.0
            while not self.stopped.is_set():
                frame = self.source.read()
                now = time.monotonic()
                if now - shown >= 1.0 / self.fps:
                    shown = now
                    self.image.emit(to_image(frame), self.generation)
        except CameraUnavailable as exc:
            self.problem.emit(exc.explain(), self.generation)
        except SourceEnded:
            pass
        except Exception as exc:  # a broken file, a driver error: said, never raised
            log.warning("thumbnail source failed", exc_info=True, extra={"event": "thumbnail"})
            self.problem.emit(str(exc) or type(exc).__name__, self.generation)
        finally:
            try:
                self.source.close()
            except Exception:
                log.debug("thumbnail source close failed", exc_info=True)


class CameraThumbnail(QLabel):
    """Shows the live picture of :meth:`show_source`'s source."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        make_source: SourceFactory = thumbnail_source,
        fps: float = FPS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cameraThumbnail")
        self.setFixedSize(*SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#cameraThumbnail { background: #0B1220; color: #E5E7EB;"
            " border-radius: 6px; font-size: 12px; padding: 4px; }"
        )
        self.setAccessibleName(self.tr("Camera preview"))
        self.setAccessibleDescription(self.tr("A small live picture of the chosen camera."))
        self.make_source = make_source
        self.fps = fps
        self.frames_shown = 0
        self.spec: str | None = None
        self._feeder: _Feeder | None = None
        self._generation = 0
        self._live_spec: str | None = None
        self._live_signal: Any = None
        self._live_at = 0.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._open_pending)
        self._pending: str | None = None

    # --- what to show ----------------------------------------------------------------------
    def set_live_feed(self, spec: str, frames: Any) -> None:
        """``spec`` is the camera the kiosk runs on: its thumbnail comes from ``frames`` (a
        signal of FramePacket, the capture's own), never from opening it again."""
        self._live_spec = spec
        self._live_signal = frames
        frames.connect(self._on_live_packet)

    def show_source(self, spec: str, *, at_once: bool = False) -> None:
        """Show ``spec``'s picture (after the typing settles, unless ``at_once``)."""
        self._pending = spec
        if at_once:
            self._settle.stop()
            self._open_pending()
        else:
            self._settle.start()

    def _open_pending(self) -> None:
        spec = self._pending
        if spec is None or spec == self.spec:
            return
        self._stop_feeder()
        self.spec = spec
        self._generation += 1
        self.frames_shown = 0
        self.clear()
        if self._live_spec is not None and spec == self._live_spec:
            self.setText(self.tr("Waiting for the camera…"))
            return  # the running capture feeds it
        self.setText(self.tr("Opening…"))
        try:
            source = self.make_source(spec)
        except Exception as exc:
            self.setText(self.tr("No picture: %1").replace("%1", str(exc)))
            return
        feeder = _Feeder(source, self._generation, self.fps)
        feeder.image.connect(self._on_image)
        feeder.problem.connect(self._on_problem)
        self._feeder = feeder
        feeder.worker.start()

    # --- frames ----------------------------------------------------------------------------
    def _on_live_packet(self, packet: Any) -> None:
        if self.spec is None or self.spec != self._live_spec:
            return
        now = time.monotonic()
        if now - self._live_at < 1.0 / self.fps:
            return
        self._live_at = now
        self._show(to_image(packet.frame))

    def _on_image(self, image: QImage, generation: int) -> None:
        if generation == self._generation:
            self._show(image)

    def _on_problem(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self.setText(self.tr("No picture: %1").replace("%1", message))

    def _show(self, image: QImage) -> None:
        self.setPixmap(QPixmap.fromImage(image))
        self.frames_shown += 1

    # --- ending ----------------------------------------------------------------------------
    def _stop_feeder(self) -> None:
        feeder, self._feeder = self._feeder, None
        if feeder is not None:
            feeder.stopped.set()
            feeder.worker.join(1.0)  # a read that hangs is left behind (a daemon thread)

    def stop(self) -> None:
        """Close the source (the dialog hides or closes)."""
        self._settle.stop()
        self._stop_feeder()
        self.spec = None  # (live frames are ignored until a source is shown again)

    @property
    def running(self) -> bool:
        return self._feeder is not None and self._feeder.worker.is_alive()


class _FollowDialog(QObject):
    """Opens the thumbnail's source when the dialog shows, closes it when it hides."""

    def __init__(self, thumbnail: CameraThumbnail, current: Callable[[], str]) -> None:
        super().__init__(thumbnail)
        self.thumbnail = thumbnail
        self.current = current

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.thumbnail.show_source(self.current(), at_once=True)
        elif event.type() == QEvent.Type.Hide:
            self.thumbnail.stop()
        return False


def attach_thumbnail(
    dialog: QWidget, form: QFormLayout, picker: Any, running: str
) -> CameraThumbnail:
    """A "Preview" row under ``picker`` (the settings dialog's CameraPicker): the live
    picture of what is chosen, from the dialog's showing to its closing. ``running`` is the
    configured source the kiosk runs on now; its frames come from the parent window's
    capture (``dialog.parent().controller.frameArrived``) when there is one."""
    thumbnail = CameraThumbnail(dialog)
    controller = getattr(dialog.parent(), "controller", None)
    frames = getattr(controller, "frameArrived", None)
    if frames is not None:
        thumbnail.set_live_feed(running, frames)
    form.addRow(QCoreApplication.translate("CameraThumbnail", "Preview"), thumbnail)
    picker.editTextChanged.connect(lambda _t: thumbnail.show_source(picker.source()))
    picker.currentIndexChanged.connect(lambda _i: thumbnail.show_source(picker.source()))
    dialog.installEventFilter(_FollowDialog(thumbnail, picker.source))
    return thumbnail
