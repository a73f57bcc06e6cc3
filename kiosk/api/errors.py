"""Exceptions of the IDmeta client, in the spirit of httpx / openai-python.

::

    IdmetaError                      .kind (ErrorKind), .step, one-line str()
    ├── ApiConfigError               kind=config: bad base URL, no token, missing CA bundle
    ├── ApiConnectionError           kind=network: reset, dropped, proxy failed
    │   ├── ApiDnsError              kind=dns: the host name does not resolve
    │   ├── ApiRefusedError          kind=refused: nothing listens at the address
    │   ├── ApiTlsError              kind=tls: certificate not trusted, handshake failed
    │   └── ApiTimeoutError          kind=timeout: connect, read or overall deadline
    ├── ApiStatusError               .status_code, .service_message: an HTTP error answer
    │   ├── AuthenticationError      401 (auth)
    │   ├── PermissionDeniedError    403 (config)
    │   ├── NotFoundError            404 (config: wrong base URL or unknown verification)
    │   ├── PayloadTooLargeError     413 (validation)
    │   ├── UnprocessableError       400/422 (validation), .field_errors
    │   ├── RateLimitError           429 (rate_limited), .retry_after
    │   └── ServerError              5xx (server)
    ├── ServiceFailure               kind=server: a 200 saying success:false
    ├── ProtocolError                kind=protocol: not JSON, HTML, fields missing, too big
    └── Cancelled                    the caller cancelled; not an outcome to show

The UI decides what to show and whether a retry makes sense from ``kind`` alone.
No message ever contains the token or the image.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    AUTH = "auth"
    CONFIG = "config"
    VALIDATION = "validation"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    TIMEOUT = "timeout"
    NETWORK = "network"
    DNS = "dns"
    REFUSED = "refused"
    TLS = "tls"
    PROTOCOL = "protocol"


class Step(StrEnum):
    CREATE = "create"
    BIOMETRICS = "biometrics"
    FINALIZE = "finalize"


class IdmetaError(Exception):
    kind: ErrorKind = ErrorKind.PROTOCOL

    def __init__(self, message: str, *, step: Step | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.step = step

    def __str__(self) -> str:
        return f"{self.step}: {self.message}" if self.step else self.message


class ApiConfigError(IdmetaError):
    kind = ErrorKind.CONFIG


class ApiConnectionError(IdmetaError):
    kind = ErrorKind.NETWORK
    retryable = True  # worth another attempt when it certainly was not sent

    def __init__(self, message: str, *, step: Step | None = None, sent: bool = False) -> None:
        super().__init__(message, step=step)
        self.sent = sent  # the request may have reached the service


class ApiTimeoutError(ApiConnectionError):
    kind = ErrorKind.TIMEOUT


class ApiDnsError(ApiConnectionError):
    """The service's host name does not resolve (a typo in api.base_url, or no DNS)."""

    kind = ErrorKind.DNS


class ApiRefusedError(ApiConnectionError):
    """The address answered that nothing listens there (wrong port, service down)."""

    kind = ErrorKind.REFUSED


class ApiTlsError(ApiConnectionError):
    """The TLS handshake failed: the certificate is not trusted (a TLS-inspecting proxy,
    a wrong host) or the other end does not speak TLS. Retrying cannot help."""

    kind = ErrorKind.TLS
    retryable = False


class ApiStatusError(IdmetaError):
    kind = ErrorKind.PROTOCOL

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        service_message: str | None = None,
        step: Step | None = None,
    ) -> None:
        super().__init__(message, step=step)
        self.status_code = status_code
        self.service_message = service_message


class AuthenticationError(ApiStatusError):
    """401: the token was refused, also after the credential was read again once."""

    kind = ErrorKind.AUTH


class PermissionDeniedError(ApiStatusError):
    kind = ErrorKind.CONFIG


class NotFoundError(ApiStatusError):
    kind = ErrorKind.CONFIG


class PayloadTooLargeError(ApiStatusError):
    kind = ErrorKind.VALIDATION


class UnprocessableError(ApiStatusError):
    kind = ErrorKind.VALIDATION

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        service_message: str | None = None,
        field_errors: dict[str, list[str]] | None = None,
        step: Step | None = None,
    ) -> None:
        super().__init__(
            message, status_code=status_code, service_message=service_message, step=step
        )
        self.field_errors = field_errors or {}


class RateLimitError(ApiStatusError):
    kind = ErrorKind.RATE_LIMITED

    def __init__(
        self,
        message: str,
        *,
        status_code: int = 429,
        service_message: str | None = None,
        retry_after: float | None = None,
        step: Step | None = None,
    ) -> None:
        super().__init__(
            message, status_code=status_code, service_message=service_message, step=step
        )
        self.retry_after = retry_after


class ServerError(ApiStatusError):
    kind = ErrorKind.SERVER


class ServiceFailure(IdmetaError):
    """The service answered but reported a failure of its own (``success: false``)."""

    kind = ErrorKind.SERVER

    def __init__(
        self, message: str, *, status_code: int, service_message: str | None, step: Step | None
    ) -> None:
        super().__init__(message, step=step)
        self.status_code = status_code
        self.service_message = service_message


class ProtocolError(IdmetaError):
    kind = ErrorKind.PROTOCOL

    def __init__(
        self, message: str, *, status_code: int | None = None, step: Step | None = None
    ) -> None:
        super().__init__(message, step=step)
        self.status_code = status_code


class Cancelled(IdmetaError):
    """Raised by a client whose ``cancel()`` was called; nothing further is sent."""

    kind = ErrorKind.NETWORK
