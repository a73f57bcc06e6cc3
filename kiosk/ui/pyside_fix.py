"""Work around a PySide6 6.12.0 bug on CPython 3.11: every call of a Qt method returning
void releases one reference to None that it never took.

On Python ≥ 3.12 None is immortal and nothing happens; on 3.11 None's reference count
drains by one per call (thousands per second in a live preview) until the interpreter
aborts with "Fatal Python error: none_dealloc". Measured here: QLabel.setText,
QWidget.update, QPainter.drawImage/fillRect/save... each -1. When the bug is detected,
None gets a reserve of references so large it cannot drain in the app's lifetime
(2**40 ≈ 35 years at 1000 calls a second). Harmless otherwise: None is never freed.
Remove once the lock pins a PySide6 without the bug, or Python ≥ 3.12.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_applied = False


def void_calls_leak_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) - before <= -32


def apply() -> bool:
    """Give None its reserve if this PySide6 drains it. Returns whether it was needed."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if void_calls_leak_none():
        # ob_refcnt is the first field of every object in a CPython 3.11 release build.
        ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
        _applied = True
    return _applied
