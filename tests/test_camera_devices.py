"""Cameras by name and stable id: Linux from a sysfs tree laid out as the kernel does,
Windows and macOS from cv2-enumerate-cameras' CameraInfo as its documentation describes
(the package's native enumerators cannot run here, so its enumerate function is replaced
by one returning real CameraInfo objects), and `kiosk cameras [--json]`."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from cv2_enumerate_cameras.camera_info import CameraInfo

from kiosk.camera import devices
from kiosk.camera.devices import (
    CAP_AVFOUNDATION,
    CAP_DSHOW,
    CAP_V4L2,
    config_value,
    find_camera,
    linux_cameras,
    list_cameras,
    package_cameras,
)
from kiosk.camera.source import CameraProblem, CameraUnavailable
from kiosk.camera.webcam import resolve_camera
from kiosk.cli import main


def add_usb_camera(
    root: Path, node: str, name: str, *, port: str, vid: str, pid: str, serial: str = "", index=0
) -> None:
    """/sys/class/video4linux/videoN -> .../usb1/1-<port>/1-<port>:1.0/video4linux/videoN,
    with idVendor/idProduct/serial on the USB device folder, as the kernel lays it out."""
    usb = root / "devices" / "usb1" / f"1-{port}"
    iface = usb / f"1-{port}:1.0"
    real = iface / "video4linux" / node
    real.mkdir(parents=True)
    (real / "name").write_text(name + "\n")
    (real / "index").write_text(f"{index}\n")
    os.symlink(iface, real / "device")
    (usb / "idVendor").write_text(vid + "\n")
    (usb / "idProduct").write_text(pid + "\n")
    if serial:
        (usb / "serial").write_text(serial + "\n")
    cls = root / "class" / "video4linux"
    cls.mkdir(parents=True, exist_ok=True)
    os.symlink(real, cls / node)


def test_linux_cameras_by_name_with_ids_that_survive_another_port(tmp_path):
    add_usb_camera(tmp_path, "video0", "Integrated Camera", port="5", vid="04f2", pid="b6dd")
    add_usb_camera(
        tmp_path, "video1", "Integrated Camera", port="5", vid="04f2", pid="b6dd", index=1
    )
    add_usb_camera(
        tmp_path, "video2", "Logitech BRIO", port="2", vid="046d", pid="085e", serial="AB12CD"
    )
    found = linux_cameras(tmp_path / "class" / "video4linux")
    assert [(d.index, d.name) for d in found] == [(0, "Integrated Camera"), (2, "Logitech BRIO")]
    assert found[0].stable_id == "usb-04f2:b6dd-Integrated-Camera"  # the metadata node is left out
    assert found[1].stable_id == "usb-046d:085e-AB12CD"  # the serial number
    assert found[1].path == "/dev/video2" and found[1].backend == CAP_V4L2
    assert found[1].vid == 0x046D

    # After a reboot with the BRIO on another port it is video0: same id, same choice.
    moved = tmp_path / "after"
    add_usb_camera(
        moved, "video0", "Logitech BRIO", port="3", vid="046d", pid="085e", serial="AB12CD"
    )
    again = linux_cameras(moved / "class" / "video4linux")
    assert again[0].stable_id == found[1].stable_id and again[0].index == 0
    assert find_camera("usb-046d:085e-AB12CD", again) == again[0]
    assert find_camera("logitech brio", again) == again[0]


def test_two_identical_cameras_are_told_apart_and_kept_by_id(tmp_path):
    add_usb_camera(tmp_path, "video0", "USB Camera", port="1", vid="0c45", pid="6366")
    add_usb_camera(tmp_path, "video2", "USB Camera", port="2", vid="0c45", pid="6366")
    found = linux_cameras(tmp_path / "class" / "video4linux")
    assert [d.stable_id for d in found] == [
        "usb-0c45:6366-USB-Camera",
        "usb-0c45:6366-USB-Camera#2",
    ]
    assert config_value(found[1], found) == "usb-0c45:6366-USB-Camera#2"
    assert find_camera(config_value(found[1], found), found) == found[1]


def test_a_camera_without_usb_ids_is_named_by_its_platform(tmp_path):
    node = tmp_path / "video4linux" / "video0"
    node.mkdir(parents=True)
    (node / "name").write_text("vivid\n")
    (found,) = linux_cameras(tmp_path / "video4linux")
    assert found.stable_id == "v4l-vivid" and found.vid is None
    assert config_value(found, [found]) == "vivid"


def test_no_cameras_at_all_is_an_empty_list(tmp_path):
    assert list_cameras("linux", sysfs=tmp_path / "missing") == []
    assert list_cameras("sunos5") == []


WIN_BRIO = r"\\?\usb#vid_046d&pid_085e&mi_00#AB12CD#{e5323777-f976-4f5b-9b55-b94699c46e44}\global"
WIN_CHEAP = r"\\?\usb#vid_0c45&pid_6366&mi_00#7&2a1b3c4d&0&0000#{e5323777-f976-4f5b-9b55}\global"


def test_windows_lists_directshow_cameras_as_the_package_documents():
    asked = []

    def enumerate_cameras(backend):
        asked.append(backend)
        # enumerate_cameras(cv2.CAP_DSHOW): indices for that backend, the symbolic link as
        # path, vid/pid parsed from it.
        return [
            CameraInfo(
                0, "Integrated Webcam", r"\\?\root#image#0000#{guid}\global", None, None, backend
            ),
            CameraInfo(1, "Logitech BRIO", WIN_BRIO, 0x046D, 0x085E, backend),
            CameraInfo(2, "USB Camera", WIN_CHEAP, 0x0C45, 0x6366, backend),
        ]

    found = list_cameras("win32", enumerate_=enumerate_cameras)
    assert asked == [CAP_DSHOW]  # the backend WebcamSource opens with, so indices agree
    assert [(d.index, d.backend) for d in found] == [(0, CAP_DSHOW), (1, CAP_DSHOW), (2, CAP_DSHOW)]
    assert found[0].stable_id == "win-Integrated-Webcam"
    assert found[1].stable_id == "usb-046d:085e-AB12CD"  # a real serial in the instance id
    # No serial: Windows' instance id depends on the port, so it is not part of the id.
    assert found[2].stable_id == "usb-0c45:6366-USB-Camera"
    assert find_camera("brio", found) == found[1]


def test_macos_lists_avfoundation_cameras_as_the_package_documents():
    def enumerate_cameras(backend):
        # path is AVFoundation's uniqueID; vid/pid from the modelID when it is USB.
        return [
            CameraInfo(
                0, "FaceTime HD Camera", "47B4B64B-7067-4B9C-AD2B-AE273A71F4B5", None, None, backend
            ),
            CameraInfo(1, "Logitech BRIO", "0x1410000046d085e", 1133, 2142, backend),
        ]

    found = package_cameras("darwin", enumerate_cameras)
    assert [d.backend for d in found] == [CAP_AVFOUNDATION, CAP_AVFOUNDATION]
    assert found[0].stable_id == "mac-47B4B64B-7067-4B9C-AD2B-AE273A71F4B5"
    # uniqueID of a USB camera holds its location (the port): the id is vid:pid + name.
    assert found[1].stable_id == "usb-046d:085e-Logitech-BRIO"


def test_a_failing_enumerator_lists_nothing_rather_than_crashing():
    def broken(_backend):
        raise RuntimeError("MFStartup failed")

    assert list_cameras("win32", enumerate_=broken) == []


def test_a_camera_chosen_by_name_that_is_missing_says_which_exist(tmp_path):
    add_usb_camera(tmp_path, "video0", "Integrated Camera", port="5", vid="04f2", pid="b6dd")
    found = linux_cameras(tmp_path / "class" / "video4linux")
    assert resolve_camera("integrated", found) == found[0]
    with pytest.raises(CameraUnavailable) as err:
        resolve_camera("Logitech BRIO", found)
    assert err.value.problem is CameraProblem.NOT_FOUND
    assert "Integrated Camera [usb-04f2:b6dd-Integrated-Camera]" in str(err.value)


def test_kiosk_cameras_lists_what_it_finds(tmp_path, monkeypatch, capsys):
    add_usb_camera(
        tmp_path, "video2", "Logitech BRIO", port="2", vid="046d", pid="085e", serial="X1"
    )
    sysfs = tmp_path / "class" / "video4linux"
    monkeypatch.setattr(devices, "linux_cameras", lambda _root=sysfs: linux_cameras(sysfs))
    monkeypatch.setattr(devices.sys, "platform", "linux")
    assert main(["cameras", "--json"]) == 0
    (cam,) = json.loads(capsys.readouterr().out)
    assert cam["name"] == "Logitech BRIO" and cam["id"] == "usb-046d:085e-X1"
    assert cam["index"] == 2 and cam["vid"] == "046d" and cam["path"] == "/dev/video2"
    assert "resolutions" in cam
    assert main(["cameras"]) == 0
    assert "Logitech BRIO" in capsys.readouterr().out


def test_kiosk_cameras_with_none_is_an_empty_list_and_exit_0(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(devices, "linux_cameras", lambda _root=None: [])
    monkeypatch.setattr(devices.sys, "platform", "linux")
    assert main(["cameras", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["cameras"]) == 0
    assert "No camera found" in capsys.readouterr().out


def test_a_built_in_and_an_external_camera_are_told_apart_by_the_usb_port(tmp_path):
    """The kernel's `removable` attribute of the USB device (from the firmware's port
    description): `fixed` is the laptop's own camera, `removable` one plugged in; a port
    that says `unknown` leaves it to the name."""
    add_usb_camera(tmp_path, "video0", "Integrated Camera", port="5", vid="04f2", pid="b6dd")
    add_usb_camera(tmp_path, "video2", "HD Webcam", port="2", vid="0c45", pid="6366")
    add_usb_camera(tmp_path, "video4", "USB Camera", port="3", vid="1bcf", pid="2284")
    add_usb_camera(tmp_path, "video6", "Logitech BRIO", port="1", vid="046d", pid="085e")
    usb = tmp_path / "devices" / "usb1"
    (usb / "1-5" / "removable").write_text("unknown\n")  # the name says built in
    (usb / "1-2" / "removable").write_text("fixed\n")  # a built-in "HD Webcam"
    (usb / "1-1" / "removable").write_text("removable\n")
    found = linux_cameras(tmp_path / "class" / "video4linux")
    kinds = {d.name: d.external for d in found}
    assert kinds == {
        "Integrated Camera": False,
        "HD Webcam": False,
        "USB Camera": None,  # no removable attribute, a name that says nothing
        "Logitech BRIO": True,
    }
    assert devices.preferred_camera(found) == found[3]  # the one plugged in
    assert devices.preferred_camera(found[:3]) == found[2]  # unknown beats built in
    assert devices.preferred_camera(found[:2]) == found[0]  # the OS's order stands
    assert devices.preferred_camera([]) is None
    assert found[3].as_json()["external"] is True


def test_windows_and_macos_tell_the_built_in_camera_by_its_name():
    def enumerate_cameras(backend):
        return [
            CameraInfo(
                0,
                "Integrated Webcam",
                r"\\?\usb#vid_0bda&pid_58f4&mi_00#6&1#{g}",
                0x0BDA,
                0x58F4,
                backend,
            ),
            CameraInfo(1, "Logitech BRIO", WIN_BRIO, 0x046D, 0x085E, backend),
        ]

    win = list_cameras("win32", enumerate_=enumerate_cameras)
    assert [d.external for d in win] == [False, None]
    assert devices.preferred_camera(win) == win[1]
    mac = package_cameras(
        "darwin",
        lambda backend: [
            CameraInfo(0, "FaceTime HD Camera", "47B4B64B-7067", None, None, backend),
            CameraInfo(1, "Razer Kiyo", "0x1420000-1532-0e03", 0x1532, 0x0E03, backend),
        ],
    )
    assert [d.external for d in mac] == [False, None]
    assert devices.preferred_camera(mac) == mac[1]


def test_with_no_camera_configured_the_external_one_is_opened_not_the_laptops(tmp_path):
    """`kiosk run` with nothing in [camera] source on a laptop with a USB camera plugged
    in opened the laptop's own camera (index 0)."""
    from kiosk.camera.webcam import WebcamSource
    from kiosk.config import CameraConfig, Config
    from kiosk.ui.app import choose_source

    add_usb_camera(tmp_path, "video0", "Integrated Camera", port="5", vid="04f2", pid="b6dd")
    add_usb_camera(tmp_path, "video2", "Logitech BRIO", port="1", vid="046d", pid="085e")
    (tmp_path / "devices" / "usb1" / "1-1" / "removable").write_text("removable\n")
    found = linux_cameras(tmp_path / "class" / "video4linux")
    source, note = choose_source(None, Config(), loop=True, cameras=lambda: found)
    assert isinstance(source, WebcamSource) and source.device == "usb-046d:085e-Logitech-BRIO"
    assert "external camera Logitech BRIO" in note and "Integrated Camera" in note
    # configured, or turned off: as before
    cfg = Config(camera=CameraConfig(source="Integrated"))
    source, _ = choose_source(None, cfg, loop=True, cameras=lambda: found)
    assert isinstance(source, WebcamSource) and source.device == "Integrated"
    off = Config(camera=CameraConfig(prefer_external=False))
    source, note = choose_source(None, off, loop=True, cameras=lambda: found)
    assert "external" not in note and getattr(source, "device", None) != found[1].stable_id
    source, note = choose_source(None, Config(), loop=True, cameras=lambda: found[:1])
    assert note == "" or "demo" in note  # only the built-in one: the first webcam as before


def _package_as_on(monkeypatch, system: str, native: dict[str, dict[str, object]]) -> None:
    """cv2-enumerate-cameras imported afresh as it is on ``system`` (platform.system()),
    with its native layer — the DirectShow/Media Foundation extension on Windows, PyObjC's
    AVFoundation on macOS, neither of which exists here — replaced by ``native``. Its own
    Python code (backend choice, the vid/pid parsing, the index order) runs as shipped."""
    import platform
    import sys
    import types

    for name in [m for m in sys.modules if m.startswith("cv2_enumerate_cameras")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(platform, "system", lambda: system)
    for name, attrs in native.items():
        module = types.ModuleType(name)
        module.__dict__.update(attrs)
        monkeypatch.setitem(sys.modules, name, module)


def test_windows_through_the_package_itself_with_directshow_faked(monkeypatch):
    listed = [
        ("Integrated Webcam", r"\\?\usb#vid_0bda&pid_58f4&mi_00#6&2f1e&0&0000#{65e8773d}\global"),
        ("Logitech BRIO", WIN_BRIO),
    ]
    _package_as_on(
        monkeypatch,
        "Windows",
        {
            "cv2_enumerate_cameras._windows_backend": {
                "DSHOW_enumerate_cameras": lambda: listed,
                "MSMF_enumerate_cameras": lambda: [],
            }
        },
    )
    found = list_cameras("win32")
    assert [(d.index, d.name, d.backend) for d in found] == [
        (0, "Integrated Webcam", CAP_DSHOW),
        (1, "Logitech BRIO", CAP_DSHOW),
    ]
    assert (found[1].vid, found[1].pid) == (0x046D, 0x085E)  # parsed by the package
    assert found[1].stable_id == "usb-046d:085e-AB12CD"
    assert found[0].stable_id == "usb-0bda:58f4-Integrated-Webcam"  # no serial: by name
    assert [d.external for d in found] == [False, None]


class _Device:
    def __init__(self, uid: str, name: str, model: str) -> None:
        self._uid, self._name, self._model = uid, name, model

    def uniqueID(self) -> str:  # (AVFoundation's method names)
        return self._uid

    def localizedName(self) -> str:
        return self._name

    def modelID(self) -> str:
        return self._model


def test_macos_through_the_package_itself_with_avfoundation_faked(monkeypatch):
    devices_ = [
        _Device("0x1420000046d085e", "Logitech BRIO", "UVC Camera VendorID_1133 ProductID_2142"),
        _Device("47B4B64B-7067-4B9C-AD2B-AE273A71F4B5", "FaceTime HD Camera", "FaceTime HD"),
    ]

    class Session:
        @staticmethod
        def discoverySessionWithDeviceTypes_mediaType_position_(types_, media, position):
            return Session()

        def devices(self):
            return list(devices_)

    class RunLoop:
        @staticmethod
        def currentRunLoop():
            return RunLoop()

        def runUntilDate_(self, _date):
            return None

    class NSDate:
        @staticmethod
        def dateWithTimeIntervalSinceNow_(_s):
            return 0

    _package_as_on(
        monkeypatch,
        "Darwin",
        {
            "AVFoundation": {
                "NSRunLoop": RunLoop,
                "NSDate": NSDate,
                "AVCaptureDeviceDiscoverySession": Session,
                "AVCaptureDeviceTypeBuiltInWideAngleCamera": "wide",
                "AVCaptureDeviceTypeExternalUnknown": "external",
                "AVMediaTypeVideo": "vide",
                "AVCaptureDevicePositionUnspecified": 0,
            }
        },
    )
    found = list_cameras("darwin")
    # The package sorts by uniqueID (as OpenCV's AVFoundation backend numbers them).
    assert [(d.index, d.name) for d in found] == [(0, "Logitech BRIO"), (1, "FaceTime HD Camera")]
    assert all(d.backend == CAP_AVFOUNDATION for d in found)
    assert (found[0].vid, found[0].pid) == (1133, 2142)  # decimal in the modelID
    assert found[0].stable_id == "usb-046d:085e-Logitech-BRIO"
    assert found[1].stable_id == "mac-47B4B64B-7067-4B9C-AD2B-AE273A71F4B5"
    assert [d.external for d in found] == [None, False]
    assert devices.preferred_camera(found) == found[0]
