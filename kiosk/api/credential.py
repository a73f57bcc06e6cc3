"""The API token a client sends, and what happens when the service refuses it (HTTP 401).

A 401 mid-day means the key was revoked or replaced. The kiosk then reads the credential's
source once more (``reload``: the environment, then the OS credential store — staff may
have saved a new key in the settings): a different key is tried once; the same key, or
none, is a clear "credentials rejected" for staff, never a retry loop. The refused key is
then not sent again for ``recheck_s`` (a slow recheck: one request at most per period);
a new key in the store ends the wait at once.

One :class:`Credential` lives as long as the submitter, shared by its clients (one per
verification, on the submission worker thread: reading the store never blocks the GUI).
No message here ever contains the token.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from kiosk.credentials import CredentialStoreError, Secret

log = logging.getLogger("kiosk.api")

RECHECK_S = 60.0
REJECTED_MESSAGE = "credentials rejected — staff must re-enter the API key"


class Credential:
    def __init__(
        self,
        token: Secret,
        reload: Callable[[], Secret] | None = None,
        *,
        recheck_s: float = RECHECK_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._token = token
        self._reload = reload
        self.recheck_s = recheck_s
        self._clock = clock
        self._lock = threading.Lock()
        self._rejected: Secret | None = None  # the key the service refused last
        self._rejected_at = 0.0
        self.reloads = 0  # how often the source was read again (for tests and the log)

    @property
    def token(self) -> Secret:
        with self._lock:
            return self._token

    def after_refusal(self, sent: Secret, *, reload: bool = True) -> Secret | None:
        """The service refused ``sent`` (401): a different key from the source, to be tried
        once, or None (the same key or none: credentials rejected). ``reload=False``: the
        key just read again was refused too; no further read."""
        with self._lock:
            if reload and self._token != sent:  # another client already took a newer key
                return self._token
        fresh = self._read_source() if reload else Secret("")
        with self._lock:
            if fresh and fresh != sent:
                self._token = fresh
                self._rejected = None
                log.warning(
                    "HTTP 401: the API key was refused; a new key from the credential store "
                    "is tried once",
                    extra={"event": "credential_reloaded"},
                )
                return fresh
            self._rejected = sent
            self._rejected_at = self._clock()
        log.error(
            "HTTP 401: %s (the same key is sent again in %.0f s at the earliest)",
            REJECTED_MESSAGE,
            self.recheck_s,
            extra={"event": "credentials_rejected"},
        )
        return None

    def accepted(self) -> None:
        """The service took the current key (any 2xx or non-401 answer)."""
        with self._lock:
            self._rejected = None

    def blocked_for(self) -> float:
        """Seconds before the refused key may be sent again; 0 when it may be sent now
        (never refused, the wait is over, or a new key appeared in the source)."""
        with self._lock:
            rejected, current = self._rejected, self._token
            left = self._rejected_at + self.recheck_s - self._clock()
        if rejected is None or rejected != current or left <= 0:
            return 0.0
        fresh = self._read_source()
        with self._lock:
            if fresh and fresh != self._rejected:
                self._token = fresh
                self._rejected = None
                log.info(
                    "a new API key is in the credential store; using it",
                    extra={"event": "credential_reloaded"},
                )
                return 0.0
        return left

    def _read_source(self) -> Secret:
        if self._reload is None:
            return Secret("")
        self.reloads += 1
        try:
            return self._reload()
        except CredentialStoreError as exc:
            log.warning(
                "could not read the API key again: %s", exc, extra={"event": "credential_store"}
            )
            return Secret("")
        except Exception as exc:  # a keyring backend failing in its own way
            log.warning(
                "could not read the API key again: %s",
                type(exc).__name__,
                extra={"event": "credential_store"},
            )
            return Secret("")
