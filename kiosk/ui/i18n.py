"""Switching the interface language with Qt's translator (.qm files in kiosk/i18n/).

The sources are kiosk/i18n/*.ts, kept up to date by `python -m scripts.i18n`, which runs
pyside6-lupdate and pyside6-lrelease. English is the source language; its .qm only adds
plural forms.

Arabic is written right to left: choosing it turns the whole application's layout direction
to Qt.RightToLeft (every layout mirrors: the primary button moves to the other side, text
aligns right), and any other language turns it back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

# Each language named in itself (the picker shows these).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
    "fil": "Filipino",
    "vi": "Tiếng Việt",
    "th": "ไทย",
    "zh": "中文（简体）",
    "ta": "தமிழ்",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})

_installed: QTranslator | None = None
_current = "en"


def i18n_dir() -> Path:
    return Path(__file__).resolve().parent.parent / "i18n"


def current_language() -> str:
    return _current


def layout_direction(code: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )


def set_language(code: str) -> bool:
    """Install ``code``'s translation (replacing the previous one). False if not shipped."""
    global _installed, _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    base = code.split("_")[0].split("-")[0].lower()
    if base not in LANGUAGES:
        return False
    translator = QTranslator(app)
    if not translator.load(str(i18n_dir() / f"kiosk_{base}.qm")):
        return False
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
    QCoreApplication.installTranslator(translator)  # widgets get a LanguageChange event
    _installed = translator
    _current = base
    QLocale.setDefault(QLocale(base))
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(layout_direction(base))
    return True
