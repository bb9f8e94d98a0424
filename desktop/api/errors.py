"""What can go wrong talking to the service, as types the UI can explain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class ServiceError(Exception):
    """Base of every error that comes from talking to the service."""


@dataclass
class ApiError(ServiceError):
    """The service answered with a problem+json (or at least an error status)."""

    status: int
    code: str
    title: str = ""
    detail: str = ""
    fields: tuple[str, ...] = field(default_factory=tuple)
    retry_after: int | None = None

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.detail or self.title}"


@dataclass
class ServerUnreachable(ServiceError):
    """No answer: the server is down, the network is gone, or the name is unknown."""

    url: str
    reason: str = ""
    # The app's own local demo workspace (its address is not the user's to check).
    local: bool = field(default=False, kw_only=True)
    # That local service was given up (it crashed too often): nothing retries it until
    # the user starts it again, so no message may promise that the app keeps trying.
    stopped: bool = field(default=False, kw_only=True)
    # The request may have reached the service before the connection failed (a timeout
    # waiting for the answer, a connection dropped after sending): whether a write was
    # made is then unknown. False: it was never sent (refused, no route, no proxy).
    request_sent: bool = field(default=False, kw_only=True)

    def __str__(self) -> str:
        return f"cannot reach {self.url}: {self.reason}"


@dataclass
class CertificateRejected(ServerUnreachable):
    """The server answered, but its certificate could not be trusted (still no connection).

    ``problem`` says why: ``unknown_authority`` (typically a company proxy's own root
    certificate that is not installed), ``expired``, ``wrong_host`` or ``other``.
    """

    problem: str = "other"
    # The certificate the server presented, when it could be read (desktop/api/certificates.py):
    # the common names (or whole names) of its subject and issuer, and its validity.
    subject: str = ""
    issuer: str = ""
    not_before: datetime | None = None
    not_after: datetime | None = None

    def __str__(self) -> str:
        return f"certificate of {self.url} rejected ({self.problem}): {self.reason}"


@dataclass
class ProxyFailed(ServerUnreachable):
    """The proxy in the way did not carry the connection.

    ``proxy`` is ``host:port`` only, never the password. ``problem``: ``authentication``
    (407: no or wrong user name and password), ``no_answer`` (nothing listens there) or
    ``refused`` (it answered the CONNECT with another error).
    """

    proxy: str = ""
    problem: str = "no_answer"

    def __str__(self) -> str:
        return f"proxy {self.proxy} failed for {self.url} ({self.problem}): {self.reason}"


@dataclass
class ExtraCertificateUnusable(ServerUnreachable):
    """The extra CA file named in Settings → Network cannot be read (moved, or not PEM)."""

    path: str = ""

    def __str__(self) -> str:
        return f"cannot load the extra CA file {self.path}: {self.reason}"


# OpenSSL's verify codes (X509_V_ERR_*) as the reasons the user is told.
_CERTIFICATE_PROBLEMS = {
    2: "unknown_authority",  # unable to get issuer certificate
    18: "unknown_authority",  # self-signed certificate
    19: "unknown_authority",  # self-signed certificate in chain
    20: "unknown_authority",  # unable to get local issuer certificate
    21: "unknown_authority",  # unable to verify the first certificate
    9: "not_yet_valid",
    10: "expired",
    62: "wrong_host",  # hostname mismatch
    64: "wrong_host",  # IP address mismatch
}


def unreachable(url: str, error: BaseException) -> ServerUnreachable:
    """What a transport error means to the user: no connection, or an untrusted certificate."""
    import ssl

    import httpx

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            problem = _CERTIFICATE_PROBLEMS.get(cause.verify_code, "other")
            return CertificateRejected(url, cause.verify_message or str(cause), problem)
        cause = cause.__cause__ or cause.__context__
    # Only these fail before a byte of the request leaves: any other may have been sent.
    unsent = (
        httpx.ConnectError,
        httpx.ConnectTimeout,
        httpx.PoolTimeout,
        httpx.ProxyError,
        httpx.UnsupportedProtocol,
    )
    return ServerUnreachable(url, type(error).__name__, request_sent=not isinstance(error, unsent))


@dataclass
class InvalidServerUrl(ServiceError):
    url: str

    def __str__(self) -> str:
        return f"not a server URL: {self.url!r}"


@dataclass
class NotPremiumSupportServer(ServiceError):
    """Something answered, but not the Premium Support API."""

    url: str

    def __str__(self) -> str:
        return f"{self.url} does not answer like a Premium Support server"


class SessionExpired(ServiceError):
    """The refresh token no longer works: the user must sign in again."""
