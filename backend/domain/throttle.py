"""Sign-in throttling: too many failures for one e-mail within a window -> wait."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta

from backend.domain.errors import too_many_attempts


class SignInThrottle:
    """Counts failures per e-mail in memory (per process is enough to slow guessing)."""

    def __init__(self, max_failures: int, window: timedelta) -> None:
        self._max = max_failures
        self._window = window
        self._failures: dict[str, deque[datetime]] = {}

    def check(self, email: str, now: datetime) -> None:
        """Raise 429 ``too_many_attempts`` while the e-mail is throttled."""
        failures = self._recent(email, now)
        if len(failures) >= self._max:
            wait = failures[0] + self._window - now
            raise too_many_attempts(max(1, int(wait.total_seconds()) + 1))

    def record_failure(self, email: str, now: datetime) -> None:
        self._recent(email, now).append(now)

    def record_success(self, email: str) -> None:
        self._failures.pop(email.lower(), None)

    def _recent(self, email: str, now: datetime) -> deque[datetime]:
        failures = self._failures.setdefault(email.lower(), deque())
        while failures and failures[0] <= now - self._window:
            failures.popleft()
        return failures
