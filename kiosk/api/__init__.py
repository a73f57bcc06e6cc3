"""The IDmeta verification API: client, typed result, errors (Qt-free; httpx)."""

from __future__ import annotations

from kiosk.api.client import IdmetaClient
from kiosk.api.errors import (
    ApiConfigError,
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    Cancelled,
    ErrorKind,
    IdmetaError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    ProtocolError,
    RateLimitError,
    ServerError,
    ServiceFailure,
    Step,
    UnprocessableError,
)
from kiosk.api.imaging import EncodedImage, ImageEncodeError, encode_frame
from kiosk.api.result import Outcome, VerificationResult
from kiosk.api.transport import RetryPolicy

__all__ = [
    "ApiConfigError",
    "ApiConnectionError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AuthenticationError",
    "Cancelled",
    "EncodedImage",
    "ErrorKind",
    "IdmetaClient",
    "IdmetaError",
    "ImageEncodeError",
    "NotFoundError",
    "Outcome",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProtocolError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "ServiceFailure",
    "Step",
    "UnprocessableError",
    "VerificationResult",
    "encode_frame",
]
