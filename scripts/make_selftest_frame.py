"""Write the self-test's sample frame, assets/selftest/good.jpg (`make selftest-frame`).

A 640x480 camera-like frame built from a public-domain portrait in tests/data/photos
(tests/data/SOURCES.md): one face, centred, well lit and well sized, so every rule passes
with margin and a threshold retune does not flip it. `kiosk --self-test` checks that it
passes and that the same frame darkened fails too_dark.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2

from tests import framegen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "selftest" / "good.jpg"
PHOTO = "obama.jpg"
SIZE = (640, 480)
JPEG_QUALITY = 85


def main() -> int:
    frame = framegen.good(PHOTO, SIZE)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not cv2.imwrite(str(OUT), frame, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY]):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes, {PHOTO} at {SIZE[0]}x{SIZE[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
