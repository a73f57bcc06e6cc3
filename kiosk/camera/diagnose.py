"""Why a webcam cannot be opened or stopped delivering: not found, in use by another
program, permission denied or unplugged, each with what to do. Qt-free.

OpenCV only says "not opened"; on Linux the device node tells the rest: whether it exists,
whether this user may open it, and which other processes hold it open (/proc/*/fd).
Elsewhere the OS gives no such detail, and the message lists the likely causes.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from kiosk.camera.source import CameraProblem, CameraUnavailable

PERMISSION_ADVICE = {
    "linux": "Add this user to the 'video' group (sudo usermod -aG video $USER), then log in again",
    "darwin": "Allow camera access in System Settings → Privacy & Security → Camera, "
    "then start the kiosk again",
    "win32": "Allow camera access in Settings → Privacy & security → Camera",
}
BUSY_ADVICE = "Close the other program; the kiosk reconnects by itself"
UNPLUGGED_ADVICE = "Plug the camera back in; the kiosk reconnects by itself"
NOT_FOUND_ADVICE = (
    "Check that it is plugged in, or choose another camera in Settings → Camera (or --camera INDEX)"
)


def _platform() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def device_path(index: int) -> Path:
    return Path(f"/dev/video{index}")


def holders(path: Path, proc: Path = Path("/proc")) -> list[tuple[int, str]]:
    """(pid, program name) of the other processes that have ``path`` open (those this user
    may inspect)."""
    found = []
    target = str(path)
    me = os.getpid()
    for entry in proc.iterdir() if proc.is_dir() else []:
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) == target:
                    name = (entry / "comm").read_text(encoding="utf-8").strip()
                    found.append((int(entry.name), name))
                    break
            except OSError:
                continue
    return found


def describe_holders(found: list[tuple[int, str]]) -> str:
    return ", ".join(f"{name} (PID {pid})" for pid, name in found)


def webcam_problem(
    index: int, *, was_open: bool, label: str, path: Path | None = None
) -> CameraUnavailable:
    """The reason webcam ``index`` cannot deliver frames now, as the exception to raise
    (``path``: its device node, /dev/videoN by default)."""
    if _platform() != "linux":
        return _generic(label, was_open)
    path = path or device_path(index)
    if not path.exists():
        if was_open:
            return CameraUnavailable(
                f"{label} was unplugged", problem=CameraProblem.UNPLUGGED, advice=UNPLUGGED_ADVICE
            )
        return CameraUnavailable(
            f"{label} not found ({path} does not exist)",
            problem=CameraProblem.NOT_FOUND,
            advice=NOT_FOUND_ADVICE,
        )
    try:
        fd = os.open(path, os.O_RDWR | os.O_NONBLOCK)
    except PermissionError:
        return CameraUnavailable(
            f"{label}: permission denied for {path}",
            problem=CameraProblem.PERMISSION,
            advice=PERMISSION_ADVICE["linux"],
        )
    except OSError as exc:
        if exc.errno == errno.EBUSY:
            return _busy(label, holders(path))
        if exc.errno in (errno.ENODEV, errno.ENXIO, errno.ENOENT):
            return CameraUnavailable(
                f"{label} was unplugged" if was_open else f"{label} not found",
                problem=CameraProblem.UNPLUGGED if was_open else CameraProblem.NOT_FOUND,
                advice=UNPLUGGED_ADVICE if was_open else NOT_FOUND_ADVICE,
            )
        return CameraUnavailable(f"{label} cannot be opened: {exc.strerror}")
    else:
        os.close(fd)
    found = holders(path)
    if found:
        return _busy(label, found)
    return CameraUnavailable(
        f"{label} ({path}) " + ("stopped delivering frames" if was_open else "cannot be opened"),
        advice="Unplug it and plug it in again; if it keeps failing, try another USB port "
        "or camera",
    )


def _busy(label: str, found: list[tuple[int, str]]) -> CameraUnavailable:
    who = f" by {describe_holders(found)}" if found else " by another program"
    return CameraUnavailable(
        f"{label} is in use{who}", problem=CameraProblem.BUSY, advice=BUSY_ADVICE
    )


def _generic(label: str, was_open: bool) -> CameraUnavailable:
    if was_open:
        return CameraUnavailable(
            f"{label} stopped delivering frames (unplugged, or taken by another program)",
            problem=CameraProblem.UNPLUGGED,
            advice=UNPLUGGED_ADVICE,
        )
    return CameraUnavailable(
        f"{label} cannot be opened: not connected, in use by another program, "
        "or camera access is not allowed",
        advice=f"Close other programs using the camera; {PERMISSION_ADVICE.get(_platform(), '')}",
    )
