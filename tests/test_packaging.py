"""The lean build's rules (packaging/lean.py), the version resource and the size check."""

from __future__ import annotations

import importlib.util
import json
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
version_info = _load("version_info")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
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
