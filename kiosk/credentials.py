"""The IDmeta API token: from ``KIOSK_API_TOKEN`` or the OS credential store, never a file.

The store is reached through ``keyring`` (Windows Credential Manager, macOS Keychain,
Secret Service on a Linux desktop). A headless Linux box usually has no backend; every
failure becomes a one-line :class:`CredentialStoreError`, never a crash, and no message
ever contains the token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

TOKEN_ENV = "KIOSK_API_TOKEN"
KEYRING_SERVICE = "idmeta-kiosk"
KEYRING_ACCOUNT = "api-token"


class Secret:
    """A string that refuses to show itself: repr, str and f-strings print ``***``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('***')" if self._value else "Secret('')"

    def __str__(self) -> str:
        return "***" if self._value else ""

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("a Secret cannot be pickled")


class CredentialStoreError(RuntimeError):
    """The OS credential store could not be used; the message is one line for staff."""


TokenSource = Literal["env", "keyring"]


@dataclass(frozen=True)
class TokenLookup:
    """Where the token came from, and why the store could not be asked (if it could not)."""

    token: Secret
    source: TokenSource | None
    store_problem: str | None = None


def token_from_env(env: Mapping[str, str] | None = None) -> Secret:
    env = os.environ if env is None else env
    return Secret(env.get(TOKEN_ENV, "").strip())


def lookup_token(env: Mapping[str, str] | None = None, *, use_store: bool = True) -> TokenLookup:
    """The token from the environment first, else from the credential store."""
    from_env = token_from_env(env)
    if from_env:
        return TokenLookup(from_env, "env")
    if not use_store:
        return TokenLookup(Secret(""), None)
    try:
        stored = read_stored_token()
    except CredentialStoreError as exc:
        return TokenLookup(Secret(""), None, str(exc))
    return TokenLookup(stored, "keyring" if stored else None)


def read_stored_token() -> Secret:
    import keyring

    problem = None
    try:
        value = keyring.get_password(KEYRING_SERVICE, KEYRING_ACCOUNT)
    except Exception as exc:  # any backend failure (no backend, locked, D-Bus) is one line
        problem = _describe(exc, "read")
        value = None
    if problem:  # raised outside the handler so the backend's exception is not kept
        raise CredentialStoreError(problem)
    return Secret((value or "").strip())


def store_token(token: str | Secret) -> None:
    """Save the token in the OS credential store (the settings dialog's "Save")."""
    import keyring

    value = token.reveal() if isinstance(token, Secret) else token
    value = value.strip()
    if not value:
        raise CredentialStoreError("the API token is empty")
    problem = None
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_ACCOUNT, value)
    except Exception as exc:  # the backend's message may quote the token: never keep it
        problem = _describe(exc, "save", value)
    if problem:
        raise CredentialStoreError(problem)


def delete_stored_token() -> bool:
    """Remove the stored token; False when there was none."""
    import keyring
    from keyring.errors import PasswordDeleteError

    problem = None
    try:
        if keyring.get_password(KEYRING_SERVICE, KEYRING_ACCOUNT) is None:
            return False
        keyring.delete_password(KEYRING_SERVICE, KEYRING_ACCOUNT)
    except PasswordDeleteError:
        return False
    except Exception as exc:
        problem = _describe(exc, "delete")
    if problem:
        raise CredentialStoreError(problem)
    return True


def credential_store_name() -> str | None:
    """A readable name of the active store, or None when there is none (headless Linux)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return getattr(backend, "name", type(backend).__name__)


def _describe(exc: BaseException, action: str, secret: str = "") -> str:
    from keyring.errors import NoKeyringError

    if isinstance(exc, NoKeyringError):
        return (
            f"cannot {action} the API token: no OS credential store is available here "
            f"(set {TOKEN_ENV} instead)"
        )
    detail = " ".join(str(exc).split()) or type(exc).__name__
    if secret:
        detail = detail.replace(secret, "***")
    return f"cannot {action} the API token in the OS credential store: {detail[:200]}"
