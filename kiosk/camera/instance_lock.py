"""One kiosk per camera: a lock file per camera in the platform's runtime (or cache) folder,
holding the PID of the kiosk using it. Qt-free.

The lock is an OS file lock (``flock`` / ``msvcrt.locking``), so it ends with the process
that took it: a lock file left by a process that died (killed, crashed) is simply taken over.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

_WINDOWS_LOCK_OFFSET = 4096  # locked byte (past the PID text, which stays readable)


class CameraInUse(RuntimeError):
    """Another live kiosk holds this camera's lock."""

    def __init__(self, camera: str, pid: int | None, path: Path) -> None:
        who = f"PID {pid}" if pid else "a process that did not write its PID"
        super().__init__(
            f"{camera} is already used by another kiosk ({who}; lock {path}). "
            "Close that one first, or choose another camera with --camera"
        )
        self.pid = pid
        self.path = path


def lock_dir(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "win32":
        base = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / "IDmetaKiosk" / "locks"
    if platform == "darwin":
        return home / "Library" / "Caches" / "IDmetaKiosk" / "locks"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and Path(runtime).is_dir():
        return Path(runtime) / "idmeta-kiosk"
    cache = env.get("XDG_CACHE_HOME", "")
    cache_dir = Path(cache) if cache and Path(cache).is_absolute() else home / ".cache"
    return cache_dir / "idmeta-kiosk" / "locks"


def lock_path(camera_key: str, folder: Path | None = None) -> Path:
    """``camera-0.lock``, ``camera-hd-pro-webcam-1a2b3c4d.lock`` (a name, slug + digest)."""
    slug = re.sub(r"[^a-z0-9]+", "-", camera_key.casefold()).strip("-")[:40] or "camera"
    if slug != camera_key.casefold():
        slug += "-" + hashlib.sha256(camera_key.encode("utf-8")).hexdigest()[:8]
    return (folder or lock_dir()) / f"camera-{slug}.lock"


class CameraLock:
    """Held from :meth:`acquire` until :meth:`release` (or the process ends)."""

    def __init__(self, camera_key: str, label: str, folder: Path | None = None) -> None:
        self.label = label
        self.path = lock_path(camera_key, folder)
        self._file: IO[str] | None = None

    def acquire(self) -> CameraLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="ascii")  # noqa: SIM115 - held until release
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            text = handle.read().strip()
            handle.close()
            raise CameraInUse(
                self.label, int(text) if text.isdigit() else None, self.path
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            try:
                self._file.seek(0)
                self._file.truncate()
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    def __enter__(self) -> CameraLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
