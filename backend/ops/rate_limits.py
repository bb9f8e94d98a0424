"""Per-user limits on write requests: 429 ``rate_limited`` with ``Retry-After``.

A token bucket per signed-in user (the access token's subject, so signing in
again does not start afresh): ``WRITE_RATE_LIMIT_BURST`` writes at once, refilled
at ``WRITE_RATE_LIMIT_PER_MINUTE``. Only writes that succeed (2xx) use up the
allowance: the limit is on changes made, and a client that is told "invalid"
(422, 404, 409) has changed nothing, nor cost the database a write. The buckets
live in each process, so with N workers or instances a user may write up to N
times as fast; the limit is there to stop a runaway script, not to meter.
Sign-in has its own throttle and signing out must always work, so ``/v1/auth/``
is left alone.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend.api.problems import problem
from backend.domain.errors import DomainError, try_again_later
from backend.domain.tokens import read_access_token
from backend.ops import metrics

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
EXEMPT_PREFIX = "/v1/auth/"
# Forget users whose bucket has filled up again once this many are kept.
PRUNE_ABOVE = 10_000


def is_limited(method: str, path: str) -> bool:
    return method.upper() in WRITE_METHODS and not path.startswith(EXEMPT_PREFIX)


@dataclass
class _Bucket:
    tokens: float
    at: float


class WriteRateLimiter:
    def __init__(
        self, per_minute: int, burst: int, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_second = per_minute / 60
        self.burst = burst
        self._monotonic = monotonic
        self._buckets: dict[str, _Bucket] = {}

    @property
    def enabled(self) -> bool:
        return self.per_second > 0

    def wait(self, key: str) -> int | None:
        """None if ``key`` may write now, else the seconds until it may."""
        bucket = self._refilled(key)
        if bucket.tokens >= 1:
            return None
        return max(1, math.ceil((1 - bucket.tokens) / self.per_second))

    def charge(self, key: str) -> None:
        """One write by ``key`` succeeded.

        Writes allowed at the same moment all count, so the bucket may go below
        zero; not further than one burst, or one flood would lock a user out for long.
        """
        bucket = self._refilled(key)
        bucket.tokens = max(-self.burst, bucket.tokens - 1)

    def _refilled(self, key: str) -> _Bucket:
        now = self._monotonic()
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= PRUNE_ABOVE:
                self._prune(now)
            bucket = self._buckets[key] = _Bucket(float(self.burst), now)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.at) * self.per_second)
            bucket.at = now
        return bucket

    def _prune(self, now: float) -> None:
        full = [
            key
            for key, bucket in self._buckets.items()
            if bucket.tokens + (now - bucket.at) * self.per_second >= self.burst
        ]
        for key in full:
            del self._buckets[key]


def rate_limited(retry_after: int) -> DomainError:
    return try_again_later(
        "rate_limited",
        "Too many requests",
        f"This account sends changes faster than allowed; try again in {retry_after} s.",
        retry_after,
    )


class WriteRateLimits:
    """ASGI middleware: counts a signed-in user's writes before the route runs.

    Requests without a valid access token pass through untouched; the route
    answers them (401) as always.
    """

    def __init__(
        self,
        app: ASGIApp,
        limiter: WriteRateLimiter,
        secret_key: str,
        now: Callable[[], datetime],
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.secret_key = secret_key
        self.now = now

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and self.limiter.enabled
            and is_limited(scope["method"], scope["path"])
        ):
            user_id = self._user(scope)
            if user_id is not None:
                wait = self.limiter.wait(user_id)
                if wait is not None:
                    metrics.RATE_LIMITED.inc()
                    error = rate_limited(wait)
                    response = problem(
                        error.status,
                        error.code,
                        error.title,
                        error.detail,
                        error.extra,
                        error.headers,
                    )
                    await response(scope, receive, send)
                    return
                await self.app(scope, receive, self._charging(user_id, send))
                return
        await self.app(scope, receive, send)

    def _charging(self, user_id: str, send: Send) -> Send:
        """``send``, counting the write once its answer says it succeeded."""

        async def charging_send(message: Message) -> None:
            if message["type"] == "http.response.start" and 200 <= message["status"] < 300:
                self.limiter.charge(user_id)
            await send(message)

        return charging_send

    def _user(self, scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name == b"authorization":
                scheme, _, token = value.decode("latin-1").partition(" ")
                if scheme.lower() != "bearer" or not token:
                    return None
                try:
                    return read_access_token(token.strip(), self.secret_key, self.now())
                except DomainError:
                    return None
        return None
