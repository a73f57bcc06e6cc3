"""The settings dialog's live thumbnail of the chosen camera. No webcam here: the sources
are a video file and an image folder (the same kinds `[camera] source` takes), and the
running kiosk's own camera is a signal of frames as the capture sends them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.ui.camera_thumbnail import SIZE, CameraThumbnail, thumbnail_source
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.workers import FramePacket
from tests import uiapp

clips = uiapp.clips  # fixture

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for i, colour in enumerate(((0, 0, 255), (0, 255, 0))):
        frame = np.zeros((480, 640, 3), np.uint8)
        frame[:] = colour
        cv2.imwrite(str(tmp_path / f"{i}.jpg"), frame)
    return tmp_path


def centre_colour(thumb: CameraThumbnail) -> tuple[int, int, int]:
    image = thumb.pixmap().toImage()
    c = image.pixelColor(image.width() // 2, image.height() // 2)
    return c.red(), c.green(), c.blue()


def test_a_video_file_and_an_image_folder_are_shown_live(qtbot, clips, folder):
    thumb = CameraThumbnail(fps=10.0)
    qtbot.addWidget(thumb)
    try:
        thumb.show_source(str(clips["good"]), at_once=True)
        qtbot.waitUntil(lambda: thumb.frames_shown >= 3, timeout=10_000)  # live: it moves on
        pixmap = thumb.pixmap()
        assert pixmap.width() <= SIZE[0] and pixmap.height() <= SIZE[1]
        assert pixmap.width() == SIZE[0] or pixmap.height() == SIZE[1]  # fills one side
        thumb.show_source(str(folder))  # a typed source: opened once the typing settles
        qtbot.waitUntil(lambda: thumb.spec == str(folder) and thumb.frames_shown >= 1, timeout=5000)
        r, g, _b = centre_colour(thumb)
        assert (r > 200 and g < 60) or (g > 200 and r < 60)  # the folder's red or green image
    finally:
        thumb.stop()
    assert not thumb.running


def test_a_source_that_cannot_be_opened_says_why(qtbot, tmp_path):
    thumb = CameraThumbnail()
    qtbot.addWidget(thumb)
    thumb.show_source(str(tmp_path / "missing.mp4"), at_once=True)
    qtbot.waitUntil(lambda: thumb.text().startswith("No picture"), timeout=5000)
    assert "missing.mp4" in thumb.text() or "not" in thumb.text().lower()
    thumb.stop()


class Capture(QObject):
    frameArrived = Signal(object)


def test_the_running_camera_is_fed_by_the_capture_never_opened_again(qtbot):
    opened: list[str] = []

    def make(spec: str):
        opened.append(spec)
        return thumbnail_source(spec)

    capture = Capture()
    thumb = CameraThumbnail(make_source=make, fps=100.0)
    qtbot.addWidget(thumb)
    thumb.set_live_feed("Logitech BRIO", capture.frameArrived)
    thumb.show_source("Logitech BRIO", at_once=True)
    frame = np.full((720, 1280, 3), (255, 0, 0), np.uint8)  # blue, in BGR
    for i in range(3):
        capture.frameArrived.emit(FramePacket(frame, i, 0.0))
        qtbot.wait(20)
    assert opened == [] and thumb.frames_shown >= 1
    assert centre_colour(thumb)[2] > 200
    thumb.stop()
    capture.frameArrived.emit(FramePacket(frame, 9, 0.0))  # hidden: ignored
    shown = thumb.frames_shown
    qtbot.wait(20)
    assert thumb.frames_shown == shown


def test_the_settings_dialog_shows_the_chosen_camera_while_open(qtbot, clips, folder):
    cfg = Config()
    cfg = dataclasses.replace(cfg, camera=dataclasses.replace(cfg.camera, source=str(folder)))
    dialog = SettingsDialog(cfg, store_token=lambda _t: None, cameras=lambda: [])
    qtbot.addWidget(dialog)
    thumb = dialog.thumbnail
    assert not thumb.running  # nothing opened before the dialog shows
    dialog.show()
    qtbot.waitUntil(lambda: thumb.frames_shown >= 1, timeout=5000)
    assert thumb.spec == str(folder) and thumb.isVisibleTo(dialog)  # on the Camera tab
    dialog.source.setEditText(str(clips["good"]))  # staff type another source
    qtbot.waitUntil(
        lambda: thumb.spec == str(clips["good"]) and thumb.frames_shown >= 1, timeout=5000
    )
    dialog.reject()
    qtbot.waitUntil(lambda: not thumb.running, timeout=3000)
