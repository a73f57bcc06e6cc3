"""The staff PIN, kept only as a salted, slow hash (``pbkdf2_sha256$iterations$salt$hash``)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

DEFAULT_ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
_FORMAT = re.compile(r"^pbkdf2_sha256\$(\d{4,7})\$([A-Za-z0-9+/=]{8,64})\$([A-Za-z0-9+/=]{40,64})$")


def hash_pin(pin: str, *, iterations: int = DEFAULT_ITERATIONS) -> str:
    if not pin:
        raise ValueError("the PIN is empty")
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def is_pin_hash(text: str) -> bool:
    return bool(_FORMAT.match(text))


def verify_pin(pin: str, pin_hash: str) -> bool:
    """True when ``pin`` matches; False for a wrong PIN or a malformed hash."""
    m = _FORMAT.match(pin_hash)
    if not m or not pin:
        return False
    iterations = int(m.group(1))
    salt = base64.b64decode(m.group(2))
    expected = base64.b64decode(m.group(3))
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(digest, expected)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
