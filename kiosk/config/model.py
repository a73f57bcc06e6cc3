"""The configuration's sections as validated, frozen pydantic dataclasses.

Types are strict (TOML gives real numbers and booleans; a string for a number is an
error), ranges are declared on the fields, and constructing a section directly or with
``dataclasses.replace`` validates it too, raising :class:`ConfigError` naming the key.
``[quality]`` is checked against :class:`kiosk.quality.thresholds.QualityThresholds`.
"""

from __future__ import annotations

import dataclasses
import functools
import ipaddress
import re
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from kiosk.config.errors import ConfigError, problems_from, unknown_key
from kiosk.credentials import Secret
from kiosk.pin import is_pin_hash
from kiosk.quality.thresholds import QualityThresholds

_PYDANTIC = ConfigDict(
    extra="forbid", allow_inf_nan=False, str_strip_whitespace=True, arbitrary_types_allowed=True
)
_T = TypeVar("_T")


def _invalid(message: str) -> PydanticCustomError:
    return PydanticCustomError("invalid", message)


def _int_as_text(value: object) -> object:
    """``source = 0`` and ``trust_flow_id = 1708`` are natural to write in TOML."""
    return str(value) if type(value) is int else value


Text = StrictStr
IdText = Annotated[StrictStr, BeforeValidator(_int_as_text)]


def _section(name: str) -> Callable[[type[_T]], type[_T]]:
    """Names a section (a frozen pydantic dataclass) and makes constructing it directly,
    or with ``dataclasses.replace``, raise ConfigError naming the key."""

    def wrap(cls: type[_T]) -> type[_T]:
        built: Any = cls
        init = built.__init__

        @functools.wraps(init)
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            try:
                init(self, *args, **kwargs)
            except ValidationError as exc:
                raise ConfigError.of(problems_from(exc, built, name)) from None

        built.__init__ = __init__
        built.section_name = name
        return cls

    return wrap


@_section("api")
@dataclass(frozen=True, config=_PYDANTIC)
class ApiConfig:
    section_name: ClassVar[str]
    base_url: IdText = ""  # e.g. https://integrate.idmetagroup.com; "" with no token = sandbox
    trust_flow_id: IdText = ""  # the dashboard's "template" id
    kiosk_id: IdText = ""  # sent as verification metadata
    connect_timeout_s: StrictFloat = Field(default=5.0, ge=0.05, le=120.0)
    read_timeout_s: StrictFloat = Field(default=30.0, ge=0.05, le=600.0)
    # The whole create → submit → finalize.
    total_timeout_s: StrictFloat = Field(default=90.0, ge=0.1, le=3600.0)
    finalize: StrictBool = True
    ca_bundle: Text = ""  # extra CA certificates (PEM) for a TLS-inspecting corporate proxy
    max_image_side: StrictInt = Field(default=1280, ge=320, le=4096)
    max_payload_bytes: StrictInt = Field(default=1_000_000, ge=50_000, le=20_000_000)
    max_response_bytes: StrictInt = Field(default=1_000_000, ge=10_000, le=50_000_000)
    max_attempts: StrictInt = Field(default=3, ge=1, le=10)  # per retryable request
    # A longer Retry-After is given up rather than waited for.
    max_retry_after_s: StrictFloat = Field(default=30.0, ge=0.0, le=300.0)
    # Filled from KIOSK_API_TOKEN or the credential store only; never in the file.
    token: Secret = field(default_factory=lambda: Secret(""), repr=False, compare=False)

    @property
    def uses_sandbox(self) -> bool:
        """No IDmeta account configured: the app talks to its built-in sandbox."""
        return not self.base_url and not self.token

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        value = value.rstrip("/")
        problem = base_url_problem(value) if value else None
        if problem:
            raise _invalid(problem)
        return value

    @field_validator("trust_flow_id")
    @classmethod
    def _trust_flow_id(cls, value: str) -> str:
        if value and not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", value):
            raise _invalid("expected an id such as 1708")
        return value

    @field_validator("kiosk_id")
    @classmethod
    def _kiosk_id(cls, value: str) -> str:
        if len(value) > 64:
            raise _invalid("at most 64 characters")
        return value


@_section("camera")
@dataclass(frozen=True, config=_PYDANTIC)
class CameraConfig:
    section_name: ClassVar[str]
    # "" first webcam, "1" a device index, a camera's name or stable id (`kiosk cameras`),
    # or a video file / image folder.
    source: IdText = ""
    width: StrictInt = Field(default=1280, ge=160, le=7680)
    height: StrictInt = Field(default=720, ge=120, le=4320)
    mirror_preview: StrictBool = True
    # With no source set: an external (USB, plugged-in) camera over the computer's own.
    prefer_external: StrictBool = True


@_section("ui")
@dataclass(frozen=True, config=_PYDANTIC)
class UiConfig:
    section_name: ClassVar[str]
    mode: Literal["staff", "kiosk"] = "staff"
    language: Text = "en"
    sound: StrictBool = False
    large_text: StrictBool = False  # every screen's text 1.3 times as large
    speech: StrictBool = False  # spoken guidance and result (sound cues without a voice)
    speech_volume: StrictFloat = Field(default=0.8, ge=0.0, le=1.0)
    # The checks must hold this long to capture.
    steady_seconds: StrictFloat = Field(default=1.0, ge=0.0, le=10.0)
    # The result screen, then back to start.
    result_timeout_s: StrictFloat = Field(default=8.0, ge=1.0, le=600.0)
    # Nobody seen in front of the camera this long (mid-flow, or on a staff result):
    # the person has walked away; back to start. "A few seconds", so the next person
    # does not inherit someone else's half-finished flow.
    idle_reset_s: StrictFloat = Field(default=3.0, ge=1.0, le=3600.0)

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?", value):
            raise _invalid("expected a language code such as en or pt_BR")
        return value


@_section("kiosk")
@dataclass(frozen=True, config=_PYDANTIC)
class KioskConfig:
    section_name: ClassVar[str]
    pin_hash: Text = ""  # from kiosk.pin.hash_pin; "" = no PIN set
    max_pin_attempts: StrictInt = Field(default=5, ge=1, le=20)
    lockout_s: StrictFloat = Field(default=300.0, ge=0.0, le=86400.0)

    @field_validator("pin_hash")
    @classmethod
    def _pin_hash(cls, value: str) -> str:
        if value and not is_pin_hash(value):
            raise _invalid("not a PIN hash made by the app (or empty)")
        return value


@_section("metrics")
@dataclass(frozen=True, config=_PYDANTIC)
class MetricsConfig:
    section_name: ClassVar[str]
    # The Prometheus endpoint (/metrics, /healthz): "" = off; "127.0.0.1:9464" = loopback.
    # Any other address only when set here.
    listen: Text = ""

    @field_validator("listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        if value and not re.fullmatch(r"(\[[0-9a-fA-F:]+\]|[\w.-]+):\d{1,5}", value):
            raise _invalid('expected HOST:PORT such as "127.0.0.1:9464", or "" for off')
        if value and int(value.rpartition(":")[2]) > 65535:
            raise _invalid("port must be at most 65535")
        return value


_LANGUAGE_CODE = r"[a-z]{2,3}([_-][A-Za-z]{2,4})?"


@_section("consent")
@dataclass(frozen=True, config=_PYDANTIC)
class ConsentConfig:
    """The operator's own consent notice, per language; configuring ``text`` turns the
    consent step on (nothing is captured before the person accepts)."""

    section_name: ClassVar[str]
    version: IdText = ""  # the notice's version id, recorded with each consent
    url: Text = ""  # the full notice (a link, shown as a QR code too)
    text: dict[StrictStr, StrictStr] = field(default_factory=dict)  # language -> short text

    @property
    def enabled(self) -> bool:
        return bool(self.text)

    def notice(self, language: str) -> tuple[str, str]:
        """(language, text) for ``language``, else English, else the first configured."""
        for lang in (language, language.split("_")[0], "en"):
            if lang in self.text:
                return lang, self.text[lang]
        first = next(iter(self.text))
        return first, self.text[first]

    @field_validator("text")
    @classmethod
    def _text(cls, value: dict[str, str]) -> dict[str, str]:
        for lang, words in value.items():
            if not re.fullmatch(_LANGUAGE_CODE, lang):
                raise _invalid(f"{lang!r}: expected a language code such as en or ms")
            if not words.strip() or len(words) > 1200:
                raise _invalid(f"{lang}: expected 1 to 1200 characters")
        return value

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value and not re.fullmatch(r"https?://\S+", value):
            raise _invalid("expected a link such as https://example.com/privacy")
        return value

    def __post_init__(self) -> None:
        if self.text and not self.version:
            raise _invalid("consent.version is required when consent.text is set")


THRESHOLD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(QualityThresholds))


def _threshold_name(name: str) -> str:
    if name not in THRESHOLD_NAMES:
        known = [f"quality.{n}" for n in THRESHOLD_NAMES]
        raise _invalid(unknown_key(f"quality.{name}", known, "unknown threshold"))
    return name


def _not_negative(value: float) -> float:
    if value < 0:
        raise _invalid("must not be negative")
    return value


ThresholdName = Annotated[StrictStr, AfterValidator(_threshold_name)]
ThresholdValue = Annotated[StrictFloat, AfterValidator(_not_negative)]
QualityOverrides = dict[str, float]


@_section("")
@dataclass(frozen=True, config=_PYDANTIC)
class Config:
    section_name: ClassVar[str]
    api: ApiConfig = field(default_factory=ApiConfig)
    camera: CameraConfig = field(default_factory=CameraConfig)
    ui: UiConfig = field(default_factory=UiConfig)
    kiosk: KioskConfig = field(default_factory=KioskConfig)
    metrics: MetricsConfig = field(default_factory=MetricsConfig)
    consent: ConsentConfig = field(default_factory=ConsentConfig)
    # Threshold overrides by name, checked against QualityThresholds.
    quality: dict[ThresholdName, ThresholdValue] = field(default_factory=dict)
    path: Path | None = field(default=None, compare=False)  # the file it was read from
    notices: tuple[str, ...] = field(default=(), compare=False)  # e.g. credential store
    # Values in the file that an environment variable overrides for this run, by dotted
    # key ("api.base_url"): saving writes these, never the override.
    file_values: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @field_validator("quality")
    @classmethod
    def _thresholds(cls, value: dict[str, float]) -> dict[str, float]:
        try:
            QualityThresholds.from_overrides(value)
        except ValueError as exc:
            raise _invalid(str(exc)) from None
        return value

    def thresholds(self) -> QualityThresholds:
        """The engine's thresholds with this configuration's overrides."""
        return QualityThresholds.from_overrides(dict(self.quality))


SECTIONS: dict[str, type] = {
    "api": ApiConfig,
    "camera": CameraConfig,
    "ui": UiConfig,
    "kiosk": KioskConfig,
    "metrics": MetricsConfig,
    "consent": ConsentConfig,
}
FILE_EXCLUDED = {"api": ("token",)}  # never read from or written to the file


def file_fields(name: str) -> list[str]:
    """The keys of section ``name`` that the file holds."""
    skip = FILE_EXCLUDED.get(name, ())
    return [f.name for f in dataclasses.fields(SECTIONS[name]) if f.name not in skip]


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
