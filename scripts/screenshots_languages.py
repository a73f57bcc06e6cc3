"""Kiosk screens in the kiosk's languages: `python -m scripts.screenshots_languages`.

Into docs/screenshots/languages/<size>/, real widgets with the bundled fonts, offscreen:

- 1920x1080, every one of the nine languages: the attract screen (also with the language
  list open), the consent notice, the guidance, the verified result and the
  quality-rejected one;
- 1366x768 and 1080x1920, the non-Latin scripts (Thai, Tamil, Simplified Chinese and
  Arabic): attract (also with the list open), guidance and the quality-rejected result.

Arabic is mirrored. ``--size WxH`` (repeatable) renders only those sizes.
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
ALL_LANGS = ("en", "ms", "id", "fil", "vi", "th", "zh", "ta", "ar")
SCRIPTS = ("th", "ta", "zh", "ar")
SCREENS = ("attract", "aligning_too_small", "result_quality_rejected")
FULL_HD = ("attract", "consent", "aligning_too_small", "result_verified", "result_quality_rejected")
# size -> (languages, screens)
PLAN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "1920x1080": (ALL_LANGS, FULL_HD),
    "1366x768": (SCRIPTS, SCREENS),
    "1080x1920": (SCRIPTS, SCREENS),
}


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

    args = argv if argv is not None else sys.argv[1:]
    wanted = [args[i + 1] for i, a in enumerate(args) if a == "--size" and i + 1 < len(args)]
    app = make_app()
    frames = shots._frames()
    reports = shots._analyse(frames)
    scenes: dict[str, catalogue.Scene] = {k: (reports[k], frames[k]) for k in frames}
    print(f"writing screenshots to {OUT}")
    for size_name, (langs, names) in PLAN.items():
        if wanted and size_name not in wanted:
            continue
        controller, window = shots._window(True, catalogue.SIZES[size_name])
        for lang in langs:
            assert i18n.set_language(lang), lang
            # made afresh: the result's countdown counts from the screen's own start
            screens = {s.name: s for s in catalogue.screens(True, scenes)}
            for name in names:
                catalogue.show(window, controller, screens[name])
                shots._shoot(window, OUT / size_name / f"kiosk_{name}_{lang}.png", app)
            catalogue.show(window, controller, screens["attract"])
            _with_menu(window, OUT / size_name / f"kiosk_attract_languages_{lang}.png", app)
        i18n.set_language("en")
        shots._close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
