"""Fonts for every script the kiosk speaks, registered with Qt at start.

The theme's families (Segoe UI, SF Pro, DejaVu Sans) render the Latin-script languages;
Windows and macOS also bring fonts for Thai, Tamil, Arabic and Chinese, a bare Linux kiosk
often does not. assets/fonts/ holds Noto fonts for those four scripts (see its NOTICE):
:func:`register_bundled_fonts` adds them to QFontDatabase, after which Qt's font fallback
(fontconfig on Linux, the system's elsewhere) finds them for any character the theme font
lacks — a system font for the same script is not displaced.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from kiosk.resources import assets_dir

log = logging.getLogger("kiosk.ui.fonts")

# The script of each language that needs more than the Latin theme fonts, and the bundled
# family that renders it.
SCRIPT_FAMILIES: dict[str, str] = {
    "th": "Noto Sans Thai UI",
    "ta": "Noto Sans Tamil UI",
    "ar": "Noto Sans Arabic UI",
    "zh": "Noto Sans CJK SC",
}

_registered: list[str] | None = None


def register_bundled_fonts() -> list[str]:
    """Add every font in assets/fonts/ to Qt's font database (once per process; needs a
    QGuiApplication). Returns the families added; a missing or unreadable file is logged
    and skipped — the kiosk then relies on the system's fonts."""
    global _registered
    if _registered is not None:
        return list(_registered)
    families: list[str] = []
    folder = assets_dir() / "fonts"
    for path in sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")]):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path, extra={"event": "font"})
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return list(families)
