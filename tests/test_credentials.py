"""The API token: environment first, then the OS credential store; never shown anywhere.

These tests use MemoryKeyring (tests/api_support.py), a real keyring backend kept in
memory: there is no OS credential store on CI, and a developer's own must stay untouched.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from kiosk.credentials import (
    KEYRING_ACCOUNT,
    KEYRING_SERVICE,
    CredentialStoreError,
    Secret,
    credential_store_name,
    delete_stored_token,
    lookup_token,
    read_stored_token,
    store_token,
)
from tests.api_support import SECRET_TOKEN, MemoryKeyring


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_store() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # what a headless Linux box has
    try:
        yield
    finally:
        keyring.set_keyring(previous)


class BrokenKeyring(MemoryKeyring):
    """A store that fails like a locked Secret Service would, echoing what it was given."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("org.freedesktop.Secret.Error.IsLocked: collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError(f"cannot store {password!r}: collection is locked")


def test_store_read_delete(ring: MemoryKeyring) -> None:
    assert not read_stored_token()
    store_token(f"  {SECRET_TOKEN}\n")
    assert ring.passwords == {(KEYRING_SERVICE, KEYRING_ACCOUNT): SECRET_TOKEN}
    assert read_stored_token() == Secret(SECRET_TOKEN)
    assert delete_stored_token() is True
    assert delete_stored_token() is False
    assert not read_stored_token()
    assert credential_store_name() is not None


def test_the_environment_wins_over_the_store(ring: MemoryKeyring) -> None:
    store_token("stored-token")
    assert lookup_token({"KIOSK_API_TOKEN": SECRET_TOKEN}).source == "env"
    found = lookup_token({})
    assert (found.token.reveal(), found.source) == ("stored-token", "keyring")
    assert lookup_token({}, use_store=False).source is None


def test_no_store_on_a_headless_box_is_one_line_not_a_crash(no_store: None) -> None:
    found = lookup_token({})
    assert not found.token and found.source is None
    assert found.store_problem and "KIOSK_API_TOKEN" in found.store_problem
    with pytest.raises(CredentialStoreError) as err:
        store_token(SECRET_TOKEN)
    assert "\n" not in str(err.value) and "no OS credential store" in str(err.value)
    with pytest.raises(CredentialStoreError):
        delete_stored_token()
    assert credential_store_name() is None


def test_store_failures_never_echo_the_token() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        with pytest.raises(CredentialStoreError) as err:
            store_token(SECRET_TOKEN)
        problem = lookup_token({}).store_problem
    finally:
        keyring.set_keyring(previous)
    assert SECRET_TOKEN not in str(err.value) and "locked" in str(err.value)
    # The backend's own exception (which quoted the token) is not kept either.
    assert err.value.__cause__ is None and err.value.__context__ is None
    assert problem and "locked" in problem


def test_an_empty_token_is_not_stored(ring: MemoryKeyring) -> None:
    with pytest.raises(CredentialStoreError, match="empty"):
        store_token("   ")
    assert ring.passwords == {}


def test_a_secret_never_shows_itself() -> None:
    s = Secret(SECRET_TOKEN)
    shown = [
        repr(s),
        str(s),
        f"{s}",
        f"{s!r}",
        f"{s}",
        format(s, ">20"),
        repr([s]),
        repr({"t": s}),
    ]
    assert all(SECRET_TOKEN not in text for text in shown)
    assert s.reveal() == SECRET_TOKEN and bool(s) and not Secret("")
    with pytest.raises(TypeError):
        pickle.dumps(s)
