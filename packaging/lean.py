"""What the frozen kiosk leaves out, and the selective strip (used by packaging/kiosk.spec).

The kiosk uses PySide6's QtCore/QtGui/QtWidgets, MediaPipe's face tasks and OpenCV's core,
imgproc, imgcodecs, videoio and dnn. OpenCV is the headless build without contrib modules
(the lock installs opencv-python-headless in place of the opencv-contrib-python mediapipe
declares), so it brings no Qt 5 and no xcb libraries: nothing of OpenCV's is left out here.
Left out (docs/performance.md has the sizes):

- Qt plugins a kiosk window does not load: eglfs, linuxfb, vnc, minimal, the evdev/tuio input
  plugins (only used without a window system), the GTK and portal platform themes (the app
  sets its own Fusion style), image formats other than JPEG/SVG/ICO, and Qt's own
  translations (the app loads only its own, kiosk/i18n); Qt6Network, which nothing links.
- Libraries nothing left needs any more (the GTK stack the GTK theme pulled in): on Linux
  every top-level library is kept only if a kept binary still links it.
- On Linux, the parts of ICU's data no ICU function Qt calls can read (packaging/icu_data.py).

Pure functions on PyInstaller's TOC entries ``(dest_name, src_name, typecode)``; no
PyInstaller import at module level, so the tests can run them.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

_QT_PLUGINS = "PySide6/Qt/plugins/"

# Destination paths (forward slashes) that are never bundled.
DROP_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"^PySide6/Qt/translations/",
        r"^PySide6/Qt/plugins/(egldeviceintegrations|generic|platformthemes)/",
        r"^PySide6/Qt/plugins/platforms/(lib)?q(eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay|direct2d)\b",
        r"^PySide6/Qt/plugins/imageformats/(lib)?q(gif|icns|tga|tiff|wbmp|webp|pdf)\b",
        r"^PySide6/Qt/plugins/wayland-shell-integration/lib(fullscreen-shell|ivi-shell|qt-shell|wl-shell)",
        r"^PySide6/Qt/plugins/wayland-graphics-integration-client/lib(dmabuf-server|drm-egl-server|vulkan-server)",
        r"^PySide6/Qt/lib/libQt6(EglFSDeviceIntegration|EglFsKmsSupport)\.",
        # Nothing links it (QtNetwork is excluded below; the kiosk's HTTP is httpx); with it
        # go the Kerberos/GSSAPI libraries only it linked.
        r"^PySide6/Qt/lib/libQt6Network\.",
    )
)

# Python packages that are imported only by code the kiosk never runs (Analysis excludes).
EXCLUDED_MODULES = (
    "tkinter",
    # The interactive prompt's line editing (and libreadline/libtinfo with it); imported
    # only inside try/except by pdb/cmd/code/rlcompleter.
    "readline",
    # mediapipe's drawing utilities import matplotlib.pyplot at module level; the runtime
    # hook packaging/rthooks/matplotlib_stub.py stands in for it.
    "matplotlib",
    "PIL",
    "kiwisolver",
    "contourpy",
    "fontTools",
    "cycler",
    "pyparsing",
    "dateutil",
    # pydantic's mypy plugin (and through it mypy) is for type checking, never at run time.
    "pydantic.mypy",
    "pydantic.v1",
    "mypy",
    "ast_serialize",
    "setuptools",
    "pkg_resources",
    # mediapipe's audio recorder imports it inside try/except; the kiosk plays cues itself.
    "sounddevice",
    "_sounddevice",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtDBus",
    "PySide6.QtSvg",
)


def dropped(dest: str) -> bool:
    """Whether a destination path inside the bundle is left out."""
    posix = dest.replace("\\", "/")
    return any(p.search(posix) for p in DROP_PATTERNS)


def _symlink_target(entry: Entry) -> str:
    dest, src, _ = entry
    return os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")


def filter_toc(entries: Iterable[Entry]) -> list[Entry]:
    """Entries without the dropped paths (and without symlinks pointing at them)."""
    kept = []
    for entry in entries:
        dest, _, typecode = entry
        if dropped(dest):
            continue
        if typecode == "SYMLINK" and dropped(_symlink_target(entry)):
            continue
        kept.append(entry)
    return kept


def prune_unlinked(
    binaries: list[Entry],
    imports_of: Callable[[str], Iterable[str]],
    protected: Iterable[str] = (),
) -> list[Entry]:
    """Drop top-level libraries (``dest`` without a folder) that no kept binary links.

    ``imports_of(src)`` returns the names a binary links (transitively, as ``ldd`` lists
    them); ``protected`` names are kept regardless (libraries loaded with ctypes/dlopen).
    """
    keep_names = {PurePosixPath(p).name for p in protected}
    candidates = {
        e[0]
        for e in binaries
        if "/" not in e[0].replace("\\", "/")
        and e[2] == "BINARY"
        and e[0] not in keep_names
        and not e[0].startswith(("libpython", "python"))
    }
    needed: set[str] = set()
    for dest, src, typecode in binaries:
        if dest in candidates or typecode == "SYMLINK":
            continue
        needed.update(PurePosixPath(n).name for n in imports_of(src))
    # One pass is enough with transitive imports (ldd); loop for direct-only ones.
    while True:
        grown = set(needed)
        for dest, src, _ in binaries:
            if dest in candidates and dest in needed:
                grown.update(PurePosixPath(n).name for n in imports_of(src))
        if grown == needed:
            break
        needed = grown
    out = []
    for entry in binaries:
        dest = entry[0]
        if dest in candidates and dest not in needed:
            continue
        out.append(entry)
    kept = {e[0] for e in out}
    return [e for e in out if e[2] != "SYMLINK" or _symlink_target(e) in kept or "/" in e[0]]


def _elf_dynamic(path: Path) -> str:
    try:
        return subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
        ).stdout
    except OSError:
        return ""


def strippable(path: Path, dynamic: Callable[[Path], str] = _elf_dynamic) -> bool:
    """Whether stripping ``path`` is safe: an ELF file not repaired by auditwheel.

    auditwheel's patchelf leaves its libraries (``*.libs/``) and the extension modules whose
    RPATH it set with a layout that ``strip`` breaks (numpy's OpenBLAS then fails with "ELF
    load command address/offset not page-aligned"); those are left alone.
    """
    if path.is_symlink() or not path.is_file():
        return False
    if any(part.endswith(".libs") for part in path.parts):
        return False
    with path.open("rb") as fh:
        if fh.read(4) != b"\x7fELF":
            return False
    info = dynamic(path)
    return ".libs" not in info


def strip_selectively(root: Path, strip: str = "strip") -> list[tuple[str, int]]:
    """``strip --strip-unneeded`` every safe ELF file under ``root``; (path, bytes saved)."""
    saved: list[tuple[str, int]] = []
    for path in sorted(root.rglob("*")):
        if not strippable(path):
            continue
        before = path.stat().st_size
        done = subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)
        if done.returncode == 0 and before - path.stat().st_size > 0:
            saved.append((str(path.relative_to(root)), before - path.stat().st_size))
    return saved
