"""Kiosk screens in the non-Latin scripts: `python -m scripts.screenshots_languages`.

The attract screen (with the language list open), the guidance and the quality-rejected
result in Thai, Tamil, Simplified Chinese and Arabic (mirrored), at 1366x768 and
1080x1920, into docs/screenshots/languages/. Real widgets with the bundled fonts, offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from scripts import screen_catalogue as catalogue
from scripts import screenshots as shots

OUT = shots.OUT / "languages"
LANGS = ("th", "ta", "zh", "ar")
SIZES = ("1366x768", "1080x1920")
SCREENS = ("attract", "aligning_too_small", "result_quality_rejected")


def _with_menu(window: shots.QWidget, path: Path, app: QApplication) -> None:
    """The window with the language list open over it. A popup is its own window, and the
    offscreen platform's screen is 800x600 (Qt would push the list into it): the list is
    drawn where the picker opens it."""
    picker = window.language_bar  # type: ignore[attr-defined]
    picker.open_menu()
    for _ in range(3):
        app.processEvents()
    canvas = QPixmap(window.grab())
    menu = picker.menu
    painter = QPainter(canvas)
    painter.drawPixmap(window.mapFromGlobal(picker.menu_position()), menu.grab())
    painter.end()
    menu.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(str(path), "PNG", 0)
    print(f"  {path.relative_to(shots.OUT)}")


def main(argv: list[str] | None = None) -> int:
    from kiosk.ui import i18n
    from kiosk.ui.runner import make_app

    app = make_app()
    frames = shots._frames()
    reports = shots._analyse(frames)
    scenes: dict[str, catalogue.Scene] = {k: (reports[k], frames[k]) for k in frames}
    print(f"writing screenshots to {OUT}")
    for size_name in SIZES:
        controller, window = shots._window(True, catalogue.SIZES[size_name])
        screens = {s.name: s for s in catalogue.screens(True, scenes)}
        for lang in LANGS:
            assert i18n.set_language(lang), lang
            for name in SCREENS:
                catalogue.show(window, controller, screens[name])
                shots._shoot(window, OUT / size_name / f"kiosk_{name}_{lang}.png", app)
            catalogue.show(window, controller, screens["attract"])
            _with_menu(window, OUT / size_name / f"kiosk_attract_languages_{lang}.png", app)
        i18n.set_language("en")
        shots._close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
