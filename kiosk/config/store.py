"""Where the configuration lives, reading it (file, then environment) and writing it.

The file is read with :mod:`tomllib`, validated as a whole (every problem at once) and
written with ``tomli_w``: atomically (a temporary file in the same folder, then a rename)
and readable by its owner only, since it holds the staff PIN's hash. Environment
overrides apply to this run only and are never written back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import TypeAdapter, ValidationError

from kiosk.config.errors import ConfigError, problems_from, unknown_key
from kiosk.config.model import SECTIONS, Config, file_fields
from kiosk.credentials import TOKEN_ENV, lookup_token

CONFIG_ENV = "KIOSK_CONFIG"
BASE_URL_ENV = "KIOSK_API_BASE_URL"
TRUST_FLOW_ENV = "KIOSK_TRUST_FLOW_ID"
TIMEOUT_ENV = "KIOSK_API_TIMEOUT"
CONFIG_VERSION = 1
# Environment variable for each setting it overrides (for this run only, never saved).
ENV_OVERRIDES: dict[str, str] = {
    "api.base_url": BASE_URL_ENV,
    "api.trust_flow_id": TRUST_FLOW_ENV,
    "api.read_timeout_s": TIMEOUT_ENV,
}
_TOP_LEVEL = (*SECTIONS, "quality", "version")
_ADAPTER = TypeAdapter(Config)


def default_config_path(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> Path:
    """The per-OS config file; ``KIOSK_CONFIG`` overrides it."""
    env = os.environ if env is None else env
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV]).expanduser()
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / "IDmetaKiosk" / "config.toml"
    if platform == "darwin":
        return home / "Library" / "Application Support" / "IDmetaKiosk" / "config.toml"
    xdg = env.get("XDG_CONFIG_HOME")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".config"
    return base / "idmeta-kiosk" / "config.toml"


def load_config(
    path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    *,
    use_credential_store: bool = True,
) -> Config:
    """Read the config file (defaults when the default file does not exist), then env.

    An explicitly given path (argument or ``KIOSK_CONFIG``) must exist. Every problem in
    the file is reported at once, in one line that names each key.
    """
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get(CONFIG_ENV))
    file = Path(path) if path is not None else default_config_path(env)
    data = _read_toml(file, must_exist=explicit)
    try:
        cfg = config_from_mapping(data or {})
    except ConfigError as exc:
        raise ConfigError.of(exc.problems, str(file)) from None
    if data is not None:
        cfg = dataclasses.replace(cfg, path=file)
    return _apply_env(cfg, env, use_credential_store)


def parse_config(text: str) -> Config:
    """A Config from TOML text (no env, no token): for tests and the settings dialog."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", {"": f"invalid TOML: {exc}"}) from None
    return config_from_mapping(data)


def config_from_mapping(data: Mapping[str, Any]) -> Config:
    """Validate a whole configuration (the file's tables); ConfigError lists every problem."""
    data = dict(data)
    problems: dict[str, str] = {}
    version = data.pop("version", CONFIG_VERSION)
    if version != CONFIG_VERSION:
        problems["version"] = f"expected {CONFIG_VERSION}, got {version!r}"
    for name in [n for n in data if n not in _TOP_LEVEL]:
        problems[name] = unknown_key(name, _TOP_LEVEL)
        del data[name]
    api = data.get("api")
    if isinstance(api, dict) and "token" in api:
        problems["api.token"] = (
            f"the API token is never read from a file; set {TOKEN_ENV} "
            "or save it in the settings (OS credential store)"
        )
        data["api"] = {k: v for k, v in api.items() if k != "token"}
    try:
        cfg = _ADAPTER.validate_python(data)
    except ValidationError as exc:
        problems.update(problems_from(exc, Config))
    if problems:
        raise ConfigError.of(problems)
    return cfg


def config_with(base: Config, changes: Mapping[str, Mapping[str, Any]]) -> Config:
    """``base`` with whole-section changes (``{"ui": {"steady_seconds": 2.0}}``) validated
    together: ConfigError's ``problems`` holds every bad field, keyed ``ui.steady_seconds``.
    The token, file path, notices and environment overrides carry over from ``base``."""
    data: dict[str, Any] = {
        name: {**_section_values(base, name), **changes.get(name, {})} for name in SECTIONS
    }
    data["quality"] = dict(changes.get("quality", base.quality))
    new = config_from_mapping(data)
    api = dataclasses.replace(new.api, token=base.api.token)
    return dataclasses.replace(
        new, api=api, path=base.path, notices=base.notices, file_values=dict(base.file_values)
    )


def overridden_by(cfg: Config, key: str) -> str | None:
    """The environment variable that sets ``key`` for this run, or None."""
    return ENV_OVERRIDES.get(key) if key in cfg.file_values else None


def save_config(cfg: Config, path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``cfg`` as TOML, without the token or any environment override, atomically
    and owner-only (0600 on POSIX; on Windows the per-user profile folder already is).
    Returns the path written."""
    target = Path(path) if path is not None else (cfg.path or default_config_path())
    text = dump_config(cfg)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)  # mkstemp makes it so; said here so it stays so
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


def dump_config(cfg: Config) -> str:
    """The file's text: every setting (so staff can edit it), no token, no env override."""
    data: dict[str, Any] = {"version": CONFIG_VERSION}
    for name in SECTIONS:
        data[name] = _section_values(cfg, name)
    for key, value in cfg.file_values.items():
        name, _, setting = key.partition(".")
        data[name][setting] = value
    data["quality"] = dict(sorted(cfg.quality.items()))
    header = (
        "# IDmeta kiosk configuration. The API token is never kept here:\n"
        f"# it comes from {TOKEN_ENV} or the OS credential store.\n"
    )
    return header + tomli_w.dumps(data)


def _section_values(cfg: Config, name: str) -> dict[str, Any]:
    section = getattr(cfg, name)
    return {key: getattr(section, key) for key in file_fields(name)}


def _read_toml(file: Path, *, must_exist: bool) -> dict[str, Any] | None:
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        if must_exist:
            raise ConfigError(f"{file}: config file not found") from None
        return None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read config file: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: config file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None


def _apply_env(cfg: Config, env: Mapping[str, str], use_store: bool) -> Config:
    changes: dict[str, Any] = {}
    problems: dict[str, str] = {}
    if env.get(BASE_URL_ENV, "").strip():
        changes["base_url"] = env[BASE_URL_ENV].strip()
    if env.get(TRUST_FLOW_ENV, "").strip():
        changes["trust_flow_id"] = env[TRUST_FLOW_ENV].strip()
    if env.get(TIMEOUT_ENV, "").strip():
        try:
            changes["read_timeout_s"] = float(env[TIMEOUT_ENV])
        except ValueError:
            problems[TIMEOUT_ENV] = "expected seconds, e.g. 30"
    lookup = lookup_token(env, use_store=use_store)
    api = cfg.api
    try:
        api = dataclasses.replace(api, **changes, token=lookup.token)
    except ConfigError as exc:
        for key, message in exc.problems.items():
            problems[ENV_OVERRIDES.get(key, key)] = f"{key}: {message}"
    if problems:
        raise ConfigError.of(problems)
    file_values = {f"api.{k}": getattr(cfg.api, k) for k in changes}
    notices = (*cfg.notices, lookup.store_problem) if lookup.store_problem else cfg.notices
    return dataclasses.replace(cfg, api=api, notices=notices, file_values=file_values)
