"""`kiosk check`: JSON lines, exit codes, and bad input that never stops the run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from tests import framegen as fg


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def images(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("check")
    out = {}
    good = d / "good.jpg"
    cv2.imwrite(str(good), fg.good("obama.jpg"))
    out["good"] = good
    small = d / "far away.png"
    cv2.imwrite(str(small), fg.compose("obama.jpg", (1280, 720), 0.1))
    out["small"] = small
    corrupt = d / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    out["corrupt"] = corrupt
    truncated = d / "truncated.jpg"
    truncated.write_bytes(good.read_bytes()[:2000])
    out["truncated"] = truncated
    empty = d / "empty.png"
    empty.write_bytes(b"")
    out["empty"] = empty
    # A tiny PNG whose header claims 100000 x 100000 pixels.
    _ok, buf = cv2.imencode(".png", np.zeros((20, 20, 3), np.uint8))
    raw = bytearray(buf.tobytes())
    raw[16:24] = (100_000).to_bytes(4, "big") * 2
    huge = d / "huge.png"
    huge.write_bytes(bytes(raw))
    out["huge"] = huge
    return out


def test_json_lines_for_passing_and_failing_images(images):
    p = _kiosk("check", "--json", str(images["good"]), str(images["small"]))
    assert p.returncode == 1, p.stderr
    rows = [json.loads(line) for line in p.stdout.splitlines()]
    assert [r["image"] for r in rows] == [str(images["good"]), str(images["small"])]
    good, small = rows
    assert good["passed"] is True and good["failures"] == [] and good["message"] is None
    assert good["faces"] == 1 and good["metrics"]["ied_px"] > 50
    assert set(good) == {
        "image",
        "passed",
        "failures",
        "message",
        "hint",
        "faces",
        "metrics",
        "elapsed_ms",
    }
    assert small["failures"][0] == "face_too_small"
    assert small["message"] == "Face is too small. Please move face closer to the camera."
    assert small["hint"] == "Move closer"


def test_all_passing_exits_zero(images):
    p = _kiosk("check", "--json", str(images["good"]))
    assert p.returncode == 0


@pytest.mark.parametrize("bad", ["corrupt", "truncated", "empty", "huge"])
def test_unreadable_files_give_a_one_line_error_and_the_run_goes_on(images, bad):
    p = _kiosk("check", "--json", str(images[bad]), str(images["good"]))
    assert p.returncode == 2
    lines = p.stdout.splitlines()
    assert len(lines) == 2  # nothing but JSON on stdout
    err = json.loads(lines[0])
    assert set(err) == {"image", "error"} and "\n" not in err["error"] and err["error"]
    assert json.loads(lines[1])["passed"] is True
    assert "Traceback" not in p.stderr


def test_missing_file_and_directory(images, tmp_path):
    p = _kiosk("check", "--json", str(tmp_path / "nope.jpg"), str(tmp_path))
    assert p.returncode == 2
    errors = [json.loads(x)["error"] for x in p.stdout.splitlines()]
    assert errors == ["file not found", "is a directory, not an image"]


def test_table_output_is_readable(images):
    p = _kiosk("check", str(images["good"]), str(images["small"]), str(images["corrupt"]))
    assert p.returncode == 2
    assert "PASS" in p.stdout and "FAIL" in p.stdout and "ERROR" in p.stdout
    assert "Move closer" in p.stdout
    assert "Traceback" not in p.stderr
    # MediaPipe's native log lines stay off the terminal.
    assert "WARNING" not in p.stderr and "INFO" not in p.stderr
