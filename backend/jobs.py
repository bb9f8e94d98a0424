"""Background work of the service: billing roll-over, closing quiet tickets.

Runs in every serve process; each step is safe to run concurrently.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from backend.api.idempotency import purge_expired
from backend.db.queries import billing, signin_throttle, tickets
from backend.domain.clock import Clock
from backend.notify import events

log = logging.getLogger(__name__)


async def run_maintenance(
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
            await run_maintenance(sessionmaker, clock, signin_base_wait)
        except Exception:
            # Never let one failed round stop the next: the database may be back.
            log.exception("maintenance round failed")
        await asyncio.sleep(interval)
