"""The ``Retry-After`` header: delay-seconds or an HTTP date (RFC 9110, 10.2.3)."""

from __future__ import annotations

import math
from datetime import UTC, datetime


def retry_after_seconds(value: str | None, now: datetime | None = None) -> int | None:
    """Whole seconds to wait (rounded up, never negative), or None when absent or unreadable.

    A date in the past means "now" (0): the server's clock may be ahead of ours,
    and waiting is the caller's own back-off then.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    # Only for a date, which is rare: the client's start imports nothing it need not.
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": the RFC's dates are in GMT
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0, math.ceil(seconds))
