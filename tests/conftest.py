"""Shared fixtures. Qt runs offscreen in tests (no display here or in CI)."""

from __future__ import annotations

import os
import traceback
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_started: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
_patched = False


def _track_qthread_starts() -> None:
    """Record where every QThread is started, so a leak can be named."""
    global _patched
    if _patched:
        return
    from PySide6.QtCore import QThread

    original = QThread.start

    def start(self: QThread, *args: Any, **kwargs: Any) -> None:
        frame = traceback.extract_stack(limit=2)[0]  # the caller of start()
        _started[self] = f"{frame.filename}:{frame.lineno}"
        original(self, *args, **kwargs)

    QThread.start = start  # type: ignore[method-assign]
    _patched = True


@pytest.fixture(autouse=True)
def _no_qthread_left_running() -> Iterator[None]:
    """Fail a test that leaves a QThread running, naming it and where it started."""
    _track_qthread_starts()
    yield
    leaked = []
    for thread, where in list(_started.items()):
        try:
            running = thread.isRunning()
        except RuntimeError:  # the C++ object is gone
            continue
        if running and not thread.wait(2000):
            leaked.append(f"{thread.objectName() or type(thread).__name__} (started at {where})")
    if leaked:
        pytest.fail("test left QThreads running:\n  " + "\n  ".join(leaked), pytrace=False)


@pytest.fixture(scope="session")
def engine() -> Iterator[Any]:
    """One still-image QualityEngine for the whole run (loading models costs ~0.3 s)."""
    from kiosk.quality.engine import QualityEngine

    with QualityEngine() as e:
        yield e
