"""The IDmeta client: create the verification, submit the face, finalize.

Synchronous on purpose: the app runs it on a worker thread and calls :meth:`cancel` from
the GUI thread. Cancellation is checked between steps and during backoff waits, and it shuts
down the client's connections, so a request that is sending or waiting for its answer ends
at once (a connection still being opened ends as soon as it is open, before anything is sent).
"""

from __future__ import annotations

import logging
import ssl
import threading
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx
import numpy as np

from kiosk import __version__
from kiosk.api.credential import REJECTED_MESSAGE, Credential
from kiosk.api.errors import (
    ApiConfigError,
    Cancelled,
    ErrorKind,
    IdmetaError,
    NotFoundError,
    PayloadTooLargeError,
    Step,
    UnprocessableError,
)
from kiosk.api.imaging import EncodedImage, ImageEncodeError, encode_frame
from kiosk.api.responses import (
    BiometricAnswer,
    FinalizeAnswer,
    HttpAnswer,
    QualityRejection,
    check_answer,
    json_answer,
    read_biometrics,
    read_created,
    read_finalize,
)
from kiosk.api.result import Outcome, VerificationResult
from kiosk.api.transport import Deadline, RetryMode, RetryPolicy, Sender, Timeouts
from kiosk.config import ApiConfig, base_url_problem, is_loopback_host
from kiosk.credentials import TOKEN_ENV, Secret

log = logging.getLogger("kiosk.api")

CREATE_PATH = "/api/v1/verification/create-verification"
BIOMETRICS_PATH = "/api/v3/verifications/biometrics-verification"
FINALIZE_PATH = "/api/v1/verification/finalize-verification"


class IdmetaClient:
    def __init__(
        self,
        api: ApiConfig,
        *,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
        credential: Credential | None = None,
    ) -> None:
        """Raises :class:`ApiConfigError` when ``api`` cannot reach a service safely.

        ``credential`` (shared by the clients of one submitter) reads the token again after
        a 401 and holds back a refused one; without it, ``api.token`` is used as it is."""
        _check_usable(api)
        self.api = api
        self.credential = credential or Credential(api.token)
        self._policy = retry or RetryPolicy(
            max_attempts=api.max_attempts, max_retry_after_s=api.max_retry_after_s
        )
        self._cancel = threading.Event()
        loopback = is_loopback_host(urlsplit(api.base_url).hostname or "")
        self._http = httpx.Client(
            base_url=api.base_url.rstrip("/"),
            headers={
                "Authorization": f"Bearer {self.credential.token.reveal()}",
                "Accept": "application/json",
                "User-Agent": f"idmeta-kiosk/{__version__}",
            },
            verify=_tls_context(api.ca_bundle),
            follow_redirects=False,  # a redirect would carry the token elsewhere
            trust_env=not loopback,  # proxies from the environment, never for loopback
            transport=transport,
        )
        self._sender = Sender(
            self._http,
            timeouts=Timeouts(api.connect_timeout_s, api.read_timeout_s),
            policy=self._policy,
            max_response_bytes=api.max_response_bytes,
            cancel_event=self._cancel,
        )

    def __repr__(self) -> str:
        return f"IdmetaClient(base_url={self.api.base_url!r}, flow={self.api.trust_flow_id!r})"

    # --- lifecycle ---------------------------------------------------------------------

    def cancel(self) -> None:
        """Stop now (any thread): nothing more is sent, a request in progress is abandoned
        by closing its connection (never retried), and verify() raises :class:`Cancelled`."""
        self._cancel.set()
        self._sender.abort_connections()

    def reset_cancel(self) -> None:
        self._cancel.clear()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def requests_sent(self) -> int:
        return self._sender.requests_sent

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> IdmetaClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- the three calls -----------------------------------------------------------------

    def create_verification(
        self, metadata: Mapping[str, str] | None = None, *, deadline: Deadline | None = None
    ) -> str:
        """A new trust validation in the configured trust flow; returns its id."""
        payload: dict[str, Any] = {"template_id": self.api.trust_flow_id}
        if metadata:
            payload["metadata"] = dict(metadata)
        answer = self._post(
            CREATE_PATH,
            payload,
            step=Step.CREATE,
            mode=RetryMode.CREATE,
            deadline=self._dl(deadline),
        )
        return read_created(json_answer(answer, Step.CREATE))

    def submit_biometrics(
        self, verification_id: str, image: EncodedImage, *, deadline: Deadline | None = None
    ) -> BiometricAnswer | QualityRejection:
        flow = self.api.trust_flow_id
        payload = {
            "image": image.data_uri,
            # The docs' example and schema spell the ids differently: send both.
            "trust_flow_id": flow,
            "template_id": flow,
            "trust_validation_id": verification_id,
            "verification_id": verification_id,
        }
        answer = self._post(
            BIOMETRICS_PATH,
            payload,
            step=Step.BIOMETRICS,
            mode=RetryMode.UNSENT_ONLY,
            deadline=self._dl(deadline),
        )
        checked = check_answer(answer, Step.BIOMETRICS)
        if isinstance(checked, QualityRejection):
            return checked
        return read_biometrics(checked, verification_id)

    def finalize_verification(
        self, verification_id: str, *, deadline: Deadline | None = None
    ) -> FinalizeAnswer:
        payload = {"template_id": self.api.trust_flow_id, "verification_id": verification_id}
        answer = self._post(
            FINALIZE_PATH,
            payload,
            step=Step.FINALIZE,
            mode=RetryMode.SAFE,
            deadline=self._dl(deadline),
        )
        return read_finalize(json_answer(answer, Step.FINALIZE))

    def _post(
        self,
        path: str,
        payload: Mapping[str, Any],
        *,
        step: Step,
        mode: RetryMode,
        deadline: Deadline,
    ) -> HttpAnswer:
        """One request; after a 401 the credential is read again once and a new key is
        tried once (a 401 means nothing was processed, so the resend is safe)."""
        sent = self._use(self.credential.token)
        answer = self._sender.post_json(path, payload, step=step, mode=mode, deadline=deadline)
        if answer.status_code != 401:
            self.credential.accepted()
            return answer
        fresh = self.credential.after_refusal(sent)
        if fresh is None:
            return answer  # read as "credentials rejected" by check_answer
        self._use(fresh)
        answer = self._sender.post_json(path, payload, step=step, mode=mode, deadline=deadline)
        if answer.status_code == 401:
            self.credential.after_refusal(fresh, reload=False)
        else:
            self.credential.accepted()
        return answer

    def _use(self, token: Secret) -> Secret:
        self._http.headers["Authorization"] = f"Bearer {token.reveal()}"
        return token

    # --- the whole process ---------------------------------------------------------------

    def verify(
        self,
        frame: np.ndarray | EncodedImage,
        *,
        operator_ref: str | None = None,
        verification_id: str | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> VerificationResult:
        """Create (unless ``verification_id`` is given, e.g. to retake after a quality
        rejection), submit, finalize. Every service or network problem becomes a result
        with ``outcome=error``; only :class:`Cancelled` is raised. ``metadata`` (e.g. the
        person's consent) goes into every create, beside the kiosk's own."""
        deadline = Deadline(self.total_time_s)
        sent_before = self._sender.requests_sent
        vid = verification_id
        held_back = self.credential.blocked_for()
        if held_back > 0:  # the key was refused a moment ago: not sent again yet
            return VerificationResult(
                Outcome.ERROR,
                trust_validation_id=vid,
                message=f"{REJECTED_MESSAGE} (refused by the service; "
                f"the same key is tried again in {held_back:.0f} s)",
                error_kind=ErrorKind.AUTH,
                http_status=401,
            )
        try:
            image = frame if isinstance(frame, EncodedImage) else self._encode(frame)
            if vid is None:
                vid = self.create_verification(
                    self._metadata(operator_ref, metadata), deadline=deadline
                )
            vid, answer = self._submit_with_recovery(
                vid, frame, image, self._metadata(operator_ref, metadata), deadline
            )
        except Cancelled:
            raise
        except IdmetaError as exc:
            return _error_result(exc, vid, self._sender.requests_sent - sent_before)
        except ImageEncodeError as exc:
            return VerificationResult(
                Outcome.ERROR, message=str(exc), error_kind=ErrorKind.VALIDATION
            )
        if isinstance(answer, QualityRejection):
            return VerificationResult(
                Outcome.QUALITY_REJECTED,
                trust_validation_id=vid,
                message=answer.message,
                rule=answer.rule,
                http_status=answer.http_status,
                requests=self._sender.requests_sent - sent_before,
            )
        finalize: dict[str, Any] = {}
        if self.api.finalize:
            finalize = self._finalize_quietly(vid, deadline)
        return VerificationResult(
            answer.outcome,
            status_code=answer.status_code,
            status=answer.status,
            liveness_pass=answer.liveness_pass,
            liveness_score=answer.liveness_score,
            trust_validation_id=vid,
            message=answer.message,
            http_status=200,
            simulated=answer.simulated,
            requests=self._sender.requests_sent - sent_before,
            **finalize,
        )

    def _submit_with_recovery(
        self,
        vid: str,
        frame: np.ndarray | EncodedImage,
        image: EncodedImage,
        create_metadata: dict[str, str],
        deadline: Deadline,
    ) -> tuple[str, BiometricAnswer | QualityRejection]:
        """Submit; once on 413 with a smaller image, once on 404 with a new verification.
        Both answers mean the service did not process the image, so a second try is safe."""
        try:
            return vid, self.submit_biometrics(vid, image, deadline=deadline)
        except PayloadTooLargeError:
            if not isinstance(frame, np.ndarray):
                raise
            smaller = encode_frame(
                frame,
                max_side=max(320, int(max(image.width, image.height) * 0.7)),
                max_payload_bytes=max(50_000, image.payload_bytes // 2),
            )
            log.warning("biometrics: HTTP 413; sending a smaller image once (%r)", smaller)
            return vid, self.submit_biometrics(vid, smaller, deadline=deadline)
        except NotFoundError:
            log.warning("biometrics: HTTP 404 for the verification; starting a new one once")
            create_metadata = {**create_metadata, "idempotency_key": uuid.uuid4().hex}
            new_vid = self.create_verification(create_metadata, deadline=deadline)
            return new_vid, self.submit_biometrics(new_vid, image, deadline=deadline)

    def _finalize_quietly(self, vid: str, deadline: Deadline) -> dict[str, Any]:
        """Finalize; a failure here does not undo the biometric decision already made."""
        try:
            fin = self.finalize_verification(vid, deadline=deadline)
        except Cancelled:
            raise
        except IdmetaError as exc:
            log.warning("finalize failed: %s", exc)
            return {"finalized": False, "finalize_error": exc.kind}
        return {
            "finalized": fin.finalized,
            "finalize_status_code": fin.status_code,
            "finalize_status": fin.status,
        }

    def _encode(self, frame: np.ndarray) -> EncodedImage:
        return encode_frame(
            frame,
            max_side=self.api.max_image_side,
            max_payload_bytes=self.api.max_payload_bytes,
        )

    def _metadata(
        self, operator_ref: str | None, extra: Mapping[str, str] | None = None
    ) -> dict[str, str]:
        """With an idempotency key per verification: a service that honours it never
        makes two for one attempt (and create is not retried once it may have arrived)."""
        meta = {
            **(extra or {}),
            "kiosk_id": self.api.kiosk_id,
            "operator_ref": (operator_ref or "").strip(),
            "idempotency_key": uuid.uuid4().hex,
        }
        return {k: v for k, v in meta.items() if v}

    @property
    def total_time_s(self) -> float:
        """The overall bound of one verification; never shorter than one request may take
        (a read timeout raised with KIOSK_API_TIMEOUT is not silently cut short)."""
        return max(self.api.total_timeout_s, self.api.connect_timeout_s + self.api.read_timeout_s)

    def _dl(self, deadline: Deadline | None) -> Deadline:
        return deadline or Deadline(self.total_time_s)


def _error_result(exc: IdmetaError, vid: str | None, requests: int) -> VerificationResult:
    field_errors = exc.field_errors if isinstance(exc, UnprocessableError) else {}
    return VerificationResult(
        Outcome.ERROR,
        trust_validation_id=vid,
        message=str(exc),
        error_kind=exc.kind,
        error_step=exc.step,
        http_status=getattr(exc, "status_code", None),
        field_errors=field_errors,
        requests=requests,
    )


def _check_usable(api: ApiConfig) -> None:
    if not api.base_url:
        raise ApiConfigError("no service address: set api.base_url or KIOSK_API_BASE_URL")
    problem = base_url_problem(api.base_url)
    if problem:
        raise ApiConfigError(f"api.base_url: {problem}")
    if not api.token:
        raise ApiConfigError(
            f"no API token: set {TOKEN_ENV} or save the token in the settings (OS credential store)"
        )
    if not api.trust_flow_id:
        raise ApiConfigError("no trust flow: set api.trust_flow_id or KIOSK_TRUST_FLOW_ID")
    if api.ca_bundle and not Path(api.ca_bundle).is_file():
        raise ApiConfigError(f"api.ca_bundle: file not found: {api.ca_bundle}")


def _tls_context(ca_bundle: str) -> ssl.SSLContext | bool:
    """Verification is always on; a CA bundle adds to the default roots, never replaces."""
    if not ca_bundle:
        return True
    import certifi

    ctx = ssl.create_default_context(cafile=certifi.where())
    try:
        ctx.load_verify_locations(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as exc:
        raise ApiConfigError(f"api.ca_bundle: not a PEM certificate file ({exc})") from None
    return ctx
