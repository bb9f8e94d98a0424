"""One reader of new events per process, shared by all its open event streams.

A stream must not hold a database connection while it waits (a few dozen open
streams would empty the pool), and a thousand streams must not each query the
database when one event is published. So the hub, once per wake-up, reads the
new events in one short session and keeps the recent ones in memory; every
stream picks the ones its viewer may see from there. A stream that is further
behind than the hub remembers (a resume with an old Last-Event-ID) reads its
backlog from the database itself, in short sessions.
"""

from __future__ import annotations

import asyncio
import json
import logging
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.db.models import Event
from backend.notify.events import EventBus, Viewer, can_see, newest_id

log = logging.getLogger(__name__)

READ_BATCH = 500
KEEP = 5000  # recent events kept in memory; older resumes go to the database


def sse_text(event_id: int, kind: str, data: dict[str, Any]) -> str:
    """One event as a Server-Sent Events message."""
    payload = json.dumps({"type": kind, **data}, ensure_ascii=False, separators=(",", ":"))
    return f"id: {event_id}\nevent: {kind}\ndata: {payload}\n\n"


@dataclass(frozen=True)
class Published:
    """An event as read by the hub, detached from any session, formatted once for all."""

    id: int
    team_id: str | None
    submitter_id: str | None
    text: str


class EventHub:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        bus: EventBus,
        poll_seconds: float,
        keep: int = KEEP,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._bus = bus
        # A safety net only: commits and NOTIFY wake the hub at once.
        self._poll_seconds = poll_seconds
        self._keep = keep
        self._fanout = EventBus()
        self._events: list[Published] = []
        self._ids: list[int] = []
        self._ready = asyncio.Event()
        # Every event with floor < id <= cursor is in memory.
        self.cursor = 0
        self.floor = 0

    async def run(self) -> None:
        while True:
            seen = self._bus.generation
            try:
                if not self._ready.is_set():
                    async with self._sessionmaker() as session:
                        self.cursor = self.floor = await newest_id(session)
                    self._ready.set()
                await self._read_new()
            except (SQLAlchemyError, OSError):
                log.warning("reading new events failed; trying again", exc_info=True)
                await asyncio.sleep(1)
                continue
            await self._bus.wait(seen, self._poll_seconds)

    async def ready(self) -> None:
        await self._ready.wait()

    @property
    def generation(self) -> int:
        return self._fanout.generation

    def wake_streams(self) -> None:
        """Wake every waiting stream without news (e.g. to see the service is stopping)."""
        self._fanout.wake()

    async def wait(self, seen: int, timeout: float) -> bool:
        """Wait until new events arrived after ``seen``; False on timeout."""
        return await self._fanout.wait(seen, timeout)

    def since(self, viewer: Viewer, last: int) -> tuple[list[Published], int] | None:
        """The viewer's events after ``last`` and the id read up to; None if not kept."""
        if last < self.floor:
            return None
        start = bisect_right(self._ids, last)
        found = [e for e in self._events[start:] if can_see(viewer, e)]
        return found, max(last, self.cursor)

    async def _read_new(self) -> None:
        read = 0
        async with self._sessionmaker() as session:
            while True:
                rows = (
                    (
                        await session.execute(
                            select(Event)
                            .where(Event.id > self.cursor)
                            .order_by(Event.id)
                            .limit(READ_BATCH)
                        )
                    )
                    .scalars()
                    .all()
                )
                for row in rows:
                    text = sse_text(row.id, row.type, row.data)
                    self._events.append(Published(row.id, row.team_id, row.submitter_id, text))
                    self._ids.append(row.id)
                if rows:
                    self.cursor = rows[-1].id
                read += len(rows)
                if len(rows) < READ_BATCH:
                    break
        if read:
            self._forget_old()
            self._fanout.wake()

    def _forget_old(self) -> None:
        excess = len(self._events) - self._keep
        if excess > 0:
            self.floor = self._ids[excess - 1]
            del self._events[:excess]
            del self._ids[:excess]
