"""The sign-in throttle's records, shared by every worker through the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from backend.db.models import SignInFailure
from backend.domain.throttle import FailureRecord


async def load(session: AsyncSession, key: str) -> FailureRecord | None:
    row = await session.get(SignInFailure, key)
    if row is None:
        return None
    return FailureRecord(row.failures, row.last_failed_at, row.blocked_until)


async def save(session: AsyncSession, key: str, record: FailureRecord) -> None:
    """Store the record; a worker racing on the same new key makes us update its row."""
    for _attempt in range(2):
        row = (
            await session.execute(
                select(SignInFailure).where(SignInFailure.key == key).with_for_update()
            )
        ).scalar_one_or_none()
        if row is None:
            session.add(
                SignInFailure(
                    key=key,
                    failures=record.failures,
                    last_failed_at=record.last_failed_at,
                    blocked_until=record.blocked_until,
                )
            )
        else:
            row.failures = record.failures
            row.last_failed_at = record.last_failed_at
            row.blocked_until = record.blocked_until
        try:
            await session.commit()
            return
        except IntegrityError:
            await session.rollback()


async def forget(session: AsyncSession, key: str) -> None:
    await session.execute(delete(SignInFailure).where(SignInFailure.key == key))


async def purge_forgotten(session: AsyncSession, cutoff: datetime) -> int:
    """Drop records that no longer weigh on anyone: quiet and unblocked since ``cutoff``.

    A record counts until its wait is over and a whole base wait has passed since its
    last failure or wait (ThrottlePolicy._forgotten); older ones would only grow the table.
    """
    result = await session.execute(
        delete(SignInFailure).where(
            SignInFailure.last_failed_at <= cutoff,
            or_(SignInFailure.blocked_until.is_(None), SignInFailure.blocked_until <= cutoff),
        )
    )
    await session.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
