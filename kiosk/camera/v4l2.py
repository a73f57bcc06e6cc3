"""The frame sizes a Linux camera offers, asked of its V4L2 driver. Qt-free, stdlib only.

The device node is opened read-only and non-blocking and asked two enumeration ioctls,
``VIDIOC_ENUM_FMT`` (each pixel format) and ``VIDIOC_ENUM_FRAMESIZES`` (each size of a
format): nothing is streamed, no format is set, and the ioctls answer while another program
captures from the camera. A node that is not a capture device (or cannot be opened) gives no
sizes. Stepwise and continuous drivers report a range: its largest and smallest size are
listed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import struct
from collections.abc import Callable

Ioctl = Callable[[int, int, bytearray], object]  # fcntl.ioctl(fd, request, buffer, True)

V4L2_BUF_TYPE_VIDEO_CAPTURE = 1
V4L2_FRMSIZE_TYPE_DISCRETE = 1
V4L2_FRMSIZE_TYPE_CONTINUOUS = 2
V4L2_FRMSIZE_TYPE_STEPWISE = 3

# struct v4l2_fmtdesc: index, type, flags, description[32], pixelformat, mbus_code, reserved[3]
FMTDESC = struct.Struct("=III32sII3I")
# struct v4l2_frmsizeenum: index, pixel_format, type, union (discrete: width, height;
# stepwise: min_w, max_w, step_w, min_h, max_h, step_h), reserved[2]
FRMSIZE = struct.Struct("=III6I2I")
MAX_FORMATS = 64
MAX_SIZES = 256


def _iowr(nr: int, size: int) -> int:
    """The _IOWR('V', nr, size) request number of linux/videodev2.h."""
    return (3 << 30) | (size << 16) | (ord("V") << 8) | nr


VIDIOC_ENUM_FMT = _iowr(2, FMTDESC.size)  # 0xC0405602
VIDIOC_ENUM_FRAMESIZES = _iowr(74, FRMSIZE.size)  # 0xC02C564A


def _system_ioctl(fd: int, request: int, buffer: bytearray) -> object:
    import fcntl

    return fcntl.ioctl(fd, request, buffer, True)


def _enumerate(fd: int, ioctl: Ioctl, request: int, buffers: Callable[[int], bytearray]) -> list:
    """Each answer of an enumeration ioctl, index 0, 1, ... until the driver says EINVAL."""
    out = []
    for index in range(MAX_SIZES):
        buffer = buffers(index)
        try:
            ioctl(fd, request, buffer)
        except OSError as exc:
            if exc.errno not in (errno.EINVAL, errno.ENOTTY, errno.ENODEV):
                raise
            break
        out.append(buffer)
    return out


def pixel_formats(fd: int, ioctl: Ioctl) -> list[int]:
    """The capture pixel formats (fourcc codes) of an open V4L2 node."""

    def ask(index: int) -> bytearray:
        return bytearray(FMTDESC.pack(index, V4L2_BUF_TYPE_VIDEO_CAPTURE, 0, b"", 0, 0, 0, 0, 0))

    answers = _enumerate(fd, ioctl, VIDIOC_ENUM_FMT, ask)
    return [FMTDESC.unpack(bytes(a))[4] for a in answers[:MAX_FORMATS]]


def frame_sizes(fd: int, ioctl: Ioctl, fourcc: int) -> list[tuple[int, int]]:
    """The sizes one pixel format offers (a range: its largest and smallest)."""

    def ask(index: int) -> bytearray:
        return bytearray(FRMSIZE.pack(index, fourcc, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    sizes: list[tuple[int, int]] = []
    for answer in _enumerate(fd, ioctl, VIDIOC_ENUM_FRAMESIZES, ask):
        _i, _f, kind, a, b, _c, d, e, _g, _r1, _r2 = FRMSIZE.unpack(bytes(answer))
        if kind == V4L2_FRMSIZE_TYPE_DISCRETE:
            sizes.append((a, b))
        elif kind in (V4L2_FRMSIZE_TYPE_CONTINUOUS, V4L2_FRMSIZE_TYPE_STEPWISE):
            sizes += [(b, e), (a, d)]  # (max_w, max_h), (min_w, min_h)
            break  # a range is one answer
    return sizes


def fourcc_text(code: int) -> str:
    return "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4)).strip()


def resolutions(
    path: str,
    *,
    ioctl: Ioctl | None = None,
    open_: Callable[[str, int], int] = os.open,
    close: Callable[[int], None] = os.close,
) -> tuple[tuple[int, int], ...]:
    """Every frame size the camera at ``path`` (``/dev/videoN``) offers in any capture
    format, largest first; empty when it cannot tell (not a V4L2 capture node, no access)."""
    try:
        fd = open_(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return ()
    call = ioctl or _system_ioctl
    found: set[tuple[int, int]] = set()
    try:
        for fourcc in pixel_formats(fd, call):
            found.update(frame_sizes(fd, call, fourcc))
    except OSError:
        return ()
    finally:
        with contextlib.suppress(OSError):
            close(fd)
    return tuple(
        sorted((s for s in found if s[0] > 0 and s[1] > 0), key=lambda s: (-s[0] * s[1], -s[0]))
    )
