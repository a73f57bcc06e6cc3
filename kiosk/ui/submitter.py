"""What the UI needs from the verification service: one blocking, cancellable call.

Qt-free. The HTTP work is the API client's (kiosk.api); this chooses IDmeta or the built-in
sandbox and adapts the client's result to the flow's SubmitResult.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import Any, Protocol

import numpy as np

from kiosk.flow import Outcome, SubmitResult
from kiosk.quality.rules import Rule

# Error kinds where trying again soon can help; the others need staff (configuration).
RETRYABLE_ERRORS = frozenset({"rate_limited", "server", "timeout", "network", "protocol"})


class Submitter(Protocol):
    @property
    def label(self) -> str:
        """Where answers come from, for the staff panel."""
        ...

    @property
    def is_sandbox(self) -> bool: ...

    def submit(self, frame_bgr: np.ndarray, operator_ref: str | None) -> SubmitResult: ...

    def cancel(self) -> None:
        """Abort the submission in progress (any thread)."""
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


class ApiSubmitter:
    """IDmeta when configured, else the built-in sandbox on loopback (started here)."""

    def __init__(self, cfg: Any) -> None:
        from kiosk.credentials import Secret
        from kiosk.sandbox import SANDBOX_TOKEN, SANDBOX_TRUST_FLOW_ID, SandboxServer

        api = cfg.api
        self._sandbox: SandboxServer | None = None
        if api.uses_sandbox:
            self._sandbox = SandboxServer(port=0, quality_overrides=dict(cfg.quality)).start()
            api = dataclasses.replace(
                api,
                base_url=self._sandbox.base_url,
                token=Secret(SANDBOX_TOKEN),
                trust_flow_id=api.trust_flow_id or SANDBOX_TRUST_FLOW_ID,
            )
        self.api = api
        self._lock = threading.Lock()
        self._current: Any = None

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

    def submit(self, frame_bgr: np.ndarray, operator_ref: str | None) -> SubmitResult:
        from kiosk.api import ApiConfigError, Cancelled, IdmetaClient

        try:
            client = IdmetaClient(self.api)
        except ApiConfigError as exc:
            return SubmitResult(Outcome.ERROR, message=str(exc), error_kind="config")
        with self._lock:
            self._current = client
        try:
            with client:
                result = client.verify(frame_bgr, operator_ref=operator_ref or None)
        except Cancelled:
            return SubmitResult(Outcome.ERROR, message="cancelled", error_kind="cancelled")
        finally:
            with self._lock:
                self._current = None
        return to_submit_result(result)

    def cancel(self) -> None:
        with self._lock:
            if self._current is not None:
                self._current.cancel()

    def close(self) -> None:
        self.cancel()
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None
