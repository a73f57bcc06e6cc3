"""The configuration file: where it lives, env overrides, one-line errors naming the key,
and saving that never writes the token."""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from kiosk.config import (
    Config,
    ConfigError,
    default_config_path,
    dump_config,
    load_config,
    parse_config,
    save_config,
)
from kiosk.credentials import Secret, store_token
from kiosk.pin import hash_pin, verify_pin
from tests.api_support import SECRET_TOKEN, MemoryKeyring


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_per_os_default_paths() -> None:
    env = {"APPDATA": r"C:\Users\k\AppData\Roaming", "HOME": "/home/k"}
    win = default_config_path(env, "win32")
    assert win.parts[-2:] == ("IDmetaKiosk", "config.toml")
    assert str(win).startswith(r"C:\Users\k\AppData\Roaming")
    mac = default_config_path({"HOME": "/Users/k"}, "darwin")
    assert mac == Path("/Users/k/Library/Application Support/IDmetaKiosk/config.toml")
    xdg = default_config_path({"HOME": "/home/k", "XDG_CONFIG_HOME": "/cfg"}, "linux")
    assert xdg == Path("/cfg/idmeta-kiosk/config.toml")
    assert default_config_path({"HOME": "/home/k"}, "linux") == Path(
        "/home/k/.config/idmeta-kiosk/config.toml"
    )
    assert default_config_path({"KIOSK_CONFIG": "/etc/k.toml", "HOME": "/h"}, "linux") == Path(
        "/etc/k.toml"
    )


def test_no_file_means_defaults_and_sandbox_mode(tmp_path: Path) -> None:
    cfg = load_config(env={"HOME": str(tmp_path)}, use_credential_store=False)
    assert cfg == Config()
    assert cfg.api.uses_sandbox
    assert (cfg.api.read_timeout_s, cfg.api.max_image_side, cfg.api.finalize) == (30.0, 1280, True)
    assert (cfg.camera.width, cfg.camera.height, cfg.ui.mode) == (1280, 720, "staff")


def test_file_then_environment(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[api]
base_url = "https://integrate.idmetagroup.com"
trust_flow_id = 1708
read_timeout_s = 12
kiosk_id = "lobby-2"

[camera]
source = 1
mirror_preview = false

[ui]
mode = "kiosk"
language = "pt_BR"

[quality]
max_yaw_deg = 18
min_ied_px = 45.5
""",
    )
    cfg = load_config(path, env={}, use_credential_store=False)
    assert cfg.api.trust_flow_id == "1708" and cfg.api.read_timeout_s == 12.0
    assert cfg.camera.source == "1" and cfg.camera.mirror_preview is False
    assert cfg.ui.mode == "kiosk" and cfg.quality == {"max_yaw_deg": 18, "min_ied_px": 45.5}
    assert cfg.path == path
    env = {
        "KIOSK_API_BASE_URL": "https://b2b.idmetagroup.com/",
        "KIOSK_API_TOKEN": SECRET_TOKEN,
        "KIOSK_TRUST_FLOW_ID": "99",
        "KIOSK_API_TIMEOUT": "7.5",
    }
    over = load_config(path, env=env, use_credential_store=False)
    assert over.api.base_url == "https://b2b.idmetagroup.com"
    assert (over.api.trust_flow_id, over.api.read_timeout_s) == ("99", 7.5)
    assert over.api.token == Secret(SECRET_TOKEN) and not over.api.uses_sandbox
    assert SECRET_TOKEN not in repr(over) + str(over)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[api\nbase_url = 1", "invalid TOML"),
        ("[api]\nread_timeout_s = 'soon'", "api.read_timeout_s: expected a number, got 'soon'"),
        ("[api]\nfinalize = 'yes'", "api.finalize: expected true or false"),
        ("[api]\nmax_image_side = 12.5", "api.max_image_side: expected a whole number"),
        ("[api]\nmax_image_side = 100", "api.max_image_side: expected a value from 320 to 4096"),
        (
            "[api]\nread_timeout = 5",
            "api.read_timeout: unknown key (did you mean api.read_timeout_s?)",
        ),
        ("[camra]\nwidth = 5", "camra: unknown key (did you mean camera?)"),
        ("[api]\ntoken = 'abc'", "api.token: the API token is never read from a file"),
        ("[api]\nbase_url = 'http://idmeta.example.com'", "api.base_url: https is required"),
        ("[api]\nbase_url = 'https://user:pw@x.com'", "api.base_url: must not contain credentials"),
        ("[ui]\nmode = 'party'", "ui.mode: expected one of 'staff', 'kiosk'"),
        ("[ui]\nlanguage = 'English'", "ui.language"),
        ("[kiosk]\npin_hash = '1234'", "kiosk.pin_hash: not a PIN hash"),
        ("[quality]\nmax_yaw_deg = 'wide'", "quality.max_yaw_deg: expected a number"),
        (
            "[quality]\nmin_ied = 45",
            "quality.min_ied: unknown threshold (did you mean quality.min_ied_px?)",
        ),
        ("[quality]\nmax_yaw_deg = -5", "quality.max_yaw_deg: must not be negative"),
        ("[quality]\nmin_sharpness = true", "quality.min_sharpness: expected a number"),
        ("api = 3", "api: expected a [api] table"),
        ("version = 2", "version: expected 1"),
    ],
)
def test_a_broken_file_is_one_line_naming_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path, env={}, use_credential_store=False)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_bad_environment_values_name_the_variable(tmp_path: Path) -> None:
    for env, name in (
        ({"KIOSK_API_TIMEOUT": "soon"}, "KIOSK_API_TIMEOUT"),
        ({"KIOSK_API_TIMEOUT": "0"}, "KIOSK_API_TIMEOUT"),
        ({"KIOSK_API_BASE_URL": "http://example.com"}, "KIOSK_API_BASE_URL"),
        ({"KIOSK_TRUST_FLOW_ID": "a b"}, "KIOSK_TRUST_FLOW_ID"),
    ):
        with pytest.raises(ConfigError, match=name):
            load_config(env={"HOME": str(tmp_path), **env}, use_credential_store=False)


def test_an_explicit_path_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(env={"KIOSK_CONFIG": str(tmp_path / "missing.toml")})


def test_settings_changes_are_validated_too() -> None:
    cfg = Config()
    with pytest.raises(ConfigError, match=r"ui\.steady_seconds"):
        dataclasses.replace(cfg.ui, steady_seconds=-1)
    with pytest.raises(ConfigError, match=r"api\.read_timeout_s"):
        dataclasses.replace(cfg.api, read_timeout_s=float("nan"))


def test_save_and_load_round_trip_without_the_token(tmp_path: Path) -> None:
    cfg = parse_config(
        """
[api]
base_url = "https://integrate.idmetagroup.com"
trust_flow_id = "1708"
kiosk_id = "Lobby \\"east\\" \\\\ 2"
[camera]
source = "C:\\\\videos\\\\demo.mp4"
[kiosk]
pin_hash = "{}"
[quality]
max_roll_deg = 12.5
""".format(hash_pin("2468", iterations=1000))
    )
    cfg = dataclasses.replace(cfg, api=dataclasses.replace(cfg.api, token=Secret(SECRET_TOKEN)))
    path = save_config(cfg, tmp_path / "sub" / "config.toml")
    text = path.read_text(encoding="utf-8")
    assert SECRET_TOKEN not in text and "token" not in text.split("\n", 3)[3]
    back = load_config(path, env={}, use_credential_store=False)
    assert back == cfg  # the token is not part of equality: it never round-trips via files
    assert back.api.kiosk_id == 'Lobby "east" \\ 2'
    assert back.camera.source == "C:\\videos\\demo.mp4"
    assert verify_pin("2468", back.kiosk.pin_hash) and not verify_pin("1357", back.kiosk.pin_hash)
    assert not list(tmp_path.glob("sub/*.tmp"))  # written atomically


def test_dump_lists_every_setting_for_the_staff_to_edit() -> None:
    text = dump_config(Config())
    for key in (
        "base_url",
        "read_timeout_s",
        "max_payload_bytes",
        "mirror_preview",
        "idle_reset_s",
    ):
        assert f"\n{key} = " in text


def test_token_from_the_credential_store_when_not_in_the_environment(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    env = {"HOME": str(tmp_path), "KIOSK_API_BASE_URL": "https://integrate.idmetagroup.com"}
    assert not load_config(env=env).api.token
    store_token(SECRET_TOKEN)
    cfg = load_config(env=env)
    assert cfg.api.token.reveal() == SECRET_TOKEN and cfg.notices == ()
    env_wins = load_config(env={**env, "KIOSK_API_TOKEN": "from-env"})
    assert env_wins.api.token.reveal() == "from-env"


def test_no_credential_store_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        cfg = load_config(env={"HOME": str(tmp_path)})
    finally:
        keyring.set_keyring(previous)
    assert not cfg.api.token
    assert len(cfg.notices) == 1 and "KIOSK_API_TOKEN" in cfg.notices[0]


def test_every_problem_in_the_file_is_reported_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
[api]
read_timeout_s = "soon"
max_attempts = 0
[camera]
width = 10
[ui]
mode = "party"
[quality]
min_ied = 40
""",
    )
    with pytest.raises(ConfigError) as err:
        load_config(path, env={}, use_credential_store=False)
    message = str(err.value)
    assert "\n" not in message and message.startswith(str(path))
    assert err.value.problems == {
        "api.read_timeout_s": "expected a number, got 'soon'",
        "api.max_attempts": "expected a value from 1 to 10, got 0",
        "camera.width": "expected a value from 160 to 7680, got 10",
        "ui.mode": "expected one of 'staff', 'kiosk'",
        "quality.min_ied": "unknown threshold (did you mean quality.min_ied_px?)",
    }
    for key in err.value.problems:
        assert key in message


def test_changes_from_the_settings_are_checked_together() -> None:
    from kiosk.config import config_with

    base = Config()
    with pytest.raises(ConfigError) as err:
        config_with(
            base,
            {
                "camera": {"width": 99_999},
                "ui": {"steady_seconds": -1.0, "idle_reset_s": 0.5},
                "kiosk": {"lockout_s": 1e9},
                "quality": {"max_roll_deg": -1.0},
            },
        )
    assert set(err.value.problems) == {
        "camera.width",
        "ui.steady_seconds",
        "ui.idle_reset_s",
        "kiosk.lockout_s",
        "quality.max_roll_deg",
    }
    good = config_with(base, {"ui": {"steady_seconds": 2.5}, "quality": {"min_ied_px": 50.0}})
    assert good.ui.steady_seconds == 2.5 and good.thresholds().min_ied_px == 50.0


FILE_WITH_API = """
[api]
base_url = "https://integrate.idmetagroup.com"
trust_flow_id = "1708"
read_timeout_s = 12.0
"""


def test_environment_overrides_are_never_written_back(tmp_path: Path) -> None:
    path = write(tmp_path, FILE_WITH_API)
    env = {
        "KIOSK_API_BASE_URL": "https://staging.example.com",
        "KIOSK_TRUST_FLOW_ID": "99",
        "KIOSK_API_TIMEOUT": "7.5",
        "KIOSK_API_TOKEN": SECRET_TOKEN,
    }
    cfg = load_config(path, env=env, use_credential_store=False)
    assert (cfg.api.base_url, cfg.api.trust_flow_id, cfg.api.read_timeout_s) == (
        "https://staging.example.com",
        "99",
        7.5,
    )
    # The staff change something else in the settings and save.
    cfg = dataclasses.replace(cfg, camera=dataclasses.replace(cfg.camera, width=1920))
    save_config(cfg)
    text = path.read_text(encoding="utf-8")
    for leaked in ("staging.example.com", '"99"', "7.5", SECRET_TOKEN):
        assert leaked not in text
    back = load_config(path, env={}, use_credential_store=False)
    assert (back.api.base_url, back.api.trust_flow_id, back.api.read_timeout_s) == (
        "https://integrate.idmetagroup.com",
        "1708",
        12.0,
    )
    assert back.camera.width == 1920


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_saved_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[ui]\nmode = 'staff'\n", encoding="utf-8")
    path.chmod(0o644)  # as older versions and a default umask left it
    cfg = dataclasses.replace(
        Config(),
        kiosk=dataclasses.replace(Config().kiosk, pin_hash=hash_pin("2468", iterations=1000)),
    )
    save_config(cfg, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    fresh = save_config(cfg, tmp_path / "new" / "config.toml")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    assert stat.S_IMODE(fresh.parent.stat().st_mode) & 0o077 == 0


def test_a_failed_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, FILE_WITH_API)

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        save_config(Config(), path)
    assert path.read_text(encoding="utf-8") == FILE_WITH_API
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no temporary left


def test_quality_overrides_reach_the_thresholds() -> None:
    cfg = parse_config("[quality]\nmax_yaw_deg = 18\nmin_ied_px = 45.5\n")
    thresholds = cfg.thresholds()
    assert (thresholds.max_yaw_deg, thresholds.min_ied_px) == (18.0, 45.5)
