"""Sign-in throttling per (e-mail, client address) and per address, with growing back-off.

Failures from one address never lock the account for another address: the key is the pair.
A ceiling per address across e-mails stops one machine from trying many accounts. The
state lives in the database (backend/db/queries/signin_throttle.py) so every worker and
instance sees it; this module only decides, given a key's record.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from backend.domain.errors import too_many_attempts


@dataclass
class FailureRecord:
    failures: int
    last_failed_at: datetime
    blocked_until: datetime | None


@dataclass(frozen=True)
class ThrottlePolicy:
    # This many failures for one (e-mail, address) start the back-off...
    pair_max_failures: int
    # ...and this many for one address across all e-mails.
    address_max_failures: int
    # The first wait; each further failure doubles it, up to max_wait.
    base_wait: timedelta
    max_wait: timedelta

    def check(self, record: FailureRecord | None, now: datetime) -> None:
        """Raise 429 ``too_many_attempts`` (with Retry-After) while the key must wait."""
        if record is not None and record.blocked_until is not None and record.blocked_until > now:
            seconds = math.ceil((record.blocked_until - now).total_seconds())
            raise too_many_attempts(max(1, seconds))

    def after_failure(
        self, record: FailureRecord | None, now: datetime, max_failures: int
    ) -> FailureRecord:
        """The record once this failure is counted; past the limit, the wait doubles."""
        failures = 1
        if record is not None and not self._forgotten(record, now):
            failures = record.failures + 1
        blocked_until = None
        if failures >= max_failures:
            doublings = min(failures - max_failures, 30)
            wait = min(self.base_wait * (2**doublings), self.max_wait)
            blocked_until = now + wait
        return FailureRecord(failures, now, blocked_until)

    def _forgotten(self, record: FailureRecord, now: datetime) -> bool:
        # Quiet for a whole base wait after the last failure (or the end of the last
        # wait): start counting afresh, so an old typo does not weigh on today.
        since = max(record.last_failed_at, record.blocked_until or record.last_failed_at)
        return now - since >= self.base_wait


def pair_key(email: str, address: str) -> str:
    return f"pair:{email.strip().lower()}|{address}"


def address_key(address: str) -> str:
    return f"addr:{address}"
