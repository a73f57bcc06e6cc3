"""Noticing a camera plugged in or out while the kiosk runs. Qt-free.

:class:`CameraWatcher` lists the cameras (:func:`kiosk.camera.devices.list_cameras`: sysfs on
Linux, nothing opened; cv2-enumerate-cameras elsewhere) every few seconds on a thread of its
own and reports each difference — by stable id, so a camera moved to another USB port is
neither gone nor new once it is back — to a callback, and logs it. The first listing is the
baseline: cameras already there at start are not "plugged in".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kiosk.camera.devices import CameraDevice, list_cameras

log = logging.getLogger("kiosk.camera")

POLL_S = 3.0  # a low rate: listing costs a few sysfs reads (Linux), well under 1 ms


@dataclass(frozen=True)
class CameraChange:
    added: tuple[CameraDevice, ...]
    removed: tuple[CameraDevice, ...]
    cameras: tuple[CameraDevice, ...]  # every camera there now

    def describe(self) -> str:
        parts = [f"plugged in: {d.name} [{d.stable_id}]" for d in self.added]
        parts += [f"unplugged: {d.name} [{d.stable_id}]" for d in self.removed]
        return "; ".join(parts)


def difference(
    before: Sequence[CameraDevice], after: Sequence[CameraDevice]
) -> CameraChange | None:
    """What changed between two listings, or None."""
    old = {d.stable_id for d in before}
    new = {d.stable_id for d in after}
    added = tuple(d for d in after if d.stable_id not in old)
    removed = tuple(d for d in before if d.stable_id not in new)
    if not added and not removed:
        return None
    return CameraChange(added, removed, tuple(after))


class CameraWatcher:
    def __init__(
        self,
        on_change: Callable[[CameraChange], None],
        *,
        lister: Callable[[], Sequence[CameraDevice]] = list_cameras,
        interval_s: float = POLL_S,
    ) -> None:
        self.on_change = on_change
        self.lister = lister
        self.interval_s = interval_s
        self._known: tuple[CameraDevice, ...] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> CameraChange | None:
        """List once; report and return what changed since the last listing."""
        try:
            now = tuple(self.lister())
        except Exception:  # a lister that fails: skip this round, never end the watch
            log.warning("camera listing failed", exc_info=True, extra={"event": "camera_list"})
            return None
        before, self._known = self._known, now
        if before is None:
            return None  # the baseline
        change = difference(before, now)
        if change is not None:
            for dev in change.added:
                log.info(
                    "camera plugged in: %s [%s]",
                    dev.name,
                    dev.stable_id,
                    extra={"event": "camera_added"},
                )
            for dev in change.removed:
                log.warning(
                    "camera unplugged: %s [%s]",
                    dev.name,
                    dev.stable_id,
                    extra={"event": "camera_removed"},
                )
            self.on_change(change)
        return change

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="camera-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.poll()  # the baseline (off the caller's thread: listing may take a moment)
        while not self._stop.wait(self.interval_s):
            self.poll()

    def stop(self, timeout_s: float = 1.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()
