"""The app's typed configuration: a TOML file in the per-OS config dir, then env overrides.

Every section is a frozen dataclass validated on construction, so a bad value is a
one-line :class:`ConfigError` naming its key (``api.read_timeout_s: ...``), whether it came
from the file, the environment, or ``dataclasses.replace`` in the settings dialog.
The API token is never read from or written to the file (see :mod:`kiosk.credentials`).
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import math
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

from kiosk.credentials import TOKEN_ENV, Secret, lookup_token
from kiosk.pin import is_pin_hash

CONFIG_ENV = "KIOSK_CONFIG"
BASE_URL_ENV = "KIOSK_API_BASE_URL"
TRUST_FLOW_ENV = "KIOSK_TRUST_FLOW_ID"
TIMEOUT_ENV = "KIOSK_API_TIMEOUT"
CONFIG_VERSION = 1


class ConfigError(ValueError):
    """The configuration is unusable; the message is one line and names the key."""


def _bounded(default: float, lo: float, hi: float) -> Any:
    return field(default=default, metadata={"range": (lo, hi)})


@dataclass(frozen=True)
class ApiConfig:
    base_url: str = ""  # e.g. https://integrate.idmetagroup.com; "" with no token = sandbox
    trust_flow_id: str = ""  # the dashboard's "template" id
    kiosk_id: str = ""  # sent as verification metadata
    connect_timeout_s: float = _bounded(5.0, 0.05, 120.0)
    read_timeout_s: float = _bounded(30.0, 0.05, 600.0)
    total_timeout_s: float = _bounded(90.0, 0.1, 3600.0)  # whole create→submit→finalize
    finalize: bool = True
    ca_bundle: str = ""  # extra CA certificates (PEM) for a TLS-inspecting corporate proxy
    max_image_side: int = _bounded(1280, 320, 4096)
    max_payload_bytes: int = _bounded(1_000_000, 50_000, 20_000_000)
    max_response_bytes: int = _bounded(1_000_000, 10_000, 50_000_000)
    max_attempts: int = _bounded(3, 1, 10)  # per retryable request
    max_retry_after_s: float = _bounded(30.0, 0.0, 300.0)  # a longer wait is given up
    # Filled from KIOSK_API_TOKEN or the credential store only; never in the file.
    token: Secret = field(
        default_factory=lambda: Secret(""), repr=False, compare=False, metadata={"file": False}
    )

    @property
    def uses_sandbox(self) -> bool:
        """No IDmeta account configured: the app talks to its built-in sandbox."""
        return not self.base_url and not self.token

    def __post_init__(self) -> None:
        _validate(self, "api")
        if self.base_url:
            problem = base_url_problem(self.base_url)
            if problem:
                raise ConfigError(f"api.base_url: {problem}")
        if self.trust_flow_id and not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", self.trust_flow_id):
            raise ConfigError("api.trust_flow_id: expected an id such as 1708")
        if len(self.kiosk_id) > 64:
            raise ConfigError("api.kiosk_id: at most 64 characters")


@dataclass(frozen=True)
class CameraConfig:
    source: str = ""  # "" first webcam, "1" a device index, or a video file / image folder
    width: int = _bounded(1280, 160, 7680)
    height: int = _bounded(720, 120, 4320)
    mirror_preview: bool = True

    def __post_init__(self) -> None:
        _validate(self, "camera")


@dataclass(frozen=True)
class UiConfig:
    mode: Literal["staff", "kiosk"] = "staff"
    language: str = "en"
    sound: bool = False
    steady_seconds: float = _bounded(1.0, 0.0, 10.0)  # checks must hold this long to capture
    result_timeout_s: float = _bounded(8.0, 1.0, 600.0)  # result screen, then back to start
    # Nobody seen in front of the camera this long (mid-flow, or on a staff result):
    # the person has walked away; back to start. "A few seconds", so the next person
    # does not inherit someone else's half-finished flow.
    idle_reset_s: float = _bounded(3.0, 1.0, 3600.0)

    def __post_init__(self) -> None:
        _validate(self, "ui")
        if not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?", self.language):
            raise ConfigError("ui.language: expected a language code such as en or pt_BR")


@dataclass(frozen=True)
class KioskConfig:
    pin_hash: str = ""  # from kiosk.pin.hash_pin; "" = no PIN set
    max_pin_attempts: int = _bounded(5, 1, 20)
    lockout_s: float = _bounded(300.0, 0.0, 86400.0)

    def __post_init__(self) -> None:
        _validate(self, "kiosk")
        if self.pin_hash and not is_pin_hash(self.pin_hash):
            raise ConfigError("kiosk.pin_hash: not a PIN hash made by the app (or empty)")


QualityOverrides = dict[str, float | int | bool]


@dataclass(frozen=True)
class Config:
    api: ApiConfig = field(default_factory=ApiConfig)
    camera: CameraConfig = field(default_factory=CameraConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    # Threshold overrides by field name; the engine's thresholds object validates them.
    quality: QualityOverrides = field(default_factory=dict)
    path: Path | None = field(default=None, compare=False)  # the file it was read from
    notices: tuple[str, ...] = field(default=(), compare=False)  # e.g. credential store problems

    def __post_init__(self) -> None:
        for key, value in self.quality.items():
            if not re.fullmatch(r"[a-z][a-z0-9_]{0,63}", key):
                raise ConfigError(f"quality.{key}: not a threshold name")
            if not isinstance(value, int | float) or not math.isfinite(value):
                raise ConfigError(f"quality.{key}: expected a number or true/false")


_SECTIONS: dict[str, type] = {
    "api": ApiConfig,
    "camera": CameraConfig,
    "ui": UiConfig,
    "kiosk": KioskConfig,
}


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

    An explicitly given path (argument or ``KIOSK_CONFIG``) must exist.
    """
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get(CONFIG_ENV))
    file = Path(path) if path is not None else default_config_path(env)
    data = _read_toml(file, must_exist=explicit)
    cfg = _from_mapping(data, file if data is not None else None)
    return _apply_env(cfg, env, use_credential_store)


def parse_config(text: str) -> Config:
    """A Config from TOML text (no env, no token): for tests and the settings dialog."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}") from None
    return _from_mapping(data, None)


def save_config(cfg: Config, path: str | os.PathLike[str] | None = None) -> Path:
    """Write ``cfg`` as TOML (atomically), without the token. Returns the path written."""
    target = Path(path) if path is not None else (cfg.path or default_config_path())
    text = dump_config(cfg)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, target)
    return target


def dump_config(cfg: Config) -> str:
    lines = [
        "# IDmeta kiosk configuration. The API token is never kept here:",
        f"# it comes from {TOKEN_ENV} or the OS credential store.",
        f"version = {CONFIG_VERSION}",
    ]
    for name in _SECTIONS:
        section = getattr(cfg, name)
        lines += ["", f"[{name}]"]
        for f in dataclasses.fields(section):
            if f.metadata.get("file", True):
                lines.append(f"{f.name} = {_toml_value(getattr(section, f.name))}")
    lines += ["", "[quality]"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in sorted(cfg.quality.items())]
    return "\n".join(lines) + "\n"


def base_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the API base URL, or None. Plain http only for loopback."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "not a valid URL"
    del port  # parsed only to reject a bad port early
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return "expected https://host (e.g. https://integrate.idmetagroup.com)"
    if parts.username or parts.password or parts.query or parts.fragment:
        return "must not contain credentials, a query or a fragment"
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        return "https is required (plain http only for 127.0.0.1 / localhost)"
    return None


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# --- reading ---------------------------------------------------------------------------


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


def _from_mapping(data: Mapping[str, Any] | None, file: Path | None) -> Config:
    data = dict(data or {})
    try:
        version = data.pop("version", CONFIG_VERSION)
        if version != CONFIG_VERSION:
            raise ConfigError(f"version: expected {CONFIG_VERSION}, got {version!r}")
        quality = data.pop("quality", {})
        if not isinstance(quality, dict):
            raise ConfigError("quality: expected a table of threshold overrides")
        sections: dict[str, Any] = {}
        for name, value in data.items():
            if name not in _SECTIONS:
                raise ConfigError(_unknown(name, [*_SECTIONS, "quality", "version"]))
            if not isinstance(value, dict):
                raise ConfigError(f"{name}: expected a [{name}] table")
            sections[name] = _build_section(name, _SECTIONS[name], value)
        return Config(**sections, quality=dict(quality), path=file)
    except ConfigError as exc:
        if file is None:
            raise
        raise ConfigError(f"{file}: {exc}") from None


def _build_section(name: str, cls: type, values: Mapping[str, Any]) -> Any:
    hints = get_type_hints(cls)
    known = [f.name for f in dataclasses.fields(cls) if f.metadata.get("file", True)]
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if name == "api" and key == "token":
            raise ConfigError(
                f"api.token: the API token is never read from a file; set {TOKEN_ENV} "
                "or save it in the settings (OS credential store)"
            )
        if key not in known:
            raise ConfigError(_unknown(f"{name}.{key}", [f"{name}.{k}" for k in known]))
        kwargs[key] = _coerce(f"{name}.{key}", value, hints[key])
    return cls(**kwargs)


def _coerce(key: str, value: Any, expected: Any, *, lenient: bool = True) -> Any:
    if get_origin(expected) is Literal:
        choices = get_args(expected)
        if value not in choices:
            raise ConfigError(f"{key}: expected one of {', '.join(map(repr, choices))}")
        return value
    if expected is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {_show(value)}")
        return value
    if expected in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{key}: expected a number, got {_show(value)}")
        if expected is int and not float(value).is_integer():
            raise ConfigError(f"{key}: expected a whole number, got {_show(value)}")
        return expected(value)
    if expected is str:
        if lenient and type(value) is int and key.endswith(("source", "trust_flow_id", "kiosk_id")):
            return str(value)  # `source = 0` and `trust_flow_id = 1708` are natural to write
        if not isinstance(value, str):
            raise ConfigError(f"{key}: expected a string, got {_show(value)}")
        return value.strip()
    raise ConfigError(f"{key}: unsupported setting type")  # pragma: no cover


def _validate(section: object, name: str) -> None:
    """Type and range checks shared by file loading and ``dataclasses.replace``."""
    hints = get_type_hints(type(section))
    for f in dataclasses.fields(section):  # type: ignore[arg-type]
        if not f.metadata.get("file", True):
            continue
        value = getattr(section, f.name)
        key = f"{name}.{f.name}"
        expected = hints[f.name]
        _coerce(key, value, expected, lenient=False)
        rng = f.metadata.get("range")
        if rng is not None:
            lo, hi = rng
            if not (math.isfinite(value) and lo <= value <= hi):
                raise ConfigError(f"{key}: expected a value from {lo} to {hi}, got {value}")


def _apply_env(cfg: Config, env: Mapping[str, str], use_store: bool) -> Config:
    api = cfg.api
    changes: dict[str, Any] = {}
    if env.get(BASE_URL_ENV, "").strip():
        changes["base_url"] = env[BASE_URL_ENV].strip().rstrip("/")
    if env.get(TRUST_FLOW_ENV, "").strip():
        changes["trust_flow_id"] = env[TRUST_FLOW_ENV].strip()
    if env.get(TIMEOUT_ENV, "").strip():
        try:
            changes["read_timeout_s"] = float(env[TIMEOUT_ENV])
        except ValueError:
            raise ConfigError(f"{TIMEOUT_ENV}: expected seconds, e.g. 30") from None
    lookup = lookup_token(env, use_store=use_store)
    changes["token"] = lookup.token
    try:
        api = dataclasses.replace(api, **changes)
    except ConfigError as exc:
        raise ConfigError(f"{_env_name(str(exc))}{exc}") from None
    notices = (*cfg.notices, lookup.store_problem) if lookup.store_problem else cfg.notices
    return dataclasses.replace(cfg, api=api, notices=notices)


def _env_name(message: str) -> str:
    for key, var in (
        ("api.base_url", BASE_URL_ENV),
        ("api.trust_flow_id", TRUST_FLOW_ENV),
        ("api.read_timeout_s", TIMEOUT_ENV),
    ):
        if message.startswith(key):
            return f"{var}: "
    return ""


def _unknown(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    return f"{key}: unknown key" + (f" (did you mean {close[0]}?)" if close else "")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


# --- writing -----------------------------------------------------------------------------


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)  # finite by validation; repr round-trips
    if isinstance(value, str):
        return _toml_string(value)
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)
