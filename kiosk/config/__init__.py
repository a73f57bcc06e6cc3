"""The app's typed configuration: a TOML file in the per-OS config dir, then env overrides.

Sections are frozen pydantic dataclasses (:mod:`kiosk.config.model`); reading and writing
the file is :mod:`kiosk.config.store`. A bad value is a one-line :class:`ConfigError`
naming its key (``api.read_timeout_s: ...``), whether it came from the file, the
environment or ``dataclasses.replace``; ``ConfigError.problems`` holds every one found.
The API token is never read from or written to the file (see :mod:`kiosk.credentials`).
Qt-free.
"""

from kiosk.config.errors import ConfigError, field_range
from kiosk.config.model import (
    SECTIONS,
    THRESHOLD_NAMES,
    ApiConfig,
    CameraConfig,
    Config,
    ConsentConfig,
    KioskConfig,
    MetricsConfig,
    QualityOverrides,
    UiConfig,
    base_url_problem,
    is_loopback_host,
)
from kiosk.config.store import (
    BASE_URL_ENV,
    CONFIG_ENV,
    CONFIG_VERSION,
    ENV_OVERRIDES,
    TIMEOUT_ENV,
    TRUST_FLOW_ENV,
    config_from_mapping,
    config_with,
    default_config_path,
    dump_config,
    load_config,
    overridden_by,
    parse_config,
    save_config,
)

__all__ = [
    "BASE_URL_ENV",
    "CONFIG_ENV",
    "CONFIG_VERSION",
    "ENV_OVERRIDES",
    "SECTIONS",
    "THRESHOLD_NAMES",
    "TIMEOUT_ENV",
    "TRUST_FLOW_ENV",
    "ApiConfig",
    "CameraConfig",
    "Config",
    "ConfigError",
    "ConsentConfig",
    "KioskConfig",
    "MetricsConfig",
    "QualityOverrides",
    "UiConfig",
    "base_url_problem",
    "config_from_mapping",
    "config_with",
    "default_config_path",
    "dump_config",
    "field_range",
    "is_loopback_host",
    "load_config",
    "overridden_by",
    "parse_config",
    "save_config",
]
