"""Rebuild assets/fonts/ from Debian's Noto packages: `python -m scripts.fonts [--debs DIR]`.

The kiosk's theme fonts (Segoe UI, SF Pro, DejaVu Sans) are Latin-only on a bare Linux
kiosk: Thai, Tamil, Arabic and Chinese would show empty boxes. Windows and macOS ship fonts
for all four; a Debian/Ubuntu kiosk often has none. So the kiosk bundles:

- Noto Sans Thai UI, Noto Sans Tamil UI, Noto Sans Arabic UI (Regular, Bold) from
  ``fonts-noto-ui-core`` (the "UI" cuts keep Latin line heights: no clipped stacks), as is;
- Noto Sans CJK SC Regular and Bold from ``fonts-noto-cjk``, each cut to GB 2312 (the 6,763
  hanzi and the symbols of everyday Simplified Chinese) with fontTools: 3 MB each instead
  of a 19-20 MB collection. A rarer character falls back to the system's fonts. The Bold
  is needed: Qt synthesises bold only from weight 700, so with Regular alone a semibold
  (600) label — the language button, the staff buttons — drew its Latin letters bold and
  its Chinese regular.

Needs ``apt-get download`` and ``dpkg-deb`` (Debian/Ubuntu), or ``--debs DIR`` holding the
two .deb files. Writes the fonts, SHA256SUMS and the origin/version lines of NOTICE.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
PACKAGES = ("fonts-noto-ui-core", "fonts-noto-cjk")
COPIED = {
    "fonts-noto-ui-core": (
        "usr/share/fonts/truetype/noto/NotoSansThaiUI-Regular.ttf",
        "usr/share/fonts/truetype/noto/NotoSansThaiUI-Bold.ttf",
        "usr/share/fonts/truetype/noto/NotoSansTamilUI-Regular.ttf",
        "usr/share/fonts/truetype/noto/NotoSansTamilUI-Bold.ttf",
        "usr/share/fonts/truetype/noto/NotoSansArabicUI-Regular.ttf",
        "usr/share/fonts/truetype/noto/NotoSansArabicUI-Bold.ttf",
    ),
}
CJK_FACE = 2  # Noto Sans CJK SC in the collection (JP, KR, SC, TC, HK, then the Mono cuts)
CJK = {  # source collection -> the subset written
    "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc": "NotoSansCJKsc-Regular-GB2312.otf",
    "usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc": "NotoSansCJKsc-Bold-GB2312.otf",
}


def gb2312_and_common() -> set[int]:
    """Every character of GB 2312, plus ASCII, CJK punctuation and full-width forms."""
    chars = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    chars |= {0xB7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026}
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def subset_cjk(src: Path, dest: Path) -> None:
    from fontTools import subset  # a dependency of matplotlib, in the dev environment

    opts = subset.Options()
    opts.font_number = CJK_FACE
    opts.hinting = False
    opts.layout_features = ["*"]
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.notdef_outline = True
    font = subset.load_font(str(src), opts)
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=gb2312_and_common())
    subsetter.subset(font)
    subset.save_font(font, str(dest), opts)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.fonts", description=__doc__)
    parser.add_argument("--debs", type=Path, help="a folder with the .deb files already")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        debs = args.debs or Path(tmp)
        if args.debs is None:
            subprocess.run(["apt-get", "download", *PACKAGES], cwd=debs, check=True)
        OUT.mkdir(parents=True, exist_ok=True)
        origin = []
        for package in PACKAGES:
            (deb,) = sorted(debs.glob(f"{package}_*.deb"))
            tree = Path(tmp) / package
            subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
            version = subprocess.run(
                ["dpkg-deb", "--field", str(deb), "Version"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            origin.append(f"{package} {version} ({deb.name}, sha256 {sha256(deb)})")
            for rel in COPIED.get(package, ()):
                shutil.copy2(tree / rel, OUT / Path(rel).name)
            if package == "fonts-noto-cjk":
                for source, out in CJK.items():
                    subset_cjk(tree / source, OUT / out)
    fonts = sorted(p for p in OUT.iterdir() if p.suffix in (".ttf", ".otf"))
    (OUT / "SHA256SUMS").write_text("".join(f"{sha256(p)}  {p.name}\n" for p in fonts))
    print("\n".join(origin))
    print(f"{sum(p.stat().st_size for p in fonts)} bytes in {len(fonts)} fonts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
