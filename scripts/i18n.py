"""Refresh the translation sources and compile them: `python -m scripts.i18n`.

pyside6-lupdate extracts every tr()/translate() string from kiosk/ui into
kiosk/i18n/kiosk_<lang>.ts (keeping existing translations); translators edit the .ts
(e.g. with pyside6-linguist); pyside6-lrelease compiles them to the .qm files the app loads.

The .ts files carry no source locations (``-locations none``) and no obsolete entries
(``-no-obsolete``), so a run changes them only when a string changes, never because a line
moved. ``python -m scripts.i18n --check`` does the same into a temporary folder and says
which files would change (exit 1) — a test runs it, so the committed catalog always
round-trips.

lupdate reads the source, it does not run it: only ``QCoreApplication.translate(context,
text)``, ``QT_TRANSLATE_NOOP(context, text)`` and ``self.tr(text)`` inside a class are
understood. An alias (``tr = QCoreApplication.translate``; ``tr("Result", "...")``) is read
as ``tr(source, disambiguation)`` in the wrong context and corrupts the catalog:
:func:`alias_calls` finds those, and both the run and the check refuse them.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "kiosk" / "i18n"
SOURCES = ROOT / "kiosk" / "ui"
# Code -> the .ts file's language attribute (Qt's locale name).
LANGS: dict[str, str] = {
    "en": "en_GB",
    "ms": "ms_MY",
    "id": "id_ID",
    "fil": "fil_PH",
    "vi": "vi_VN",
    "th": "th_TH",
    "zh": "zh_CN",
    "ta": "ta_IN",
    "ar": "ar",
}


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else name


def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.py"))


def alias_calls(paths: list[Path]) -> list[str]:
    """``file:line`` of each call lupdate would misread: a bare ``tr(...)`` outside a method
    call (an alias of QCoreApplication.translate) or ``something.tr(...)`` on an object
    other than ``self`` (lupdate files it under a context named after the variable)."""
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            bare = isinstance(fn, ast.Name) and fn.id == "tr"
            other = (
                isinstance(fn, ast.Attribute)
                and fn.attr == "tr"
                and not (isinstance(fn.value, ast.Name) and fn.value.id in ("self", "cls"))
            )
            if bare or other:
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{node.lineno}")
    return found


def update(folder: Path) -> None:
    """lupdate then lrelease every language's catalog in ``folder``."""
    files = [str(p) for p in sources()]
    for lang, locale in LANGS.items():
        ts = folder / f"kiosk_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                locale,
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def check() -> list[str]:
    """The catalog files a run would change (empty: the committed catalog round-trips)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in LANGS:
            for suffix in (".ts", ".qm"):
                src = I18N / f"kiosk_{lang}{suffix}"
                if src.exists():
                    shutil.copy2(src, folder / src.name)
        update(folder)
        changed = []
        for lang in LANGS:
            for suffix in (".ts", ".qm"):
                name = f"kiosk_{lang}{suffix}"
                committed = I18N / name
                if not committed.exists() or not filecmp.cmp(
                    committed, folder / name, shallow=False
                ):
                    changed.append(name)
        return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.i18n", description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a run would"
    )
    args = parser.parse_args(argv)
    aliases = alias_calls(sources())
    if aliases:
        print(
            "lupdate cannot read these translate calls (use QCoreApplication.translate("
            "context, text) or self.tr(text)): " + ", ".join(aliases),
            file=sys.stderr,
        )
        return 1
    if args.check:
        changed = check()
        if changed:
            print("out of date (run make translations): " + ", ".join(changed), file=sys.stderr)
            return 1
        return 0
    update(I18N)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
