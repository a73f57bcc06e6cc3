"""A camera plugged in or out while the kiosk runs: noticed by
:class:`kiosk.camera.watch.CameraWatcher` (its own thread, a listing every 3 s), logged there
(``camera_added`` / ``camera_removed``), and shown to staff — a note at the top of the staff
window for a few seconds — and an open settings dialog lists the cameras there now. Kiosk
mode shows the public nothing (the log has it; a camera the kiosk uses that goes away has its
own screen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.camera.devices import CameraDevice, list_cameras
from kiosk.camera.watch import POLL_S, CameraChange, CameraWatcher

SHOWN_MS = 10_000
NOTICE_STYLE = (
    "QLabel#cameraChangeNotice { background: #FDE68A; color: #1F2937; border-radius: 8px;"
    " padding: 8px 14px; font-size: 15px; font-weight: 600; }"
)


class CameraChangeNotice(QLabel):
    """Which camera came or went, over the top of the window, for a few seconds."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cameraChangeNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.timeout.connect(self.hide)
        self.hide()

    def show_change(self, change: CameraChange) -> None:
        lines = [self.tr("Camera plugged in: %1").replace("%1", d.name) for d in change.added]
        lines += [self.tr("Camera unplugged: %1").replace("%1", d.name) for d in change.removed]
        self.setText("\n".join(lines))
        self.setAccessibleName(self.text())
        host = self.parentWidget()
        assert host is not None
        width = min(640, host.width() - 40)
        self.setFixedWidth(max(200, width))
        self.adjustSize()
        self.move((host.width() - self.width()) // 2, 16)
        self.show()
        self.raise_()
        self._hide.start(SHOWN_MS)


class CameraWatch(QObject):
    """The watcher's thread reports through ``changed`` (delivered on the GUI thread)."""

    changed = Signal(object)  # CameraChange

    def __init__(
        self,
        window_of: Callable[[], QWidget | None],
        *,
        lister: Callable[[], Sequence[CameraDevice]] = list_cameras,
        interval_s: float = POLL_S,
    ) -> None:
        super().__init__()
        self.window_of = window_of
        self.changes: list[CameraChange] = []
        self.watcher = CameraWatcher(self.changed.emit, lister=lister, interval_s=interval_s)
        self.changed.connect(self._on_change)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()

    def _on_change(self, change: CameraChange) -> None:
        self.changes.append(change)
        window = self.window_of()
        if window is None:
            return
        from kiosk.ui.settings_dialog import SettingsDialog

        for dialog in window.findChildren(SettingsDialog):  # its camera list, in both modes
            dialog.set_cameras(list(change.cameras))
        if getattr(window, "kiosk", False):
            return  # kiosk mode: logged only
        notice = window.findChild(CameraChangeNotice)
        if notice is None:
            notice = CameraChangeNotice(window)
        notice.show_change(change)


def start_camera_watch(window_of: Callable[[], QWidget | None]) -> CameraWatch:
    watch = CameraWatch(window_of)
    watch.start()
    return watch
