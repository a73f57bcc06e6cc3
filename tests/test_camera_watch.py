"""A camera plugged in or out while the kiosk runs. There is no webcam on this machine, so
the device list is a fake lister the test changes (what list_cameras would return before
and after the plug); the watcher polls it on its own thread as it polls the real one."""

from __future__ import annotations

import logging
import threading

import pytest

from kiosk.camera.devices import CAP_V4L2, CameraDevice
from kiosk.camera.watch import CameraWatcher, difference
from kiosk.ui.camera_watch import CameraChangeNotice, CameraWatch
from tests import uiapp

clips = uiapp.clips  # fixtures
make_app = uiapp.make_app

BRIO = CameraDevice("Logitech BRIO", "usb-046d:085e-X1", 2, CAP_V4L2, "/dev/video2", 0x46D, 0x85E)
BUILT_IN = CameraDevice("Integrated Camera", "v4l-Integrated-Camera", 0, CAP_V4L2, "/dev/video0")


class FakeLister:
    """The cameras there now; the test plugs and unplugs them."""

    def __init__(self, *cameras: CameraDevice) -> None:
        self.cameras = list(cameras)
        self.calls = 0
        self.lock = threading.Lock()
        self.fail = False

    def __call__(self) -> list[CameraDevice]:
        with self.lock:
            self.calls += 1
            if self.fail:
                raise OSError("sysfs went away")
            return list(self.cameras)


def test_the_difference_is_by_stable_id():
    moved = CameraDevice("Logitech BRIO", BRIO.stable_id, 4, CAP_V4L2, "/dev/video4")
    assert difference([BRIO], [moved]) is None  # another port, another index: the same camera
    change = difference([BUILT_IN], [BUILT_IN, BRIO])
    assert change is not None and change.added == (BRIO,) and change.removed == ()
    change = difference([BUILT_IN, BRIO], [BUILT_IN])
    assert change is not None and change.removed == (BRIO,)
    assert "unplugged: Logitech BRIO [usb-046d:085e-X1]" in change.describe()


def test_the_first_listing_is_the_baseline_then_each_change_is_reported_and_logged(caplog):
    lister = FakeLister(BUILT_IN)
    changes: list = []
    watcher = CameraWatcher(changes.append, lister=lister)
    assert watcher.poll() is None and changes == []  # already there at start: not "plugged in"
    lister.cameras.append(BRIO)
    with caplog.at_level(logging.INFO, logger="kiosk.camera"):
        assert watcher.poll() is not None
        lister.cameras.remove(BRIO)
        watcher.poll()
        assert watcher.poll() is None  # nothing new
    assert [(c.added, c.removed) for c in changes] == [((BRIO,), ()), ((), (BRIO,))]
    events = [(r.event, r.levelname) for r in caplog.records if hasattr(r, "event")]
    assert events == [("camera_added", "INFO"), ("camera_removed", "WARNING")]
    assert "Logitech BRIO" in caplog.records[0].getMessage()


def test_a_failing_listing_is_skipped_not_fatal(caplog):
    lister = FakeLister(BRIO)
    changes: list = []
    watcher = CameraWatcher(changes.append, lister=lister)
    watcher.poll()
    lister.fail = True
    with caplog.at_level(logging.WARNING, logger="kiosk.camera"):
        assert watcher.poll() is None
    lister.fail = False
    assert watcher.poll() is None and changes == []  # the same camera still: no change


def test_the_watcher_polls_on_its_own_thread_at_its_rate_and_stops_at_once():
    lister = FakeLister()
    seen = threading.Event()
    watcher = CameraWatcher(lambda _c: seen.set(), lister=lister, interval_s=0.05)
    watcher.start()
    try:
        while lister.calls < 2:  # the baseline and a first poll
            threading.Event().wait(0.01)
        lister.cameras.append(BRIO)
        assert seen.wait(2.0)
    finally:
        watcher.stop()
    assert not watcher.running


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_the_app_shows_staff_a_camera_plugged_in_and_out(qtbot, make_app, clips, kiosk):
    _controller, window = make_app(clips["good"], kiosk=kiosk, loop=True)
    lister = FakeLister(BUILT_IN)
    watch = CameraWatch(lambda: window, lister=lister, interval_s=0.05)
    watch.start()
    try:
        qtbot.waitUntil(lambda: lister.calls >= 2, timeout=3000)
        with lister.lock:
            lister.cameras.append(BRIO)
        qtbot.waitUntil(lambda: len(watch.changes) == 1, timeout=3000)
        notice = window.findChild(CameraChangeNotice)
        if kiosk:
            assert notice is None  # the public sees nothing; the log has it
        else:
            assert notice is not None and notice.isVisible()
            assert notice.text() == "Camera plugged in: Logitech BRIO"
            assert notice.geometry().top() >= 0 and window.rect().contains(notice.geometry())
        with lister.lock:
            lister.cameras.remove(BRIO)
        qtbot.waitUntil(lambda: len(watch.changes) == 2, timeout=3000)
        if not kiosk:
            assert notice is not None and notice.text() == "Camera unplugged: Logitech BRIO"
    finally:
        watch.stop()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("kiosk", [False, True], ids=["staff", "kiosk"])
def test_the_open_settings_list_a_camera_plugged_in_and_keep_one_unplugged(
    qtbot, make_app, clips, kiosk
):
    """The settings dialog listed the cameras once, when it opened: a camera plugged in
    while it was open could not be chosen until it was closed and opened again."""
    from kiosk.config import Config
    from kiosk.ui.settings_dialog import SettingsDialog

    _controller, window = make_app(clips["good"], kiosk=kiosk, loop=True)
    lister = FakeLister(BUILT_IN)
    dialog = SettingsDialog(Config(), save=lambda c: None, cameras=lister, parent=window)
    dialog.show()
    picker = dialog.source
    help_ = dialog.fields["camera.source"].help

    def names() -> list[str]:
        return [picker.itemText(i) for i in range(picker.count())]

    assert "Logitech BRIO" not in names() and help_.text().startswith("1 camera found")
    watch = CameraWatch(lambda: window, lister=lister, interval_s=0.05)
    watch.start()
    try:
        qtbot.waitUntil(lambda: lister.calls >= 3, timeout=3000)
        with lister.lock:
            lister.cameras.append(BRIO)
        qtbot.waitUntil(lambda: "Logitech BRIO" in names(), timeout=3000)
        assert help_.text().startswith("2 cameras found")
        picker.setCurrentIndex(names().index("Logitech BRIO"))
        assert picker.source() == "Logitech BRIO" and picker.problem() == ""
        with lister.lock:
            lister.cameras.remove(BRIO)
        qtbot.waitUntil(lambda: "Logitech BRIO" not in names(), timeout=3000)
        # what staff chose stays, named, and is marked as not there
        assert picker.currentText() == "Logitech BRIO"
        error = dialog.fields["camera.source"].error
        assert error.isVisible() and "Logitech BRIO" in error.text()
        assert help_.text().startswith("1 camera found")
    finally:
        watch.stop()
        dialog.reject()
