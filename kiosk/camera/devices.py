"""The cameras this computer has, by name, with an id that stays the same across reboots
and USB ports. Qt-free.

- **Linux**: read from sysfs (``/sys/class/video4linux``) without opening any device; a
  UVC camera's second node (its metadata stream, ``index`` 1) is not a camera. On request
  (``kiosk cameras``) each camera's frame sizes are asked of its V4L2 driver
  (:mod:`kiosk.camera.v4l2`: enumeration ioctls only, nothing streamed).
- **Windows / macOS**: ``cv2-enumerate-cameras`` (its documented ``enumerate_cameras(backend)``
  gives ``CameraInfo(index, name, path, vid, pid, backend)``, the index being the one
  ``cv2.VideoCapture(index, backend)`` opens): DirectShow on Windows (the backend the kiosk
  opens with), AVFoundation on macOS. The package gives no frame sizes (only opening the
  camera would), so none are listed there.

The stable id is ``usb-VVVV:PPPP-<serial or name>`` when the USB vendor/product are known
(the same camera on another port or after a reboot keeps it; an index does not), else
``<platform>-<name>`` (a built-in camera); a second identical camera gets ``#2``.

**Built-in or external** (``external``: True, False, or None when nothing says): on Linux
the USB port the camera hangs from, as the firmware describes it (the kernel's ``removable``
attribute of the USB device: ``fixed`` is a built-in camera, ``removable`` a plugged-in
one; a camera not on USB at all is built in); elsewhere, and where the port says
``unknown``, only the name can tell ("Integrated", "Built-in", "FaceTime", "Internal" are
built-in cameras). With no camera configured the kiosk prefers an external camera over a
built-in one (:func:`preferred_camera`); where nothing tells them apart the OS's order
stands.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kiosk.camera import v4l2

CAP_ANY, CAP_V4L2, CAP_DSHOW, CAP_AVFOUNDATION = 0, 200, 700, 1200  # cv2's constants


@dataclass(frozen=True)
class CameraDevice:
    name: str
    stable_id: str
    index: int  # what cv2.VideoCapture(index, backend) opens
    backend: int = CAP_ANY
    path: str = ""  # /dev/videoN, a Windows symbolic link, a macOS uniqueID
    vid: int | None = None
    pid: int | None = None
    resolutions: tuple[tuple[int, int], ...] = field(default=())
    external: bool | None = None  # a plugged-in camera (True), built in (False), or unknown

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "id": self.stable_id,
            "index": self.index,
            "backend": self.backend,
            "path": self.path,
            "vid": None if self.vid is None else f"{self.vid:04x}",
            "pid": None if self.pid is None else f"{self.pid:04x}",
            "resolutions": [f"{w}x{h}" for w, h in self.resolutions],
            "external": self.external,
        }


class PackageCameraInfo(Protocol):  # cv2_enumerate_cameras.CameraInfo
    index: int
    name: str
    path: str | None
    vid: int | None
    pid: int | None
    backend: int


Enumerate = Callable[[int], Sequence[PackageCameraInfo]]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "camera"


def _stable_id(prefix: str, name: str, vid: int | None, pid: int | None, serial: str) -> str:
    if vid is not None and pid is not None:
        return f"usb-{vid:04x}:{pid:04x}-{_slug(serial or name)}"
    return f"{prefix}-{_slug(name)}"


def _unique(devices: Iterable[CameraDevice]) -> list[CameraDevice]:
    """Identical cameras (same id) get #2, #3 in the order the OS lists them."""
    seen: dict[str, int] = {}
    out = []
    for dev in devices:
        n = seen[dev.stable_id] = seen.get(dev.stable_id, 0) + 1
        if n > 1:
            dev = CameraDevice(**{**dev.__dict__, "stable_id": f"{dev.stable_id}#{n}"})
        out.append(dev)
    return out


# --- built in or plugged in ---------------------------------------------------------------

BUILT_IN_NAMES = re.compile(r"integrated|built-?\s?in|facetime|internal", re.IGNORECASE)


def _external_by_name(name: str) -> bool | None:
    """False for a name that says it is the computer's own camera; None otherwise (a
    name like "USB Camera" or "HD Webcam" says nothing either way)."""
    return False if BUILT_IN_NAMES.search(name) else None


def preferred_camera(cameras: Sequence[CameraDevice]) -> CameraDevice | None:
    """With no camera configured: an external camera over one of unknown kind over a
    built-in one, in the OS's order within each; None when there is none."""
    rank = {True: 0, None: 1, False: 2}
    return min(cameras, key=lambda d: rank[d.external], default=None)


# --- Linux ---------------------------------------------------------------------------------


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def _hex(text: str) -> int | None:
    try:
        return int(text, 16) if text else None
    except ValueError:
        return None


def linux_cameras(sysfs: Path = Path("/sys/class/video4linux")) -> list[CameraDevice]:
    """V4L2 capture devices, read from sysfs only (no device is opened)."""
    nodes = []
    for node in sysfs.glob("video*"):
        suffix = node.name.removeprefix("video")
        if suffix.isdigit():
            nodes.append((int(suffix), node))
    devices = []
    for index, node in sorted(nodes):
        if _read(node / "index") not in ("", "0"):  # a UVC camera's metadata node
            continue
        name = _read(node / "name") or node.name
        usb = _usb_device(node / "device")
        vid = _hex(_read(usb / "idVendor")) if usb else None
        pid = _hex(_read(usb / "idProduct")) if usb else None
        serial = _read(usb / "serial") if usb else ""
        port = _read(usb / "removable") if usb else ""
        external = {"removable": True, "fixed": False}.get(port)
        if usb is None:
            external = False  # not on USB: a laptop's or board's own camera
        devices.append(
            CameraDevice(
                name=name,
                stable_id=_stable_id("v4l", name, vid, pid, serial),
                index=index,
                backend=CAP_V4L2,
                path=f"/dev/{node.name}",
                vid=vid,
                pid=pid,
                external=external if external is not None else _external_by_name(name),
            )
        )
    return _unique(devices)


def _usb_device(device: Path) -> Path | None:
    """The USB device folder (with idVendor) above a video node's interface folder."""
    try:
        here = device.resolve()
    except OSError:
        return None
    for folder in (here, here.parent):
        if (folder / "idVendor").exists():
            return folder
    return None


# --- Windows and macOS, through cv2-enumerate-cameras ----------------------------------------


def _package_enumerate(backend: int) -> Sequence[PackageCameraInfo]:
    from cv2_enumerate_cameras import enumerate_cameras

    return list(enumerate_cameras(backend))


def _serial_from_windows_path(path: str) -> str:
    r"""A Windows symbolic link ``\\?\usb#vid_046d&pid_085b&mi_00#7&2a1b&0&0000#{guid}``:
    the instance part is the device's serial number only when it has no ``&`` (otherwise
    Windows made it up from the port, and it changes with the port)."""
    parts = path.split("#")
    if len(parts) >= 3 and "&" not in parts[2]:
        return parts[2]
    return ""


def package_cameras(platform: str, enumerate_: Enumerate | None = None) -> list[CameraDevice]:
    """The cameras cv2-enumerate-cameras lists on Windows (DirectShow) or macOS
    (AVFoundation)."""
    backend = CAP_DSHOW if platform == "win32" else CAP_AVFOUNDATION
    prefix = "win" if platform == "win32" else "mac"
    infos = (enumerate_ or _package_enumerate)(backend)
    devices = []
    for info in infos:
        name = str(info.name or f"camera {info.index}")
        path = str(info.path or "")
        serial = _serial_from_windows_path(path) if platform == "win32" else ""
        if platform != "win32" and info.vid is None and path:
            stable = f"mac-{_slug(path)}"  # AVFoundation's uniqueID of a built-in camera
        else:
            stable = _stable_id(prefix, name, info.vid, info.pid, serial)
        devices.append(
            CameraDevice(
                name=name,
                stable_id=stable,
                index=int(info.index),
                backend=int(info.backend) or backend,
                path=path,
                vid=info.vid,
                pid=info.pid,
                external=_external_by_name(name),
            )
        )
    return _unique(devices)


# --- every platform ---------------------------------------------------------------------------


def list_cameras(
    platform: str | None = None,
    *,
    sysfs: Path = Path("/sys/class/video4linux"),
    enumerate_: Enumerate | None = None,
    resolutions: bool = False,
    sizes_of: Callable[[str], tuple[tuple[int, int], ...]] | None = None,
) -> list[CameraDevice]:
    """The cameras found, in the OS's order; an empty list when there are none or the OS
    cannot list them (never raises). ``resolutions``: also the frame sizes each offers,
    where the platform can tell without capturing (Linux: V4L2)."""
    platform = platform or sys.platform
    try:
        if platform.startswith("linux"):
            found = linux_cameras(sysfs)
            if resolutions:
                ask = sizes_of or v4l2.resolutions
                found = [dataclasses.replace(d, resolutions=ask(d.path)) for d in found]
            return found
        if platform in ("win32", "darwin"):
            return package_cameras(platform, enumerate_)
    except (OSError, ImportError, RuntimeError, NotImplementedError):
        return []
    return []


def find_camera(spec: str, cameras: Sequence[CameraDevice]) -> CameraDevice | None:
    """The camera ``spec`` names: its stable id, its exact name, or a part of its name
    (case-insensitive), in that order."""
    wanted = spec.strip().casefold()
    if not wanted:
        return None
    for match in (
        lambda d: d.stable_id.casefold() == wanted,
        lambda d: d.name.casefold() == wanted,
        lambda d: wanted in d.name.casefold(),
    ):
        for dev in cameras:
            if match(dev):
                return dev
    return None


def config_value(device: CameraDevice, cameras: Sequence[CameraDevice]) -> str:
    """What the configuration keeps for ``device``: its name when no other camera has the
    same one (readable, and stable), else its stable id."""
    same = [d for d in cameras if d.name.casefold() == device.name.casefold()]
    return device.name if len(same) <= 1 else device.stable_id


def describe(cameras: Sequence[CameraDevice]) -> str:
    return ", ".join(f"{d.name} [{d.stable_id}]" for d in cameras) or "none"
