"""`kiosk --self-test`: one line, exit 0 on a sound installation, 1 naming what is wrong."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from kiosk import cli, selftest
from kiosk.quality import models
from kiosk.resources import assets_dir


@pytest.fixture
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("KIOSK_CONFIG", "KIOSK_API_BASE_URL", "KIOSK_API_TOKEN", "KIOSK_TRUST_FLOW_ID"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


def test_bundled_sample_frame_exists_and_is_small() -> None:
    sample = assets_dir() / "selftest" / "good.jpg"
    assert sample.is_file()
    assert sample.stat().st_size < 200_000


@pytest.mark.slow
def test_self_test_passes_on_this_checkout(qapp: object, no_user_config: None) -> None:
    out = io.StringIO()
    assert selftest.run_self_test(out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    line = lines[0]
    assert "self-test passed" in line
    for words in ("5 models", "sample frame passes", "too_dark", "screens render", "verified"):
        assert words in line


def test_self_test_fails_on_a_corrupt_model_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_user_config: None
) -> None:
    folder = tmp_path / "models"
    shutil.copytree(models.models_dir(), folder)
    (folder / models.OCCLUSION_FILE).write_bytes(b"not a model")
    monkeypatch.setattr(models, "models_dir", lambda: folder)
    monkeypatch.setattr(selftest, "_screens", lambda sample: "screens skipped")
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    (line,) = out.getvalue().splitlines()
    assert "self-test FAILED" in line
    assert "models:" in line and "face_occlusion.onnx" in line
    assert "submission" not in line  # not attempted without the models


def test_a_crashing_check_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch, no_user_config: None
) -> None:
    from kiosk.selftest import steps

    def boom() -> str:
        raise OSError("disk gone")

    monkeypatch.setattr(steps, "check_models", boom)
    monkeypatch.setattr(selftest, "_screens", lambda sample: "screens skipped")
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "models: OSError: disk gone" in out.getvalue()


def test_a_broken_configuration_fails_the_self_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_user_config: None
) -> None:
    from kiosk.selftest import steps

    bad = tmp_path / "bad.toml"
    bad.write_text("[api]\nmax_attempts = 0\n")
    monkeypatch.setenv("KIOSK_CONFIG", str(bad))
    with pytest.raises(selftest.SelfTestFailure, match=r"api\.max_attempts"):
        steps.check_configuration()


def test_cli_flag_runs_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "run_self_test", lambda: 7)
    assert cli.main(["--self-test"]) == 7
