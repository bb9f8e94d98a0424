"""At most so many open event streams per user, so one account cannot take them all."""

from __future__ import annotations

from collections import Counter

from backend.domain.errors import DomainError
from backend.ops import metrics

# What Retry-After says unless EVENT_STREAMS_RETRY_AFTER says otherwise.
RETRY_AFTER_SECONDS = 10


def too_many_streams(limit: int, retry_after: int = RETRY_AFTER_SECONDS) -> DomainError:
    return DomainError(
        "too_many_streams",
        429,
        "Too many event streams",
        f"This account has {limit} event streams open already; close one or try again later.",
        extra={"retry_after": retry_after, "limit": limit},
        headers={"Retry-After": str(retry_after)},
    )


class StreamSlot:
    """One user's open stream; release it once, however the stream ends."""

    def __init__(self, slots: StreamSlots, user_id: str) -> None:
        self._slots = slots
        self._user_id = user_id
        self._held = True

    def release(self) -> None:
        if self._held:
            self._held = False
            self._slots._release(self._user_id)


class StreamSlots:
    """Counts this process's open streams per user (each worker counts its own)."""

    def __init__(self, per_user: int, retry_after: int = RETRY_AFTER_SECONDS) -> None:
        self.per_user = per_user
        self.retry_after = retry_after
        self._open: Counter[str] = Counter()

    def take(self, user_id: str) -> StreamSlot:
        if self._open[user_id] >= self.per_user:
            raise too_many_streams(self.per_user, self.retry_after)
        self._open[user_id] += 1
        metrics.EVENT_STREAMS.inc()
        return StreamSlot(self, user_id)

    def _release(self, user_id: str) -> None:
        self._open[user_id] -= 1
        metrics.EVENT_STREAMS.dec()
        if self._open[user_id] <= 0:
            del self._open[user_id]
