"""A person's consent to the capture: which notice (its version id), in which language,
when, and how (``touch`` on the kiosk, ``verbal`` recorded by staff). Qt-free.

It goes into the verification's metadata at create and into the audit trail; nothing is
captured before it when the consent step is configured.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Method = Literal["touch", "verbal"]


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    version: str  # the operator's notice version id, e.g. "privacy-2026-11"
    language: str  # the language the notice was shown in
    accepted_at: str  # ISO 8601 UTC, e.g. 2026-12-01T09:30:12Z
    method: Method = "touch"

    @classmethod
    def now(
        cls, version: str, language: str, method: Method = "touch", at: dt.datetime | None = None
    ) -> ConsentRecord:
        when = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        return cls(version, language, when.strftime("%Y-%m-%dT%H:%M:%SZ"), method)

    def as_metadata(self) -> dict[str, str]:
        """The verification's metadata (flat strings, as create takes them)."""
        return {
            "consent_version": self.version,
            "consent_language": self.language,
            "consent_at": self.accepted_at,
            "consent_method": self.method,
        }

    def as_audit(self) -> dict[str, str]:
        """The audit trail's fields: the same four."""
        return self.as_metadata()
