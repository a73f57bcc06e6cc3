"""Configuration problems: every one found, each a short message under its dotted key.

pydantic reports every failing field at once with its location; this module turns each
into the one-line wording the kiosk has always used (``api.read_timeout_s: expected a
number, got 'soon'``), so the command line, the log and the settings dialog say the same.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Mapping
from typing import Any, get_args

from pydantic import ValidationError
from pydantic.fields import FieldInfo


class ConfigError(ValueError):
    """The configuration is unusable. ``str()`` is one line naming every key at fault;
    :attr:`problems` maps each dotted key (``ui.steady_seconds``) to its own message."""

    def __init__(self, message: str, problems: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.problems: dict[str, str] = dict(problems or {})

    @classmethod
    def of(cls, problems: Mapping[str, str], where: str = "") -> ConfigError:
        text = "; ".join(f"{key}: {msg}" if key else msg for key, msg in problems.items())
        return cls(f"{where}: {text}" if where else text, problems)


def unknown_key(key: str, known: Iterable[str], what: str = "unknown key") -> str:
    close = difflib.get_close_matches(key, list(known), n=1)
    return what + (f" (did you mean {close[0]}?)" if close else "")


def show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def number(value: float) -> str:
    return f"{value:g}"


def field_range(cls: type, name: str) -> tuple[float, float] | None:
    """The inclusive bounds declared on a section field (``Field(ge=..., le=...)``)."""
    info = _fields(cls).get(name)
    if info is None:
        return None
    lo = hi = None
    for item in info.metadata:
        lo = getattr(item, "ge", lo)
        hi = getattr(item, "le", hi)
    return (float(lo), float(hi)) if lo is not None and hi is not None else None


def problems_from(exc: ValidationError, root: type, prefix: str = "") -> dict[str, str]:
    """Every error of ``exc`` (raised validating ``root``) as ``{dotted key: message}``."""
    problems: dict[str, str] = {}
    for error in exc.errors():
        loc = [str(part) for part in error["loc"] if part != "[key]"]
        key = ".".join([prefix, *loc] if prefix else loc)
        problems.setdefault(key, _message(error, root, loc))
    return problems


def _message(error: Any, root: type, loc: list[str]) -> str:
    kind, value = error["type"], error.get("input")
    owner, info = _locate(root, loc)
    if kind in ("unexpected_keyword_argument", "extra_forbidden"):
        prefix = ".".join(loc[:-1])
        known = [f"{prefix}.{n}" for n in _fields(owner)] if owner else []
        return unknown_key(".".join(loc), known)
    if kind in ("dataclass_type", "dataclass_exact_type", "dict_type"):
        return f"expected a [{loc[-1]}] table" if len(loc) == 1 else "expected a table"
    if kind == "bool_type":
        return f"expected true or false, got {show(value)}"
    if kind == "int_type" and isinstance(value, float) and not isinstance(value, bool):
        return f"expected a whole number, got {show(value)}"
    if kind in ("int_type", "float_type", "int_parsing", "float_parsing"):
        return f"expected a number, got {show(value)}"
    if kind == "string_type":
        return f"expected a string, got {show(value)}"
    if kind == "literal_error" and info is not None:
        return "expected one of " + ", ".join(map(repr, get_args(info.annotation)))
    if kind in ("greater_than_equal", "less_than_equal", "finite_number") and owner:
        bounds = field_range(owner, loc[-1])
        if bounds is not None:
            got = number(value) if isinstance(value, int | float) else show(value)
            return f"expected a value from {number(bounds[0])} to {number(bounds[1])}, got {got}"
        if kind == "finite_number" or (isinstance(value, float) and not math.isfinite(value)):
            return "expected a finite number"
    return str(error["msg"])


def _fields(cls: type | None) -> dict[str, FieldInfo]:
    return dict(getattr(cls, "__pydantic_fields__", {}) or {})


def _locate(root: type, loc: list[str]) -> tuple[type | None, FieldInfo | None]:
    """The section class owning the last element of ``loc``, and that field's info."""
    owner: type | None = root
    info: FieldInfo | None = None
    for i, part in enumerate(loc):
        info = _fields(owner).get(part)
        if info is None:
            return owner, None
        if i < len(loc) - 1:
            nested = info.annotation
            if not isinstance(nested, type) or not _fields(nested):
                return owner, info
            owner = nested
    return owner, info
