"""Who sent an access token, remembered for a few seconds per process.

Every authenticated request used to check the token's signature and read its
user from the database; a client sends the same token for up to
``ACCESS_TOKEN_SECONDS``. This cache keeps, per token (by its SHA-256, so no
token is kept in memory after its request), the user's columns and the token's
expiry, for ``AUTH_CACHE_SECONDS``.

What stays exact: a token's expiry is checked against the service's clock on
every request, hit or miss (an expired token is refused at once). What may lag,
by at most ``AUTH_CACHE_SECONDS`` per process: a change made to the user's row
behind the service's back (its role, team or name edited, or the row deleted,
in the database directly; the service itself has no endpoint that changes
them). Signing out forgets the user's entries in the process that served it.
``AUTH_CACHE_SECONDS=0`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import make_transient_to_detached

from backend.db.models import User

# Enough for every client of a busy process; past it, expired entries go first,
# then everything (the next request of each client fills it again).
MAX_ENTRIES = 10_000

_COLUMNS = tuple(column.key for column in User.__table__.columns)


@dataclass(frozen=True, slots=True)
class Caller:
    """A remembered caller as the read pages need it (``backend.domain.viewers.Viewer``):
    made once per entry and shared by its requests, which only read it."""

    id: str
    team_id: str | None
    role: str


@dataclass(frozen=True)
class _Entry:
    columns: tuple[object, ...]  # the user's row, in _COLUMNS order
    caller: Caller
    expires: int  # the token's own expiry (epoch seconds)
    fresh_until: float  # monotonic time after which the row is read again


class CallerCache:
    def __init__(self, seconds: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._monotonic = monotonic
        self._entries: dict[bytes, _Entry] = {}

    @staticmethod
    def key(token: str) -> bytes:
        return hashlib.sha256(token.encode()).digest()

    def get(self, key: bytes, now_epoch: float) -> tuple[User, int] | None:
        """A fresh copy of the cached caller and the token's expiry, or None (read again)."""
        entry = self._entry(key, now_epoch)
        if entry is None:
            return None
        return _detached_user(entry.columns), entry.expires

    def caller(self, key: bytes, now_epoch: float) -> Caller | None:
        """As ``get``, without the ORM object: building a ``User`` per request was
        about 5 % of the lean list page's profile (bench/README.md)."""
        entry = self._entry(key, now_epoch)
        return None if entry is None else entry.caller

    def _entry(self, key: bytes, now_epoch: float) -> _Entry | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.fresh_until <= self._monotonic() or entry.expires <= now_epoch:
            del self._entries[key]
            return None
        return entry

    def put(self, key: bytes, user: User, expires: int) -> None:
        if self.seconds <= 0:
            return
        if len(self._entries) >= MAX_ENTRIES:
            self._prune()
        columns = tuple(getattr(user, name) for name in _COLUMNS)
        caller = Caller(user.id, user.team_id, user.role)
        self._entries[key] = _Entry(columns, caller, expires, self._monotonic() + self.seconds)

    def forget_user(self, user_id: str) -> None:
        """Drop every token of this user (sign-out), in this process."""
        index = _COLUMNS.index("id")
        for key in [k for k, e in self._entries.items() if e.columns[index] == user_id]:
            del self._entries[key]

    def _prune(self) -> None:
        now = self._monotonic()
        for key in [k for k, e in self._entries.items() if e.fresh_until <= now]:
            del self._entries[key]
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()


def _detached_user(columns: tuple[object, ...]) -> User:
    """A new User per request (routes may read it while others do), like a loaded one.

    Detached, not transient: should a route ever attach it to its session, the
    session takes it for the existing row rather than a new one to insert.
    """
    user = User(**dict(zip(_COLUMNS, columns, strict=True)))
    make_transient_to_detached(user)
    return user
