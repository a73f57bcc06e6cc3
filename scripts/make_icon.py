"""Write assets/icon.png (512 px) from the app's own icon painter (`make icon`).

PyInstaller turns it into the Windows .ico and the macOS .icns; the Linux .desktop entry
uses it as is.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "icon.png"
SIZE = 512


def main() -> int:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    from kiosk.ui.icons import paint_app_icon

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_app_icon(painter, QRectF(0, 0, SIZE, SIZE))
    painter.end()
    ok = image.save(str(OUT))
    del app
    print(f"{OUT.relative_to(ROOT)}: {SIZE}x{SIZE}" if ok else f"could not write {OUT}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
