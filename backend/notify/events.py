"""Live events: written with the change, announced after commit, streamed per user.

Every event is a row in ``event`` (so a client can resume with Last-Event-ID).
After a commit that wrote events, the process wakes its own streams at once;
on PostgreSQL a ``NOTIFY`` sent in the same transaction wakes the streams of
every other process too (they ``LISTEN``), so the service scales out on
PostgreSQL alone. SQLite runs one process, and the in-process wake-up is all.

Readers follow the events by id (``id > last``), so ids must become visible
in the order they are given out. PostgreSQL hands out a sequence's numbers at
insert time, not at commit: two writers in different processes could commit
event 8 before event 7, and a reader that had read 8 would never see 7. So an
event row is inserted only at commit, as the transaction's last step, under a
transaction-level advisory lock: one event-writing commit at a time, each
after the one before it is visible. SQLite serializes writers by itself.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

import asyncpg
from sqlalchemy import delete, event, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from backend.db.models import Event, Ticket, User

log = logging.getLogger(__name__)

CHANNEL = "psd_events"
REPLAY_WINDOW = timedelta(hours=24)
_PUBLISHED = "events_published"
_PENDING = "events_pending"
# pg_advisory_xact_lock's key for "inserting events and committing" ("psde").
EVENT_ORDER_LOCK = 0x70736465


class EventBus:
    """Wakes this process's streams; each wake-up bumps a generation number."""

    def __init__(self) -> None:
        self.generation = 0
        self._changed = asyncio.Event()

    def wake(self) -> None:
        """Call on the event loop's thread (commit hooks and asyncpg callbacks are)."""
        self.generation += 1
        self._changed.set()
        self._changed = asyncio.Event()

    async def wait(self, seen: int, timeout: float) -> bool:
        """Wait until the generation moves past ``seen``; False on timeout."""
        if self.generation != seen:
            return True
        try:
            # Not wait_for: no task per waiter, which a thousand streams would feel.
            async with asyncio.timeout(timeout):
                await self._changed.wait()
        except TimeoutError:
            return False
        return True


@dataclass(frozen=True)
class Viewer:
    """Who a stream is for, copied out of the request's database session."""

    id: str
    role: str
    team_id: str | None

    @classmethod
    def of(cls, user: User) -> Viewer:
        return cls(id=user.id, role=user.role, team_id=user.team_id)


def publish(
    session: AsyncSession,
    kind: str,
    *,
    team_id: str | None,
    submitter_id: str | None = None,
    **data: Any,
) -> None:
    # Added at commit (see the module's doc): the id is given out in commit order.
    pending = session.info.setdefault(_PENDING, [])
    pending.append(Event(type=kind, team_id=team_id, submitter_id=submitter_id, data=data))
    session.info[_PUBLISHED] = True


def publish_ticket(session: AsyncSession, kind: str, ticket: Ticket, **data: Any) -> None:
    publish(
        session,
        kind,
        team_id=ticket.team_id,
        submitter_id=ticket.submitter_id,
        ticket_id=ticket.id,
        # Clients decide from these alone whether the event is about their own ticket.
        ticket_submitter_id=ticket.submitter_id,
        **data,
    )


@event.listens_for(Session, "before_commit")
def _insert_pending_events(sync_session: Session) -> None:
    """Every session's commit (the service's, the CLI's) writes the events it published."""
    pending: list[Event] = sync_session.info.pop(_PENDING, [])
    if not pending:
        return
    # Everything else first: after the lock only the event rows are written, so a
    # commit holding it never waits for a row lock another writer holds.
    sync_session.flush()
    connection = sync_session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": EVENT_ORDER_LOCK})
    sync_session.add_all(pending)
    sync_session.flush()


@event.listens_for(Session, "after_rollback")
def _drop_pending_events(sync_session: Session) -> None:
    sync_session.info.pop(_PENDING, None)


def session_class(bus: EventBus, postgres: bool) -> type[Session]:
    """A Session class of this app's own whose commits announce the events they wrote."""

    class AnnouncingSession(Session):
        pass

    @event.listens_for(AnnouncingSession, "before_commit")
    def _notify_others(sync_session: Session) -> None:
        if postgres and sync_session.info.get(_PUBLISHED):
            # Transactional: delivered to every listener when (and only if) this commits.
            sync_session.execute(text(f"NOTIFY {CHANNEL}"))

    @event.listens_for(AnnouncingSession, "after_commit")
    def _wake(sync_session: Session) -> None:
        if sync_session.info.pop(_PUBLISHED, False):
            bus.wake()

    @event.listens_for(AnnouncingSession, "after_rollback")
    def _forget(sync_session: Session) -> None:
        sync_session.info.pop(_PUBLISHED, None)

    return AnnouncingSession


class PostgresListener:
    """LISTENs on its own connection and wakes this process's streams."""

    def __init__(self, dsn: str, bus: EventBus) -> None:
        self._dsn = dsn
        self._bus = bus
        self._connection: asyncpg.Connection | None = None

    async def run(self) -> None:
        while True:
            try:
                self._connection = await asyncpg.connect(self._dsn)
                await self._connection.add_listener(CHANNEL, self._on_notify)
                self._bus.wake()  # catch up with whatever happened while not listening
                while not self._connection.is_closed():
                    await asyncio.sleep(5)
            except (OSError, asyncpg.PostgresError):
                log.warning("event listener lost its connection; reconnecting", exc_info=True)
            finally:
                if self._connection is not None and not self._connection.is_closed():
                    await self._connection.close()
            await asyncio.sleep(1)

    def _on_notify(self, *_args: object) -> None:
        self._bus.wake()


def visible_to(user: Viewer) -> Any:
    """The events a user may see: agents all; admins their team's; members their own."""
    if user.role == "agent":
        return Event.id.is_not(None)
    condition = Event.team_id == user.team_id
    if user.role != "admin":
        condition = condition & or_(Event.submitter_id == user.id, Event.submitter_id.is_(None))
    return condition


class Addressed(Protocol):
    @property
    def team_id(self) -> str | None: ...

    @property
    def submitter_id(self) -> str | None: ...


def can_see(user: Viewer, event: Addressed) -> bool:
    """``visible_to`` for an event already read (the streams' in-memory filter)."""
    if user.role == "agent":
        return True
    if event.team_id is None or event.team_id != user.team_id:
        return False
    return user.role == "admin" or event.submitter_id in (user.id, None)


async def after(
    session: AsyncSession, user: Viewer, last_id: int, limit: int = 200
) -> Sequence[Event]:
    result = await session.execute(
        select(Event).where(Event.id > last_id, visible_to(user)).order_by(Event.id).limit(limit)
    )
    return result.scalars().all()


async def newest_id(session: AsyncSession) -> int:
    return int((await session.execute(select(func.coalesce(func.max(Event.id), 0)))).scalar_one())


async def can_resume_after(session: AsyncSession, last: int) -> bool:
    """Whether a client that saw event ``last`` can be given every event after it: not if
    the events after it were purged (past the replay window), nor if ``last`` is past the
    newest event (a cursor kept from before a restore of the database, or ids started
    again once every event was purged): its next events would be skipped as seen."""
    oldest, newest = (
        await session.execute(
            select(func.coalesce(func.min(Event.id), 0), func.coalesce(func.max(Event.id), 0))
        )
    ).one()
    return int(oldest) <= last + 1 and last <= int(newest)


async def purge(session: AsyncSession, now: datetime) -> None:
    await session.execute(delete(Event).where(Event.created_at <= now - REPLAY_WINDOW))
    await session.commit()
