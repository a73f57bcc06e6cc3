"""Frame sizes from the V4L2 driver (kiosk/camera/v4l2.py). There is no camera on this
machine (no /dev/video*, no /sys/class/video4linux, no v4l2loopback), so the driver is a
fake ``ioctl`` that answers VIDIOC_ENUM_FMT and VIDIOC_ENUM_FRAMESIZES exactly as
linux/videodev2.h lays the structs out: the index in, the answer written into the buffer,
EINVAL past the last one. A real node that is not a camera (/dev/null) gives no sizes."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from kiosk.camera import devices, v4l2
from kiosk.camera.devices import linux_cameras, list_cameras
from kiosk.cli import main
from tests.test_camera_devices import add_usb_camera


def fourcc(text: str) -> int:
    return sum(ord(c) << (8 * i) for i, c in enumerate(text))


MJPG, YUYV, GREY = fourcc("MJPG"), fourcc("YUYV"), fourcc("GREY")
ASK_DRIVER = v4l2.resolutions  # (the tests below replace the module's)


class FakeDriver:
    """A V4L2 capture driver's enumeration ioctls."""

    def __init__(self, formats: dict[int, list[tuple[int, int]] | tuple[int, ...]]) -> None:
        self.formats = formats  # fourcc -> discrete sizes, or a stepwise range (6 numbers)
        self.calls: list[int] = []
        self.closed = False

    def ioctl(self, fd: int, request: int, buffer: bytearray) -> int:
        assert fd == 42
        self.calls.append(request)
        if request == v4l2.VIDIOC_ENUM_FMT:
            index, kind, *_ = v4l2.FMTDESC.unpack(bytes(buffer))
            assert kind == v4l2.V4L2_BUF_TYPE_VIDEO_CAPTURE
            codes = list(self.formats)
            if index >= len(codes):
                raise OSError(errno.EINVAL, "Invalid argument")
            answer = v4l2.FMTDESC.pack(index, kind, 0, b"fake", codes[index], 0, 0, 0, 0)
        elif request == v4l2.VIDIOC_ENUM_FRAMESIZES:
            index, code, *_ = v4l2.FRMSIZE.unpack(bytes(buffer))
            sizes = self.formats[code]
            if isinstance(sizes, tuple):  # stepwise: one answer
                if index > 0:
                    raise OSError(errno.EINVAL, "Invalid argument")
                answer = v4l2.FRMSIZE.pack(0, code, v4l2.V4L2_FRMSIZE_TYPE_STEPWISE, *sizes, 0, 0)
            else:
                if index >= len(sizes):
                    raise OSError(errno.EINVAL, "Invalid argument")
                w, h = sizes[index]
                discrete = v4l2.V4L2_FRMSIZE_TYPE_DISCRETE
                answer = v4l2.FRMSIZE.pack(index, code, discrete, w, h, 0, 0, 0, 0, 0, 0)
        else:
            raise OSError(errno.ENOTTY, "Inappropriate ioctl for device")
        buffer[:] = answer
        return 0

    def open(self, path: str, flags: int) -> int:
        assert path == "/dev/video2"
        assert flags & v4l2.os.O_NONBLOCK and not flags & (v4l2.os.O_WRONLY | v4l2.os.O_RDWR)
        return 42

    def close(self, fd: int) -> None:
        self.closed = True

    def resolutions(self, path: str) -> tuple[tuple[int, int], ...]:
        return ASK_DRIVER(path, ioctl=self.ioctl, open_=self.open, close=self.close)


def test_request_numbers_and_struct_sizes_are_those_of_videodev2_h():
    assert (v4l2.FMTDESC.size, v4l2.FRMSIZE.size) == (64, 44)
    assert v4l2.VIDIOC_ENUM_FMT == 0xC0405602
    assert v4l2.VIDIOC_ENUM_FRAMESIZES == 0xC02C564A


def test_every_size_of_every_format_largest_first():
    driver = FakeDriver(
        {
            MJPG: [(1920, 1080), (1280, 720), (640, 480)],
            YUYV: [(640, 480), (320, 240), (1280, 720)],
        }
    )
    got = driver.resolutions("/dev/video2")
    assert got == ((1920, 1080), (1280, 720), (640, 480), (320, 240))
    assert driver.closed  # the node is closed again
    assert v4l2.VIDIOC_ENUM_FRAMESIZES in driver.calls


def test_a_stepwise_driver_gives_its_largest_and_smallest_size():
    driver = FakeDriver({GREY: (160, 2592, 16, 120, 1944, 8)})  # min_w, max_w, step, ...
    assert driver.resolutions("/dev/video2") == ((2592, 1944), (160, 120))


def test_what_is_not_a_camera_or_cannot_be_opened_gives_no_sizes(tmp_path):
    assert v4l2.resolutions("/dev/null") == ()  # a real node: ENOTTY
    assert v4l2.resolutions(str(tmp_path / "video9")) == ()  # no such device

    def denied(_path: str, _flags: int) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    assert v4l2.resolutions("/dev/video2", open_=denied) == ()

    def unplugged(_fd: int, _request: int, _buffer: bytearray) -> int:
        raise OSError(errno.EIO, "Input/output error")

    assert v4l2.resolutions("/dev/video2", ioctl=unplugged, open_=lambda _p, _f: 42) == ()


def test_fourcc_text():
    assert v4l2.fourcc_text(MJPG) == "MJPG" and v4l2.fourcc_text(YUYV) == "YUYV"


@pytest.fixture
def one_camera(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeDriver:
    add_usb_camera(
        tmp_path, "video2", "Logitech BRIO", port="2", vid="046d", pid="085e", serial="X1"
    )
    sysfs = tmp_path / "class" / "video4linux"
    driver = FakeDriver({MJPG: [(3840, 2160), (1920, 1080)], YUYV: [(640, 480)]})
    monkeypatch.setattr(devices, "linux_cameras", lambda _root=sysfs: linux_cameras(sysfs))
    monkeypatch.setattr(devices.sys, "platform", "linux")
    monkeypatch.setattr(v4l2, "resolutions", driver.resolutions)
    return driver


def test_listing_asks_for_sizes_only_when_told(one_camera):
    (plain,) = list_cameras()
    assert plain.resolutions == () and one_camera.calls == []  # the poll opens nothing
    (cam,) = list_cameras(resolutions=True)
    assert cam.resolutions == ((3840, 2160), (1920, 1080), (640, 480))


def test_kiosk_cameras_lists_the_resolutions(one_camera, capsys):
    assert main(["cameras", "--json"]) == 0
    (cam,) = json.loads(capsys.readouterr().out)
    assert cam["name"] == "Logitech BRIO"
    assert cam["resolutions"] == ["3840x2160", "1920x1080", "640x480"]
    assert main(["cameras"]) == 0
    out = capsys.readouterr().out
    assert "Logitech BRIO" in out and "3840x2160, 1920x1080, 640x480" in out
