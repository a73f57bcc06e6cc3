"""The lean build's rules (packaging/lean.py), the version resource and the size check."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from scripts import bundle_size

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_kiosk_packaging_{name}", PACKAGING / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


lean = _load("lean")
icu_data = _load("icu_data")
version_info = _load("version_info")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6\\Qt\\plugins\\imageformats\\qtiff.dll",
    ],
)
def test_unused_parts_are_dropped(dest: str) -> None:
    assert lean.dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        # the headless OpenCV: nothing of it is left out
        "cv2/cv2.abi3.so",
        "opencv_python_headless.libs/libavcodec-c4204469.so.62.28.101",
        "opencv_python_headless.libs/libopenblasp-r0-59ffcd50.3.15.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "mediapipe/tasks/c/libmediapipe.so",
        "kiosk/i18n/kiosk_ms.qm",
        "assets/models/face_occlusion.onnx",
    ],
)
def test_what_the_kiosk_uses_is_kept(dest: str) -> None:
    assert not lean.dropped(dest)


def test_symlinks_to_dropped_files_go_too() -> None:
    toc = [
        (
            "libQt6EglFSDeviceIntegration.so.6",
            "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
            "SYMLINK",
        ),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ]
    assert [e[0] for e in lean.filter_toc(toc)] == ["libQt6Core.so.6"]


def test_libraries_nothing_links_any_more_are_pruned() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/sys/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/sys/libgtk-3.so.0", "BINARY"),  # only the dropped GTK theme
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("libportaudio.so.2", "/sys/libportaudio.so.2", "BINARY"),  # ctypes: protected
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libc.so.6"],
        "/sys/libgtk-3.so.0": ["libcairo.so.2"],
    }
    kept = lean.prune_unlinked(
        binaries, lambda src: links.get(src, []), protected=["libportaudio.so.2"]
    )
    assert [e[0] for e in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libportaudio.so.2",
        "libpython3.11.so.1.0",
    ]


def test_auditwheel_libraries_are_never_stripped(tmp_path: Path) -> None:
    elf = b"\x7fELF" + b"\0" * 60
    libs = tmp_path / "numpy.libs"
    libs.mkdir()
    (libs / "libscipy_openblas.so").write_bytes(elf)
    (tmp_path / "ext.so").write_bytes(elf)
    (tmp_path / "own.so").write_bytes(elf)
    (tmp_path / "data.bin").write_bytes(b"data")

    def dynamic(path: Path) -> str:
        return "Library rpath: [$ORIGIN/../numpy.libs]" if path.name == "ext.so" else ""

    assert not lean.strippable(libs / "libscipy_openblas.so", dynamic)
    assert not lean.strippable(tmp_path / "ext.so", dynamic)  # its RPATH was set by auditwheel
    assert not lean.strippable(tmp_path / "data.bin", dynamic)
    assert lean.strippable(tmp_path / "own.so", dynamic)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0))],
)
def test_windows_version_numbers(version: str, numbers: tuple[int, ...]) -> None:
    assert version_info.version_tuple(version) == numbers


def test_size_check_allows_five_percent(tmp_path: Path) -> None:
    assert bundle_size.check(105, 100)[0]
    ok, text = bundle_size.check(106, 100)
    assert not ok and "OVER" in text


def test_size_check_records_and_fails_on_growth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "kiosk"
    dist.mkdir()
    (dist / "a.bin").write_bytes(b"x" * 1000)
    budget = tmp_path / "budget.json"
    budget.write_text(json.dumps({"machine": "test"}))
    assert bundle_size.main([str(dist), "--budget", str(budget), "--record"]) == 0
    assert json.loads(budget.read_text()) == {"machine": "test", "unpacked_bytes": 1000}
    assert bundle_size.main([str(dist), "--budget", str(budget)]) == 0
    (dist / "b.bin").write_bytes(b"x" * 60)
    assert bundle_size.main([str(dist), "--budget", str(budget)]) == 1
    assert "OVER" in capsys.readouterr().err


def test_the_lock_installs_the_headless_opencv_only() -> None:
    """mediapipe declares opencv-contrib-python (Qt 5 and its own Qt plugins); the lock
    keeps it only behind an impossible marker and installs opencv-python-headless instead."""
    lock = (ROOT / "requirements.lock").read_text()
    lines = [line for line in lock.splitlines() if line.startswith("opencv")]
    assert any(line.startswith("opencv-python-headless==") for line in lines)
    for line in lines:
        if line.startswith("opencv-contrib-python=="):
            assert "sys_platform == 'never'" in line
        else:
            assert line.startswith("opencv-python-headless==")
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["tool"]["uv"]["override-dependencies"] == [
        "opencv-contrib-python ; sys_platform == 'never'"
    ]


def test_the_installed_cv2_has_no_gui() -> None:
    import cv2

    info = cv2.getBuildInformation()
    gui = next(line for line in info.splitlines() if line.strip().startswith("GUI:"))
    assert gui.split(":", 1)[1].strip() == "NONE"
    assert not (Path(cv2.__file__).parent / "qt").exists()


# --- ICU's data package (packaging/icu_data.py) ---


def _package(items: dict[str, bytes]) -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    header += b"\0" * (32 - len(header))
    padded = {name: data + b"\xaa" * (-len(data) % 16) for name, data in items.items()}
    return icu_data.write_package(header, padded.items())


def test_icu_package_keeps_what_qt_can_reach() -> None:
    items = {
        "icudt73l/root.res": b"root locale" * 3,
        "icudt73l/pool.res": b"pool",
        "icudt73l/cnvalias.icu": b"aliases",
        "icudt73l/ibm-943_P15A-2003.cnv": b"shift-jis table",
        "icudt73l/coll/zh.res": b"pinyin",
        "icudt73l/zone/th.res": b"time zone names",
        "icudt73l/brkitr/cjdict.dict": b"dictionary" * 9,
        "icudt73l/curr/en.res": b"currencies",
        "icudt73l/translit/root.res": b"transliterators",
        "icudt73l/uts46.spp": b"idna",
    }
    slim, dropped = icu_data.filter_package(_package(items))
    _, kept = icu_data.read_package(slim)
    assert dropped == 4
    assert [name for name, _ in kept] == sorted(
        n
        for n in items
        if not n.startswith(("icudt73l/brkitr", "icudt73l/curr", "icudt73l/tr"))
        and not n.endswith(".spp")
    )
    for name, data in kept:
        assert data.rstrip(b"\xaa") == items[name]


def _venv_qt_lib(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "lib" / name


_ICU_LIB = (
    next(iter(sorted(_venv_qt_lib("").glob("libicudata.so.*"))), None)
    if (sys.platform.startswith("linux"))
    else None
)
_needs_icu = pytest.mark.skipif(_ICU_LIB is None, reason="PySide6 bundles ICU on Linux only")


@_needs_icu
def test_icu_package_is_rewritten_byte_for_byte() -> None:
    """Reading and writing PySide6's own ICU package unchanged gives the same bytes."""
    assert _ICU_LIB is not None
    elf = _ICU_LIB.read_bytes()
    _symbol, offset, size = icu_data.find_data_symbol(elf)
    blob = elf[offset : offset + size]
    header, items = icu_data.read_package(blob)
    assert icu_data.write_package(header, items) == blob


@_needs_icu
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils")
def test_qt_calls_no_icu_function_that_reads_a_dropped_part() -> None:
    """The ICU functions Qt6Core imports are case mapping, collation, calendars/time-zone
    names and codecs; a PySide6 that calls another (break iterators, number formats...)
    must have its data checked before icu_data.UNUSED_TREES may stay."""
    libs = _venv_qt_lib("").glob("libQt6*.so.6")
    out = subprocess.run(
        ["readelf", "--dyn-syms", "-W", *map(str, libs)], capture_output=True, text=True
    ).stdout
    icu = {m for m in re.findall(r" UND (\w+_\d\d)\b", out)}
    assert icu, "Qt links ICU but imports no versioned ICU function?"
    allowed = re.compile(r"^(u_strToUpper|u_strToLower|ucol_\w+|ucal_\w+|ucnv_\w+|UCNV_\w+)_\d\d$")
    assert sorted(s for s in icu if not allowed.match(s)) == []


_ICU_PROBE = r"""
from PySide6.QtCore import (QCollator, QCoreApplication, QDateTime, QLocale, QStringConverter,
                            QStringDecoder, QStringEncoder, QTimeZone, Qt)
app = QCoreApplication([])
words = ["zebra", "Äpfel", "apple", "ñandú", "čaj", "中文", "拼音", "ไทย", "كتاب", "தமிழ்",
         "İstanbul", "ıspanak", "Tiếng Việt", "a10", "a9"]
for loc in ["en_US", "ar", "fil", "id", "ms", "ta", "th", "vi", "zh_CN", "de_DE", "sv_SE",
            "tr_TR", "ja_JP"]:
    c = QCollator(QLocale(loc))
    print(loc, [c.compare(a, b) for a in words for b in words])
    c.setNumericMode(True)
    c.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    print(loc, c.compare("a10", "a9"), c.compare("ABC", "abc"))
    print(loc, QLocale(loc).toUpper("istanbul ıi ß ǆ άέ"), QLocale(loc).toLower("İSTANBUL IÌ ΣΑΣ"))
when = QDateTime.fromSecsSinceEpoch(1780000000)
for zone in [b"Europe/Berlin", b"Asia/Kolkata", b"Asia/Bangkok", b"Asia/Riyadh", b"Asia/Manila",
             b"America/New_York", b"Asia/Shanghai", b"Asia/Kuala_Lumpur", b"UTC"]:
    tz = QTimeZone(zone)
    for loc in ["en_US", "ar", "th", "zh", "ta", "vi", "ms", "id", "fil"]:
        for nt in QTimeZone.NameType:
            for tt in QTimeZone.TimeType:
                print(zone, loc, tz.displayName(tt, nt, QLocale(loc)))
        print(zone, loc, tz.displayName(when, QTimeZone.NameType.LongName, QLocale(loc)))
for name in QStringConverter.availableCodecs():
    print(name, QStringEncoder(name).isValid(), QStringDecoder(name).name())
print(QStringDecoder.decoderForHtml(b'<meta charset="Shift_JIS">').name())
"""


@_needs_icu
@pytest.mark.skipif(
    shutil.which("as") is None or shutil.which("ld") is None, reason="needs binutils"
)
def test_slim_icu_gives_qt_the_same_answers(tmp_path: Path) -> None:
    """Every kind of ICU call Qt makes answers the same with the slim data library (loaded
    in place of the wheel's: same soname, preloaded) as with the whole one."""
    assert _ICU_LIB is not None
    slim = tmp_path / _ICU_LIB.name
    shutil.copyfile(_ICU_LIB, slim)
    before, after, dropped = icu_data.slim_library(slim)
    assert dropped > 1000 and after < before * 0.6
    probe = tmp_path / "probe.py"
    probe.write_text(_ICU_PROBE, encoding="utf-8")

    def run(preload: str | None) -> str:
        env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
        if preload:
            env["LD_PRELOAD"] = preload
        done = subprocess.run(
            [sys.executable, str(probe)], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    whole = run(None)
    assert len(whole.splitlines()) > 1000 and "GMT" in whole
    assert run(str(slim)) == whole
