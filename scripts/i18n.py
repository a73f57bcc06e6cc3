"""Refresh the translation sources and compile them: `python -m scripts.i18n`.

pyside6-lupdate extracts every tr()/translate() string from kiosk/ui into
kiosk/i18n/kiosk_<lang>.ts (keeping existing translations); translators edit the .ts
(e.g. with pyside6-linguist); pyside6-lrelease compiles them to the .qm files the app loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ms", "id", "fil", "vi")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").glob("*.py"))
    for lang in LANGS:
        ts = ROOT / "kiosk" / "i18n" / f"kiosk_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
