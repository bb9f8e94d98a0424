"""Errors the domain raises; each carries the stable ``code`` clients rely on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class DomainError(Exception):
    """A rule said no. Rendered as problem+json with ``status`` and ``code``."""

    code: str
    status: int
    title: str
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code}: {self.detail or self.title}"


def not_found(what: str = "resource") -> DomainError:
    # Another team's object answers 404 too: its existence is not revealed.
    return DomainError("not_found", 404, "Not found", f"No such {what}.")


def bad_credentials() -> DomainError:
    return DomainError("bad_credentials", 401, "Wrong e-mail or password")


def not_authenticated(detail: str = "Sign in first.") -> DomainError:
    return DomainError("not_authenticated", 401, "Not signed in", detail)


def invalid_refresh_token() -> DomainError:
    return DomainError(
        "invalid_refresh_token", 401, "Session expired", "The refresh token is not valid."
    )


def try_again_later(code: str, title: str, detail: str, retry_after: int) -> DomainError:
    """A 429 that says, in its body and in Retry-After, how many seconds to wait."""
    return DomainError(
        code,
        429,
        title,
        detail,
        extra={"retry_after": retry_after},
        headers={"Retry-After": str(retry_after)},
    )


def too_many_attempts(retry_after_seconds: int) -> DomainError:
    return try_again_later(
        "too_many_attempts",
        "Too many sign-in attempts",
        f"Try again in {retry_after_seconds} seconds.",
        retry_after_seconds,
    )
