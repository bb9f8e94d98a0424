"""Background work of the service: billing roll-over, closing quiet tickets.

Runs in every serve process. On PostgreSQL the processes of all instances
take turns: a round runs under a transaction-level advisory lock, and a
process that finds it taken leaves that round to the one holding it. So a
quiet ticket is closed (and announced) once, not once per instance; the
renewal charge's unique constraint stays as a second guard. The lock goes
with its connection: a process killed mid-round frees it at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.api.idempotency import purge_expired
from backend.db.queries import billing, signin_throttle, tickets
from backend.domain.clock import Clock
from backend.notify import events

log = logging.getLogger(__name__)

# pg_advisory_xact_lock's key for "a maintenance round runs" ("psdm").
MAINTENANCE_LOCK = 0x7073646D


@asynccontextmanager
async def one_at_a_time(
    sessionmaker: async_sessionmaker[AsyncSession], *, wait: bool
) -> AsyncIterator[bool]:
    """Hold the maintenance lock for the block; False: another process holds it.

    ``wait``: wait for it (the ``maintain`` command) instead of giving up.
    SQLite has one process, and it always gets the lock.
    """
    async with sessionmaker() as holder:
        if holder.get_bind().dialect.name != "postgresql":
            yield True
            return
        key = {"key": MAINTENANCE_LOCK}
        if wait:
            await holder.execute(text("SELECT pg_advisory_xact_lock(:key)"), key)
            got = True
        else:
            got = bool(await holder.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), key))
        # Held until this session's transaction ends: when the block is left.
        yield got


async def run_maintenance(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    signin_base_wait: timedelta,
    *,
    wait: bool = True,
) -> bool:
    """One round; False when another process was doing it (and ``wait`` is False)."""
    async with one_at_a_time(sessionmaker, wait=wait) as mine:
        if mine:
            await _one_round(sessionmaker, clock, signin_base_wait)
        return mine


async def _one_round(
    sessionmaker: async_sessionmaker[AsyncSession], clock: Clock, signin_base_wait: timedelta
) -> None:
    now = clock.now()
    async with sessionmaker() as session:
        periods = await billing.roll_over_due_periods(session, now)
    async with sessionmaker() as session:
        closed = await tickets.close_quiet_solved(session, now)
    async with sessionmaker() as session:
        await purge_expired(session, now)
    async with sessionmaker() as session:
        await events.purge(session, now)
    async with sessionmaker() as session:
        await signin_throttle.purge_forgotten(session, now - signin_base_wait)
    if periods or closed:
        log.info(
            "maintenance: %d billing period(s) rolled over, %d ticket(s) closed", periods, closed
        )


async def maintenance_loop(
    sessionmaker: async_sessionmaker[AsyncSession],
    clock: Clock,
    interval: float,
    signin_base_wait: timedelta,
) -> None:
    while True:
        try:
            await run_maintenance(sessionmaker, clock, signin_base_wait, wait=False)
        except Exception:
            # Never let one failed round stop the next: the database may be back.
            log.exception("maintenance round failed")
        await asyncio.sleep(interval)
