"""Plural forms through Qt's ``%n`` translations, also where a language falls back to English.

``self.tr("%n attempt(s) left.", "", n)`` picks the right form from the installed .qm. The
staff screens are translated in English and Malay only; in the other languages such a
string is not in the .qm at all and Qt would show the source, "4 attempt(s) left". Here the
English .qm's forms are used instead ("4 attempts left", "1 attempt left").
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from kiosk.ui.i18n import i18n_dir

_english: QTranslator | None = None


def _english_forms() -> QTranslator | None:
    global _english
    if _english is None:
        translator = QTranslator()
        if not translator.load(str(i18n_dir() / "kiosk_en.qm")):
            return None
        _english = translator
    return _english


def plural(translated: str, context: str, source: str, n: int) -> str:
    """``translated`` (what ``self.tr(source, "", n)`` gave — the call stays in the code so
    that lupdate finds the string), or English's plural form when the current language has
    no translation of it and Qt gave the source back."""
    if translated != source.replace("%n", str(n)):
        return translated
    english = _english_forms()
    found = english.translate(context, source, None, n) if english is not None else ""
    return found.replace("%n", str(n)) if found else translated
