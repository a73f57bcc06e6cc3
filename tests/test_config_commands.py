"""`kiosk check` and `kiosk submit` read the same configuration, [quality] included, so
they cannot give opposite verdicts on one image; a bad [quality] stops both at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import pytest

from tests import framegen as fg


def _kiosk(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env["KIOSK_CONFIG"] = str(config)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real store
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.fixture(scope="module")
def good_image(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cfgcmd") / "good.jpg"
    cv2.imwrite(str(path), fg.good("obama.jpg"))
    return path


def test_check_and_submit_both_apply_the_quality_section(tmp_path: Path, good_image: Path):
    # A face that passes the defaults is "too small" once min_ied_px asks for 1000 px.
    config = tmp_path / "config.toml"
    config.write_text("[quality]\nmin_ied_px = 1000\n", encoding="utf-8")
    check = _kiosk(config, "check", "--json", str(good_image))
    assert check.returncode == 1, check.stderr
    row = json.loads(check.stdout.strip().splitlines()[-1])
    assert row["passed"] is False and "face_too_small" in row["failures"]
    submit = _kiosk(config, "submit", "--json", str(good_image))
    outcome = json.loads(submit.stdout.strip().splitlines()[-1])
    assert outcome["outcome"] != "verified", outcome
    assert "face_too_small" in json.dumps(outcome)


def test_a_bad_quality_section_stops_check_with_one_line_naming_the_key(
    tmp_path: Path, good_image: Path
):
    config = tmp_path / "config.toml"
    config.write_text("[quality]\nmin_ied = 45\nmax_yaw_deg = -3\n", encoding="utf-8")
    check = _kiosk(config, "check", str(good_image))
    assert check.returncode == 2
    (line,) = check.stderr.strip().splitlines()
    assert "quality.min_ied: unknown threshold (did you mean quality.min_ied_px?)" in line
    assert "quality.max_yaw_deg: must not be negative" in line
    assert "Traceback" not in check.stderr
