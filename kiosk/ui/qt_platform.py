"""Before the QApplication exists: point Qt at PySide6's own plugins and say, in one line,
why no window can open (a wrong DISPLAY, missing xcb libraries, a missing platform plugin)
instead of letting Qt abort the process.

An OpenCV built with Qt (``opencv-contrib-python``, the one mediapipe declares) sets
``QT_QPA_PLATFORM_PLUGIN_PATH`` and ``QT_QPA_FONTDIR`` to the Qt it bundles for
``cv2.imshow``; PySide6 would then load that Qt's xcb plugin and fail with a message pointing
into ``cv2/qt/plugins``. The lock installs the headless build, which sets neither; the guard
stays for a cv2 with a GUI (a developer's own environment). This module never creates a
QApplication and imports only QtCore (for where PySide6's plugins are).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import MutableMapping
from pathlib import Path

# Shared libraries Qt's xcb platform plugin needs → the Debian/Ubuntu package with each.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

Env = MutableMapping[str, str]


def plugins_dir() -> Path:
    """PySide6's own Qt plugin folder (inside a frozen app too)."""
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))


def use_own_plugins(env: Env = os.environ) -> None:
    """Whatever ``cv2`` set: PySide6 loads its platform plugins from its own folder, and
    cv2's bundled fonts folder is not Qt's font folder."""
    env["QT_QPA_PLATFORM_PLUGIN_PATH"] = str(plugins_dir() / "platforms")
    fonts = env.get("QT_QPA_FONTDIR", "")
    if fonts and "cv2" in Path(fonts).parts:
        del env["QT_QPA_FONTDIR"]


def platform_candidates(env: Env, platform: str = sys.platform) -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM`` or its default)."""
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return [name.split(":", 1)[0].strip() for name in asked.split(";") if name.strip()]
    if platform == "win32":
        return ["windows"]
    if platform == "darwin":
        return ["cocoa"]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_file(folder: Path, name: str) -> Path | None:
    for pattern in (f"libq{name}.so", f"libq{name}.dylib", f"q{name}.dll"):
        path = folder / pattern
        if path.is_file():
            return path
    return None


def available_plugins(folder: Path) -> list[str]:
    names = []
    for path in sorted(folder.glob("*q*.*")) if folder.is_dir() else []:
        stem = path.name.split(".")[0]
        stem = stem.removeprefix("lib")
        if stem.startswith("q"):
            names.append(stem[1:])
    return names


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that the dynamic loader cannot find."""
    ldd = shutil.which("ldd")
    if ldd and sys.platform.startswith("linux"):
        try:
            out = subprocess.run(
                [ldd, str(library)], capture_output=True, text=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            out = ""
        missing = [line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line]
        if missing or out:
            return sorted(set(missing))
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:  # "libxcb-cursor.so.0: cannot open shared object file: ..."
        text = str(exc)
        name = text.split(":", 1)[0].strip()
        return [name] if name and name != str(library) else [text]
    return []


def debian_packages(libraries: list[str]) -> list[str]:
    return sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})


def x_display_problem(display: str | None) -> str | None:
    """None when an X server answers on ``display``; else why not, in words."""
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return (
            "the X client library libxcb.so.1 is missing; install it: "
            "sudo apt-get install libxcb1 (or sudo bash packaging/linux-deps.sh)"
        )
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode() if display else None, None)
    try:
        failed = not connection or xcb.xcb_connection_has_error(connection) != 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if not failed:
        return None
    shown = display or "(DISPLAY is not set)"
    return (
        f"cannot connect to the X display {shown}: no X server answers there, or this user "
        "may not use it. Check DISPLAY (and XAUTHORITY), or run the app under a virtual "
        "display: `xvfb-run kiosk run`"
    )


def _xcb_problem(plugin: Path, env: Env) -> str | None:
    display = x_display_problem(env.get("DISPLAY"))
    if display:
        return display
    missing = missing_libraries(plugin)
    if not missing:
        return None
    packages = debian_packages(missing)
    install = (
        f"install them: sudo apt-get install {' '.join(packages)} "
        "(or sudo bash packaging/linux-deps.sh)"
        if packages
        else "install them with the system's package manager"
    )
    return f"Qt's xcb platform cannot start: missing {', '.join(missing)}; {install}"


def _wayland_problem(env: Env) -> str | None:
    name = env.get("WAYLAND_DISPLAY", "")
    runtime = env.get("XDG_RUNTIME_DIR", "")
    socket = Path(name) if name.startswith("/") else Path(runtime) / name
    if name and socket.exists():
        return None
    return f"cannot connect to the Wayland display {name or '(WAYLAND_DISPLAY is not set)'}"


def startup_problem(env: Env = os.environ, platform: str = sys.platform) -> str | None:
    """Why Qt would abort on start-up here, in one line; None when it can start."""
    folder = plugins_dir() / "platforms"
    problems = []
    for name in platform_candidates(env, platform):
        plugin = plugin_file(folder, name)
        if plugin is None:
            found = ", ".join(available_plugins(folder)) or "none"
            problems.append(
                f"no Qt platform plugin {name!r} in {folder} (available: {found}); "
                "set QT_QPA_PLATFORM to one of them, or unset it for the default"
            )
            continue
        if name == "xcb" and platform.startswith("linux"):
            problem = _xcb_problem(plugin, env)
        elif name == "wayland":
            problem = _wayland_problem(env)
        else:
            problem = None
        if problem is None:
            return None
        problems.append(problem)
    return problems[0] if problems else None
