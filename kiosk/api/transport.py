"""Sending one JSON request with bounded time, bounded size, cancellation and safe retries."""

from __future__ import annotations

import contextlib
import logging
import random
import socket
import ssl
import threading
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import httpx

from kiosk.api.errors import (
    ApiConfigError,
    ApiConnectionError,
    ApiDnsError,
    ApiRefusedError,
    ApiTimeoutError,
    ApiTlsError,
    Cancelled,
    IdmetaError,
    ProtocolError,
    RateLimitError,
    Step,
)
from kiosk.api.responses import HttpAnswer, json_object, status_error

log = logging.getLogger("kiosk.api")

GATEWAY_STATUSES = (502, 503, 504)


class RetryMode(Enum):
    # create / finalize: connection problems, 429 and 502/503/504 are retried.
    SAFE = "safe"
    # The biometric POST is not idempotent: only when it certainly never reached the
    # service (connection refused, connect timeout) or was turned away with 429.
    UNSENT_ONLY = "unsent_only"
    # create makes a verification: never again once the request may have reached the
    # service (a dropped connection, a read timeout, a gateway's 504 — each may follow a
    # verification made); retried only when unsent and on 429, 502 and 503 (turned away
    # before the service took it). Each create also carries an idempotency key.
    CREATE = "create"


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 3
    backoff_base_s: float = 0.5
    backoff_max_s: float = 8.0
    max_retry_after_s: float = 30.0  # a longer Retry-After is not waited for: rate_limited

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter (50-100 % of the step) after ``attempt`` failed."""
        step = min(self.backoff_max_s, self.backoff_base_s * 2 ** (attempt - 1))
        return step * (0.5 + random.random() / 2)


class Deadline:
    """The overall time bound of one verification."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()


@dataclass(frozen=True)
class Timeouts:
    connect_s: float
    read_s: float


class Sender:
    def __init__(
        self,
        http: httpx.Client,
        *,
        timeouts: Timeouts,
        policy: RetryPolicy,
        max_response_bytes: int,
        cancel_event: threading.Event,
    ) -> None:
        self._http = http
        self._timeouts = timeouts
        self._policy = policy
        self._max_response_bytes = max_response_bytes
        self._cancel = cancel_event
        self.requests_sent = 0
        # The network streams of this client's connections (plain and TLS), seen through
        # httpcore's trace extension, so a cancel can end a request waiting for its answer.
        self._streams: weakref.WeakSet[Any] = weakref.WeakSet()
        self._streams_lock = threading.Lock()

    def abort_connections(self) -> None:
        """Shut down every open connection (any thread; after the cancel event is set).

        A request blocked sending its body or waiting for its answer wakes at once with a
        connection error, which :meth:`post_json` reports as :class:`Cancelled`. A shut
        down connection is never reused (the pool drops it as expired)."""
        with self._streams_lock:
            streams = list(self._streams)
        for stream in streams:
            _shutdown(stream)

    def _trace(self, event: str, info: Mapping[str, Any]) -> None:
        """httpcore's trace hook (called on the requesting thread)."""
        if not event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            return
        stream = info.get("return_value")
        if stream is None:
            return
        with self._streams_lock:
            self._streams.add(stream)
        if self._cancel.is_set():
            _shutdown(stream)  # cancelled while this connection was being made

    def post_json(
        self,
        path: str,
        payload: Mapping[str, Any],
        *,
        step: Step,
        mode: RetryMode,
        deadline: Deadline,
    ) -> HttpAnswer:
        """The answer to be interpreted, or a typed error once retries are spent."""
        attempt = 0
        while True:
            attempt += 1
            self.check_cancelled()
            if deadline.remaining() <= 0:
                raise ApiTimeoutError(
                    f"no result within the overall limit of {deadline.seconds:g} s", step=step
                )
            try:
                answer = self._send_once(path, payload, step, deadline)
            except ApiConnectionError as exc:
                retryable = exc.retryable and (not exc.sent or mode is RetryMode.SAFE)
                if isinstance(exc, ApiTimeoutError) and exc.sent:
                    retryable = False  # a read timeout: the service may be processing it
                if not retryable or attempt >= self._policy.max_attempts:
                    raise
                wait = self._policy.backoff(attempt)
                log.warning("%s: %s; retrying in %.1f s", step, exc.message, wait)
                self._wait(wait, deadline, exc)
                continue
            status = answer.status_code
            retry_status = (
                status == 429
                or (mode is RetryMode.SAFE and status in GATEWAY_STATUSES)
                or (mode is RetryMode.CREATE and status in (502, 503))
            )
            if not retry_status:
                return answer
            error = status_error(answer, json_object(answer), step)
            if attempt >= self._policy.max_attempts:
                raise error
            wait = self._policy.backoff(attempt)
            if isinstance(error, RateLimitError) and error.retry_after is not None:
                if error.retry_after > self._policy.max_retry_after_s:
                    raise error  # waiting less would only earn another 429
                wait = error.retry_after
            log.warning("%s: HTTP %s; retrying in %.1f s", step, status, wait)
            self._wait(wait, deadline, error)

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def _wait(self, seconds: float, deadline: Deadline, cause: IdmetaError) -> None:
        if seconds >= deadline.remaining():
            raise cause  # the overall bound comes first: report what went wrong
        if self._cancel.wait(seconds):
            raise Cancelled("cancelled")

    def _send_once(
        self, path: str, payload: Mapping[str, Any], step: Step, deadline: Deadline
    ) -> HttpAnswer:
        remaining = max(0.01, deadline.remaining())
        connect = min(self._timeouts.connect_s, remaining)
        read = min(self._timeouts.read_s, remaining)
        timeout = httpx.Timeout(connect=connect, read=read, write=read, pool=connect)
        started = time.monotonic()
        self.requests_sent += 1
        try:
            with self._http.stream(
                "POST", path, json=payload, timeout=timeout, extensions={"trace": self._trace}
            ) as response:
                body = self._read_capped(response, step, deadline)
                answer = HttpAnswer(
                    status_code=response.status_code,
                    body=body,
                    content_type=response.headers.get("content-type", ""),
                    retry_after=response.headers.get("retry-after"),
                    location=response.headers.get("location"),
                )
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            if self._cancel.is_set():  # the connection was shut down by cancel()
                raise Cancelled("cancelled") from None
            raise _translate(exc, step, connect, read) from None
        log.info(
            "%s: POST %s -> HTTP %s in %.2f s",
            step,
            path,
            answer.status_code,
            time.monotonic() - started,
        )
        return answer

    def _read_capped(self, response: httpx.Response, step: Step, deadline: Deadline) -> bytes:
        limit = self._max_response_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ProtocolError(
                f"the answer is too large ({int(declared)} bytes, limit {limit})",
                status_code=response.status_code,
                step=step,
            )
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise ProtocolError(
                    f"the answer is too large (over {limit} bytes)",
                    status_code=response.status_code,
                    step=step,
                )
            if deadline.remaining() <= 0:
                raise ApiTimeoutError(
                    f"no complete answer within the overall limit of {deadline.seconds:g} s",
                    step=step,
                    sent=True,
                )
            self.check_cancelled()
            chunks.append(chunk)
        return b"".join(chunks)


def _shutdown(stream: Any) -> None:
    """End a connection from another thread: ``shutdown()`` wakes a thread blocked in
    ``recv``/``send`` on it (closing the descriptor would not). The base socket's
    ``shutdown`` is used for TLS too: ``SSLSocket.shutdown`` would also drop the TLS
    object under the reading thread's feet."""
    sock = stream.get_extra_info("socket")
    if not isinstance(sock, socket.socket):
        return
    with contextlib.suppress(OSError):  # already closed, or detached when TLS took it over
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _translate(
    exc: httpx.HTTPError | httpx.InvalidURL, step: Step, connect: float, read: float
) -> IdmetaError:
    """httpx's exception as ours, one line each: DNS, refused, TLS and timeouts each have
    their own kind and words; whether the request may have reached the service matters."""
    reason = _reason(exc)
    where = _where(exc)
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return ApiTimeoutError(
            f"timeout: no connection to {where} within {connect:g} s "
            "(the network or a firewall drops it)",
            step=step,
            sent=False,
        )
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(
            f"timeout: the service did not answer within {read:g} s", step=step, sent=True
        )
    if isinstance(exc, httpx.ConnectError):
        cause = _root_cause(exc)
        if isinstance(cause, socket.gaierror):
            return ApiDnsError(
                f"DNS: the host name {_host(exc)} does not resolve "
                "(check api.base_url and the network's DNS)",
                step=step,
                sent=False,
            )
        if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in reason:
            detail = getattr(cause, "verify_message", "") or "verification failed"
            return ApiTlsError(
                f"TLS: the certificate of {where} is not trusted ({detail}; behind a "
                "TLS-inspecting proxy, set api.ca_bundle)",
                step=step,
                sent=False,
            )
        if isinstance(cause, ssl.SSLError):
            return ApiTlsError(
                f"TLS: the secure connection to {where} failed "
                f"({getattr(cause, 'reason', None) or reason}; is it an https address?)",
                step=step,
                sent=False,
            )
        if isinstance(cause, ConnectionRefusedError):
            return ApiRefusedError(
                f"connection refused: nothing is listening at {where} "
                "(check api.base_url, or the service is down)",
                step=step,
                sent=False,
            )
        return ApiConnectionError(f"cannot connect to {where}: {reason}", step=step, sent=False)
    if isinstance(exc, httpx.ProxyError):
        return ApiConnectionError(f"proxy failed: {reason}", step=step, sent=False)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.LocalProtocolError | httpx.InvalidURL):
        return ApiConfigError(f"invalid request: {reason}", step=step)
    if isinstance(exc, httpx.DecodingError):
        return ProtocolError(f"the answer could not be decoded: {reason}", step=step)
    return ApiConnectionError(f"connection lost: {reason}", step=step, sent=True)


def _root_cause(exc: BaseException) -> BaseException:
    """The innermost exception httpx and httpcore wrapped (socket.gaierror, ssl.SSLError,
    ConnectionRefusedError, ...)."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        inner = exc.__cause__ or exc.__context__
        if inner is None:
            break
        exc = inner
    return exc


def _host(exc: BaseException) -> str:
    try:
        request = exc.request  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):  # httpx raises RuntimeError when it has none
        return "of the service"
    return str(request.url.host)[:100] or "of the service"


def _where(exc: BaseException) -> str:
    """``host:port`` of the request, never its path or headers."""
    try:
        url = exc.request.url  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):
        return "the service"
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{str(url.host)[:100]}:{port}"


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return (text or type(exc).__name__)[:200]
