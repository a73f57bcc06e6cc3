"""What the app needs from the verification service: one blocking, cancellable call.

Qt-free (the core: checked by the import contract in pyproject.toml). The HTTP work is the
API client's (kiosk.api); this chooses IDmeta or the built-in sandbox — started here for
the app and for `kiosk submit` alike (:func:`sandbox_api`) — and adapts the client's result
to the flow's SubmitResult.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np

from kiosk.flow import ConsentRecord, Outcome, SubmitResult
from kiosk.quality.rules import Rule

# Error kinds where trying again soon can help; the others need staff (configuration).
RETRYABLE_ERRORS = frozenset(
    {"rate_limited", "server", "timeout", "network", "dns", "refused", "protocol"}
)


class CancelToken:
    """One submission's cancellation, shared by the thread running it and the one cancelling.

    ``cancel()`` may come before the submission has even started talking to the service:
    whatever registers later with :meth:`on_cancel` is then called at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._callbacks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def on_cancel(self, callback: Callable[[], None]) -> None:
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(callback)
                return
        callback()


CANCELLED = SubmitResult(Outcome.CANCELLED, message="cancelled")


class Submitter(Protocol):
    @property
    def label(self) -> str:
        """Where answers come from, for the staff panel."""
        ...

    @property
    def is_sandbox(self) -> bool: ...

    def submit(
        self, frame_bgr: np.ndarray, operator_ref: str | None, cancel: CancelToken
    ) -> SubmitResult:
        """The service's answer; an ``Outcome.CANCELLED`` result soon after ``cancel`` is
        cancelled (any thread), with nothing more sent. A submitter that records consent
        also takes ``consent=ConsentRecord`` (passed only when there is one)."""
        ...

    def close(self) -> None: ...


def to_submit_result(result: Any) -> SubmitResult:
    """The API client's VerificationResult → the flow's SubmitResult (duck-typed)."""
    outcome = Outcome(str(result.outcome))
    kind = str(result.error_kind) if getattr(result, "error_kind", None) else None
    rule = getattr(result, "rule", None)
    return SubmitResult(
        outcome=outcome,
        rule=Rule(str(rule)) if rule else None,
        message=getattr(result, "message", None),
        error_kind=kind,
        retryable=outcome is Outcome.ERROR and kind in RETRYABLE_ERRORS,
        trust_validation_id=getattr(result, "trust_validation_id", None),
        detail=result,
    )


def _reload_token() -> Any:
    """The API key read again after a 401, registered for redaction like the first one
    (kiosk run registers the key it starts with)."""
    from kiosk.credentials import lookup_token
    from kiosk.logs import add_secret

    token = lookup_token().token
    if token:
        add_secret(token.reveal())
    return token


def sandbox_api(api: Any, **sandbox_options: Any) -> tuple[Any, Any]:
    """The built-in sandbox, started on loopback, and ``api`` pointed at it (its token,
    its trust flow unless one is configured). The caller stops the sandbox."""
    from kiosk.credentials import Secret
    from kiosk.logs import add_secret
    from kiosk.sandbox import SANDBOX_TOKEN, SANDBOX_TRUST_FLOW_ID, SandboxServer

    sandbox = SandboxServer(port=0, **sandbox_options).start()
    add_secret(SANDBOX_TOKEN)
    api = dataclasses.replace(
        api,
        base_url=sandbox.base_url,
        token=Secret(SANDBOX_TOKEN),
        trust_flow_id=api.trust_flow_id or SANDBOX_TRUST_FLOW_ID,
    )
    return api, sandbox


class ApiSubmitter:
    """IDmeta when configured, else the built-in sandbox on loopback (started here)."""

    def __init__(self, cfg: Any) -> None:
        api = cfg.api
        from kiosk.api.credential import Credential

        self._sandbox: Any = None
        if api.uses_sandbox:
            api, self._sandbox = sandbox_api(api, quality_overrides=dict(cfg.quality))
        self.api = api
        # One credential for every verification: after a 401 it reads the environment and
        # the OS credential store again once (on the submission thread), then holds back
        # the refused key (kiosk.api.credential).
        self.credential = Credential(api.token, reload=None if self._sandbox else _reload_token)

    @property
    def is_sandbox(self) -> bool:
        return self._sandbox is not None

    @property
    def sandbox(self) -> Any:
        return self._sandbox

    @property
    def label(self) -> str:
        if self._sandbox is not None:
            return "sandbox"
        from urllib.parse import urlsplit

        return urlsplit(self.api.base_url).hostname or self.api.base_url

    def submit(
        self,
        frame_bgr: np.ndarray,
        operator_ref: str | None,
        cancel: CancelToken,
        consent: ConsentRecord | None = None,
    ) -> SubmitResult:
        from kiosk.api import ApiConfigError, Cancelled, IdmetaClient

        if cancel.cancelled:
            return CANCELLED
        try:
            client = IdmetaClient(self.api, credential=self.credential)
        except ApiConfigError as exc:
            return SubmitResult(Outcome.ERROR, message=str(exc), error_kind="config")
        # Cancelling closes the client's connection: a request waiting for its answer
        # ends at once instead of at the read timeout.
        cancel.on_cancel(client.cancel)
        try:
            with client:
                result = client.verify(
                    frame_bgr,
                    operator_ref=operator_ref or None,
                    metadata=consent.as_metadata() if consent is not None else None,
                )
        except Cancelled:
            return CANCELLED
        return to_submit_result(result)

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
