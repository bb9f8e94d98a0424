"""What can go wrong talking to the service, as types the UI can explain."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def __str__(self) -> str:
        return f"cannot reach {self.url}: {self.reason}"


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
