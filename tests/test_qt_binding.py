"""Guards against a known-bad Qt binding coming back with a lock upgrade."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_drain_references_to_none():
    # PySide6 6.12.0 released a reference to None on every call of a void method; on
    # CPython 3.11 a live preview then aborted with "Fatal Python error: none_dealloc"
    # within minutes. pyproject.toml excludes it; this fails if such a build is installed.
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
